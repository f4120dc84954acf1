"""Tests for archive.signing.minisign: our files against the real `minisign` binary, and hostile files.

The interop tests are the point: a lawyer verifies with minisign, not with us, so every format
detail (key id byte order, scrypt parameter choice, checksum layout, prehashing, the trusted
comment signature) is checked by the real tool, both ways. minisign reads passwords from standard
input when it is not a terminal, so a pipe is enough; no pty is needed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.errors import CasefileError, KeyFileError, SignatureInvalid
from archive.signing import minisign as ms
from archive.signing.minisign import (
    PublicKey,
    SecretKey,
    Signature,
    sign_bytes,
    sign_file,
    verify_bytes,
    verify_file,
)

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None,
    reason="the minisign CLI is not on PATH (apt-get install minisign): interop with the real tool is untested")

# Cheap scrypt settings that still cover both branches of libsodium's pickparams().
FAST_KDF = {"opslimit": 1 << 20, "memlimit": 1 << 24}        # opslimit >= memlimit/32: N=2^14, r=8, p=2
FAST_KDF_LOW_OPS = {"opslimit": 1 << 16, "memlimit": 1 << 24}  # opslimit < memlimit/32: N=2^11, r=8, p=1

TRUSTED = "Casefile archive Müller v. Schmidt ✓\tbuilt 2025-07-01"


@pytest.fixture(scope="module")
def key() -> SecretKey:
    return SecretKey.generate("test key")


@pytest.fixture(scope="module")
def other_key() -> SecretKey:
    return SecretKey.generate("another key")


@pytest.fixture
def data_file(tmp_path) -> Path:
    path = tmp_path / "evidence.casefile"
    path.write_bytes(b"exhibit A\n" * 1000)
    return path


def minisign(*args: str | Path, password: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real minisign, typing `password` on its standard input."""
    stdin = None if password is None else password + "\n"
    return subprocess.run([MINISIGN, *map(str, args)], input=stdin, capture_output=True, encoding="utf-8",
                          timeout=120, cwd=cwd, stdin=None if stdin is not None else subprocess.DEVNULL)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def signature_text(key_id=b"\1" * 8, alg=b"ED", sig=b"\2" * 64, trusted="ok", glob=b"\3" * 64,
                   untrusted="sig") -> str:
    """A syntactically plausible .minisig, with any part replaceable by a broken one."""
    return f"untrusted comment: {untrusted}\n{b64(alg + key_id + sig)}\ntrusted comment: {trusted}\n{b64(glob)}\n"


def expect(error: type[CasefileError], pattern: str):
    return pytest.raises(error, match=pattern)


# --- round trips ---------------------------------------------------------------------------------


def test_public_key_round_trip_and_fingerprint(key):
    public = key.public_key
    assert PublicKey.parse(public.to_file_text()) == public
    # minisign prints the key id as a little-endian u64.
    assert public.key_id_hex == int.from_bytes(key.key_id, "little").to_bytes(8, "big").hex().upper()
    assert re.fullmatch(r"[0-9A-F]{16}", public.key_id_hex)
    assert public.comment == f"minisign public key {public.key_id_hex}"
    # The fingerprint readers compare comes from the key material: SHA-256, 160 bits, 10 groups of 4.
    assert public.fingerprint.replace(" ", "") == hashlib.sha256(public.key).hexdigest()[:40].upper()
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){9}", public.fingerprint)


def test_unencrypted_secret_key_round_trip(key):
    text = key.to_file_text(None)
    assert SecretKey.parse(text) == key
    assert SecretKey.parse(text, password="ignored for an unencrypted key") == key


@pytest.mark.parametrize("kdf", [FAST_KDF, FAST_KDF_LOW_OPS])
def test_encrypted_secret_key_round_trip(key, kdf):
    text = key.to_file_text("correct horse", **kdf)
    assert SecretKey.parse(text, "correct horse") == key
    with expect(KeyFileError, "^wrong password or damaged key file$"):
        SecretKey.parse(text, "wrong horse")
    with expect(KeyFileError, "encrypted: a password is needed"):
        SecretKey.parse(text)


