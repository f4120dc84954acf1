"""A timeline tab: an archive's dated items and relations on a zoomable time axis (issue 21).

It shows what `archive.timeline` finds for one subject (the whole archive, a search, or one entity):
items as short marks, relations (a post held, a membership, a sanction) as bars from their start to
their end. Events are laid out in lanes so that no two overlap with their labels; the axis names
years, and months once zoomed in. Clicking an event, or Enter on the one selected with the arrow
keys, opens it. Labels are archive text: drawn as plain text, and their tool tips go through
`shown_as_is`. The events are read on a worker with its own connection (half a second for a whole
leak-sized archive), and the view is laid out again, not scaled, on zoom, so the labels stay legible.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QKeySequence, QPainter, QPen, QShortcut, QWheelEvent
from PySide6.QtWidgets import (QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout,
                               QLabel, QToolButton, QVBoxLayout, QWidget)

from archive import CasefileError, Timeline, TimelineEvent, open_archive, timeline_of

from . import workers
from .i18n import isolate, shortcut_tip
from .plaintext import shown_as_is

LANE_HEIGHT = 24
AXIS_HEIGHT = 34
MARGIN = 16
MIN_BAR = 8.0  # pixels: an item, or a relation shorter than this, is drawn this wide
LABEL_CHARS = 60
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.002, 40.0
COLOURS = {"item": QColor("#1565c0"), "entity": QColor("#ef6c00"), "Sanction": QColor("#c62828")}


def day_number(date: str, end: bool = False) -> int:
    """Days since 1 January of year 1 of an ISO prefix: its first day, or with `end` its last."""
    parts = [int(part) for part in date.split("-")]
    year, month, day = (parts + [None, None])[:3]
    if end and month is None:
        return datetime.date(year, 12, 31).toordinal()
    if end and day is None:
        following = datetime.date(year + (month == 12), month % 12 + 1, 1)
        return following.toordinal() - 1
    return datetime.date(year, month or 1, day or 1).toordinal()


@dataclass
class _Placed:
    event: TimelineEvent
    lane: int
    bar: QGraphicsRectItem


class TimelineView(QGraphicsView):
    """The events of one timeline on a time axis; emits `activated` with the event clicked or chosen."""

    activated = Signal(object)  # TimelineEvent
    selectionMoved = Signal(str)  # a sentence naming the event now selected (for the status bar)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr("Left and right arrows move between events, Enter opens the one "
                                              "selected, Ctrl and the mouse wheel zoom."))
        self.events: list[TimelineEvent] = []
        self.placed: list[_Placed] = []
        self.selected: int | None = None
        self.px_per_day = 1.0
        self._first = self._last = 0

    # -- content and layout --------------------------------------------------------------------------
    def set_events(self, events: list[TimelineEvent]) -> None:
        self.events = list(events)
        self.selected = None
        if self.events:
            self._first = min(day_number(e.start) for e in self.events)
            self._last = max(day_number(e.end or e.start, end=True) for e in self.events)
        self.fit()

    def fit(self) -> None:
        """Zoom so that the whole span fits the view's width."""
        span = max(self._last - self._first + 1, 1)
        width = max(self.viewport().width() - 2 * MARGIN - 200, 200)
        self._zoom_to(width / span)

    def zoom(self, factor: float) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        day = self._first + (centre.x() - MARGIN) / self.px_per_day
        self._zoom_to(self.px_per_day * factor)
        self.centerOn(QPointF(MARGIN + (day - self._first) * self.px_per_day, centre.y()))

    def _zoom_to(self, px_per_day: float) -> None:
        self.px_per_day = min(max(px_per_day, MIN_PX_PER_DAY), MAX_PX_PER_DAY)
        self._layout()

    def _x(self, day: int) -> float:
        return MARGIN + (day - self._first) * self.px_per_day

    def _layout(self) -> None:
        scene = self.scene()
        scene.clear()
        self.placed = []
        if not self.events:
            return
        metrics = QFontMetricsF(self.font())
        lanes: list[float] = []  # the x where each lane is free again
        for event in self.events:
            left = self._x(day_number(event.start))
            right = max(self._x(day_number(event.end or event.start, end=True) + 1), left + MIN_BAR)
            label = _short(event.label)
            reach = right + 4 + metrics.horizontalAdvance(label) + 12
            lane = next((n for n, free in enumerate(lanes) if free <= left), len(lanes))
            if lane == len(lanes):
                lanes.append(reach)
            else:
                lanes[lane] = reach
            top = AXIS_HEIGHT + lane * LANE_HEIGHT
            bar = scene.addRect(QRectF(left, top + 5, right - left, LANE_HEIGHT - 10), QPen(Qt.PenStyle.NoPen),
                                QBrush(COLOURS.get(event.detail, COLOURS[event.kind])))
            bar.setToolTip(shown_as_is(_describe(event)))
            bar.setData(0, len(self.placed))
            text = QGraphicsSimpleTextItem(label)  # plain text: archive labels are never markup
            text.setPos(right + 4, top + (LANE_HEIGHT - metrics.height()) / 2)
            text.setBrush(self.palette().text())
            text.setToolTip(shown_as_is(_describe(event)))
            text.setData(0, len(self.placed))
            scene.addItem(text)
            self.placed.append(_Placed(event, lane, bar))
        width = max(lanes) + MARGIN
        self._axis(width)
        scene.setSceneRect(QRectF(0, 0, width, AXIS_HEIGHT + len(lanes) * LANE_HEIGHT + MARGIN))
        self._mark_selection()

    def _axis(self, width: float) -> None:
        scene, pen = self.scene(), QPen(self.palette().mid().color())
        scene.addLine(0, AXIS_HEIGHT - 6, width, AXIS_HEIGHT - 6, pen)
        first_year = datetime.date.fromordinal(self._first).year
        last_year = datetime.date.fromordinal(max(self._last, self._first)).year + 1
        px_per_year = 365 * self.px_per_day
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if s * px_per_year >= 60)
        for year in range(first_year - first_year % step, last_year + 1, step):
            if year < 1:
                continue
            x = self._x(datetime.date(year, 1, 1).toordinal())
            scene.addLine(x, AXIS_HEIGHT - 12, x, AXIS_HEIGHT - 2, pen)
            label = scene.addSimpleText(str(year))
            label.setBrush(self.palette().text())
            label.setPos(x + 3, 2)
            if step == 1 and px_per_year >= 600:  # months, once there is room for their numbers
                for month in range(2, 13):
                    mx = self._x(datetime.date(year, month, 1).toordinal())
                    scene.addLine(mx, AXIS_HEIGHT - 9, mx, AXIS_HEIGHT - 3, pen)
                    number = scene.addSimpleText(f"{month:02}")
                    number.setBrush(self.palette().text())
                    number.setPos(mx + 2, 16)

    # -- selection and keys ----------------------------------------------------------------------------
    def select(self, index: int | None) -> None:
        self.selected = index if index is None or 0 <= index < len(self.placed) else self.selected
        self._mark_selection()
        if self.selected is not None:
            placed = self.placed[self.selected]
            self.ensureVisible(placed.bar, 60, 30)
            self.selectionMoved.emit(_describe(placed.event))

    def _mark_selection(self) -> None:
        for number, placed in enumerate(self.placed):
            chosen = number == self.selected
            placed.bar.setPen(QPen(self.palette().highlight().color(), 3) if chosen else QPen(Qt.PenStyle.NoPen))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self.placed:
            self.select(0 if self.selected is None else min(self.selected + 1, len(self.placed) - 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self.placed:
            self.select(0 if self.selected is None else max(self.selected - 1, 0))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.activated.emit(self.placed[self.selected].event)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        item = self.itemAt(event.position().toPoint())
        index = item.data(0) if item is not None else None
        if isinstance(index, int) and 0 <= index < len(self.placed):
            self.select(index)
            self.activated.emit(self.placed[index].event)
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
            return
        super().wheelEvent(event)


class TimelineTab(QWidget):
    """A document tab: the timeline of one subject of one archive, read in the background."""

    itemActivated = Signal(object, str, str)  # session, item id, query
    entityActivated = Signal(object, str)
    statusMessage = Signal(str)

    def __init__(self, session, *, query: str = "", entity_id: str | None = None, subject: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.query, self.entity_id, self.subject = session, query, entity_id, subject
        self.summary = QLabel(self.tr("Reading the dates…"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.view = TimelineView(self)
        self.view.activated.connect(self._open)
        self.view.selectionMoved.connect(self.statusMessage)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for text, colour in ((self.tr("Items"), COLOURS["item"]), (self.tr("Relations"), COLOURS["entity"]),
                             (self.tr("Sanctions"), COLOURS["Sanction"])):
            key = QLabel(f"■ {text}")
            key.setTextFormat(Qt.TextFormat.PlainText)
            key.setStyleSheet(f"color: {colour.name()};")
            bar.addWidget(key)
        for text, keys, slot in ((self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom(1.5)),
                                 (self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                                  lambda: self.view.zoom(1 / 1.5)),
                                 (self.tr("Fit"), QKeySequence("Ctrl+0"), self.view.fit)):
            button = QToolButton(self, text=text)
            shortcut = QKeySequence(keys)
            button.setToolTip(shortcut_tip(text, [shortcut]))
            button.clicked.connect(slot)
            QShortcut(shortcut, self, slot)
            bar.addWidget(button)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.timeline: Timeline | None = None
        self._worker = self._read()

    def _read(self) -> workers.Worker:
        path, query, entity_id = self.session.path, self.query, self.entity_id

        def read(task):
            with open_archive(path) as archive:
                task.on_cancel(archive.cancel)
                return timeline_of(archive, query=query or None, entity_id=entity_id)

        worker = workers.Worker(read)
        worker.signals.result.connect(self.show_timeline)
        worker.signals.error.connect(self._failed)
        workers.start(worker)
        return worker

    def show_timeline(self, found: Timeline) -> None:
        self.timeline = found
        self.view.set_events(found.events)
        if not found.events:
            self.summary.setText(self.tr("Nothing dated: no item or relation here has a date."))
        elif found.complete:
            self.summary.setText(self.tr("{count} dated items and relations, {first} to {last}. Click one to open "
                                         "it; Ctrl and the mouse wheel zoom.").format(
                count=len(found.events), first=found.events[0].start,
                last=max(e.end or e.start for e in found.events)))
        else:
            self.summary.setText(self.tr("The first {shown} of {count} dated items and relations: search for "
                                         "something to see fewer.").format(shown=len(found.events),
                                                                          count=found.total))

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, CasefileError) else f"{type(exc).__name__}: {exc}"
        self.summary.setText(self.tr("The timeline cannot be shown: {error}").format(error=isolate(message)))

    def _open(self, event: TimelineEvent) -> None:
        if event.kind == "item":
            self.itemActivated.emit(self.session, event.id, self.query)
        else:
            self.entityActivated.emit(self.session, event.id)

    def close_worker(self) -> None:
        self._worker.cancel()

    def key(self) -> tuple[str, str, str]:
        return ("timeline", self.session.key, subject_key(self.query, self.entity_id))


def subject_key(query: str = "", entity_id: str | None = None) -> str:
    """What a timeline tab shows, as the last part of its key: reopened from it after a rebuild."""
    return f"entity:{entity_id}" if entity_id else f"search:{query}" if query else "archive"


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _describe(event: TimelineEvent) -> str:
    when = f"{event.start} – {event.end}" if event.end else event.start
    return f"{event.label} ({event.detail}, {when})"
