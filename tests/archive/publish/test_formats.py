"""The format registry and the per-file extraction: one module per input format, and extract_item a
pure function of (source, bytes, finder) that a build maps over its workers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from archive.publish import extract_report, formats, sources
from archive.publish.extract import ProcessedItem, extract_item
from archive.publish.formats import html, images, markdown, pdf, text
from archive.publish.mentions import MentionFinder

from tests.sources import make_image

FINDER = MentionFinder([("e-chen", "Chen Quanguo")])


def _source(name: str, sidecar: dict | None = None, folder: str = "reports") -> sources.SourceFile:
    # The path does not exist: extraction must not touch the file system.
    path = Path("/nonexistent") / folder / name
    return sources.SourceFile(f"{folder}/{path.stem}", path, f"{folder}/{name}", sidecar or {})


@pytest.mark.parametrize(("suffix", "module"), [
    (".pdf", pdf), (".HTML", html), (".htm", html), (".md", markdown), (".Markdown", markdown), (".txt", text),
    (".JPG", images), (".tiff", images), (".webp", images),
])
def test_registry_maps_a_suffix_to_its_module(suffix, module):
    assert formats.format_for(suffix) is module


def test_registry_reads_first_bytes_when_the_suffix_says_nothing():
    assert formats.format_for(".xyz") is None and formats.format_for("") is None
    assert formats.format_for("", b"%PDF-1.7\n") is pdf
    assert formats.format_for(".dat", b"\xff\xd8\xff\xe0") is images
    assert formats.format_for(".txt", b"%PDF-1.7") is text  # a known suffix wins
    from archive.publish.formats import photos

    assert formats.format_for("", b"\x00\x00\x00\x18ftypheic\x00\x00") is photos  # a phone photo named "IMG_1"
    assert formats.format_for(".bin", b"\x00\x00\x00\x1cftypavif\x00\x00") is photos
    assert formats.format_for("", b"RIFF\x10\x00\x00\x00WEBPVP8 ") is images


def test_every_format_has_the_same_interface():
    for module in formats.FORMATS:
        assert callable(module.extract)
        assert module.MEDIA_TYPES and all(s.startswith(".") and s == s.lower() for s in module.MEDIA_TYPES)
    assert {".pdf", ".html", ".htm", ".md", ".markdown", ".txt", ".jpg", ".png"} <= formats.suffixes()


def test_extract_report_dispatches_by_suffix_and_reads_unknown_ones_as_text():
    assert extract_report(b"# Title\n\nBody", ".MD").title == "Title"
    assert extract_report(b"<title>T</title><p>x</p>", ".htm").media_type == "text/html"
    fallback = extract_report(b"a\r\nb", ".log")
    assert (fallback.media_type, fallback.text) == ("text/plain", "a\nb")


def test_extract_item_is_pure_and_needs_no_file():
    source = _source("note.md", sidecar={"title": "A note"})
    data = "# Heading\n\nChen Quanguo signed it.".encode()
    first, second = extract_item(source, data, FINDER), extract_item(source, data, FINDER)
    assert isinstance(first, ProcessedItem) and first == second
    assert pickle.loads(pickle.dumps(first)) == first  # it crosses process boundaries
    item = first.rows["items"][0]
    assert (item["title"], item["media_type"], item["language"]) == ("A note", "text/markdown", "en")
    assert [m["entity_id"] for m in first.rows["mentions"]] == ["e-chen"]
    assert extract_item(source, data, MentionFinder([])).rows["mentions"] == []


def test_extract_item_reads_images(tmp_path):
    make_image(tmp_path / "scan.png", "PNG")
    data = (tmp_path / "scan.png").read_bytes()
    result = extract_item(_source("scan.png", {"caption": "Chen Quanguo at a meeting"}, "images"), data, FINDER)
    assert result.rows["items"][0]["media_type"] == "image/png"
    assert result.rows["thumbnails"][0]["media_type"] == "image/jpeg"
    assert [m["field"] for m in result.rows["mentions"]] == ["caption"]


def test_extract_item_keeps_what_it_cannot_read_with_the_reason():
    kept = extract_item(_source("scan.png", folder="images"), b"not an image", FINDER)
    assert kept.rows["items"][0]["kind"] == "file" and kept.rows["items"][0]["media_type"] == "image/png"
    assert kept.rows["item_files"][0]["outcome"] == "kept"
    assert "not an image in an accepted format" in kept.rows["item_files"][0]["reason"]
    assert kept.outcome.warnings and kept.outcome.warnings[0].startswith("kept as given")
    assert kept.data == b"not an image" and kept.rows["search_docs"][0]["doc_kind"] == "file"


def test_a_file_no_format_reads_is_kept_without_a_warning():
    kept = extract_item(_source("bundle.zip", folder="leak"), b"PK\x03\x04rest", FINDER)
    assert kept.outcome.kind == "file" and kept.outcome.media_type == "application/zip"
    assert "does not read the content of .zip files" in kept.outcome.reason and kept.outcome.warnings == ()
