"""Hypothesis exports and other tools' W3C annotations: anchored by what they say, or flagged as orphans."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from archive import open_archive
from archive.cli import main
from archive.store import UserStore, importing, w3c
from archive.store.model import motivation

from .conftest import OHCHR, TREASURY
from .hypothesis_files import DISPLAY, USER, api_annotation, client_export, jsonld_annotation
from .test_w3c import VALIDATOR

ARCHIVE = "test-archive"


@pytest.fixture
def archive(web_archive):
    with open_archive(web_archive) as opened:
        yield opened


def _import(store, archive, tmp_path, data, name="hypothesis.json") -> importing.ImportReport:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return importing.import_(store, ARCHIVE, path, archive)


def _urn(archive, item_id: str) -> str:
    return w3c.item_urn(ARCHIVE, archive.items.get(item_id).sha256, item_id)


def _w3c(ident: str, target, *, body=None, **extra) -> dict:
    out = {"@context": w3c.CONTEXT, "type": "Annotation", "id": ident, "target": target, **extra}
    if body is not None:
        out["body"] = body
    return out


def test_a_hypothesis_client_export_is_anchored_by_its_quotes(store, archive, tmp_path):
    data = client_export(api_annotation("Ab3_kXq9EeeD", "Chen Quanguo", "Assessment summary\n\n", " led the region",
                                        text="See **para 12**.", tags=("XUAR", "officials")),
                         api_annotation("Zz9_highlight", "XPCC", "twice: ", "."))
    report = _import(store, archive, tmp_path, data)
    assert [o.status for o in report.outcomes] == [importing.ADDED, importing.ADDED]
    note, highlight = store.annotations.list()
    text = archive.items.text("reports/assessment")
    assert note.id == "https://hypothes.is/a/Ab3_kXq9EeeD" and note.kind == "text"
    assert note.target.item_id == "reports/assessment"
    assert note.target.item_sha256 == archive.items.get("reports/assessment").sha256
    assert (note.target.start, note.target.end) == (text.index("Chen Quanguo"), text.index("Chen Quanguo") + 12)
    assert (note.note, note.note_format) == ("See **para 12**.", "text/markdown")
    assert note.tags == ("XUAR", "officials")
    assert (note.author, note.author_id, note.imported, note.orphan) == (DISPLAY, USER, True, "")
    assert note.created == "2022-09-02T10:11:12.345678+00:00"
    # The second XPCC, by its context, not the first; a highlight has no note and stays a highlight.
    assert highlight.target.start == text.rindex("XPCC")
    assert highlight.note == "" and motivation(highlight) == "highlighting"


def test_the_same_annotation_as_hypothesis_json_ld_is_not_imported_twice(store, archive, tmp_path):
    api = client_export(api_annotation("Ab3_kXq9EeeD", "Chen Quanguo", text="note"))
    jsonld = jsonld_annotation("Ab3_kXq9EeeD", "Chen Quanguo", text="note")
    assert _import(store, archive, tmp_path, jsonld, "one.jsonld").added == 1
    again = _import(store, archive, tmp_path, api, "two.json")
    assert again.added == 0 and again.outcomes[0].status == importing.PRESENT
    (saved,) = store.annotations.list()
    # JSON-LD gives only the acct: IRI; its name part is the author shown.
    assert (saved.author, saved.author_id) == ("jane_doe", USER)


def test_a_pdf_quote_gets_its_page(store, archive, tmp_path):
    report = _import(store, archive, tmp_path, client_export(api_annotation("pdf1", "Kashgar", uri=TREASURY)))
    assert report.outcomes[0].status == importing.ADDED
    (saved,) = store.annotations.list()
    assert (saved.kind, saved.target.item_id, saved.target.page) == ("pdf", "reports/sanctions", 2)


def test_what_does_not_fit_is_an_orphan_or_refused_with_the_reason(store, archive, tmp_path):
    data = client_export(
        api_annotation("gone", "a sentence the report never had", text="where is this?"),
        api_annotation("elsewhere", "Chen Quanguo", uri="https://example.org/another-page", text="x"),
        api_annotation("pagenote", None, text="Page note on the whole report", tags=("to-check",)),
        api_annotation("reply", None, text="Agreed.", references=["Ab3_kXq9EeeD"]))
    report = _import(store, archive, tmp_path, data)
    gone, elsewhere, page_note, reply = report.outcomes
    assert gone.status == importing.ORPHAN and "quoted text is not in item 'reports/assessment'" in gone.reason
    assert elsewhere.status == importing.REFUSED and "not the source of any item" in elsewhere.reason
    assert page_note.status == reply.status == importing.ADDED
    found = {a.id.rsplit("/", 1)[-1]: a for a in store.annotations.list()}
    assert found["gone"].orphan and found["gone"].target.exact == "a sentence the report never had"
    assert found["pagenote"].kind == "note" and found["pagenote"].orphan == ""
    assert found["reply"].motivation == "replying"
    assert "elsewhere" not in found


def test_tagging_and_body_formats_survive_import_and_export(store, archive, tmp_path):
    urn = _urn(archive, "reports/assessment")
    data = [_w3c("urn:uuid:11111111-1111-4111-8111-111111111111", urn, motivation="tagging",
                 body={"type": "TextualBody", "purpose": "tagging", "value": "sanctions"}),
            _w3c("urn:uuid:22222222-2222-4222-8222-222222222222", urn, motivation="commenting",
                 body={"type": "TextualBody", "value": "<p>An <b>HTML</b> note</p>", "format": "text/html"},
                 creator={"type": "Person", "id": "https://orcid.org/0000-0002-1825-0097", "name": "Ruth"})]
    assert _import(store, archive, tmp_path, data).added == 2
    exported = {a["id"]: a for a in w3c.to_jsonld(store.annotations.list())["first"]["items"]}
    tagging, html = exported.values()
    assert tagging["motivation"] == "tagging" and tagging["body"]["purpose"] == "tagging"
    assert html["body"]["format"] == "text/html"
    assert html["creator"] == {"type": "Person", "id": "https://orcid.org/0000-0002-1825-0097", "name": "Ruth"}


def test_each_target_in_the_archive_becomes_an_annotation(store, archive, tmp_path):
    targets = [{"source": _urn(archive, "reports/assessment"),
                "selector": {"type": "TextQuoteSelector", "exact": "XPCC"}},
               {"source": OHCHR, "selector": selectors_for("Raphael Glucksmann")},
               {"source": w3c.item_urn("another-archive", "ab" * 32, "x"), "selector": []},
               {"source": "https://example.org/elsewhere"}]
    report = _import(store, archive, tmp_path, [_w3c("urn:uuid:33333333-3333-4333-8333-333333333333", targets,
                                                     bodyValue="One note, two passages")])
    (outcome,) = report.outcomes
    assert outcome.status == importing.ADDED and len(outcome.ids) == 2
    assert "another-archive" in outcome.reason and "example.org" in outcome.reason
    quotes = [a.target.exact for a in store.annotations.list()]
    assert quotes == ["XPCC", "Raphael Glucksmann"]
    assert _import(store, archive, tmp_path, [_w3c("urn:uuid:33333333-3333-4333-8333-333333333333", targets,
                                                   bodyValue="One note, two passages")]).added == 0


def selectors_for(exact: str) -> list[dict]:
    return [{"type": "RangeSelector", "startContainer": "/p[2]", "startOffset": 0, "endContainer": "/p[2]",
             "endOffset": 5}, {"type": "TextQuoteSelector", "exact": exact}]


def test_a_position_only_highlight_reads_its_quote_from_the_item(store, archive, tmp_path):
    text = archive.items.text("reports/assessment")
    start = text.index("Raphael")
    position = {"type": "TextPositionSelector", "start": start, "end": start + 7}
    changed = w3c.item_urn(ARCHIVE, "cd" * 32, "reports/assessment")
    data = [_w3c("urn:uuid:44444444-4444-4444-8444-444444444444",
                 {"source": _urn(archive, "reports/assessment"), "selector": position}),
            _w3c("urn:uuid:55555555-5555-4555-8555-555555555555", {"source": changed, "selector": position},
                 bodyValue="made on another edition")]
    first, second = _import(store, archive, tmp_path, data).outcomes
    assert first.status == importing.ADDED and second.status == importing.ORPHAN
    assert "has changed since it was annotated" in second.reason
    anchored, orphan = store.annotations.list()
    assert (anchored.kind, anchored.target.exact, anchored.target.start) == ("text", "Raphael", start)
    assert orphan.kind == "note" and orphan.orphan


def test_regions_are_checked_against_the_image(store, archive, tmp_path):
    urn = _urn(archive, "images/chart")
    data = [_w3c(f"urn:uuid:6666666{n}-6666-4666-8666-666666666666",
                 {"source": urn, "selector": {"type": "FragmentSelector", "value": f"xywh={region}"}})
            for n, region in enumerate(("10,10,100,100", "600,0,100,10"))]
    inside, outside = _import(store, archive, tmp_path, data).outcomes
    assert inside.status == importing.ADDED
    assert outside.status == importing.ORPHAN and "outside the 640 x 480 image" in outside.reason


def test_an_export_with_imported_annotations_passes_the_w3c_suite(store, archive, tmp_path):
    data = client_export(api_annotation("Ab3_kXq9EeeD", "Chen Quanguo", text="*md*", tags=("t",)),
                         api_annotation("gone", "not in the report", text="orphan"))
    _import(store, archive, tmp_path, data)
    out = tmp_path / "export.jsonld"
    assert w3c.export(store, ARCHIVE, out) == 2
    result = subprocess.run([sys.executable, str(VALIDATOR), str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cli_prints_a_line_per_annotation(web_archive, tmp_path, capsys):
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps(client_export(
        api_annotation("ok1", "Chen Quanguo"), api_annotation("gone", "never there", text="n"),
        api_annotation("web", "x", uri="javascript:alert(1)"))), encoding="utf-8")
    code = main(["annotations", "import", str(web_archive), str(path)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 2
    assert "https://hypothes.is/a/ok1  added" in lines[0]
    assert "https://hypothes.is/a/gone  orphan: the quoted text is not in item" in lines[1]
    assert "https://hypothes.is/a/web  refused: its target 'javascript:alert(1)' is a javascript: address" in lines[2]
    assert lines[3].startswith("Imported 2 annotation(s); 0 were already in your store. 1 imported as orphans")
    assert main(["annotations", "import", str(web_archive), str(path)]) == 2
    assert "Imported 0 annotation(s); 2 were already" in capsys.readouterr().out
    with UserStore.open() as store:
        assert len(store.annotations.list()) == 2
        code = main(["annotations", "list", str(web_archive)])
    assert code == 0 and "orphan: the quoted text is not in item" in capsys.readouterr().out
