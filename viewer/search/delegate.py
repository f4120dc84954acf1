"""Paints one search result: kind icon, the archive's state unless it is Verified (a coloured pill, as
in the library), title, date/language/page/archive, and the snippet with the matched words highlighted.

Titles and snippets are archive text, so they are only ever laid out as plain text (QPainter.drawText,
QTextLayout): markup in them is shown as characters, never interpreted. Highlights are drawn from
`Hit.highlights`, spans the engine found in the snippet.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionFocusRect, QStyleOptionViewItem

from ..i18n import isolate, text_direction
from ..theme import STATE_COLOURS
from .models import HitRole, SourceLabelRole, StateRole, language_name, row_place

PAD = 6
ICON = 24
SNIPPET_LINES = 2
# Readable on light and dark themes and on the selection colour: a marker-pen yellow under black text.
MARK_BACKGROUND = QColor(255, 214, 90)
MARK_FOREGROUND = QColor(0, 0, 0)
DIM_ALPHA = 0.7
_SCRIPTS_SAMPLE = "Ag 陈全国 ئۇيغۇر"
_line_heights: dict[str, int] = {}


class ResultDelegate(QStyledItemDelegate):
    """Draws a result in three lines; every row has the same height (the view uses uniform sizes)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(200, 2 * PAD + _line_height(_bold(option.font)) + 2 + SNIPPET_LINES * _line_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is None:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Only the row's panel (selection, hover): its text and icon are painted below, by hand.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        draw_focus(style, option, painter, widget)

        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(role)
        # Laid out left to right, then mirrored as a whole in a right-to-left interface (icon on the right).
        row = option.rect.adjusted(PAD, PAD, -PAD, -PAD)

        def visual(logical: QRect) -> QRect:
            return QStyle.visualRect(option.direction, row, logical)

        index.data(Qt.ItemDataRole.DecorationRole).paint(painter, visual(QRect(row.left(), row.top(), ICON, ICON)))
        left = row.left() + ICON + PAD
        width = max(10, row.right() - left)
        title_height = self._paint_title_line(painter, option, index, hit, QRect(left, row.top(), width, 0),
                                              visual, text_colour)
        painter.setPen(text_colour)
        snippet_area = visual(QRect(left, row.top() + title_height + 2, width, row.bottom() - row.top() - title_height))
        _paint_snippet(painter, option.font, hit.snippet, hit.highlights, snippet_area, option.direction,
                       row_direction(hit.language, option.direction))
        painter.restore()

    @staticmethod
    def _paint_title_line(painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex, hit,
                          area: QRect, visual, colour: QColor) -> int:
        """State pill and bold title at the start, date · language · page · archive at the end; returns
        the height.

        The title is archive text: it is laid out in its item's direction (a Latin title stays left to
        right in a Uyghur interface, and is cut at its own end), aligned to the interface's start side.
        The details are a sentence of the interface with archive parts isolated in it."""
        bold, small = _bold(option.font), QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        height = _line_height(bold)  # a Han or Arabic title drawn by a taller fallback font is not clipped
        page = hit.page and QApplication.translate("ResultDelegate", "p. {0}").format(hit.page)
        details = [row_place(hit), hit.date, hit.language and language_name(hit.language), page,
                   index.data(SourceLabelRole)]
        meta = " · ".join(isolate(d) for d in details if d)
        meta_metrics = QFontMetrics(small)
        meta = meta_metrics.elidedText(meta, Qt.TextElideMode.ElideMiddle, area.width() // 2)
        meta_width = meta_metrics.horizontalAdvance(meta)
        start, end = _edges(option.direction)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine | Qt.AlignmentFlag.AlignAbsolute
        painter.setFont(small)
        # Softer than the title, except on the selection colour, where dimmed text falls below 4.5:1.
        painter.setPen(colour if option.state & QStyle.StateFlag.State_Selected else dimmed(colour))
        painter.setLayoutDirection(option.direction)
        painter.drawText(visual(QRect(area.right() - meta_width, area.top(), meta_width, height)), flags | end, meta)
        state = index.data(StateRole)
        pill = _paint_state(painter, _bold(small), state, QRect(area.left(), area.top(), area.width() // 3, height),
                            visual) if state else 0
        painter.setFont(bold)
        painter.setPen(colour)
        title_width = area.width() - pill - meta_width - (2 * PAD if meta else 0)
        title = _one_line(hit.title or hit.id)
        painter.setLayoutDirection(row_direction(hit.language, option.direction))
        title = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(visual(QRect(area.left() + pill, area.top(), title_width, height)), flags | start, title)
        return height


class FacetDelegate(QStyledItemDelegate):
    """Facet values wrapped onto as many lines as they need, never elided: sources and folders often
    share a long beginning and differ at the end ("Summary written for ... July 2020"), or the
    reverse, and cutting either end or the middle hid what tells them apart (issue 21).

    A value (a source title, an entity name) is laid out in its own direction, aligned to the
    interface's start side: a Latin source in a Uyghur interface wraps at its own end, not its start.
    The view must lay its rows out again when the value column's width changes (the panel does)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
        if option.text and index.column() == 0:
            interface = option.direction
            option.direction = text_direction(option.text, interface)
            vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
            option.displayAlignment = vertical | Qt.AlignmentFlag.AlignAbsolute | _edges(interface)[0]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt naming
        """Tall enough for the value wrapped to the column's width (QTreeView asks without a width)."""
        size = super().sizeHint(option, index)
        view = self.parent()
        if index.column() != 0 or not hasattr(view, "columnWidth"):
            return size
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        depth = 1 if index.parent().isValid() else 0
        margin = 2 * (QApplication.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        width = view.columnWidth(0) - depth * view.indentation() - margin
        if width <= 0 or not styled.text:
            return size
        bounds = styled.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, styled.text)
        return QSize(size.width(), max(size.height(), bounds.height() + margin))


def row_direction(language: str | None, interface: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The paragraph direction of a result's title and snippet: its item's language's when the archive
    names one, else the interface's. Never the first strong letter: an English title that opens with a
    Uyghur name would then read right to left, its English words in reverse order; with the paragraph
    left to right, the name still reads right to left inside it."""
    code = (language or "").replace(",", " ").split()
    locale = QLocale(code[0]) if code else None
    if locale is None or locale.language() == QLocale.Language.C:
        return interface
    return locale.textDirection()


def _paint_state(painter: QPainter, font: QFont, badge, logical: QRect, visual) -> int:
    """The archive's state (a trust.Badge) as a pill in its colours at the start of `logical`; returns
    the width it takes, gap included. A lawyer must see at a glance that a row is not Verified."""
    metrics = QFontMetrics(font)
    text = metrics.elidedText(badge.headline, Qt.TextElideMode.ElideRight, logical.width() - 2 * PAD)
    width = metrics.horizontalAdvance(text) + 2 * PAD
    background, foreground = STATE_COLOURS[badge.key]
    pill = visual(QRect(logical.left(), logical.top() + 1, width, logical.height() - 2))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(pill, 3, 3)
    painter.setFont(font)
    painter.setPen(QColor(foreground))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width + PAD


def dimmed(colour: QColor) -> QColor:
    """The secondary text of a result row (date, language, archive): softer than the title, still 4.5:1."""
    dim = QColor(colour)
    dim.setAlphaF(DIM_ALPHA)
    return dim


def draw_focus(style: QStyle, option: QStyleOptionViewItem, painter: QPainter, widget) -> None:
    """The keyboard focus frame, which QStyledItemDelegate draws and a hand-painted row must draw itself:
    without it a keyboard user cannot see which result Enter opens."""
    if not option.state & QStyle.StateFlag.State_HasFocus:
        return
    frame = QStyleOptionFocusRect()
    # The row's state as the view gave it: Fusion then frames focus once the keyboard moved it, as it
    # does for every other control.
    frame.rect, frame.palette, frame.state = option.rect, option.palette, option.state
    selected = option.state & QStyle.StateFlag.State_Selected
    frame.backgroundColor = option.palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)


def _edges(direction: Qt.LayoutDirection) -> tuple[Qt.AlignmentFlag, Qt.AlignmentFlag]:
    """The interface's (start, end) side as absolute alignments."""
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    return (right, left) if direction == Qt.LayoutDirection.RightToLeft else (left, right)


def _paint_snippet(painter: QPainter, font: QFont, snippet: str, spans, area: QRect,
                   interface: Qt.LayoutDirection, direction: Qt.LayoutDirection) -> None:
    """The snippet wrapped to at most SNIPPET_LINES lines, with the highlighted spans marked; in
    `direction` (the item's, see `row_direction`), aligned to the interface's start side."""
    text = _one_line(snippet)
    layout = QTextLayout(text, font)
    text_option = QTextOption()
    text_option.setTextDirection(direction)
    text_option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | _edges(interface)[0])
    text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(text_option)
    layout.setFormats(_highlight_formats(snippet, spans))
    layout.beginLayout()
    step = _line_height(font)
    for number in range(SNIPPET_LINES):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(area.width())
        line.setPosition(QPointF(0, number * step))
    layout.endLayout()
    painter.save()
    painter.setClipRect(area)
    layout.draw(painter, QPointF(area.left(), area.top()))
    painter.restore()


def _highlight_formats(text: str, spans) -> list[QTextLayout.FormatRange]:
    """Format ranges for the spans, in QTextLayout's UTF-16 positions (a character outside the
    Basic Multilingual Plane, such as a rare Han character, counts twice there and once in Python)."""
    marked = QTextCharFormat()
    marked.setBackground(MARK_BACKGROUND)
    marked.setForeground(MARK_FOREGROUND)
    ranges = []
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            continue
        found = QTextLayout.FormatRange()
        found.start = _utf16_length(text[:start])
        found.length = _utf16_length(text[start:end])
        found.format = marked
        ranges.append(found)
    return ranges


def _line_height(font: QFont) -> int:
    """Height of a snippet line, measured on Latin, Han and Arabic text: the fallback fonts that draw
    Chinese and Uyghur are taller than most Latin fonts, and rows must not clip them."""
    key = font.key()  # cached by description: the QFont passed in is often a temporary
    if key not in _line_heights:
        layout = QTextLayout(_SCRIPTS_SAMPLE, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(10_000)
        layout.endLayout()
        _line_heights[key] = max(QFontMetrics(font).lineSpacing(), math.ceil(line.height()))
    return _line_heights[key]


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _one_line(text: str) -> str:
    """Line and paragraph breaks as spaces (same length, so spans stay where they were)."""
    return text.translate({0x0A: 0x20, 0x0D: 0x20, 0x0C: 0x20, 0x09: 0x20, 0x2028: 0x20, 0x2029: 0x20})


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold
