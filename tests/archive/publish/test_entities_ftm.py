"""The whole FollowTheMoney model: the snapshot, the verdicts on records, relations for every schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive import ftm
from archive.publish import entity_sources
from archive.publish.ftm_check import Checker
from archive.publish.ftm_snapshot import snapshot

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402


def test_snapshot_is_the_installed_library():
    assert ftm.ftm_model.VERSION == followthemoney.__version__
    assert snapshot()["schemata"] == {
        name: {**schema, "edge": tuple(schema["edge"]) if schema["edge"] else None}
        for name, schema in ftm.ftm_model.SCHEMATA.items()
    }


def test_flattened_properties_match_the_library():
    for schema in model.schemata.values():
        expected = {name: (p.type.name, p.range.name if p.range else None, p.stub)
                    for name, p in schema.properties.items()}
        assert ftm.PROPERTIES[schema.name] == expected, schema.name


def test_schemata_edges_and_entity_properties():
    assert ftm.SCHEMATA == {s.name for s in model.schemata.values() if not s.abstract}
    assert ftm.ABSTRACT == {"Thing", "Interval", "Interest", "Value", "Analyzable"}
    assert set(ftm.EDGES) == {s.name for s in model.schemata.values() if s.edge}
    assert {"Documentation", "UserAccount", "Territory", "Control", "ProjectParticipant"} <= ftm.SCHEMATA
    written = {p.name for s in model.schemata.values() for p in s.properties.values()
               if p.type.name == "entity" and not p.stub}
    assert set().union(*(ftm.entity_properties(s) for s in ftm.SCHEMATA)) == written
    assert len(written) == 72
    # Sanction.authority is a name, Contract.authority an entity: schema-free code must not hide it.
    assert "authority" not in ftm.ENTITY_PROPERTIES and "authority" in ftm.entity_properties("Contract")


RECORDS = [
    ({"schema": "Person", "properties": {"name": ["A"], "birthDate": ["1955-11"], "nationality": ["cn"]}}, []),
    ({"schema": "Documentation", "properties": {"document": ["d1"], "entity": ["e1"]}}, []),
    ({"schema": "Person", "properties": {"topics": ["role.pep"], "email": ["a@example.org"]}}, []),
    ({"schema": "Person", "properties": {"birthDate": ["yesterday"]}}, ["birthDate value 'yesterday'"]),
    ({"schema": "Person", "properties": {"nationality": ["Atlantis"]}}, ["nationality value 'Atlantis'"]),
    ({"schema": "Person", "properties": {"topics": ["no.such.topic"]}}, ["topics value 'no.such.topic'"]),
    ({"schema": "Occupancy", "properties": {"notes": ["x"]}}, ["has no FtM property 'notes'"]),
    ({"schema": "Person", "properties": {"familyPerson": ["f1"]}}, ["reverse link"]),
]


@pytest.mark.parametrize("use_library", [True, False], ids=["library", "snapshot"])
@pytest.mark.parametrize(("record", "expected"), RECORDS)
def test_property_verdicts(use_library, record, expected):
    checker = Checker(use_library=use_library)
    assert checker.library == use_library
    problems = list(checker.property_problems(record["schema"], record["properties"]))
    assert len(problems) == len(expected)
    for problem, fragment in zip(problems, expected):
        assert fragment in problem
    schema = model.get(record["schema"])
    library_ok = all(schema.get(p) is not None and schema.get(p).validate(v) is None
                     for p, v in record["properties"].items())
    assert library_ok == (not expected)


@pytest.mark.parametrize("use_library", [True, False], ids=["library", "snapshot"])
def test_schema_verdicts(use_library):
    checker = Checker(use_library=use_library)
    assert checker.schema_problem("UserAccount") is None
    assert "unknown FollowTheMoney schema 'Persn'" in checker.schema_problem("Persn")
    assert "abstract" in checker.schema_problem("Thing")
    assert "unknown" in checker.schema_problem(["Person"])


def _write(root: Path, lines: list[dict]) -> Path:
    (root / "entities").mkdir(parents=True)
    (root / "entities" / "e.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return root


def test_bad_records_are_reported_with_file_and_line_and_kept(tmp_path):
    source = _write(tmp_path, [
        {"id": "p1", "schema": "Person", "properties": {"name": ["A"], "birthDate": ["someday"]}},
        {"id": "t1", "schema": "Thing", "properties": {"name": ["B"]}},
        {"id": "u1", "schema": "Persn", "properties": {"name": ["C"]}},
        {"id": "p2", "schema": "Person", "properties": {"name": ["D"], "shoeSize": ["44"]}},
    ])
    records, problems = entity_sources.load_entities(source)
    assert set(records) == {"p1", "p2"}
    assert records["p1"].properties["birthDate"] == ["someday"]
    assert records["p2"].properties["shoeSize"] == ["44"]
    text = [str(p) for p in problems]
    assert text[0].startswith("entities/e.jsonl:1: p1: Person.birthDate value 'someday'")
    assert text[1].startswith("entities/e.jsonl:2: entity 't1' left out: Thing is an abstract")
    assert text[2].startswith("entities/e.jsonl:3: entity 'u1' left out: unknown FollowTheMoney schema")
    assert text[3].startswith("entities/e.jsonl:4: p2: Person has no FtM property 'shoeSize'")
    assert len(text) == 4


def test_the_build_never_imports_the_library(tmp_path, monkeypatch):
    # followthemoney imports requests, and urllib3 opens a socket on import: a build must not.
    def imported():
        raise AssertionError("the build imported followthemoney")

    monkeypatch.setattr("archive.publish.ftm_check._library_model", imported)
    source = _write(tmp_path, [{"id": "p1", "schema": "Person", "properties": {"name": ["A"]}},
                               {"id": "p2", "schema": "Person", "properties": {"birthDate": ["someday"]}}])
    records, problems = entity_sources.load_entities(source)
    assert set(records) == {"p1", "p2"} and "someday" in str(problems[0])


def test_every_entity_typed_property_becomes_a_relation(tmp_path):
    lines = [{"id": "target", "schema": "Person", "properties": {"name": ["T"]}}]
    expected = set()
    for n, schema in enumerate(sorted(ftm.SCHEMATA)):
        for prop in sorted(ftm.entity_properties(schema)):
            lines.append({"id": f"s{n}", "schema": schema, "properties": {prop: ["target"]}})
            expected.add((f"s{n}", prop, "target"))
    records, _problems = entity_sources.load_entities(_write(tmp_path, lines))
    edges, dangling = entity_sources.resolve_relations(records)
    assert set(edges) == expected and dangling == []
    assert {prop for _s, prop, _t in edges} == set().union(*(ftm.entity_properties(s) for s in ftm.SCHEMATA))


def test_records_sharing_an_id_are_merged_and_the_publisher_is_told(tmp_path):
    source = _write(tmp_path, [{"id": "p1", "schema": "Person", "properties": {"name": ["A"]}},
                               {"id": "p1", "schema": "Person", "properties": {"alias": ["B"]}},
                               {"id": "p1", "schema": "Company", "properties": {"name": ["C"]}}])
    records, problems = entity_sources.load_entities(source)
    assert records["p1"].properties == {"name": ["A"], "alias": ["B"]}
    text = [str(p) for p in problems]
    assert text[0].startswith("entities/e.jsonl:2: entity 'p1' is also in entities/e.jsonl:1") and "merged" in text[0]
    assert text[1].startswith("entities/e.jsonl:3:") and "left out" in text[1]


def test_a_merged_record_takes_its_caption_and_relations_from_every_fragment(tmp_path):
    # Records keep their properties as JSON text (the builder's memory): what is worked out from them
    # at load time must follow a merge.
    source = _write(tmp_path, [{"id": "t", "schema": "Person", "properties": {"name": ["T"]}},
                               {"id": "p1", "schema": "Person", "properties": {"birthDate": ["1960"]}},
                               {"id": "p1", "schema": "Person", "properties": {"name": ["Later Name"]}},
                               {"id": "o1", "schema": "Ownership", "properties": {"owner": ["t"]}},
                               {"id": "o1", "schema": "Ownership", "properties": {"asset": ["p1"]}}])
    records, _problems = entity_sources.load_entities(source)
    entity_sources.assign_captions(records)
    assert records["p1"].caption == "Later Name"
    assert records["p1"].properties == {"birthDate": ["1960"], "name": ["Later Name"]}
    edges, dangling = entity_sources.resolve_relations(records)
    assert sorted(edges) == [("o1", "asset", "p1"), ("o1", "owner", "t")] and dangling == []
    assert records["o1"].caption.startswith("T ") and records["o1"].caption.endswith(" Later Name")
    assert entity_sources.stored_properties(records["p1"]) == '{"birthDate": ["1960"], "name": ["Later Name"]}'
