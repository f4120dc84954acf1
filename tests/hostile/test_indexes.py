"""Structures SQLite reads besides the signed rows: index b-trees, schema text, the file's shape.

A forger with no key rewrites index b-trees (every signed table row unchanged) so that lookups show
relations, records or lists that no signed row holds. Each forgery below is first shown to change
what the library answers (so the test proves an attack, not a no-op), then must end in TAMPERED
(verification), a refused open (schema text), or a red per-item check: never Verified.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from archive import ArchiveDamaged, NotAnArchive, UnsafeArchive, open_archive
from archive.cli import main as cli
from archive.signing.trust import TrustStore
from archive.signing.itemcheck import check_item
from archive.signing.verify import VerificationState, verify_path

from .conftest import copy_signed, within
from .forge import rebuild_index, redeclare

STATE = VerificationState
CHEN, XPCC = "person-chen-quanguo", "org-xpcc"

# name -> (index, SQL building the forged b-tree, what it makes the library answer)
INDEX_FORGERIES = {
    "false-relations": (
        "idx_relations_target_id", 'CREATE INDEX forged_index ON relations (source_id)',
        lambda archive: archive.entities.relations("position-xuar-secretary")[1] != []),
    "swapped-entity": (
        "sqlite_autoindex_entities_1",
        f"CREATE UNIQUE INDEX forged_index ON entities (CASE id WHEN '{CHEN}' THEN '{XPCC}' "
        f"WHEN '{XPCC}' THEN '{CHEN}' ELSE id END)",
        lambda archive: archive.entities.get(CHEN).schema == "PublicBody"),
    "hidden-image": (
        "idx_items_kind_position",
        "CREATE INDEX forged_index ON items (kind, position) WHERE id != 'images/map'",
        lambda archive: "images/map" not in archive.items.ids("image")),
    "swapped-item": (
        "sqlite_autoindex_items_1",
        "CREATE UNIQUE INDEX forged_index ON items (CASE id WHEN 'images/map' THEN 'images/chart' "
        "WHEN 'images/chart' THEN 'images/map' ELSE id END)",
        lambda archive: archive.items.get("images/map").file_name == archive.items.get("images/chart").file_name
        or "chart" in (archive.items.get("images/map").file_name or "")),
}


@pytest.fixture
def trust(tmp_path, keys) -> TrustStore:
    store = TrustStore(tmp_path / "trusted-keys.json")
    store.add(keys[0].public_key, "Test publisher")
    return store


def forged(signed: Path, folder: Path, name: str, *, keep_minisig: bool) -> Path:
    path = copy_signed(signed, folder)
    if not keep_minisig:
        path.with_name(path.name + ".minisig").unlink()
    index, build_sql, _ = INDEX_FORGERIES[name]
    rebuild_index(path, index, build_sql)
    return path


def test_the_untouched_copy_verifies(signed, trust, tmp_path):
    path = copy_signed(signed, tmp_path)
    path.with_name(path.name + ".minisig").unlink()
    report = verify_path(path, trust)
    assert report.state is STATE.VERIFIED, report.message


@pytest.mark.parametrize("keep_minisig", [False, True], ids=["no-minisig", "with-minisig"])
@pytest.mark.parametrize("name", INDEX_FORGERIES)
def test_a_rewritten_index_is_tampered_never_verified(signed, trust, tmp_path, name, keep_minisig):
    path = forged(signed, tmp_path, name, keep_minisig=keep_minisig)
    index, _, shows_forgery = INDEX_FORGERIES[name]
    with open_archive(path) as archive:
        assert shows_forgery(archive), "the forgery should change what the library answers"
    report = verify_path(path, trust)
    assert report.state is STATE.TAMPERED, report.message
    assert report.reason == "structure-differs"
    assert f"sqlite:{index}" in report.failing
    assert "indexes do not agree" in report.message


@pytest.mark.parametrize("name", ["false-relations", "swapped-entity"])
def test_cli_verify_fails_on_a_rewritten_index(signed, trust, tmp_path, name, capsys, monkeypatch):
    path = forged(signed, tmp_path, name, keep_minisig=False)
    monkeypatch.setattr(TrustStore, "default", classmethod(lambda cls: trust))
    code = cli(["verify", str(path)])
    out = capsys.readouterr()
    assert code != 0
    assert "TAMPERED" in out.out.upper() + out.err.upper()
    assert INDEX_FORGERIES[name][0] in out.out + out.err


def test_per_item_check_names_an_item_whose_lookup_was_rewritten(signed, tmp_path):
    path = forged(signed, tmp_path, "swapped-item", keep_minisig=False)
    with open_archive(path) as archive:
        check = check_item(archive, "images/map")
        assert not check.ok and check.reason == "differs", check.message


def test_per_item_check_does_not_trust_the_manifest_index(signed, tmp_path):
    """Hide an image's thumbnail from both its own index and the manifest's index: the check, which
    reads the manifest from the table itself, still names the missing thumbnail."""
    path = copy_signed(signed, tmp_path)
    path.with_name(path.name + ".minisig").unlink()
    rebuild_index(path, "sqlite_autoindex_thumbnails_1",
                  "CREATE UNIQUE INDEX forged_index ON thumbnails (item_id, size) WHERE item_id != 'images/map'")
    rebuild_index(path, "sqlite_autoindex_manifest_1",
                  "CREATE UNIQUE INDEX forged_index ON manifest (leaf) WHERE leaf NOT LIKE 'thumb:images/map:%'")
    with open_archive(path) as archive:
        assert archive.items.thumbnail("images/map") is None, "the forgery should hide the thumbnail"
        check = check_item(archive, "images/map")
    assert not check.ok and any(name.startswith("thumb:images/map:") for name in check.failing), check.message


# -- schema text: an index or table declared otherwise is refused on open ---------------------------

REDECLARED = {
    "index-collate": ("idx_relations_target_id",
                      'CREATE INDEX "idx_relations_target_id" ON "relations" ("target_id" COLLATE NOCASE)'),
    "index-partial": ("idx_items_kind_position",
                      'CREATE INDEX "idx_items_kind_position" ON "items" ("kind", "position") WHERE 0'),
    "index-other-column": ("idx_mentions_entity_id", 'CREATE INDEX "idx_mentions_entity_id" ON "mentions" ("item_id")'),
    "index-descending": ("idx_items_date", 'CREATE INDEX "idx_items_date" ON "items" ("date" DESC)'),
    "autoindex-with-sql": ("sqlite_autoindex_relations_2",
                           'CREATE INDEX "sqlite_autoindex_relations_2" ON "relations" ("target_id")'),
    "table-collate": ("entities", 'CREATE TABLE "entities" ("id" TEXT PRIMARY KEY COLLATE NOCASE, "schema" TEXT '
                                  'NOT NULL, "caption" TEXT NOT NULL, "properties" TEXT NOT NULL, '
                                  '"synthetic" INTEGER NOT NULL)'),
    "table-check": ("meta", 'CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL CHECK (1))'),
    "fts-shadow": ("search_docs_fts_idx", "CREATE TABLE 'search_docs_fts_idx'(segid, term COLLATE NOCASE, pgno, "
                                          "PRIMARY KEY(segid, term)) WITHOUT ROWID"),
}


@pytest.mark.parametrize("case", REDECLARED)
def test_an_object_declared_otherwise_is_refused_on_open(signed, tmp_path, case, capsys):
    path = copy_signed(signed, tmp_path)
    name, sql = REDECLARED[case]
    if case == "autoindex-with-sql":  # a new index posing as one SQLite made for a primary key
        conn = sqlite3.connect(path)
        conn.execute(sql.replace("sqlite_autoindex_relations_2", "posing"))
        conn.commit()
        conn.close()
        redeclare(path, "posing", sql)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET name = ? WHERE name = 'posing'", (name,))
        conn.commit()
        conn.close()
    else:
        redeclare(path, name, sql)
    with pytest.raises(UnsafeArchive, match=f"'{name}' is not declared as archive format"):
        open_archive(path)
    assert verify_path(path).state is STATE.DAMAGED
    assert cli(["info", str(path)]) != 0
    err = capsys.readouterr().err
    assert name in err and len(err.strip().splitlines()) == 1


def test_a_changed_primary_key_is_refused(signed, tmp_path):
    path = copy_signed(signed, tmp_path)
    redeclare(path, "relations", 'CREATE TABLE "relations" ("source_id" TEXT, "prop" TEXT, "target_id" TEXT, '
                                 'PRIMARY KEY ("target_id", "prop", "source_id"))')
    with pytest.raises(UnsafeArchive, match="primary key"):
        open_archive(path)


# -- the file's shape: only a regular file that ends with its last page -----------------------------


def test_trailing_bytes_are_refused_at_once(signed, tmp_path):
    path = copy_signed(signed, tmp_path)
    with path.open("r+b") as handle:  # a 10 GB sparse tail: refused without reading it
        handle.truncate(path.stat().st_size + 10 * 1024 ** 3)
    with within(1.0):
        with pytest.raises(ArchiveDamaged, match="bytes after the end of its database"):
            open_archive(path)
        assert verify_path(path).state is STATE.DAMAGED


def test_one_trailing_byte_is_refused(signed, tmp_path):
    path = copy_signed(signed, tmp_path)
    with path.open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ArchiveDamaged, match="1 bytes after"):
        open_archive(path)


def test_stale_header_page_count_is_refused(signed, tmp_path):
    """With a stale page count in the header, SQLite would count a tail of whole pages as its own."""
    path = copy_signed(signed, tmp_path)
    data = bytearray(path.read_bytes())
    data[92:96] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")  # version-valid-for != counter
    path.write_bytes(bytes(data) + b"\0" * 4096)
    with pytest.raises(ArchiveDamaged, match="page count is not current"):
        open_archive(path)


def test_a_zero_header_page_count_is_refused(signed, tmp_path):
    """A zero page count would also make SQLite count the file's size, tail included."""
    path = copy_signed(signed, tmp_path)
    data = bytearray(path.read_bytes())
    data[28:32] = bytes(4)
    path.write_bytes(bytes(data) + b"\0" * 4096)
    with pytest.raises(ArchiveDamaged, match="page count is not current"):
        open_archive(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting(tmp_path, capsys):
    fifo = tmp_path / "evidence.casefile"
    os.mkfifo(fifo)
    with within(1.0):
        with pytest.raises(NotAnArchive, match="not a regular file"):
            open_archive(fifo)
        assert verify_path(fifo).state is STATE.DAMAGED
        assert cli(["info", str(fifo)]) != 0
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    with within(1.0), pytest.raises(NotAnArchive, match="not a regular file"):
        open_archive(device)


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "looks-like.casefile"
    folder.mkdir()
    with pytest.raises(NotAnArchive, match="is a folder"):
        open_archive(folder)


def test_a_symlink_to_a_fifo_is_refused(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "evidence.casefile"
    link.symlink_to(fifo)
    with within(1.0), pytest.raises(NotAnArchive, match="not a regular file"):
        open_archive(link)


def test_the_forged_b_tree_leaves_every_signed_row_unchanged(signed, tmp_path):
    """The premise of the attack: the leaves hashed from the tables are the signed ones."""
    from archive.signing import manifest

    (tmp_path / "good").mkdir()
    good = copy_signed(signed, tmp_path / "good")
    bad = forged(signed, tmp_path, "false-relations", keep_minisig=False)
    with open_archive(good) as a, open_archive(bad) as b:
        assert manifest.compute_leaves(a) == manifest.compute_leaves(b)
    conn = sqlite3.connect(f"file:{bad}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM relations NOT INDEXED").fetchone()[0] == 4
    conn.close()


def test_the_viewer_shows_a_rewritten_index_as_tampered(qtbot, signed, keys, tmp_path):
    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    TrustStore.default().add(keys[0].public_key, "Test publisher")
    path = forged(signed, tmp_path, "false-relations", keep_minisig=False)
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.open_paths([path]) == []
    qtbot.waitUntil(lambda: all(not s.verifying for s in window.library.sessions), timeout=60_000)
    assert window.badge.headline.text() == "TAMPERED"
    assert "indexes do not agree" in window.badge.detail.text()
    assert "idx_relations_target_id" in window.badge.detail.text()
    window.close()
