"""Annotations in the store: changes, queries, tags, changed items, and encrypted notes and tags."""

from __future__ import annotations

from dataclasses import replace

import pytest

from archive.store import Annotation, StoreError, Target, UserStore, w3c
from archive.store.crypto import WrongPassphrase

from .conftest import ARCHIVE_ID, SHA, every_kind, fast_cost, quote_target


def test_add_fills_id_times_and_author(store):
    store.set_setting("author", "Ana")
    saved = store.annotations.add(Annotation("", "text", quote_target()))
    assert saved.id.startswith("urn:uuid:") and saved.author == "Ana"
    assert saved.created == saved.modified and saved.created.endswith("Z")
    assert store.annotations.get(saved.id) == saved


def test_update_and_delete(store):
    saved = store.annotations.add(every_kind()[0])
    changed = store.annotations.update(replace(saved, note="changed", tags=(" a  b ", "A B", "c"), colour="blue"))
    assert changed.tags == ("a b", "c") and changed.created == saved.created and changed.modified >= saved.modified
    assert store.annotations.get(saved.id) == changed
    store.annotations.delete(saved.id)
    store.annotations.delete(saved.id)
    with pytest.raises(StoreError, match="No annotation"):
        store.annotations.get(saved.id)
    with pytest.raises(StoreError, match="deleted"):
        store.annotations.update(changed)


@pytest.mark.parametrize("bad, message", [
    (Annotation("", "circle", quote_target()), "Unknown annotation kind"),
    (Annotation("", "text", quote_target(), colour="red"), "Unknown colour"),
    (Annotation("", "text", replace(quote_target(), exact="")), "quoted text"),
    (Annotation("", "region", Target(ARCHIVE_ID, "i", item_sha256=SHA, region=(0, 0, 0, 5))), "region"),
    (Annotation("", "pdf", quote_target()), "page number"),
    (Annotation("", "bookmark", Target(ARCHIVE_ID, entity_id="e")), "Only notes"),
    (Annotation("", "note", Target(ARCHIVE_ID, "i", item_sha256=SHA)), "needs some text"),
    (Annotation("", "note", Target(ARCHIVE_ID, "i", item_sha256="nope"), note="x"), "SHA-256"),
    (Annotation("", "note", Target(ARCHIVE_ID, "i", "e", item_sha256=SHA), note="x"), "exactly one"),
    (Annotation("not a uri", "note", Target(ARCHIVE_ID, entity_id="e"), note="x"), "not a URI"),
])
def test_invalid_annotations_are_refused(store, bad, message):
    with pytest.raises(StoreError, match=message):
        store.annotations.add(bad)
    assert store.annotations.list() == []


def test_queries_filter_by_tag_colour_kind_and_text(store):
    saved = [store.annotations.add(a) for a in every_kind()]
    other = store.annotations.add(Annotation("", "note", Target("other-archive", entity_id="x"), note="sanctions",
                                             tags=("sanctions",)))
    assert [a.id for a in store.annotations.list(ARCHIVE_ID)] == [a.id for a in saved]
    assert [a.id for a in store.annotations.list(ARCHIVE_ID, tag="SANCTIONS")] == [saved[0].id]
    assert [a.id for a in store.annotations.list(colour="pink")] == [saved[2].id]
    assert [a.id for a in store.annotations.list(kind="note")] == [saved[3].id, saved[4].id, other.id]
    assert {a.id for a in store.annotations.list(text="sanctions")} == {saved[0].id, other.id}
    assert [a.id for a in store.annotations.list(text="QUANGUO")] == [saved[0].id]  # the quote
    assert [a.id for a in store.annotations.list(text="官员")] == [saved[1].id]       # a tag
    assert store.annotations.tags() == [("sanctions", 2), ("read-later", 1), ("XUAR", 1), ("官员", 1)]
    assert store.annotations.tags("x") == [("XUAR", 1)]
    assert store.annotations.item_ids_with_tag(ARCHIVE_ID, "read-later") == {"reports/assessment"}
    assert [a.id for a in store.annotations.for_entity(ARCHIVE_ID, "person-chen-quanguo")] == [saved[3].id]
    assert [a.kind for a in store.annotations.for_item(ARCHIVE_ID, "reports/assessment")] == ["note", "text", "pdf"]


