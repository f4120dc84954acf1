"""What happened when: the dated items and the dated relations (positions held, memberships,
ownerships, sanctions, events) of an archive, of a search, or around one entity (issue 21).

An item is dated by its `date`; a relation record (an FtM interval: Occupancy, Membership,
Sanction...) by its startDate or date, and ends at its endDate when it has one. Dates are ISO prefixes
(YYYY, YYYY-MM or YYYY-MM-DD); anything else in a forged archive is left out, as are people's birth
dates (a person born in 1955 is not an event of 1955). At most `limit` events are returned, oldest
first, with the number there were: a reader is told when the timeline shows only part.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import ftm
from .entities import Entity

__all__ = ["TimelineEvent", "Timeline", "timeline_of"]

DEFAULT_LIMIT = 2_000
# Relation and event schemata: their dates are when something happened or held.
DATED_SCHEMATA = frozenset(ftm.EDGES) | {"Sanction", "Event"}
START_PROPERTIES = ("startDate", "date", "listingDate")
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True)
class TimelineEvent:
    kind: str  # "item" or "entity"
    id: str
    label: str
    start: str  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None = None  # a relation's end, when it has one
    detail: str = ""  # the item's kind or the entity's schema


@dataclass(frozen=True)
class Timeline:
    events: list[TimelineEvent] = field(default_factory=list)
    total: int = 0  # dated events there were, of which `events` are the oldest `limit`

    @property
    def complete(self) -> bool:
        return self.total <= len(self.events)


def timeline_of(archive, *, query: str | None = None, entity_id: str | None = None,
             limit: int = DEFAULT_LIMIT) -> Timeline:
    """The dated events of `archive`: all of them, those a search `query` finds, or those around
    `entity_id` (its relations and the items that mention it). QueryError for a query that cannot run."""
    if entity_id is not None:
        events = _around_entity(archive, entity_id)
    elif query:
        events = _of_search(archive, query)
    else:
        events = _of_archive(archive)
    events.sort(key=lambda event: (event.start, event.end or "", event.label, event.id))
    return Timeline(events[: max(limit, 0)], len(events))


def _of_archive(archive) -> list[TimelineEvent]:
    items = archive.query("SELECT id, title, date, kind FROM items WHERE date IS NOT NULL")
    records = [entity for schema in sorted(DATED_SCHEMATA) for entity in archive.entities.iter_all(schema)]
    return [*_items(items), *_records(records)]


def _of_search(archive, query: str) -> list[TimelineEvent]:
    item_ids, entity_ids = archive.search.dated_matches(query)
    items = archive.query("SELECT id, title, date, kind FROM items WHERE date IS NOT NULL "
                          "AND id IN (SELECT value FROM json_each(?))", (json.dumps(item_ids),))
    return [*_items(items), *_records(archive.entities.many(entity_ids).values())]


def _around_entity(archive, entity_id: str) -> list[TimelineEvent]:
    items = archive.query("SELECT id, title, date, kind FROM items WHERE date IS NOT NULL AND id IN "
                          "(SELECT item_id FROM mentions WHERE entity_id = ?)", (entity_id,))
    linked = [row[0] for row in archive.query("SELECT source_id FROM relations WHERE target_id = ?", (entity_id,))]
    return [*_items(items), *_records(archive.entities.many([entity_id, *linked]).values())]


def _items(rows) -> list[TimelineEvent]:
    return [TimelineEvent("item", item_id, title if isinstance(title, str) and title else item_id, date, None,
                          kind if isinstance(kind, str) else "")
            for item_id, title, date, kind in rows
            if isinstance(item_id, str) and _is_date(date)]


def _records(entities: Iterable[Entity]) -> list[TimelineEvent]:
    events = []
    for entity in entities:
        start, end = interval(entity.properties) if entity.schema in DATED_SCHEMATA else (None, None)
        if start is not None:
            events.append(TimelineEvent("entity", entity.id, entity.caption or entity.id, start, end, entity.schema))
    return events


def interval(properties: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """When an FtM interval or event record held: its first real start date (startDate, date,
    listingDate) and an endDate not before it; (None, None) without a start."""
    start = next((value for prop in START_PROPERTIES for value in properties.get(prop, []) if _is_date(value)), None)
    if start is None:
        return None, None
    return start, next((value for value in properties.get("endDate", []) if _is_date(value) and value >= start), None)


def _is_date(value) -> bool:
    """A real date as an ISO prefix (a forged 2021-02-31 or year 0000 is not one)."""
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    parts = [int(part) for part in value.split("-")]
    try:
        datetime.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return False
    return True

