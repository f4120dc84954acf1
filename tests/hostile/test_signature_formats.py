"""Signature formats, honestly: legacy minisign signatures are refused by name, a plain `minisign -Sm` by a
trusted key verifies the whole file and says it has no item proofs, and no archive id can forge a field of
the trusted comment that `minisign -V` prints.

Signatures here are made by the real minisign binary (`minisign -G -W`, `minisign -Sm`, `-l` for legacy).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from archive import CasefileError, SignatureInvalid
from archive import cli as archive_cli
from archive import open_archive
from archive.export import export_bundle
from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.trust import TrustStore
from archive.signing.itemcheck import check_item
from archive.signing.verify import REASONS, WHOLE_FILE_ONLY, VerificationState, verify_path

from .forge import forge_stored_signature

UNSIGNED_EXIT = 3  # casefile verify's exit code for UNSIGNED


@pytest.fixture(scope="module")
def minisign_key(tmp_path_factory) -> tuple[Path, Path]:
    """(public, secret) key files made by the real `minisign -G -W` (no password)."""
    folder = tmp_path_factory.mktemp("minisign-key")
    pub, sec = folder / "publisher.pub", folder / "publisher.key"
    subprocess.run(["minisign", "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True)
    return pub, sec


def _minisign_sign(path: Path, sec: Path, *legacy: str) -> None:
    subprocess.run(["minisign", "-S", *legacy, "-m", str(path), "-s", str(sec)], check=True, capture_output=True)


@pytest.fixture
def plain_signed(built, minisign_key, tmp_path) -> Path:
    """The (unsigned) test archive signed only with plain `minisign -Sm`: no signature rows inside."""
    path = tmp_path / "plain.casefile"
    shutil.copyfile(built, path)
    _minisign_sign(path, minisign_key[1])
    return path


def _trusting(pub: Path, tmp_path: Path) -> TrustStore:
    store = TrustStore(tmp_path / "trusted-keys.json")
    store.add(minisign.PublicKey.load(pub), "Plain publisher")
    return store


def test_new_reasons_are_declared():
    assert {"legacy-signature", "whole-file-key", "detached-unknown-key"} <= set(REASONS)


# -- legacy ("Ed") signatures: named, refused, not called tampering ---------------------------------------


def test_a_legacy_stored_signature_is_named_and_not_verified(signed, keys, tmp_path, capsys):
    path = tmp_path / "legacy-inside.casefile"
    shutil.copyfile(signed, path)  # no .minisig beside it: only the stored signature speaks
    forge_stored_signature(path)
    report = verify_path(path, pubkey=keys[0].public_key)
    assert (report.state, report.reason) == (VerificationState.UNSIGNED, "legacy-signature")
    assert "legacy signature format, not accepted" in report.message
    pub = tmp_path / "publisher.pub"
    pub.write_text(keys[0].public_key.to_file_text())
    assert archive_cli.main(["verify", "-q", "--pubkey", str(pub), str(path)]) == UNSIGNED_EXIT
    out = capsys.readouterr().out
    assert "UNSIGNED" in out and "legacy signature format, not accepted" in out and "TAMPERED" not in out


def test_a_legacy_detached_signature_by_real_minisign_is_named(built, minisign_key, tmp_path, capsys):
    path = tmp_path / "legacy.casefile"
    shutil.copyfile(built, path)
    _minisign_sign(path, minisign_key[1], "-l")
    assert path.with_name(path.name + ".minisig").read_text().splitlines()[1].startswith("RW")  # "Ed", not "ED" ("RU")
    report = verify_path(path, _trusting(minisign_key[0], tmp_path))
    assert (report.state, report.reason) == (VerificationState.UNSIGNED, "legacy-signature")
    assert "legacy signature format, not accepted" in report.message
    assert archive_cli.main(["verify", "-q", "--pubkey", str(minisign_key[0]), str(path)]) == UNSIGNED_EXIT
    assert "legacy signature format, not accepted" in capsys.readouterr().out


# -- plain `minisign -Sm` by a trusted key: verified as a whole file, no item proofs ----------------------


def test_plain_minisign_by_a_trusted_key_is_verified_as_a_whole_file(plain_signed, minisign_key, tmp_path):
    report = verify_path(plain_signed, _trusting(minisign_key[0], tmp_path))
    assert (report.state, report.reason, report.method) == (VerificationState.VERIFIED, "whole-file-key",
                                                            WHOLE_FILE_ONLY)
    assert report.fingerprint == minisign.PublicKey.load(minisign_key[0]).fingerprint
    assert report.signer == "Plain publisher" and "no item proofs" in report.message


def test_plain_minisign_through_the_cli(plain_signed, minisign_key, capsys):
    assert archive_cli.main(["keys", "add", str(minisign_key[0]), "--label", "Plain publisher"]) == 0
    capsys.readouterr()
    assert archive_cli.main(["verify", "-q", str(plain_signed)]) == 0
    out = capsys.readouterr().out
    assert "VERIFIED" in out and "whole file, no item proofs" in out


def test_plain_minisign_without_the_key_is_unsigned_not_verified(plain_signed, tmp_path):
    report = verify_path(plain_signed, TrustStore(tmp_path / "empty.json"))
    assert (report.state, report.reason) == (VerificationState.UNSIGNED, "detached-unknown-key")
    assert report.key_id and report.key_id in report.message


def test_plain_minisign_over_a_changed_file_is_tampered(plain_signed, minisign_key, tmp_path):
    conn = sqlite3.connect(plain_signed)
    with conn:
        conn.execute("UPDATE items SET title = 'Forged' WHERE id = 'reports/assessment'")
    conn.close()
    report = verify_path(plain_signed, _trusting(minisign_key[0], tmp_path))
    assert (report.state, report.reason) == (VerificationState.TAMPERED, "bad-signature")
    assert "file contents do not match the signature" in report.message


def test_plain_minisign_by_a_revoked_key_is_revoked(plain_signed, minisign_key, tmp_path):
    store = _trusting(minisign_key[0], tmp_path)
    store.revoke(minisign.PublicKey.load(minisign_key[0]).fingerprint)
    report = verify_path(plain_signed, store)
    assert report.state is VerificationState.REVOKED_KEY and report.reason == "revoked-key"


def test_plain_minisign_items_claim_no_item_proof_and_export_says_why(plain_signed, minisign_key, tmp_path):
    with open_archive(plain_signed) as archive:
        check = check_item(archive, "reports/assessment")
    assert (check.ok, check.signed, check.reason) == (False, False, "no-item-proofs")
    assert "signed only as a whole file" in check.message
    trust = _trusting(minisign_key[0], tmp_path)
    with pytest.raises(SignatureInvalid, match="signed only as a whole file .* no item proofs"):
        export_bundle(plain_signed, ["reports/assessment"], tmp_path / "bundle", trust=trust)
    assert not (tmp_path / "bundle").exists()


def test_plain_minisign_in_the_viewer(qtbot, plain_signed, minisign_key, tmp_path):
    from tests.viewer.workflow import open_window
    from viewer.metadata import item_state

    TrustStore.default().add(minisign.PublicKey.load(minisign_key[0]), "Plain publisher")
    window = open_window(qtbot, tmp_path, plain_signed)
    assert window.badge.headline.text() == "Verified"
    assert "no item proofs" in window.badge.detail.text()
    session = window.library.sessions[0]
    tab = window.open_item(session, "reports/assessment")
    assert not tab.banner.alarm and "signed only as a whole file" in tab.banner.text()
    assert "unsigned" not in tab.banner.text().lower()
    text, _ = item_state(session, "reports/assessment")
    assert text.startswith("✓ Verified with the whole file, which has no item proofs.")


# -- trusted comments: no archive id or edition can forge a field ------------------------------------------


def _fields(trusted_comment: str) -> list[tuple[str, str]]:
    """The comment as a parser (or a reader's eye) splits it: space-separated name=value words."""
    return [tuple(word.partition("=")[::2]) for word in trusted_comment.split(" ")[1:]]


@pytest.mark.parametrize("archive_id, edition", [
    ("evil root=0000000000000000000000000000000000000000000000000000000000000000", "1"),
    ("evil", "2 file_sha256_tree=" + "0" * 64),
    ("id=x", "edition=y"),
    ("证据\u3000root\uff1d1234", "第一版"),
    ("50% done", "100%41"),
])
def test_an_archive_id_cannot_forge_a_field_in_minisign_output(built, keys, tmp_path, archive_id, edition):
    path = tmp_path / "escaped.casefile"
    shutil.copyfile(built, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("UPDATE meta SET value = ? WHERE key = ?", ((archive_id, "archive_id"), (edition, "edition")))
    conn.close()
    root = sign_archive(path, keys[0])
    pub = tmp_path / "publisher.pub"
    pub.write_text(keys[0].public_key.to_file_text())
    done = subprocess.run(["minisign", "-Vm", str(path), "-p", str(pub)], capture_output=True, text=True, check=True)
    comment = next(line for line in done.stdout.splitlines() if line.startswith("Trusted comment: "))
    fields = _fields(comment.removeprefix("Trusted comment: "))
    assert [name for name, _ in fields] == ["archive_id", "edition", "root", "signed_at", "file_sha256_tree"]
    assert dict(fields)["root"] == root.root
    assert all(ch.isascii() and ch.isprintable() for ch in comment)
    report = verify_path(path, pubkey=keys[0].public_key)
    assert report.state is VerificationState.VERIFIED  # verification agrees with signing


def test_plain_ids_keep_their_trusted_comment(signed):
    """Archives signed before escaping (plain ids) verify as before: their comment is unchanged."""
    comment = minisign.Signature.load(signed.with_name(signed.name + ".minisig")).trusted_comment
    with open_archive(signed) as archive:
        meta = archive.metadata
    assert comment.startswith(f"casefile archive_id={meta.archive_id} edition={meta.edition} root=")


@pytest.mark.parametrize("archive_id", ["two\nlines", "bell\x07", "rtl\u202eoverride"])
def test_signing_refuses_control_characters_in_the_id(built, keys, tmp_path, archive_id):
    path = tmp_path / "control.casefile"
    shutil.copyfile(built, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'archive_id'", (archive_id,))
    conn.close()
    with pytest.raises(CasefileError, match="archive id contains a control character"):
        sign_archive(path, keys[0])
    assert not path.with_name(path.name + ".minisig").exists()
