"""Annotating inside an open item: text highlights, PDF highlights, image regions, notes, delete and undo."""

from __future__ import annotations

import dataclasses
import warnings

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from archive.store import Annotation, StoreError, Target
from viewer.annotations import StoreController
from viewer.annotations.annotator import NOT_FOUND
from viewer.annotations.model import colour_of
from viewer.tabs import ItemTab

REPORT, PDF, IMAGE = "reports/assessment", "reports/sanctions", "images/map"


def open_tab(qtbot, session, item_id: str, store: StoreController) -> ItemTab:
    tab = ItemTab(session, item_id, store=store)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    with warnings.catch_warnings():
        # Offscreen has no window manager; shortcuts need an active window.
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(tab)
    return tab


def select(tab: ItemTab, words: str) -> None:
    browser = tab.reader.browser
    start = browser.document().toRawText().index(words)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def painted(tab: ItemTab) -> dict[str, str]:
    """Text of each painted extra selection → its background colour name."""
    return {s.cursor.selectedText(): s.format.background().color().name()
            for s in tab.reader.browser.extraSelections()}


def highlight(qtbot, tab: ItemTab, words: str, colour: str = "yellow") -> Annotation | None:
    """Select `words` and press Ctrl+H; the annotation that made (None if none was)."""
    before = {a.id for a in tab.sidebar.annotations()}
    tab.annotator.colour_box.set_colour(colour)
    select(tab, words)
    tab.reader.browser.setFocus()
    qtbot.keyClick(tab.reader.browser, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    return next((a for a in tab.sidebar.annotations() if a.id not in before), None)


def test_highlighting_a_selection_creates_an_annotation_and_paints_it(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    before = tab.reader.browser.document().toHtml()
    made = highlight(qtbot, tab, "Chen Quanguo led the region")
    stored = store.for_item(session.archive.metadata.archive_id, REPORT)
    assert [a.id for a in stored] == [made.id]
    target = stored[0].target
    assert stored[0].kind == "text" and target.exact == "Chen Quanguo led the region"
    assert session.archive.items.text(REPORT)[target.start:target.end] == target.exact
    assert target.item_sha256 == session.archive.items.get(REPORT).sha256 and stored[0].author == "Tester"
    assert painted(tab) == {"Chen Quanguo led the region": colour_of("yellow").name()}
    assert tab.reader.browser.document().toHtml() == before  # painted over, the document is untouched


def test_two_colours_and_reanchoring_after_reopening_the_item_and_the_store(qtbot, session, store, tmp_path):
    tab = open_tab(qtbot, session, REPORT, store)
    highlight(qtbot, tab, "Chen Quanguo", "yellow")
    highlight(qtbot, tab, "Raphael Glucksmann", "green")
    expected = {"Chen Quanguo": colour_of("yellow").name(), "Raphael Glucksmann": colour_of("green").name()}
    assert painted(tab) == expected
    tab.close()
    assert painted(open_tab(qtbot, session, REPORT, store)) == expected
    store.close()
    reopened = StoreController(tmp_path / "store.sqlite")
    try:
        again = open_tab(qtbot, session, REPORT, reopened)
        assert painted(again) == expected
        assert again.sidebar.model.rowCount() == 2 and again.sidebar_tabs.currentWidget() is again.sidebar
    finally:
        reopened.close()


def test_drifted_positions_are_found_by_quote_and_lost_quotes_are_flagged(qtbot, session, store):
    archive_id, sha = session.archive.metadata.archive_id, session.archive.items.get(REPORT).sha256
    text = session.archive.items.text(REPORT)
    start = text.index("XPCC.")  # the second XPCC: its context says which
    drifted = Target(archive_id, item_id=REPORT, item_sha256=sha, exact="XPCC", prefix="mentioned twice: ",
                     suffix=".", start=3, end=7)
    lost = Target(archive_id, item_id=REPORT, item_sha256=sha, exact="not in this report", start=0, end=18)
    moved = store.add(Annotation("", "text", drifted))
    orphan = store.add(Annotation("", "text", lost, note="still listed"))
    tab = open_tab(qtbot, session, REPORT, store)
    marks = {s.cursor.selectionStart(): s.cursor.selectedText() for s in tab.reader.browser.extraSelections()}
    assert list(marks.values()) == ["XPCC"]
    assert tab.reader.highlight_ids() == [moved.id]
    document_start = tab.reader.browser.document().toRawText().index("XPCC.")
    assert list(marks) == [document_start] and start > 7
    assert tab.sidebar.model.flag(orphan.id) == NOT_FOUND and not tab.sidebar.model.flag(moved.id)
    row = tab.sidebar.model.row_of(orphan.id)
    assert f"⚠ {NOT_FOUND}" in tab.sidebar.model.index(row, 0).data()


def test_annotations_of_a_changed_item_are_flagged(qtbot, session, store):
    target = Target(session.archive.metadata.archive_id, item_id=REPORT, item_sha256="0" * 64)
    old = store.add(Annotation("", "note", target, note="written on an older edition"))
    tab = open_tab(qtbot, session, REPORT, store)
    assert "changed" in tab.sidebar.model.flag(old.id)


def test_add_note_shortcut_highlights_and_puts_the_cursor_in_the_note(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    select(tab, "XPCC is mentioned")
    tab.reader.browser.setFocus()
    qtbot.keyClick(tab.reader.browser, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tab.sidebar.editor.annotation.target.exact == "XPCC is mentioned"
    assert tab.sidebar.editor.note.hasFocus()
    qtbot.keyClicks(tab.sidebar.editor.note, "Check the corps' budget")
    tab.sidebar.editor.tags.setText("xpcc, budget")
    qtbot.keyClick(tab.sidebar.editor.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = store.for_item(session.archive.metadata.archive_id, REPORT)[0]
    assert saved.note == "Check the corps' budget" and saved.tags == ("xpcc", "budget")


def test_a_failed_save_keeps_the_text_and_says_why(qtbot, session, store, monkeypatch):
    tab = open_tab(qtbot, session, REPORT, store)
    made = highlight(qtbot, tab, "Chen Quanguo")
    tab.sidebar.select(made.id)
    editor = tab.sidebar.editor
    editor.note.setPlainText("A long note I must not lose")

    def full(annotation):
        raise StoreError("The disk is full: your note was not saved. Free some space and save again.")

    monkeypatch.setattr(store.store.annotations, "update", full)
    assert editor.save() is False
    assert editor.note.toPlainText() == "A long note I must not lose"
    assert editor.error.isVisibleTo(tab) and "disk is full" in editor.error.text()
    # Choosing another annotation does not throw the text away either.
    other = highlight(qtbot, tab, "Raphael")
    tab.sidebar.select(other.id)
    assert editor.annotation.id == made.id and editor.note.toPlainText() == "A long note I must not lose"
    monkeypatch.undo()
    assert editor.save() is True and not editor.error.isVisibleTo(tab)
    assert store.store.annotations.get(made.id).note == "A long note I must not lose"


def test_delete_and_undo_restore_the_same_annotation(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    made = highlight(qtbot, tab, "Chen Quanguo")
    tab.sidebar.select(made.id)
    tab.sidebar.editor.note.setPlainText("keep me")
    assert tab.sidebar.editor.save()
    tab.sidebar.list.setFocus()
    qtbot.keyClick(tab.sidebar.list, Qt.Key.Key_Delete)
    assert store.for_item(session.archive.metadata.archive_id, REPORT) == [] and painted(tab) == {}
    qtbot.keyClick(tab.sidebar.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [restored] = store.for_item(session.archive.metadata.archive_id, REPORT)
    assert restored.id == made.id and restored.note == "keep me"
    assert painted(tab) == {"Chen Quanguo": colour_of("yellow").name()}
    assert not tab.sidebar.undo_action.isEnabled()


def test_copying_text_is_recorded_in_the_audit_log(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    select(tab, "Chen Quanguo")
    tab.reader.browser.copy()
    tab.metadata.copy_button.click()
    entries = store.store.audit.entries()
    assert [e.action for e in entries] == ["copy", "copy"]
    assert entries[1].detail == {"archive_id": "test-archive", "item_id": REPORT, "what": "text"}
    assert "12 characters" in entries[1].covered and entries[0].detail["what"] == "sha256"


def test_pdf_highlight_is_made_from_the_current_find_hit(qtbot, session, store):
    tab = ItemTab(session, PDF, "kashgar", store=store)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitUntil(lambda: tab.reader.current_hit() == 0)
    tab.annotator.colour_box.set_colour("blue")
    tab.reader._request_highlight()
    [made] = store.for_item(session.archive.metadata.archive_id, PDF)
    text = session.archive.items.text(PDF)
    assert made.kind == "pdf" and made.target.page == 2 and made.colour == "blue"
    assert made.target.exact == "Kashgar" == text[made.target.start:made.target.end]
    tab.reader.go_to_page(0)
    tab.reader.find("")
    tab.reveal_annotation(made.id)
    qtbot.waitUntil(lambda: tab.reader.current_hit() is not None)
    assert tab.reader.current_page() == 1 and tab.reader.find_bar.field.text() == "Kashgar"


def drag(qtbot, view, start: QPointF, end: QPointF) -> None:
    """Drag with the mouse from one image pixel to another, through the view's current transform."""
    viewport = view.view.viewport()
    first, last = view.view.mapFromScene(start), view.view.mapFromScene(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(viewport, (first + last) / 2)
    qtbot.mouseMove(viewport, last)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)


@pytest.mark.parametrize("zoom", [2.0, 0.5])
def test_drawing_a_region_with_the_mouse_gives_image_pixels_at_any_zoom(qtbot, session, store, zoom):
    tab = open_tab(qtbot, session, IMAGE, store)
    view = tab.reader
    view.set_zoom(zoom)
    view.view.centerOn(200, 140)
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_R)
    assert view.draw_action.isChecked()
    drag(qtbot, view, QPointF(100, 80), QPointF(300, 200))
    [region] = store.for_item(session.archive.metadata.archive_id, IMAGE)
    assert region.kind == "region" and region.target.region == (100, 80, 200, 120)
    assert view.region_rects() == {region.id: (100.0, 80.0, 200.0, 120.0)}
    assert tab.sidebar.editor.annotation.id == region.id
    assert view.pixmap_item.pixmap().width() == 640  # the picture itself is untouched


def test_a_click_without_a_drag_makes_no_region_and_panning_returns_after_drawing(qtbot, session, store):
    tab = open_tab(qtbot, session, IMAGE, store)
    view = tab.reader
    view.draw_action.trigger()
    point = view.view.mapFromScene(QPointF(50, 50))
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert store.for_item(session.archive.metadata.archive_id, IMAGE) == []
    view.draw_action.trigger()
    assert view.view.dragMode() == view.view.DragMode.ScrollHandDrag


def test_regions_are_drawn_again_when_the_image_is_reopened(qtbot, session, store):
    target = Target(session.archive.metadata.archive_id, item_id=IMAGE,
                    item_sha256=session.archive.items.get(IMAGE).sha256, region=(10, 20, 30, 40))
    made = store.add(Annotation("", "region", target, colour="pink"))
    tab = open_tab(qtbot, session, IMAGE, store)
    assert tab.reader.region_rects() == {made.id: (10.0, 20.0, 30.0, 40.0)}
    assert tab.reveal_annotation(made.id)
    store.update(dataclasses.replace(made, colour="purple"))
    item = tab.reader._regions[made.id]
    assert item.brush().color().rgb() == colour_of("purple").rgb()


def test_note_on_the_whole_item_and_bookmark(qtbot, session, store):
    tab = open_tab(qtbot, session, REPORT, store)
    assert tab.annotator.add_note("   ") is not None  # a blank note is refused with a reason
    assert tab.annotator.add_note("Read with the 2022 edition") is None
    assert tab.annotator.bookmark() is True
    kinds = sorted(a.kind for a in store.for_item(session.archive.metadata.archive_id, REPORT))
    assert kinds == ["bookmark", "note"]
    assert tab.annotator.bookmark() is False
    assert [a.kind for a in tab.sidebar.annotations()] == ["note"]


def test_without_a_store_the_item_still_opens_and_says_why(qtbot, session, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    broken = StoreController(blocker / "store.sqlite")
    assert not broken.available and "Annotations are off" in broken.problem
    tab = open_tab(qtbot, session, REPORT, broken)
    messages = []
    tab.statusMessage.connect(messages.append)
    highlight(qtbot, tab, "Chen Quanguo")
    assert messages and messages[-1].startswith("Not saved:") and painted(tab) == {}
    assert broken.problem in tab.sidebar.summary.text()
