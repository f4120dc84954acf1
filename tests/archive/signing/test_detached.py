"""ARCHIVE.minisig: the real minisign checks ours, minisign's keys sign through us, bad files are named."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

from archive.cli import main
from archive.errors import SignatureInvalid
from archive.signing import minisign
from archive.signing.sign import detached_path
from archive.signing.verify import VerificationState, verify_detached, verify_path

from .conftest import run_minisign


def write_pub(tmp_path: Path, key: minisign.SecretKey, name: str = "publisher") -> Path:
    pub = tmp_path / f"{name}.pub"
    pub.write_text(key.public_key.to_file_text())
    return pub


def test_real_minisign_verifies_our_detached_signature(signed, test_key, tmp_path):
    result = run_minisign("-Vm", signed, "-p", write_pub(tmp_path, test_key))
    assert result.returncode == 0, result.stderr
    assert "casefile archive_id=test-archive edition=1 root=" in result.stdout


def test_minisign_made_key_signs_through_casefile(archive_copy, tmp_path, capsys):
    prefix = tmp_path / "mkey"
    made = run_minisign("-G", "-W", "-p", f"{prefix}.pub", "-s", f"{prefix}.key")
    assert made.returncode == 0, made.stderr
    assert main(["sign", str(archive_copy), "--key", f"{prefix}.key", "-q"]) == 0
    assert run_minisign("-Vm", archive_copy, "-p", f"{prefix}.pub").returncode == 0
    capsys.readouterr()
    assert main(["verify", str(archive_copy), "--pubkey", f"{prefix}.pub", "-q"]) == 0
    assert "VERIFIED" in capsys.readouterr().out


def test_minisign_encrypted_key_with_password_file(archive_copy, tmp_path, minisign_encrypted_key):
    pub, sec, password = minisign_encrypted_key
    (tmp_path / "pw").write_text(f"{password}\n")
    assert main(["sign", str(archive_copy), "--key", str(sec), "--password-file", str(tmp_path / "pw"), "-q"]) == 0
    assert run_minisign("-Vm", archive_copy, "-p", pub).returncode == 0


def _verify_cli(path: Path, pub: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["verify", str(path), "--pubkey", str(pub), "-q"])
    return code, capsys.readouterr().out


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines()


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n")


def test_edited_trusted_comment(signed, test_key, tmp_path, capsys):
    sig = detached_path(signed)
    lines = _lines(sig)
    lines[2] = lines[2].replace("edition=1", "edition=2")
    _write_lines(sig, lines)
    with pytest.raises(SignatureInvalid, match="trusted comment was altered"):
        verify_detached(signed, test_key.public_key)
    code, out = _verify_cli(signed, write_pub(tmp_path, test_key), capsys)
    assert code == 4 and "TAMPERED" in out and "trusted comment was altered" in out
    assert run_minisign("-Vm", signed, "-p", write_pub(tmp_path, test_key)).returncode != 0


def test_changed_file_fails_the_detached_signature(signed, test_key, tmp_path, capsys):
    with signed.open("r+b") as handle:  # the header's reserved bytes: SQLite ignores them, the signature does not
        handle.seek(80)
        handle.write(b"\1")
    code, out = _verify_cli(signed, write_pub(tmp_path, test_key), capsys)
    assert code == 4 and "file contents do not match the signature" in out


def test_detached_signature_by_another_key(signed, test_key, other_key, tmp_path, capsys):
    sig = minisign.sign_file(signed, other_key, "casefile archive_id=test-archive")
    detached_path(signed).write_text(sig.to_file_text())
    with pytest.raises(SignatureInvalid, match="signed by another key"):
        verify_detached(signed, test_key.public_key)
    code, out = _verify_cli(signed, write_pub(tmp_path, test_key), capsys)
    assert code == 4 and "signed by another key" in out


def test_legacy_ed_signature(signed, test_key):
    lines = _lines(detached_path(signed))
    struct = bytearray(base64.b64decode(lines[1]))
    struct[:2] = b"Ed"
    lines[1] = base64.b64encode(bytes(struct)).decode()
    _write_lines(detached_path(signed), lines)
    with pytest.raises(SignatureInvalid, match="legacy signature format, not accepted"):
        verify_detached(signed, test_key.public_key)


@pytest.mark.parametrize("mangle,message", [
    (lambda lines: [lines[0], lines[1][:-4] + "!!!=", *lines[2:]], "not valid base64"),
    (lambda lines: [lines[0], base64.b64encode(base64.b64decode(lines[1])[:-1]).decode(), *lines[2:]],
     "decodes to 73 bytes; it should be 74"),
    (lambda lines: [*lines, "one line too many"], "has 4 lines; this one has 5"),
    (lambda lines: [lines[0], lines[1], lines[2] + "x" * (1024 * 1024), lines[3]], "too large"),
])
def test_malformed_signature_files(signed, test_key, tmp_path, capsys, mangle, message):
    _write_lines(detached_path(signed), mangle(_lines(detached_path(signed))))
    with pytest.raises(SignatureInvalid, match=message):
        verify_detached(signed, test_key.public_key)
    code, out = _verify_cli(signed, write_pub(tmp_path, test_key), capsys)
    assert code == 4 and message in out


def test_missing_detached_signature_is_not_an_error(signed, trust, test_key, tmp_path, capsys):
    detached_path(signed).unlink()
    code, out = _verify_cli(signed, write_pub(tmp_path, test_key), capsys)
    assert code == 0 and "Detached" not in out
    assert verify_path(signed, trust).state is VerificationState.VERIFIED


def test_minisig_option_points_elsewhere(signed, test_key, tmp_path, capsys):
    moved = tmp_path / "elsewhere.minisig"
    shutil.move(detached_path(signed), moved)
    capsys.readouterr()
    assert main(["verify", str(signed), "--pubkey", str(write_pub(tmp_path, test_key)), "--minisig", str(moved),
                 "--json"]) == 0
    assert "elsewhere.minisig valid" in capsys.readouterr().out
