"""File › Save Item as PDF (Ctrl+P): the report in front with the reader's highlights, their notes after
the text (unless locked) and the citation in every page's footer; other items are refused politely."""

from __future__ import annotations

import sqlite3

import pypdfium2 as pdfium
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
    image = window.open_item(window.library.sessions[0], "images/map")
    assert not image.printable and window.save_item_pdf(tmp_path / "image.pdf") is None
    assert "Open a report or an email first" in window.statusBar().currentMessage()
    assert not (tmp_path / "image.pdf").exists()
