"""HTML reports: decoded (UTF-8, else the declared charset) and passed through the sanitiser."""

from __future__ import annotations

from ...htmlsafe import sanitize_html
from .base import ExtractedReport, decode_text

KIND = "report"
MEDIA_TYPES = {".html": "text/html", ".htm": "text/html"}


def extract(data: bytes) -> ExtractedReport:
    """Title, plain text and safe markup of an HTML report; raises ExtractionError."""
    clean = sanitize_html(decode_text(data, sniff_meta=True))
    return ExtractedReport("text/html", clean.title, clean.text, clean.html, ())
