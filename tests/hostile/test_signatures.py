"""Hostile signature and key files: each is refused with its problem named, fast, wherever it enters.

A signature reaches Casefile three ways (a .minisig file given to the parser, the root signature stored
inside an archive, the detached ARCHIVE.minisig beside it) and a key two ways (`--pubkey`/`keys add`,
and `sign --key`); each case goes through the parser and through the way a reader would meet it.
"""

from __future__ import annotations

import re

import pytest

from archive import KeyFileError, SignatureInvalid
from archive import cli as archive_cli
from archive.signing import minisign
from archive.signing.verify import ITEM_BY_ITEM, VerificationState, verify_path

from . import corpus
from .conftest import copy_signed, within
from .forge import forge

SIGNATURES = {
    "sig-bad-base64": "not valid base64",
    "sig-wrong-length": "decodes to 66 bytes; it should be 74",
    "sig-extra-line": "has 4 lines; this one has 5",
    "sig-huge-comment": "longer than 8192 bytes",
    "sig-oversized-file": "too large for a signature file",
    "sig-control-comment": r"a control character \(U\+001B\)",
    "sig-bidi-comment": r"bidi control character \(U\+202E\)",
    "sig-legacy-ed": "legacy signature format, not accepted",
    "sig-another-key": "signed by another key",
    "sig-altered-comment": "trusted comment was altered",
}
KEYS = {
    "pub-bad-base64": "not valid base64",
    "pub-wrong-length": "decodes to 41 bytes; it should be 42",
    "pub-extra-lines": "has 2 lines; this one has 3",
    "pub-bidi-comment": r"bidi control character \(U\+2066\)",
    "pub-weak-key": "weak or malformed point",
    "key-scrypt-bomb": "asks scrypt for",
}


def test_every_signature_and_key_case_has_an_expected_message():
    assert set(SIGNATURES) == {c.id for c in corpus.cases("signature")}
    assert set(KEYS) == {c.id for c in corpus.cases("key")}


def hostile_signature(case_id: str, keys) -> str:
    key, other = keys
    return corpus.MAKERS[case_id](key, other, corpus.good_signature(key))


@pytest.mark.parametrize("case_id", SIGNATURES)
def test_signature_file_is_refused_naming_the_problem(case_id, keys, tmp_path):
    path = tmp_path / "data.minisig"
    path.write_text(hostile_signature(case_id, keys), encoding="utf-8")
    with within(1.0), pytest.raises(SignatureInvalid, match=SIGNATURES[case_id]) as refused:
        signature = minisign.Signature.load(path)
        minisign.verify_bytes(corpus.SIGNED_DATA, signature, keys[0].public_key)
    message = str(refused.value)
    assert "\n" not in message and len(message) < 400  # one line, whatever the file held
    assert "\x1b" not in message and "\u202e" not in message


# A legacy one is refused by name but is no sign of tampering: tests/hostile/test_signature_formats.py.
@pytest.mark.parametrize("case_id", [case_id for case_id in SIGNATURES if case_id != "sig-legacy-ed"])
def test_hostile_root_signature_inside_an_archive_reads_as_tampered(case_id, keys, signed, tmp_path):
    path = copy_signed(signed, tmp_path)
    forge(path, f"UPDATE signature SET value = '{hostile_signature(case_id, keys).replace(chr(39), chr(39) * 2)}' "
                "WHERE key = 'signature'")
    with within(5.0):
        report = verify_path(path, pubkey=keys[0].public_key)
    assert report.state is VerificationState.TAMPERED and report.failing == ["signature"]
    # The two well-formed signatures are over other bytes than this archive's root: "does not verify".
    expected = SIGNATURES[case_id] if case_id not in ("sig-another-key", "sig-altered-comment") else "does not"
    assert re.search(expected, report.message), report.message


@pytest.mark.parametrize("case_id", SIGNATURES)
def test_hostile_detached_signature_falls_back_to_checking_every_item(case_id, keys, signed, tmp_path):
    path = copy_signed(signed, tmp_path)
    path.with_name(path.name + ".minisig").write_text(hostile_signature(case_id, keys), encoding="utf-8")
    with within(5.0):
        report = verify_path(path, pubkey=keys[0].public_key)
    assert report.state is VerificationState.VERIFIED and report.method == ITEM_BY_ITEM


@pytest.mark.parametrize("case_id", KEYS)
def test_key_file_is_refused_naming_the_problem(case_id, keys, tmp_path):
    path = tmp_path / ("hostile.key" if case_id.startswith("key-") else "hostile.pub")
    path.write_text(corpus.MAKERS[case_id](*keys), encoding="utf-8")
    with within(1.0), pytest.raises(KeyFileError, match=KEYS[case_id]):
        if case_id.startswith("key-"):
            minisign.SecretKey.load(path, password="guess")
        else:
            minisign.PublicKey.load(path)


@pytest.mark.parametrize("case_id", KEYS)
def test_cli_names_the_bad_key_in_one_line(case_id, keys, signed, tmp_path, capsys):
    path = copy_signed(signed, tmp_path)
    key_file = tmp_path / ("hostile.key" if case_id.startswith("key-") else "hostile.pub")
    key_file.write_text(corpus.MAKERS[case_id](*keys), encoding="utf-8")
    if case_id.startswith("key-"):
        (tmp_path / "password").write_text("guess\n")
        argv = ["sign", "--key", str(key_file), "--password-file", str(tmp_path / "password"), "-q", str(path)]
    else:
        argv = ["verify", "-q", "--pubkey", str(key_file), str(path)]
    before = path.read_bytes()
    with within(5.0):
        code = archive_cli.main(argv)
    err = capsys.readouterr().err
    assert code == archive_cli.EXIT_ERROR
    assert err.startswith("casefile: error: ") and err.count("\n") == 1 and str(key_file) in err
    assert re.search(KEYS[case_id], err)
    assert path.read_bytes() == before  # a refused key signs nothing


def test_keys_add_refuses_a_weak_key_and_trusts_nothing(keys, tmp_path, capsys):
    key_file = tmp_path / "weak.pub"
    key_file.write_text(corpus.MAKERS["pub-weak-key"](*keys), encoding="utf-8")
    assert archive_cli.main(["keys", "add", str(key_file)]) == archive_cli.EXIT_ERROR
    assert "weak or malformed point" in capsys.readouterr().err
    assert archive_cli.main(["keys", "list"]) == 0
    assert keys[0].public_key.fingerprint not in capsys.readouterr().out
