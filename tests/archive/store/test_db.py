"""The store database: settings, migrations, durability (disk full, SIGKILL, read-only) and portable mode."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import paths
from archive.store import Annotation, StoreError, Target, UserStore
from archive.store.db import MIGRATIONS, SCHEMA_VERSION, STORE_NAME, migrate

from .conftest import ARCHIVE_ID, SHA, every_kind


def test_open_sets_durable_pragmas(store):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.notices == []


def test_default_location_is_the_data_dir(isolated_dirs):
    with UserStore.open() as store:
        assert store.path == paths.data_dir() / STORE_NAME
        assert store.path.is_relative_to(isolated_dirs)
        assert store.path.exists()


def test_settings_round_trip_and_reopen(store):
    assert store.get_setting("author", "nobody") == "nobody"
    store.set_setting("author", "Ana Pérez")
    store.set_setting("recent", ["a.casefile", "b.casefile"])
    path = store.path
    store.close()
    with UserStore.open(path) as again:
        assert again.get_setting("author") == "Ana Pérez"
        assert again.get_setting("recent") == ["a.casefile", "b.casefile"]


def test_migrates_a_store_from_an_older_version(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, upto=1)
    conn.execute("INSERT INTO annotations (id, kind, archive_id, item_id, item_sha256, note, colour, created, "
                 "modified) VALUES ('urn:uuid:1', 'note', ?, 'item', ?, 'old note', 'blue', 't', 't')",
                 (ARCHIVE_ID, SHA))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit'").fetchone()
    conn.close()
    with UserStore.open(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.annotations.get("urn:uuid:1").note == "old note"
        store.audit.record("verify", "after the upgrade")
        assert store.audit.entries()[0].covered == "after the upgrade"


def test_a_newer_store_is_refused_clearly(tmp_path):
    path = tmp_path / "new.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Casefile"):
        UserStore.open(path)


def test_disk_full_keeps_what_was_committed_and_the_store_usable(store):
    saved = [store.annotations.add(a) for a in every_kind()]
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # a real SQLITE_FULL on the next growth
    big = Annotation("", "note", Target(ARCHIVE_ID, "reports/x", item_sha256=SHA), note="a long note " * 20_000)
    with pytest.raises(StoreError, match="disk is full.*not saved"):
        store.annotations.add(big)
    assert [a.id for a in store.annotations.list()] == [a.id for a in saved]
    store.set_setting("author", "still works")  # small writes fit in the pages already there
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    added = store.annotations.add(big)
    assert store.annotations.get(added.id).note == big.note
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_a_write_to_a_read_only_store_says_so(store):
    first = store.annotations.add(every_kind()[0])
    store._conn.execute("PRAGMA query_only = ON")  # SQLite answers SQLITE_READONLY, as on a locked stick
    with pytest.raises(StoreError, match="read-only.*not saved"):
        store.annotations.add(every_kind()[1])
    store._conn.execute("PRAGMA query_only = OFF")
    assert [a.id for a in store.annotations.list()] == [first.id]


def test_a_read_only_location_gives_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        where = Path("/sys/casefile-test/store.sqlite")  # read-only even for root
        if os.access("/sys", os.W_OK) and not _sys_is_read_only():
            pytest.skip("no read-only place available to root here")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        where = folder / "sub" / "store.sqlite"
    with pytest.raises(StoreError, match="Cannot create the folder .* CASEFILE_DATA_DIR"):
        UserStore.open(where)


def _sys_is_read_only() -> bool:
    try:
        os.mkdir("/sys/casefile-test")
    except OSError:
        return True
    os.rmdir("/sys/casefile-test")
    return False


CHILD = """
import sys
from pathlib import Path
from archive.store import Annotation, Target, UserStore
store = UserStore.open(Path(sys.argv[1]))
n = 0
while True:
    a = store.annotations.add(Annotation("", "note", Target("kill-test", "item", item_sha256="ab" * 32),
                                         note="note %d " % n * (1 + n % 50), tags=("t%d" % (n % 7),)))
    print(a.id, flush=True)
    n += 1
"""


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_committed(tmp_path):
    path = tmp_path / "killed.sqlite"
    committed: list[str] = []
    for stop_after in (25, 60, 110):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(committed) < stop_after and time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line, "the child stopped writing"
            committed.append(line.strip())
        child.send_signal(signal.SIGKILL)
        committed += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
        child.wait()
        assert child.returncode == -signal.SIGKILL
    with UserStore.open(path) as store:
        assert store.notices == []  # passed quick_check: no recovery needed
        stored = {a.id for a in store.annotations.list("kill-test")}
    assert set(committed) <= stored
    assert len(committed) >= 110


def test_portable_mode_writes_nothing_outside_its_folder(tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / paths.PORTABLE_MARKER).write_text("")
    home = tmp_path / "home"
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("CASEFILE_DATA_DIR")
    monkeypatch.setattr(paths, "app_dir", lambda: stick)
    before = _snapshot(tmp_path)

    from archive.store import w3c

    with UserStore.open() as store:
        assert store.path == stick / "data" / STORE_NAME
        for annotation in every_kind():
            store.annotations.add(annotation)
        w3c.export(store, ARCHIVE_ID, stick / "exports" / "notes.jsonld")
        store.audit.export(stick / "exports" / "audit.jsonl")
    with UserStore.open() as store:  # the second start makes the daily backup
        assert len(store.annotations.list()) == len(every_kind())

    changed = {path for path, stamp in _snapshot(tmp_path).items() if before.get(path) != stamp}
    assert changed, "the store wrote nothing at all"
    outside = sorted(str(p) for p in changed if not p.is_relative_to(stick))
    assert outside == [], f"portable mode wrote outside its folder: {outside}"
    assert list((stick / "data" / "backups").glob("*.sqlite"))


def _snapshot(root: Path) -> dict[Path, tuple[int, int]]:
    return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in root.rglob("*") if p.is_file()}
