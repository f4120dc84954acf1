"""Word-processor documents (DOCX, ODT, RTF, DOC): searchable text and a faithful page view.

The page view is a PDF that LibreOffice makes on the publisher's machine (libreoffice.py), stored as
the item's rendition 0; its per-page text is the item's text, so find-in-document and page hits work
as for a PDF. Without LibreOffice the text (and, for DOCX and ODT, headings, paragraphs and tables as
sanitised HTML) comes from python-docx, odfpy or striprtf of the `publish` extra, with a warning;
a DOC then stays a kept file. The item's media type is always the original's.

The format is told by the bytes, not the name: `extract` gets only the bytes.
"""

from __future__ import annotations

import html
import io
import zipfile

from ...htmlsafe import plain_text_to_html, sanitize_html
from . import libreoffice, pdf
from .base import ExtractedReport, ExtractionError, MissingSupport, Rendition

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"
DOC = "application/msword"
MEDIA_TYPES = {".docx": DOCX, ".odt": ODT, ".rtf": RTF, ".doc": DOC}
_SUFFIX = {media_type: suffix for suffix, media_type in MEDIA_TYPES.items()}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NO_PAGE_VIEW = "no page view: LibreOffice not found"


def extract(data: bytes) -> ExtractedReport:
    """Text, page texts and the PDF page view of an office document; raises ExtractionError when it
    is not one, or it is a DOC and LibreOffice is missing, and MissingSupport when neither
    LibreOffice nor the library for its format is there."""
    media_type = sniff(data)
    try:
        view = libreoffice.to_pdf(data, _SUFFIX[media_type])
    except libreoffice.ConversionFailed as exc:
        return _without_view(data, media_type, str(exc))
    paged = pdf.extract(view)
    title = _title(data, media_type) or paged.title
    return ExtractedReport(media_type, title, paged.text, None, paged.pages,
                           renditions=(Rendition(0, "application/pdf", view),),
                           details={"pages": len(paged.pages)})


def sniff(data: bytes) -> str:
    """The media type of an office document, from its bytes; raises ExtractionError."""
    if data.startswith(b"{\\rtf"):
        return RTF
    if data.startswith(OLE2):
        return DOC
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
                if "mimetype" in names and package.read("mimetype").strip() == ODT.encode():
                    return ODT
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            raise ExtractionError("not a readable office document (a damaged ZIP package)") from None
        if "word/document.xml" in names:
            return DOCX
    raise ExtractionError("not a DOCX, ODT, RTF or DOC document")


def _without_view(data: bytes, media_type: str, why: str) -> ExtractedReport:
    if media_type == DOC:
        raise ExtractionError(f"reading DOC files needs LibreOffice on the build machine ({why}); "
                              "install it (soffice on PATH) or add a DOCX or PDF copy")
    warning = NO_PAGE_VIEW if why == "LibreOffice not found" else f"no page view: {why}"
    if media_type == RTF:
        text = _rtf_text(data)
        return ExtractedReport(media_type, None, text, plain_text_to_html(text), (), warnings=(warning,))
    markup = _docx_html(data) if media_type == DOCX else _odt_html(data)
    clean = sanitize_html(markup)
    return ExtractedReport(media_type, _title(data, media_type) or clean.title, clean.text, clean.html, (),
                           warnings=(warning,))


def _title(data: bytes, media_type: str) -> str | None:
    """The title in the document's own properties, if the library for it is there."""
    try:
        if media_type == DOCX:
            import docx
            return docx.Document(io.BytesIO(data)).core_properties.title or None
        if media_type == ODT:
            from odf import dc
            from odf.opendocument import load
            titles = load(io.BytesIO(data)).meta.getElementsByType(dc.Title)
            return str(titles[0]).strip() or None if titles else None
    except ImportError:
        return None
    except Exception:  # noqa: BLE001 - a damaged properties part only costs us the title
        return None
    return None


def _docx_html(data: bytes) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise MissingSupport("DOCX files") from None
    try:
        document = docx.Document(io.BytesIO(data))
        parts = []
        for block in document.element.body.iterchildren():
            if block.tag.endswith("}p"):
                paragraph = Paragraph(block, document)
                parts.append(_block(_heading_level(paragraph.style.name if paragraph.style else ""), paragraph.text))
            elif block.tag.endswith("}tbl"):
                rows = [[cell.text for cell in row.cells] for row in Table(block, document).rows]
                parts.append(_table(rows))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on damaged packages
        raise ExtractionError(f"not a readable DOCX ({type(exc).__name__}: {exc})") from None
    return "".join(parts)


def _odt_html(data: bytes) -> str:
    try:
        from odf import table, teletype
        from odf.namespaces import TABLENS, TEXTNS
        from odf.opendocument import load
    except ImportError:
        raise MissingSupport("ODT files") from None
    try:
        body = load(io.BytesIO(data)).text
        parts = []
        for node in body.childNodes:
            if node.qname == (TEXTNS, "h"):
                level = int(node.getAttribute("outlinelevel") or 1)
                parts.append(_block(f"h{min(max(level, 1), 6)}", teletype.extractText(node)))
            elif node.qname == (TEXTNS, "p"):
                parts.append(_block("p", teletype.extractText(node)))
            elif node.qname == (TABLENS, "table"):
                rows = [[teletype.extractText(cell) for cell in row.getElementsByType(table.TableCell)]
                        for row in node.getElementsByType(table.TableRow)]
                parts.append(_table(rows))
    except Exception as exc:  # noqa: BLE001 - odfpy raises many types on damaged packages
        raise ExtractionError(f"not a readable ODT ({type(exc).__name__}: {exc})") from None
    return "".join(parts)


def _rtf_text(data: bytes) -> str:
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise MissingSupport("RTF files") from None
    # RTF is 7-bit text; bytes above that are in the document's ANSI code page, which striprtf reads
    # from \ansicpg when it meets \'xx escapes.
    return rtf_to_text(data.decode("latin-1"), errors="replace").strip()


def _heading_level(style: str) -> str:
    if style == "Title":
        return "h1"
    if style.startswith("Heading ") and style[8:].isdigit():
        return f"h{min(max(int(style[8:]), 1), 6)}"
    return "p"


def _block(tag: str, content: str) -> str:
    return f"<{tag}>{html.escape(content)}</{tag}>\n" if content.strip() else ""


def _table(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table>{body}</table>\n"
