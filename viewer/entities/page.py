"""One entity's page: its names in every script, properties, relations and the items that mention it.

Relations and mentions are links in two read-only QTextBrowsers. Every archive string is escaped
before it enters their HTML, links carry only an index into this page's own list of targets (never
an archive string), and the browsers refuse to load any resource at all.

Labels are in the interface language: FtM schema, property and topic names through the tables below
(any name not in them is spelt out in English by `readable`), the page's own words through `tr`.
Archive strings (names, ids, dates, values) are never translated, and are isolated (`i18n.isolate`)
where they share a line with translated words.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QToolButton,
                               QVBoxLayout, QWidget)

from archive import EDGES, CasefileError, Entity, entity_properties, is_han, snippet_around

from ..i18n import isolate, shortcut_tip, text_direction
from ..metadata import item_kind_name
from ..theme import text_colour
from .labels import edge_group, property_value, readable, schema_group, topic_label

NAME_PROPERTIES = ("name", "alias", "weakAlias", "previousName")
MAX_RELATIONS = 500
MAX_MENTIONED_ITEMS = 200
SNIPPET_CHARS = 200
MARK = '<span style="background-color:#fff176; color:#000000; font-weight:bold">{}</span>'

SYNTHETIC_NOTES = {"Person": QT_TRANSLATE_NOOP("EntityPage", "Synthetic record (not a real person)"),
                   "Address": QT_TRANSLATE_NOOP("EntityPage", "Synthetic record (not a real place)")}


def _script(name: str) -> str:
    if any(is_han(ch) for ch in name):
        return "han"
    if any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in name):
        return "arabic"
    return "latin"


def _period(props: dict[str, list[str]]) -> str:
    translate = QCoreApplication.translate
    start, end = props.get("startDate", [""])[0], props.get("endDate", [""])[0]
    if start and end:
        #: A period of time: its start date, a dash, its end date.
        return translate("EntityPage", "{start} – {end}").format(start=isolate(start), end=isolate(end))
    if start:
        return translate("EntityPage", "from {start}").format(start=isolate(start))
    if end:
        return translate("EntityPage", "until {end}").format(end=isolate(end))
    date = (props.get("listingDate") or props.get("date") or [""])[0]
    return isolate(date) if date else ""


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _note(text: str) -> str:
    return f"<p><i>{html.escape(text)}</i></p>"


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
        # Lines mix translated words with archive strings, so they run in the interface's direction: Qt would
        # take it from the first letter, even one inside an isolated archive string.
        option = self.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        self.document().setDefaultTextOption(option)

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
        self.back_action = self._action(self.tr("Back"), Qt.Key.Key_Left, self.back)
        self.forward_action = self._action(self.tr("Forward"), Qt.Key.Key_Right, self.forward)
        self.name = self._label(self.tr("Entity name"), 1.8, bold=True)
        self.schema = self._label(self.tr("Entity type"), 1.0)
        self.synthetic = self._label(self.tr("Synthetic record"), 1.0, bold=True)
        self.synthetic.setStyleSheet("background:#8d6e00; color:white; padding:3px 8px; border-radius:3px")
        self.chinese = self._label(self.tr("Chinese names"), 1.5)
        self.uyghur = self._label(self.tr("Uyghur names"), 1.5)
        self.schema.setWordWrap(False)
        self.synthetic.setWordWrap(False)
        self.aliases = self._label(self.tr("Other names"), 1.0)
        self.details = _Browser(self.tr("Properties and relations"))
        self.mentions = _Browser(self.tr("Items that mention this entity"))
        for browser in (self.details, self.mentions):
            browser.anchorClicked.connect(self._follow)
        self._layout()
        self._update_actions()

    def _action(self, text: str, key: Qt.Key, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(shortcut_tip(text, action.shortcuts()))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _label(self, accessible: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # archive strings: never rich text
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        # Plain text aligns to its own script's side; names keep to the interface's, next to their label
        # (a Uyghur name in an English window, a Latin one in a Uyghur window).
        leading = Qt.AlignmentFlag.AlignLeft if self.isLeftToRight() else Qt.AlignmentFlag.AlignRight
        label.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
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
        names.addRow(self.tr("Chinese:"), self.chinese)
        names.addRow(self.tr("Uyghur:"), self.uyghur)
        names.addRow(self.tr("Also known as:"), self.aliases)
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
        # Isolated, a link in a line of translated words keeps its own direction (the anchor text stays
        # exactly the archive's).
        return isolate(f'<a href="{kind}:{len(self._links) - 1}">{html.escape(text)}</a>')

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
            self.details.setHtml(f"<p>{html.escape(isolate(exc))}</p>")
            self.mentions.clear()
            return
        self._show_header(entity, entity_id)
        self.details.setHtml(details)
        self.mentions.setHtml(mentions)

    def _show_header(self, entity: Entity | None, entity_id: str) -> None:
        names = self._names_of(entity) if entity else []
        self.name.setText(entity.caption if entity else entity_id)
        self.setAccessibleName(self.tr("Entity page: {name}").format(name=isolate(self.name.text())))
        by_script = {script: [n for n in names if _script(n) == script] for script in ("han", "arabic", "latin")}
        for label, values in ((self.chinese, by_script["han"]), (self.uyghur, by_script["arabic"]),
                              (self.aliases, [n for n in by_script["latin"] if n != self.name.text()])):
            label.setText(" · ".join(values))
            self._names.setRowVisible(label, bool(values))
        self.schema.setText(f"{readable(entity.schema)} · {isolate(entity.id)}" if entity
                            else self.tr("Record not found"))
        self.synthetic.setVisible(bool(entity and entity.synthetic))
        if entity:
            note = SYNTHETIC_NOTES.get(entity.schema)
            self.synthetic.setText(QCoreApplication.translate("EntityPage", note) if note
                                   else self.tr("Synthetic record (invented, not real)"))

    @staticmethod
    def _names_of(entity: Entity) -> list[str]:
        names: list[str] = []
        for prop in NAME_PROPERTIES:
            names.extend(v for v in entity.properties.get(prop, ()) if v not in names)
        return names

    def _properties_html(self, entity: Entity) -> str:
        rows = []
        references = entity_properties(entity.schema)
        for prop, values in sorted(entity.properties.items()):
            if prop in NAME_PROPERTIES or prop in references or not values:
                continue
            shown = [topic_label(v) for v in values] if prop == "topics" else [property_value(prop, v) for v in values]
            cells = "<br>".join(html.escape(isolate(v)) for v in shown)
            rows.append(f'<tr><td style="padding-right:12px"><b>{html.escape(readable(prop))}</b></td>'
                        f"<td>{cells}</td></tr>")
        table = f"<table>{''.join(rows)}</table>" if rows else _note(self.tr("No other properties."))
        return _heading(self.tr("Properties")) + table

    def _relations_html(self, entity: Entity) -> str:
        outgoing, incoming = self.session.archive.entities.relations(entity.id)
        lookup: dict[str, Entity | None] = {}
        rows = [self._outgoing(r.prop, r.target_id, lookup) for r in outgoing]
        rows += [self._incoming(r.source_id, r.prop, lookup) for r in incoming[:MAX_RELATIONS]]
        if not rows:
            return _heading(self.tr("Relations")) + _note(self.tr("No relations."))
        parts, group = [], None
        for row in sorted(rows, key=lambda r: (r.rank, r.order, r.group)):
            if row.group != group:
                parts.append(f"{'</ul>' if group else ''}{_heading(row.group)}<ul>")
                group = row.group
            parts.append(f"<li>{row.html}</li>")
        more = len(incoming) - MAX_RELATIONS
        tail = _note(self.tr("and {0} more not shown").format(QLocale().toString(more))) if more > 0 else ""
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
            missing = self.tr("(record missing)")
            return f"{html.escape(isolate(entity_id))} <i>{html.escape(missing)}</i>"
        #: After a link to an entity or item: the record is invented for demonstration, not real.
        synthetic = self.tr("synthetic") if target.synthetic else ""
        facts = " · ".join(f for f in (readable(target.schema), extra, synthetic) if f)
        link = self._link("entity", target.id, target.caption)
        return f'{link} <span style="color:{self._secondary()}">· {html.escape(facts)}</span>'

    def _outgoing(self, prop: str, target_id: str, lookup) -> _Relation:
        return _Relation(0, readable(prop), self._ref(target_id, lookup))

    def _incoming(self, source_id: str, prop: str, lookup) -> _Relation:
        source = self._get(source_id, lookup)
        if source is not None and source.schema in EDGES:
            # An edge (Occupancy, Membership...): show the entity at its other end, and the edge record.
            src_prop, dst_prop, _ = EDGES[source.schema]
            if prop in (src_prop, dst_prop):
                from_source = prop == src_prop
                others = source.properties.get(dst_prop if from_source else src_prop, [])
                record = self._link("entity", source.id, readable(source.schema).lower())
                refs = ", ".join(self._ref(o, lookup, _period(source.properties)) for o in others) or "?"
                order = list(EDGES).index(source.schema)
                return _Relation(1 if from_source else 2, edge_group(source.schema, from_source),
                                 f"{refs} ({record})", order)
        rank = 4 if source is not None and source.schema == "Sanction" else 3
        extra = _period(source.properties) if source is not None else ""
        group = schema_group(source.schema) if source is not None else self.tr("Referenced by")
        return _Relation(rank, group, self._ref(source_id, lookup, extra))

    def _mentions_html(self, entity: Entity) -> str:
        archive = self.session.archive
        spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
        for mention in archive.entities.mentions(entity.id):
            spans.setdefault(mention.item_id, {}).setdefault(mention.field, []).append((mention.start, mention.end))
        if not spans:
            return _heading(self.tr("Mentioned in")) + _note(self.tr("No report or image mentions this entity."))
        count = len(spans)
        heading = self.tr("Mentioned in 1 item") if count == 1 \
            else self.tr("Mentioned in {0} items").format(QLocale().toString(count))
        parts = [_heading(heading)]
        for item_id in list(spans)[:MAX_MENTIONED_ITEMS]:
            parts.append(self._mention_html(item_id, spans[item_id]))
        more = count - MAX_MENTIONED_ITEMS
        if more > 0:
            tail = self.tr("and 1 more item") if more == 1 \
                else self.tr("and {0} more items").format(QLocale().toString(more))
            parts.append(_note(tail))
        return "".join(parts)

    def _secondary(self) -> str:
        """Secondary text (kinds, dates, counts): softer than the names, still 4.5:1 in either theme."""
        return text_colour(self.palette(), "secondary").name()

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
        # The kind by its label; the date is the archive's own, isolated among translated words.
        facts = [item_kind_name(item.kind)] + ([isolate(item.date)] if item.date else [])
        facts.append(self.tr("1 mention") if count == 1 else self.tr("{0} mentions").format(QLocale().toString(count)))
        if item.synthetic:
            facts.append(self.tr("synthetic"))
        title = self._link("item", item_id, item.title or item_id, query)
        # The passage is a paragraph of its own, in its own direction (an English passage in a Uyghur window
        # runs left to right, its "…" at its own ends); the line above it is the interface's.
        direction = "rtl" if text_direction(snippet, Qt.LayoutDirection.LeftToRight) == Qt.LayoutDirection.RightToLeft \
            else "ltr"
        return (f'<p style="margin-bottom:0"><b>{title}</b> <span style="color:{self._secondary()}">· '
                f'{html.escape(" · ".join(facts))}</span></p>'
                f'<p dir="{direction}" style="margin-top:2px">{"".join(pieces)}</p>')
