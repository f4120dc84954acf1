"""The rough edges a newcomer hits (issue 17): empty state, first size, tabs, menus, help, labels, audit, bidi."""

from __future__ import annotations

import sqlite3
import warnings

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from archive import open_archive
from viewer.entities.labels import property_value
from viewer.library.sessions import ArchiveSession
from viewer.mainwindow import MainWindow
from viewer.readers.report import ReportView
from viewer.search.delegate import row_direction
from viewer.search.help import SyntaxHelpPopup
from viewer.settings import Settings
from viewer.tabs import EntityTab

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(win)
    yield win
    win.close()


def test_empty_state_shows_no_buttons_of_an_archive(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    badge = window.badge
    assert badge.headline.text() == "No archive open" and window.title.text() == "No archive open"
    for widget in (badge.progress, badge.cancel_button, badge.trust_button, badge.verify_button, badge.failing):
        assert not widget.isVisible()


def test_first_window_fills_most_of_the_screen_and_a_remembered_size_wins(qtbot, tmp_path, window):
    screen = window.screen().availableGeometry()
    assert window.width() >= min(1100, screen.width()) and window.height() >= min(700, screen.height())
    assert screen.contains(window.frameGeometry()) or screen.contains(window.geometry())
    window.resize(640, 480)
    window.close()
    again = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)
    again.close()


def test_fixed_tabs_stay_in_sight_with_several_items_open(qtbot, window, sample_path):
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    session = window.add_archive(open_archive(sample_path))
    conn = sqlite3.connect(f"file:{sample_path}?mode=ro", uri=True)
    ids = [row[0] for row in conn.execute("SELECT id FROM items WHERE kind = 'report' ORDER BY length(title) DESC "
                                          "LIMIT 4")]
    conn.close()
    for item_id in ids:
        assert window.open_item(session, item_id) is not None
    bar = window.tabs.tabBar()
    assert bar.count() == window.fixed_tabs + 4 and bar.currentIndex() == bar.count() - 1
    for index in range(window.fixed_tabs):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()  # whole name, not elided
    for index in range(bar.count()):
        assert bar.tabRect(index).right() <= bar.width()  # no tab is scrolled out of sight


def test_go_menu_names_are_distinct(window):
    go = next(menu for menu in window.menuBar().actions() if menu.text() == "&Go").menu()
    names = [action.text().replace("&", "") for action in go.actions() if not action.isSeparator()]
    assert len(names) == len(set(names)) and "Find" in names and "Search" in names


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a popup grabs the keyboard
def test_syntax_help_fits_the_screen_and_scrolls(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    popup = SyntaxHelpPopup(window.search)
    qtbot.addWidget(popup)
    popup.show_below(window.search.help_button)
    screen = window.search.help_button.screen().availableGeometry()
    assert screen.contains(popup.geometry())
    label = popup.scroll.widget()
    # All of it is there: shown whole, or reachable by scrolling.
    assert popup.scroll.viewport().height() + popup.scroll.verticalScrollBar().maximum() >= label.height()
    popup.close()


def test_entity_pages_do_not_invite_highlighting(qtbot, sample_path, store):
    session = ArchiveSession(open_archive(sample_path))
    try:
        tab = EntityTab(session, "person-chen-quanguo", store=store)
        qtbot.addWidget(tab)
        assert "Ctrl+H" not in tab.sidebar.summary.text()
        assert "Note on this entity" in tab.sidebar.summary.text()
        assert "China" in tab.page.details.toPlainText()  # nationality "cn"
    finally:
        session.close()


def test_country_and_language_codes_are_shown_as_names():
    assert property_value("nationality", "cn") == "China"
    assert property_value("jurisdiction", "gb") == "United Kingdom"
    assert property_value("language", "ug") == "Uyghur"
    assert property_value("country", "zz") == "zz"  # unknown: as it is
    assert property_value("position", "cn") == "cn"  # not a country property


def test_country_names_follow_the_interface_language():
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert property_value("nationality", "cn") == "中国"
    finally:
        QLocale.setDefault(before)


def test_selecting_text_is_not_a_copy_but_ctrl_c_is(qtbot, sample_path):
    session = ArchiveSession(open_archive(sample_path))
    view = ReportView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # offscreen: no window manager to activate it
        QApplication.setActiveWindow(view)
    copies = []
    view.textCopied.connect(copies.append)
    try:
        view.show_item(session, "reports/chen-quanguo-career")
        cursor = view.browser.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        view.browser.setTextCursor(cursor)
        # What an X11 selection does: hands the selection to the primary-selection clipboard.
        view.browser.createMimeDataFromSelection()
        assert copies == []
        view.browser.setFocus()
        qtbot.keyClick(view.browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert len(copies) == 1 and copies[0].strip()
    finally:
        QApplication.clipboard().clear()
        session.close()


def test_a_row_is_laid_out_in_its_items_language_not_its_first_letter():
    # An English title that starts with a Uyghur name stays left to right in any interface.
    assert row_direction("en", RTL) == LTR
    assert row_direction("ug", LTR) == RTL
    assert row_direction("zh, ug", RTL) == LTR
    assert row_direction(None, RTL) == RTL and row_direction("", LTR) == LTR
