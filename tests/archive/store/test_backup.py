"""Daily rotating backups, the integrity check on open, and recovery from a damaged store."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from archive.store import UserStore, backup

from .conftest import every_kind

DAY0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)


def test_a_new_store_is_not_backed_up_but_a_reopened_one_is_once_a_day(store):
    path = store.path
    assert backup.backups(path) == []
    store.annotations.add(every_kind()[0])
    store.close()
    with UserStore.open(path):
        pass
    with UserStore.open(path):
        pass
    copies = backup.backups(path)
    assert len(copies) == 1
    assert copies[0].parent == path.parent / "backups"
    with sqlite3.connect(copies[0]) as conn:  # self-contained: no WAL needed beside it
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


def test_backups_rotate_keeping_the_newest(store):
    conn = store._conn
    for day in range(10):
        assert backup.backup_if_due(conn, store.path, DAY0 + timedelta(days=day), keep=4) == []
        # the same day again: not due
        assert backup.backup_if_due(conn, store.path, DAY0 + timedelta(days=day, hours=5), keep=4) == []
    names = [p.name for p in backup.backups(store.path)]
    assert len(names) == 4
    assert names[0].endswith("20240310T090000Z.sqlite") and names[-1].endswith("20240307T090000Z.sqlite")


def test_a_backup_from_the_future_does_not_stop_backups(store):
    backup.make_backup(store._conn, store.path, DAY0 + timedelta(days=400))
    backup.backup_if_due(store._conn, store.path, DAY0)
    assert len(backup.backups(store.path)) == 2


def test_a_failed_backup_is_a_notice_not_an_error(store):
    (store.path.parent / "backups").write_text("a file where the folder should be")
    notices = backup.backup_if_due(store._conn, store.path, DAY0)
    assert len(notices) == 1 and "backup" in notices[0] and "safe" in notices[0]


def _damage(path):
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xde\xad\xbe\xef" * 1024  # the second page: a table's b-tree
    path.write_bytes(bytes(data))


def test_a_damaged_store_is_kept_aside_and_the_newest_good_backup_restored(store):
    path = store.path
    kept = [store.annotations.add(a) for a in every_kind()[:3]]
    backup.make_backup(store._conn, path, DAY0)
    store.annotations.add(every_kind()[3])  # after the backup: lost with the damaged file
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _damage(path)
    assert backup.check_file(path)

    with UserStore.open(path) as recovered:
        assert len(recovered.notices) == 1
        assert "damaged" in recovered.notices[0] and "2024-03-01 09:00 UTC" in recovered.notices[0]
        assert [a.id for a in recovered.annotations.list()] == [a.id for a in kept]
    aside = list(path.parent.glob(f"{path.name}.damaged-*"))
    assert len(aside) == 1 and aside[0].stat().st_size > 0


def test_a_damaged_store_without_backups_starts_empty_and_keeps_the_file(tmp_path):
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"this is not a database at all" * 200)
    with UserStore.open(path) as store:
        assert "no good backup" in store.notices[0]
        assert store.annotations.list() == []
    assert list(tmp_path.glob("store.sqlite.damaged-*"))[0].read_bytes().startswith(b"this is not")


def test_a_damaged_backup_is_skipped_for_an_older_good_one(store):
    path = store.path
    store.annotations.add(every_kind()[0])
    older = backup.make_backup(store._conn, path, DAY0)
    newer = backup.make_backup(store._conn, path, DAY0 + timedelta(days=1))
    store.close()
    _damage(newer)
    _damage(path)
    with UserStore.open(path) as recovered:
        assert "2024-03-01 09:00" in recovered.notices[0]
        assert len(recovered.annotations.list()) == 1
    assert older.exists()
