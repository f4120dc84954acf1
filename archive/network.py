"""An entity's neighbourhood as a network: who is linked to whom, how, and when (issue 21).

FtM states a link two ways, and both become one edge between two entities:
- an interval record (Occupancy, Membership, Ownership...: `ftm.EDGES`) joins its two ends, e.g.
  person --holds--> post, with the record's dates and id (`via`);
- any other entity-typed property is a direct edge, e.g. post --organization--> body, and a sanction
  (Sanction.entity) becomes sanction --entity--> person, so the sanction shows as a node.

`neighbourhood` reads the edges touching one entity through the relations table (its index on
source_id and target_id, never a scan), so a graph is grown node by node however large the archive.
Every value is archive data: ids and labels are plain strings here and plain text in any view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from . import ftm

__all__ = ["Edge", "Neighbourhood", "Node", "neighbourhood"]

MAX_EDGES = 500  # edges read around one entity: a hub's neighbourhood is cut here, and says so
_DATE_PROPERTIES = ("startDate", "date", "listingDate")
# A direct edge is named by its property, read from its source: a few read better turned into verbs.
DIRECT_LABELS = {("Sanction", "entity"): "sanctions", ("Position", "organization"): "post in",
                 ("Event", "involved"): "involves", ("Event", "organizer"): "organised by"}
PROPERTY_LABELS = {"addressEntity": "located at", "parent": "part of", "country": "in", "jurisdiction": "in",
                   "mainCountry": "in", "holder": "held by", "proof": "proof", "asset": "asset"}
DATED_SOURCES = frozenset({"Sanction", "Event"})  # their own dates are the edge's


@dataclass(frozen=True)
class Node:
    id: str
    caption: str
    schema: str


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str  # "holds", "belongs to", or the property name of a direct edge
    start: str | None = None
    end: str | None = None
    via: str | None = None  # the interval record that states it (an Occupancy's id), if any


@dataclass
class Neighbourhood:
    centre: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    complete: bool = True  # False when the entity has more than MAX_EDGES links


def neighbourhood(archive, entity_id: str, *, limit: int = MAX_EDGES) -> Neighbourhood:
    """The entities linked to `entity_id` and the edges between them and it (ItemNotFound if unknown)."""
    centre = archive.entities.get(entity_id)
    found = Neighbourhood(entity_id, {entity_id: Node(centre.id, centre.caption, centre.schema)})
    rows = archive.query("SELECT source_id, prop, target_id FROM relations WHERE source_id = ? "
                         "UNION SELECT source_id, prop, target_id FROM relations WHERE target_id = ? LIMIT ?",
                         (entity_id, entity_id, limit + 1))
    found.complete = len(rows) <= limit
    records: dict[str, tuple] = {}
    for source, prop, target in rows[:limit]:
        if not all(isinstance(value, str) for value in (source, prop, target)):
            continue  # a forged row
        records.setdefault(source, None)
        records.setdefault(target, None)
    entities = _entities(archive, list(records))
    for source, prop, target in rows[:limit]:
        if source not in entities or target not in entities:
            continue
        schema, _caption, properties = entities[source]
        ends = ftm.EDGES.get(schema)
        if ends is not None:
            # An interval record: the edge joins its two ends, the record itself is not a node.
            edge = _interval(source, properties, ends, entities)
            if edge is not None and entity_id in (edge.source, edge.target) and edge not in found.edges:
                found.edges.append(edge)
            continue
        start, end = _dates(properties) if schema in DATED_SOURCES else (None, None)
        label = DIRECT_LABELS.get((schema, prop)) or PROPERTY_LABELS.get(prop, prop)
        found.edges.append(Edge(source, target, label, start, end))
    # Links of the centre through records it is an end of, read above only as rows pointing at it.
    for edge in found.edges:
        for end in (edge.source, edge.target):
            if end not in found.nodes and end in entities:
                schema, caption, _ = entities[end]
                found.nodes[end] = Node(end, caption, schema)
    return found


def _interval(record_id: str, properties: dict, ends: tuple[str, str, str], entities: dict) -> Edge | None:
    source_prop, target_prop, label = ends
    source = next(iter(properties.get(source_prop, [])), None)
    target = next(iter(properties.get(target_prop, [])), None)
    if not isinstance(source, str) or not isinstance(target, str):
        return None
    start, end = _dates(properties)
    return Edge(source, target, label, start, end, record_id)


def _dates(properties: dict) -> tuple[str | None, str | None]:
    start = next((v for p in _DATE_PROPERTIES for v in properties.get(p, []) if isinstance(v, str)), None)
    end = next((v for v in properties.get("endDate", []) if isinstance(v, str)), None)
    return start, end


def _entities(archive, ids: list[str]) -> dict[str, tuple[str, str, dict]]:
    """id -> (schema, caption, properties) of the entities among `ids`, interval records' ends included."""
    found: dict[str, tuple[str, str, dict]] = {}
    pending = list(ids)
    for _round in range(2):  # the ids, then the ends of the interval records among them
        missing = [i for i in dict.fromkeys(pending) if i not in found]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for entity_id, schema, caption, properties in archive.query(
                    f"SELECT id, schema, caption, properties FROM entities WHERE id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk)):
                if isinstance(entity_id, str):
                    found[entity_id] = (str(schema), caption if isinstance(caption, str) else entity_id,
                                        _properties(properties))
        pending = [value for schema, _caption, properties in found.values() if schema in ftm.EDGES
                   for prop in ftm.EDGES[schema][:2] for value in properties.get(prop, []) if isinstance(value, str)]
    return found


def _properties(text) -> dict:
    try:
        value = json.loads(text) if isinstance(text, str) else {}
    except ValueError:
        return {}
    return {k: v for k, v in value.items() if isinstance(v, list)} if isinstance(value, dict) else {}
