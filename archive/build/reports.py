"""Turn a report's original bytes into display markup, plain text and (for PDFs) per-page text.

PDF text comes from pypdf: pure Python, so nothing native has to be frozen into the app or trusted
with hostile input, and its per-page `extract_text()` is all Casefile needs (pdfplumber adds layout
analysis on top of pdfminer.six that we would not use, at several times the cost). Markdown goes
through markdown-it-py with raw HTML switched off; all markup then passes the sanitiser.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ..htmlsafe import plain_text_to_html, sanitize_html

MAX_PDF_PAGES = 5_000
PAGE_SEPARATOR = "\f"
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class ExtractionError(Exception):
    """The file cannot be read as the report type its name says; the message says why."""


@dataclass(frozen=True)
class ExtractedReport:
    media_type: str
    title: str | None
    text: str
    html: str | None
    pages: tuple[tuple[int, str], ...]  # (offset of the page in `text`, page text), PDFs only


def extract_report(data: bytes, suffix: str) -> ExtractedReport:
    """Extract a report according to its file suffix; raise ExtractionError for unusable files."""
    suffix = suffix.lower()
    if suffix == ".pdf":
        return _pdf(data)
    text = _decode(data, sniff_meta=suffix in (".html", ".htm"))
    if suffix in (".html", ".htm"):
        clean = sanitize_html(text)
        return ExtractedReport(MEDIA_TYPES[suffix], clean.title, clean.text, clean.html, ())
    if suffix in (".md", ".markdown"):
        rendered = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
        clean = sanitize_html(rendered)
        return ExtractedReport(MEDIA_TYPES[suffix], clean.title, clean.text, clean.html, ())
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    return ExtractedReport(MEDIA_TYPES[".txt"], None, body, plain_text_to_html(body), ())


def _decode(data: bytes, *, sniff_meta: bool) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = META_CHARSET.search(data[:4096]) if sniff_meta else None
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise ExtractionError(f"not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8") from None


def _pdf(data: bytes) -> ExtractedReport:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ExtractionError("the PDF is encrypted; add an unencrypted copy")
        count = len(reader.pages)
    except ExtractionError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise ExtractionError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if count == 0:
        raise ExtractionError("the PDF has no pages")
    if count > MAX_PDF_PAGES:
        raise ExtractionError(f"the PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}")
    pages, offset = [], 0
    for number in range(count):
        page_text = _page_text(reader, number)
        pages.append((offset, page_text))
        offset += len(page_text) + len(PAGE_SEPARATOR)
    text = PAGE_SEPARATOR.join(page_text for _, page_text in pages)
    title = _pdf_title(reader)
    return ExtractedReport(MEDIA_TYPES[".pdf"], title, text, None, tuple(pages))


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
