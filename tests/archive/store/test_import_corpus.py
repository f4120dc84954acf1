"""A hostile import corpus: Hypothesis-style and malformed files, each with its per-annotation outcome.

Every case runs through the library and the CLI and must end quickly with a clear message: no hang,
no crash, nothing half-imported.
"""

from __future__ import annotations

import json
import time

import pytest

from archive import open_archive
from archive.cli import main
from archive.store import StoreError, UserStore, importing, w3c

from .conftest import OHCHR
from .hypothesis_files import api_annotation, client_export

# Far above what a case needs (milliseconds): a hang or a runaway parse, not a slow disk, fails it.
BOUND_SECONDS = 20
SHA_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _range_only(ident: str, text: str) -> dict:
    annotation = api_annotation(ident, "Chen Quanguo", text=text)
    annotation["target"][0]["selector"] = annotation["target"][0]["selector"][:1]  # the RangeSelector alone
    return annotation


def _nested(depth: int):
    value: object = "deep"
    for _ in range(depth):
        value = {"value": value}
    return value


# (annotation, expected outcome, words the reason must hold)
CORPUS = [
    (api_annotation("fine", "Chen Quanguo"), importing.ADDED, ""),
    (_range_only("range-note", "kept"), importing.ORPHAN, "only by RangeSelector"),
    (_range_only("range-bare", ""), importing.REFUSED, "only by RangeSelector, which Casefile cannot resolve"),
    (api_annotation("js", "x", uri="javascript:alert(document.cookie)"), importing.REFUSED, "a javascript: address"),
    (api_annotation("file", "x", uri="file:///etc/passwd"), importing.REFUSED, "a file: address"),
    (api_annotation("data", "x", uri="data:text/html,<script>1</script>"), importing.REFUSED, "a data: address"),
    (api_annotation("pdf-urn", "x", uri="urn:x-pdf:6e5f4c2bbc"), importing.REFUSED, "a urn: address"),
    (api_annotation(12345, "Chen Quanguo"), importing.REFUSED, "not a URI"),
    (api_annotation("text-list", "Chen Quanguo", text=["not", "text"]), importing.REFUSED, "no text value"),
    ({**api_annotation("tags-dict", "Chen Quanguo"), "tags": {"a": 1}}, importing.REFUSED, "no text value"),
    ({**api_annotation("target-number", "x"), "target": [7]}, importing.REFUSED, "without a source"),
    ({**api_annotation("when", "x"), "created": 1662113472}, importing.REFUSED, "date-time"),
    ({**api_annotation("creator-list", "Chen Quanguo"), "user": [1, 2]}, importing.ADDED, ""),
    (api_annotation("huge-note", "Chen Quanguo", text="x" * 1_000_001), importing.REFUSED, "longer than 1,000,000"),
    (api_annotation("long-quote", "Chen Quanguo " * 5_000), importing.ORPHAN, "quoted text is not in"),
    (api_annotation("huge-quote", "Chen Quanguo " * 10_000), importing.REFUSED, "1 to 100,000 characters"),
    (api_annotation("x" * 100_000, "Chen Quanguo"), importing.REFUSED, "not a URI"),
    (api_annotation("nested", "Chen Quanguo", text=_nested(500)), importing.REFUSED, "no text value"),
    ({"type": "Annotation", "id": "urn:x:bad-selector", "target": {"source": OHCHR, "selector": [
        {"type": "TextQuoteSelector", "exact": {"$ne": 1}}]}}, importing.REFUSED, "other than text"),
    ({"type": "Annotation", "id": "urn:x:positions", "target": {"source": OHCHR, "selector": [
        {"type": "TextPositionSelector", "start": 10**30, "end": True}]}}, importing.REFUSED, "whole numbers"),
    ({"type": "Annotation", "id": "urn:x:empty-item", "bodyValue": "n", "target": w3c.item_urn(
        "test-archive", SHA_OF_NOTHING, "reports/not-here")}, importing.ORPHAN, "is not in this archive"),
    ("a string where an annotation belongs", importing.REFUSED, "not an object of type Annotation"),
]


@pytest.fixture
def archive(web_archive):
    with open_archive(web_archive) as opened:
        yield opened


def _write(tmp_path, data, name="corpus.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _timed(call):
    began = time.monotonic()
    result = call()
    assert time.monotonic() - began < BOUND_SECONDS
    return result


@pytest.mark.parametrize("case", range(len(CORPUS)))
def test_each_hostile_annotation_has_its_outcome(store, archive, tmp_path, case):
    annotation, status, words = CORPUS[case]
    report = _timed(lambda: importing.import_(store, "test-archive", _write(tmp_path, client_export(annotation)),
                                              archive))
    (outcome,) = report.outcomes
    assert outcome.status == status and words in outcome.reason, outcome
    stored = store.annotations.list()
    assert len(stored) == (status in (importing.ADDED, importing.ORPHAN))
    assert all(bool(a.orphan) == (status == importing.ORPHAN) for a in stored)


def test_the_whole_corpus_in_one_file_through_the_cli(web_archive, tmp_path, capsys):
    path = _write(tmp_path, client_export(*(annotation for annotation, _, _ in CORPUS)))
    code = _timed(lambda: main(["annotations", "import", str(web_archive), str(path)]))
    lines = capsys.readouterr().out.splitlines()
    assert code == 2 and len(lines) == len(CORPUS) + 1
    for line, (_, status, words) in zip(lines, CORPUS):
        assert f"  {status}" in line and words in line, line
    assert all(len(line) < 2_000 for line in lines)  # a huge id or value is never echoed whole
    with UserStore.open() as store:
        assert len(store.annotations.list()) == sum(status != importing.REFUSED for _, status, _ in CORPUS)


@pytest.mark.parametrize("make, message", [
    (lambda path: path.write_bytes(b"[" * 200_000), "not a JSON file"),
    (lambda path: path.write_text("[" * 5_000 + "]" * 5_000), "not a JSON file"),
    (lambda path: path.write_bytes(b'{"annotations": [' + b'{"a": "\xff"}' + b"]}"), "not a JSON file"),
    (lambda path: path.write_text(json.dumps({"rows": [{}] * (w3c.MAX_ANNOTATIONS + 1)})), "more than 100,000"),
    (lambda path: path.write_text(json.dumps({"hello": "world"})), "not W3C Web Annotation"),
])
def test_a_file_that_is_no_annotation_file_is_refused_whole(store, archive, tmp_path, make, message):
    path = tmp_path / "bad.json"
    make(path)
    with pytest.raises(StoreError, match=message):
        _timed(lambda: importing.import_(store, "test-archive", path, archive))
    assert store.annotations.list() == [] and store.audit.entries() == []


def test_a_100_mb_file_is_refused_without_being_read(store, archive, tmp_path, capsys, web_archive):
    path = tmp_path / "huge.json"
    with path.open("wb") as sparse:
        sparse.truncate(100 * 2**20)
    with pytest.raises(StoreError, match="larger than 64 MB"):
        _timed(lambda: importing.import_(store, "test-archive", path, archive))
    code = _timed(lambda: main(["annotations", "import", str(web_archive), str(path)]))
    err = capsys.readouterr().err
    assert code == 1 and "larger than 64 MB" in err and err.count("\n") == 1
