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

from dataclasses import dataclass, field

from . import ftm
from .entities import Entity
from .timeline import interval

__all__ = ["Edge", "Neighbourhood", "Node", "neighbourhood"]

MAX_EDGES = 500  # edges read around one entity: a hub's neighbourhood is cut here, and says so
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
        schema, properties = entities[source].schema, entities[source].properties
        ends = ftm.EDGES.get(schema)
        if ends is not None:
            # An interval record: the edge joins its two ends, the record itself is not a node.
            edge = _interval(source, properties, ends)
            if edge is not None and entity_id in (edge.source, edge.target) and edge not in found.edges:
                found.edges.append(edge)
            continue
        start, end = interval(properties) if schema in DATED_SOURCES else (None, None)
        label = DIRECT_LABELS.get((schema, prop)) or PROPERTY_LABELS.get(prop, prop)
        found.edges.append(Edge(source, target, label, start, end))
    # Links of the centre through records it is an end of, read above only as rows pointing at it.
    for edge in found.edges:
        for end in (edge.source, edge.target):
            if end not in found.nodes and end in entities:
                found.nodes[end] = Node(end, entities[end].caption or end, entities[end].schema)
    return found


def _interval(record_id: str, properties: dict, ends: tuple[str, str, str]) -> Edge | None:
    source_prop, target_prop, label = ends
    source = next(iter(properties.get(source_prop, [])), None)
    target = next(iter(properties.get(target_prop, [])), None)
    if not isinstance(source, str) or not isinstance(target, str):
        return None
    start, end = interval(properties)
    return Edge(source, target, label, start, end, record_id)


def _entities(archive, ids: list[str]) -> dict[str, Entity]:
    """The entities among `ids`, interval records' ends included, by id."""
    found = archive.entities.many(ids)
    ends = [value for entity in found.values() if entity.schema in ftm.EDGES
            for prop in ftm.EDGES[entity.schema][:2] for value in entity.properties.get(prop, [])]
    found.update(archive.entities.many(end for end in dict.fromkeys(ends) if end not in found))
    return found
