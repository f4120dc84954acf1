"""Cyclic garbage is collected on the GUI thread, never on a worker's.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed. Cyclic
garbage often holds Qt objects (a worker and the closures its signals keep; a closed tab and the
worker it started), and a Qt object must be destroyed by the thread it lives in: a full test run
crashed (SIGSEGV, "Garbage-collecting" in a search worker parsing a query) while such objects were
collected on a worker thread. So the first worker started switches automatic collection off and a
timer on the GUI thread collects instead, every COLLECT_MS and when the application quits.
Reference counting is untouched: only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QThread, QTimer

COLLECT_MS = 1_000

_timer: QTimer | None = None


def install() -> None:
    """Collect cycles on the GUI thread from now on (once per process; needs the Qt application)."""
    global _timer
    app = QCoreApplication.instance()
    if _timer is not None or app is None or QThread.currentThread() is not app.thread():
        return
    _timer = QTimer(app)
    _timer.setInterval(COLLECT_MS)
    _timer.timeout.connect(collect)
    _timer.start()
    app.aboutToQuit.connect(collect)
    gc.disable()


def collect() -> None:
    gc.collect()


def installed() -> bool:
    return _timer is not None
