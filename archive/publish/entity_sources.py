"""Load entity records from `entities/`: FtM JSON lines and the simple CSV form.

Records with the same id are merged the way FtM tools merge fragments (property values unioned), as
long as they agree on the schema. Every problem names the file and line. Schema, property names and
values are judged by `ftm_check` (the real followthemoney library when installed): a record with an
unknown or abstract schema is left out; a property or value FtM would not accept is reported and kept.
Extra top-level keys (`datasets`, `first_seen`, `referents`...) are kept and exported back.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

from .. import ftm
from .ftm_check import Checker
from ..entities import EXTRA_KEY, RECORD_KEYS
from ..errors import SourceError

ENTITY_ID = re.compile(r"^[A-Za-z0-9._:-]{1,200}$")
PROPERTY_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,63}$")
MAX_VALUES = 1_000
MAX_VALUE_CHARS = 20_000
MAX_EXTRA_CHARS = 20_000
NO_EXTRA: Mapping = MappingProxyType({})


class EntityRecord:
    """One entity as loaded: its properties are kept as their JSON text and decoded when asked for.

    At 200,000 entities the decoded dicts, lists and strings cost ~2.7 KB a record, all held at once
    before the items phase: that set the builder's peak memory, and every worker forked from it
    (benchmarks/RESULTS.md, "The builder's peak RSS"). The text costs about a third of that. What the
    build needs of every record more than once is worked out at load time instead: the caption FtM
    gives it and the entity ids its properties refer to."""

    __slots__ = ("id", "schema", "synthetic", "origin", "caption", "extra", "references", "properties_json")

    def __init__(self, id: str, schema: str, properties: dict[str, list[str]], synthetic: bool = False,
                 origin: str = "", extra: dict | None = None) -> None:
        self.id, self.schema, self.synthetic, self.origin = id, schema, synthetic, origin
        self.extra = extra or NO_EXTRA  # almost every record has none: one shared empty mapping
        self.properties = properties

    @property
    def properties(self) -> dict[str, list[str]]:
        """A fresh decoded copy: change it by assigning a whole new dict."""
        return json.loads(self.properties_json)

    @properties.setter
    def properties(self, properties: dict[str, list[str]]) -> None:
        # Sorted and spaced like stored_properties, so a record without extra keys is stored as is.
        self.properties_json = json.dumps(properties, ensure_ascii=False, sort_keys=True)
        self.references = tuple((prop, target) for prop in sorted(ftm.entity_properties(self.schema))
                                for target in properties.get(prop, ()))
        self.caption = ftm.caption(self.schema, properties) or ""  # links get theirs in assign_captions


def stored_properties(record: EntityRecord) -> str:
    """The JSON stored in the entities table: the properties, plus the extra top-level keys if any."""
    if not record.extra:
        return record.properties_json
    return json.dumps({**record.properties, EXTRA_KEY: record.extra}, ensure_ascii=False, sort_keys=True)


def load_entities(source_dir: Path) -> tuple[dict[str, EntityRecord], list[SourceError]]:
    """All records by id (merged), plus per-record problems; files are read in sorted order."""
    records: dict[str, EntityRecord] = {}
    problems: list[SourceError] = []
    checker = Checker()
    folder = source_dir / "entities"
    for path in sorted(folder.glob("*")) if folder.is_dir() else ():
        rel = f"entities/{path.name}"
        name = path.name.lower()
        if name.endswith((".jsonl", ".ftm.json", ".ndjson")):
            rows = _jsonl_rows(path, rel)
        elif name.endswith(".csv"):
            rows = _csv_rows(path, rel)
        else:
            continue  # any other file here is an item like any other (sources.discover)
        for origin, row in rows:
            try:
                record = _record(row, origin, checker)
                problems += [SourceError(origin, f"{record.id}: {message}")
                             for message in checker.property_problems(record.schema, record.properties)]
                _merge(records, record, problems)
            except SourceError as exc:
                problems.append(exc)
    return records, problems


def _jsonl_rows(path: Path, rel: str) -> Iterator[tuple[str, dict]]:
    with path.open(encoding="utf-8-sig", errors="strict") as handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield f"{rel}:{number}", json.loads(line)
                except ValueError as exc:
                    yield f"{rel}:{number}", SourceError(f"{rel}:{number}", f"not valid JSON ({exc})")
        except UnicodeDecodeError:
            yield rel, SourceError(rel, "not UTF-8 text")


def _csv_rows(path: Path, rel: str) -> Iterator[tuple[str, dict]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"id", "schema", "name"} - set(reader.fieldnames or ())
        if missing:
            yield rel, SourceError(rel, f"CSV header lacks column(s): {', '.join(sorted(missing))}")
            return
        try:
            for row in reader:
                origin = f"{rel}:{reader.line_num}"
                try:
                    yield origin, _csv_record(row, origin)
                except SourceError as exc:
                    yield origin, exc
        except (UnicodeDecodeError, csv.Error) as exc:
            yield rel, SourceError(rel, f"unreadable CSV ({exc})")


def _csv_record(row: dict, origin: str) -> dict:
    properties: dict[str, list[str]] = {}
    raw = (row.get("properties") or "").strip()
    if raw.startswith("{"):
        try:
            properties = json.loads(raw)
        except ValueError as exc:
            raise SourceError(origin, f"properties column is not a JSON object ({exc})") from None
    else:
        for pair in filter(None, (part.strip() for part in raw.split(";"))):
            key, sep, value = pair.partition("=")
            if not sep:
                raise SourceError(origin, f"property {pair!r} is not prop=value")
            properties.setdefault(key.strip(), []).append(value.strip())
    if not isinstance(properties, dict):
        raise SourceError(origin, "properties column is not a JSON object")
    synthetic = [str(v).lower() for v in _as_list(properties.pop("synthetic", []))]
    properties.setdefault("name", []).insert(0, row["name"] or "")
    aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
    if aliases:
        properties.setdefault("alias", []).extend(aliases)
    return {"id": row["id"], "schema": row["schema"], "properties": properties, "synthetic": "true" in synthetic}


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _record(row: dict | SourceError, origin: str, checker: Checker) -> EntityRecord:
    if isinstance(row, SourceError):
        raise row
    if not isinstance(row, dict):
        raise SourceError(origin, "an entity must be a JSON object")
    entity_id, schema = row.get("id"), row.get("schema")
    if not isinstance(entity_id, str) or not ENTITY_ID.match(entity_id):
        raise SourceError(origin, f"entity id {entity_id!r} must be 1-200 letters, digits, '.', '_', ':' or '-'")
    problem = checker.schema_problem(schema)
    if problem:
        raise SourceError(origin, f"entity {entity_id!r} left out: {problem}")
    return EntityRecord(entity_id, schema, _properties(row.get("properties"), origin),
                        synthetic=row.get("synthetic") is True, origin=origin, extra=_extra(row, origin))


def _extra(row: dict, origin: str) -> dict:
    extra = {key: value for key, value in row.items() if key not in RECORD_KEYS}
    if len(json.dumps(extra, ensure_ascii=False)) > MAX_EXTRA_CHARS:
        raise SourceError(origin, f"extra top-level keys ({', '.join(sorted(extra))}) are over "
                                  f"{MAX_EXTRA_CHARS:,} characters; shorten them or move them to properties")
    return extra


def _properties(raw, origin: str) -> dict[str, list[str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise SourceError(origin, "'properties' must be an object of property name to list of strings")
    clean: dict[str, list[str]] = {}
    for key, values in raw.items():
        if not PROPERTY_NAME.match(str(key)):
            raise SourceError(origin, f"property name {key!r} is not an FtM property name")
        values = [str(v).strip() for v in _as_list(values) if isinstance(v, (str, int, float)) and str(v).strip()]
        if len(values) > MAX_VALUES or any(len(v) > MAX_VALUE_CHARS for v in values):
            raise SourceError(origin, f"property {key!r} has too many or too long values")
        if values:
            clean[key] = list(dict.fromkeys(values))
    return clean


def _merge(records: dict[str, EntityRecord], record: EntityRecord, problems: list[SourceError]) -> None:
    existing = records.get(record.id)
    if existing is None:
        records[record.id] = record
        return
    if existing.schema != record.schema:
        raise SourceError(record.origin, f"entity {record.id!r} is {record.schema} here but "
                                         f"{existing.schema} in {existing.origin}; this record was left out")
    # FtM tools merge fragments of one id, and so does the build; but two records sharing an id by
    # mistake would become one person, so the publisher is told.
    problems.append(SourceError(record.origin, f"entity {record.id!r} is also in {existing.origin}: the two "
                                               f"records were merged into one (their values combined)"))
    merged = existing.properties
    for key, values in record.properties.items():
        merged[key] = list(dict.fromkeys(merged.get(key, []) + values))
    existing.properties = merged
    existing.synthetic = existing.synthetic or record.synthetic
    if record.extra and not existing.extra:
        existing.extra = {}  # not the shared NO_EXTRA
    for key, value in record.extra.items():
        kept = existing.extra.setdefault(key, value)
        if isinstance(kept, list) and isinstance(value, list):
            existing.extra[key] = kept + [v for v in value if v not in kept]
        elif kept != value:
            problems.append(SourceError(record.origin, f"entity {record.id!r} has {key} {value!r} here but "
                                                       f"{kept!r} in {existing.origin}; the first is kept"))


def resolve_relations(records: dict[str, EntityRecord]) -> tuple[list[tuple[str, str, str]], list[SourceError]]:
    """Edges for every entity-typed property value, and problems for references that do not resolve."""
    edges, problems = [], []
    for record in records.values():
        for prop, target in record.references:
            if target in records:
                edges.append((record.id, prop, target))
            else:
                problems.append(SourceError(record.origin, f"{record.id}.{prop} refers to unknown entity {target!r}"))
    return edges, problems


def assign_captions(records: dict[str, EntityRecord]) -> None:
    """Give every record without a name-like property a display caption: links are described by what
    they connect (the others got theirs from FtM when loaded)."""
    for record in records.values():
        if record.caption:
            continue
        record.caption = _link_caption(record, records) or f"{record.schema} {record.id}"


def _link_caption(record: EntityRecord, records: dict[str, EntityRecord]) -> str | None:
    properties = record.properties

    def name_of(prop: str) -> str:
        target = records.get((properties.get(prop) or [""])[0])
        return target.caption if target and target.caption else "?"

    if record.schema in ftm.EDGES:
        source, target, label = ftm.EDGES[record.schema]
        return f"{name_of(source)} {label} {name_of(target)}"
    if record.schema == "Sanction":
        authority = (properties.get("authority") or [""])[0]
        return f"Sanction on {name_of('entity')}" + (f" ({authority})" if authority else "")
    return None


def mention_names(records: dict[str, EntityRecord]) -> Iterator[tuple[str, str]]:
    """(entity id, name) pairs worth finding in report text."""
    for record in records.values():
        if record.schema in ftm.UNNAMED_SCHEMATA:
            continue
        properties = record.properties
        for prop in ftm.NAME_PROPERTIES:
            for name in properties.get(prop, ()):
                yield record.id, name
