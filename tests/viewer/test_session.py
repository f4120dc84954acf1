"""Open archives, verify them in the background, and check items as they are shown."""

from __future__ import annotations

import shutil
import threading

from archive import open_archive
from archive.signing.sign import sign_sample
from archive.signing.verify import VerificationState
from viewer import workers
from viewer.library.sessions import ArchiveSession, Library


def test_worker_reports_result_progress_and_finished_in_order(qtbot):
    seen = []
    worker = workers.Worker(lambda task: (task.progress(1), task.progress(2), "done")[-1])
    for name in ("started", "progress", "result", "finished"):
        getattr(worker.signals, name).connect(lambda *args, name=name: seen.append((name, *args)))
    with qtbot.waitSignal(worker.signals.finished):
        workers.start(worker)
    assert seen == [("started",), ("progress", 1), ("progress", 2), ("result", "done"), ("finished",)]


def test_worker_error_is_delivered_not_raised(qtbot):
    def fail(task):
        raise ValueError("boom")

    worker = workers.Worker(fail)
    with qtbot.waitSignal(worker.signals.error) as blocker:
        workers.start(worker)
    assert str(blocker.args[0]) == "boom"


def test_cancelled_worker_ends_with_cancelled_and_runs_cancel_callbacks(qtbot):
    release = threading.Event()
    stopped = []

    def slow(task):
        task.on_cancel(lambda: stopped.append(True))
        release.wait(5)
        return "late"

    worker = workers.Worker(slow)
    results = []
    worker.signals.result.connect(results.append)
    with qtbot.waitSignal(worker.signals.cancelled):
        workers.start(worker)
        worker.cancel()
        release.set()
    assert stopped == [True] and results == []


def test_library_opens_each_file_once(qtbot, built):
    library = Library()
    first = library.open(built)
    assert library.open(built) is first and len(library.sessions) == 1
    library.close_all()
    assert library.sessions == []


def test_background_verification_of_the_signed_sample(qtbot, sample_path, tmp_path):
    path = tmp_path / "sample.casefile"
    shutil.copyfile(sample_path, path)
    sign_sample(path)
    session = ArchiveSession(open_archive(path))
    with qtbot.waitSignal(session.verificationChanged, check_params_cb=lambda: session.report is not None,
                          timeout=30_000):
        session.start_verification()
    qtbot.waitUntil(lambda: not session.verifying)
    # The demo key vouches only for the sample's archive id, which this copy keeps.
    assert session.state is VerificationState.VERIFIED, session.report.message
    item_id = session.archive.items.ids()[0]
    assert session.check_item(item_id).ok
    session.close()


def test_unsigned_archive_is_reported_unsigned(qtbot, built):
    session = ArchiveSession(open_archive(built))
    session.start_verification()
    qtbot.waitUntil(lambda: session.report is not None and not session.verifying, timeout=30_000)
    assert session.state is VerificationState.UNSIGNED
    assert not session.item_failed_verification(session.archive.items.ids()[0])
    session.close()