def test_encryption_salts_every_file(key):
    assert key.to_file_text("pw", **FAST_KDF) != key.to_file_text("pw", **FAST_KDF)


def test_secret_key_repr_hides_the_seed(key):
    assert key.seed.hex() not in repr(key) and repr(key.seed) not in repr(key)


def test_scrypt_parameters_follow_libsodium_pickparams():
    assert ms._scrypt_params(ms.OPSLIMIT_SENSITIVE, ms.MEMLIMIT_SENSITIVE) == (1 << 20, 8, 1)
    assert ms._scrypt_params(**FAST_KDF) == (1 << 14, 8, 2)
    assert ms._scrypt_params(**FAST_KDF_LOW_OPS) == (1 << 11, 8, 1)
    # opslimit below libsodium's floor is raised to 32768 first.
    assert ms._scrypt_params(0, 1 << 24) == ms._scrypt_params(32768, 1 << 24)


def test_sign_and_verify_bytes_file_and_stream(key, data_file):
    data = data_file.read_bytes()
    from_file = sign_file(data_file, key, TRUSTED)
    # Ed25519 is deterministic and the file is hashed as a whole: all three ways agree.
    assert from_file == sign_bytes(data, key, TRUSTED)
    assert from_file == sign_file(io.BytesIO(data), key, TRUSTED)
    assert verify_file(data_file, from_file, key.public_key) == TRUSTED
    assert verify_file(str(data_file), from_file, key.public_key) == TRUSTED
    with data_file.open("rb") as stream:
        assert verify_file(stream, from_file, key.public_key) == TRUSTED
    assert verify_bytes(data, from_file, key.public_key) == TRUSTED


def test_signature_file_round_trip(key):
    signature = sign_bytes(b"x", key, TRUSTED, untrusted_comment="made by a test")
    text = signature.to_file_text()
    assert text.count("\n") == 4 and text.startswith("untrusted comment: made by a test\n")
    assert Signature.parse(text) == signature
    assert Signature.parse(text.encode()) == signature


class RecordingStream:
    """A binary stream that remembers how much each read asked for."""

    def __init__(self, data: bytes):
        self.inner = io.BytesIO(data)
        self.reads: list[int] = []

    def read(self, size: int) -> bytes:
        self.reads.append(size)
        return self.inner.read(size)


def test_large_file_is_hashed_in_chunks_and_whole(key, tmp_path):
    data = bytes(range(256)) * (3 * 4096 + 1)   # just over 3 MiB: several chunks, a ragged tail
    stream = RecordingStream(data)
    signature = sign_file(stream, key, "big")
    assert stream.reads == [ms.HASH_CHUNK_BYTES] * 5   # 4 reads with data, 1 at the end
    assert verify_bytes(data, signature, key.public_key) == "big"
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    assert sign_file(path, key, "big") == signature


def test_file_and_key_paths_that_cannot_be_read(key, tmp_path):
    missing = tmp_path / "missing"
    with expect(SignatureInvalid, "missing: cannot read"):
        verify_file(missing, sign_bytes(b"", key, "c"), key.public_key)
    with expect(SignatureInvalid, "missing: cannot read"):
        sign_file(missing, key, "c")
    with expect(KeyFileError, "missing: cannot read the public key file"):
        PublicKey.load(missing)
    with expect(SignatureInvalid, "missing: cannot read the signature file"):
        Signature.load(missing)


# --- verification failures -----------------------------------------------------------------------


