"""The Annotations tab, passphrase locking, the main window's store menus and the audit log."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from archive import open_archive
from archive.store import Annotation, Target
from viewer.annotations import AnnotationsView, StoreController
from viewer.annotations.dialogs import AuditLogDialog, AuditModel, PassphraseDialog, PreferencesDialog
from viewer.annotations.model import AnnotationTableModel
from viewer.library.sessions import ArchiveSession
from viewer.mainwindow import MainWindow
from viewer.search.models import HitRole
from viewer.settings import Settings
from viewer.tabs import EntityTab, ItemTab

REPORT, OTHER, IMAGE = "reports/assessment", "reports/police-files", "images/map"



def add(store, session, item_id: str, kind: str = "note", **fields) -> Annotation:
    items = session.archive.items
    where = {"exact": "Chen Quanguo"} if kind == "text" else {"region": (1, 2, 3, 4)} if kind == "region" else {}
    target = Target(session.archive.metadata.archive_id, item_id=item_id, item_sha256=items.get(item_id).sha256,
                    **where)
    return store.add(Annotation("", kind, target, **fields))


@pytest.fixture
def filled(store, session):
    return [add(store, session, REPORT, "text", note="Led the region from 2016", tags=("people", "evidence")),
            add(store, session, REPORT, note="Compare with the Police files", tags=("todo",), colour="green"),
            add(store, session, IMAGE, "region", tags=("evidence",), colour="pink"),
            add(store, session, OTHER, "bookmark")]


def shown_view(qtbot, store, session) -> AnnotationsView:
    view = AnnotationsView(store)
    qtbot.addWidget(view)
    view.set_session(session)
    view.resize(1000, 500)
    view.show()
    return view


def ids(view: AnnotationsView) -> set[str]:
    return {view.model.annotation(row).id for row in range(view.model.rowCount())}


def test_annotations_view_filters_by_tag_colour_and_kind_and_searches_notes(qtbot, store, session, filled):
    view = shown_view(qtbot, store, session)
    assert ids(view) == {a.id for a in filled} and view.count.text() == "4 annotations."
    assert view.model.index(0, 1).data() == "Assessment"  # the item's title, not its id
    view.tag.setCurrentText("Evidence")  # tags match in any case
    qtbot.waitUntil(lambda: ids(view) == {filled[0].id, filled[2].id})
    view.colour.setCurrentIndex(view.colour.findData("pink"))
    assert ids(view) == {filled[2].id}
    view.tag.setCurrentText("")
    view.colour.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("bookmark"))
    assert ids(view) == {filled[3].id}
    view.kind.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "police FILES")
    qtbot.waitUntil(lambda: ids(view) == {filled[1].id})
    assert view.tag.itemText(0) == "evidence"  # the most used tag first, for completion


def test_annotations_view_follows_the_store_and_undoes_a_delete(qtbot, store, session, filled):
    view = shown_view(qtbot, store, session)
    add(store, session, OTHER, note="added elsewhere")
    assert view.model.rowCount() == 5
    view.table.selectRow(view.model.row_of(filled[1].id))
    view.table.setFocus()
    view.delete_action.trigger()
    assert filled[1].id not in ids(view) and view.undo_action.isEnabled()
    view.undo_action.trigger()
    assert filled[1].id in ids(view) and store.store.annotations.get(filled[1].id).note == filled[1].note


def test_export_selected_then_import_into_an_empty_store(qtbot, store, session, filled, tmp_path):
    view = shown_view(qtbot, store, session)
    target = tmp_path / "chosen.jsonld"
    view.ask_save_path = lambda: target
    view.table.selectRow(view.model.row_of(filled[0].id))
    view.table.selectionModel().select(view.model.index(view.model.row_of(filled[2].id), 0),
                                       QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    view.export_annotations()
    exported = json.loads(target.read_text())
    assert {a["id"] for a in exported["first"]["items"]} == {filled[0].id, filled[2].id}
    other = StoreController(tmp_path / "other" / "store.sqlite")
    other_view = shown_view(qtbot, other, session)
    other_view.ask_open_path = lambda: target
    messages = []
    other_view.statusMessage.connect(messages.append)
    other_view.import_annotations()
    other_view.import_annotations()  # twice: nothing duplicated
    assert ids(other_view) == {filled[0].id, filled[2].id}
    assert messages[-1].startswith("Imported 0 annotations from") and "2 were already here" in messages[-1]
    other.close()


def test_models_pass_the_model_tester(qtmodeltester, store, session, filled):
    for compact in (True, False):
        model = AnnotationTableModel(compact=compact)
        model.set_annotations(filled, {filled[0].id: "not found in the text"})
        qtmodeltester.check(model)
    qtmodeltester.check(AnnotationTableModel())
    store.record("copy", "12 characters of an item", {"item_id": REPORT})
    qtmodeltester.check(AuditModel(store.store.audit.entries()))


def test_lock_and_unlock_with_a_passphrase(qtbot, store, session, filled, quick_kdf):
    store.enable_encryption("correct horse")
    tab = ItemTab(session, REPORT, store=store)
    qtbot.addWidget(tab)
    note_row = tab.sidebar.model.row_of(filled[1].id)
    assert "Compare with the Police files" in tab.sidebar.model.index(note_row, 0).data()
    store.lock()
    assert store.locked
    locked_text = tab.sidebar.model.index(note_row, 0).data()
    assert "Police files" not in locked_text and "locked" in locked_text.lower()
    assert not tab.sidebar.model.flag(filled[1].id)  # locked is not a fault
    assert "locked" in tab.sidebar.summary.text()
    tab.sidebar.select(filled[1].id)
    assert not tab.sidebar.editor.note.isEnabled() and tab.sidebar.editor.note.toPlainText() == ""
    message = store.unlock("wrong horse")
    assert message and "passphrase" in message.lower() and store.locked
    assert store.unlock("correct horse") is None and not store.locked
    assert "Compare with the Police files" in tab.sidebar.model.index(note_row, 0).data()
    assert tab.sidebar.editor.note.isEnabled() and tab.sidebar.editor.note.toPlainText() == filled[1].note


def test_unlock_dialog_stays_open_on_a_wrong_passphrase(qtbot, store, quick_kdf):
    store.enable_encryption("correct horse")
    store.lock()
    dialog = PassphraseDialog(store.unlock, new=False)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("wrong horse")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted and store.locked
    assert dialog.error.isVisibleTo(dialog) and "passphrase" in dialog.error.text().lower()
    assert dialog.passphrase.text() == ""
    dialog.passphrase.setText("correct horse")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not store.locked


def test_protect_dialog_wants_the_same_passphrase_twice(qtbot, store):
    tried = []
    dialog = PassphraseDialog(lambda p: tried.append(p), new=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("one")
    dialog.repeat.setText("two")
    dialog.accept()
    assert tried == [] and "differ" in dialog.error.text()
    dialog.repeat.setText("one")
    dialog.accept()
    assert tried == ["one"] and dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def window(window):
    """The shared main window (tests/helpers/viewer.py), answering "Tester" when asked for an author."""
    window.store.ask_author = lambda: "Tester"
    return window


@pytest.fixture
def in_default_store(built):
    """Annotations in the store the main window opens by default (CASEFILE_DATA_DIR)."""
    controller = StoreController()
    controller.ask_author = lambda: "Tester"
    with open_archive(built) as archive:
        session = ArchiveSession(archive)
        made = [add(controller, session, REPORT, "text", note="Led the region", tags=("people",)),
                add(controller, session, IMAGE, "region", colour="pink")]
    controller.close()
    return made


def test_main_window_annotations_tab_opens_the_item_at_the_annotation(qtbot, window, built, in_default_store):
    window.open_paths([built])
    session = window.library.sessions[0]
    assert window.tabs.widget(4) is window.annotations and window.tabs.tabText(4) == "Annotations"
    view = window.annotations
    view.tag.setCurrentText("people")
    view.refresh()
    assert ids(view) == {in_default_store[0].id}
    window.show()
    window.tabs.setCurrentWidget(view)
    qtbot.waitExposed(window)
    view.table.setCurrentIndex(view.model.index(0, 2))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # activates the row, as a double click does
    tab = window.tabs.currentWidget()
    assert isinstance(tab, ItemTab) and tab.item_id == REPORT
    assert tab.reader.browser.textCursor().selectedText() == "Chen Quanguo"
    assert tab.sidebar.editor.annotation.id == in_default_store[0].id
    qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)


def test_search_tag_filter_finds_what_the_reader_tagged(qtbot, window, built, in_default_store):
    window.open_paths([built])
    session = window.library.sessions[0]
    window.search.set_query("tag:people")
    window.search.run_now()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    model = window.search.results_model
    assert [model.index(row).data(HitRole).id for row in range(model.rowCount())] == [REPORT]
    qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)


def test_bookmark_shortcut_lock_now_and_the_audit_log(qtbot, window, built, tmp_path, quick_kdf):
    window.open_paths([built])
    session = window.library.sessions[0]
    tab = window.open_item(session, REPORT)
    window.store_actions.bookmark_action.trigger()
    assert [a.kind for a in tab.sidebar.annotations()] == ["bookmark"]
    assert window.store_actions.protect_action.isEnabled() and not window.store_actions.lock_action.isEnabled()
    window.store.enable_encryption("correct horse")
    window.store_actions.update_enabled()
    window.store_actions.lock_action.trigger()
    assert window.store.locked and window.store_actions.unlock_action.isEnabled()
    assert "Notes locked" in window.statusBar().currentMessage()
    assert window.store_actions.lock_action.shortcut().toString() == "Ctrl+Shift+L"
    qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)
    entries = window.store.store.audit.entries()
    assert entries[0].action == "verify" and entries[0].unreadable  # recorded while locked, sealed
    assert window.store.unlock("correct horse") is None
    entries = window.store.store.audit.entries()
    assert entries[0].action == "verify" and entries[0].detail["state"] == session.report.state.value == "unsigned"
    assert entries[0].covered == "test.casefile: unsigned"
    dialog = AuditLogDialog(window.store, window)
    qtbot.addWidget(dialog)
    # Stored as "verify", shown by its label in the UI language.
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "Verification"
    out = tmp_path / "audit.jsonl"
    assert dialog.export_to(out) == 1
    assert json.loads(out.read_text().splitlines()[0])["action"] == "verify"


def test_an_unusable_store_leaves_the_window_reading_and_says_why(qtbot, tmp_path, monkeypatch, built):
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CASEFILE_DATA_DIR", str(blocker))
    win = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(win)
    assert "Annotations are off" in win.statusBar().currentMessage()
    assert not win.store_actions.bookmark_action.isEnabled() and not win.store_actions.protect_action.isEnabled()
    win.open_paths([built])
    tab = win.open_item(win.library.sessions[0], REPORT)
    assert tab is not None and tab.reader.message() is None
    qtbot.waitUntil(lambda: not win.library.sessions[0].verifying, timeout=60_000)
    win.close()


def test_notes_on_an_entity_follow_the_entity_tab(qtbot, store, session):
    first, second = [e.id for e in session.archive.entities.list(limit=2)]
    tab = EntityTab(session, first, store=store)
    qtbot.addWidget(tab)
    assert tab.annotator.add_note("Check the 2021 listing") is None
    [note] = store.for_entity(session.archive.metadata.archive_id, first)
    assert note.kind == "note" and note.target.entity_id == first and note.target.item_id is None
    assert [a.id for a in tab.sidebar.annotations()] == [note.id]
    tab.page.show_entity(session, second)
    tab.page.entityActivated.emit(session, second)
    assert tab.entity_id == second and tab.sidebar.annotations() == []


def test_the_author_name_is_never_guessed_from_the_computer_account(qtbot, tmp_path, session, monkeypatch):
    for variable in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(variable, "root")
    controller = StoreController(tmp_path / "fresh.sqlite")  # no name chosen yet
    dialog = PreferencesDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "" and dialog.author.placeholderText() == "Anonymous"
    asked = []
    controller.ask_author = lambda: asked.append(True) or dialog.value()  # the reader presses OK as shown
    first = add(controller, session, REPORT, note="Seen at the border")
    second = add(controller, session, REPORT, note="Asked only once")
    assert asked == [True] and first.author == second.author == controller.author() == ""
    out = tmp_path / "notes.jsonld"
    controller.export_w3c(session.archive.metadata.archive_id, out)
    assert "creator" not in out.read_text() and "root" not in out.read_text()
    named = PreferencesDialog(controller)
    qtbot.addWidget(named)
    named.author.setText("Researcher 4")  # a name only when the reader types one
    named.accept()
    assert controller.author() == "Researcher 4"
    assert add(controller, session, REPORT, note="Signed").author == "Researcher 4"
    controller.close()
