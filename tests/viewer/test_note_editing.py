"""The note editor always edits the annotation selected in the item's sidebar, and saves onto that one only."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from viewer.tabs import ItemTab

from .test_annotations import REPORT, highlight, open_tab

QUOTES = ("Chen Quanguo", "Raphael Glucksmann", "XPCC is mentioned")


def click(qtbot, tab: ItemTab, annotation_id: str) -> None:
    """Click an annotation's row in the sidebar list with the mouse, as the reader does."""
    sidebar = tab.sidebar
    rect = sidebar.list.visualRect(sidebar.model.index(sidebar.model.row_of(annotation_id), 0))
    qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_note(qtbot, tab: ItemTab, text: str) -> None:
    """Replace the note in the editor by typing, as the reader does."""
    note = tab.sidebar.editor.note
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(note, Qt.Key.Key_Delete)
    qtbot.keyClicks(note, text)


def press_in_list(qtbot, tab: ItemTab, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tab.sidebar.list.setFocus()
    qtbot.keyClick(tab.sidebar.list, key, modifier)


def save(qtbot, tab: ItemTab) -> None:
    qtbot.mouseClick(tab.sidebar.editor.save_button, Qt.MouseButton.LeftButton)


def stored_notes(store, session) -> dict[str, str]:
    return {a.id: a.note for a in store.for_item(session.archive.metadata.archive_id, REPORT)}


def assert_editor_follows_selection(tab: ItemTab) -> None:
    sidebar = tab.sidebar
    selected = sidebar.model.annotation(sidebar.list.currentIndex().row())
    editing = sidebar.editor.annotation
    assert (editing.id if editing else None) == (selected.id if selected else None)


def test_a_note_typed_for_b_stays_on_b_after_auto_save_and_reselection(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    a, b = highlight(qtbot, tab, "Chen Quanguo"), highlight(qtbot, tab, "Raphael Glucksmann")
    editor = tab.sidebar.editor
    click(qtbot, tab, a.id)
    assert editor.annotation.id == a.id
    click(qtbot, tab, b.id)
    type_note(qtbot, tab, "note for B")
    click(qtbot, tab, a.id)  # auto-saves B's note
    assert stored_notes(store, session) == {a.id: "", b.id: "note for B"}
    assert editor.annotation.id == a.id and editor.note.toPlainText() == ""
    assert_editor_follows_selection(tab)
    click(qtbot, tab, b.id)
    assert editor.annotation.id == b.id and editor.note.toPlainText() == "note for B"
    type_note(qtbot, tab, "second note for B")
    save(qtbot, tab)
    assert stored_notes(store, session) == {a.id: "", b.id: "second note for B"}


def test_deleting_an_annotation_with_unsaved_edits_keeps_them_for_undo(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    a = highlight(qtbot, tab, "Chen Quanguo")
    click(qtbot, tab, a.id)
    type_note(qtbot, tab, "typed, then deleted")
    press_in_list(qtbot, tab, Qt.Key.Key_Delete)
    assert stored_notes(store, session) == {}
    press_in_list(qtbot, tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_notes(store, session) == {a.id: "typed, then deleted"}
    assert tab.sidebar.editor.annotation.id == a.id


class Reader:
    """What the reader expects: the store's notes, the annotation selected and the text in its editor."""

    def __init__(self, stored: dict[str, str], selected: str | None, typed: str) -> None:
        self.stored, self.selected, self.typed = dict(stored), selected, typed
        self.deleted: list[tuple[str, str]] = []

    def _auto_save(self) -> None:
        if self.selected is not None:
            self.stored[self.selected] = self.typed

    def choose(self, annotation_id: str) -> None:
        if annotation_id != self.selected:
            self._auto_save()
            self.selected, self.typed = annotation_id, self.stored[annotation_id]

    def delete(self) -> None:
        self._auto_save()
        self.deleted.append((self.selected, self.stored.pop(self.selected)))
        self.selected, self.typed = None, ""

    def undo(self) -> None:
        annotation_id, note = self.deleted.pop()
        self.stored[annotation_id] = note
        self.choose(annotation_id)


def step(qtbot, tab: ItemTab, reader: Reader, rng: random.Random) -> str:
    """One random action of the reader, done through the widgets and in `reader`; returns its name."""
    actions = ["click", "click"] if reader.stored else []
    if reader.selected is not None:
        actions += ["type", "type", "save", "delete"]
    if reader.deleted:
        actions.append("undo")
    action = rng.choice(actions)
    if action == "click":
        chosen = rng.choice(sorted(reader.stored))
        click(qtbot, tab, chosen)
        reader.choose(chosen)
    elif action == "type":
        reader.typed = "".join(rng.choice("ab ") for _ in range(rng.randrange(0, 6)))
        type_note(qtbot, tab, reader.typed)
    elif action == "save":
        save(qtbot, tab)
        reader.stored[reader.selected] = reader.typed
    elif action == "delete":
        press_in_list(qtbot, tab, Qt.Key.Key_Delete)
        reader.delete()
    else:
        press_in_list(qtbot, tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        reader.undo()
    return action


def test_random_clicks_typing_saves_deletes_and_undos_keep_every_note_on_its_annotation(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    for quote in QUOTES:
        highlight(qtbot, tab, quote)
    editor = tab.sidebar.editor
    for seed in range(6):  # fixed seeds: a failure names the seed and the steps that replay it
        rng = random.Random(seed)
        reader = Reader(stored_notes(store, session), editor.annotation and editor.annotation.id,
                        editor.note.toPlainText())
        done = []
        for _ in range(80):
            done.append(step(qtbot, tab, reader, rng))
            where = f"seed {seed}, after {done}"
            assert stored_notes(store, session) == reader.stored, where
            assert (editor.annotation.id if editor.annotation else None) == reader.selected, where
            assert editor.note.toPlainText() == reader.typed, where
            assert_editor_follows_selection(tab)
        while reader.deleted:  # the next seed starts from every annotation again
            press_in_list(qtbot, tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            reader.undo()
        assert stored_notes(store, session) == reader.stored and len(reader.stored) == len(QUOTES)
