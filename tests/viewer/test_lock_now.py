"""Lock Now (Ctrl+Shift+L): no decrypted note or tag stays on screen anywhere, and nothing typed is lost.

Each place a note or tag can show is checked after locking: the item's sidebar and its editor (with
text being typed), tool tips, the window's Annotations tab and its filters, a `tag:` search, the
readers' painted highlights and the export dialog. Unsaved text comes back after unlocking, to the
editor of the annotation it was typed for, and is never written to disk meanwhile.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from viewer.export.dialog import ExportDialog
from viewer.mainwindow import MainWindow
from viewer.search.models import HitRole

from .test_annotations import REPORT, highlight, open_tab
from .test_annotations_views import add

PASSPHRASE = "correct horse"
SECRET_NOTE, SECRET_TAG, UNSAVED = "Source met at the border crossing", "witness-k7", "Typed but not yet saved"
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    """Every text a view of `model` can show: cells, tool tips, what a screen reader says."""
    texts = []
    for row in range(model.rowCount(parent)):
        column = 0
        while (index := model.index(row, column, parent)).isValid():  # list models hide columnCount
            texts += [str(value) for role in ROLES if (value := model.data(index, role))]
            texts += model_texts(model, index) if column == 0 else []
            column += 1
    return texts


def screen_texts(root: QWidget) -> str:
    """All text `root` and its children show or could show (tool tips, undo history, list models)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return "\n".join(texts)


def assert_nothing_secret(root: QWidget) -> None:
    shown = screen_texts(root)
    for secret in (SECRET_NOTE, SECRET_TAG, UNSAVED):
        assert secret not in shown


def store_files_text(store) -> bytes:
    path = Path(store.store.path)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


@pytest.fixture
def locked_store(store, quick_kdf):
    store.enable_encryption(PASSPHRASE)
    return store


def test_lock_clears_the_sidebar_and_the_note_being_typed_and_unlock_brings_it_back(qtbot, session, locked_store):
    store = locked_store
    tab = open_tab(qtbot, session, REPORT, store)
    first = highlight(qtbot, tab, "Chen Quanguo")
    editor = tab.sidebar.editor
    tab.sidebar.select(first.id)
    editor.note.setPlainText(SECRET_NOTE)
    editor.tags.setText(SECRET_TAG)
    assert editor.save()
    editor.note.setPlainText(UNSAVED)
    editor.tags.setText(f"{SECRET_TAG}, draft")
    editor.colour.set_colour("blue")
    assert editor.dirty()

    store.lock()

    assert_nothing_secret(tab)
    assert not editor.note.isEnabled() and not editor.note.document().isUndoAvailable()
    assert not editor.tags.isUndoAvailable() and not editor.dirty()
    assert "locked" in tab.sidebar.summary.text()
    assert UNSAVED.encode() not in store_files_text(store)  # kept in memory only

    assert store.unlock(PASSPHRASE) is None
    assert editor.annotation.id == first.id and editor.dirty()
    assert (editor.note.toPlainText(), editor.tags.text(), editor.colour.colour()) == \
        (UNSAVED, f"{SECRET_TAG}, draft", "blue")
    assert editor.save()
    assert store.for_item(session.archive.metadata.archive_id, REPORT)[0].note == UNSAVED


def test_unsaved_text_returns_only_to_the_annotation_it_was_typed_for(qtbot, session, locked_store):
    store = locked_store
    tab = open_tab(qtbot, session, REPORT, store)
    first, second = highlight(qtbot, tab, "Chen Quanguo"), highlight(qtbot, tab, "Raphael Glucksmann")
    editor = tab.sidebar.editor
    tab.sidebar.select(first.id)
    editor.note.setPlainText(UNSAVED)
    store.lock()
    tab.sidebar.select(second.id)  # chosen while locked: nothing to save, nothing shown
    assert editor.annotation.id == second.id and editor.note.toPlainText() == ""
    assert store.unlock(PASSPHRASE) is None
    assert editor.annotation.id == second.id and editor.note.toPlainText() == "" and not editor.dirty()
    tab.sidebar.select(first.id)
    assert editor.annotation.id == first.id and editor.note.toPlainText() == UNSAVED and editor.dirty()
    stored = {a.id: a.note for a in store.for_item(session.archive.metadata.archive_id, REPORT)}
    assert stored == {first.id: "", second.id: ""}


def test_a_note_less_highlight_stays_editable_but_shows_no_kept_text_while_locked(qtbot, session, locked_store):
    """A highlight without note or tags reads as unsealed even locked: its kept text must still wait."""
    store = locked_store
    tab = open_tab(qtbot, session, REPORT, store)
    first = highlight(qtbot, tab, "Chen Quanguo")
    editor = tab.sidebar.editor
    tab.sidebar.select(first.id)
    editor.note.setPlainText(UNSAVED)
    store.lock()
    tab.sidebar.select(first.id)
    tab.sidebar.show_annotations(tab.sidebar.annotations(), {})
    assert UNSAVED not in screen_texts(tab)
    assert store.unlock(PASSPHRASE) is None
    assert editor.note.toPlainText() == UNSAVED


