"""FollowTheMoney entity records and their relations: `archive.entities`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import ItemNotFound

if TYPE_CHECKING:
    from .reader import Archive

BATCH = 1_000
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

    def list(self, schema: str | None = None, *, limit: int = 100, offset: int = 0) -> list[Entity]:
        where, params = ("WHERE schema = ?", (schema,)) if schema else ("", ())
        rows = self._archive.query(
            f"SELECT id, schema, caption, properties, synthetic FROM entities {where} "
            f"ORDER BY schema, caption, id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_entity(row) for row in rows]

    def iter_all(self, schema: str | None = None) -> Iterator[Entity]:
        """Every entity, in batches so memory stays flat on 100,000-record archives."""
        offset = 0
        while batch := self.list(schema, limit=BATCH, offset=offset):
            yield from batch
            offset += len(batch)

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
