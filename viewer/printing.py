"""Save as PDF: one item as the reader sees it, with their highlights, their notes after it, and the
item's citation in every page's footer (issue 21: a lawyer's printout).

A report or an email is the reader's own displayed document (sanitised, nothing loaded from outside),
cloned so the screen is not touched; highlights, which the reader paints as extra selections, are
applied to the clone as background colours (`save_pdf`). A picture or a PDF is printed as page
images, one a page, with what the reader marks on them (regions, search hits), then its caption and
the notes (`save_pages_pdf`); pages are rendered one at a time, so a long PDF does not sit in memory.
Notes come from the reader's store: locked notes are not printed, and the printout says so. Every
page's footer carries the citation's footnote form (archive, edition, item, SHA-256, and the
signature check as `archive.cite` states it) and "page N of M". Archive text reaches the PDF only as
document text or through `QTextDocument.setPlainText`, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextCharFormat,
                           QTextCursor, QTextDocument, QTextOption)

from archive import Citation

RESOLUTION = 300
PAGE_DPI = 150  # page images: sharp on paper, ~9 MB a page while it is drawn
MARGIN_MM = 18


def save_pdf(document: QTextDocument, marks: list[tuple[int, int, QColor]], notes: list[str], citation: Citation,
             path: Path, *, notes_locked: bool = False) -> int:
    """Write the printout to `path`; returns its number of pages. `marks` are (start, end, colour) in
    the document; `notes` the reader's notes and highlighted quotes, as plain lines."""
    printed = document.clone()
    printed.setDefaultFont(QFont(document.defaultFont().family(), 10))
    for start, end, colour in marks:
        cursor = QTextCursor(printed)
        cursor.setPosition(max(0, start))
        cursor.setPosition(min(end, printed.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        cursor.mergeCharFormat(fmt)
    _append_notes(printed, notes, notes_locked)

    writer = _writer(path, citation)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    printed.documentLayout().setPaintDevice(writer)
    footer, body = _footer_and_body(citation, page, writer)
    printed.setPageSize(body)
    pages = max(printed.pageCount(), 1)
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            _draw_text_page(painter, printed, number, body)
            _draw_footer(painter, footer, body.height(), page.width(), number + 1, pages, writer)
    finally:
        painter.end()
    return pages


def save_pages_pdf(count: int, render: Callable[[int, QSize], QImage], text: str, notes: list[str],
                   citation: Citation, path: Path, *, notes_locked: bool = False) -> int:
    """Write a printout of `count` page images to `path`, then `text` (a caption, as plain text) and the
    notes; returns its number of pages. `render(number, size)` gives page `number` (from 0) as an image
    that fits `size` pixels, with the reader's marks painted on it (a null image leaves the page blank)."""
    writer = _writer(path, citation)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer, body = _footer_and_body(citation, page, writer)
    after = QTextDocument()
    after.documentLayout().setPaintDevice(writer)
    after.setDefaultFont(QFont(after.defaultFont().family(), 10))
    after.setPlainText(text)
    _append_notes(after, notes, notes_locked)
    after.setPageSize(body)
    text_pages = after.pageCount() if after.toPlainText().strip() else 0
    pages = count + text_pages
    pixels = QSize(round(body.width() * PAGE_DPI / RESOLUTION), round(body.height() * PAGE_DPI / RESOLUTION))
    painter = QPainter(writer)
    try:
        for number in range(count):
            if number:
                writer.newPage()
            image = render(number, pixels)
            if not image.isNull():
                shown = QSizeF(image.size()).scaled(body, Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, shown.width(), shown.height()), image)
            del image  # one page in memory at a time
            _draw_footer(painter, footer, body.height(), page.width(), number + 1, pages, writer)
        for number in range(text_pages):
            if count or number:
                writer.newPage()
            _draw_text_page(painter, after, number, body)
            _draw_footer(painter, footer, body.height(), page.width(), count + number + 1, pages, writer)
    finally:
        painter.end()
    return pages


def _writer(path: Path, citation: Citation) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(citation.item_title)
    writer.setCreator("Casefile")
    return writer


def _footer_and_body(citation: Citation, page, writer: QPdfWriter) -> tuple[QTextDocument, QSizeF]:
    """The footer's document, and the size left above it for the page's content."""
    footer = _footer_document(citation, page.width(), writer)
    return footer, QSizeF(page.width(), page.height() - footer.size().height() - _line(writer) * 1.5)


def _draw_text_page(painter: QPainter, document: QTextDocument, number: int, body: QSizeF) -> None:
    painter.save()
    painter.translate(0, -number * body.height())
    document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
    painter.restore()


def _append_notes(document: QTextDocument, notes: list[str], locked: bool) -> None:
    if not notes and not locked:
        return
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    cursor.insertText(QCoreApplication.translate("Printing", "Your notes and highlights"), heading)
    plain = QTextCharFormat()
    if locked:
        cursor.insertBlock()
        cursor.insertText(QCoreApplication.translate("Printing", "(Your notes are locked: unlock them to print them.)"), plain)
    for line in notes:
        cursor.insertBlock()
        cursor.insertText(line, plain)  # text, never markup


def _footer_document(citation: Citation, width: float, device) -> QTextDocument:
    footer = QTextDocument()
    footer.documentLayout().setPaintDevice(device)
    footer.setDefaultFont(QFont(footer.defaultFont().family(), 7))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    footer.setDefaultTextOption(option)
    footer.setPlainText(citation.footnote())
    footer.setTextWidth(width)
    return footer


def _line(device) -> float:
    return device.logicalDpiY() * 7 / 72 * 1.4  # a 7-point line, in device pixels


def _draw_footer(painter: QPainter, footer: QTextDocument, top: float, width: float, number: int, pages: int,
                 device) -> None:
    painter.save()
    painter.translate(0, top + _line(device) * 0.5)
    painter.setPen(QColor("#555555"))
    painter.drawLine(0, 0, int(width), 0)
    footer.drawContents(painter)
    painter.translate(0, footer.size().height())
    font = QFont(footer.defaultFont())
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, width, _line(device)), Qt.AlignmentFlag.AlignRight,
                     QCoreApplication.translate("Printing", "Page {number} of {pages}").format(number=number, pages=pages))
    painter.restore()