def test_the_annotations_tab_and_its_filters_are_cleared_and_restored(qtbot, session, locked_store):
    store = locked_store
    made = add(store, session, REPORT, note=SECRET_NOTE, tags=(SECRET_TAG,))
    from viewer.annotations import AnnotationsView

    view = AnnotationsView(store)
    qtbot.addWidget(view)
    view.set_session(session)
    view.show()
    view.search.setText("border")
    view.tag.setCurrentText(SECRET_TAG)
    view.refresh()
    assert [view.model.annotation(0).id] == [made.id] and SECRET_TAG in screen_texts(view)

    store.lock()

    assert_nothing_secret(view)
    assert view.search.text() == "" and view.tag.currentText() == "" and view.tag.count() == 0
    assert not view.search.isUndoAvailable()
    assert "locked" in view.model.index(0, 3).data().lower() and "locked" in view.count.text()
    assert store.unlock(PASSPHRASE) is None
    assert (view.search.text(), view.tag.currentText()) == ("border", SECRET_TAG)
    assert [view.model.annotation(row).id for row in range(view.model.rowCount())] == [made.id]
    assert SECRET_NOTE in view.model.index(0, 3).data()


def test_filters_typed_while_locked_are_kept_on_unlocking(qtbot, session, locked_store):
    from viewer.annotations import AnnotationsView

    view = AnnotationsView(locked_store)
    qtbot.addWidget(view)
    view.set_session(session)
    view.search.setText("border")
    locked_store.lock()
    view.search.setText("police")
    assert locked_store.unlock(PASSPHRASE) is None
    assert view.search.text() == "police"


def test_lock_closes_the_import_summary(qtbot, session, locked_store, tmp_path):
    from viewer.annotations import AnnotationsView

    made = add(locked_store, session, REPORT, note=SECRET_NOTE, tags=(SECRET_TAG,))
    exported = tmp_path / "notes.jsonld"
    locked_store.export_w3c(session.archive.metadata.archive_id, exported)
    locked_store.delete(made)
    view = AnnotationsView(locked_store)
    qtbot.addWidget(view)
    view.set_session(session)
    view.ask_open_path = lambda: exported
    view.import_annotations()
    assert view.import_report is not None and view.import_report.isVisible()
    locked_store.lock()
    assert not view.import_report.isVisible()
    assert_nothing_secret(view)


def test_the_export_dialog_forgets_its_tags_while_locked(qtbot, session, locked_store):
    add(locked_store, session, REPORT, note=SECRET_NOTE, tags=(SECRET_TAG,))
    dialog = ExportDialog(session, locked_store, {"tag": None, "item": REPORT})
    qtbot.addWidget(dialog)
    dialog.tag.setCurrentText(SECRET_TAG)
    assert dialog.tag.count() == 1
    locked_store.lock()
    assert_nothing_secret(dialog)
    assert dialog.tag.count() == 0 and dialog.tag.currentText() == ""
    assert locked_store.unlock(PASSPHRASE) is None
    assert dialog.tag.count() == 1 and dialog.tag.currentText() == SECRET_TAG


@pytest.fixture
def window(window):
    """The shared main window (tests/helpers/viewer.py), answering "" when asked for an author."""
    window.store.ask_author = lambda: ""
    return window


def result_ids(window: MainWindow) -> list[str]:
    model = window.search.results_model
    return [model.index(row).data(HitRole).id for row in range(model.rowCount())]


def test_lock_now_in_the_window_leaves_no_note_or_tag_anywhere(qtbot, window, built, quick_kdf):
    window.open_paths([built])
    session = window.library.sessions[0]
    qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)
    tab = window.open_item(session, REPORT)
    made = add(window.store, session, REPORT, "text", note=SECRET_NOTE, tags=(SECRET_TAG,))
    window.store.enable_encryption(PASSPHRASE)
    window.store_actions.update_enabled()
    tab.sidebar.select(made.id)
    tab.sidebar.editor.note.setPlainText(UNSAVED)
    window.annotations.search.setText("border")
    window.search.set_query(f"tag:{SECRET_TAG}")
    window.search.run_now()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    assert result_ids(window) == [REPORT]

    window.store_actions.lock_action.trigger()  # Ctrl+Shift+L
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)

    assert window.store.locked and result_ids(window) == []
    assert window.search.query_edit.text() == "" and not window.search.query_edit.isUndoAvailable()
    assert_nothing_secret(window)
    assert UNSAVED.encode() not in store_files_text(window.store)

    window.store_actions.unlock_action.setEnabled(True)
    assert window.store.unlock(PASSPHRASE) is None
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    assert window.search.query_edit.text() == f"tag:{SECRET_TAG}" and result_ids(window) == [REPORT]
    assert tab.sidebar.editor.note.toPlainText() == UNSAVED and window.annotations.search.text() == "border"