def test_verification_failures_name_the_problem(key, other_key, data_file):
    signature = sign_file(data_file, key, TRUSTED)
    public = key.public_key
    with expect(SignatureInvalid, f"^signed by another key \\(key id {public.key_id_hex}\\), "
                                  f"expected key id {other_key.public_key.key_id_hex}$"):
        verify_file(data_file, signature, other_key.public_key)
    data = bytearray(data_file.read_bytes())
    data[500] ^= 1
    with expect(SignatureInvalid, "^file contents do not match the signature$"):
        verify_bytes(bytes(data), signature, public)
    edited = Signature.parse(signature.to_file_text().replace("Müller", "Mueller"))
    with expect(SignatureInvalid, "^trusted comment was altered$"):
        verify_file(data_file, edited, public)


def test_same_key_id_but_different_key_does_not_verify(key, other_key, data_file):
    signature = sign_file(data_file, other_key, "x")
    impostor = PublicKey(key_id=other_key.key_id, key=key.public_key.key)
    with expect(SignatureInvalid, "file contents do not match"):
        verify_file(data_file, signature, impostor)


def test_malleated_signature_is_refused(key, data_file):
    """S + L is the same scalar mod L: OpenSSL might accept it, libsodium (minisign) refuses it."""
    signature = sign_file(data_file, key, "x")
    s = int.from_bytes(signature.signature[32:], "little") + ms._GROUP_ORDER
    malleated = Signature(signature.key_id, signature.signature[:32] + s.to_bytes(32, "little"),
                          signature.trusted_comment, signature.global_signature)
    with expect(SignatureInvalid, "file contents do not match"):
        verify_file(data_file, malleated, key.public_key)


def test_small_order_public_key_is_refused():
    """With the all-zero key, OpenSSL accepts an all-zero signature of anything; libsodium does not."""
    with expect(KeyFileError, "weak or malformed point"):
        PublicKey.parse(f"untrusted comment: x\n{b64(b'Ed' + bytes(8) + bytes(32))}\n")
    non_canonical = (2**255 - 19 + 5).to_bytes(32, "little")
    with expect(KeyFileError, "weak or malformed point"):
        PublicKey(key_id=bytes(8), key=non_canonical)


# --- hostile files -------------------------------------------------------------------------------


GOOD_PUBLIC = "untrusted comment: minisign public key 2EBE2D35F7E56173\nRWRzYeX3NS2+LptSuREgLinFe6MC8xmXFpm9KVihhQmNSAjZjKTK6Ybd\n"


def test_a_real_minisign_public_key_parses():
    public = PublicKey.parse(GOOD_PUBLIC)
    assert public.key_id_hex == "2EBE2D35F7E56173"


@pytest.mark.parametrize(("text", "pattern"), [
    ("", "has 2 lines; this one has 1"),
    ("untrusted comment: x\n", "has 2 lines; this one has 1"),
    (GOOD_PUBLIC + "extra\n", "has 2 lines; this one has 3"),
    (GOOD_PUBLIC + "\n", "has 2 lines; this one has 3"),
    (GOOD_PUBLIC.replace("RWRz", "RW?z"), "not valid base64"),
    (GOOD_PUBLIC.replace("RWRz", "RW Rz"), "not valid base64"),
    (GOOD_PUBLIC.replace("Ybd\n", "Ybd \n"), "not valid base64"),
    (GOOD_PUBLIC.replace("Ybd\n", "Yb\n"), "not valid base64"),
    (GOOD_PUBLIC.replace("Ybd\n", "YbdAAAA\n"), "decodes to 45 bytes; it should be 42"),
    (GOOD_PUBLIC.replace("RWRz", "RWR"), "not valid base64"),
    ("untrusted comment: x\n" + b64(b"Ed" + bytes(39)) + "\n", "decodes to 41 bytes; it should be 42"),
    ("untrusted comment: x\n" + b64(b"EC" + bytes(40)) + "\n", "unsupported public key algorithm"),
    (GOOD_PUBLIC.replace("untrusted comment:", "comment:"), "should start with 'untrusted comment:'"),
    ("\ufeff" + GOOD_PUBLIC, "should start with 'untrusted comment:'"),
    (GOOD_PUBLIC.replace("minisign public", "minisign\x1b[2J public"), "control character \\(U\\+001B\\)"),
    (GOOD_PUBLIC.replace("minisign public", "minisign\u202e public"), "bidi control character \\(U\\+202E\\)"),
    ("untrusted comment: " + "x" * 9000 + "\n" + GOOD_PUBLIC.split("\n")[1] + "\n", "longer than 8192 bytes"),
    ("untrusted comment: " + "x" * 1001 + "\n" + GOOD_PUBLIC.split("\n")[1] + "\n", "1001 bytes long; at most 1000"),
    ("x" * (1 << 20), "too large for a public key file"),
])
def test_hostile_public_key_files(text, pattern):
    with expect(KeyFileError, pattern):
        PublicKey.parse(text)


