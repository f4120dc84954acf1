"""Full verification and the per-item check: every tamper case gives its state and names what changed."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive import QueryCancelled, open_archive
from archive.cli import main
from archive.signing import manifest, minisign
from archive.signing.sign import sign_archive
from archive.signing.itemcheck import check_item
from archive.signing.verify import VerificationState, verify_path

STATE = VerificationState


def edit(path: Path, *statements: tuple) -> None:
    """Change an archive the way an attacker with sqlite3 would (rollback journal kept)."""
    conn = sqlite3.connect(path)
    with conn:
        for sql, *params in statements:
            conn.execute(sql, *params)
    conn.close()


def flip_byte_of(path: Path, needle: bytes) -> None:
    """Flip one byte of the file where `needle` occurs: a raw edit, below SQLite."""
    data = bytearray(path.read_bytes())
    at = data.index(needle) + len(needle) // 2
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def image_blob(path: Path, item_id: str = "images/chart") -> tuple[str, bytes]:
    with open_archive(path) as archive:
        return archive.items.get(item_id).sha256, archive.items.original(item_id)


def test_signed_archive_verifies_with_a_trusted_key(signed, trust, test_key):
    report = verify_path(signed, trust)
    assert report.state is STATE.VERIFIED and report.ok and report.reason == "trusted-key"
    assert report.fingerprint == test_key.public_key.fingerprint and report.signer == "Test NGO"
    assert report.failing == [] and report.root and report.signed_at


def test_unknown_key_shows_the_fingerprint(signed, empty_trust, test_key):
    report = verify_path(signed, empty_trust)
    assert report.state is STATE.UNKNOWN_KEY and report.reason == "untrusted-key"
    assert test_key.public_key.fingerprint in report.message


def test_key_given_on_the_command_line_is_accepted(signed, empty_trust, test_key, other_key):
    given = verify_path(signed, empty_trust, pubkey=test_key.public_key)
    assert given.state is STATE.VERIFIED and given.reason == "given-key"
    report = verify_path(signed, empty_trust, pubkey=other_key.public_key)
    assert report.state is STATE.UNKNOWN_KEY and "not the key you gave" in report.message


def test_revoked_key(signed, trust, test_key):
    trust.revoke(test_key.public_key.fingerprint)
    report = verify_path(signed, trust)
    assert report.state is STATE.REVOKED_KEY and "revoked" in report.message
    assert report.reason == "revoked-key" and report.revoked_on and report.revoked_on in report.message


def test_unsigned(archive_copy, trust):
    report = verify_path(archive_copy, trust)
    assert report.state is STATE.UNSIGNED and report.reason == "unsigned"


def test_flipped_byte_in_a_blob_names_the_original_and_its_item(signed, trust):
    sha, data = image_blob(signed)
    flip_byte_of(signed, data[2000:2064])
    report = verify_path(signed, trust)
    assert report.state is STATE.TAMPERED
    assert f"blob:{sha}" in report.failing and report.failing_items == ["images/chart"]


def test_edited_entity(signed, trust):
    edit(signed, ("UPDATE entities SET caption = 'Someone else' WHERE id = 'org-xpcc'",))
    report = verify_path(signed, trust)
    assert report.state is STATE.TAMPERED and report.failing == ["entity:org-xpcc"] and report.reason == "parts-differ"


def test_deleted_mention(signed, trust):
    edit(signed, ("DELETE FROM mentions WHERE rowid = (SELECT min(rowid) FROM mentions WHERE item_id = ?)",
                  ("reports/assessment",)))
    report = verify_path(signed, trust)
    assert report.failing == ["mentions:reports/assessment"] and report.failing_items == ["reports/assessment"]


def test_swapped_thumbnail(signed, trust):
    edit(signed, ("UPDATE thumbnails SET data = (SELECT data FROM thumbnails WHERE item_id = 'images/map') "
                  "WHERE item_id = 'images/chart'",))
    report = verify_path(signed, trust)
    assert report.state is STATE.TAMPERED
    assert [name.rsplit(":", 1)[0] for name in report.failing] == ["thumb:images/chart"]
    assert report.failing_items == ["images/chart"]


def test_edited_index(signed, trust):
    edit(signed, ("UPDATE search_terms SET docs = docs + 1 WHERE term = (SELECT min(term) FROM search_terms)",),
         ("UPDATE search_docs_fts_data SET block = block || x'00' WHERE id = (SELECT max(id) FROM "
          "search_docs_fts_data)",))
    report = verify_path(signed, trust)
    assert report.failing == ["index:search_docs_fts_data", "index:search_terms"]


def test_edited_item_text_and_per_item_check(signed, trust):
    edit(signed, ("UPDATE items SET text = text || ' (amended)' WHERE id = 'reports/assessment'",))
    assert verify_path(signed, trust).failing == ["item:reports/assessment"]
    with open_archive(signed) as archive:
        bad = check_item(archive, "reports/assessment")
        assert not bad.ok and bad.signed and bad.failing == ["item:reports/assessment"]
        good = [check_item(archive, i) for i in archive.items.ids() if i != "reports/assessment"]
        assert good and all(c.ok for c in good)
        assert archive.check_item("images/map").ok


def test_per_item_check_covers_the_original(signed):
    sha, data = image_blob(signed, "images/map")
    flip_byte_of(signed, data[1000:1064])
    with open_archive(signed) as archive:
        assert check_item(archive, "images/map").failing == [f"blob:{sha}"]


def test_per_item_check_of_an_unsigned_archive(archive_copy):
    with open_archive(archive_copy) as archive:
        check = check_item(archive, "images/map")
    assert not check.ok and not check.signed


def test_type_confused_cell_is_named_not_a_crash(signed, trust):
    edit(signed, ("UPDATE entities SET caption = CAST(caption AS BLOB) WHERE id = 'place-kashgar'",))
    assert verify_path(signed, trust).failing == ["entity:place-kashgar"]


def test_duplicate_leaf_names_are_found():
    leaves = [(b"entity:a", b"1" * 32), (b"entity:b", b"2" * 32), (b"entity:b", b"3" * 32)]
    assert manifest.duplicates(leaves) == [b"entity:b"]


def test_edited_manifest_table(signed, trust):
    edit(signed, ("UPDATE manifest SET sha256 = replace(sha256, substr(sha256, 1, 1), 'f') WHERE leaf = "
                  "'entity:org-xpcc'",))
    report = verify_path(signed, trust)
    assert report.state is STATE.TAMPERED and report.failing == ["manifest"]
    with open_archive(signed) as archive:
        assert not check_item(archive, "images/map").ok  # the manifest no longer matches its root


def test_signature_replaced_by_another_keys(signed, trust, other_key):
    stolen = signed.with_name("resigned.casefile")
    stolen.write_bytes(signed.read_bytes())
    sign_archive(stolen, other_key)
    report = verify_path(stolen, trust)
    assert report.state is STATE.UNKNOWN_KEY and report.fingerprint == other_key.public_key.fingerprint
    # Only the signature row swapped, the stored public key left: the signature cannot verify.
    with open_archive(stolen) as archive:
        foreign = archive.query_one("SELECT value FROM signature WHERE key = 'signature'")[0]
    edit(signed, ("UPDATE signature SET value = ? WHERE key = 'signature'", (foreign,)))
    report = verify_path(signed, trust)
    assert report.state is STATE.TAMPERED and report.failing == ["signature"] and report.reason == "bad-signature"


def test_a_key_posing_as_a_trusted_one_is_named_an_impersonation(signed, trust, test_key):
    """Same key id as the trusted key, other key material: another fingerprint (tests/hostile has more)."""
    impostor = minisign.SecretKey(key_id=test_key.key_id, seed=bytes(range(32)))
    sign_archive(signed, impostor)
    report = verify_path(signed, trust)
    assert report.state is STATE.UNKNOWN_KEY and report.reason == "impersonation"
    assert "impersonation" in report.message and report.key_id == test_key.public_key.key_id_hex
    assert report.fingerprint == impostor.public_key.fingerprint != test_key.public_key.fingerprint


def test_metadata_changed_after_signing(signed, trust):
    edit(signed, ("UPDATE meta SET value = '2' WHERE key = 'edition'",))
    report = verify_path(signed, trust)
    assert report.state is STATE.TAMPERED and report.failing == ["meta"] and report.reason == "other-archive"


def test_truncated_file_is_damaged(signed, trust):
    data = signed.read_bytes()
    signed.write_bytes(data[: len(data) // 2])
    report = verify_path(signed, trust)
    assert report.state is STATE.DAMAGED and "truncated" in report.message and report.reason == "damaged"


def test_not_an_archive_is_damaged(tmp_path, trust):
    bogus = tmp_path / "x.casefile"
    bogus.write_text("hello")
    assert verify_path(bogus, trust).state is STATE.DAMAGED


def test_progress_and_cancellation(signed, trust):
    seen = []
    report = verify_path(signed, trust, progress=lambda stage, done, total: seen.append((done, total)))
    assert report.ok and seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    stop = threading.Event()
    stop.set()
    with pytest.raises(QueryCancelled):
        verify_path(signed, trust, cancel=stop)
    with pytest.raises(QueryCancelled):
        verify_path(signed, trust, cancel=lambda: True)


def test_signing_twice_replaces_both_signatures(signed, trust, test_key):
    before = signed.with_name(signed.name + ".minisig").read_text()
    root = sign_archive(signed, test_key)
    assert signed.with_name(signed.name + ".minisig").read_text() != before
    report = verify_path(signed, trust)
    assert report.ok and report.root == root.root
    with open_archive(signed) as archive:
        assert archive.query_one("SELECT count(*) FROM manifest")[0] == root.leaf_count


def test_typed_and_fast_encodings_agree(signed):
    """The fast path (declared types) and the per-cell-type path give identical leaves."""
    with open_archive(signed) as archive:
        for source in manifest.SOURCES:
            fast = sorted(manifest.source_leaves(archive, source))
            typed = sorted(manifest.source_leaves(archive, source, scan=False))
            assert fast == typed, source.table


def test_canonical_rows_round_trip():
    row = [None, 7, -3, 1.5, b"text \xe6\x96\xb0", b"\x00\xff"]
    data = manifest.encode_row(row, [b"T", b"T", b"T", b"T", b"T", b"B"])
    assert manifest.decode_row(data, 6) == [None, 7, -3, 1.5, "text 新", b"\x00\xff"]
    with pytest.raises(ValueError):
        manifest.decode_row(data + b"N", 6)
    with pytest.raises(ValueError):
        manifest.decode_row(data[:-1], 6)


cells = st.one_of(st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1), st.binary(max_size=40),
                  st.text(max_size=40), st.floats(allow_nan=False))


@given(st.lists(cells, max_size=8))
def test_canonical_encoding_is_injective_and_decodable(row):
    tags = [b"T" if isinstance(v, str) else b"B" for v in row]
    raw = [v.encode("utf-8") if isinstance(v, str) else v for v in row]
    data = manifest.encode_row(raw, tags)
    assert manifest.decode_row(data, len(row)) == row


@given(st.binary(max_size=200), st.integers(min_value=0, max_value=6))
def test_decoding_hostile_bytes_fails_cleanly(data, width):
    try:
        manifest.decode_row(data, width)
    except ValueError:
        pass


@pytest.mark.parametrize("damage,code,word,reason", [
    (None, 0, "VERIFIED", "given-key"),
    ("unsigned", 3, "UNSIGNED", "unsigned"),
    ("truncate", 5, "DAMAGED", "damaged"),
    ("entity", 4, "TAMPERED", "parts-differ"),
])
def test_cli_verify_exit_codes(signed, archive_copy, test_key, tmp_path, capsys, damage, code, word, reason):
    pub = tmp_path / "p.pub"
    pub.write_text(test_key.public_key.to_file_text())
    target = archive_copy if damage == "unsigned" else signed
    if damage == "truncate":
        target.write_bytes(target.read_bytes()[:50_000])
    if damage == "entity":
        edit(target, ("UPDATE entities SET caption = 'x' WHERE id = 'org-xpcc'",))
    assert main(["verify", str(target), "--pubkey", str(pub), "-q"]) == code
    out = capsys.readouterr().out
    assert word in out
    if damage == "entity":
        assert "FAILS: entity:org-xpcc" in out
    assert main(["verify", str(target), "--pubkey", str(pub), "--json"]) == code
    printed = json.loads(capsys.readouterr().out)
    assert printed["state"] == word.lower() and printed["reason"] == reason
