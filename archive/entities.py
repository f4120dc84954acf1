"""FollowTheMoney entity records and their relations: `archive.entities`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import ItemNotFound
from .schema import FTS_TABLE
from .search.analysis import term_groups
from .text import is_han

if TYPE_CHECKING:
    from .reader import Archive

BATCH = 1_000
SCAN_POSTINGS_PER_ENTITY = 3  # above this, a one-letter name filter scans names instead of asking FTS5
# The columns of a list row: only what a list shows, so 100,000 rows stay small (no properties JSON).
# An entity's own date (a birth, a post's or a sanction's start), as its search document has it.
ENTITY_DATE = ("(SELECT d.date FROM search_docs d WHERE d.entity_id = entities.id AND d.doc_kind = 'entity' "
               "LIMIT 1)")
ROW_COLUMNS = f"rowid, id, schema, caption, synthetic, {ENTITY_DATE}"
# What an entity list may be ordered by: list order (schema, then caption), caption alone, or date.
ORDERS = frozenset({"schema", "caption", "date"})
KEYSET_ORDERS = frozenset({"schema", "caption"})  # the orders `page` reads a page at a time
# Where the properties JSON of an entity row keeps the record's extra top-level keys (`datasets`,
# `first_seen`...): no FtM property name can start with "@".
EXTRA_KEY = "@extra"
# Top-level keys of an FtM record that an extra key may not replace on export.
RECORD_KEYS = frozenset({"id", "schema", "properties", "synthetic"})


@dataclass(frozen=True)
class Entity:
    id: str
    schema: str
    caption: str
    properties: dict[str, list[str]]
    synthetic: bool
    extra: dict = field(default_factory=dict)

    def to_ftm(self) -> dict:
        """The record as an FtM JSON object (what `casefile export-entities` prints), with the extra
        top-level keys the source record had."""
        record = {key: value for key, value in self.extra.items() if key not in RECORD_KEYS}
        record.update({"id": self.id, "schema": self.schema, "properties": self.properties})
        if self.synthetic:
            record["synthetic"] = True
        return record


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One line of an entity list: what the list shows, and `key`, where the next page starts."""

    id: str
    schema: str
    caption: str
    synthetic: bool
    key: tuple  # (schema, caption, rowid) as stored: the list's sort key, for keyset paging
    date: str = ""  # the record's own date (a birth, a post's or a sanction's start), "" for none


@dataclass(frozen=True)
class Relation:
    """An entity-typed property: `source_id`'s `prop` points at `target_id`."""

    source_id: str
    prop: str
    target_id: str


@dataclass(frozen=True)
class EntityMention:
    item_id: str
    field: str
    start: int
    end: int


