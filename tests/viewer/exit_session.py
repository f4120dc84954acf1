"""A portable viewer session that runs until something ends it, run as its own process by test_clean_exit.py.

    python tests/viewer/exit_session.py APP_DIR ARCHIVE

Starts Casefile as a double-click does (`viewer.cli.launch`), with APP_DIR (holding a `portable` marker)
as the app's folder, on ARCHIVE. Once the window is up it adds a note through the store (so the store
has a write-ahead log to fold back at exit), copies text to the clipboard as Ctrl+C in the window does,
and prints one JSON line: its session folder and data folder. Then it waits for the test to end it (a
signal, or kill -9). As the event loop ends it prints what the clipboard holds then, as a second line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
COPIED = "Copied from the report on a borrowed computer"


def main() -> int:
    app_dir, archive = Path(sys.argv[1]), Path(sys.argv[2])
    sys.path[0] = str(Path(__file__).resolve().parents[2])  # the checkout, not tests/viewer
    from archive import paths

    paths.app_dir = lambda: app_dir
    import viewer.app
    from viewer.cli import launch

    class ScriptedWindow(viewer.app.MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: _ready(self))

    viewer.app.MainWindow = ScriptedWindow
    return launch([str(archive)])


def _ready(window, waited: int = 0) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from archive import paths
    from archive.store import Annotation, Target
    from archive import portable

    app = QApplication.instance()
    if app.applicationState() != Qt.ApplicationState.ApplicationActive and waited < 10_000:
        window.activateWindow()  # the reader copies with Casefile's window in front
        QTimer.singleShot(50, lambda: _ready(window, waited + 50))
        return
    session = window.library.sessions[0]
    item = session.archive.items.list(limit=1)[0]
    window.store.ask_author = lambda: ""
    target = Target(session.archive.metadata.archive_id, item.id, item_sha256=item.sha256)
    window.store.add(Annotation("", "note", target, note="Written before the end"))
    app.clipboard().setText(COPIED)
    # Connected after Casefile's own aboutToQuit handlers, so it sees what they left.
    app.aboutToQuit.connect(lambda: _say({"clipboard_at_exit": app.clipboard().text()}))
    _say({"pid": os.getpid(), "session": str(portable.prepare().folder), "data_dir": str(paths.data_dir()),
          "clipboard": app.clipboard().text()})


def _say(message: dict) -> None:
    print(json.dumps(message), flush=True)


if __name__ == "__main__":
    sys.exit(main())
