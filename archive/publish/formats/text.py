"""Plain-text reports: UTF-8, line endings made \\n, shown as escaped preformatted markup."""

from __future__ import annotations

from ...htmlsafe import plain_text_to_html
from .base import ExtractedReport, decode_text

KIND = "report"
MEDIA_TYPES = {".txt": "text/plain"}


def extract(data: bytes) -> ExtractedReport:
    """The text and its display markup; raises ExtractionError for text that is not UTF-8."""
    body = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    return ExtractedReport("text/plain", None, body, plain_text_to_html(body), ())