class Entities:
    """Query object for entity records."""

    def __init__(self, archive: Archive):
        self._archive = archive
        self._order: ListOrder | None = None  # built by the first name filter

    def count(self, schema: str | None = None) -> int:
        if schema is None:
            return self._archive.query_one("SELECT count(*) FROM entities")[0]
        return self._archive.query_one("SELECT count(*) FROM entities WHERE schema = ?", (schema,))[0]

    def schemata(self) -> dict[str, int]:
        return dict(self._archive.query("SELECT schema, count(*) FROM entities GROUP BY schema ORDER BY schema"))

    def get(self, entity_id: str) -> Entity:
        row = self._archive.query_one(
            "SELECT id, schema, caption, properties, synthetic FROM entities WHERE id = ?", (entity_id,)
        )
        if row is None:
            raise ItemNotFound(f"No entity {entity_id!r} in {self._archive.path.name}.")
        return _entity(row)

    def many(self, entity_ids: Iterable[str]) -> dict[str, Entity]:
        """The entities among `entity_ids` by id (unknown ids left out): one query, the ids one JSON
        parameter however many."""
        rows = self._archive.query("SELECT id, schema, caption, properties, synthetic FROM entities "
                                   "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(entity_ids)),))
        return {entity.id: entity for entity in map(_entity, rows)}

    def list(self, schema: str | None = None, *, limit: int = 100) -> list[Entity]:
        """The first `limit` entities of `schema` (None: all) in list order, whole records."""
        return [_entity(row) for row in self._window("id, schema, caption, properties, synthetic", schema, None, limit)]

    def iter_all(self, schema: str | None = None) -> Iterator[Entity]:
        """Every entity, in batches so memory stays flat on 100,000-record archives."""
        after = None
        while rows := self._window("rowid, id, schema, caption, properties, synthetic", schema, after, BATCH):
            yield from (_entity(row[1:]) for row in rows)
            after = rows[-1][2], rows[-1][3], rows[-1][0]

    def page(self, schema: str | None = None, *, after: EntityRow | None = None, limit: int = 200,
             order: str = "schema", descending: bool = False) -> list[EntityRow]:
        """Up to `limit` list rows of `schema` (None: all) in list order, (schema, caption), or by
        caption alone with `order="caption"`, from just after `after` (None: the first). Keyset
        paging: every page costs the same, the last of 100,000 as the first. List order (or any
        order within one schema) reads the (schema, caption) index; caption order over every schema
        has no index to read and sorts in SQL, about 20-35 ms a page at 100,000 entities."""
        return [_row(row) for row in self._window(ROW_COLUMNS, schema, after.key if after else None, limit,
                                                  order, descending)]

    def _window(self, columns: str, schema: str | None, after: tuple | None, limit: int,
                order: str = "schema", descending: bool = False) -> list[tuple]:
        if order not in KEYSET_ORDERS:  # date: `filtered` gives every key in order, once
            raise ValueError(f"entities cannot be ordered by {order!r}")
        # With the schema fixed, comparing (caption, rowid) keeps the index's equality prefix; a
        # caption order over every schema compares the same columns.
        keyed = schema is not None or order == "caption"
        where, params = [], []
        if schema is not None:
            where.append("schema = ?")
            params.append(schema)
        if after is not None:
            later = "<" if descending else ">"
            where.append(f"(caption, rowid) {later} (?, ?)" if keyed else f"(schema, caption, rowid) {later} (?, ?, ?)")
            params.extend(after[1:] if keyed else after)
        direction = " DESC" if descending else ""
        sort = ", ".join(f"{column}{direction}" for column in (("caption", "rowid") if keyed else
                                                                ("schema", "caption", "rowid")))
        sql = f"SELECT {columns} FROM entities {'WHERE ' + ' AND '.join(where) if where else ''} " \
              f"ORDER BY {sort} LIMIT ?"
        return self._archive.query(sql, (*params, limit))

    def filtered(self, schema: str | None = None, *, text: str = "", among: Iterable[str] | None = None,
                 order: str = "schema", descending: bool = False) -> list[int]:
        """The row keys (for `rows`) of the entities of `schema` (None: all) whose names match `text`
        as `matching` has it ("": any) and whose ids are among `among` (None: any; a search's
        entities), in list order or by caption (`order="caption"`), either way round.

        Each filter is one statement (the ids and keys travel as one JSON parameter), the two
        combined in Python: one statement over both JSON lists took three times as long. At 100,000
        entities: "a" (26,000 keys) 37 ms in list order, 75 ms by caption; a search's 8,000 ids 19 ms;
        both 62 ms. By date (`order="date"`, each record's own date, from its search document: no
        index orders them) every entity of the list is looked up once: ~400 ms at 100,000 and at
        120,000 entities."""
        if order not in ORDERS:
            raise ValueError(f"entities cannot be ordered by {order!r}")
        keys = self.matching(text, schema) if text.strip() else None
        if among is not None:
            ids = json.dumps([str(entity_id) for entity_id in among])
            if keys is None:
                return self._sorted("id IN (SELECT value FROM json_each(?))", ids, schema, order, descending)
            inside = {row[0] for row in self._archive.query(
                "SELECT rowid FROM entities WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
            keys = [key for key in keys if key in inside]
        if keys is None:
            return self._sorted("1", None, schema, order, descending)
        if order == "schema":  # matching's own order
            return keys[::-1] if descending else keys
        return self._sorted("rowid IN (SELECT value FROM json_each(?))", json.dumps(keys), None, order, descending)

    def _sorted(self, condition: str, values: str | None, schema: str | None, order: str,
                descending: bool) -> list[int]:
        """The row keys of the entities meeting `condition` (with its one JSON parameter `values`) and
        of `schema`, in `order`."""
        params = (values,) if values is not None else ()
        if schema is not None:
            condition, params = f"{condition} AND schema = ?", (*params, schema)
        direction = " DESC" if descending else ""
        columns = {"schema": ("schema", "caption", "rowid"), "caption": ("caption", "rowid"),
                   "date": (f"coalesce({ENTITY_DATE}, '')", "rowid")}[order]
        rows = self._archive.query(f"SELECT rowid FROM entities WHERE {condition} "
                                   f"ORDER BY {', '.join(column + direction for column in columns)}", params)
        return [row[0] for row in rows]

    def matching(self, text: str, schema: str | None = None) -> list[int]:
        """The row keys (rowids) of the entities of `schema` (None: all) with a name, alias or
        transliteration that has every word of `text` as a word prefix, in list order: the name filter.

        The match runs on the search index's `names` column with the index's own analysis, so 陈 finds
        陈全国, chen finds him too and Uyghur word endings do not matter. Text that has no index terms
        (punctuation only) is matched as a plain substring of the caption instead."""
        expression = _names_match(text)
        if expression is None:
            where, params = ("AND e.schema = ?", (schema,)) if schema is not None else ("", ())
            rows = self._archive.query(
                f"SELECT e.rowid FROM entities e WHERE instr(e.caption, ?) > 0 {where} "
                "ORDER BY e.schema, e.caption, e.rowid", (text.strip(), *params))
            return list(dict.fromkeys(row[0] for row in rows))
        groups = term_groups(text)
        letter = groups[0][0] if len(groups) == 1 and len(groups[0]) == 1 and len(groups[0][0]) == 1 else None
        if letter is not None and self._scan_pays(letter):
            # The names column holds the index terms separated by spaces: " a" in it is a term
            # beginning with "a", as FTS5's prefix query has it (tested to agree).
            docs_sql, params = ("SELECT id FROM search_docs WHERE doc_kind = 'entity' AND instr(' ' || names, ?) > 0",
                                (" " + letter,))
        else:
            docs_sql, params = f"SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (expression,)
        order = self._order
        if order is None:
            # Until the list order is read (list_order(), or given by use_list_order), SQL joins each
            # matching document to its entity and sorts them.
            where, schema_params = ("AND e.schema = ?", (schema,)) if schema is not None else ("", ())
            rows = self._archive.query(
                f"SELECT e.rowid FROM ({docs_sql}) m JOIN search_docs d ON d.id = m.id "
                f"JOIN entities e ON e.id = d.entity_id WHERE d.doc_kind = 'entity' {where} "
                "ORDER BY e.schema, e.caption, e.rowid", (*params, *schema_params))
            # One search document per entity in a file this project built; dict.fromkeys drops a forged
            # second one in Python, cheaper than DISTINCT's extra sort in SQL.
            return list(dict.fromkeys(row[0] for row in rows))
        docs = self._archive.query(docs_sql, params)
        found = {place for place in map(order.places.get, (row[0] for row in docs)) if place is not None}
        return [order.rowids[place] for place in sorted(found)
                if schema is None or order.schemas[place] == schema]

    def _scan_pays(self, letter: str) -> bool:
        """Whether reading every entity's names beats FTS5 for a one-letter prefix. FTS5 merges the
        lists of every term that begins with the letter, the reports' too: its cost follows their
        postings (in search_terms), the scan's the entity count. Measured: "a" at leak scale, 1.0 M
        postings, FTS5 158 ms against a 72 ms scan; at 1x, 0.28 M postings, 25 ms against 59."""
        if is_han(letter):
            return False  # one Han character is a term of its own: its list is short
        postings = self._archive.query_one("SELECT sum(docs) FROM search_terms WHERE term >= ? AND term < ?",
                                           (letter, chr(ord(letter) + 1)))[0]
        entities = len(self._order.rowids) if self._order is not None else self.count()
        return isinstance(postings, int) and postings > SCAN_POSTINGS_PER_ENTITY * entities

    def list_order(self) -> ListOrder:
        """Each entity's place in list order, read on first use: once it is, name filters map the index's
        answer through it instead of joining and sorting in SQL."""
        if self._order is None:
            self._order = ListOrder(self._archive)
        return self._order

    @property
    def has_list_order(self) -> bool:
        """Whether the list order has been read (or given) already."""
        return self._order is not None

    def use_list_order(self, order: ListOrder) -> None:
        """Take the list order another connection to this same file read (the viewer reads it in the
        background when an archive is shown; filters before it arrives join and sort in SQL)."""
        self._order = order

    def rows(self, keys: list[int]) -> list[EntityRow]:
        """The list rows of `keys` (from `matching`), in the order given; keys no longer found are left out."""
        found = {}
        for start in range(0, len(keys), 500):  # under SQLite's variable limit
            chunk = keys[start:start + 500]
            found.update((row[0], _row(row)) for row in self._archive.query(
                f"SELECT {ROW_COLUMNS} FROM entities WHERE rowid IN ({','.join('?' * len(chunk))})", tuple(chunk)))
        return [found[key] for key in keys if key in found]

    def most_mentioned(self, limit: int = 20, *, schemata: tuple[str, ...] | None = None,
                       seconds: float | None = None) -> list[tuple[Entity, int]]:
        """The entities named most often (of `schemata`, None: any), with their number of mentions,
        most first: what a newcomer to an archive may want to search for. It reads every mention row
        (about a second at leak scale): run it off the GUI thread."""
        rows = self._archive.query(
            "SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id "
            "ORDER BY n DESC, entity_id LIMIT ?", (max(limit, 0) * 5 if schemata else max(limit, 0),),
            seconds=seconds)
        entities = self.many(str(entity_id) for entity_id, _count in rows)  # a mention of no entity: left out
        found = [(entities[str(entity_id)], count) for entity_id, count in rows
                 if str(entity_id) in entities and isinstance(count, int)]
        return [(entity, count) for entity, count in found if schemata is None or entity.schema in schemata][:limit]

    def relations(self, entity_id: str) -> tuple[list[Relation], list[Relation]]:
        """(outgoing, incoming) relations of an entity."""
        out = self._archive.query(
            "SELECT source_id, prop, target_id FROM relations WHERE source_id = ?", (entity_id,)
        )
        inc = self._archive.query(
            "SELECT source_id, prop, target_id FROM relations WHERE target_id = ?", (entity_id,)
        )
        return [Relation(*map(str, r)) for r in out], [Relation(*map(str, r)) for r in inc]

    def mentions(self, entity_id: str, *, limit: int = 1_000) -> list[EntityMention]:
        rows = self._archive.query(
            'SELECT m.item_id, m.field, m.start, m."end" FROM mentions m JOIN items i ON i.id = m.item_id '
            "WHERE m.entity_id = ? ORDER BY i.position, m.field, m.start LIMIT ?",
            (entity_id, limit),
        )
        # Offsets are archive-controlled: a forged non-integer one is skipped, not a crash.
        return [EntityMention(str(i), str(f), s, e) for i, f, s, e in rows if isinstance(s, int) and isinstance(e, int)]


class ListOrder:
    """Each entity's place in list order, by the id of its own search document: read once per open
    archive (Entities.list_order, or in the background: Entities.use_list_order), so that a filter maps
    the index's answer through a dict instead of joining every match to its entity and sorting them
    (80 of the 235 ms "a" took at 120,000 entities, for 28,000 matches). About 10 MB at that size."""

    def __init__(self, archive: Archive):
        self.rowids: list[int] = []
        self.schemas: list[str] = []
        self.places: dict[int, int] = {}  # search document id -> place in the list
        for batch in archive.stream(
                "SELECT e.rowid, e.schema, d.id FROM entities e JOIN search_docs d ON d.entity_id = e.id "
                "WHERE d.doc_kind = 'entity' ORDER BY e.schema, e.caption, e.rowid", batch=BATCH * 10):
            for rowid, schema, doc_id in batch:
                if self.rowids and self.rowids[-1] == rowid:  # a forged second document of one entity
                    self.places[doc_id] = len(self.rowids) - 1
                    continue
                self.places[doc_id] = len(self.rowids)
                self.rowids.append(rowid)
                self.schemas.append(schema if isinstance(schema, str) else str(schema))


def _names_match(text: str) -> str | None:
    """The FTS5 expression for a name filter: each word (a Han run: its bigrams, as a phrase) must
    begin a term of the names column. None when `text` has no index terms."""
    phrases = [" ".join(term.replace('"', '""') for term in group) for group in term_groups(text)]
    return " AND ".join(f'names : "{phrase}" *' for phrase in phrases) or None


def _row(row: tuple) -> EntityRow:
    rowid, entity_id, schema, caption, synthetic, date = row
    return EntityRow(str(entity_id), str(schema), str(caption), bool(synthetic), (schema, caption, rowid),
                     date if isinstance(date, str) else "")


def _entity(row: tuple) -> Entity:
    entity_id, schema, caption, properties, synthetic = row
    try:
        parsed = json.loads(properties)
    except (TypeError, ValueError):
        parsed = {}
    extra = parsed.pop(EXTRA_KEY, None) if isinstance(parsed, dict) else None
    clean = {
        str(key): [str(v) for v in values]
        for key, values in (parsed.items() if isinstance(parsed, dict) else ())
        if isinstance(values, list)
    }
    return Entity(str(entity_id), str(schema), str(caption), clean, bool(synthetic),
                  {str(k): v for k, v in extra.items()} if isinstance(extra, dict) else {})