def test_annotations_reattach_by_archive_id_and_flag_changed_items(store, tmp_path):
    saved = [store.annotations.add(a) for a in every_kind()]
    path = store.path
    store.close()
    with UserStore.open(path) as again:  # the archive opened from another path has the same id
        assert len(again.annotations.for_item(ARCHIVE_ID, "images/photo")) == 2
        current = {"reports/assessment": SHA, "images/photo": "cd" * 32}
        assert again.annotations.changed_items(ARCHIVE_ID, current.get) == ["images/photo"]
        assert again.annotations.changed_items(ARCHIVE_ID, {}.get) == ["images/photo", "reports/assessment"]
    assert len(saved) == 6


# -- encryption (with the real FieldCipher) ---------------------------------------------------------------
@pytest.fixture
def encrypted(store):
    saved = [store.annotations.add(a) for a in every_kind()]
    store.enable_encryption("correct horse battery staple", **fast_cost())
    return store, saved


def _raw(store, annotation_id):
    return store._conn.execute("SELECT note, tags FROM annotations WHERE id = ?", (annotation_id,)).fetchone()


def test_enabling_encryption_seals_existing_notes_and_tags(encrypted):
    store, saved = encrypted
    assert store.encrypted and not store.locked
    note, tags = _raw(store, saved[0].id)
    assert isinstance(note, bytes) and isinstance(tags, bytes)
    assert b"sanctions" not in note + tags and b"Named" not in note
    assert [a.note for a in store.annotations.list()] == [a.note for a in saved]
    with pytest.raises(StoreError, match="already encrypted"):
        store.enable_encryption("again", **fast_cost())


def test_locked_store_shows_notes_as_unreadable_and_refuses_to_write_them(encrypted):
    store, saved = encrypted
    store.lock()
    assert store.locked
    shown = store.annotations.get(saved[0].id)
    assert shown.unreadable and shown.note == "" and shown.tags == () and "locked" in shown.problem
    # Which item it is on stays readable (the store is browsable while locked); which words, not.
    assert shown.target == replace(saved[0].target, exact=None, prefix="", suffix="", start=None, end=None)
    assert shown.author == ""
    assert store.annotations.get(saved[5].id).unreadable  # even a bookmark: its author is sealed
    assert store.annotations.tags() == []
    with pytest.raises(StoreError, match="locked"):
        store.annotations.add(every_kind()[0])
    with pytest.raises(StoreError, match="erase the note"):
        store.annotations.update(shown)
    with pytest.raises(StoreError, match="unlock the store before exporting"):
        w3c.to_jsonld(store.annotations.list())
    with pytest.raises(StoreError, match="locked"):
        store.annotations.add(Annotation("", "bookmark", Target(ARCHIVE_ID, "x", item_sha256=SHA)))
    store.annotations.delete(saved[5].id)  # deleting needs no key
    assert not store.annotations.contains(saved[5].id)


def test_wrong_passphrase_then_right_one(encrypted):
    store, saved = encrypted
    path = store.path
    store.close()
    with UserStore.open(path) as again:
        assert again.encrypted and again.locked
        with pytest.raises(WrongPassphrase, match="not the one"):
            again.unlock("Correct horse battery staple")
        assert again.locked
        again.unlock("correct horse battery staple")
        assert [a.tags for a in again.annotations.list()] == [a.tags for a in saved]
        added = again.annotations.add(every_kind()[0])
        assert isinstance(_raw(again, added.id)[0], bytes)
        assert [a.id for a in again.annotations.list(tag="xuar")] == [saved[0].id, added.id]


def test_tampered_moved_or_plain_ciphertexts_are_flagged(encrypted):
    store, saved = encrypted
    conn = store._conn
    note, _ = _raw(store, saved[0].id)
    flipped = bytearray(note)
    flipped[-1] ^= 1
    conn.execute("UPDATE annotations SET note = ? WHERE id = ?", (bytes(flipped), saved[0].id))
    conn.execute("UPDATE annotations SET note = ? WHERE id = ?", (_raw(store, saved[2].id)[0], saved[4].id))
    conn.execute("UPDATE annotations SET note = 'planted' WHERE id = ?", (saved[3].id,))
    conn.execute("UPDATE annotations SET note = 1.5 WHERE id = ?", (saved[1].id,))  # a number: no crash
    for victim in (saved[0], saved[4], saved[3], saved[1]):
        shown = store.annotations.get(victim.id)
        assert shown.unreadable and "integrity check" in shown.problem and shown.note == ""
    assert store.annotations.get(saved[2].id).note == saved[2].note
    assert store.annotations.list(text="planted") == []
