"""Hits on machine-read pages painted where OCR found the words; the recognised text shown beside them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from tests.helpers.ocrarchive import (PDF_ID, PHOTO_ID, SCAN_SIZE, SCAN_TEXT, add_ocr_page, make_ocr_archive,
                                      word_boxes)
from viewer.readers.pdf import PdfView


@pytest.fixture(scope="module")
def ocr_archive(tmp_path_factory):
    return make_ocr_archive(tmp_path_factory.mktemp("ocr"))


@pytest.fixture
def ocr_session(ocr_archive, open_session):
    return open_session(ocr_archive)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def box_of(text: str, word: str) -> QRectF:
    """The stored box of `word` in `text` (as word_boxes laid it out), in OCR pixels."""
    start = text.index(word)
    return next(QRectF(*b[2:6]) for b in word_boxes(text) if b[0] <= start < b[1])


def near(a: QRectF, b: QRectF) -> bool:
    return all(abs(x - y) <= 1.5 for x, y in zip(a.getRect(), b.getRect()))


def test_pdf_hit_on_scanned_page_covers_the_word_box(qtbot, ocr_session):
    view = shown(qtbot, PdfView())
    view.show_item(ocr_session, PDF_ID, "detention")
    qtbot.waitUntil(lambda: view.current_hit() == 0)
    assert view.current_page() == 1 and view.hits()[0].span == (0, 9)
    page = view.page_rects()[1]
    expected = box_of(SCAN_TEXT, "Detention")
    sx, sy = page.width() / SCAN_SIZE[0], page.height() / SCAN_SIZE[1]
    scaled = QRectF(page.x() + expected.x() * sx, page.y() + expected.y() * sy, expected.width() * sx,
                    expected.height() * sy)
    assert near(view.hit_rects()[0][0], scaled)


def test_pdf_phrase_and_chinese_cover_consecutive_words(qtbot, ocr_session):
    view = shown(qtbot, PdfView())
    view.show_item(ocr_session, PDF_ID)
    view.find("order kashgar")
    ocr = [hit for hit in view.hits() if hit.span]
    assert len(ocr) == 1 and len(ocr[0].boxes) == 2
    view.find("全国")
    ocr = [hit for hit in view.hits() if hit.span]
    assert len(ocr) == 1 and len(ocr[0].boxes) == 1


def test_f3_steps_from_text_layer_to_scanned_page(qtbot, ocr_session):
    view = shown(qtbot, PdfView())
    view.show_item(ocr_session, PDF_ID, "kashgar")
    qtbot.waitUntil(lambda: view.hit_count() == 2 and view.current_hit() == 0)
    assert view.hits()[0].page == 0 and view.hits()[0].result == 0
    view.next_hit()
    assert view.current_hit() == 1 and view.current_page() == 1 and view.hits()[1].span is not None
    assert view.find_bar.counter.text() == "2 of 2"
    rect = view.hit_rects()[1][0]
    assert 0 <= rect.top() < view.view.viewport().height()  # scrolled into view
    view.previous_hit()
    assert view.current_hit() == 0 and view.current_page() == 0


def test_highlight_of_an_ocr_hit_anchors_in_the_item_text(qtbot, ocr_session):
    view = shown(qtbot, PdfView())
    view.show_item(ocr_session, PDF_ID, "camp")
    qtbot.waitUntil(lambda: view.hit_count() >= 1)
    index = next(i for i, hit in enumerate(view.hits()) if hit.span)
    page, start, end, quote = view.hit_anchor(index)
    text = ocr_session.archive.items.text(PDF_ID)
    assert page == 2 and quote == "camp" and text[start:end] == "camp"


def test_recognised_text_toggle_shows_the_page_text(qtbot, ocr_session):
    view = shown(qtbot, PdfView())
    view.show_item(ocr_session, PDF_ID)
    assert view.ocr_action.isVisible() and not view.ocr_text.isVisible()
    view.ocr_action.trigger()
    assert view.ocr_text.isVisible() and view.ocr_text.toPlainText() == ""  # page 1 has a text layer
    view.go_to_page(1)
    assert view.ocr_text.toPlainText() == SCAN_TEXT and view.ocr_text.isReadOnly()
    with qtbot.waitSignal(view.highlightRequested) as blocker:
        cursor = view.ocr_text.textCursor()
        cursor.setPosition(SCAN_TEXT.index("Kashgar"))
        cursor.setPosition(SCAN_TEXT.index("Kashgar") + 7, cursor.MoveMode.KeepAnchor)
        view.ocr_text.setTextCursor(cursor)
        view._request_highlight()
    page, start, end, quote = blocker.args
    assert page == 2 and quote == "Kashgar" and ocr_session.archive.items.text(PDF_ID)[start:end] == "Kashgar"
    view.ocr_action.trigger()
    assert not view.ocr_text.isVisible()


def test_forged_ocr_rows_do_not_crash_or_render(qtbot, tmp_path, open_session):
    path = make_ocr_archive(tmp_path)
    text = "<b>Kashgar</b> <img src=x> Kashgar"
    absurd = [[0, 14, -5000, -5000, 10**9, 10**9, 50.0], [15, 25, 10, 10, -40, -40, 1.0],
              [26, 33, 10, 10, 30, 20, 1e308]]
    add_ocr_page(path, PDF_ID, 2, SCAN_SIZE, text, words=absurd)
    add_ocr_page(path, PDF_ID, 99, SCAN_SIZE, text)  # a page the PDF does not have
    add_ocr_page(path, PHOTO_ID, 1, (-5, 0), text)
    session = open_session(path)
    view = shown(qtbot, PdfView())
    view.show_item(session, PDF_ID, "kashgar")
    qtbot.waitUntil(lambda: view.hit_count() >= 2)
    page = view.page_rects()[1].adjusted(-1, -1, 1, 1)
    ocr = [boxes for hit, boxes in zip(view.hits(), view.hit_rects()) if hit.span]
    assert ocr and all(not box.isEmpty() and page.contains(box) for boxes in ocr for box in boxes)
    view.go_to_page(1)
    view.ocr_action.trigger()
    assert view.ocr_text.toPlainText() == text  # shown as text, never as markup
    view.grab()  # paints without raising


def test_details_say_the_text_is_machine_read(qtbot, ocr_session):
    from viewer.metadata import ItemMetadataPanel

    panel = ItemMetadataPanel()
    qtbot.addWidget(panel)
    panel.show_item(ocr_session, PDF_ID)
    assert panel.ocr.text().replace("\u2068", "").replace("\u2069", "") == "Machine-read text (OCR): Tesseract 5.3.0, eng+chi_sim, mean confidence 91%, 1 of 2 pages"
    assert panel._form.isRowVisible(panel.ocr)
    panel.show_item(ocr_session, PHOTO_ID)
    assert "\u2069, mean confidence 91%, 1 of 1 pages" in panel.ocr.text()
