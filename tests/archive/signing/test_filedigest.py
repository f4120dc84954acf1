"""The whole-file digest and the fast verification path it allows (ARCHIVE.minisig present)."""

from __future__ import annotations

import hashlib
import threading

import pytest

from archive import QueryCancelled
from archive.signing import filedigest, minisign
from archive.signing.sign import detached_path
from archive.signing.verify import ITEM_BY_ITEM, WHOLE_FILE, VerificationState, verify_path

from .test_verify import edit


def by_hand(data: bytes, chunk: int) -> str:
    tree = hashlib.sha256(f"{filedigest.SCHEME}\n".encode() + len(data).to_bytes(8, "big"))
    for start in range(0, len(data), chunk):
        tree.update(hashlib.sha256(data[start:start + chunk]).digest())
    return tree.hexdigest()


@pytest.mark.parametrize("size", [0, 1, 1000, 4096, 4097, 20_000])
def test_digest_follows_its_definition_on_any_thread_count(tmp_path, monkeypatch, size):
    monkeypatch.setattr(filedigest, "CHUNK_BYTES", 4096)
    monkeypatch.setattr(filedigest, "READ_BYTES", 1000)
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    path = tmp_path / "f"
    path.write_bytes(data)
    expected = by_hand(data, 4096)
    assert {filedigest.file_tree_digest(path, threads=n) for n in (1, 2, 3)} == {expected}


def test_progress_reaches_the_size_and_cancel_stops(tmp_path, monkeypatch):
    monkeypatch.setattr(filedigest, "CHUNK_BYTES", 4096)
    path = tmp_path / "f"
    path.write_bytes(b"a" * 50_000)
    seen = []
    filedigest.file_tree_digest(path, progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert seen[-1] == ("file", 50_000, 50_000) and len(seen) == 13
    stop = threading.Event()
    stop.set()
    with pytest.raises(QueryCancelled):
        filedigest.file_tree_digest(path, cancel=stop)


def test_comment_value_accepts_only_a_well_formed_digest():
    good = "a" * 64
    assert filedigest.comment_value(f"casefile root=x file_sha256_tree={good}") == good
    assert filedigest.comment_value("casefile root=x") is None
    assert filedigest.comment_value("file_sha256_tree=" + "A" * 64) is None
    assert filedigest.comment_value("file_sha256_tree=" + "a" * 63) is None


def test_signed_archive_is_checked_whole_file_and_without_minisig_item_by_item(signed, trust):
    report = verify_path(signed, trust)
    assert report.state is VerificationState.VERIFIED and report.method == WHOLE_FILE
    assert filedigest.comment_value(minisign.Signature.load(detached_path(signed)).trusted_comment)
    detached_path(signed).unlink()
    report = verify_path(signed, trust)
    assert report.state is VerificationState.VERIFIED and report.method == ITEM_BY_ITEM


def test_changed_file_falls_back_to_naming_the_item(signed, trust):
    edit(signed, ("UPDATE entities SET caption = 'Someone else' WHERE id = 'org-xpcc'",))
    report = verify_path(signed, trust)
    assert report.state is VerificationState.TAMPERED
    assert report.method == ITEM_BY_ITEM and report.failing == ["entity:org-xpcc"]


def test_minisig_by_another_key_is_not_used(signed, trust, other_key):
    """Only a detached signature by the key that signed the root may vouch for the whole file."""
    comment = minisign.Signature.load(detached_path(signed)).trusted_comment
    detached_path(signed).write_text(minisign.sign_file(signed, other_key, comment).to_file_text())
    report = verify_path(signed, trust)
    assert report.state is VerificationState.VERIFIED and report.method == ITEM_BY_ITEM


def test_minisig_for_another_root_is_not_used(signed, trust, test_key):
    comment = minisign.Signature.load(detached_path(signed)).trusted_comment.replace("root=", "root=0")
    detached_path(signed).write_text(minisign.sign_file(signed, test_key, comment).to_file_text())
    assert verify_path(signed, trust).method == ITEM_BY_ITEM


def test_forged_digest_in_the_trusted_comment_is_not_believed(signed, trust, test_key):
    """Editing the comment breaks the global signature: the file is then re-hashed item by item."""
    edit(signed, ("UPDATE entities SET caption = 'Someone else' WHERE id = 'org-xpcc'",))
    forged_digest = filedigest.file_tree_digest(signed)
    text = detached_path(signed).read_text()
    lines = text.splitlines()
    old = filedigest.comment_value(lines[2])
    lines[2] = lines[2].replace(old, forged_digest)
    detached_path(signed).write_text("\n".join(lines) + "\n")
    report = verify_path(signed, trust)
    assert report.state is VerificationState.TAMPERED and report.failing == ["entity:org-xpcc"]


def test_whole_file_result_spares_the_first_item_check_its_manifest_pass(signed, trust, monkeypatch):
    from archive import open_archive
    from archive.signing import itemcheck

    report = verify_path(signed, trust)
    with open_archive(signed) as archive:
        archive.adopt_verification(report)
        monkeypatch.setattr(itemcheck, "stored_root", lambda archive, rows=None: pytest.fail("manifest re-derived"))
        item_id = archive.items.ids()[0]
        assert itemcheck.check_item(archive, item_id).ok


def test_an_item_by_item_result_is_not_adopted(signed, trust):
    from archive import open_archive

    detached_path(signed).unlink()
    report = verify_path(signed, trust)
    with open_archive(signed) as archive:
        archive.adopt_verification(report)
        assert archive.manifest_standing is None
