"""Markdown reports: CommonMark plus tables through markdown-it-py, raw HTML off, then the sanitiser."""

from __future__ import annotations

from markdown_it import MarkdownIt

from ...htmlsafe import sanitize_html
from .base import ExtractedReport, decode_text_as, encoding_details

MEDIA_TYPES = {".md": "text/markdown", ".markdown": "text/markdown"}


def extract(data: bytes) -> ExtractedReport:
    """Title, plain text and safe markup of a Markdown report; raises ExtractionError."""
    text, encoding = decode_text_as(data)
    rendered = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    clean = sanitize_html(rendered)
    return ExtractedReport("text/markdown", clean.title, clean.text, clean.html, (),
                           details=encoding_details(encoding))
