"""Minisign-compatible keys and signatures, so archives can be checked with the stock `minisign` tool.

Why minisign: a lawyer must be able to verify an archive without trusting Casefile, with a small,
audited, widely packaged tool (`minisign -Vm archive.casefile -p casefile.pub`). Every file written
here is read by minisign 0.8+ and every file minisign writes is read here; the tests run the real
binary both ways. Reference: https://jedisct1.github.io/minisign/ and minisign's src/minisign.c.

Each file is text: an `untrusted comment: ` line, then standard base64 (with padding) of a struct.
Integers are little-endian.

Public key file, 2 lines; the struct is 42 bytes::

    "Ed" | key_id (8) | Ed25519 public key (32)

Secret key file, 2 lines; the struct is 158 bytes::

    "Ed" | kdf_alg: "Sc" (scrypt) or "\\0\\0" (none) | "B2" | kdf_salt (32)
    | kdf_opslimit (u64) | kdf_memlimit (u64)
    | keynum_sk (104) = key_id (8) | seed (32) | public key (32) | checksum (32)

    checksum  = BLAKE2b-256("Ed" | key_id | seed | public key)
    keynum_sk is XORed with the first 104 bytes of scrypt(password, kdf_salt, N, r, p), where
    N, r, p come from opslimit and memlimit as libsodium's crypto_pwhash_scryptsalsa208sha256
    picks them (pickparams(), copied below). Unencrypted keys (`minisign -G -W`) have kdf_alg
    "\\0\\0", zero salt and limits, and minisign leaves their checksum all zeros.

Signature file (.minisig), 4 lines::

    untrusted comment: <text>
    base64("ED" | key_id (8) | Ed25519 signature of BLAKE2b-512(file contents) (64))
    trusted comment: <text>
    base64(Ed25519 signature of (the 64-byte signature above | trusted comment text) (64))

"ED" means the file was pre-hashed with BLAKE2b-512, which is what lets a multi-GB archive be
signed and checked in constant memory. Legacy "Ed" signatures sign the raw file; minisign 0.11
itself refuses them by default, and so do we.

A key id is 8 bytes that the key's maker chooses (minisign picks them at random, but nothing stops
anyone from copying another key's id into a key of their own). minisign shows it as those bytes read
as a little-endian u64 in upper-case hex; `key_id_hex` does the same, always 16 digits. It only says
which key a signature claims to be from, so it is never shown as a fingerprint: `fingerprint` (see
`fingerprint_of`) is derived from the key material instead, and is what readers compare.

Every parser treats its input as hostile: size caps before reading, exact line counts, strict and
canonical base64, exact struct lengths, bounded scrypt cost, and comments that cannot disguise
themselves (no control or bidi-override characters). Failures are `KeyFileError` for keys and
`SignatureInvalid` for signatures, with a message that names the problem.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import CasefileError, KeyFileError, LegacySignature, SignatureInvalid

# A signature or key file is a few hundred bytes; anything past this is not one, and is refused
# before it is read into memory.
MAX_FILE_BYTES = 64 * 1024
MAX_LINE_BYTES = 8 * 1024
# minisign reads the untrusted comment line into a 1024-byte buffer and the trusted comment line
# into an 8192-byte one; a longer line would be split into two lines and break its parsing. These
# caps keep every file we write (and accept) readable by minisign, CRLF included.
MAX_UNTRUSTED_COMMENT_BYTES = 1000
MAX_TRUSTED_COMMENT_BYTES = 8000
# minisign reads the password with fgets() into 1024 bytes: a longer one would be cut short there.
MAX_PASSWORD_BYTES = 1023

UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
DEFAULT_SIGNATURE_COMMENT = "signature from casefile secret key"
DEFAULT_SECRET_KEY_COMMENT = "casefile secret key"

SIG_ALG = b"Ed"
SIG_ALG_PREHASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CHK_ALG = b"B2"

KEY_ID_BYTES = 8
PUBLIC_KEY_BYTES = 32
SEED_BYTES = 32
SIGNATURE_BYTES = 64
CHECKSUM_BYTES = 32
SALT_BYTES = 32
KEYNUM_SK_BYTES = KEY_ID_BYTES + SEED_BYTES + PUBLIC_KEY_BYTES + CHECKSUM_BYTES
PUBLIC_STRUCT_BYTES = 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES
SECRET_STRUCT_BYTES = 2 + 2 + 2 + SALT_BYTES + 8 + 8 + KEYNUM_SK_BYTES
SIGNATURE_STRUCT_BYTES = 2 + KEY_ID_BYTES + SIGNATURE_BYTES

# What `minisign -G` uses (libsodium's ..._OPSLIMIT_SENSITIVE / _MEMLIMIT_SENSITIVE): scrypt with
# N=2^20, r=8, p=1, i.e. 1 GiB of memory and a few seconds.
OPSLIMIT_SENSITIVE = 33554432
MEMLIMIT_SENSITIVE = 1073741824
# libsodium's minimums; we refuse to write a key protected by less.
OPSLIMIT_MIN = 32768
MEMLIMIT_MIN = 16777216
# A hostile key file can ask scrypt for terabytes or years. Refuse anything beyond minisign's own
# memory use, or beyond four times its work.
MAX_SCRYPT_MEMORY = MEMLIMIT_SENSITIVE
MAX_SCRYPT_WORK = 4 * (1 << 20) * 8

HASH_CHUNK_BYTES = 1024 * 1024

# libsodium, and so minisign, refuses some Ed25519 inputs that OpenSSL (behind `cryptography`)
# accepts: a public key or signature R of small order (with such a key, one signature "verifies"
# for every file), a non-canonical public key, a non-canonical S. We refuse them too, so Casefile
# never calls valid what minisign calls invalid.
_FIELD_PRIME = 2**255 - 19
_GROUP_ORDER = 2**252 + 27742317777372353535851937790883648493
# libsodium's ge25519_has_small_order() list: the points of order 1, 2, 4 and 8, sign bit cleared.
_SMALL_ORDER_POINTS = frozenset(bytes.fromhex(h) for h in (
    "00" * 32,
    "01" + "00" * 31,
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "ec" + "ff" * 30 + "7f",
    "ed" + "ff" * 30 + "7f",
    "ee" + "ff" * 30 + "7f",
))

# Embeddings, overrides and isolates reorder how text is shown: a trusted comment reading
# "approved" could be displayed from bytes that say something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

ErrorClass = Callable[[str], CasefileError]


def _has_small_order(point: bytes) -> bool:
    """True for an encoded Ed25519 point of order 1, 2, 4 or 8, whatever its sign bit."""
    return point[:31] + bytes([point[31] & 0x7F]) in _SMALL_ORDER_POINTS


def _is_canonical_point(point: bytes) -> bool:
    """True if the encoded y coordinate is below the field prime (one encoding per point)."""
    return int.from_bytes(point, "little") & ((1 << 255) - 1) < _FIELD_PRIME


# --- text and encoding helpers ---------------------------------------------------------------


def _key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: the bytes as a little-endian u64, 16 upper-case hex digits."""
    return key_id[::-1].hex().upper()


