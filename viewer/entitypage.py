"""One entity's page: its names in every script, properties, relations and the items that mention it.

Relations and mentions are links in two read-only QTextBrowsers. Every archive string is escaped
before it enters their HTML, links carry only an index into this page's own list of targets (never
an archive string), and the browsers refuse to load any resource at all.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QToolButton,
                               QVBoxLayout, QWidget)

from archive import CasefileError
from archive.entities import Entity
from archive.ftm import EDGES, ENTITY_PROPERTIES
from archive.search.engine import snippet_around
from archive.text import is_han

NAME_PROPERTIES = ("name", "alias", "weakAlias", "previousName")
MAX_RELATIONS = 500
MAX_MENTIONED_ITEMS = 200
SNIPPET_CHARS = 200
LABELS = {"addressEntity": "Address", "entity": "Entity", "pep": "PEP", "wikidataId": "Wikidata id"}
TOPICS = {"role.pep": "Politically exposed person", "sanction": "Sanctioned", "role.rca": "Close associate",
          "crime": "Crime", "poi": "Person of interest"}
SYNTHETIC_NOTES = {"Person": "Synthetic record (not a real person)",
                   "Address": "Synthetic record (not a real place)"}
MARK = '<span style="background-color:#fff176; color:#000000; font-weight:bold">{}</span>'


def readable(name: str) -> str:
    """An FtM property or schema name as a label: "birthDate" → "Birth date"."""
    if name in LABELS:
        return LABELS[name]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).split()
    return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:])]) if words else name


def _plural(label: str) -> str:
    if label.endswith("y") and label[-2:-1] not in "aeiou":
        return label[:-1] + "ies"
    return label + ("es" if label.endswith(("s", "x")) else "s")


def _script(name: str) -> str:
    if any(is_han(ch) for ch in name):
        return "han"
    if any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in name):
        return "arabic"
    return "latin"


def _period(props: dict[str, list[str]]) -> str:
    start, end = props.get("startDate", [""])[0], props.get("endDate", [""])[0]
    if start and end:
        return f"{start} – {end}"
    if start or end:
        return f"from {start}" if start else f"until {end}"
    return (props.get("listingDate") or props.get("date") or [""])[0]


@dataclass(frozen=True)
class _Relation:
    rank: int  # groups shown in this order: own references, edges, then who points here, sanctions last
    group: str
    html: str
    order: int = 0  # among edges, FtM's order: posts held (Occupancy) before memberships


class _Browser(QTextBrowser):
    """A link list that never follows a link itself and never loads a resource."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        return None


