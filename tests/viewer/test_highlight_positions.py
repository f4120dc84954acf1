"""What a highlight made in the report reader records: the words selected on screen, at code-point offsets
in the item's text (the text README documents for TextPositionSelector), whatever precedes them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from archive import open_archive
from archive.publish import build_archive
from viewer.library.sessions import ArchiveSession
from viewer.readers.textmap import align, span_in_document, span_in_text

from ..archive.store.test_positions import MARKDOWN, QUOTES, REPORT, selectors
from ..sources import make_source
from .test_annotations import open_tab


@pytest.fixture
def markdown_session(tmp_path):
    source = make_source(tmp_path / "source")
    (source / "reports" / "assessment.md").write_text(MARKDOWN, encoding="utf-8")
    build_archive(source, tmp_path / "markdown.casefile", strict=True)
    session = ArchiveSession(open_archive(tmp_path / "markdown.casefile"))
    yield session
    session.close()


def highlight_on_screen(qtbot, tab, words: str) -> None:
    """Select `words` where the document shows them (the last occurrence) and press Ctrl+H."""
    browser = tab.reader.browser
    browser.setTextCursor(browser.document().find(words, browser.document().characterCount(),
                                                  browser.document().FindFlag.FindBackward))
    assert browser.textCursor().selectedText() == words
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)


def test_markdown_highlights_export_positions_that_give_their_quote_in_the_items_text(
        qtbot, markdown_session, store, tmp_path):
    tab = open_tab(qtbot, markdown_session, REPORT, store)
    for words in QUOTES:
        highlight_on_screen(qtbot, tab, words)
    painted = sorted(s.cursor.selectedText() for s in tab.reader.browser.extraSelections())
    assert painted == sorted(QUOTES)
    archive_id = markdown_session.archive.metadata.archive_id
    assert store.export_w3c(archive_id, tmp_path / "notes.jsonld") == len(QUOTES)
    text = markdown_session.archive.items.text(REPORT)
    exported = json.loads((tmp_path / "notes.jsonld").read_text(encoding="utf-8"))
    for annotation in exported["first"]["items"]:
        chosen = selectors(annotation)
        start, end = chosen["TextPositionSelector"]["start"], chosen["TextPositionSelector"]["end"]
        assert text[start:end] == chosen["TextQuoteSelector"]["exact"]
    # "Chen Quanguo" was selected in the table, its second occurrence, after two characters outside the BMP.
    chen = next(a for a in store.for_item(archive_id, REPORT) if a.target.exact == "Chen Quanguo")
    assert chen.target.start == text.rindex("Chen Quanguo")


def test_document_positions_count_utf16_units_after_characters_outside_the_bmp():
    text = "a😀b\nChen 𠮷"
    document = "a😀b\u2029Chen 𠮷"
    positions = align(text, document)
    assert positions == [0, 1, 3, 4, 5, 6, 7, 8, 9, 10]
    assert span_in_document(text, positions, 4, 8) == (5, 9)  # "Chen", one unit on for the 😀
    assert span_in_document(text, positions, 9, 10) == (10, 12)  # 𠮷 takes two units
    assert span_in_text(positions, 5, 9) == (4, 8) and span_in_text(positions, 10, 12) == (9, 10)


def test_find_hits_are_painted_on_their_words_after_characters_outside_the_bmp(qtbot, markdown_session, store):
    """The find bar's hits, like highlights, land on the words found, after 😀 and 𠮷 too."""
    tab = open_tab(qtbot, markdown_session, REPORT, store)
    assert tab.reader.find("XPCC") == 2
    cursor = tab.reader.browser.textCursor()
    for start, end in tab.reader.hits():
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "XPCC"


def test_document_spans_shift_past_characters_outside_the_bmp():
    from viewer.readers.textmap import document_spans

    assert document_spans("abc", [(0, 1)]) == [(0, 1)]
    assert document_spans("😀ab𠮷c", [(1, 3), (4, 5)]) == [(2, 4), (6, 7)]
