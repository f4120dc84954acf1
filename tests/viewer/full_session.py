"""A whole reading session, run as its own process so the network tests can watch every system call.

    python tests/viewer/full_session.py ARCHIVE

Opens the archive in the main window, waits for background verification, searches, opens one item of
every kind (HTML, Markdown, plain text, PDF, image) and an entity page, scrolls the gallery, closes.
Prints one line per step and, last, the Python modules that would have touched the network if
loaded, and any socket or URL request the Python audit hook saw.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AUDITED = []


def _audit(event: str, args) -> None:
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        AUDITED.append(event)


def main(path: Path) -> int:
    sys.addaudithook(_audit)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer import workers
    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    app = QApplication(sys.argv[:1])

    def settle(condition, timeout_ms: int = 60_000) -> None:
        """Run the event loop until `condition()` holds (checked every 20 ms) or the timeout."""
        loop, waited = QEventLoop(), [0]

        def check() -> None:
            waited[0] += 20
            if condition() or waited[0] > timeout_ms:
                loop.quit()
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(0, check)
        loop.exec()

    window = MainWindow(Settings(Path(os.environ["CASEFILE_DATA_DIR"]) / "viewer.ini"))
    window.show()
    assert window.open_paths([path]) == []
    session = window.library.sessions[0]
    settle(lambda: not session.verifying)
    print("verified:", session.report.state.value if session.report else None)
    window.search.set_query("Xinjiang")
    window.search.run_now()
    settle(lambda: not window.search.busy)
    print("search results:", window.search.result_count())
    archive = session.archive
    kinds = {}
    for item in archive.items.list(limit=1000):
        kinds.setdefault(item.media_type if item.kind == "report" else "image", item.id)
    for media_type, item_id in sorted(kinds.items()):
        tab = window.open_item(session, item_id, "Xinjiang")
        assert tab is not None, item_id
        settle(lambda: False, 300)
        print("opened", media_type, item_id)
    entity = archive.entities.list("Person", limit=1)[0]
    assert window.open_entity(session, entity.id) is not None
    print("opened entity", entity.id)
    window.tabs.setCurrentWidget(window.gallery)
    gallery_view = window.gallery.view
    for _ in range(5):
        gallery_view.verticalScrollBar().setValue(gallery_view.verticalScrollBar().maximum())
        settle(lambda: False, 100)
    print("gallery scrolled")
    window.close()
    workers.wait_for_all(10_000)
    # Qt's network and web modules only: whoosh.compat imports urllib.request (for a download helper
    # Casefile never calls), so the standard library's client modules are loaded but unused; any use
    # of them would show as an audit event or a socket below.
    loaded = sorted(name for name in sys.modules if name.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine")))
    print("network modules loaded:", ",".join(loaded) or "none")
    print("python socket events:", ",".join(AUDITED) or "none")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
