"""Highlights on an item that no longer matches its signature: anchored where they are on screen, and the
reason named (the item changed), not "not found in the text"."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from archive import open_archive, sign_sample, verify_path
from archive.store import Annotation, Target
from viewer.annotations.annotator import NOT_FOUND, TAMPERED
from viewer.library.sessions import ArchiveSession

from ..archive.signing.test_verify import edit
from .test_annotations import IMAGE, REPORT, open_tab
from .test_metadata import tamper_thumbnail

QUOTES = ("Chen Quanguo led the region", "Raphael Glucksmann")


@pytest.fixture
def signed(built, tmp_path):
    """A signed copy of the test archive, which the test may then forge."""
    path = tmp_path / "signed.casefile"
    shutil.copyfile(built, path)
    sign_sample(path)
    return path


def make_highlights(path, store) -> dict[str, str]:
    """Highlights on the untouched report, as the reader made them: quote → annotation id."""
    with open_archive(path) as archive:
        text, item = archive.items.text(REPORT), archive.items.get(REPORT)
        made = {}
        for quote in QUOTES:
            start = text.index(quote)
            target = Target(archive.metadata.archive_id, item_id=REPORT, item_sha256=item.sha256, exact=quote,
                            prefix=text[max(0, start - 32):start], suffix=text[start + len(quote):][:32],
                            start=start, end=start + len(quote))
            made[quote] = store.add(Annotation("", "text", target)).id
    return made


def open_report(qtbot, path, store):
    session = ArchiveSession(open_archive(path))
    tab = open_tab(qtbot, session, REPORT, store)
    return session, tab


def painted_quotes(tab) -> set[str]:
    return {s.cursor.selectedText() for s in tab.reader.browser.extraSelections()}


@pytest.mark.parametrize("forgery", [
    # The stored text loses the quote; the page shown (the markup) still has it.
    ("UPDATE items SET text = replace(text, 'Chen Quanguo led', 'Someone led') WHERE id = ?", (REPORT,)),
    # The markup gains words before both quotes: the shown text no longer lines up with the stored text.
    ("UPDATE items SET html = replace(html, '<p>Chen', '<p>Forged words. Chen') WHERE id = ?", (REPORT,)),
])
def test_highlights_on_a_tampered_item_are_painted_where_shown_and_say_the_item_changed(
        qtbot, signed, store, forgery):
    made = make_highlights(signed, store)
    edit(signed, forgery)
    session, tab = open_report(qtbot, signed, store)
    try:
        assert session.item_failed_verification(REPORT) and tab.banner.alarm
        assert painted_quotes(tab) == set(QUOTES)
        for annotation_id in made.values():
            flag = tab.sidebar.model.flag(annotation_id)
            assert flag == TAMPERED and NOT_FOUND not in flag
        shown = tab.reader.browser.document().toRawText()
        for s in tab.reader.browser.extraSelections():
            assert shown[s.cursor.selectionStart():s.cursor.selectionEnd()] == s.cursor.selectedText()
    finally:
        tab.close()
        session.close()


def test_a_quote_gone_from_the_shown_text_of_a_tampered_item_says_both(qtbot, signed, store):
    made = make_highlights(signed, store)
    edit(signed, ("UPDATE items SET html = replace(html, 'Raphael', 'R.') WHERE id = ?", (REPORT,)))
    session, tab = open_report(qtbot, signed, store)
    try:
        assert painted_quotes(tab) == {QUOTES[0]}
        assert tab.sidebar.model.flag(made[QUOTES[0]]) == TAMPERED
        lost = tab.sidebar.model.flag(made[QUOTES[1]])
        assert TAMPERED in lost and NOT_FOUND in lost
    finally:
        tab.close()
        session.close()


def test_an_untouched_signed_item_has_no_flags(qtbot, signed, store):
    made = make_highlights(signed, store)
    session, tab = open_report(qtbot, signed, store)
    try:
        assert not session.item_failed_verification(REPORT)
        assert painted_quotes(tab) == set(QUOTES)
        assert not any(tab.sidebar.model.flag(annotation_id) for annotation_id in made.values())
    finally:
        tab.close()
        session.close()


def test_a_full_verification_naming_the_item_later_flags_its_highlights(qtbot, signed, store):
    made = make_highlights(signed, store)
    session, tab = open_report(qtbot, signed, store)
    try:
        assert not any(tab.sidebar.model.flag(annotation_id) for annotation_id in made.values())
        # As if the background verification, ending after the item opened, had found it forged.
        session.report = dataclasses.replace(verify_path(signed), failing_items=[REPORT])
        session.verificationChanged.emit()
        assert all(tab.sidebar.model.flag(annotation_id) == TAMPERED for annotation_id in made.values())
        assert painted_quotes(tab) == set(QUOTES)
    finally:
        tab.close()
        session.close()


def test_a_region_on_a_tampered_image_is_drawn_and_says_the_item_changed(qtbot, signed, store):
    with open_archive(signed) as archive:
        target = Target(archive.metadata.archive_id, item_id=IMAGE, item_sha256=archive.items.get(IMAGE).sha256,
                        region=(10, 10, 50, 40))
    region = store.add(Annotation("", "region", target))
    note = store.add(Annotation("", "note", dataclasses.replace(target, region=None), note="about the whole image"))
    tamper_thumbnail(signed, IMAGE)
    session = ArchiveSession(open_archive(signed))
    tab = open_tab(qtbot, session, IMAGE, store)
    try:
        assert session.item_failed_verification(IMAGE)
        assert tab.sidebar.model.flag(region.id) == TAMPERED and region.id in tab.reader.region_rects()
        assert not tab.sidebar.model.flag(note.id)  # a note on the whole item points at nothing in it
    finally:
        tab.close()
        session.close()
