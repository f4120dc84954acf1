"""Saved searches and search history (issue 21): a search run is recorded once it is answered, saved ones
are run from the Searches menu, the history can be cleared and is not kept in portable mode unless asked,
and nothing is read or lost while the store is locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from archive import paths
from viewer.search import panel as panel_module
from viewer.search.saveddialog import QueryRole, SavedSearchesModel

from tests.helpers.viewer import settled

QUERY = "Chen Quanguo"
PASSPHRASE = "correct horse battery"


@pytest.fixture
def opened(qtbot, window, built):
    """The main window with the test archive open and verified, and no question asked of a person."""
    window.open_paths([built])
    settled(qtbot, window)
    window.searches.ask_name = lambda _title, _label, suggested: suggested
    window.searches.confirm = lambda _question: True
    return window


def searches(window):
    return window.store.store.searches


def recent_queries(window) -> list[str]:
    return [entry.query for entry in searches(window).recent()]


def answered(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)


def entries(menu) -> list[str]:
    menu.aboutToShow.emit()
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def strip_isolates(text: str) -> str:
    return text.strip("\u2068\u2069")


def test_a_search_answered_and_left_on_screen_is_recorded_once(qtbot, opened, monkeypatch):
    window = opened
    window.search.set_query("Chen")
    window.search.run_now()  # as typing does: recorded only once it has stayed on screen
    answered(qtbot, window)
    assert recent_queries(window) == []
    qtbot.waitUntil(lambda: recent_queries(window) == ["Chen"], timeout=panel_module.SETTLE_MS * 3)
    entry = searches(window).recent()[0]
    assert entry.archive_id == window.library.sessions[0].archive.metadata.archive_id and entry.archive_title
    qtbot.keyClick(window.search.query_edit, Qt.Key.Key_Return)  # Enter: recorded as soon as answered
    answered(qtbot, window)
    assert recent_queries(window) == ["Chen"]
    window.search.set_query("")
    window.search.run_now()
    assert recent_queries(window) == ["Chen"]  # an empty search is never recorded


def test_a_pause_while_typing_is_not_recorded(qtbot, opened):
    window = opened
    window.search.set_query("Tek")
    window.search.run_now()
    answered(qtbot, window)
    window.search.query_edit.setText("Tekes")
    qtbot.keyClick(window.search.query_edit, Qt.Key.Key_Return)
    answered(qtbot, window)
    qtbot.wait(panel_module.SETTLE_MS + 200)
    assert recent_queries(window) == ["Tekes"]


def test_a_saved_search_is_in_the_menu_and_running_it_shows_its_results(qtbot, opened):
    window = opened
    window.search.set_query(QUERY)
    window.searches.save_current()
    assert [s.name for s in searches(window).saved()] == [QUERY]
    window.search.set_query("")
    window.search.run_now()
    window.tabs.setCurrentIndex(1)
    assert [strip_isolates(text) for text in entries(window.searches.saved_menu)] == [QUERY]
    action = window.searches.saved_menu.actions()[0]
    assert QUERY in action.toolTip()
    action.trigger()
    assert window.tabs.currentWidget() is window.search and window.search.query_edit.text() == QUERY
    answered(qtbot, window)
    assert window.search.result_count() > 0
    assert recent_queries(window) == [QUERY]  # run from the menu: recorded at once


def test_saving_under_a_name_taken_asks_before_replacing(qtbot, opened):
    window = opened
    window.searches.ask_name = lambda *_: "Officials"
    window.search.set_query(QUERY)
    window.searches.save_current()
    window.search.set_query("Tekes")
    window.searches.confirm = lambda _question: False
    assert window.searches.save_current() is None and searches(window).find("Officials").query == QUERY
    window.searches.confirm = lambda _question: True
    window.searches.save_current()
    assert searches(window).find("officials").query == "Tekes"
    window.search.set_query("  ")
    assert window.searches.save_current() is None and "Type a search" in window.statusBar().currentMessage()


def test_recent_searches_run_from_the_menu_and_clearing_the_history(qtbot, opened):
    window = opened
    for query in ("Tekes", QUERY):
        window.search.run_query(query)
        answered(qtbot, window)
    assert [strip_isolates(text) for text in entries(window.searches.recent_menu)] == [QUERY, "Tekes"]
    window.searches.recent_menu.actions()[1].trigger()
    answered(qtbot, window)
    assert window.search.query_edit.text() == "Tekes" and recent_queries(window) == ["Tekes", QUERY]
    window.searches.clear_action.trigger()
    assert recent_queries(window) == [] and entries(window.searches.recent_menu) == ["No recent searches"]
    assert not window.searches.recent_menu.actions()[0].isEnabled()


def test_no_history_in_portable_mode_unless_turned_on(qtbot, opened, monkeypatch):
    window = opened
    monkeypatch.setattr(paths, "is_portable", lambda: True)
    window.search.run_query(QUERY)
    answered(qtbot, window)
    assert recent_queries(window) == []
    window.searches.menu.aboutToShow.emit()  # the menu as it would show now
    assert not window.searches.keep_action.isChecked()
    assert "Keep Search History" in entries(window.searches.recent_menu)[0]
    window.searches.keep_action.trigger()
    assert searches(window).keeps_history
    window.search.run_query("Tekes")
    answered(qtbot, window)
    assert recent_queries(window) == ["Tekes"]


def test_while_locked_no_search_is_shown_and_saving_says_why(qtbot, opened, quick_kdf):
    window = opened
    window.search.run_query(QUERY)
    answered(qtbot, window)
    window.search.set_query(QUERY)
    window.searches.save_current()
    window.store.enable_encryption(PASSPHRASE)
    window.store.lock()
    for menu in (window.searches.saved_menu, window.searches.recent_menu):
        assert len(entries(menu)) == 1 and "unlock" in entries(menu)[0]
    window.search.set_query("Tekes")
    assert window.searches.save_current() is None
    assert "not saved" in window.statusBar().currentMessage() and "unlock" in window.statusBar().currentMessage()
    assert window.search.query_edit.text() == "Tekes"  # the search typed stays
    window.search.run_query("Tekes")
    answered(qtbot, window)  # run while locked: not recorded, and no error
    assert window.store.unlock(PASSPHRASE) is None
    assert recent_queries(window) == [QUERY] and [s.name for s in searches(window).saved()] == [QUERY]


def test_the_manage_dialog_runs_renames_and_deletes_with_undo(qtbot, opened):
    window = opened
    for name, query in (("Officials", QUERY), ("Places", "Tekes")):
        window.searches.ask_name = lambda *_, n=name: n
        window.search.set_query(query)
        window.searches.save_current()
    dialog = window.searches.manage()
    assert [dialog.model.index(row).data() for row in range(dialog.model.rowCount())] == ["Officials", "Places"]
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText and QUERY in dialog.status.text()
    assert "Test archive" in dialog.status.text()  # the archive it was saved from
    dialog.list.setCurrentIndex(dialog.model.index(1))
    window.searches.ask_name = lambda *_: "Counties"
    dialog.rename()
    assert [s.name for s in searches(window).saved()] == ["Counties", "Officials"]
    assert dialog.current().name == "Counties"
    dialog.delete()
    assert [s.name for s in searches(window).saved()] == ["Officials"] and dialog.undo_button.isEnabled()
    dialog.undo_delete()
    assert searches(window).find("Counties").query == "Tekes" and dialog.current().name == "Counties"
    dialog.run()
    answered(qtbot, window)
    assert window.search.query_edit.text() == "Tekes" and window.tabs.currentWidget() is window.search
    dialog.close()


def test_the_saved_searches_model_passes_the_model_tester(qtmodeltester):
    from archive.store import SavedSearch

    model = SavedSearchesModel()
    model.set_searches([SavedSearch("<b>bold</b> name", "<i>x</i> AND kind:report"), SavedSearch("two", "Tekes")])
    qtmodeltester.check(model)
    assert model.index(0).data() == "<b>bold</b> name" and model.index(0).data(QueryRole) == "<i>x</i> AND kind:report"
    assert "<i>" not in model.index(0).data(Qt.ItemDataRole.ToolTipRole)  # escaped: shown, not rendered


def test_the_menu_survives_a_language_change(qtbot, opened):
    window = opened
    window.search.set_query(QUERY)
    window.searches.save_current()
    window.rebuild()
    assert [strip_isolates(text) for text in entries(window.searches.saved_menu)] == [QUERY]
    window.search.run_query("Tekes")
    answered(qtbot, window)
    assert recent_queries(window)[0] == "Tekes"


def test_opening_a_result_records_its_search_at_once(qtbot, opened):
    window = opened
    window.search.set_query(QUERY)
    window.search.run_now()
    answered(qtbot, window)
    window.search.results_view.activated.emit(window.search.results_model.index(0))
    assert recent_queries(window) == [QUERY]


def test_a_search_saved_from_an_archive_not_open_says_so(qtbot, opened):
    window = opened
    searches(window).save("Elsewhere", "Tekes", "another-archive", "Karakax List")
    entries(window.searches.saved_menu)
    window.searches.saved_menu.actions()[0].trigger()
    answered(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "Karakax List" in message and "not open" in message and window.search.query_edit.text() == "Tekes"
