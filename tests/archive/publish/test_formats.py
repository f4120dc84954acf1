"""The format registry and the per-file extraction: one module per input format, and extract_item a
pure function of (source, bytes, finder) that a build maps over its workers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from archive.errors import SourceError
from archive.publish import extract_report, formats, sources
from archive.publish.extract import ProcessedItem, extract_item
from archive.publish.formats import html, images, markdown, pdf, text
from archive.publish.mentions import MentionFinder

from tests.sources import make_image

FINDER = MentionFinder([("e-chen", "Chen Quanguo")])


def _source(name: str, kind: str = "report", sidecar: dict | None = None) -> sources.SourceFile:
    # The path does not exist: extraction must not touch the file system.
    folder = "reports" if kind == "report" else "images"
    path = Path("/nonexistent") / folder / name
    return sources.SourceFile(f"{folder}/{path.stem}", kind, path, f"{folder}/{name}", sidecar or {})


@pytest.mark.parametrize(("suffix", "kind", "module"), [
    (".pdf", "report", pdf), (".HTML", "report", html), (".htm", "report", html), (".md", "report", markdown),
    (".Markdown", "report", markdown), (".txt", "report", text), (".JPG", "image", images),
    (".tiff", "image", images), (".webp", "image", images),
])
def test_registry_maps_suffix_and_kind_to_its_module(suffix, kind, module):
    assert formats.format_for(suffix, kind) is module


def test_registry_refuses_unknown_suffixes_and_the_wrong_folder():
    assert formats.format_for(".docx", "report") is None
    assert formats.format_for(".png", "report") is None  # an image in reports/ is not a report
    assert formats.format_for(".txt", "image") is None


def test_every_format_has_the_same_interface_and_discovery_uses_them():
    for module in formats.FORMATS:
        assert module.KIND in ("report", "image") and callable(module.extract)
        assert module.MEDIA_TYPES and all(s.startswith(".") and s == s.lower() for s in module.MEDIA_TYPES)
    assert sources.REPORT_SUFFIXES == {".pdf", ".html", ".htm", ".md", ".markdown", ".txt"}
    assert sources.IMAGE_SUFFIXES == {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}


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
    result = extract_item(_source("scan.png", "image", {"caption": "Chen Quanguo at a meeting"}), data, FINDER)
    assert result.rows["items"][0]["media_type"] == "image/png"
    assert result.rows["thumbnails"][0]["media_type"] == "image/jpeg"
    assert [m["field"] for m in result.rows["mentions"]] == ["caption"]


def test_extract_item_returns_problems_as_values():
    problem = extract_item(_source("bad.txt"), b"caf\xe9", FINDER)
    assert isinstance(problem, SourceError) and "not UTF-8" in str(problem)
    assert isinstance(extract_item(_source("scan.png", "image"), b"not an image", FINDER), SourceError)