def test_line_endings_tolerated():
    assert PublicKey.parse(GOOD_PUBLIC.replace("\n", "\r\n")) == PublicKey.parse(GOOD_PUBLIC)
    assert PublicKey.parse(GOOD_PUBLIC.rstrip("\n")) == PublicKey.parse(GOOD_PUBLIC)


def test_non_utf8_bytes_refused():
    with expect(KeyFileError, "not UTF-8 text"):
        PublicKey.parse(GOOD_PUBLIC.encode().replace(b"minisign", b"mini\xffsign"))
    with expect(SignatureInvalid, "not UTF-8 text"):
        Signature.parse("\ud800".join(signature_text().split("ok")))


@pytest.mark.parametrize(("text", "pattern"), [
    (signature_text() + "fifth line\n", "has 4 lines; this one has 5"),
    ("\n".join(signature_text().split("\n")[:3]), "has 4 lines; this one has 3"),
    (signature_text(alg=b"Ed"), "^legacy signature format, not accepted \\(non-prehashed 'Ed'\\); the publisher "
                                "must sign again with minisign 0.8\\+ without -l, or with casefile sign$"),
    (signature_text(alg=b"EE"), "unsupported signature algorithm"),
    (signature_text(key_id=b"\1" * 7), "decodes to 73 bytes; it should be 74"),
    (signature_text(glob=b"\3" * 63), "trusted comment signature line decodes to 63 bytes"),
    (signature_text().replace("Aw==", "Ax=="), "trusted comment signature line is not canonical base64"),
    (signature_text().replace("trusted comment: ok", "trusted: ok"), "should start with 'trusted comment:'"),
    (signature_text().replace("untrusted comment: sig", "untrusted comment sig"), "should start with"),
    (signature_text(trusted="ok\x00hidden"), "trusted comment contains a control character \\(U\\+0000\\)"),
    (signature_text(trusted="ok\x7f"), "control character \\(U\\+007F\\)"),
    (signature_text(trusted="ok\x85"), "control character \\(U\\+0085\\)"),
    (signature_text(trusted="ok\rnot a line end"), "control character \\(U\\+000D\\)"),
    (signature_text(untrusted="a\x1bb"), "untrusted comment contains a control character"),
    (signature_text(untrusted="a\u2067b"), "untrusted comment contains a bidi control character"),
    (signature_text(trusted="x" * 8001), "trusted comment is 8001 bytes long; at most 8000"),
    (signature_text(trusted="x" * 9000), "line 3 of the signature file is longer than 8192 bytes"),
    (signature_text().replace("\n", "\n\n", 1), "has 4 lines; this one has 5"),
    (signature_text() + "\n", "has 4 lines; this one has 5"),
    ("x" * (1 << 20), "too large for a signature file"),
    (b"\x00" * 100, "has 4 lines; this one has 1"),
])
def test_hostile_signature_files(text, pattern):
    with expect(SignatureInvalid, pattern):
        Signature.parse(text)


