"""W3C Web Annotation JSON-LD: conformance, round trips, merging by id, and hostile files."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.store import StoreError, UserStore, importing, w3c
from archive.store.fitting import Fitter

from .conftest import ARCHIVE_ID, SHA, every_kind, fast_cost

SHARED_SUITE = Path(__file__).resolve().parents[3].parent / "shared" / "conformance" / "w3c-annotation-model"
VENDORED_SUITE = Path(__file__).resolve().parents[2] / "conformance" / "w3c-annotation-model"
# The shared copy when it is beside the repository; the vendored one on a clean clone (CI).
VALIDATOR = (SHARED_SUITE if SHARED_SUITE.is_dir() else VENDORED_SUITE) / "validate.py"


@pytest.mark.skipif(not SHARED_SUITE.is_dir(), reason="no shared/ folder beside this clone")
def test_vendored_suite_matches_the_shared_one():
    vendored = sorted(p.relative_to(VENDORED_SUITE) for p in VENDORED_SUITE.rglob("*") if p.is_file())
    assert vendored and all((SHARED_SUITE / rel).read_bytes() == (VENDORED_SUITE / rel).read_bytes()
                            for rel in vendored)


@pytest.fixture
def filled(store):
    return store, [store.annotations.add(a) for a in every_kind()]


@pytest.fixture
def empty(tmp_path):
    with UserStore.open(tmp_path / "empty" / "store.sqlite") as other:
        yield other


def test_export_passes_the_w3c_annotation_model_test_suite(filled, tmp_path):
    store, saved = filled
    out = tmp_path / "export.jsonld"
    assert w3c.export(store, ARCHIVE_ID, out) == len(saved)
    kinds = {a.kind for a in saved}
    assert kinds == {"text", "pdf", "region", "note", "bookmark"}
    result = subprocess.run([sys.executable, str(VALIDATOR), str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].endswith(" passed, 0 failed")


def test_selectors_and_bodies_follow_the_model(filled):
    store, saved = filled
    items = {a["id"]: a for a in w3c.to_jsonld(store.annotations.list())["first"]["items"]}
    text, pdf, region = (items[saved[i].id] for i in range(3))
    assert text["target"]["source"] == f"urn:casefile:{ARCHIVE_ID}:{SHA}:reports%2Fassessment"
    assert [s["type"] for s in text["target"]["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]
    assert pdf["target"]["selector"][0] == {"type": "FragmentSelector", "conformsTo": w3c.PDF_FRAGMENT,
                                            "value": "page=2"}
    assert region["target"]["selector"] == {"type": "FragmentSelector", "conformsTo": w3c.MEDIA_FRAGMENT,
                                            "value": "xywh=10,20,300,200"}
    assert text["motivation"] == "commenting" and pdf["motivation"] == "highlighting"
    assert items[saved[5].id]["motivation"] == "bookmarking"
    assert {b["purpose"] for b in text["body"]} == {"commenting", "tagging"}
    assert text["creator"] == {"type": "Person", "name": "Ana"}


def _as_made_here(annotations):
    assert all(a.imported for a in annotations)
    return [dataclasses.replace(a, imported=False) for a in annotations]


def test_round_trip_into_an_empty_store_is_identical_and_import_is_idempotent(filled, empty, tmp_path):
    store, saved = filled
    out = tmp_path / "export.jsonld"
    w3c.export(store, ARCHIVE_ID, out)
    report = importing.import_(empty, ARCHIVE_ID, out)
    assert (report.added, report.count(importing.PRESENT)) == (len(saved), 0)
    assert _as_made_here(empty.annotations.list()) == store.annotations.list() == saved
    report = importing.import_(empty, ARCHIVE_ID, out)
    assert (report.added, report.count(importing.PRESENT)) == (0, len(saved))
    assert len(empty.annotations.list()) == len(saved)
    assert [e.action for e in empty.audit.entries()] == ["import", "import"]
    assert store.audit.entries()[0].detail["count"] == len(saved)


def test_round_trip_between_encrypted_stores(filled, empty, tmp_path):
    store, saved = filled
    store.enable_encryption("one", **fast_cost())
    empty.enable_encryption("two", **fast_cost())
    out = tmp_path / "export.jsonld"
    w3c.export(store, ARCHIVE_ID, out)
    importing.import_(empty, ARCHIVE_ID, out)
    assert _as_made_here(empty.annotations.list()) == saved


def test_only_the_opened_archives_annotations_are_imported(filled, empty, tmp_path):
    store, saved = filled
    out = tmp_path / "export.jsonld"
    w3c.export(store, ARCHIVE_ID, out, ids=[saved[0].id])
    with pytest.raises(StoreError, match="not of another-archive"):
        importing.import_(empty, "another-archive", out)
    assert importing.import_(empty, None, out).added == 1


def test_urns_round_trip_awkward_ids():
    target = w3c.parse_urn(w3c.item_urn("id:with:colons", SHA, "reports/a b%c#d"))
    assert (target.archive_id, target.item_id, target.item_sha256) == ("id:with:colons", "reports/a b%c#d", SHA)
    assert w3c.parse_urn(w3c.entity_urn("a", "Q1/x")).entity_id == "Q1/x"


def _valid() -> dict:
    annotations = [a.__class__(f"urn:uuid:00000000-0000-0000-0000-00000000000{n}", a.kind, a.target, a.note,
                               a.tags, a.colour, a.author, "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z")
                   for n, a in enumerate(every_kind())]
    return w3c.to_jsonld(annotations)


def _item(change) -> dict:
    data = _valid()
    change(data["first"]["items"][0])
    return data


def _outcomes(data, archive_id=None):
    return importing.outcomes_of(w3c.entries(data), Fitter(None, archive_id))[0]


@pytest.mark.parametrize("data, message", [
    ("just text", "no object"),
    ({"type": "AnnotationCollection"}, "@context"),
    ({"@context": w3c.CONTEXT, "type": "AnnotationCollection", "total": 1, "first": "http://x/page1"}, "link"),
])
def test_a_file_that_holds_no_annotations_is_refused_whole(data, message):
    with pytest.raises(StoreError, match=message):
        w3c.entries(data)


@pytest.mark.parametrize("change, message", [
    (lambda a: a.update(type="Note"), "type Annotation"),
    (lambda a: a.update(target={"source": "http://example.org/page"}), "open the archive"),
    (lambda a: a.update(target={"source": "javascript:alert(1)"}), "a javascript: address"),
    (lambda a: a.update(target=None), "no target"),
    (lambda a: a.update(body=[{"type": "Image", "id": "http://x"}]), "TextualBody"),
    (lambda a: a.update(body={"type": "TextualBody", "value": 5}), "no text value"),
    (lambda a: a.update(bodyValue="x"), "both body and bodyValue"),
    (lambda a: a["target"]["selector"][1].update(start=-1), "whole numbers"),
    (lambda a: a["target"]["selector"][0].update(exact=["x"]), "other than text"),
    (lambda a: a.update(created="yesterday"), "date-time"),
    (lambda a: a.update(id="x" * 2000 + ":y"), "not a URI"),
])
def test_a_hostile_annotation_is_refused_alone_with_the_reason(change, message):
    outcomes = _outcomes(_item(change))
    assert outcomes[0].status == importing.REFUSED and message in outcomes[0].reason
    assert {o.status for o in outcomes[1:]} == {importing.ADDED}


@pytest.mark.parametrize("selector", [{"type": "XPathSelector", "value": "/p"},
                                      {"type": "FragmentSelector", "value": "xywh=percent:1,1,1,1"}])
def test_a_place_casefile_cannot_resolve_keeps_the_note_as_a_flagged_orphan(selector):
    outcome = _outcomes(_item(lambda a: a["target"].update(selector=selector)))[0]
    assert outcome.status == importing.ORPHAN and selector["type"] in outcome.reason


def test_an_annotation_without_id_gets_one_from_its_content():
    first = _outcomes(_item(lambda a: a.pop("id")))[0]
    again = _outcomes(_item(lambda a: a.pop("id")))[0]
    assert first.status == importing.ADDED and first.ids == again.ids and first.ids[0].startswith("urn:uuid:")


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"[" * 100_000, b'{"a": ', b""])
def test_unreadable_files_get_a_store_error(empty, tmp_path, content):
    path = tmp_path / "bad.jsonld"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a JSON file"):
        importing.import_(empty, ARCHIVE_ID, path)
    assert empty.annotations.list() == []


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                max_size=4), max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(data=JSON)
def test_any_json_is_parsed_or_refused_with_a_store_error(data):
    try:
        outcomes = _outcomes(data)
    except StoreError:
        return
    assert all(o.status in importing.STATUSES for o in outcomes)


def _paths(node, prefix=()):
    yield prefix
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from _paths(child, (*prefix, key))


@settings(max_examples=300, deadline=None)
@given(data=st.data(), replacement=JSON)
def test_a_valid_export_with_any_value_replaced_is_parsed_or_refused(data, replacement):
    document = _valid()
    where = data.draw(st.sampled_from([p for p in _paths(document) if p]))
    changed = copy.deepcopy(document)
    node = changed
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = replacement
    try:
        outcomes = _outcomes(json.loads(json.dumps(changed)))
    except StoreError:
        return
    assert all(o.status in importing.STATUSES and (o.reason or o.status == importing.ADDED) for o in outcomes)
