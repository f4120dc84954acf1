"""HTML reports: decoded (UTF-8, else the declared charset) and passed through the sanitiser."""

from __future__ import annotations

from ...htmlsafe import sanitize_html
from .base import ExtractedReport, decode_text_as, encoding_details

MEDIA_TYPES = {".html": "text/html", ".htm": "text/html"}


def extract(data: bytes) -> ExtractedReport:
    """Title, plain text and safe markup of an HTML report; raises ExtractionError."""
    text, encoding = decode_text_as(data, sniff_meta=True)
    clean = sanitize_html(text)
    return ExtractedReport("text/html", clean.title, clean.text, clean.html, (), details=encoding_details(encoding))