@pytest.mark.parametrize("char", [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]])
def test_every_bidi_control_in_the_trusted_comment_is_refused(char):
    with expect(SignatureInvalid, f"trusted comment contains a bidi control character \\(U\\+{ord(char):04X}\\)"):
        Signature.parse(signature_text(trusted=f"approved{char}devorppa"))


def test_tab_is_allowed_because_minisign_uses_it(key):
    signature = sign_bytes(b"", key, "timestamp:1\tfile:x\thashed")
    assert Signature.parse(signature.to_file_text()) == signature


def test_unsafe_comments_are_refused_when_signing_too(key, tmp_path):
    with expect(SignatureInvalid, "bidi control character"):
        sign_bytes(b"", key, "approved\u202e")
    path = tmp_path / "never-read"
    with expect(SignatureInvalid, "control character"):
        sign_file(path, key, "fine", untrusted_comment="bad\n")   # refused before the file is opened
    with expect(KeyFileError, "control character"):
        SecretKey.generate("bad\x00comment")


def test_large_files_are_refused_without_being_read(tmp_path):
    big = tmp_path / "big.minisig"
    with big.open("wb") as f:
        f.truncate(10 * 2**30)   # sparse: reading it all would take minutes and 10 GiB
    started = time.monotonic()
    with expect(SignatureInvalid, "too large for a signature file"):
        Signature.load(big)
    with expect(KeyFileError, "too large for a public key file"):
        PublicKey.load(big)
    with expect(KeyFileError, "too large for a secret key file"):
        SecretKey.load(big)
    assert time.monotonic() - started < 2
    megabyte = write(tmp_path / "1mb.minisig", signature_text() + "x" * (1 << 20))
    with expect(SignatureInvalid, f"^{re.escape(str(megabyte))}: too large"):
        Signature.load(megabyte)


def test_load_names_the_file_in_errors(tmp_path):
    path = write(tmp_path / "five.minisig", signature_text() + "more\n")
    with expect(SignatureInvalid, f"^{re.escape(str(path))}: a signature file has 4 lines"):
        Signature.load(path)


def secret_struct(key: SecretKey, kdf=b"\0\0", chk_alg=b"B2", checksum: bytes | None = None,
                  public: bytes | None = None, limits=(0, 0)) -> str:
    """An unencrypted secret key file with any field replaceable."""
    public = key.public_key.key if public is None else public
    checksum = ms._checksum(key.key_id, key.seed, public) if checksum is None else checksum
    struct = (b"Ed" + kdf + chk_alg + bytes(32) + limits[0].to_bytes(8, "little") + limits[1].to_bytes(8, "little")
              + key.key_id + key.seed + public + checksum)
    return f"untrusted comment: k\n{b64(struct)}\n"


def test_hostile_secret_key_files(key, other_key):
    assert SecretKey.parse(secret_struct(key, checksum=bytes(32))) == SecretKey(key.key_id, key.seed, "k")
    with expect(KeyFileError, "unsupported key derivation"):
        SecretKey.parse(secret_struct(key, kdf=b"Ar"))
    with expect(KeyFileError, "unsupported secret key checksum"):
        SecretKey.parse(secret_struct(key, chk_alg=b"B3"))
    with expect(KeyFileError, "checksum does not match"):
        SecretKey.parse(secret_struct(key, checksum=b"\1" * 32))
    with expect(KeyFileError, "public half does not match its secret half"):
        SecretKey.parse(secret_struct(key, public=other_key.public_key.key))
    with expect(KeyFileError, "decodes to 157 bytes"):
        SecretKey.parse(f"untrusted comment: k\n{b64(bytes(157))}\n")


@pytest.mark.parametrize("limits", [(2**63, 2**63), (2**64 - 1, 2**40), (2**40, 2**64 - 1), (2**36, 2**30)])
def test_hostile_scrypt_costs_are_refused_at_once(key, limits):
    text = secret_struct(key, kdf=b"Sc", limits=limits)
    started = time.monotonic()
    with expect(KeyFileError, "far more than minisign uses"):
        SecretKey.parse(text, "pw")
    assert time.monotonic() - started < 1


