"""Where a hit is on a machine-read page, and how a hit is painted over a page.

A page read by OCR (`archive.items.OcrPage`) has its text and, for each word, the word's character span
in that text and its box in the pixels of the image that was read. A hit is a span of the text (found
literally, as the find bar's text: a search query becomes the text it first matches, pdf.py); it is drawn
as the boxes of the words the span overlaps, so a phrase covers consecutive words and a Chinese term
found inside an unspaced run covers the words that hold it.

Everything here comes from the archive and may be forged: boxes are clipped to the page, a page with
no positive size has no boxes, and the words looked at and the hits kept are capped.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from archive import find_terms

MAX_WORDS = 20_000  # a dense A3 page at 600 dpi holds a few thousand
MAX_HITS = 5_000
HIT_FILL = QColor(255, 200, 0, 70)
HIT_EDGE = QColor(200, 140, 0)
CURRENT_EDGE = QColor(0, 170, 210)  # as QPdfView marks its current search result

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def needle_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of `text` holding `needle` literally, ignoring case and how words are spaced (OCR of
    Chinese often puts spaces between characters, so two Han characters may have any between them)."""
    needle = needle.strip()
    if not needle or not text:
        return []
    parts = []
    for index, char in enumerate(needle):
        if char.isspace():
            if parts and parts[-1] != r"\s+":
                parts.append(r"\s+")
            continue
        if index and _HAN.match(char) and _HAN.match(needle[index - 1]):
            parts.append(r"\s*")
        parts.append(re.escape(char))
    return [m.span() for m in re.finditer("".join(parts), text, re.IGNORECASE) if m.end() > m.start()][:MAX_HITS]


def hit_boxes(page, spans: list[tuple[int, int]]) -> list[list[QRectF]]:
    """For each span of `page.text`, the boxes (in the OCR image's pixels) of the words it overlaps;
    spans covering no word with a box on the page are left out."""
    bounds = QRectF(0, 0, page.width, page.height)
    if bounds.isEmpty() or not spans:
        return []
    words = page.words[:MAX_WORDS]
    hits = []
    for start, end in spans:
        boxes = [bounds.intersected(QRectF(w.x, w.y, w.w, w.h)) for w in words if w.start < end and w.end > start]
        boxes = [box for box in boxes if not box.isEmpty()]
        if boxes:
            hits.append(boxes)
    return hits


def scaled(boxes: list[QRectF], sx: float, sy: float) -> list[QRectF]:
    """`boxes` with x and width times `sx`, y and height times `sy`."""
    return [QRectF(b.x() * sx, b.y() * sy, b.width() * sx, b.height() * sy) for b in boxes]


def paint_hits(painter: QPainter, hits: list[list[QRectF]], current: int | None) -> None:
    """Paint each hit's boxes, hit number `current` with a stronger edge."""
    painter.setBrush(QBrush(HIT_FILL))
    for index, boxes in enumerate(hits):
        painter.setPen(QPen(CURRENT_EDGE if index == current else HIT_EDGE, 2 if index == current else 1))
        for box in boxes:
            painter.drawRect(box)


def pdf_page_rects(page_sizes: list[QSizeF], scale: float, viewport_width: int, margins, spacing: int
                   ) -> list[QRect]:
    """Each page's rectangle in the document as QPdfView lays it out in multi-page mode (Qt 6
    QPdfViewPrivate::calculateDocumentLayout): pages of their point size times `scale`, rounded to
    pixels, stacked from the top margin `spacing` apart, each centred in the wider of the document and
    the viewport. Viewport coordinates are these less the scroll bars' values."""
    sizes = [QSizeF(s.width() * scale, s.height() * scale).toSize() for s in page_sizes]  # rounds as Qt does
    total_width = max((s.width() for s in sizes), default=0) + margins.left() + margins.right()
    rects, y = [], margins.top()
    for size in sizes:
        rects.append(QRect((max(total_width, viewport_width) - size.width()) // 2, y, size.width(), size.height()))
        y += size.height() + spacing
    return rects


def query_spans(text: str, groups: tuple[tuple[str, ...], ...] | None, needle: str) -> list[tuple[int, int]]:
    """Spans of `text` a search query matches: its highlight `groups` (archive.find_terms), or, for a
    query that does not compile (groups None), `needle` found literally."""
    if groups is None:
        return needle_spans(text, needle)
    return find_terms(text, groups)[:MAX_HITS] if groups and text else []


class SceneHits:
    """Hits painted over a picture in a QGraphicsScene, as rectangle items above the regions, the
    current hit outlined more strongly. Boxes are in scene coordinates."""

    Z = 1.5  # over the reader's regions (1), under a region being drawn (2)

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: list[list[QGraphicsRectItem]] = []

    def show(self, hits: list[list[QRectF]], current: int | None) -> None:
        """Paint `hits` (each a list of boxes), replacing those painted before; hit `current` stands out."""
        self.clear()
        for index, boxes in enumerate(hits):
            pen = QPen(CURRENT_EDGE if index == current else HIT_EDGE, 3 if index == current else 1)
            pen.setCosmetic(True)  # the same width on screen at any zoom
            items = [self._scene.addRect(box, pen, QBrush(HIT_FILL)) for box in boxes]
            for item in items:
                item.setZValue(self.Z)
            self._items.append(items)

    def clear(self) -> None:
        for item in (item for items in self._items for item in items):
            self._scene.removeItem(item)
        self._items = []

    def rects(self) -> list[list[QRectF]]:
        """Each painted hit's boxes, in scene coordinates."""
        return [[item.rect() for item in items] for items in self._items]

    def bounds(self, index: int) -> QRectF:
        """The rectangle holding all the boxes of painted hit `index`."""
        rect = QRectF()
        for item in self._items[index]:
            rect = rect.united(item.rect())
        return rect


class HitStepping:
    """F3 / Shift+F3 for a reader with `_hits`, `_current_hit` and `go_to_hit(index)` (which wraps)."""

    _hits: list
    _current_hit: int | None

    def next_hit(self) -> None:
        if self._hits:
            self.go_to_hit(0 if self._current_hit is None else self._current_hit + 1)

    def previous_hit(self) -> None:
        if self._hits:
            self.go_to_hit(-1 if self._current_hit is None else self._current_hit - 1)
