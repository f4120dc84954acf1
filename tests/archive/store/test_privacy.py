"""Private means private: after protection (or a passphrase change) no earlier note, tag, quote, author or
audit detail is left readable in any file of the data folder, old passphrases and old backups open nothing,
and a change that fails part-way loses nothing.

SQLite as CPython builds it on Windows has no SECURE_DELETE: deleted and overwritten text stays in free
pages. The `insecure` fixture makes every store connection behave so, all the way through protection.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from archive.store import Annotation, StoreError, Target, UserStore, backup, db
from archive.store.crypto import FieldCipher, KeyEnvelope, TamperedValue, WrongPassphrase

from .conftest import ARCHIVE_ID, SHA, fast_cost, quote_target

NOTE = "Source: Aygul Tursun, met at the Kashgar bazaar"
DRAFT = "first draft naming the informant Memet Emin"
DELETED = "deleted before protection: phone +86 138 0099 1234"
TAG = "witness-aygul-tursun"
QUOTE = "Chen Quanguo"
CONTEXT = "named in the report include"  # the quote's prefix
AUTHOR = "Rahile Dawut-Researcher"
AUDIT_PATH = "/media/USB-KASHGAR-0716/notes.jsonld"
SECRETS = (NOTE, DRAFT, DELETED, TAG, QUOTE, CONTEXT, AUTHOR, AUDIT_PATH)


@pytest.fixture
def insecure(monkeypatch):
    """Every store connection as on a SQLite built without SECURE_DELETE."""
    connect = db._connect

    def without_secure_delete(path):
        conn = connect(path)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(db, "_connect", without_secure_delete)


def leaks(folder: Path, secrets=SECRETS) -> list[str]:
    """Every secret found, as `strings` would find it, in the raw bytes of every file under `folder`."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in data:
                    found.append(f"{secret!r} in {path.relative_to(folder)} ({encoding})")
    return found


def fill(store: UserStore) -> list[Annotation]:
    """Notes, tags, a quote, an author and an audit entry, with an edited and a deleted note behind them."""
    store.set_setting("author", AUTHOR)
    saved = [store.annotations.add(Annotation("", "text", quote_target(QUOTE), note=DRAFT, tags=(TAG,))),
             store.annotations.add(Annotation("", "note", Target(ARCHIVE_ID, entity_id="person-x"), note=DELETED)),
             store.annotations.add(Annotation("", "region", Target(ARCHIVE_ID, "images/photo", item_sha256=SHA,
                                                                   region=(1, 2, 30, 40))))]
    saved[0] = store.annotations.update(Annotation(saved[0].id, "text", saved[0].target, note=NOTE, tags=(TAG,),
                                                   author=AUTHOR, created=saved[0].created))
    store.annotations.delete(saved.pop(1).id)
    store.audit.record("export", f"2 annotations to {AUDIT_PATH}", {"path": AUDIT_PATH, "count": 2})
    return saved


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def filled(insecure, data):
    """A plain store full of secrets, with a daily backup and a damaged store set aside, all in plain text."""
    store = UserStore.open(data / "casefile-store.sqlite")
    saved = fill(store)
    backup.make_backup(store._conn, store.path)
    shutil.copyfile(store.path, data / "casefile-store.sqlite.damaged-20240101T000000Z")
    assert any(DELETED in leak for leak in leaks(data))  # the test can see what it must not find later
    assert {secret for secret in SECRETS if any(repr(secret) in leak for leak in leaks(data))} == set(SECRETS)
    yield store, saved
    store.close()


def test_every_store_connection_deletes_securely(store):
    assert store._conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_protecting_leaves_no_earlier_plaintext_in_any_file(filled, data):
    store, saved = filled
    assert store.enable_encryption("correct horse", **fast_cost()) == []
    assert leaks(data) == []  # store, -wal and -shm open, the new backup, no damaged copy left
    assert [(a.note, a.tags, a.target.exact, a.author) for a in store.annotations.list()] == \
           [(NOTE, (TAG,), QUOTE, AUTHOR), ("", (), None, AUTHOR)]
    assert store.get_setting("author") == AUTHOR and AUDIT_PATH in store.audit.entries()[0].covered
    store.close()
    assert leaks(data) == []
    copies = backup.backups(data / "casefile-store.sqlite")
    assert len(copies) == 1 and not list(data.glob("*.damaged-*"))
    with UserStore.open(copies[0]) as restored:  # the backup is protected too, and complete
        assert restored.locked
        restored.unlock("correct horse")
        assert restored.annotations.get(saved[0].id).note == NOTE