class EntityPage(QWidget):
    """Shows one entity at a time, with Back/Forward history (Alt+Left / Alt+Right)."""

    entityActivated = Signal(object, str)  # session, entity id: the page has moved there
    itemActivated = Signal(object, str, str)  # session, item id, quoted name to highlight in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.entity: Entity | None = None
        self._history: list[tuple[object, str]] = []
        self._position = -1
        self._links: list[tuple[str, str, str]] = []  # (kind, id, query) behind each href index
        self.back_action = self._action("Back", Qt.Key.Key_Left, self.back)
        self.forward_action = self._action("Forward", Qt.Key.Key_Right, self.forward)
        self.name = self._label("Entity name", 1.8, bold=True)
        self.schema = self._label("Entity type", 1.0)
        self.synthetic = self._label("Synthetic record", 1.0, bold=True)
        self.synthetic.setStyleSheet("background:#8d6e00; color:white; padding:3px 8px; border-radius:3px")
        self.chinese = self._label("Chinese names", 1.5)
        self.uyghur = self._label("Uyghur names", 1.5)
        # Right-to-left text would otherwise align to the far edge, away from its "Uyghur:" label.
        self.uyghur.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.schema.setWordWrap(False)
        self.synthetic.setWordWrap(False)
        self.aliases = self._label("Other names", 1.0)
        self.details = _Browser("Properties and relations")
        self.mentions = _Browser("Items that mention this entity")
        for browser in (self.details, self.mentions):
            browser.anchorClicked.connect(self._follow)
        self._layout()
        self._update_actions()

    def _action(self, text: str, key: Qt.Key, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _label(self, accessible: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # archive strings: never rich text
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _layout(self) -> None:
        nav = QHBoxLayout()
        for action in (self.back_action, self.forward_action):
            button = QToolButton()
            button.setDefaultAction(action)
            nav.addWidget(button)
        nav.addWidget(self.name, 1)
        names = QFormLayout()
        names.addRow("Chinese:", self.chinese)
        names.addRow("Uyghur:", self.uyghur)
        names.addRow("Also known as:", self.aliases)
        self._names = names
        tags = QHBoxLayout()
        tags.addWidget(self.schema)
        tags.addWidget(self.synthetic)
        tags.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.details)
        splitter.addWidget(self.mentions)
        splitter.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(tags)
        layout.addLayout(names)
        layout.addWidget(splitter, 1)

    # -- navigation ------------------------------------------------------------------------------
    def show_entity(self, session, entity_id: str) -> None:
        """Show an entity, adding it to the history (after the current entry, dropping what was ahead)."""
        if self._history[self._position:self._position + 1] != [(session, entity_id)]:
            del self._history[self._position + 1:]
            self._history.append((session, entity_id))
            self._position = len(self._history) - 1
        self._render()

    def back(self) -> None:
        """Go to the previous entity in the history, if any."""
        self._go(self._position - 1)

    def forward(self) -> None:
        """Go to the next entity in the history, if any."""
        self._go(self._position + 1)

    def _go(self, position: int) -> None:
        if 0 <= position < len(self._history) and position != self._position:
            self._position = position
            self._render()
            self.entityActivated.emit(self.session, self.entity.id if self.entity else "")

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self._position > 0)
        self.forward_action.setEnabled(self._position < len(self._history) - 1)

    def _follow(self, url: QUrl) -> None:
        try:
            kind, target, query = self._links[int(url.path())]
        except (ValueError, IndexError):
            return
        if kind == "entity":
            self.show_entity(self.session, target)
            self.entityActivated.emit(self.session, target)
        else:
            self.itemActivated.emit(self.session, target, query)

    def _link(self, kind: str, target: str, text: str, query: str = "") -> str:
        self._links.append((kind, target, query))
        return f'<a href="{kind}:{len(self._links) - 1}">{html.escape(text)}</a>'

    # -- rendering -------------------------------------------------------------------------------
    def _render(self) -> None:
        self.session, entity_id = self._history[self._position]
        self._links = []
        self._update_actions()
        try:
            self.entity = entity = self.session.archive.entities.get(entity_id)
            details = self._properties_html(entity) + self._relations_html(entity)
            mentions = self._mentions_html(entity)
        except CasefileError as exc:
            self.entity = None
            self._show_header(None, entity_id)
            self.details.setHtml(f"<p>{html.escape(str(exc))}</p>")
            self.mentions.clear()
            return
        self._show_header(entity, entity_id)
        self.details.setHtml(details)
        self.mentions.setHtml(mentions)

    def _show_header(self, entity: Entity | None, entity_id: str) -> None:
        names = self._names_of(entity) if entity else []
        self.name.setText(entity.caption if entity else entity_id)
        self.setAccessibleName(f"Entity page: {self.name.text()}")
        by_script = {script: [n for n in names if _script(n) == script] for script in ("han", "arabic", "latin")}
        for label, values in ((self.chinese, by_script["han"]), (self.uyghur, by_script["arabic"]),
                              (self.aliases, [n for n in by_script["latin"] if n != self.name.text()])):
            label.setText(" · ".join(values))
            self._names.setRowVisible(label, bool(values))
        self.schema.setText(f"{readable(entity.schema)} · {entity.id}" if entity else "Record not found")
        self.synthetic.setVisible(bool(entity and entity.synthetic))
        if entity:
            self.synthetic.setText(SYNTHETIC_NOTES.get(entity.schema, "Synthetic record (invented, not real)"))

    @staticmethod
    def _names_of(entity: Entity) -> list[str]:
        names: list[str] = []
        for prop in NAME_PROPERTIES:
            names.extend(v for v in entity.properties.get(prop, ()) if v not in names)
        return names

    def _properties_html(self, entity: Entity) -> str:
        rows = []
        for prop, values in sorted(entity.properties.items()):
            if prop in NAME_PROPERTIES or prop in ENTITY_PROPERTIES or not values:
                continue
            shown = [TOPICS.get(v, v) for v in values] if prop == "topics" else values
            cells = "<br>".join(html.escape(v) for v in shown)
            rows.append(f'<tr><td style="padding-right:12px"><b>{html.escape(readable(prop))}</b></td>'
                        f"<td>{cells}</td></tr>")
        table = f"<table>{''.join(rows)}</table>" if rows else "<p><i>No other properties.</i></p>"
        return f"<h3>Properties</h3>{table}"

    def _relations_html(self, entity: Entity) -> str:
        outgoing, incoming = self.session.archive.entities.relations(entity.id)
        lookup: dict[str, Entity | None] = {}
        rows = [self._outgoing(r.prop, r.target_id, lookup) for r in outgoing]
        rows += [self._incoming(r.source_id, r.prop, lookup) for r in incoming[:MAX_RELATIONS]]
        if not rows:
            return "<h3>Relations</h3><p><i>No relations.</i></p>"
        parts, group = [], None
        for row in sorted(rows, key=lambda r: (r.rank, r.order, r.group)):
            if row.group != group:
                parts.append(f"{'</ul>' if group else ''}<h3>{html.escape(row.group)}</h3><ul>")
                group = row.group
            parts.append(f"<li>{row.html}</li>")
        more = len(incoming) - MAX_RELATIONS
        tail = f"<p><i>and {more:,} more not shown</i></p>" if more > 0 else ""
        return "".join(parts) + "</ul>" + tail

    def _get(self, entity_id: str, lookup: dict[str, Entity | None]) -> Entity | None:
        if entity_id not in lookup:
            try:
                lookup[entity_id] = self.session.archive.entities.get(entity_id)
            except CasefileError:
                lookup[entity_id] = None
        return lookup[entity_id]

    def _ref(self, entity_id: str, lookup: dict[str, Entity | None], extra: str = "") -> str:
        """A link to an entity, with its type and `extra` (dates) in grey after it."""
        target = self._get(entity_id, lookup)
        if target is None:
            return f"{html.escape(entity_id)} <i>(record missing)</i>"
        facts = " · ".join(f for f in (readable(target.schema), extra, "synthetic" if target.synthetic else "") if f)
        return f'{self._link("entity", target.id, target.caption)} <span style="color:gray">· {html.escape(facts)}</span>'

    def _outgoing(self, prop: str, target_id: str, lookup) -> _Relation:
        return _Relation(0, readable(prop), self._ref(target_id, lookup))

    def _incoming(self, source_id: str, prop: str, lookup) -> _Relation:
        source = self._get(source_id, lookup)
        if source is not None and source.schema in EDGES:
            # An edge (Occupancy, Membership...): show the entity at its other end, and the edge record.
            src_prop, dst_prop, label = EDGES[source.schema]
            if prop in (src_prop, dst_prop):
                other_prop = dst_prop if prop == src_prop else src_prop
                others = source.properties.get(other_prop, [])
                record = self._link("entity", source.id, readable(source.schema).lower())
                refs = ", ".join(self._ref(o, lookup, _period(source.properties)) for o in others) or "?"
                order = list(EDGES).index(source.schema)
                if prop == src_prop:
                    return _Relation(1, label.capitalize(), f"{refs} ({record})", order)
                return _Relation(2, _plural(readable(other_prop)), f"{refs} ({record})", order)
        rank = 4 if source is not None and source.schema == "Sanction" else 3
        extra = _period(source.properties) if source is not None else ""
        group = _plural(readable(source.schema)) if source is not None else "Referenced by"
        return _Relation(rank, group, self._ref(source_id, lookup, extra))

    def _mentions_html(self, entity: Entity) -> str:
        archive = self.session.archive
        spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
        for mention in archive.entities.mentions(entity.id):
            spans.setdefault(mention.item_id, {}).setdefault(mention.field, []).append((mention.start, mention.end))
        if not spans:
            return "<h3>Mentioned in</h3><p><i>No report or image mentions this entity.</i></p>"
        parts = [f"<h3>Mentioned in {len(spans):,} item{'s' if len(spans) != 1 else ''}</h3>"]
        for item_id in list(spans)[:MAX_MENTIONED_ITEMS]:
            parts.append(self._mention_html(item_id, spans[item_id]))
        if len(spans) > MAX_MENTIONED_ITEMS:
            parts.append(f"<p><i>and {len(spans) - MAX_MENTIONED_ITEMS:,} more items</i></p>")
        return "".join(parts)

    def _mention_html(self, item_id: str, fields: dict[str, list[tuple[int, int]]]) -> str:
        """The item's title as a link, then the passage with the most mentions, each emphasised."""
        archive = self.session.archive
        item = archive.items.get(item_id)
        field = next(f for f in ("text", "caption", "title", *fields) if f in fields)
        text = {"text": lambda: archive.items.text(item_id), "caption": lambda: item.caption or "",
                "title": lambda: item.title}.get(field, lambda: "")()
        # Offsets come from the archive: keep only those that fall inside the text.
        valid = sorted((s, e) for s, e in fields[field] if 0 <= s < e <= len(text))
        query = f'"{text[valid[0][0]:valid[0][1]].replace(chr(34), " ")}"' if valid else ""
        snippet, inside = snippet_around(text, valid, SNIPPET_CHARS) if valid else ("", ())
        pieces, last = [], 0
        for start, end in inside:
            if start >= last:
                pieces += [html.escape(snippet[last:start]), MARK.format(html.escape(snippet[start:end]))]
                last = end
        pieces.append(html.escape(snippet[last:]))
        count = sum(len(v) for v in fields.values())
        facts = " · ".join(f for f in (item.kind, item.date or "", f"{count} mention{'s' if count != 1 else ''}",
                                       "synthetic" if item.synthetic else "") if f)
        title = self._link("item", item_id, item.title or item_id, query)
        return (f'<p><b>{title}</b> <span style="color:gray">· {html.escape(facts)}</span><br>'
                f"{''.join(pieces)}</p>")
