"""Ending the viewer cleanly whatever asks it to, and leaving nothing copied behind on a borrowed computer.

Qt's event loop waits in C++, and a Python signal handler runs only when Python code next runs: a
SIGTERM arriving while the loop waits was never acted on, and the default action would kill the process
without saving settings, closing the stores or removing the portable session folder. `SignalRelay`
brings SIGTERM, SIGINT and SIGHUP into the loop: on POSIX `signal.set_wakeup_fd` writes each signal's
number into a pipe watched by a QSocketNotifier, which wakes the loop so Python runs the handler (a
pipe, not a socket pair: Casefile opens no socket at all); on Windows, where the wakeup file must be a
socket, a timer gives Python the chance every 200 ms instead.

`CleanExit` ends the session the one way the window's close button does (`MainWindow.closeEvent`:
settings saved, verification stopped, archives and the reader's store closed), for a signal, for the
desktop's logout (`commitDataRequest`: the session manager may end the process right after it, so the
work is done then and there) and for any other quit (`aboutToQuit`). After a signal the exit status is
128 + its number, as a shell reports a process that a signal ended.

`ClipboardGuard` (portable mode): text the reader copied from Casefile is cleared from the clipboard at
exit if it is still Casefile's, so it is not left for the next user of a borrowed computer.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

HANDLED = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))
WAKE_MS = 200


class SignalRelay(QObject):
    """Python handlers for SIGTERM, SIGINT and SIGHUP that reach Qt's event loop while it waits."""

    received = Signal(int)  # the signal's number, emitted from the event loop

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = {number: signal.signal(number, self._handle) for number in HANDLED}
        self._pipe: tuple[int, int] | None = None
        if os.name == "posix":
            self._pipe = os.pipe()
            for fd in self._pipe:
                os.set_blocking(fd, False)
            self._previous_wakeup = signal.set_wakeup_fd(self._pipe[1], warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(self._pipe[0], QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        else:
            self._timer = QTimer(self, interval=WAKE_MS)
            self._timer.timeout.connect(lambda: None)  # any Python code lets pending handlers run
            self._timer.start()

    def _handle(self, number: int, _frame) -> None:
        # Runs between two Python instructions of whatever was running: leave the work to the loop.
        QTimer.singleShot(0, self, lambda: self.received.emit(number))  # dropped if the relay is gone

    def _drain(self) -> None:
        try:
            while os.read(self._pipe[0], 512):
                pass
        except BlockingIOError:
            pass

    def restore(self) -> None:
        """Put back the handlers found at start and close the pipe."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        if self._pipe is not None:
            signal.set_wakeup_fd(self._previous_wakeup)
            self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None


class CleanExit(QObject):
    """Ends the viewer as its window's close button does, for a signal, a logout or any other quit."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self.app, self.window = app, window
        self.code: int | None = None  # the exit status a signal asked for
        self.relay = SignalRelay(self)
        self.relay.received.connect(self._signalled)
        app.commitDataRequest.connect(self._logout)
        app.aboutToQuit.connect(self._close_window)

    def _signalled(self, number: int) -> None:
        self.finish(128 + number)

    def _logout(self, _manager) -> None:
        self.finish(0)

    def finish(self, code: int) -> None:
        """Close the window (saving settings, closing the stores) and leave the event loop with `code`."""
        if self.code is None:
            self.code = code
        self._close_window()
        self.app.exit(self.code)

    def _close_window(self) -> None:
        if self.window.isVisible():
            self.window.close()

    def restore(self) -> None:
        """Give the signals back to Python's own handling (after the event loop has ended)."""
        self.relay.restore()


def _application_active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class ClipboardGuard(QObject):
    """Remembers what Casefile put on the clipboard, to clear it at exit if it is still Casefile's."""

    MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)  # Selection: X11's middle-click text

    def __init__(self, clipboard: QClipboard, parent: QObject | None = None,
                 active: Callable[[], bool] = _application_active) -> None:
        """`active` says whether Casefile is the program the reader is using (tests replace it)."""
        super().__init__(parent)
        self.clipboard, self.active = clipboard, active
        self._copied: dict[QClipboard.Mode, str] = {}
        clipboard.changed.connect(self._changed)

    def _changed(self, mode: QClipboard.Mode) -> None:
        # Where the platform cannot say who owns the clipboard, a change made while a Casefile window is
        # the active one is taken to be a copy in Casefile.
        if self._owns(mode) or self.active():
            self._copied[mode] = self.clipboard.text(mode)
        else:
            self._copied.pop(mode, None)

    def _owns(self, mode: QClipboard.Mode) -> bool:
        return self.clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard else self.clipboard.ownsSelection()

    def clear_if_ours(self) -> list[QClipboard.Mode]:
        """Clear each clipboard Casefile still owns (or, without ownership information, still holds the
        text Casefile put there); the ones cleared."""
        cleared = []
        for mode in self.MODES:
            copied = self._copied.get(mode)
            if self._owns(mode) or (copied and self.clipboard.text(mode) == copied):
                self.clipboard.clear(mode)
                cleared.append(mode)
        self._copied.clear()
        return cleared