def test_a_protected_store_keeps_readable_only_what_it_says(filled):
    store, saved = filled
    store.enable_encryption("correct horse", **fast_cost())
    raw = store._conn.execute("SELECT exact, prefix, suffix, start, end_, page, region, author, item_id, kind, "
                              "colour FROM annotations WHERE id = ?", (saved[0].id,)).fetchone()
    assert raw == (None, "", "", None, None, None, None, "", "reports/assessment", "text", "yellow")
    assert store._conn.execute("SELECT covered, detail FROM audit").fetchall() == [("", "{}")]
    assert isinstance(store._conn.execute("SELECT value FROM meta WHERE name = 'setting:author'").fetchone()[0],
                      bytes)
    store.lock()
    shown = store.annotations.get(saved[0].id)
    assert shown.unreadable and shown.target.item_id == "reports/assessment" and shown.target.exact is None
    assert [a.target.item_id for a in store.annotations.for_item(ARCHIVE_ID, "images/photo")] == ["images/photo"]
    with pytest.raises(StoreError, match="locked"):
        store.get_setting("author")
    store.audit.record("copy", f"a photo to {AUDIT_PATH}", {"to": AUDIT_PATH})  # recorded while locked
    assert AUDIT_PATH.encode() not in b"".join(row[0] for row in store._conn.execute("SELECT sealed FROM audit"))
    entries = store.audit.entries()
    assert [e.action for e in entries] == ["copy", "export"] and all(e.unreadable for e in entries)
    assert "Locked" in entries[0].covered and entries[0].detail == {}
    with pytest.raises(StoreError, match="not exported"):
        store.audit.export(store.path.parent / "audit.jsonl")
    store.unlock("correct horse")
    assert store.audit.entries()[0].detail == {"to": AUDIT_PATH}


def test_a_sealed_audit_entry_moved_to_another_row_is_flagged(filled):
    store, _ = filled
    store.enable_encryption("correct horse", **fast_cost())
    store.audit.record("copy", "something else")
    first, second = (row[0] for row in store._conn.execute("SELECT sealed FROM audit ORDER BY id"))
    store._conn.execute("UPDATE audit SET sealed = ? WHERE id = (SELECT max(id) FROM audit)", (first,))
    newest = store.audit.entries()[0]
    assert newest.unreadable and "integrity check" in newest.covered and second != first


def test_changing_the_passphrase_leaves_the_old_one_and_old_backups_useless(filled, data):
    store, saved = filled
    store.enable_encryption("old passphrase", **fast_cost())
    old_envelope = KeyEnvelope.from_json(store._meta("key-envelope"))
    old_note = store._conn.execute("SELECT note FROM annotations WHERE id = ?", (saved[0].id,)).fetchone()[0]
    assert store.change_passphrase("old passphrase", "new passphrase", **fast_cost()) == []
    assert store.annotations.get(saved[0].id).note == NOTE and not store.locked
    new_note = store._conn.execute("SELECT note FROM annotations WHERE id = ?", (saved[0].id,)).fetchone()[0]
    old_cipher = FieldCipher.unlock("old passphrase", old_envelope)  # as from an old backup
    with pytest.raises(TamperedValue):  # a new data key, not the old one re-wrapped
        old_cipher.open(new_note, f"annotation:{saved[0].id}:note".encode())
    store.close()
    old_bytes = (old_note, old_envelope.wrapped_key, old_envelope.salt)
    assert not [p for p in data.rglob("*") if p.is_file() and any(b in p.read_bytes() for b in old_bytes)]
    assert leaks(data) == []
    for path in (data / "casefile-store.sqlite", *backup.backups(data / "casefile-store.sqlite")):
        with UserStore.open(path) as copy:
            with pytest.raises(WrongPassphrase):
                copy.unlock("old passphrase")
            copy.unlock("new passphrase")
            assert copy.annotations.get(saved[0].id).note == NOTE


