"""PDF reports: per-page text through pypdf.

pypdf is pure Python, so nothing native has to be frozen into the app or trusted with hostile input,
and its per-page `extract_text()` is all Casefile needs (pdfplumber adds layout analysis on top of
pdfminer.six that we would not use, at several times the cost).
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .base import ExtractedReport, ExtractionError

MEDIA_TYPES = {".pdf": "application/pdf"}
MAX_PDF_PAGES = 5_000
PAGE_SEPARATOR = "\f"


def extract(data: bytes) -> ExtractedReport:
    """The text of every page (joined by form feeds, with each page's offset) and the PDF's title;
    raises ExtractionError for password-protected, empty, oversized or unreadable PDFs (one encrypted
    with an empty user password opens, as every PDF viewer opens it, and says so in its details)."""
    reader = _open(data)
    pages, offset = [], 0
    for number in range(len(reader.pages)):
        page_text = _page_text(reader, number)
        pages.append((offset, page_text))
        offset += len(page_text) + len(PAGE_SEPARATOR)
    text = PAGE_SEPARATOR.join(page_text for _, page_text in pages)
    details = {"encrypted": True} if reader.is_encrypted else {}
    return ExtractedReport("application/pdf", _pdf_title(reader), text, None, tuple(pages), details=details)


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError("the PDF is protected by a password; add a copy without one, "
                                  "or keep it as it is (its content is then not searchable)")
        count = len(reader.pages)
    except ExtractionError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise ExtractionError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if count == 0:
        raise ExtractionError("the PDF has no pages")
    if count > MAX_PDF_PAGES:
        raise ExtractionError(f"the PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}")
    return reader


def _page_text(reader: PdfReader, number: int) -> str:
    # One damaged page should not lose the rest of the document; pypdf logs, we keep going.
    try:
        text = reader.pages[number].extract_text() or ""
    except Exception as exc:  # noqa: BLE001 - pypdf raises many unrelated types on damaged content
        logging.getLogger(__name__).warning("page %d: text not extracted (%s)", number + 1, exc)
        return ""
    return text.replace(PAGE_SEPARATOR, "\n").replace("\x00", "")


def _pdf_title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a damaged info dictionary only costs us the title
        return None
    return str(title).strip() or None if title else None
