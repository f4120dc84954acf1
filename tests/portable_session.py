"""A whole portable session from a USB stick, run as its own process by tests/test_portable.py.

    python tests/portable_session.py (--app-dir DIR | --code DIR) [--answer host|temporary|none] [--export DIR]

Starts Casefile the way a double-click does (`viewer.cli.launch` with no arguments: portable set-up,
QApplication, the main window on the stick's archives) with the app found in DIR: `--app-dir`
pretends the app lives there (as a frozen build in `<stick>/Casefile-Linux/` would), `--code` imports
Casefile's code from DIR itself (a copy of the checkout on a read-only mount). `--answer` is the
reader's reply if Casefile asks where notes go. Then, inside the running app: waits for verification,
searches, opens an item, adds a note through the store, opens and closes Qt's file dialog (which
saves its history as "QtProject" settings), exports an evidence bundle to `--export` with the PDF
exhibit list (Qt fonts), and quits. Prints one JSON object describing what happened.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--app-dir", type=Path)
    where.add_argument("--code", type=Path)
    parser.add_argument("--answer", default=None)
    parser.add_argument("--export", type=Path)
    args = parser.parse_args()
    # Not tests/ (this script's folder, whose archive/ holds tests): the app's code, from the checkout or DIR.
    sys.path[0] = str(args.code or Path(__file__).resolve().parents[1])
    from archive import paths

    if args.app_dir:
        paths.app_dir = lambda: args.app_dir
    import viewer.app
    from viewer.cli import launch

    summary: dict = {"asked": None}

    def answer(question) -> str:
        text, details = viewer.app.data_location_sentences(question)
        summary["asked"] = {"text": text, "details": details, "host": str(question.host)}
        return args.answer or "none"

    viewer.app.ask_where_notes_go = answer

    class ScriptedWindow(viewer.app.MainWindow):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: _script(self, args, summary))

    viewer.app.MainWindow = ScriptedWindow
    code = launch([])
    summary["exit"] = code
    print(json.dumps(summary))
    return code


def _settle(condition, timeout_ms: int = 60_000) -> None:
    """Run the event loop until `condition()` holds (checked every 20 ms) or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, waited = QEventLoop(), [0]

    def check() -> None:
        waited[0] += 20
        if condition() or waited[0] > timeout_ms:
            loop.quit()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    loop.exec()


def _script(window, args, summary: dict) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    from archive import __file__ as archive_file, paths
    from archive.export import export_bundle
    from archive.store import Annotation, Target
    from viewer.export.pdf import render_pdf

    try:
        sessions = window.library.sessions
        _settle(lambda: all(not s.verifying for s in sessions))
        summary["code_from"] = str(Path(archive_file).parent)
        summary["archives"] = [str(s.path) for s in sessions]
        summary["states"] = [s.report.state.value if s.report else s.verify_error for s in sessions]
        summary["data_dir"] = str(paths.data_dir())
        summary["tempdir"] = tempfile.gettempdir()
        summary["notices"] = [w.text() for w in window.statusBar().findChildren(QLabel)]
        summary["store_problem"] = window.store.problem
        session = sessions[0]
        window.search.set_query("Xinjiang")
        window.search.run_now()
        _settle(lambda: not window.search.busy)
        summary["hits"] = window.search.result_count()
        item = session.archive.items.list(limit=1)[0]
        summary["opened"] = window.open_item(session, item.id, "Xinjiang") is not None
        _settle(lambda: False, 300)
        if window.store.available:
            window.store.ask_author = lambda: "Portable tester"
            target = Target(session.archive.metadata.archive_id, item.id, item_sha256=item.sha256)
            window.store.add(Annotation("", "note", target, note="Seen on a borrowed computer", tags=("stick",)))
            summary["annotations"] = len(window.store.list(session.archive.metadata.archive_id))
        dialog = QFileDialog(window, "Open archive")
        dialog.show()
        _settle(lambda: False, 200)
        dialog.reject()
        dialog.deleteLater()  # its destructor saves the dialog's history as "QtProject" settings
        _settle(lambda: False, 100)
        if args.export:
            store = window.store.store
            result = export_bundle(session.path, [item.id], args.export, render_pdf=render_pdf,
                                   annotations=store.annotations.for_item if store else None,
                                   audit=store.audit.record if store else None, verification=session.report)
            summary["exported"] = str(result.target)
    except Exception as exc:  # reported in the JSON, so the test shows what failed inside the app
        summary["error"] = f"{type(exc).__name__}: {exc}"
    window.close()
    QApplication.instance().quit()


if __name__ == "__main__":
    sys.exit(main())