def test_overlong_password_is_refused(key):
    with expect(KeyFileError, "longer than minisign accepts"):
        key.to_file_text("x" * 1024, **FAST_KDF)


# --- property tests: parsers only ever raise CasefileError ---------------------------------------

PARSERS = [PublicKey.parse, SecretKey.parse, Signature.parse]


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.text(), st.binary()), parser=st.sampled_from(PARSERS))
def test_parsers_on_arbitrary_input_raise_only_casefile_errors(data, parser):
    try:
        parser(data)
    except CasefileError:
        pass


comment_text = st.text(max_size=40)


def sized(n: int):
    """Bytes of the right length half the time, of a wrong one otherwise."""
    return st.binary(min_size=n, max_size=n) | st.binary(max_size=n + 3)


@st.composite
def near_files(draw, lines_strategy, count: int):
    """A file close to a real one: right shape, with some fields wrong in small ways."""
    lines = draw(lines_strategy)
    count = draw(st.sampled_from([count, count, count, count - 1, count + 1]))
    ending = draw(st.sampled_from(["\n", "\r\n", ""]))
    return "\n".join((lines * 2)[:count]) + ending


prefix = st.sampled_from(["untrusted comment: ", "untrusted comment: ", "trusted comment: ", ""])
public_key_lines = st.tuples(
    st.builds(str.__add__, prefix, comment_text),
    st.builds(lambda alg, key_id, key: b64(alg + key_id + key), st.sampled_from([b"Ed", b"ED"]), sized(8), sized(32)),
).map(list)
secret_key_lines = st.tuples(
    st.builds(str.__add__, prefix, comment_text),
    st.builds(lambda kdf, rest, keynum: b64(b"Ed" + kdf + b"B2" + rest + keynum),
              st.sampled_from([b"\0\0", b"Sc", b"Xx"]), sized(48), sized(104)),
).map(list)
signature_lines = st.tuples(
    st.builds(str.__add__, prefix, comment_text),
    st.builds(lambda alg, key_id, sig: b64(alg + key_id + sig), st.sampled_from([b"ED", b"ED", b"Ed", b"EE"]),
              sized(8), sized(64)),
    st.builds(str.__add__, st.sampled_from(["trusted comment: ", "trusted comment:"]), comment_text),
    sized(64).map(b64),
).map(list)
near_inputs = st.one_of(
    near_files(public_key_lines, 2).map(lambda text: (PublicKey.parse, text)),
    near_files(secret_key_lines, 2).map(lambda text: (SecretKey.parse, text)),
    near_files(signature_lines, 4).map(lambda text: (Signature.parse, text)),
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=near_inputs)
def test_parsers_on_plausible_input_raise_only_casefile_errors(case):
    parser, text = case
    try:
        parsed = parser(text)
    except CasefileError:
        return
    # Whatever parses must write back to something that parses to the same value.
    written = parsed.to_file_text(None) if isinstance(parsed, SecretKey) else parsed.to_file_text()
    assert parser(written) == parsed


@settings(max_examples=100, deadline=None)
@given(trusted=st.text(max_size=200), untrusted=st.text(max_size=200))
def test_any_acceptable_comment_round_trips(key, trusted, untrusted):
    try:
        signature = sign_bytes(b"data", key, trusted, untrusted)
    except SignatureInvalid:
        assert ms._unsafe_character(trusted + untrusted) is not None
        return
    parsed = Signature.parse(signature.to_file_text())
    assert parsed == signature
    assert verify_bytes(b"data", parsed, key.public_key) == trusted


# --- interop with the real minisign --------------------------------------------------------------


