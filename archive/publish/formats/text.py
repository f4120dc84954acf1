"""Plain-text reports: any encoding (recorded in the details unless UTF-8), line endings made \\n,
shown as escaped preformatted markup."""

from __future__ import annotations

from ...htmlsafe import plain_text_to_html
from .base import ExtractedReport, decode_text_as, encoding_details

MEDIA_TYPES = {".txt": "text/plain"}


def extract(data: bytes) -> ExtractedReport:
    """The text and its display markup; raises ExtractionError for bytes that are not text."""
    text, encoding = decode_text_as(data)
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    return ExtractedReport("text/plain", None, body, plain_text_to_html(body), (),
                           details=encoding_details(encoding))
