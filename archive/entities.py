"""FollowTheMoney entity records and their relations: `archive.entities`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import ItemNotFound
from .search.analysis import term_groups

if TYPE_CHECKING:
    from .reader import Archive

BATCH = 1_000
# The columns of a list row: only what a list shows, so 100,000 rows stay small (no properties JSON).
ROW_COLUMNS = "rowid, id, schema, caption, synthetic"
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

    def list(self, schema: str | None = None, *, limit: int = 100) -> list[Entity]:
        """The first `limit` entities of `schema` (None: all) in list order, whole records."""
        return [_entity(row) for row in self._window("id, schema, caption, properties, synthetic", schema, None, limit)]

    def iter_all(self, schema: str | None = None) -> Iterator[Entity]:
        """Every entity, in batches so memory stays flat on 100,000-record archives."""
        after = None
        while rows := self._window("rowid, id, schema, caption, properties, synthetic", schema, after, BATCH):
            yield from (_entity(row[1:]) for row in rows)
            after = rows[-1][2], rows[-1][3], rows[-1][0]

    def page(self, schema: str | None = None, *, after: EntityRow | None = None, limit: int = 200) -> list[EntityRow]:
        """Up to `limit` list rows of `schema` (None: all) in (schema, caption) order, from just after
        `after` (None: the first). Keyset paging over the (schema, caption) index: every page costs the
        same, the last of 100,000 as the first."""
        return [_row(row) for row in self._window(ROW_COLUMNS, schema, after.key if after else None, limit)]

    def _window(self, columns: str, schema: str | None, after: tuple | None, limit: int) -> list[tuple]:
        where, params = [], []
        if schema is not None:
            where.append("schema = ?")
            params.append(schema)
        if after is not None:
            # With the schema fixed, comparing (caption, rowid) keeps the index's equality prefix.
            where.append("(caption, rowid) > (?, ?)" if schema is not None else "(schema, caption, rowid) > (?, ?, ?)")
            params.extend(after[1:] if schema is not None else after)
        sql = f"SELECT {columns} FROM entities {'WHERE ' + ' AND '.join(where) if where else ''} " \
              "ORDER BY schema, caption, rowid LIMIT ?"
        return self._archive.query(sql, (*params, limit))

    def matching(self, text: str, schema: str | None = None) -> list[int]:
        """The row keys (rowids) of the entities of `schema` (None: all) with a name, alias or
        transliteration that has every word of `text` as a word prefix, in list order: the name filter.

        The match runs on the search index's `names` column with the index's own analysis, so 陈 finds
        陈全国, chen finds him too and Uyghur word endings do not matter. Text that has no index terms
        (punctuation only) is matched as a plain substring of the caption instead."""
        where, params = ("AND e.schema = ?", (schema,)) if schema is not None else ("", ())
        expression = _names_match(text)
        if expression is None:
            rows = self._archive.query(
                f"SELECT e.rowid FROM entities e WHERE instr(e.caption, ?) > 0 {where} "
                "ORDER BY e.schema, e.caption, e.rowid", (text.strip(), *params))
        else:
            rows = self._archive.query(
                "SELECT e.rowid FROM search_docs_fts f "
                "JOIN search_docs d ON d.id = f.rowid JOIN entities e ON e.id = d.entity_id "
                f"WHERE search_docs_fts MATCH ? AND d.doc_kind = 'entity' {where} "
                "ORDER BY e.schema, e.caption, e.rowid", (expression, *params))
        # One search document per entity in a file this project built; dict.fromkeys drops a forged
        # second one in Python, cheaper than DISTINCT's extra sort in SQL.
        return list(dict.fromkeys(row[0] for row in rows))

    def rows(self, keys: list[int]) -> list[EntityRow]:
        """The list rows of `keys` (from `matching`), in the order given; keys no longer found are left out."""
        found = {}
        for start in range(0, len(keys), 500):  # under SQLite's variable limit
            chunk = keys[start:start + 500]
            found.update((row[0], _row(row)) for row in self._archive.query(
                f"SELECT {ROW_COLUMNS} FROM entities WHERE rowid IN ({','.join('?' * len(chunk))})", tuple(chunk)))
        return [found[key] for key in keys if key in found]

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


def _names_match(text: str) -> str | None:
    """The FTS5 expression for a name filter: each word (a Han run: its bigrams, as a phrase) must
    begin a term of the names column. None when `text` has no index terms."""
    phrases = [" ".join(term.replace('"', '""') for term in group) for group in term_groups(text)]
    return " AND ".join(f'names : "{phrase}" *' for phrase in phrases) or None


def _row(row: tuple) -> EntityRow:
    rowid, entity_id, schema, caption, synthetic = row
    return EntityRow(str(entity_id), str(schema), str(caption), bool(synthetic), (schema, caption, rowid))


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