@needs_minisign
def test_minisign_unencrypted_key_and_signatures_are_accepted(tmp_path, data_file):
    pub, sec = tmp_path / "mini.pub", tmp_path / "mini.key"
    assert minisign("-G", "-W", "-p", pub, "-s", sec).returncode == 0
    public = PublicKey.load(pub)
    # minisign names the key in its public key comment; the byte order must agree with ours.
    assert int(public.comment.rsplit(" ", 1)[1], 16) == int(public.key_id_hex, 16)
    assert SecretKey.load(sec).public_key.key == public.key

    sig = tmp_path / "chosen.minisig"
    done = minisign("-S", "-s", sec, "-m", data_file, "-x", sig, "-t", TRUSTED)
    assert done.returncode == 0, done.stderr
    assert verify_file(data_file, Signature.load(sig), public) == TRUSTED

    # minisign's default trusted comment has tabs in it; it must verify too.
    done = minisign("-S", "-s", sec, "-m", data_file)
    assert done.returncode == 0, done.stderr
    comment = verify_file(data_file, Signature.load(f"{data_file}.minisig"), public)
    assert re.fullmatch(r"timestamp:\d+\tfile:evidence\.casefile\thashed", comment)


@needs_minisign
def test_minisign_verifies_our_signatures(tmp_path, key, data_file):
    pub = write(tmp_path / "ours.pub", key.public_key.to_file_text())
    sig = write(tmp_path / "ours.minisig", sign_file(data_file, key, TRUSTED).to_file_text())
    done = minisign("-V", "-p", pub, "-m", data_file, "-x", sig)
    assert done.returncode == 0, done.stderr
    assert f"Trusted comment: {TRUSTED}\n" in done.stdout
    done = minisign("-V", "-Q", "-p", pub, "-m", data_file, "-x", sig)
    assert done.stdout == TRUSTED + "\n"
    # The public key as a bare string (minisign -P) is the key file's second line.
    done = minisign("-V", "-P", key.public_key.to_file_text().split("\n")[1], "-m", data_file, "-x", sig)
    assert done.returncode == 0, done.stderr


@needs_minisign
@pytest.mark.parametrize(("password", "kdf"), [(None, {}), ("pässword 1", FAST_KDF), ("pw", FAST_KDF_LOW_OPS)],
                         ids=["unencrypted", "scrypt-high-ops", "scrypt-low-ops"])
def test_minisign_signs_with_our_secret_keys(tmp_path, key, data_file, password, kdf):
    sec = write(tmp_path / "ours.key", key.to_file_text(password, **kdf))
    pub = write(tmp_path / "ours.pub", key.public_key.to_file_text())
    sig = tmp_path / "by-minisign.minisig"
    done = minisign("-S", "-s", sec, "-p", pub, "-m", data_file, "-x", sig, "-t", "signed by minisign",
                    password=password)
    assert done.returncode == 0, done.stdout + done.stderr
    assert verify_file(data_file, Signature.load(sig), key.public_key) == "signed by minisign"
    # Same key, same digest, deterministic Ed25519: byte-identical signature lines.
    ours = sign_file(data_file, key, "signed by minisign")
    assert Signature.load(sig).signature == ours.signature


@needs_minisign
def test_minisign_refuses_our_key_with_a_wrong_password(tmp_path, key, data_file):
    sec = write(tmp_path / "ours.key", key.to_file_text("right", **FAST_KDF))
    done = minisign("-S", "-s", sec, "-m", data_file, password="wrong")
    assert done.returncode != 0 and "Wrong password" in done.stderr


@needs_minisign
@pytest.mark.slow
def test_we_decrypt_a_key_minisign_encrypted(tmp_path, data_file, minisign_encrypted_key):
    """minisign -G uses its full scrypt cost (1 GiB, a few seconds) each way."""
    pub, sec, password = minisign_encrypted_key
    key = SecretKey.load(sec, password)
    assert key.comment == "lawyer's key"
    assert key.public_key.key == PublicKey.load(pub).key and key.key_id == PublicKey.load(pub).key_id
    sig = write(tmp_path / "x.minisig", sign_file(data_file, key, "ours, with minisign's key").to_file_text())
    assert minisign("-V", "-p", pub, "-m", data_file, "-x", sig).returncode == 0


