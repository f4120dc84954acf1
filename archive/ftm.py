"""The FollowTheMoney model, without the `followthemoney` package.

That package pulls in ~300 MB including a network client, so the reader app does not depend on it.
The whole model (every schema, its properties and their types, edges, abstract flags, the codes of the
enumerated types) is a committed snapshot, `archive/ftm_model.py`, generated from the real library by
`archive/publish/ftm_snapshot.py`; a test checks the two agree. See `shared/conformance/ftm-core-schemas.md`.
"""

from __future__ import annotations

from . import ftm_model

# A property as the snapshot describes it: (FtM type name, range schema of an entity-typed one, stub).
# Stub properties are FtM's computed reverse links (Person.familyPerson): never written in records.
PropertySpec = tuple[str, "str | None", bool]

# Casefile's wording and order for the edges the viewer has translated headings for (viewer/entities/
# labels.py); FtM's own labels are used for the others. ("preceeds" is FtM's spelling for Succession.)
_EDGE_LABELS = {
    "Occupancy": "holds", "Membership": "belongs to", "Directorship": "directs", "Ownership": "owns",
    "Family": "related to", "Associate": "associated with", "Employment": "works for",
    "Representation": "represents", "UnknownLink": "linked to", "Payment": "paid",
    "Succession": "succeeded by",
}


def _flatten(name: str) -> dict[str, PropertySpec]:
    """A schema's own properties, then its parents' (the first definition of a name wins, as in FtM)."""
    schema = ftm_model.SCHEMATA[name]
    properties = dict(schema["properties"])
    for parent in schema["extends"]:
        for prop, spec in _flatten(parent).items():
            properties.setdefault(prop, spec)
    return properties


# Every schema's properties, inherited ones included: schema -> property -> spec.
PROPERTIES: dict[str, dict[str, PropertySpec]] = {name: _flatten(name) for name in ftm_model.SCHEMATA}

# Abstract schemata (Thing, Interval, ...) only exist to be extended; a record may not use them.
ABSTRACT = frozenset(name for name, schema in ftm_model.SCHEMATA.items() if schema["abstract"])
SCHEMATA = frozenset(ftm_model.SCHEMATA) - ABSTRACT


def _edges() -> dict[str, tuple[str, str, str]]:
    found = {name: tuple(schema["edge"]) for name, schema in sorted(ftm_model.SCHEMATA.items()) if schema["edge"]}
    ordered = [name for name in _EDGE_LABELS if name in found] + [name for name in found if name not in _EDGE_LABELS]
    return {name: (found[name][0], found[name][1], _EDGE_LABELS.get(name, found[name][2])) for name in ordered}


# Edge schemata: (source property, target property, label read as "source LABEL target").
EDGES: dict[str, tuple[str, str, str]] = _edges()


def entity_properties(schema: str) -> frozenset[str]:
    """The properties of `schema` whose values are ids of other entities (stubs left out)."""
    return _ENTITY_PROPERTIES_BY_SCHEMA.get(schema, frozenset())


def property_spec(schema: str, prop: str) -> PropertySpec | None:
    """(type, range, stub) of `schema`'s property `prop`, or None when the schema has no such property."""
    return PROPERTIES.get(schema, {}).get(prop)


_ENTITY_PROPERTIES_BY_SCHEMA = {
    schema: frozenset(p for p, (kind, _range, stub) in props.items() if kind == "entity" and not stub)
    for schema, props in PROPERTIES.items()
}

# Property names that hold entity ids in every schema that has them. A few names are entity-typed in
# one schema and text in another (Sanction.authority is a name, Contract.authority an entity): they are
# left out here, so code without a schema at hand never hides text; use `entity_properties(schema)`.
ENTITY_PROPERTIES = frozenset(
    prop for props in _ENTITY_PROPERTIES_BY_SCHEMA.values() for prop in props
) - frozenset(prop for props in PROPERTIES.values() for prop, spec in props.items() if spec[0] != "entity")

# Name properties matched in report text. weakAlias is left out on purpose: FtM marks those as too
# ambiguous to match on (e.g. nicknames).
NAME_PROPERTIES = ("name", "alias", "previousName")

# Schemata that never appear in running text by name (they are links between named things).
UNNAMED_SCHEMATA = frozenset(EDGES) | {"Sanction", "Note", "Mention"}


def caption(schema: str, properties: dict[str, list[str]]) -> str | None:
    """The display name FtM would pick: the first name-like property, if there is one."""
    for prop in ("name", "title", "full", "fileName"):
        values = properties.get(prop)
        if values:
            return values[0]
    return None
