"""The screens of the reader's workflow, shared by the tests that inspect every screen (accessible names,
translated strings)."""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from viewer.mainwindow import MainWindow
from viewer.settings import Settings


def activate(widget: QWidget) -> None:
    with warnings.catch_warnings():
        # Deprecated, but the offscreen platform has no window manager to activate a window, and
        # window-wide shortcuts and keyboard focus only work in the active window.
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)


def open_window(qtbot, folder: Path, archive: Path) -> MainWindow:
    """A main window shown and active, its settings in `folder`, with `archive` open and verified."""
    window = MainWindow(Settings(folder / "viewer.ini"))
    qtbot.addWidget(window)
    window.store.ask_author = lambda: "Tester"
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    activate(window)
    window.open_paths([archive])
    qtbot.waitUntil(lambda: not window.library.sessions[0].verifying, timeout=60_000)
    return window


def first_item(path, kind: str, media_type: str | None = None) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sql, args = "SELECT id FROM items WHERE kind = ?", [kind]
        if media_type:
            sql, args = sql + " AND media_type = ?", [kind, media_type]
        elif kind == "report":
            sql += " AND media_type != 'application/pdf'"
        return conn.execute(sql + " ORDER BY id LIMIT 1", args).fetchone()[0]
    finally:
        conn.close()


def visit_workflow(qtbot, window, signed_sample, visit: Callable[[QWidget], None]) -> None:
    """Show every screen of the workflow in `window` (which has `signed_sample` open), calling `visit` with
    each screen's top-level widget: the fixed tabs, search results, every item kind with both sidebar
    tabs, an entity page and the export dialog."""
    session = window.library.sessions[0]

    def check(root: QWidget) -> None:
        qtbot.wait(50)
        visit(root)

    for index in range(window.fixed_tabs):
        window.tabs.setCurrentIndex(index)
        check(window)
    window.search.set_query("sanction")
    window.search.run_now()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    window.tabs.setCurrentIndex(0)
    check(window)
    for kind, media in (("report", None), ("report", "application/pdf"), ("image", None)):
        tab = window.open_item(session, first_item(signed_sample, kind, media))
        check(window)
        tab.sidebar_tabs.setCurrentIndex(1)
        check(window)
    window.open_entity(session, session.archive.entities.list(limit=1)[0].id)
    check(window)
    dialog = window.export_evidence()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    check(dialog)
    dialog.reject()
