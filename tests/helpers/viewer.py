"""Viewer fixtures used across tests/viewer and tests/hostile: a main window, a library of open
archives, the item metadata panel. Loaded as a plugin by tests/conftest.py; the viewer is imported
inside each fixture so that archive tests, which never touch Qt, do not import it."""

from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, tmp_path):
    """A main window with its own settings file, 1200×800, not shown; closed after the test."""
    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    win = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    yield win
    win.close()


def select_words(reader, words: str) -> None:
    """Select the first `words` in a report reader's document, as the reader would with the mouse."""
    from PySide6.QtGui import QTextCursor

    document = reader.browser.document()
    start = document.toRawText().index(words)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)


def settled(qtbot, window) -> None:
    """Wait until every archive open in `window` has finished verifying."""
    qtbot.waitUntil(lambda: all(not s.verifying for s in window.library.sessions), timeout=60_000)


@pytest.fixture
def open_session():
    """`open_session(path)`: an archive opened as the viewer opens it (an ArchiveSession); every one
    opened is closed after the test, also when the test fails half-way."""
    from archive import open_archive
    from viewer.library.sessions import ArchiveSession

    opened = []

    def open_one(path):
        opened.append(ArchiveSession(open_archive(path)))
        return opened[-1]

    yield open_one
    for session in opened:
        session.close()


@pytest.fixture
def library(qapp):
    """An empty library of open archives; every archive opened in it is closed after the test."""
    from viewer.library.sessions import Library

    lib = Library()
    yield lib
    lib.close_all()


@pytest.fixture
def panel(qtbot):
    """The item metadata panel (facts, SHA-256, verification mark), showing nothing yet."""
    from viewer.metadata import ItemMetadataPanel

    widget = ItemMetadataPanel()
    qtbot.addWidget(widget)
    return widget
