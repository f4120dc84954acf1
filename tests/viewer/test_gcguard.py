"""Cyclic garbage is collected on the GUI thread once workers run (viewer/gcguard.py): a worker that
allocates a lot never triggers a collection that would destroy the GUI's Qt objects on its thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from viewer import gcguard, workers


class _Cycle:
    """A reference cycle holding a Qt object, which records the thread that destroys it."""

    destroyed_on: list[int] = []

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()

    def __del__(self) -> None:
        _Cycle.destroyed_on.append(threading.get_ident())


def test_workers_leave_collection_to_the_gui_thread(qtbot):
    workers.start(workers.Worker(lambda _task: None))
    assert gcguard.installed() and not gc.isenabled()
    _Cycle.destroyed_on.clear()
    _Cycle()  # garbage at once, but only a collection can free it

    def allocate(_task):
        for _ in range(200_000):  # far past gen-0's threshold: would have collected here if enabled
            [object()]  # noqa: B018 - allocations are the point

    workers.start(workers.Worker(allocate))
    assert workers.wait_for_all(10_000)
    assert _Cycle.destroyed_on == []  # no collection ran on the worker
    qtbot.waitUntil(lambda: bool(_Cycle.destroyed_on), timeout=5_000)  # the GUI thread's timer collected it
    assert _Cycle.destroyed_on == [threading.get_ident()]
