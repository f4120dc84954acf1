"""Hostile archives: refused with the problem named, or read with only CasefileErrors, never a hang.

The viewer's side of the same files (the open dialog's message, the app still working afterwards) is
in test_gui.py; here the library and the CLI.
"""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from archive import (ArchiveDamaged, CasefileError, LimitExceeded, Limits, NotAnArchive, UnsafeArchive,
                     UnsupportedVersion, open_archive)
from archive import cli as archive_cli
from archive.signing.verify import VerificationState, verify_path

from . import corpus
from .conftest import copy_signed, within
from .forge import damage

REFUSED = {
    "arc-not-a-database": (NotAnArchive, "not an SQLite database"),
    "arc-empty": (NotAnArchive, "not an SQLite database"),
    "arc-truncated": (ArchiveDamaged, "truncated"),
    "arc-wal": (UnsafeArchive, "WAL journal mode"),
    "arc-application-id": (NotAnArchive, "application_id 0x47504b47"),
    "arc-newer-format": (UnsupportedVersion, "format 99.*newer Casefile"),
    "arc-extra-table": (UnsafeArchive, "'payload'"),
    "arc-view-functions": (UnsafeArchive, "contains a view"),
    "arc-trigger-functions": (UnsafeArchive, "contains a trigger"),
    "arc-fts-tokenizer": (UnsafeArchive, "full-text index is not declared"),
}
# Cases asserted by their own tests below (or, for the metadata one, in test_gui.py).
OTHERS = {"arc-bit-flips", "arc-flipped-original", "arc-1gb-blob", "arc-forged-signature", "arc-huge-metadata",
          "arc-slow-query"}


def test_every_archive_case_is_tested():
    assert set(REFUSED) | OTHERS == {c.id for c in corpus.cases("archive")}


def read_everything(archive) -> None:
    """What a reader does with an archive: summary, every item and its parts, search, every entity."""
    archive.stats()
    for item in archive.items.list(limit=1000):
        archive.items.original(item.id)
        archive.items.text(item.id)
        archive.items.html(item.id)
        archive.items.mentions(item.id)
        archive.items.pages(item.id)
        archive.items.image_info(item.id)
        archive.items.thumbnail(item.id)
        archive.check_item(item.id)
    archive.search.find("chen OR kashgar", facets=True)
    for entity in archive.entities.list(limit=1000):
        archive.entities.get(entity.id)


@pytest.mark.parametrize("case_id", REFUSED)
def test_refused_with_the_problem_named(case_id, archive_copy, capsys):
    damage(case_id, archive_copy)
    error, pattern = REFUSED[case_id]
    with within(2.0), pytest.raises(error, match=pattern):
        open_archive(archive_copy)
    assert archive_cli.main(["info", str(archive_copy)]) == archive_cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("casefile: error: ") and err.count("\n") == 1 and archive_copy.name in err


@pytest.mark.parametrize("seed", range(5))
def test_bit_flips_give_only_casefile_errors(seed, archive_copy):
    damage("arc-bit-flips", archive_copy, seed=seed)
    with within(20.0):
        try:
            with open_archive(archive_copy, limits=Limits(query_seconds=2)) as archive:
                read_everything(archive)
        except CasefileError as exc:
            assert str(exc) and "\n" not in str(exc)


def test_flipped_bit_in_an_original_is_named_by_verification(signed, keys, tmp_path):
    path = copy_signed(signed, tmp_path)
    damage("arc-flipped-original", path)
    with within(10.0):
        report = verify_path(path, pubkey=keys[0].public_key)
    assert report.state is VerificationState.TAMPERED
    assert report.failing_items == ["images/chart"]
    assert any(name.startswith("blob:") for name in report.failing)
    with open_archive(path) as archive:
        check = archive.check_item("images/chart")
        assert not check.ok and "differs from what was signed" in check.message
        assert archive.check_item("images/map").ok


def test_forged_root_signature_is_reported_not_trusted(signed, keys, tmp_path):
    path = copy_signed(signed, tmp_path)
    damage("arc-forged-signature", path)
    report = verify_path(path, pubkey=keys[0].public_key)
    # Not tampering, not verified: a legacy signature is refused by name (tests/hostile/test_signature_formats.py).
    assert report.state is VerificationState.UNSIGNED and report.reason == "legacy-signature"
    assert "legacy signature format, not accepted" in report.message


def test_slow_query_is_stopped_and_the_archive_stays_usable(built):
    with open_archive(built, limits=Limits(query_seconds=0.5)) as archive:
        with within(3.0), pytest.raises(LimitExceeded, match="took longer than 0.5 s"):
            archive.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT count(*) FROM n a, n b")
        assert archive.search.find("kashgar").total > 0


@pytest.fixture(scope="module")
def gigabyte(built, tmp_path_factory):
    """A real 999,999,000-byte original (SQLite's largest value is 10^9 bytes) whose size column lies.

    Written with 64 KB pages and no journal, it takes about a second and 1 GB of disk, removed after
    the module; a sparse file cannot do it, since every overflow page starts with a link to the next.
    """
    path = tmp_path_factory.mktemp("gigabyte") / "gigabyte.casefile"
    shutil.copyfile(built, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA page_size = 65536")
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("UPDATE blobs SET data = zeroblob(999999000), size = 1234 "
                 "WHERE sha256 = (SELECT blob_sha256 FROM items WHERE id = 'images/chart')")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert path.stat().st_size > 999_999_000
    yield path
    path.unlink()


def test_gigabyte_original_is_refused_quickly_and_the_rest_reads(gigabyte):
    with open_archive(gigabyte) as archive:
        started = time.monotonic()
        with pytest.raises(LimitExceeded, match="larger than allowed"):
            archive.items.original("images/chart")
        assert time.monotonic() - started < 2.0
        assert archive.items.original("images/map")[:2] == b"\xff\xd8"
        assert archive.stats()["images"] == 4


def test_gigabyte_original_in_the_cli(gigabyte, capsys):
    with within(5.0):
        assert archive_cli.main(["info", str(gigabyte)]) == 0
    assert "Test archive" in capsys.readouterr().out
    with within(5.0):
        assert archive_cli.main(["show", str(gigabyte), "images/chart"]) in (0, archive_cli.EXIT_ERROR)
    assert "Traceback" not in capsys.readouterr().err


def test_damage_in_the_schema_text_gives_a_short_one_line_message(archive_copy):
    """Found by tests/fuzz: a flipped bit in a CREATE statement made SQLite's error quote the whole
    multi-line statement, which the message then carried into the CLI's one-line output."""
    data = bytearray(archive_copy.read_bytes())
    where = data.index(b'CREATE TABLE "search_docs"') + 40
    data[where] = 0xFF  # not UTF-8
    archive_copy.write_bytes(bytes(data))
    with pytest.raises(ArchiveDamaged, match="is damaged: SQLite reports") as refused:
        open_archive(archive_copy)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 300
