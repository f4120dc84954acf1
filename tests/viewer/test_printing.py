"""File › Save Item as PDF (Ctrl+P): the report in front with the reader's highlights, their notes after
the text (unless locked) and the citation in every page's footer; a picture or a PDF as page images with
what the reader marked on them; tables and kept files are refused politely."""

from __future__ import annotations

import sqlite3

import pypdfium2 as pdfium
import pypdfium2.raw  # noqa: F401  (pdfium.raw)
from PySide6.QtCore import QSize

from ..helpers.viewer import select_words, settled


def _text(path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _open(qtbot, window, path, item_id):
    window.open_paths([path])
    settled(qtbot, window)
    window.store.set_author("Tester")
    return window.open_item(window.library.sessions[0], item_id)


def _highlight(tab, words: str) -> None:
    select_words(tab.reader, words)
    tab.reader.highlight_action.trigger()


def test_a_report_prints_with_its_highlight_note_and_citation_footer(qtbot, window, built, tmp_path):
    tab = _open(qtbot, window, built, "reports/assessment")
    _highlight(tab, "Chen Quanguo led the region")
    assert window.save_item_pdf(tmp_path / "out.pdf") == tmp_path / "out.pdf"
    pages = _text(tmp_path / "out.pdf")
    whole = "\n".join(pages)
    assert "Assessment summary" in whole and "Raphael Glucksmann" in whole
    assert "Your notes and highlights" in whole and "“Chen Quanguo led the region”" in whole
    sha = window.library.sessions[0].archive.items.get("reports/assessment").sha256
    assert all(sha in page.replace("\r", "").replace("\n", "") for page in pages)  # the footer, on every page
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Saved" in window.statusBar().currentMessage()


def test_locked_notes_are_not_printed(qtbot, window, built, tmp_path):
    tab = _open(qtbot, window, built, "reports/assessment")
    _highlight(tab, "Chen Quanguo led the region")
    window.store.enable_encryption("a long enough passphrase")
    window.store.lock()
    window.save_item_pdf(tmp_path / "locked.pdf")
    whole = "\n".join(_text(tmp_path / "locked.pdf"))
    assert "notes are locked" in whole and "Chen Quanguo led the region”" not in whole


def test_forged_title_prints_as_text_and_images_are_refused_politely(qtbot, window, archive_copy, tmp_path):
    with sqlite3.connect(archive_copy) as db:
        db.execute("UPDATE items SET title = '<b>Bold</b> title' WHERE id = 'reports/assessment'")
    db.close()
    tab = _open(qtbot, window, archive_copy, "reports/assessment")
    assert tab.printable
    window.save_item_pdf(tmp_path / "forged.pdf")
    assert "<b>Bold</b> title" in "\n".join(_text(tmp_path / "forged.pdf"))  # in the footer's citation, as text


def _image_objects(path) -> list[int]:
    """How many image objects each page of the PDF at `path` draws."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [sum(1 for obj in document[i].get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
                for i in range(len(document))]
    finally:
        document.close()


def test_a_picture_prints_as_shown_with_its_region_caption_and_footer(qtbot, window, built, tmp_path):
    tab = _open(qtbot, window, built, "images/map")
    assert tab.printable
    tab.reader.regionDrawn.emit(10, 10, 60, 40)  # a region note, as drawing one makes
    qtbot.waitUntil(lambda: len(tab.reader.region_rects()) == 1)
    page = tab.reader.printed_page(QSize(800, 800))
    assert not page.isNull() and max(page.width(), page.height()) == 800
    out = window.save_item_pdf(tmp_path / "map.pdf")
    pages = _text(out)
    assert _image_objects(out)[0] == 1  # the picture, regions painted into it
    whole = "\n".join(pages)
    assert "Schematic map of Kashgar (喀什)" in whole  # the caption, after the picture
    sha = window.library.sessions[0].archive.items.get("images/map").sha256
    assert all(sha in text.replace("\r", "").replace("\n", "") for text in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_a_pdf_prints_every_page_with_the_search_hits_and_footer(qtbot, window, built, tmp_path):
    window.open_paths([built])
    settled(qtbot, window)
    tab = window.open_item(window.library.sessions[0], "reports/sanctions", "kashgar")
    qtbot.waitUntil(lambda: tab.reader.hit_count() > 0)
    assert tab.printable and tab.reader.page_count() == 2
    out = window.save_item_pdf(tmp_path / "sanctions.pdf")
    assert _image_objects(out)[:2] == [1, 1]
    pages = _text(out)
    assert len(pages) == 2 and all("Page" in text for text in pages)
    # The hit is painted on page two's image: yellowish pixels where "Kashgar" is.
    image = tab.reader.printed_page(1, QSize(600, 800))
    plain = tab.reader.document.render(1, image.size())
    assert any(image.pixelColor(x, y) != plain.pixelColor(x, y) and image.pixelColor(x, y).red() > 200
               and image.pixelColor(x, y).blue() < 200 for x in range(0, image.width(), 3)
               for y in range(0, image.height() // 3, 3))


def test_a_table_is_refused_politely(qtbot, window, sample_path, tmp_path):
    tab = _open(qtbot, window, sample_path, "tables/sanctions-designations")
    assert not tab.printable and window.save_item_pdf(tmp_path / "table.pdf") is None
    assert "Tables and files kept as given" in window.statusBar().currentMessage()
    assert not (tmp_path / "table.pdf").exists()