@needs_minisign
def test_minisign_legacy_signature_is_refused(tmp_path, data_file):
    pub, sec = tmp_path / "mini.pub", tmp_path / "mini.key"
    minisign("-G", "-W", "-p", pub, "-s", sec)
    sig = tmp_path / "legacy.minisig"
    assert minisign("-S", "-l", "-s", sec, "-m", data_file, "-x", sig).returncode == 0
    with expect(SignatureInvalid, "legacy signature format, not accepted"):
        Signature.load(sig)


def _flip_file_byte(data_file, signature, key, other_key):
    data = bytearray(data_file.read_bytes())
    data[1234] ^= 0x20
    data_file.write_bytes(bytes(data))
    return signature, key, "^file contents do not match the signature$"


def _edit_trusted_comment(data_file, signature, key, other_key):
    return (Signature(signature.key_id, signature.signature, signature.trusted_comment.replace("A", "B"),
                      signature.global_signature), key, "^trusted comment was altered$")


def _another_key(data_file, signature, key, other_key):
    return signature, other_key, "^signed by another key"


def _malleate_s(data_file, signature, key, other_key):
    s = int.from_bytes(signature.signature[32:], "little") + ms._GROUP_ORDER
    return (Signature(signature.key_id, signature.signature[:32] + s.to_bytes(32, "little"),
                      signature.trusted_comment, signature.global_signature), key, "^file contents do not match")


@needs_minisign
@pytest.mark.parametrize("tamper", [_flip_file_byte, _edit_trusted_comment, _another_key, _malleate_s])
def test_minisign_and_casefile_agree_on_tampering(tmp_path, key, other_key, data_file, tamper):
    signature = sign_file(data_file, key, "Casefile Archive A")
    signature, public_key, message = tamper(data_file, signature, key.public_key, other_key.public_key)
    pub = write(tmp_path / "k.pub", public_key.to_file_text())
    sig = write(tmp_path / "s.minisig", signature.to_file_text())
    done = minisign("-V", "-p", pub, "-m", data_file, "-x", sig)
    assert done.returncode != 0, "minisign accepted a tampered signature"
    with expect(SignatureInvalid, message):
        verify_file(data_file, Signature.load(sig), PublicKey.load(pub))
    if tamper is _another_key:
        # minisign reports the same two key ids we do.
        ids = re.findall(r"\bis ([0-9A-F]+)$", done.stderr, re.MULTILINE)
        assert [int(i, 16) for i in ids] == [int(signature.key_id_hex, 16), int(public_key.key_id_hex, 16)]


@needs_minisign
def test_minisign_also_refuses_the_weak_key_forgery(tmp_path, data_file):
    """The all-zero key and signature fool OpenSSL's Ed25519; we refuse the key, as libsodium does."""
    pub = write(tmp_path / "weak.pub", f"untrusted comment: weak\n{b64(b'Ed' + bytes(8) + bytes(32))}\n")
    sig = write(tmp_path / "weak.minisig", signature_text(key_id=bytes(8), sig=bytes(64), glob=bytes(64)))
    assert minisign("-V", "-p", pub, "-m", data_file, "-x", sig).returncode != 0
    with expect(KeyFileError, "weak or malformed point"):
        PublicKey.load(pub)


def test_blake2b_prehash_is_what_is_signed(key):
    """The signed message is BLAKE2b-512 of the file, not the file (the "ED" format)."""
    signature = sign_bytes(b"payload", key, "c")
    digest = hashlib.blake2b(b"payload", digest_size=64).digest()
    assert key.public_key._verify(signature.signature, digest)
    assert not key.public_key._verify(signature.signature, b"payload")