def test_a_change_that_fails_part_way_leaves_the_store_as_it_was(filled, monkeypatch):
    store, saved = filled
    store.enable_encryption("old passphrase", **fast_cost())
    before = store._conn.execute("SELECT * FROM annotations ORDER BY id").fetchall()
    envelope = store._meta("key-envelope")
    seal, calls = FieldCipher.seal, []

    def seal_until_the_disk_fills(cipher, plaintext, aad):
        calls.append(aad)
        if len(calls) > 4:
            raise sqlite3.OperationalError("database or disk is full")
        return seal(cipher, plaintext, aad)

    monkeypatch.setattr(FieldCipher, "seal", seal_until_the_disk_fills)
    with pytest.raises(StoreError, match="the change of passphrase was not saved"):
        store.change_passphrase("old passphrase", "new passphrase", **fast_cost())
    monkeypatch.undo()
    assert store._conn.execute("SELECT * FROM annotations ORDER BY id").fetchall() == before
    assert store._meta("key-envelope") == envelope and not store.locked
    assert store.annotations.get(saved[0].id).note == NOTE
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("new passphrase", "x", **fast_cost())
    store.lock()
    store.unlock("old passphrase")
    assert [a.note for a in store.annotations.list()] == [NOTE, ""]


def test_a_wrong_current_passphrase_changes_nothing(filled):
    store, _ = filled
    store.enable_encryption("old passphrase", **fast_cost())
    envelope = store._meta("key-envelope")
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not it", "new passphrase", **fast_cost())
    with pytest.raises(StoreError, match="empty passphrase"):
        store.change_passphrase("old passphrase", "", **fast_cost())
    assert store._meta("key-envelope") == envelope


def test_a_window_still_holding_the_old_key_stops_writing(filled, data):
    store, saved = filled
    store.enable_encryption("old passphrase", **fast_cost())
    with UserStore.open(data / "casefile-store.sqlite") as other:
        other.unlock("old passphrase")
        store.change_passphrase("old passphrase", "new passphrase", **fast_cost())
        assert other.locked  # its key would seal notes nobody could open again
        with pytest.raises(StoreError, match="locked"):
            other.annotations.add(Annotation("", "note", Target(ARCHIVE_ID, entity_id="e"), note="lost?"))
        other.unlock("new passphrase")
        assert other.annotations.get(saved[0].id).note == NOTE


def test_a_rewrite_cut_short_is_finished_at_the_next_open(filled, data, monkeypatch):
    store, _ = filled

    def stick_pulled(path):
        raise StoreError("the stick was pulled out")

    monkeypatch.setattr(backup, "purge", stick_pulled)
    notices = store.enable_encryption("correct horse", **fast_cost())
    assert len(notices) == 1 and "could not all be removed" in notices[0] and "stick was pulled" in notices[0]
    assert store.encrypted and leaks(data)  # the plain backup and damaged copy are still there
    store.close()
    monkeypatch.undo()
    with UserStore.open(data / "casefile-store.sqlite") as again:
        assert again.notices == [] and again.locked
    assert leaks(data) == []


def legacy_protected(store: UserStore, passphrase: str) -> None:
    """Protect as Casefile did before issue 16: notes and tags sealed, nothing else, no rewrite."""
    cipher, envelope = FieldCipher.create(passphrase, **fast_cost())
    conn = store._conn
    for annotation_id, note, tags in conn.execute("SELECT id, note, tags FROM annotations").fetchall():
        conn.execute("UPDATE annotations SET note = ?, tags = ? WHERE id = ?",
                     (cipher.seal(note, f"annotation:{annotation_id}:note".encode()) if note else None,
                      cipher.seal(tags, f"annotation:{annotation_id}:tags".encode()) if tags else None,
                      annotation_id))
    conn.execute("INSERT INTO meta (name, value) VALUES ('key-envelope', ?)", (envelope.to_json(),))


def test_an_older_protected_store_is_sealed_at_the_next_unlock(filled, data):
    store, saved = filled
    legacy_protected(store, "correct horse")
    store.close()
    with UserStore.open(data / "casefile-store.sqlite") as again:
        assert again.locked and again.annotations.get(saved[0].id).target.exact == QUOTE  # as it was
        assert again.unlock("correct horse") == []
        assert leaks(data) == []
        shown = again.annotations.get(saved[0].id)
        assert (shown.note, shown.tags, shown.target.exact, shown.author) == (NOTE, (TAG,), QUOTE, AUTHOR)
        assert again.get_setting("author") == AUTHOR and AUDIT_PATH in again.audit.entries()[0].covered
    assert leaks(data) == []
