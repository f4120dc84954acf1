"""The audit log: appended entries, newest first, exported as JSON lines."""

from __future__ import annotations

import json

import pytest

from archive.store import StoreError


def test_record_list_and_export(store, tmp_path):
    store.audit.record("copy", "images/map original to /media/usb/map.jpg", {"item": "images/map"})
    store.audit.record("trust-key", "key RWQ1234", {"fingerprint": "RWQ1234"})
    store.audit.record("verify", "test.casefile: verified", {"state": "verified"})
    entries = store.audit.entries()
    assert [e.action for e in entries] == ["verify", "trust-key", "copy"]
    assert entries[2].detail == {"item": "images/map"} and entries[0].time.endswith("Z")
    assert [e.action for e in store.audit.entries(limit=1)] == ["verify"]
    out = tmp_path / "audit.jsonl"
    assert store.audit.export(out) == 3
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["action"] for line in lines] == ["copy", "trust-key", "verify"]
    assert lines[0]["covered"] == "images/map original to /media/usb/map.jpg"


def test_unknown_actions_and_unstorable_details_are_refused(store):
    with pytest.raises(StoreError, match="Unknown audit action"):
        store.audit.record("delete-everything", "x")
    with pytest.raises(StoreError, match="JSON"):
        store.audit.record("copy", "x", {"what": object()})
    assert store.audit.entries() == []


def test_export_to_an_unwritable_place_says_so(store, tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(StoreError, match="not exported"):
        store.audit.export(tmp_path / "file" / "audit.jsonl")
