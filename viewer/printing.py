"""Save as PDF: one report or email as the reader sees it, with their highlights, their notes after the
text, and the item's citation in every page's footer (issue 21: a lawyer's printout).

The text is the reader's own displayed document (sanitised, nothing loaded from outside), cloned so
the screen is not touched; highlights, which the reader paints as extra selections, are applied to
the clone as background colours. Notes come from the reader's store: locked notes are not printed,
and the printout says so. Every page's footer carries the citation's footnote form (archive, edition,
item, SHA-256, and the signature check as `archive.cite` states it) and "page N of M". Archive text
reaches the PDF only as document text or through `QTextDocument.setPlainText`, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextOption)

from archive import Citation

RESOLUTION = 300
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

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(citation.item_title)
    writer.setCreator("Casefile")
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    printed.documentLayout().setPaintDevice(writer)
    footer = _footer_document(citation, page.width(), writer)
    footer_height = footer.size().height() + _line(writer) * 1.5
    body = QSizeF(page.width(), page.height() - footer_height)
    printed.setPageSize(body)
    pages = max(printed.pageCount(), 1)
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            printed.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
            _draw_footer(painter, footer, body.height(), page.width(), number + 1, pages, writer)
    finally:
        painter.end()
    return pages


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
