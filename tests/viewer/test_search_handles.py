"""Searches keep one open archive per worker thread: opened once, vocabulary loaded once, closed with
the session; results, facets and cancelling are what they were with a fresh connection per query."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from archive import open_archive
from archive.search import engine
from viewer import workers
from viewer.search import SearchPanel, handles, runner
from viewer.search.models import HitRole

QUERIES = ("Chen Quanguo", "Quangou~", "zzzxqj", "Chen Quanguo kind:report", "Quangou~")



@pytest.fixture
def opened(monkeypatch):
    """Every archive the handle cache opens, in order."""
    archives = []

    def counting(path):
        archives.append(open_archive(path))
        return archives[-1]

    monkeypatch.setattr(handles, "open_archive", counting)
    return archives


@pytest.fixture
def panel(qtbot, library, sample_path, opened):
    library.open(sample_path)
    widget = SearchPanel(library)
    qtbot.addWidget(widget)
    yield widget
    widget.cancel()


def search(qtbot, panel, text):
    panel.set_query(text)
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)


def test_many_searches_open_each_archive_once_on_the_search_thread(qtbot, panel, opened, sample_path):
    for text in QUERIES:
        search(qtbot, panel, text)
    assert [archive.path for archive in opened] == [panel._library.sessions[0].path]
    threads = [thread for thread, path in handles.open_handles() if path == sample_path.absolute()]
    assert len(threads) == 1 and threads[0] != threading.get_native_id()


def test_the_vocabulary_is_loaded_once_per_open_archive(qtbot, panel, monkeypatch):
    loads = []
    real = engine.Vocabulary
    monkeypatch.setattr(engine, "Vocabulary", lambda rows: loads.append(1) or real(rows))
    for text in QUERIES:  # fuzzy queries expand over it (page and facets), zero hits ask it for spellings
        search(qtbot, panel, text)
    assert panel.result_count() > 0
    assert len(loads) == 1


def test_closing_the_archive_closes_the_search_threads_handle(qtbot, panel, opened):
    search(qtbot, panel, "Chen Quanguo")
    library = panel._library
    library.remove(library.sessions[0])
    assert workers.wait_for_all(10_000)
    assert panel._library.sessions == [] and not [p for _, p in handles.open_handles() if p == opened[0].path]
    probe = workers.Worker(lambda _task: opened[0]._conn.execute("SELECT 1"))  # from its own thread
    with qtbot.waitSignal(probe.signals.error, timeout=10_000) as failed:
        workers.start(probe, workers.search_lane())
    assert isinstance(failed.args[0], sqlite3.ProgrammingError) and "closed" in str(failed.args[0])


def test_results_and_facets_are_those_of_a_fresh_connection(qtbot, panel, sample_path):
    for text in ("Chen Quanguo", "Quangou~", "Chen Quanguo", "Quangou~"):
        search(qtbot, panel, text)
        with open_archive(sample_path) as fresh:
            expected = fresh.search.find(text, limit=runner.PAGE, facets=True)
        model = panel.results_model
        assert [model.index(row).data(HitRole).id for row in range(model.rowCount())] == \
            [hit.id for hit in expected.hits]
        assert panel.result_count() == expected.total > 0
        counted = runner.facets_for(workers.Task(workers.WorkerSignals()), panel._request,
                                    [cursor.source for cursor in panel._cursors])
        assert counted.facets == runner.merge_facets([expected.facets])
    handles.close_here()  # facets_for above ran in this thread: its handle is this test's to close


def test_a_late_cancel_does_not_reach_the_shared_archive(qtbot, panel, opened):
    """A worker cancelled after it returned (its `finished` still on its way to the GUI) must not
    interrupt the next search, which runs on the same open archive."""
    search(qtbot, panel, "Chen Quanguo")
    request, sources = panel._request, [cursor.source for cursor in panel._cursors]
    earlier = workers.Worker(lambda task: runner.facets_for(task, request, sources))
    with qtbot.waitSignal(earlier.signals.finished, timeout=20_000):
        workers.start(earlier, workers.search_lane())
    earlier.cancel()
    assert not opened[0]._cancelled.is_set()
    search(qtbot, panel, "Quanguo")
    assert panel.result_count() > 0 and panel.results_model.rowCount() > 0


def test_cancelling_a_running_search_still_stops_its_query(qtbot, panel, opened):
    search(qtbot, panel, "Chen Quanguo")
    running = threading.Event()
    request, sources = panel._request, [cursor.source for cursor in panel._cursors]

    def slow(task):
        archive = handles.archive_here(sources[0].path)
        task.on_cancel(archive.cancel)
        running.set()
        return archive.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                             "SELECT count(*) FROM n")

    worker = workers.Worker(slow)
    with qtbot.waitSignal(worker.signals.cancelled, timeout=20_000):
        workers.start(worker, workers.search_lane())
        assert running.wait(10)
        worker.cancel()
    search(qtbot, panel, "Quanguo")
    assert panel.result_count() > 0 and request.text == "Chen Quanguo"


def test_stale_answers_are_still_dropped(qtbot, panel, monkeypatch):
    release, real = threading.Event(), runner.find_in

    def slow_first(archive, request, *args):
        if request.text == "Chen":
            release.wait(10)
        return real(archive, request, *args)

    monkeypatch.setattr(runner, "find_in", slow_first)
    panel.set_query("Chen")
    panel.run_now()
    panel.set_query("Quanguo")
    panel.run_now()
    release.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel._request.text == "Quanguo" and panel.result_count() > 0
    with open_archive(panel._library.sessions[0].path) as fresh:
        assert panel.result_count() == fresh.search.find("Quanguo").total


def test_waiting_for_the_workers_keeps_the_search_thread(qtbot):
    # QThreadPool.waitForDone ends a pool's threads; the search thread holds open archives that only
    # work queued on it can close, so waiting must leave it running.
    def lane_thread() -> int:
        found = []
        worker = workers.Worker(lambda _task: found.append(threading.get_native_id()))
        workers.start(worker, workers.search_lane())
        assert workers.wait_for_all(10_000)
        return found[0]

    assert lane_thread() == lane_thread() == lane_thread()


def test_closing_a_window_closes_the_search_threads_handles(qtbot, tmp_path, sample_path):
    # closeEvent waits for the workers, then closes the library, which queues each archive's close on
    # the search thread: that thread must still be the one holding the handles (waitForDone would have
    # ended it, and the handles stayed open under its id, found later by a thread given the same id).
    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window.open_paths([sample_path])
    search(qtbot, window.search, "Chen Quanguo")
    assert workers.wait_for_all(10_000)
    path = window.library.sessions[0].path
    assert [p for _, p in handles.open_handles() if p == path]  # the search opened one
    window.close()
    assert workers.wait_for_all(10_000)
    assert not [p for _, p in handles.open_handles() if p == path]
