"""Background work: a QRunnable whose signals live on a companion QObject (napari/superqt style).

    job = Worker(lambda task: slow(archive_path, cancel=task.cancelled, progress=task.progress))
    job.signals.result.connect(show)
    job.signals.error.connect(report)
    start(job)

The function runs in the pool with a `Task` (cancel flag, progress reporter, cancel callbacks such as
`archive.cancel` that stop a running SQLite query at once). Signals are emitted from the worker thread
and delivered to receivers in the GUI thread (queued connections); nothing ever spins the event loop.
A worker's connections must be opened inside the function (one SQLite connection per thread), or
kept for its thread: searches run on `search_lane()`, whose one thread keeps its archives open.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

from archive import QueryCancelled

from . import gcguard

_pool: QThreadPool | None = None
_search_lane: QThreadPool | None = None


def pool() -> QThreadPool:
    """Casefile's own pool (never the global one, so tests and shutdown can wait for exactly our work)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
    return _pool


def search_lane() -> QThreadPool:
    """One thread that never expires, running its workers in order: searches keep archives open on it
    between queries (viewer/search/handles.py), and a worker queued here can close them."""
    global _search_lane
    if _search_lane is None:
        _search_lane = QThreadPool()
        _search_lane.setMaxThreadCount(1)
        _search_lane.setExpiryTimeout(-1)
    return _search_lane


def start(worker: Worker, on: QThreadPool | None = None) -> Worker:
    """Run `worker` on `on` (default: the shared pool). Before the first, cyclic garbage collection
    moves to the GUI thread (viewer/gcguard.py): a worker must never destroy the GUI's Qt objects."""
    gcguard.install()
    (on or pool()).start(worker)
    return worker


def wait_for_all(msecs: int = 10_000) -> bool:
    """Block until every queued and running worker has finished (shutdown and tests).

    The search lane is drained, not waited for with waitForDone: that also ends a pool's threads, and
    the lane's one thread holds the archives it opened (viewer/search/handles.py), which only work
    queued on that same thread can close. Ended early, its handles were left open under a dead
    thread's id while the close queued next ran on a new thread (a window's closeEvent waits, then
    closes the library), and a later thread given the same id found them."""
    return pool().waitForDone(msecs) and _drain(search_lane(), msecs)


def _drain(lane: QThreadPool, msecs: int) -> bool:
    """Wait until `lane` runs and holds no work, keeping its threads."""
    deadline = time.monotonic() + msecs / 1000
    while lane.activeThreadCount() > 0:
        if time.monotonic() > deadline:
            return False
        QThread.msleep(5)
    return True


class WorkerSignals(QObject):
    started = Signal()
    progress = Signal(object)  # whatever the function passes to task.progress(...)
    result = Signal(object)
    error = Signal(object)  # the exception (a CasefileError for anything expected)
    cancelled = Signal()
    finished = Signal()  # always last, after result, error or cancelled


class Task:
    """What a running function sees: `cancelled` (a threading.Event) and `progress(value)`."""

    def __init__(self, signals: WorkerSignals) -> None:
        self.cancelled = threading.Event()
        self._signals = signals
        self._on_cancel: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def progress(self, value: Any) -> None:
        if not self.cancelled.is_set():
            self._signals.progress.emit(value)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the cancelling thread) when the task is cancelled, e.g. archive.cancel."""
        with self._lock:
            self._on_cancel.append(callback)
            already = self.cancelled.is_set()
        if already:
            callback()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled.set()
            callbacks = list(self._on_cancel)
        for callback in callbacks:
            callback()

    def finish(self) -> None:
        """The function has returned: a late cancel must not reach its callbacks, whose archive the
        next search on the same thread may be using now."""
        with self._lock:
            self._on_cancel.clear()


class Worker(QRunnable):
    """Runs `function(task)` in the pool and reports through `signals`."""

    def __init__(self, function: Callable[[Task], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self.task = Task(self.signals)
        self._function = function
        # Python owns the object (the GUI keeps a reference while it waits): Qt must not delete it.
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the function to stop; it finishes with `cancelled` instead of `result`."""
        self.task.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self.task.cancelled.is_set()

    def run(self) -> None:
        signals = self.signals
        _emit(signals.started)
        try:
            try:
                value = self._function(self.task)
            finally:
                self.task.finish()
        except QueryCancelled:
            _emit(signals.cancelled)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, which shows it; never lost
            if self.task.cancelled.is_set():
                _emit(signals.cancelled)
            else:
                _emit(signals.error, exc)
        else:
            if self.task.cancelled.is_set():
                _emit(signals.cancelled)
            else:
                _emit(signals.result, value)
        finally:
            _emit(signals.finished)


def _emit(signal, *args) -> None:
    """Emit, unless the receiving side is gone: a worker may outlive its window when the app quits."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted": nobody is left to tell
        pass
