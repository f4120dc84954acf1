"""Fuzz the parsers that read what someone else wrote: minisign files, W3C JSON-LD annotation exports and
a bundle's exhibits.json. Each is fed mutations of a valid file and arbitrary JSON; only its own
CasefileError may come out, and what it accepts is well-formed.

(Arbitrary bytes for the minisign parsers are in tests/archive/signing/test_minisign.py; mutating valid
files reaches the deeper checks, past the base64 and line-count gates.)
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import KeyFileError, SignatureInvalid
from archive.export.document import BundleInvalid, parse_document
from archive.export.names import is_safe_name
from archive.signing import minisign
from archive.store import StoreError
from archive.store.model import validate
from archive.store.fitting import Fitter
from archive.store.importing import REFUSED, outcomes_of
from archive.store.w3c import entries, to_jsonld

from ..archive.store.conftest import every_kind

DATA = b"signed bytes\n"
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def key() -> minisign.SecretKey:
    return minisign.SecretKey.generate()


def mutate(data: bytes, edits: list[tuple[float, int, int]]) -> bytes:
    """Apply (where, delete how many, insert byte) edits: flips, insertions, deletions, splices."""
    out = bytearray(data)
    for where, delete, insert in edits:
        at = int(where * len(out))
        out[at:at + delete] = bytes([insert]) if insert < 256 else b""
    return bytes(out)


EDITS = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 3), st.integers(0, 256)), min_size=1, max_size=5)


@FAST
@given(edits=EDITS)
def test_a_mutated_signature_is_refused_or_still_means_the_same(key, edits):
    good = minisign.sign_bytes(DATA, key, "timestamp:1\tfile:data")
    raw = mutate(good.to_file_text().encode(), edits)
    try:
        signature = minisign.Signature.parse(raw)
        comment = minisign.verify_bytes(DATA, signature, key.public_key)
    except SignatureInvalid as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    # Accepted: only harmless edits (the untrusted comment, line endings), never the signed parts.
    assert (signature.signature, signature.global_signature, comment) == (
        good.signature, good.global_signature, good.trusted_comment)


@FAST
@given(edits=EDITS)
def test_a_mutated_public_key_is_refused_or_reads_back_the_same(key, edits):
    raw = mutate(key.public_key.to_file_text().encode(), edits)
    try:
        parsed = minisign.PublicKey.parse(raw)
    except KeyFileError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    # A public key has no checksum: another valid key is possible, but it must be one canonical key.
    assert minisign.PublicKey.parse(parsed.to_file_text()) == parsed


@FAST
@given(edits=EDITS)
def test_a_mutated_secret_key_is_refused_or_is_the_same_key(key, edits):
    raw = mutate(key.to_file_text(None).encode(), edits)
    try:
        parsed = minisign.SecretKey.parse(raw)
    except KeyFileError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert (parsed.key_id, parsed.seed) == (key.key_id, key.seed)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.sampled_from(["Annotation", "TextualBody", "tagging", "page=2", "xywh=1,2,3,4", "2024-01-01T00:00:00Z",
                       "urn:casefile:a:item:" + "ab" * 32 + ":x", "http://www.w3.org/ns/anno.jsonld"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["@context", "type", "id", "body", "bodyValue", "target", "source", "selector", "items",
                         "first", "value", "purpose", "exact", "start", "end", "motivation", "created",
                         "format", "version", "exhibits", "number", "item_id", "title", "file", "sha256",
                         "proof", "thumbnail", "size", "annotations"]), inner, max_size=6),
    max_leaves=30)


def _replace_somewhere(document, path: list[int], value):
    """`document` with the node reached by following `path` (indices modulo the sizes) set to `value`."""
    if not path or not isinstance(document, (dict, list)) or not document:
        return value
    keys = list(document) if isinstance(document, dict) else list(range(len(document)))
    key = keys[path[0] % len(keys)]
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[key] = _replace_somewhere(copy[key], path[1:], value)
    return copy


@FAST
@given(data=st.one_of(JSON, st.tuples(st.lists(st.integers(0, 99), max_size=6), JSON)))
def test_jsonld_import_accepts_only_valid_annotations(data):
    if isinstance(data, tuple):  # a valid export with one node replaced by anything
        data = _replace_somewhere(to_jsonld(every_kind()), *data)
    try:
        found = entries(data)
    except StoreError as exc:  # not annotations at all: the file is refused as a whole
        assert str(exc) and "\n" not in str(exc)
        return
    # Without an archive only Casefile URNs are taken (restoring one's own export): every annotation is
    # refused with a one-line reason or becomes a valid one, never anything else.
    outcomes, annotations = outcomes_of(found, Fitter(None, None))
    assert len(outcomes) == len(found)
    for outcome in outcomes:
        assert outcome.status != REFUSED or (outcome.reason and "\n" not in outcome.reason)
    for annotation in annotations:
        assert validate(annotation) == annotation


def _valid_document() -> dict:
    exhibit = {"number": "EX-0001", "item_id": "reports/a", "title": "A", "file": "EX-0001 A.pdf",
               "sha256": "ab" * 32, "proof": {"leaf": "x"}, "size": 3, "thumbnail": "thumbnails/EX-0001.jpg"}
    return {"format": "casefile-evidence-bundle", "version": 1, "exhibits": [exhibit, {**exhibit, "number": "EX-0002",
                                                                                       "file": "EX-0002 B.pdf"}]}


@FAST
@given(data=st.one_of(JSON, st.tuples(st.lists(st.integers(0, 99), max_size=5), JSON), st.binary(max_size=200)))
def test_exhibits_json_is_refused_or_names_only_safe_files(data):
    if isinstance(data, tuple):
        data = _replace_somewhere(_valid_document(), *data)
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    try:
        _, exhibits = parse_document(raw)
    except BundleInvalid as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert exhibits and all(is_safe_name(exhibit.file) for exhibit in exhibits)
    assert len({exhibit.file for exhibit in exhibits}) == len(exhibits)


def test_deeply_nested_exhibits_json_is_refused():
    with pytest.raises(BundleInvalid, match="nests too deeply"):
        parse_document(b"[" * 100_000 + b"]" * 100_000)
