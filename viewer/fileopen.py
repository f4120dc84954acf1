"""Archives handed over by macOS: double-clicked in Finder, dropped on the app or its Dock icon.

macOS never passes such files as arguments: it sends the running app an open-file Apple event, which
Qt delivers to the application object as a QFileOpenEvent. The one for the file that launched the
app comes as the app starts, before the main window exists, so paths wait until a window is attached.
Other systems pass files as arguments (and Qt sends them no such event), so the viewer installs this
on macOS only: an application-wide event filter sees every event of the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FileOpenEvents(QObject):
    """Collects QFileOpenEvents; once a window is attached, opens them in it (and brings it forward)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.pending: list[Path] = []
        self.window = None
        app.installEventFilter(self)

    def take_pending(self) -> list[Path]:
        """The archives handed over so far, no longer pending: for the window to open at start-up
        instead of the stick's archives or the sample."""
        taken, self.pending = self.pending, []
        return taken

    def attach(self, window) -> None:
        """From now on open handed-over archives in `window` (a MainWindow), those waiting first."""
        self.window = window
        if self.pending:
            QTimer.singleShot(0, self._open_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() or event.url().toLocalFile()
        if not path:
            return False  # a URL that is not a file: not ours to open
        self.pending.append(Path(path))
        if self.window is not None:
            QTimer.singleShot(0, self._open_pending)  # not inside the event delivery
        return True

    def _open_pending(self) -> None:
        if self.window is None or not self.pending:
            return
        errors = self.window.open_paths(self.take_pending())
        self.window.raise_()
        self.window.activateWindow()
        self.window._report_errors(errors)
