"""A report's bytes to display markup, plain text and (for PDFs) per-page text, by file suffix; and
the language guess used when a sidecar names none. The formats themselves live in `formats/`."""

from __future__ import annotations

from . import formats
from .formats import text
from .formats.base import ExtractedReport, ExtractionError

__all__ = ["ExtractedReport", "ExtractionError", "extract_report", "guess_language"]


def extract_report(data: bytes, suffix: str) -> ExtractedReport:
    """Extract a report according to its file suffix (an unknown one is read as plain text); raise
    ExtractionError for unusable files."""
    return (formats.format_for(suffix) or text).extract(data)


def guess_language(text: str) -> str | None:
    """A script-based guess used when the sidecar gives no language: zh, ug or en."""
    sample = text[:5000]
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if not han + arabic + latin:
        return None
    winner = max((han, "zh"), (arabic, "ug"), (latin, "en"))
    return winner[1]
