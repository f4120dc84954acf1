"""Kind icons for search results and item lists (report, image, table, email, file, entity), drawn
with QPainter.

Drawn rather than loaded so they need no resource file and look the same on every platform; the
three shapes and colours stay distinct at 16 px and for readers who cannot tell the colours apart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 64
_COLOURS = {"report": QColor(59, 110, 168), "image": QColor(46, 125, 80), "entity": QColor(122, 79, 163),
            "table": QColor(24, 120, 130), "row": QColor(24, 120, 130), "email": QColor(176, 96, 24),
            "file": QColor(110, 100, 90)}
_cache: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """The icon for a hit kind (an unknown kind gets the report's page shape in grey)."""
    icon = _cache.get(kind)
    if icon is None:
        pixmap = QPixmap(SIZE, SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = _COLOURS.get(kind, QColor(120, 120, 120))
        shapes = {"image": _image, "entity": _entity, "table": _table, "row": _table, "email": _email,
                  "file": _file}
        shapes.get(kind, _report)(painter, colour)
        painter.end()
        icon = _cache[kind] = QIcon(pixmap)
    return icon


def _report(painter: QPainter, colour: QColor) -> None:
    """A page with a folded corner and lines of text."""
    page = QPainterPath()
    page.moveTo(12, 4)
    page.lineTo(40, 4)
    page.lineTo(52, 16)
    page.lineTo(52, 60)
    page.lineTo(12, 60)
    page.closeSubpath()
    painter.setPen(QPen(colour, 3))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawPath(page)
    painter.drawLine(QPointF(40, 4), QPointF(40, 16))
    painter.drawLine(QPointF(40, 16), QPointF(52, 16))
    for y in (26, 36, 46):
        painter.drawLine(QPointF(20, y), QPointF(44, y))


def _image(painter: QPainter, colour: QColor) -> None:
    """A framed picture: a sun over two hills."""
    painter.setPen(QPen(colour, 3))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawRoundedRect(QRectF(5, 10, 54, 44), 5, 5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(45, 23), 5, 5)
    hills = QPainterPath()
    hills.moveTo(8, 51)
    hills.lineTo(24, 28)
    hills.lineTo(36, 42)
    hills.lineTo(43, 35)
    hills.lineTo(56, 51)
    hills.closeSubpath()
    painter.drawPath(hills)


def _entity(painter: QPainter, colour: QColor) -> None:
    """A person: head and shoulders."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(32, 20), 12, 12)
    shoulders = QPainterPath()
    shoulders.moveTo(8, 60)
    shoulders.cubicTo(8, 36, 56, 36, 56, 60)
    shoulders.closeSubpath()
    painter.drawPath(shoulders)


def _table(painter: QPainter, colour: QColor) -> None:
    """A grid with a filled header row."""
    painter.setPen(QPen(colour, 3))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawRect(QRectF(6, 10, 52, 44))
    painter.fillRect(QRectF(6, 10, 52, 11), colour)
    for y in (32, 43):
        painter.drawLine(QPointF(6, y), QPointF(58, y))
    for x in (23, 40):
        painter.drawLine(QPointF(x, 10), QPointF(x, 54))


def _email(painter: QPainter, colour: QColor) -> None:
    """An envelope."""
    painter.setPen(QPen(colour, 3))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawRoundedRect(QRectF(5, 14, 54, 36), 3, 3)
    painter.drawLine(QPointF(6, 16), QPointF(32, 36))
    painter.drawLine(QPointF(32, 36), QPointF(58, 16))


def _file(painter: QPainter, colour: QColor) -> None:
    """A closed box: something kept as given, its content not shown."""
    painter.setPen(QPen(colour, 3))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawRect(QRectF(8, 22, 48, 36))
    painter.setBrush(colour)
    painter.drawRect(QRectF(5, 12, 54, 10))
    painter.drawLine(QPointF(26, 32), QPointF(38, 32))