FINGERPRINT_BYTES = 20
FINGERPRINT_GROUP = 4


def fingerprint_of(key: bytes) -> str:
    """The fingerprint of a 32-byte Ed25519 public key, e.g. `9F3A 1C07 … 2B4E` (10 groups of 4 digits).

    SHA-256 of the key bytes alone, so it follows from the key material and, unlike the key id, cannot
    be put into another key. The first 20 bytes (160 bits) are kept: finding a second key with a given
    fingerprint then takes about 2**160 tries, out of anyone's reach, while 40 digits can still be read
    out over the phone. Upper-case hex in groups of four, because that is easy to read aloud and to
    compare by eye. No prefix or key id is hashed in, so anyone can recompute it with standard tools
    (README: "Checking a fingerprint by hand").
    """
    digits = hashlib.sha256(key).digest()[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(digits[i:i + FINGERPRINT_GROUP] for i in range(0, len(digits), FINGERPRINT_GROUP))


def compact_fingerprint(text: str) -> str:
    """A fingerprint as a reader may type it (any case, spaces or none) in one form for comparing."""
    return "".join(text.split()).upper()


def _unsafe_character(text: str) -> str | None:
    """Describe the first character that could make `text` display differently from its bytes."""
    for ch in text:
        if ch in _BIDI_CONTROLS:
            return f"a bidi control character (U+{ord(ch):04X}) that can make it display reordered"
        category = unicodedata.category(ch)
        # Tab is allowed: minisign's own default trusted comment separates its fields with tabs.
        if category == "Cc" and ch != "\t":
            return f"a control character (U+{ord(ch):04X})"
        if category == "Cs":
            return f"an unpaired surrogate (U+{ord(ch):04X})"
    return None


def _check_comment(text: str, what: str, max_bytes: int, error: ErrorClass) -> None:
    """Refuse a comment that could disguise itself or that minisign could not read back."""
    problem = _unsafe_character(text)
    if problem is not None:
        raise error(f"the {what} contains {problem}")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise error(f"the {what} is {size} bytes long; at most {max_bytes} are allowed")


def _b64encode(data: bytes) -> str:
    """Standard base64 with padding, on one line, as minisign writes it."""
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def _b64decode(line: str, length: int, what: str, error: ErrorClass) -> bytes:
    """Decode strict, canonical base64 that must come to exactly `length` bytes."""
    try:
        data = binascii.a2b_base64(line, strict_mode=True)
    except (binascii.Error, ValueError):
        raise error(f"the {what} line is not valid base64") from None
    if len(data) != length:
        raise error(f"the {what} line decodes to {len(data)} bytes; it should be {length}")
    # Strict mode still lets non-zero padding bits through; one encoding per value, no more.
    if _b64encode(data) != line:
        raise error(f"the {what} line is not canonical base64")
    return data


def _to_text(data: str | bytes, what: str, error: ErrorClass) -> str:
    """Check the size cap and decode UTF-8, so everything after works on bounded, valid text."""
    # A str has at least as many UTF-8 bytes as characters: a huge one is refused before encoding.
    if len(data) > MAX_FILE_BYTES:
        raise error(f"too large for a {what} file (over {MAX_FILE_BYTES // 1024} KiB)")
    if isinstance(data, str):
        raw = data.encode("utf-8", errors="surrogatepass")
    else:
        raw = bytes(data)
    if len(raw) > MAX_FILE_BYTES:
        raise error(f"too large for a {what} file (over {MAX_FILE_BYTES // 1024} KiB)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"not a {what} file: it is not UTF-8 text") from None


def _split_lines(text: str, count: int, what: str, error: ErrorClass) -> list[str]:
    """Split into exactly `count` lines, allowing one final newline and CRLF line ends."""
    if text.endswith("\n"):
        text = text[:-1]
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    if len(lines) != count:
        raise error(f"a {what} file has {count} lines; this one has {len(lines)}")
    for number, line in enumerate(lines, 1):
        if len(line.encode("utf-8")) > MAX_LINE_BYTES:
            raise error(f"line {number} of the {what} file is longer than {MAX_LINE_BYTES} bytes")
    return lines


def _comment_line(line: str, prefix: str, what: str, max_bytes: int, error: ErrorClass) -> str:
    """The text after `prefix`, checked to be safe to show."""
    if not line.startswith(prefix):
        raise error(f"the {what} line should start with {prefix.strip()!r}")
    text = line[len(prefix):]
    _check_comment(text, what, max_bytes, error)
    return text


def _read_capped(path: str | os.PathLike, what: str, error: ErrorClass) -> bytes:
    """Read a small file, refusing a large one after reading no more than the cap."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise error(f"{os.fspath(path)}: cannot read the {what} file: {e.strerror or e}") from None
    if len(data) > MAX_FILE_BYTES:
        raise error(f"{os.fspath(path)}: too large for a {what} file (over {MAX_FILE_BYTES // 1024} KiB)")
    return data


_Parsed = TypeVar("_Parsed")


def _with_path(path: str | os.PathLike, parse: Callable[[bytes], _Parsed], data: bytes) -> _Parsed:
    """Run `parse`, putting the file name in front of any error so the user knows which file."""
    try:
        return parse(data)
    except CasefileError as e:
        raise type(e)(f"{os.fspath(path)}: {e}") from None


# --- keys ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: what a reader of an archive trusts."""

    key_id: bytes
    key: bytes
    comment: str = ""

    def __post_init__(self):
        if len(self.key_id) != KEY_ID_BYTES or len(self.key) != PUBLIC_KEY_BYTES:
            raise KeyFileError("a public key needs an 8-byte key id and a 32-byte Ed25519 key")
        if _has_small_order(self.key) or not _is_canonical_point(self.key):
            raise KeyFileError("not a usable Ed25519 public key: it is a weak or malformed point")
        _check_comment(self.comment, "public key comment", MAX_UNTRUSTED_COMMENT_BYTES, KeyFileError)

    @property
    def fingerprint(self) -> str:
        """What readers compare with the publisher: derived from the key material (`fingerprint_of`)."""
        return fingerprint_of(self.key)

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign prints it, e.g. `2EBE2D35F7E56173`: the key's maker chooses it."""
        return _key_id_hex(self.key_id)

    def to_file_text(self) -> str:
        """The public key file, as `minisign -G` writes it."""
        struct = SIG_ALG + self.key_id + self.key
        return f"{UNTRUSTED_PREFIX}{self.comment}\n{_b64encode(struct)}\n"

    @classmethod
    def parse(cls, text: str | bytes) -> PublicKey:
        """Read a public key file's contents; raise `KeyFileError` if it is not a valid one."""
        what = "public key"
        lines = _split_lines(_to_text(text, what, KeyFileError), 2, what, KeyFileError)
        comment = _comment_line(lines[0], UNTRUSTED_PREFIX, "public key comment",
                                MAX_UNTRUSTED_COMMENT_BYTES, KeyFileError)
        struct = _b64decode(lines[1], PUBLIC_STRUCT_BYTES, what, KeyFileError)
        if struct[:2] != SIG_ALG:
            raise KeyFileError(f"unsupported public key algorithm {struct[:2]!r}; expected Ed25519 ('Ed')")
        return cls(key_id=struct[2:10], key=struct[10:], comment=comment)

    @classmethod
    def load(cls, path: str | os.PathLike) -> PublicKey:
        """Read a public key file (`.pub`)."""
        return _with_path(path, cls.parse, _read_capped(path, "public key", KeyFileError))

    def _verify(self, signature: bytes, message: bytes) -> bool:
        """True if `signature` is this key's Ed25519 signature of `message`, by libsodium's rules."""
        if _has_small_order(signature[:32]) or int.from_bytes(signature[32:], "little") >= _GROUP_ORDER:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(self.key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


def _scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """scrypt's (N, r, p) for minisign's limits: libsodium's pickparams(), step for step.

    minisign stores only opslimit and memlimit; any other derivation would decrypt to garbage.
    """
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
    else:
        p = None
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if p is None:
        max_rp = min((opslimit // 4) >> n_log2, 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _scrypt_stream(password: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    """The 104-byte key stream that encrypts keynum_sk, refusing unbounded cost."""
    # pickparams() always yields p >= 1, so only the cost needs bounding.
    n, r, p = _scrypt_params(opslimit, memlimit)
    memory = 128 * r * n
    if memory > MAX_SCRYPT_MEMORY or n * r * p > MAX_SCRYPT_WORK:
        raise KeyFileError(
            f"the secret key file asks scrypt for N={n}, r={r}, p={p} ({memory // 2**20} MiB), "
            "far more than minisign uses; refusing to spend that much memory and time")
    try:
        secret = password.encode("utf-8")
    except UnicodeEncodeError:
        raise KeyFileError("the password is not valid text") from None
    try:
        # OpenSSL's own accounting: the V array plus the p blocks, with room to spare.
        maxmem = 128 * r * (n + p + 2) + 2**20
        return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=KEYNUM_SK_BYTES)
    except (ValueError, MemoryError):
        raise KeyFileError(
            f"not enough memory to decrypt the secret key ({memory // 2**20} MiB needed)") from None


def _checksum(key_id: bytes, seed: bytes, public: bytes) -> bytes:
    """minisign's secret key checksum: BLAKE2b-256 over sig_alg, key id and the 64-byte secret key."""
    return hashlib.blake2b(SIG_ALG + key_id + seed + public, digest_size=CHECKSUM_BYTES).digest()


def _xor(data: bytes, stream: bytes) -> bytes:
    """XOR two equal-length byte strings (how minisign applies its scrypt key stream)."""
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


@dataclass(frozen=True)
class SecretKey:
    """A minisign secret key: an Ed25519 seed plus the key id that signatures carry."""

    key_id: bytes
    seed: bytes = field(repr=False)
    comment: str = DEFAULT_SECRET_KEY_COMMENT

    def __post_init__(self):
        if len(self.key_id) != KEY_ID_BYTES or len(self.seed) != SEED_BYTES:
            raise KeyFileError("a secret key needs an 8-byte key id and a 32-byte Ed25519 seed")
        _check_comment(self.comment, "secret key comment", MAX_UNTRUSTED_COMMENT_BYTES, KeyFileError)

    @classmethod
    def generate(cls, comment: str = DEFAULT_SECRET_KEY_COMMENT) -> SecretKey:
        """A new random key pair, with a random key id as minisign makes them."""
        seed = Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(key_id=os.urandom(KEY_ID_BYTES), seed=seed, comment=comment)

    @property
    def public_key(self) -> PublicKey:
        """The matching public key, to hand to readers."""
        key = self._private().public_key().public_bytes_raw()
        return PublicKey(key_id=self.key_id, key=key, comment=f"minisign public key {_key_id_hex(self.key_id)}")

    def _private(self) -> Ed25519PrivateKey:
        """The Ed25519 signing key."""
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    def to_file_text(self, password: str | None, *, opslimit: int = OPSLIMIT_SENSITIVE,
                     memlimit: int = MEMLIMIT_SENSITIVE) -> str:
        """The secret key file, encrypted with scrypt unless `password` is None (like `minisign -W`).

        The limits default to minisign's own; tests pass smaller ones to stay fast.
        """
        public = self.public_key.key
        checksum = _checksum(self.key_id, self.seed, public)
        keynum_sk = self.key_id + self.seed + public + checksum
        if password is None:
            # minisign -W writes a zero checksum; we write the real one, which minisign ignores
            # and which lets us notice damage to an unencrypted key.
            header = KDF_NONE + CHK_ALG + bytes(SALT_BYTES) + bytes(16)
        else:
            if opslimit < OPSLIMIT_MIN or memlimit < MEMLIMIT_MIN:
                raise ValueError("scrypt limits below libsodium's minimums")
            if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
                raise KeyFileError(f"the password is longer than minisign accepts ({MAX_PASSWORD_BYTES} bytes)")
            salt = os.urandom(SALT_BYTES)
            keynum_sk = _xor(keynum_sk, _scrypt_stream(password, salt, opslimit, memlimit))
            header = KDF_SCRYPT + CHK_ALG + salt + opslimit.to_bytes(8, "little") + memlimit.to_bytes(8, "little")
        struct = SIG_ALG + header + keynum_sk
        return f"{UNTRUSTED_PREFIX}{self.comment}\n{_b64encode(struct)}\n"

    @classmethod
    def parse(cls, text: str | bytes, password: str | None = None) -> SecretKey:
        """Read a secret key file's contents, decrypting it with `password` if it is encrypted."""
        what = "secret key"
        lines = _split_lines(_to_text(text, what, KeyFileError), 2, what, KeyFileError)
        comment = _comment_line(lines[0], UNTRUSTED_PREFIX, "secret key comment",
                                MAX_UNTRUSTED_COMMENT_BYTES, KeyFileError)
        struct = _b64decode(lines[1], SECRET_STRUCT_BYTES, what, KeyFileError)
        sig_alg, kdf_alg, chk_alg = struct[0:2], struct[2:4], struct[4:6]
        if sig_alg != SIG_ALG:
            raise KeyFileError(f"unsupported secret key algorithm {sig_alg!r}; expected Ed25519 ('Ed')")
        if chk_alg != CHK_ALG:
            raise KeyFileError(f"unsupported secret key checksum {chk_alg!r}; expected BLAKE2b ('B2')")
        keynum_sk = struct[54:]
        if kdf_alg == KDF_SCRYPT:
            if password is None:
                raise KeyFileError("the secret key is encrypted: a password is needed")
            salt = struct[6:38]
            opslimit = int.from_bytes(struct[38:46], "little")
            memlimit = int.from_bytes(struct[46:54], "little")
            keynum_sk = _xor(keynum_sk, _scrypt_stream(password, salt, opslimit, memlimit))
        elif kdf_alg != KDF_NONE:
            raise KeyFileError(f"unsupported key derivation {kdf_alg!r}; expected scrypt ('Sc') or none")
        return cls._from_keynum_sk(keynum_sk, comment, encrypted=kdf_alg == KDF_SCRYPT)

    @classmethod
    def _from_keynum_sk(cls, keynum_sk: bytes, comment: str, encrypted: bool) -> SecretKey:
        """Check the decrypted key material and build the key."""
        key_id, seed, public, checksum = keynum_sk[:8], keynum_sk[8:40], keynum_sk[40:72], keynum_sk[72:]
        if not hmac.compare_digest(checksum, _checksum(key_id, seed, public)):
            if encrypted:
                raise KeyFileError("wrong password or damaged key file")
            # An unencrypted key from `minisign -G -W` carries a zero checksum.
            if checksum != bytes(CHECKSUM_BYTES):
                raise KeyFileError("damaged secret key file: its checksum does not match")
        key = cls(key_id=key_id, seed=seed, comment=comment)
        # The stored public half must be the one the seed makes, or signatures would not verify.
        if not hmac.compare_digest(key.public_key.key, public):
            raise KeyFileError("damaged secret key file: its public half does not match its secret half")
        return key

    @classmethod
    def load(cls, path: str | os.PathLike, password: str | None = None) -> SecretKey:
        """Read a secret key file (`.key`), decrypting it with `password` if it is encrypted."""
        data = _read_capped(path, "secret key", KeyFileError)
        return _with_path(path, lambda raw: cls.parse(raw, password), data)

    @staticmethod
    def file_is_encrypted(path: str | os.PathLike) -> bool:
        """True if the key file is password-protected, so a caller knows to ask for the password."""
        def kdf(raw: bytes) -> bool:
            lines = _split_lines(_to_text(raw, "secret key", KeyFileError), 2, "secret key", KeyFileError)
            return _b64decode(lines[1], SECRET_STRUCT_BYTES, "secret key", KeyFileError)[2:4] == KDF_SCRYPT
        return _with_path(path, kdf, _read_capped(path, "secret key", KeyFileError))


# --- signatures ------------------------------------------------------------------------------


def _check_signature_comments(trusted_comment: str, untrusted_comment: str) -> None:
    """Both comments must be safe to show and short enough for minisign to read."""
    _check_comment(trusted_comment, "trusted comment", MAX_TRUSTED_COMMENT_BYTES, SignatureInvalid)
    _check_comment(untrusted_comment, "untrusted comment", MAX_UNTRUSTED_COMMENT_BYTES, SignatureInvalid)


@dataclass(frozen=True)
class Signature:
    """A prehashed minisign signature, with its signed ("trusted") comment."""

    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = DEFAULT_SIGNATURE_COMMENT

    def __post_init__(self):
        if (len(self.key_id) != KEY_ID_BYTES or len(self.signature) != SIGNATURE_BYTES
                or len(self.global_signature) != SIGNATURE_BYTES):
            raise SignatureInvalid("a signature needs an 8-byte key id and two 64-byte Ed25519 signatures")
        _check_signature_comments(self.trusted_comment, self.untrusted_comment)

    @property
    def key_id_hex(self) -> str:
        """The id of the key that claims this signature, as minisign prints it; not a fingerprint (a
        signature does not carry its key, and any key can be given this id)."""
        return _key_id_hex(self.key_id)

    def to_file_text(self) -> str:
        """The `.minisig` file, as `minisign -S` writes it."""
        struct = SIG_ALG_PREHASHED + self.key_id + self.signature
        return (f"{UNTRUSTED_PREFIX}{self.untrusted_comment}\n{_b64encode(struct)}\n"
                f"{TRUSTED_PREFIX}{self.trusted_comment}\n{_b64encode(self.global_signature)}\n")

    @classmethod
    def parse(cls, text: str | bytes) -> Signature:
        """Read a `.minisig` file's contents; raise `SignatureInvalid` if it is not a valid one."""
        what = "signature"
        lines = _split_lines(_to_text(text, what, SignatureInvalid), 4, what, SignatureInvalid)
        untrusted = _comment_line(lines[0], UNTRUSTED_PREFIX, "untrusted comment",
                                  MAX_UNTRUSTED_COMMENT_BYTES, SignatureInvalid)
        struct = _b64decode(lines[1], SIGNATURE_STRUCT_BYTES, what, SignatureInvalid)
        if struct[:2] == SIG_ALG:
            raise LegacySignature("legacy signature format, not accepted (non-prehashed 'Ed'); the publisher must "
                                  "sign again with minisign 0.8+ without -l, or with casefile sign")
        if struct[:2] != SIG_ALG_PREHASHED:
            raise SignatureInvalid(f"unsupported signature algorithm {struct[:2]!r}; expected 'ED'")
        trusted = _comment_line(lines[2], TRUSTED_PREFIX, "trusted comment",
                                MAX_TRUSTED_COMMENT_BYTES, SignatureInvalid)
        global_signature = _b64decode(lines[3], SIGNATURE_BYTES, "trusted comment signature", SignatureInvalid)
        return cls(key_id=struct[2:10], signature=struct[10:], trusted_comment=trusted,
                   global_signature=global_signature, untrusted_comment=untrusted)

    @classmethod
    def load(cls, path: str | os.PathLike) -> Signature:
        """Read a `.minisig` file."""
        return _with_path(path, cls.parse, _read_capped(path, "signature", SignatureInvalid))


def _hash_stream(stream: BinaryIO) -> bytes:
    """BLAKE2b-512 of the rest of `stream`, read in 1 MiB chunks so size never matters."""
    digest = hashlib.blake2b(digest_size=64)
    while chunk := stream.read(HASH_CHUNK_BYTES):
        digest.update(chunk)
    return digest.digest()


def _hash_file(path_or_stream: str | os.PathLike | BinaryIO) -> bytes:
    """BLAKE2b-512 of a file given by path, or of an open binary stream from its current position."""
    try:
        if hasattr(path_or_stream, "read"):
            return _hash_stream(path_or_stream)
        with open(path_or_stream, "rb") as f:
            return _hash_stream(f)
    except OSError as e:
        name = getattr(path_or_stream, "name", None) if hasattr(path_or_stream, "read") else path_or_stream
        raise SignatureInvalid(f"{os.fspath(name or 'stream')}: cannot read: {e.strerror or e}") from None


def _sign_digest(digest: bytes, secret_key: SecretKey, trusted_comment: str,
                 untrusted_comment: str) -> Signature:
    """Sign a BLAKE2b-512 digest, then sign the signature together with the trusted comment."""
    private = secret_key._private()
    signature = private.sign(digest)
    global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
    return Signature(key_id=secret_key.key_id, signature=signature, trusted_comment=trusted_comment,
                     global_signature=global_signature, untrusted_comment=untrusted_comment)


def sign_file(path_or_stream: str | os.PathLike | BinaryIO, secret_key: SecretKey, trusted_comment: str,
              untrusted_comment: str = DEFAULT_SIGNATURE_COMMENT) -> Signature:
    """Sign a file (or the rest of an open binary stream) as `minisign -S` does."""
    # Refuse a bad comment before spending minutes hashing a large archive.
    _check_signature_comments(trusted_comment, untrusted_comment)
    return _sign_digest(_hash_file(path_or_stream), secret_key, trusted_comment, untrusted_comment)


def sign_bytes(data: bytes, secret_key: SecretKey, trusted_comment: str,
               untrusted_comment: str = DEFAULT_SIGNATURE_COMMENT) -> Signature:
    """Sign bytes held in memory, exactly as if they were a file's contents."""
    digest = hashlib.blake2b(data, digest_size=64).digest()
    return _sign_digest(digest, secret_key, trusted_comment, untrusted_comment)


def _verify_digest(digest: bytes, signature: Signature, public_key: PublicKey) -> str:
    """Check both signatures over a file digest; return the trusted comment."""
    if not public_key._verify(signature.signature, digest):
        raise SignatureInvalid("file contents do not match the signature")
    if not public_key._verify(signature.global_signature,
                              signature.signature + signature.trusted_comment.encode("utf-8")):
        raise SignatureInvalid("trusted comment was altered")
    return signature.trusted_comment


def _check_key_id(signature: Signature, public_key: PublicKey) -> None:
    """A signature by another key cannot verify; say so plainly instead of 'does not match'."""
    if signature.key_id != public_key.key_id:
        raise SignatureInvalid(
            f"signed by another key (key id {signature.key_id_hex}), expected key id {public_key.key_id_hex}")


def verify_file(path_or_stream: str | os.PathLike | BinaryIO, signature: Signature,
                public_key: PublicKey) -> str:
    """Check a file against its signature as `minisign -V` does; return the trusted comment.

    Raises `SignatureInvalid` saying whether the key, the contents or the trusted comment is wrong.
    """
    # The key id is checked first: no point hashing gigabytes for a signature by another key.
    _check_key_id(signature, public_key)
    return _verify_digest(_hash_file(path_or_stream), signature, public_key)


def verify_trusted_comment(signature: Signature, public_key: PublicKey) -> str:
    """Check only the global signature (over the signature and its trusted comment); return the comment.

    It proves the publisher wrote this trusted comment for this signature, not that any file matches;
    Casefile uses it for the whole-file digest the comment names (filedigest.py).
    """
    _check_key_id(signature, public_key)
    if not public_key._verify(signature.global_signature,
                              signature.signature + signature.trusted_comment.encode("utf-8")):
        raise SignatureInvalid("trusted comment was altered")
    return signature.trusted_comment


def verify_bytes(data: bytes, signature: Signature, public_key: PublicKey) -> str:
    """Check bytes held in memory against a signature; return the trusted comment."""
    _check_key_id(signature, public_key)
    return _verify_digest(hashlib.blake2b(data, digest_size=64).digest(), signature, public_key)
