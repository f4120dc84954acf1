"""A relationship graph tab: an entity's neighbourhood as a network, grown node by node (issue 21).

Aleph's network diagrams are the model: the entity in the middle, the people, bodies, posts and
sanctions linked to it around it, each link named ("holds", "belongs to", "sanctions") with its dates.
Double-click a node (or Enter on the one selected with the arrow keys) to add its own links around
it; Ctrl+Enter opens its entity page. The panel on the right filters links by kind and by a year (a
link with dates shows only if it held that year; undated links always show) and exports what is on
screen as PNG or SVG (written here, with every label escaped: the frozen app has no Qt SVG module).

Layout is radial, not force-directed: a node's new neighbours go on an arc around it, facing away
from where it was reached from. It costs one pass per expansion, so 500 nodes stay instant, and a
node never moves once placed, so a reader keeps their bearings. Labels are archive text, drawn as
plain text, with tool tips through `shown_as_is`.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (QCheckBox, QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from archive import CasefileError, neighbourhood
from archive.export import suggested_file_name

from . import filedialogs
from .i18n import isolate
from .plaintext import shown_as_is

NODE = 18.0  # node diameter
RING = 230.0  # distance of a node's new neighbours from it
LABEL_CELL = 120.0  # grid cell of the label placement, in scene units
SPACING = 90.0  # the least distance between two nodes' centres (their labels are below them)
LABEL_CHARS = 30
GROUPS = {"Person": "#1565c0", "Organization": "#2e7d32", "PublicBody": "#2e7d32", "Company": "#2e7d32",
          "LegalEntity": "#2e7d32", "Position": "#6a1b9a", "Sanction": "#c62828", "Address": "#00838f"}
OTHER = "#616161"


@dataclass
class _Node:
    id: str
    caption: str
    schema: str
    pos: QPointF
    item: QGraphicsEllipseItem
    label: QGraphicsSimpleTextItem
    expanded: bool = False


@dataclass
class _Edge:
    source: str
    target: str
    label: str
    start: str | None
    end: str | None
    line: QGraphicsLineItem
    text: QGraphicsSimpleTextItem


class GraphView(QGraphicsView):
    """Nodes and edges on a scene; emits `expandRequested` and `openRequested` with a node's id."""

    expandRequested = Signal(str)
    openRequested = Signal(str)
    selectionMoved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Relationship graph"))
        self.setAccessibleDescription(self.tr("Arrow keys move between people and organisations, Enter adds their "
                                              "links, Ctrl+Enter opens their page, Ctrl and the mouse wheel zoom."))
        self.nodes: dict[str, _Node] = {}
        self.edges: list[_Edge] = []
        self.order: list[str] = []  # nodes in the order they were added: what the arrow keys step through
        self.selected: str | None = None

    def add_node(self, node_id: str, caption: str, schema: str, pos: QPointF) -> _Node:
        colour = QColor(GROUPS.get(schema, OTHER))
        item = self.scene().addEllipse(QRectF(pos.x() - NODE / 2, pos.y() - NODE / 2, NODE, NODE),
                                       QPen(colour.darker(130), 1.5), QBrush(colour))
        item.setZValue(2)
        item.setData(0, node_id)
        tip = shown_as_is(f"{caption}\n{schema} · {node_id}")
        item.setToolTip(tip)
        label = QGraphicsSimpleTextItem(_short(caption))  # plain text: archive names are never markup
        label.setBrush(self.palette().text())
        label.setPos(pos.x() - label.boundingRect().width() / 2, pos.y() + NODE / 2 + 2)
        label.setZValue(3)
        label.setData(0, node_id)
        label.setToolTip(tip)
        self.scene().addItem(label)
        node = _Node(node_id, caption, schema, pos, item, label)
        self.nodes[node_id] = node
        self.order.append(node_id)
        return node

    def add_edge(self, source: str, target: str, label: str, start: str | None, end: str | None) -> None:
        a, b = self.nodes[source].pos, self.nodes[target].pos
        line = self.scene().addLine(a.x(), a.y(), b.x(), b.y(), QPen(self.palette().mid().color(), 1.2))
        line.setZValue(0)
        when = f" ({start or '…'} – {end or '…'})" if start or end else ""
        text = QGraphicsSimpleTextItem(f"{_short(label, 24)}{when}")
        text.setBrush(self.palette().placeholderText())
        middle = (a + b) / 2
        text.setPos(middle.x() - text.boundingRect().width() / 2, middle.y() - text.boundingRect().height())
        text.setZValue(1)
        self.scene().addItem(text)
        self.edges.append(_Edge(source, target, label, start, end, line, text))

    def has_edge(self, source: str, target: str, label: str, start: str | None) -> bool:
        return any((e.source, e.target, e.label, e.start) == (source, target, label, start) for e in self.edges)

    # -- selection and keys ----------------------------------------------------------------------------
    def place_labels(self) -> None:
        """Move the labels of the nodes shown so that none covers another or another node: each goes
        below its node if it fits there, else above, else one line further down or up at a time
        (nodes keep their places, so a reader keeps their bearings; only the names move). The boxes
        already placed are kept in a grid, so 500 nodes cost a few checks each, not 500."""
        grid: dict[tuple[int, int], list[QRectF]] = {}

        def cells(rect: QRectF):
            for cx in range(int(rect.left() // LABEL_CELL), int(rect.right() // LABEL_CELL) + 1):
                for cy in range(int(rect.top() // LABEL_CELL), int(rect.bottom() // LABEL_CELL) + 1):
                    yield cx, cy

        def take(rect: QRectF) -> None:
            for cell in cells(rect):
                grid.setdefault(cell, []).append(rect)

        def free(rect: QRectF) -> bool:
            return not any(rect.intersects(other) for cell in cells(rect) for other in grid.get(cell, ()))

        for node in self.nodes.values():
            if node.item.isVisible():
                take(node.item.sceneBoundingRect())
        for node_id in self.order:
            node = self.nodes[node_id]
            if not node.label.isVisible():
                continue
            size = node.label.boundingRect()
            below, above = node.pos.y() + NODE / 2 + 2, node.pos.y() - NODE / 2 - 2 - size.height()
            x = node.pos.x() - size.width() / 2
            candidates = [below, above, *(y for step in range(1, 5)
                                          for y in (below + step * size.height(), above - step * size.height()))]
            y = next((y for y in candidates if free(QRectF(x, y, size.width(), size.height()))), below)
            node.label.setPos(x, y)  # crowded on every side: below its node, as before
            take(QRectF(x, y, size.width(), size.height()))

    def select(self, node_id: str | None) -> None:
        if self.selected in self.nodes:
            node = self.nodes[self.selected]
            node.item.setPen(QPen(QColor(GROUPS.get(node.schema, OTHER)).darker(130), 1.5))
        self.selected = node_id if node_id in self.nodes else None
        if self.selected is not None:
            node = self.nodes[self.selected]
            node.item.setPen(QPen(self.palette().highlight().color(), 4))
            self.ensureVisible(node.item, 80, 60)
            self.selectionMoved.emit(f"{node.caption} ({node.schema})")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        visible = [n for n in self.order if self.nodes[n].item.isVisible()]
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) and visible:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            at = visible.index(self.selected) if self.selected in visible else -step
            self.select(visible[(at + step) % len(visible)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.openRequested.emit(self.selected)
            else:
                self.expandRequested.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def _node_at(self, event) -> str | None:
        item = self.itemAt(event.position().toPoint())
        node_id = item.data(0) if item is not None else None
        return node_id if isinstance(node_id, str) and node_id in self.nodes else None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        node_id = self._node_at(event)
        if node_id is not None:
            self.select(node_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt naming
        node_id = self._node_at(event)
        if node_id is not None:
            self.expandRequested.emit(node_id)
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.scale(factor, factor)
            return
        super().wheelEvent(event)


class GraphTab(QWidget):
    """A document tab: the graph grown from one entity, with its filters and exports."""

    entityActivated = Signal(object, str)
    statusMessage = Signal(str)

    def __init__(self, session, entity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.entity_id = session, entity_id
        self.view = GraphView(self)
        self.view.expandRequested.connect(self.expand)
        self.view.openRequested.connect(lambda node: self.entityActivated.emit(self.session, node))
        self.view.selectionMoved.connect(self.statusMessage)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Kinds of link shown"))
        self.kinds.itemChanged.connect(lambda _item: self.apply_filters())
        self.year_filter = QCheckBox(self.tr("Only links that held in"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2100)
        self.year.setValue(2020)
        self.year.setAccessibleName(self.tr("Year"))
        self.year_filter.toggled.connect(lambda _on: self.apply_filters())
        self.year.valueChanged.connect(lambda _value: self.apply_filters())
        fit = QPushButton(self.tr("Fit to Window"))
        fit.clicked.connect(self.fit)
        png, svg = QPushButton(self.tr("Export PNG…")), QPushButton(self.tr("Export SVG…"))
        png.clicked.connect(lambda: self._export("png"))
        svg.clicked.connect(lambda: self._export("svg"))
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Links shown:")))
        side.addWidget(self.kinds, 1)
        years = QHBoxLayout()
        years.addWidget(self.year_filter)
        years.addWidget(self.year)
        side.addLayout(years)
        side.addWidget(fit)
        side.addWidget(png)
        side.addWidget(svg)
        main = QVBoxLayout()
        main.addWidget(self.summary)
        main.addWidget(self.view, 1)
        row = QHBoxLayout(self)
        row.addLayout(main, 1)
        row.addLayout(side)
        self.cut: list[str] = []  # nodes whose links were too many to show all
        entity = session.archive.entities.get(entity_id)  # ItemNotFound for an unknown id: the caller's to say
        self.view.add_node(entity.id, entity.caption, entity.schema, QPointF(0, 0))
        self.expand(entity_id)
        self.view.select(entity_id)

    def fit(self) -> None:
        """Zoom so that every node shown fits the view (never beyond actual size)."""
        self.view.resetTransform()
        rect, viewport = self._visible_rect(), self.view.viewport().rect()
        scale = min(viewport.width() / max(rect.width(), 1), viewport.height() / max(rect.height(), 1), 1.0)
        self.view.scale(scale, scale)
        self.view.centerOn(rect.center())

    def expand(self, node_id: str) -> None:
        """Add the links of `node_id`, its new neighbours on an arc around it."""
        node = self.view.nodes.get(node_id)
        if node is None or node.expanded:
            return
        try:
            found = neighbourhood(self.session.archive, node_id)
        except CasefileError as exc:
            self.statusMessage.emit(self.tr("Cannot add the links of this entity: {error}").format(error=isolate(exc)))
            return
        node.expanded = True
        if not found.complete:
            self.cut.append(node_id)
        new = [n for n in found.nodes.values() if n.id not in self.view.nodes]
        taken = [placed.pos for placed in self.view.nodes.values()]
        for n, position in zip(new, _arc(node.pos, self._away(node_id), len(new))):
            position = _free(node.pos, position, taken)
            taken.append(position)
            self.view.add_node(n.id, n.caption, n.schema, position)
        for edge in found.edges:
            if edge.source in self.view.nodes and edge.target in self.view.nodes \
                    and not self.view.has_edge(edge.source, edge.target, edge.label, edge.start):
                self.view.add_edge(edge.source, edge.target, edge.label, edge.start, edge.end)
        self._list_kinds()
        self.apply_filters()

    def _away(self, node_id: str) -> float:
        """The direction pointing away from the node `node_id` was reached from (any, for the first)."""
        node = self.view.nodes[node_id]
        for edge in self.view.edges:
            other = edge.target if edge.source == node_id else edge.source if edge.target == node_id else None
            if other is not None and other != node_id and self.view.nodes[other].expanded:
                delta = node.pos - self.view.nodes[other].pos
                return math.atan2(delta.y(), delta.x())
        return 0.0

    def _list_kinds(self) -> None:
        shown = {self.kinds.item(i).text(): self.kinds.item(i).checkState() for i in range(self.kinds.count())}
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for label in sorted({edge.label for edge in self.view.edges}):
            item = QListWidgetItem(label)  # archive property names: shown as text, never markup
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(shown.get(label, Qt.CheckState.Checked))
            self.kinds.addItem(item)
        self.kinds.blockSignals(False)

    def apply_filters(self) -> None:
        """Show the links of the kinds ticked (that held in the year, if asked) and the nodes they join."""
        kinds = {self.kinds.item(i).text() for i in range(self.kinds.count())
                 if self.kinds.item(i).checkState() == Qt.CheckState.Checked}
        year = str(self.year.value()) if self.year_filter.isChecked() else None
        linked = {self.entity_id}
        for edge in self.view.edges:
            visible = edge.label in kinds and (year is None or _held(edge, year))
            edge.line.setVisible(visible)
            edge.text.setVisible(visible)
            if visible:
                linked.update((edge.source, edge.target))
        for node in self.view.nodes.values():
            node.item.setVisible(node.id in linked)
            node.label.setVisible(node.id in linked)
        self.view.place_labels()
        shown = sum(1 for node in self.view.nodes.values() if node.item.isVisible())
        text = self.tr("{nodes} people, organisations and records, {links} links. Double-click one (or Enter) to "
                       "add its links; Ctrl+Enter opens its page.").format(
            nodes=shown, links=sum(1 for e in self.view.edges if e.line.isVisible()))
        if self.cut:
            text += " " + self.tr("Some have more links than can be shown: only the first 500 of theirs are here.")
        self.summary.setText(text)

    # -- export ------------------------------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        suggested = suggested_file_name(f"graph {self.entity_id}", kind, "graph")
        path = filedialogs.save_file_name(self, self.tr("Export the graph"), suggested,
                                          "PNG (*.png)" if kind == "png" else "SVG (*.svg)")
        if path is None:
            return
        try:
            (self.export_png if kind == "png" else self.export_svg)(path)
        except OSError as exc:
            self.statusMessage.emit(self.tr("The graph was not exported: {error}").format(error=isolate(exc)))
            return
        self.statusMessage.emit(self.tr("Graph exported to {path}").format(path=isolate(path)))

    def _visible_rect(self) -> QRectF:
        items = [i for i in self.view.scene().items() if i.isVisible()]
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        return rect.adjusted(-20, -20, 20, 20)

    def export_png(self, path: Path) -> None:
        rect = self._visible_rect()
        image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.scene().render(painter, QRectF(image.rect()), rect)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def export_svg(self, path: Path) -> None:
        """The visible graph as SVG, written by hand: every label is archive text, escaped."""
        rect = self._visible_rect()
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{rect.x():.0f} {rect.y():.0f} '
                 f'{rect.width():.0f} {rect.height():.0f}" font-family="sans-serif" font-size="11">',
                 f'<rect x="{rect.x():.0f}" y="{rect.y():.0f}" width="{rect.width():.0f}" height="{rect.height():.0f}" '
                 'fill="white"/>']
        for edge in self.view.edges:
            if not edge.line.isVisible():
                continue
            line = edge.line.line()
            parts.append(f'<line x1="{line.x1():.1f}" y1="{line.y1():.1f}" x2="{line.x2():.1f}" y2="{line.y2():.1f}" '
                         'stroke="#9e9e9e"/>')
            middle = (line.p1() + line.p2()) / 2
            parts.append(f'<text x="{middle.x():.1f}" y="{middle.y() - 3:.1f}" text-anchor="middle" fill="#757575">'
                         f'{html.escape(edge.text.text())}</text>')
        for node in self.view.nodes.values():
            if not node.item.isVisible():
                continue
            parts.append(f'<circle cx="{node.pos.x():.1f}" cy="{node.pos.y():.1f}" r="{NODE / 2:.0f}" '
                         f'fill="{GROUPS.get(node.schema, OTHER)}"><title>{html.escape(node.caption)}</title></circle>')
            label = node.label.sceneBoundingRect()  # where place_labels put it
            parts.append(f'<text x="{label.center().x():.1f}" y="{label.bottom() - 3:.1f}" text-anchor="middle">'
                         f'{html.escape(node.label.text())}</text>')
        parts.append("</svg>\n")
        path.write_text("\n".join(parts), encoding="utf-8")

    def key(self) -> tuple[str, str, str]:
        return ("graph", self.session.key, self.entity_id)


def _arc(centre: QPointF, away: float, count: int) -> list[QPointF]:
    """`count` points around `centre`: a full circle for the first node, else the half facing `away`,
    on rings that grow so that neighbours stay about a node's label apart."""
    if count == 0:
        return []
    spread = 2 * math.pi if away == 0.0 else math.pi * 1.2
    per_ring = max(6, int(spread * RING / 90))
    points = []
    for index in range(count):
        ring, slot = divmod(index, per_ring)
        in_ring = min(per_ring, count - ring * per_ring)
        radius = RING * (1 + 0.6 * ring)
        angle = away - spread / 2 + spread * (slot + 0.5) / in_ring
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return points


def _free(centre: QPointF, wanted: QPointF, taken: list[QPointF]) -> QPointF:
    """`wanted`, or the nearest point on rings around `centre` with no node within SPACING of it:
    turned a little either way first, then moved out a ring."""
    delta = wanted - centre
    radius, angle = math.hypot(delta.x(), delta.y()), math.atan2(delta.y(), delta.x())
    for ring in range(6):
        r = radius + ring * RING * 0.5
        for turn in (0, 1, -1, 2, -2, 3, -3, 4, -4):
            a = angle + turn * SPACING / max(r, 1)
            point = QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a))
            if all((point.x() - p.x()) ** 2 + (point.y() - p.y()) ** 2 >= SPACING ** 2 for p in taken):
                return point
    return wanted  # a crowded corner: overlap rather than wander off


def _held(edge: _Edge, year: str) -> bool:
    """Whether a link held in `year`: an undated one always does; dates compare as ISO prefixes."""
    if not edge.start and not edge.end:
        return True
    return (edge.start or "0000")[:4] <= year <= (edge.end or "9999")[:4]


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
