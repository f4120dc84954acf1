"""Hits on machine-read pictures painted over the words; F3 steps through them; the recognised text beside."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from tests.helpers.ocrarchive import PHOTO_ID, PHOTO_OCR_SIZE, PHOTO_SIZE, PHOTO_TEXT, add_ocr_page, \
    make_ocr_archive, word_boxes
from viewer.readers.image import ImageView

TWICE = "Kashgar notice: see Kashgar camp"


@pytest.fixture(scope="module")
def ocr_archive(tmp_path_factory):
    return make_ocr_archive(tmp_path_factory.mktemp("ocr-image"))


@pytest.fixture
def session(ocr_archive, open_session):
    return open_session(ocr_archive)


@pytest.fixture
def view(qtbot):
    widget = ImageView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def stored_box(text: str, word: str, nth: int = 0) -> QRectF:
    """The stored box (OCR pixels) of the `nth` `word` in `text`, as word_boxes laid it out."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next(QRectF(*b[2:6]) for b in word_boxes(text) if b[0] <= start < b[1])


def in_scene(box: QRectF) -> QRectF:
    sx, sy = PHOTO_SIZE[0] / PHOTO_OCR_SIZE[0], PHOTO_SIZE[1] / PHOTO_OCR_SIZE[1]
    return QRectF(box.x() * sx, box.y() * sy, box.width() * sx, box.height() * sy)


def near(a: QRectF, b: QRectF) -> bool:
    return all(abs(x - y) <= 0.5 for x, y in zip(a.getRect(), b.getRect()))


def test_query_hits_cover_the_stored_boxes_scaled_to_the_picture(view, session):
    view.show_item(session, PHOTO_ID, "kashgar")
    assert [page for page, _ in view.hits()] == [1] and view.current_hit() == 0
    (boxes,) = view.hit_rects()
    assert len(boxes) == 1 and near(boxes[0], in_scene(stored_box(PHOTO_TEXT, "Kashgar")))
    view.show_item(session, PHOTO_ID, "education centre")  # a new query; adjacent words: one hit
    (boxes,) = view.hit_rects()
    assert len(boxes) == 2 and near(boxes[1], in_scene(stored_box(PHOTO_TEXT, "centre")))
    view.show_item(session, PHOTO_ID)
    assert view.hits() == [] and view.hit_rects() == []


def test_f3_steps_between_hits_and_esc_clears(view, tmp_path, qtbot, open_session):
    path = make_ocr_archive(tmp_path)
    add_ocr_page(path, PHOTO_ID, 1, PHOTO_OCR_SIZE, TWICE)
    opened = open_session(path)
    view.show_item(opened, PHOTO_ID, "kashgar")
    assert len(view.hit_rects()) == 2 and view.current_hit() == 0
    pens = lambda: [view._painted._items[i][0].pen().width() for i in range(2)]  # noqa: E731
    assert pens() == [3, 1]
    view.set_zoom(8)
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_F3)
    assert view.current_hit() == 1 and pens() == [1, 3]
    centre = view.view.mapToScene(view.view.viewport().rect().center())
    assert view.hit_rects()[1][0].adjusted(-5, -5, 5, 5).contains(centre)  # centred in the view
    assert near(view.hit_rects()[1][0], in_scene(stored_box(TWICE, "Kashgar", 1)))
    view.next_hit()
    assert view.current_hit() == 0  # wraps around
    qtbot.keyClick(view.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_hit() == 1
    qtbot.keyClick(view.view, Qt.Key.Key_Escape)
    assert view.hits() == [] and view.hit_rects() == []


def test_recognised_text_toggle_shows_the_text_and_marks_words_as_region(view, session, qtbot):
    view.show_item(session, PHOTO_ID)
    assert view.ocr_action.isVisible() and not view.ocr_text.isVisible()
    view.ocr_action.trigger()
    assert view.ocr_text.isVisible() and view.ocr_text.isReadOnly()
    assert view.ocr_text.toPlainText() == PHOTO_TEXT
    cursor = view.ocr_text.textCursor()
    cursor.setPosition(PHOTO_TEXT.index("Kashgar"))
    cursor.setPosition(PHOTO_TEXT.index("centre") + 6, cursor.MoveMode.KeepAnchor)
    view.ocr_text.setTextCursor(cursor)
    with qtbot.waitSignal(view.regionDrawn) as blocker:
        view.mark_selected_words()
    first, last = in_scene(stored_box(PHOTO_TEXT, "Kashgar")), in_scene(stored_box(PHOTO_TEXT, "centre"))
    assert near(QRectF(*blocker.args), first.united(last))
    view.ocr_action.trigger()
    assert not view.ocr_text.isVisible()


def test_a_picture_without_ocr_has_no_ocr_tools(view, tmp_path, qtbot, open_session):
    path = make_ocr_archive(tmp_path)
    import sqlite3
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM ocr_pages WHERE item_id = ?", (PHOTO_ID,))
    db.close()
    opened = open_session(path)
    view.show_item(opened, PHOTO_ID, "kashgar")
    assert not view.ocr_action.isVisible() and view.hits() == [] and view.message() is None


def test_forged_ocr_row_does_not_crash_and_shows_plain_text(view, tmp_path, open_session):
    path = make_ocr_archive(tmp_path)
    text = "<b>Kashgar</b> <img src=x> Kashgar"
    absurd = [[0, 14, -5000, -5000, 10**9, 10**9, 50.0], [15, 25, 10, 10, -40, -40, 1.0],
              [26, 33, 10, 10, 30, 20, 1e308], [-7, 10**12, 5, 5, 5, 5, 1.0]]
    add_ocr_page(path, PHOTO_ID, 1, PHOTO_OCR_SIZE, text, words=absurd)
    add_ocr_page(path, PHOTO_ID, 7, (-5, 0), text)  # a page the picture does not have, of no size
    opened = open_session(path)
    view.show_item(opened, PHOTO_ID, "kashgar")
    picture = QRectF(0, 0, *PHOTO_SIZE).adjusted(-0.5, -0.5, 0.5, 0.5)
    rects = [box for boxes in view.hit_rects() for box in boxes]
    assert rects and all(not box.isEmpty() and picture.contains(box) for box in rects)
    view.ocr_action.trigger()
    assert view.ocr_text.toPlainText() == text  # shown as text, never as markup
    view.next_hit()
    view.grab()  # paints without raising
    view.show_item(opened, PHOTO_ID, "(unbalanced")  # not a valid query: found as typed, no crash
