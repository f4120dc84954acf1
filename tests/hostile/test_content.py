"""Hostile images, HTML and PDFs at the library level: the sanitiser, the image decoder and the builder.

A publisher's own build must refuse or neutralise them too (the builder is the first reader of a
source folder someone else assembled); the viewer's side is in test_gui.py.
"""

from __future__ import annotations

import re

import pytest

from archive import open_archive
from archive.publish import build_archive
from archive.htmlsafe import sanitize_html
from archive.imaging import MAX_EXIF_ENTRIES, MAX_EXIF_VALUE, ImageRejected, inspect_image

from ..sources import make_source
from . import corpus
from .conftest import within

IMAGES = {
    "img-bomb-10000": "refused as a decompression bomb",
    "img-bomb-20000": "refused as a decompression bomb",
    "img-eps-as-png": "not an image in an accepted format",
    "img-truncated-jpeg": "damaged image",
    "img-huge-exif": None,
}
# Anything that could load a resource or run code, as it would appear in sanitised markup.
UNSAFE = re.compile(r"<(script|style|iframe|object|link|base|meta)|\s(on\w+|style|srcset)=|"
                    r"(src|href)=\"(?!archive:|https?://|mailto:|#)|src=\"https?:|javascript:|vbscript:|data:|"
                    r"file:|url\(", re.I)
HTML_CHECKS = {
    "html-remote-img": ("[image removed: pixel]", "remote image"),
    "html-remote-link": ("Body text", "link element"),
    "html-css-url": ("Styled paragraph", "style attribute"),
    "html-dev-zero": ("[image removed: zero]", "local file image"),
    "html-nested-tables": ("deep cell", "tables nested deeper than 8 flattened"),
    "html-10mb-line": ("evidence evidence", "input truncated to 5,000,000 characters"),
    "html-script": ("Visible", "script element"),
    "html-javascript-links": ("one two three four five six", "javascript: link"),
}


def test_every_image_and_html_case_is_tested():
    assert set(IMAGES) == {c.id for c in corpus.cases("image")}
    assert set(HTML_CHECKS) == {c.id for c in corpus.cases("html")}


@pytest.mark.parametrize("case_id", IMAGES)
def test_image_is_refused_or_capped(case_id):
    data = corpus.MAKERS[case_id]()
    with within(3.0):
        if IMAGES[case_id] is None:
            facts = inspect_image(data)
        else:
            with pytest.raises(ImageRejected, match=IMAGES[case_id]):
                inspect_image(data)
            return
    assert (facts.width, facts.height) == (64, 64)
    assert len(facts.exif) == MAX_EXIF_ENTRIES
    assert max(len(value) for value in facts.exif.values()) == MAX_EXIF_VALUE
    assert facts.exif["ImageDescription"] == "D" * MAX_EXIF_VALUE


@pytest.mark.parametrize("case_id", HTML_CHECKS)
def test_html_is_neutralised(case_id):
    shown, note = HTML_CHECKS[case_id]
    with within(5.0):
        result = sanitize_html(corpus.MAKERS[case_id]())
    assert UNSAFE.search(result.html) is None, UNSAFE.search(result.html)
    assert shown in result.text
    assert any(note in removed for removed in result.removed), result.removed
    assert "alert" not in result.text and "fetch(" not in result.text
    assert result.links == ()


def test_a_source_folder_of_hostile_files_builds_safely(tmp_path):
    """The builder keeps what it cannot read safely as given (never decoded), naming each file and why, and
    neutralises the rest."""
    source = make_source(tmp_path / "source")
    for item in corpus.CASES.values():
        make = corpus.MAKERS.get(item.id)
        if item.group == "image":
            suffix = ".jpg" if item.id == "img-truncated-jpeg" else ".png"
            (source / "images" / f"{item.id}{suffix}").write_bytes(make())
        elif item.group == "html" and item.id != "html-10mb-line":  # 10 MB of text is a slow index, not a risk
            (source / "reports" / f"{item.id}.html").write_text(make(), encoding="utf-8")
        elif item.group == "pdf":
            (source / "reports" / f"{item.id}.pdf").write_bytes(make())
    out = tmp_path / "hostile.casefile"
    with within(60.0):
        report = build_archive(source, out, strict=False)
    problems = {warning.split(":")[0].split("/")[-1]: warning for warning in report.warnings}
    # 100 Mpx is a large scan to a publisher (issue 18): it goes in with a downsampled view; 400 Mpx does not.
    for name, reason in [("img-bomb-20000.png", "decompression bomb"),
                         ("img-eps-as-png.png", "not an image"), ("img-truncated-jpeg.jpg", "damaged"),
                         ("pdf-garbage.pdf", ""), ("pdf-encrypted.pdf", "")]:
        assert name in problems and reason in problems[name] and "kept as given" in problems[name], (name, problems)
    with open_archive(out) as archive:
        ids = set(archive.items.ids())
        assert archive.items.get("images/img-bomb-20000").kind == "file"  # stored, never decoded
        assert {"images/img-huge-exif", "reports/pdf-javascript", "reports/pdf-uri-action",
                "reports/pdf-huge-page"} <= ids
        for item_id in ids:
            html = archive.items.html(item_id)
            assert html is None or UNSAFE.search(html) is None, (item_id, UNSAFE.search(html or ""))
        assert len(archive.items.image_info("images/img-huge-exif").exif) <= MAX_EXIF_ENTRIES
        assert [r.page_no for r in archive.items.renditions("images/img-bomb-10000")] == [1]
