"""The hardened reader: every refusal names the problem, nothing crashes or hangs, nothing is written."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import threading
import time
from pathlib import Path

import pytest

from archive import (
    ArchiveDamaged,
    ItemNotFound,
    LimitExceeded,
    Limits,
    NotAnArchive,
    QueryCancelled,
    UnsafeArchive,
    UnsupportedVersion,
    open_archive,
)


def forge(path: Path, *statements: str) -> Path:
    """Alter an archive the way an attacker with any SQLite tool could."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def test_opens_and_reads(built):
    with open_archive(built) as archive:
        assert archive.metadata.title == "Test archive"
        assert archive.items.count() == 8 and archive.entities.count() == 9


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.casefile"
    path.write_text("these are my notes, not an archive\n" * 10)
    with pytest.raises(NotAnArchive, match="not an SQLite database"):
        open_archive(path)


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00"])
def test_empty_and_tiny_files(tmp_path, content):
    path = tmp_path / "empty.casefile"
    path.write_bytes(content)
    with pytest.raises(NotAnArchive):
        open_archive(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(NotAnArchive, match="does not exist"):
        open_archive(tmp_path / "nope.casefile")
    with pytest.raises(NotAnArchive, match="is a folder"):
        open_archive(tmp_path)


def test_truncated_file(archive_copy):
    data = archive_copy.read_bytes()
    archive_copy.write_bytes(data[: len(data) // 2])
    with pytest.raises(ArchiveDamaged, match="truncated"):
        open_archive(archive_copy)


def test_foreign_sqlite_database(tmp_path):
    path = forge(tmp_path / "other.db", "CREATE TABLE t (x)")
    with pytest.raises(NotAnArchive, match="not a Casefile archive"):
        open_archive(path)


def test_wrong_application_id(archive_copy):
    forge(archive_copy, "PRAGMA application_id = 1196444487")  # GeoPackage's id
    with pytest.raises(NotAnArchive, match="application_id 0x47504b47"):
        open_archive(archive_copy)


def test_newer_format_version(archive_copy):
    forge(archive_copy, "PRAGMA user_version = 3")
    with pytest.raises(UnsupportedVersion, match="format 3.*newer Casefile"):
        open_archive(archive_copy)


def test_unfinished_build(archive_copy):
    forge(archive_copy, "PRAGMA user_version = 0")
    with pytest.raises(ArchiveDamaged, match="not finished"):
        open_archive(archive_copy)


def test_wal_mode(archive_copy):
    forge(archive_copy, "PRAGMA journal_mode = WAL")
    with pytest.raises(UnsafeArchive, match="WAL"):
        open_archive(archive_copy)


def test_extra_table(archive_copy):
    forge(archive_copy, "CREATE TABLE payload (x)")
    with pytest.raises(UnsafeArchive, match="'payload'"):
        open_archive(archive_copy)


def test_trigger_calling_functions(archive_copy):
    forge(archive_copy, "CREATE TRIGGER t AFTER INSERT ON items BEGIN "
                        "SELECT load_extension('/tmp/evil.so'); SELECT randomblob(1000000000); END")
    with pytest.raises(UnsafeArchive, match="trigger"):
        open_archive(archive_copy)


def test_view(archive_copy):
    forge(archive_copy, "CREATE VIEW v AS SELECT zeroblob(2000000000)")
    with pytest.raises(UnsafeArchive, match="view"):
        open_archive(archive_copy)


def test_foreign_index(archive_copy):
    forge(archive_copy, "CREATE INDEX sneaky ON items (abs(position))")
    with pytest.raises(UnsafeArchive, match="'sneaky'"):
        open_archive(archive_copy)


def test_changed_columns(archive_copy):
    forge(archive_copy, "ALTER TABLE items ADD COLUMN extra TEXT AS (upper(title))")
    with pytest.raises(UnsafeArchive, match="'items' does not have the columns"):
        open_archive(archive_copy)


def test_missing_table(archive_copy):
    forge(archive_copy, "PRAGMA foreign_keys = OFF", "DROP TABLE mentions")
    with pytest.raises(ArchiveDamaged, match="missing required tables: mentions"):
        open_archive(archive_copy)


def test_missing_metadata(archive_copy):
    forge(archive_copy, "DELETE FROM meta WHERE key = 'title'")
    with pytest.raises(ArchiveDamaged, match="no title"):
        open_archive(archive_copy)


def test_huge_blob_is_refused(archive_copy):
    """A forged 64 MB original (the test's cap: 16 MB) is refused before it is loaded."""
    forge(archive_copy,
          "UPDATE blobs SET data = zeroblob(64 * 1024 * 1024), size = 64 * 1024 * 1024 "
          "WHERE sha256 = (SELECT blob_sha256 FROM items WHERE id = 'images/chart')")
    with open_archive(archive_copy, limits=Limits(max_blob_bytes=16 * 1024 * 1024)) as archive:
        with pytest.raises(LimitExceeded, match="larger than"):
            archive.items.original("images/chart")


def test_lying_blob_size_still_capped(archive_copy):
    """The size column says small, the blob is big: SQLite's own length limit still stops it."""
    forge(archive_copy,
          "UPDATE blobs SET data = zeroblob(32 * 1024 * 1024), size = 10 "
          "WHERE sha256 = (SELECT blob_sha256 FROM items WHERE id = 'images/chart')")
    with open_archive(archive_copy, limits=Limits(max_blob_bytes=16 * 1024 * 1024)) as archive:
        with pytest.raises(LimitExceeded):
            archive.items.original("images/chart")


def test_wrong_types_do_not_crash(archive_copy):
    forge(archive_copy, "PRAGMA foreign_keys = OFF",
          "UPDATE items SET title = x'00ff', languages = 'not json', authors = 42, date = x'3230' "
          "WHERE id = 'reports/assessment'",
          "UPDATE entities SET properties = '[1,2' WHERE id = 'org-xpcc'")
    with open_archive(archive_copy) as archive:
        item = archive.items.get("reports/assessment")
        assert (item.title, item.languages, item.authors, item.date) == ("", (), (), None)
        assert archive.entities.get("org-xpcc").properties == {}


def test_display_html_is_sanitised_by_the_core(archive_copy):
    forge(archive_copy, "UPDATE items SET html = '<p onclick=\"x()\">Seen<script>alert(1)</script></p>' "
                        "WHERE id = 'reports/assessment'")
    with open_archive(archive_copy) as archive:
        markup = archive.items.display_html("reports/assessment")
        assert "Seen" in markup and "<script" not in markup and "onclick" not in markup
    forge(archive_copy, "UPDATE items SET html = NULL, text = 'a < b' WHERE id = 'reports/assessment'")
    with open_archive(archive_copy) as archive:
        assert "a &lt; b" in archive.items.display_html("reports/assessment")


def test_query_deadline(built):
    with open_archive(built, limits=Limits(query_seconds=0.2)) as archive:
        started = time.monotonic()
        with pytest.raises(LimitExceeded, match="longer than 0.2 s"):
            archive.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n")
        assert time.monotonic() - started < 2
        assert archive.items.count() == 8  # still usable afterwards


def test_cancel_from_another_thread(built):
    with open_archive(built) as archive:
        timer = threading.Timer(0.2, archive.cancel)
        timer.start()
        try:
            with pytest.raises(QueryCancelled):
                archive.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n")
        finally:
            timer.join()
        assert archive.items.count() == 8


def test_corrupted_page_gives_clear_error(archive_copy):
    data = bytearray(archive_copy.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    for page in range(2, len(data) // page_size):  # scramble every b-tree page but the header page
        start = page * page_size
        data[start + 8:start + 64] = bytes(range(56))
    archive_copy.write_bytes(bytes(data))
    with pytest.raises(ArchiveDamaged, match="damaged"):
        with open_archive(archive_copy) as archive:
            archive.stats()
            for item in archive.items.list():
                archive.items.original(item.id)


def test_unknown_ids(built):
    with open_archive(built) as archive:
        with pytest.raises(ItemNotFound, match="No item 'reports/nope'"):
            archive.items.get("reports/nope")
        with pytest.raises(ItemNotFound, match="No entity"):
            archive.entities.get("nobody")


def test_reading_writes_nothing(built):
    """Read-only media: opening and reading never changes the file or creates files beside it."""
    before = hashlib.sha256(built.read_bytes()).hexdigest(), sorted(built.parent.iterdir())
    with open_archive(built) as archive:
        archive.stats()
        for item in archive.items.list():
            archive.items.original(item.id)
        with pytest.raises(sqlite3.OperationalError):
            archive._conn.execute("DELETE FROM items")
    assert (hashlib.sha256(built.read_bytes()).hexdigest(), sorted(built.parent.iterdir())) == before


def test_opens_from_read_only_folder(built, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    copy = folder / "a.casefile"
    copy.write_bytes(built.read_bytes())
    copy.chmod(0o444)
    folder.chmod(0o555)
    try:
        with open_archive(copy) as archive:
            assert archive.items.count() == 8
    finally:
        folder.chmod(0o755)


def test_clone_gives_a_connection_for_another_thread(built):
    results = []

    def work(archive):
        with archive.clone() as mine:
            results.append(mine.items.count())

    with open_archive(built) as archive:
        worker = threading.Thread(target=work, args=(archive,))
        worker.start()
        worker.join()
    assert results == [8]


def test_schema_text_that_is_not_utf8_is_damage_not_a_crash(archive_copy):
    """Found by tests/fuzz: a flipped byte in sqlite_master's SQL text broke decoding."""
    import pytest

    from archive import ArchiveDamaged, open_archive

    data = bytearray(archive_copy.read_bytes())
    at = data.index(b'CREATE TABLE "items"')
    data[at + len(b'CREATE TABLE "it')] = 0xE5  # a lone UTF-8 lead byte inside the table's SQL
    archive_copy.write_bytes(bytes(data))
    with pytest.raises(ArchiveDamaged, match="damaged schema|not a readable|malformed|damaged"):
        open_archive(archive_copy).close()


def test_items_page_by_keyset_in_build_order_through_the_position_index(built):
    with open_archive(built) as archive:
        every = archive.items.ids()
        paged, last = [], None
        while page := archive.items.list(limit=3, after=last):
            paged += [item.id for item in page]
            last = page[-1].id
        assert paged == every
        plan = " ".join(str(row[3]) for row in archive.query(
            "EXPLAIN QUERY PLAN SELECT id FROM items WHERE position > "
            "(SELECT position FROM items WHERE id = ?) ORDER BY position LIMIT 3", ("x",)))
        assert "USING INDEX idx_items_position" in plan and "TEMP B-TREE" not in plan
