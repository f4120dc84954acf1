"""The archives open in this window: `Library` holds one `ArchiveSession` per file.

A session owns the GUI thread's connection (`session.archive`), the archive's verification state
(full verification runs in a background worker on open and never blocks reading) and the per-item
checks already made. Workers never touch `session.archive`: they open their own connection from
`session.path` (one SQLite connection per thread); the search thread keeps its own open until the
session closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from archive import (Archive, CasefileError, ItemCheck, TrustStore, VerificationReport, VerificationState, open_archive,
                     verify_path)

from .. import workers
from ..i18n import isolate
from ..trust.verdicts import describe_check


@dataclass(frozen=True)
class VerifyProgress:
    stage: str
    done: int
    total: int


class ArchiveSession(QObject):
    """One open archive: its connection, its verification and its per-item checks."""

    verificationChanged = Signal()  # report or progress changed
    itemCheckFailed = Signal(str, str)  # item id, what failed (a sentence in the interface language)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.path: Path = archive.path
        self.key = str(archive.path.resolve())  # unique per open file
        self.report: VerificationReport | None = None  # None until full verification ends
        self.progress: VerifyProgress | None = None
        self.verify_error: str | None = None
        self._checks: dict[str, ItemCheck] = {}
        self._worker: workers.Worker | None = None
        # Set by the Library: a label no other open archive has, and the file (folder too, if needed)
        # that tells this archive from one with the same title.
        self.label = self.title
        self.where = self.path.name

    @property
    def title(self) -> str:
        return self.archive.metadata.title or self.path.name

    @property
    def edition(self) -> str:
        return self.archive.metadata.edition

    @property
    def state(self) -> VerificationState | None:
        return self.report.state if self.report else None

    @property
    def verifying(self) -> bool:
        return self._worker is not None

    # -- per-item check: every item is re-hashed when it is displayed -----------------------------
    def check_item(self, item_id: str) -> ItemCheck:
        """The item's own check (cached: the file is immutable while open); emits itemCheckFailed."""
        check = self._checks.get(item_id)
        if check is None:
            check = self.archive.check_item(item_id)
            self._checks[item_id] = check
            if check.signed and not check.ok:
                self.itemCheckFailed.emit(item_id, describe_check(check))  # in the reader's language
        return check

    def item_failed_verification(self, item_id: str) -> bool:
        """True if full verification or the item's own check named this item."""
        if self.report and item_id in self.report.failing_items:
            return True
        check = self._checks.get(item_id)
        return bool(check and check.signed and not check.ok)

    # -- full verification in the background ----------------------------------------------------------
    def start_verification(self, trust: TrustStore | None = None) -> None:
        """Re-hash the whole archive in a worker; `verificationChanged` reports progress and the result."""
        if self._worker is not None:
            return
        path = self.path

        def verify(task: workers.Task) -> VerificationReport:
            return verify_path(path, trust, cancel=task.cancelled,
                               progress=lambda stage, done, total: task.progress(VerifyProgress(stage, done, total)))

        worker = workers.Worker(verify)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.result.connect(self._on_report)
        worker.signals.error.connect(self._on_error)
        worker.signals.finished.connect(self._on_finished)
        self._worker = worker
        self.report, self.progress, self.verify_error = None, None, None
        self.verificationChanged.emit()
        workers.start(worker)

    def cancel_verification(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_progress(self, progress: VerifyProgress) -> None:
        self.progress = progress
        self.verificationChanged.emit()

    def _on_report(self, report: VerificationReport) -> None:
        self.report = report
        self.archive.adopt_verification(report)
        self.verificationChanged.emit()

    def _on_error(self, exc: Exception) -> None:
        self.verify_error = str(exc) if isinstance(exc, CasefileError) else f"{type(exc).__name__}: {exc}"
        self.verificationChanged.emit()

    def _on_finished(self) -> None:
        self._worker = None
        self.progress = None
        self.verificationChanged.emit()

    def close(self) -> None:
        """Close the GUI thread's connection now and the search thread's once its queued work has run."""
        from ..search import handles  # not at the top: viewer.search imports this module

        self.cancel_verification()
        self.archive.close()
        path = self.path
        workers.start(workers.Worker(lambda _task: handles.close_here(path)), workers.search_lane())


class Library(QObject):
    """The open archives, in the order they were opened."""

    sessionAdded = Signal(object)  # ArchiveSession
    sessionRemoved = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[ArchiveSession] = []

    def open(self, path: str | Path) -> ArchiveSession:
        """Open a file (CasefileError with the reason if it cannot be); an open file is not opened twice."""
        resolved = str(Path(path).resolve())
        for session in self.sessions:
            if session.key == resolved:
                return session
        return self.add(open_archive(path))

    def add(self, archive: Archive) -> ArchiveSession:
        session = ArchiveSession(archive, self)
        self.sessions.append(session)
        self._relabel()
        self.sessionAdded.emit(session)
        return session

    def remove(self, session: ArchiveSession) -> None:
        self.sessions.remove(session)
        self._relabel()
        session.close()
        self.sessionRemoved.emit(session)

    def _relabel(self) -> None:
        """Give every open archive a label no other open archive has: a forger's copy has the real
        archive's title (and often its file name), and a reader must never mistake one's results for
        the other's. The title alone while it is unique; then file name and edition; then the folder."""
        for session in self.sessions:
            others = [other for other in self.sessions if other is not session]
            level = 0
            while level < 3 and any(_label(other, level) == _label(session, level) for other in others):
                level += 1
            session.label = _label(session, level)
            session.where = _where(session, max(level, 1))

    def find(self, key: str) -> ArchiveSession | None:
        return next((s for s in self.sessions if s.key == key), None)

    def close_all(self) -> None:
        for session in list(self.sessions):
            self.remove(session)


def _label(session: ArchiveSession, level: int) -> str:
    """The session's label at a disambiguation level (0: title; 1: file name and edition, then title;
    2: the folder's name too; 3: the whole path). What tells the archive apart comes first: a row or
    a list that has to cut the label cuts its end."""
    if level == 0:
        return session.title
    label = QCoreApplication.translate("Library", "{file}, edition {edition} — {title}")
    return label.format(title=isolate(session.title), file=isolate(_where(session, level)),
                        edition=isolate(session.edition))


def _where(session: ArchiveSession, level: int) -> str:
    path = session.path
    return (path.name, f"{path.parent.name}/{path.name}", str(path))[min(level, 3) - 1]
