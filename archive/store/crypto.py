"""Optional encryption of the reader's store: a passphrase unlocks a data key that seals fields.

Why field encryption with XChaCha20-Poly1305 rather than SQLCipher: SQLCipher needs its own SQLite build
(no wheel for the standard `sqlite3` module, one more native library to freeze), and a wholly encrypted
database would hide which items carry annotations from the viewer until the reader unlocks it. Sealing
the fields that say something (notes, tags, quotes with their context, positions, author names, the
audit log's particulars) keeps the store browsable while locked, and XChaCha20's 192-bit nonces can be
drawn at random for every value without keeping a counter. What stays readable is listed in db.py.

How the keys fit together:

    passphrase --Argon2id(salt, opslimit, memlimit)--> master --BLAKE2b--> key-encryption key (KEK)
                                                              \\--BLAKE2b--> check (stored)
    random 32-byte data key --XChaCha20-Poly1305(KEK, AAD b"casefile-store-key-v1")--> wrapped_key (stored)
    field --XChaCha20-Poly1305(data key, AAD = row and column)--> b"cf1" ‖ nonce(24) ‖ ciphertext+tag

    random X25519 key pair: public key (stored) --sealed box--> audit entries, written even while locked
                             secret key --XChaCha20-Poly1305(data key, AAD b"store:drop-box-key")--> (stored)

A passphrase change draws a new data key and a new key pair and re-encrypts every value (db.py): merely
re-wrapping the old key would let an old backup plus the old passphrase still open it. The stored `check`
lets a wrong passphrase be told apart from a damaged key record: it is derived from the same Argon2id
output as the KEK, so it gives someone holding the store file no cheaper way to test guesses than the
wrapped key already does.

What `lock()` can and cannot promise, honestly: the data key lives in one `bytearray`, which `lock()`
overwrites with zeros in place, after which this object cannot decrypt anything. But Python cannot wipe
every copy: PyNaCl's bindings take only immutable `bytes`, so each seal, open and unlock passes a
short-lived `bytes` copy of a key to libsodium, and the Argon2id output, the unwrapped key and the
passphrase string itself are `bytes`/`str` objects too. Their memory is returned to the allocator when
they are dropped, not zeroed, and may be read later from a memory dump, a core file or swap. Encryption
protects the store file and its backups from someone without the passphrase; it does not protect a
running, unlocked (or recently unlocked) Casefile from someone who can read its memory.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import threading
import unicodedata
from dataclasses import dataclass

import nacl.exceptions
import nacl.utils
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_ABYTES as TAG_BYTES,
    crypto_aead_xchacha20poly1305_ietf_decrypt as _decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt as _encrypt,
    crypto_aead_xchacha20poly1305_ietf_KEYBYTES as KEY_BYTES,
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES as NONCE_BYTES,
)
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.pwhash import argon2id

from ..errors import CasefileError

__all__ = [
    "FieldCipher", "KeyEnvelope", "KeyEnvelopeDamaged", "StoreLocked", "TamperedValue", "WrongPassphrase",
    "EmptyPassphrase", "drop", "OPSLIMIT_DEFAULT", "MEMLIMIT_DEFAULT", "MAX_OPSLIMIT", "MAX_MEMLIMIT",
]

# libsodium's MODERATE (3 passes over 256 MiB): 0.54-0.57 s per unlock measured on a 2-core machine, paid
# once per session by the reader, while every guess costs an attacker the same 256 MiB and half a second.
OPSLIMIT_DEFAULT = argon2id.OPSLIMIT_MODERATE
MEMLIMIT_DEFAULT = argon2id.MEMLIMIT_MODERATE
# The envelope comes from a file anyone may edit: without caps, a hostile store could ask for 64 GiB or
# hours of hashing at unlock. SENSITIVE's 1 GiB and twice its passes (measured: 6.0 s) leave room for
# stronger settings than the default and nothing more.
MAX_OPSLIMIT = 2 * argon2id.OPSLIMIT_SENSITIVE
MAX_MEMLIMIT = argon2id.MEMLIMIT_SENSITIVE

ENVELOPE_VERSION = 1
KEY_AAD = b"casefile-store-key-v1"
SEALED_PREFIX = b"cf1"
DROPPED_PREFIX = b"cb1"
DROP_BOX_AAD = b"store:drop-box-key"
CHECK_BYTES = 16
WRAPPED_KEY_BYTES = NONCE_BYTES + KEY_BYTES + TAG_BYTES
# A real envelope is about 300 characters; the cap keeps a hostile one from costing time to parse.
MAX_ENVELOPE_CHARS = 4096
_FIELDS = frozenset({"version", "kdf", "salt", "opslimit", "memlimit", "wrapped_key", "check"})
_RESTORE = "Restore the store from one of its backups; the passphrase alone cannot recover it."


class WrongPassphrase(CasefileError):
    """The passphrase does not unlock this store."""

    def __init__(self) -> None:
        super().__init__("The passphrase is not the one this store was locked with. "
                         "Check the keyboard layout and Caps Lock, then try again.")


class TamperedValue(CasefileError):
    """A sealed value failed authentication: it is flagged and never shown as if it were genuine."""


class KeyEnvelopeDamaged(CasefileError):
    """The stored key record is malformed, asks for unsafe unlock costs, or its wrapped key is damaged."""


class StoreLocked(CasefileError):
    """The cipher was locked: its key is gone until the reader unlocks the store again."""

    def __init__(self) -> None:
        super().__init__("The store is locked: unlock it with your passphrase.")


class EmptyPassphrase(CasefileError):
    """An empty passphrase was offered to protect a store."""

    def __init__(self) -> None:
        super().__init__("The passphrase is empty, which would protect nothing: choose a passphrase.")


def _limits_problem(opslimit: object, memlimit: object) -> str | None:
    """Say what is wrong with Argon2id costs, or None if they are within the caps."""
    for name, value, low, high in (("opslimit", opslimit, argon2id.OPSLIMIT_MIN, MAX_OPSLIMIT),
                                   ("memlimit", memlimit, argon2id.MEMLIMIT_MIN, MAX_MEMLIMIT)):
        if type(value) is not int:
            return f"{name} is not a whole number"
        if not low <= value <= high:
            if abs(value) > 2**64:  # too large to print or convert to float: a hostile record, not a setting
                shown = f"an impossible {name}"
            else:
                shown = f"{value / 2**20:.1f} MiB of memory" if name == "memlimit" else f"{value} passes"
            return f"it asks for {shown} to unlock, outside the allowed {low}..{high} ({name})"
    return None


@dataclass(frozen=True)
class KeyEnvelope:
    """What the store keeps (as `to_json()`) to find its data key again; nothing in it is secret.

    `check` is not in the first API sketch: it is what tells a wrong passphrase from a damaged
    `wrapped_key` (see the module docstring). Every field is validated on construction, so an envelope
    that exists is safe to unlock with.
    """

    kdf: str
    salt: bytes
    opslimit: int
    memlimit: int
    wrapped_key: bytes  # nonce ‖ XChaCha20-Poly1305(data key), AAD b"casefile-store-key-v1"
    check: bytes

    def __post_init__(self) -> None:
        problem = self._problem()
        if problem:
            raise _damaged(problem)

    def _problem(self) -> str | None:
        if self.kdf != "argon2id":
            return f"it names the key derivation {str(self.kdf)[:40]!r}, not 'argon2id'"
        for name, size in (("salt", argon2id.SALTBYTES), ("wrapped_key", WRAPPED_KEY_BYTES),
                           ("check", CHECK_BYTES)):
            value = getattr(self, name)
            if not isinstance(value, bytes) or len(value) != size:
                return f"its {name} is not {size} bytes"
        return _limits_problem(self.opslimit, self.memlimit)

    def to_json(self) -> str:
        """The envelope as one line of JSON, bytes in base64."""
        return json.dumps({
            "version": ENVELOPE_VERSION, "kdf": self.kdf, "opslimit": self.opslimit, "memlimit": self.memlimit,
            "salt": _b64(self.salt), "wrapped_key": _b64(self.wrapped_key), "check": _b64(self.check),
        }, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KeyEnvelope:
        """Parse `to_json()` output. Anything else raises `KeyEnvelopeDamaged` naming the problem."""
        data = _parse_object(text)
        fields = {name: data[name] for name in ("kdf", "opslimit", "memlimit")}
        for name in ("salt", "wrapped_key", "check"):
            fields[name] = _unb64(name, data[name])
        return cls(**fields)


def _damaged(problem: str) -> KeyEnvelopeDamaged:
    return KeyEnvelopeDamaged(f"The key record of this encrypted store is damaged: {problem}. {_RESTORE}")


def _parse_object(text: object) -> dict:
    if not isinstance(text, str):
        raise _damaged("it is not text")
    if len(text) > MAX_ENVELOPE_CHARS:
        raise _damaged(f"it is {len(text)} characters long, a real one is under {MAX_ENVELOPE_CHARS}")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _damaged(f"it is not valid JSON ({str(exc)[:80]})") from None
    if not isinstance(data, dict):
        raise _damaged("it is not a JSON object")
    if data.keys() != _FIELDS:
        wrong = sorted(_FIELDS - data.keys()) or sorted(data.keys() - _FIELDS)
        raise _damaged(f"its fields are wrong ({', '.join(str(name)[:40] for name in wrong[:5])})")
    version = data["version"]
    if type(version) is not int or version != ENVELOPE_VERSION:
        raise _damaged(f"its version {str(version)[:20]} is not one this Casefile knows; a newer Casefile may read it")
    return data


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(name: str, value: object) -> bytes:
    if not isinstance(value, str):
        raise _damaged(f"its {name} is not a base64 string")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise _damaged(f"its {name} is not valid base64") from None


def _derive(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> tuple[bytes, bytes]:
    """Argon2id, then BLAKE2b with distinct personalisations: (key-encryption key, check)."""
    # NFC, so the same passphrase typed on systems that compose accents differently gives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    try:
        master = argon2id.kdf(64, secret, salt, opslimit=opslimit, memlimit=memlimit)
    except nacl.exceptions.RuntimeError:
        raise CasefileError(f"Could not derive the store's key: {memlimit / 2**20:.0f} MiB of memory were not "
                            "available. Close other programs and try again.") from None
    kek = hashlib.blake2b(master, digest_size=KEY_BYTES, person=b"casefile-kek").digest()
    check = hashlib.blake2b(master, digest_size=CHECK_BYTES, person=b"casefile-check").digest()
    return kek, check


def _wrap(data_key: bytes, passphrase: str, opslimit: int, memlimit: int) -> KeyEnvelope:
    if not passphrase:
        raise EmptyPassphrase()
    problem = _limits_problem(opslimit, memlimit)
    if problem:
        raise ValueError(f"Argon2id costs for a new key: {problem}")
    salt = nacl.utils.random(argon2id.SALTBYTES)
    kek, check = _derive(passphrase, salt, opslimit, memlimit)
    nonce = nacl.utils.random(NONCE_BYTES)
    wrapped = nonce + _encrypt(data_key, KEY_AAD, nonce, kek)
    return KeyEnvelope("argon2id", salt, opslimit, memlimit, wrapped, check)


class FieldCipher:
    """Seals and opens text fields with the store's data key while the store is unlocked.

    Thread-safe: `lock()` from the GUI thread while a worker seals a note either happens before the
    worker copies the key (the worker gets `StoreLocked`) or after (the value is sealed whole).
    """

    def __init__(self, data_key: bytearray):
        """Use `create` or `unlock`; this takes ownership of `data_key` and zeroes it on `lock()`."""
        self._mutex = threading.Lock()
        self._key: bytearray | None = data_key

    @classmethod
    def create(cls, passphrase: str, *, opslimit: int = OPSLIMIT_DEFAULT,
               memlimit: int = MEMLIMIT_DEFAULT) -> tuple[FieldCipher, KeyEnvelope]:
        """A new random data key, wrapped under `passphrase`: the cipher and the envelope to store.

        The default costs (libsodium MODERATE: 3 passes, 256 MiB) make each unlock take 0.54-0.57 s,
        measured on a 2-core AMD EPYC machine with PyNaCl 1.6.2; tests pass argon2id.OPSLIMIT_MIN and
        MEMLIMIT_MIN. Costs outside 1..MAX_OPSLIMIT passes and 8 KiB..MAX_MEMLIMIT raise ValueError.
        """
        data_key = nacl.utils.random(KEY_BYTES)
        envelope = _wrap(data_key, passphrase, opslimit, memlimit)
        return cls(bytearray(data_key)), envelope

    @classmethod
    def unlock(cls, passphrase: str, envelope: KeyEnvelope) -> FieldCipher:
        """The data key from `envelope`; `WrongPassphrase` or `KeyEnvelopeDamaged` if it cannot be had."""
        kek, check = _derive(passphrase, envelope.salt, envelope.opslimit, envelope.memlimit)
        if not hmac.compare_digest(check, envelope.check):
            raise WrongPassphrase()
        nonce, wrapped = envelope.wrapped_key[:NONCE_BYTES], envelope.wrapped_key[NONCE_BYTES:]
        try:
            return cls(bytearray(_decrypt(wrapped, KEY_AAD, nonce, kek)))
        except nacl.exceptions.CryptoError:
            raise _damaged("the passphrase is right but the wrapped key fails its integrity check") from None

    def seal(self, plaintext: str, aad: bytes) -> bytes:
        """Encrypt `plaintext` bound to `aad` (row and column): b"cf1" ‖ nonce(24) ‖ ciphertext+tag."""
        _check_aad(aad)
        key = self._key_copy()
        nonce = nacl.utils.random(NONCE_BYTES)
        # surrogatepass: any Python str round-trips exactly, even a lone surrogate pasted via Qt.
        message = plaintext.encode("utf-8", "surrogatepass")
        return SEALED_PREFIX + nonce + _encrypt(message, aad, nonce, key)

    def open(self, sealed: bytes, aad: bytes) -> str:
        """The text sealed under `aad`; `TamperedValue` if it was altered, moved, or is not a sealed value."""
        _check_aad(aad)
        key = self._key_copy()
        if not isinstance(sealed, (bytes, bytearray, memoryview)):
            raise _tampered(f"it is stored as {type(sealed).__name__}, not as an encrypted value")
        sealed = bytes(sealed)
        if len(sealed) < len(SEALED_PREFIX) + NONCE_BYTES + TAG_BYTES or not sealed.startswith(SEALED_PREFIX):
            raise _tampered("it is not in Casefile's encrypted format")
        nonce = sealed[len(SEALED_PREFIX):len(SEALED_PREFIX) + NONCE_BYTES]
        try:
            message = _decrypt(sealed[len(SEALED_PREFIX) + NONCE_BYTES:], aad, nonce, key)
        except nacl.exceptions.CryptoError:
            raise _tampered("it fails its integrity check (changed outside Casefile, or moved from another "
                            "row or field)") from None
        return message.decode("utf-8", "surrogatepass")

    def new_drop_box(self) -> tuple[bytes, bytes]:
        """A new key pair for values written while locked: (public key, secret key sealed with the data key)."""
        secret = PrivateKey.generate()
        return bytes(secret.public_key), self.seal(_b64(bytes(secret)), DROP_BOX_AAD)

    def open_dropped(self, sealed_secret: bytes, dropped: object) -> str:
        """The text `drop` encrypted for this store; `TamperedValue` if it or the secret key was altered."""
        try:
            secret = PrivateKey(base64.b64decode(self.open(sealed_secret, DROP_BOX_AAD), validate=True))
        except (TamperedValue, binascii.Error, ValueError, TypeError, nacl.exceptions.CryptoError):
            raise _tampered("the store's key for its audit log is damaged") from None
        if not isinstance(dropped, bytes) or not dropped.startswith(DROPPED_PREFIX):
            raise _tampered("it is not in Casefile's encrypted format")
        try:
            message = SealedBox(secret).decrypt(dropped[len(DROPPED_PREFIX):])
        except nacl.exceptions.CryptoError:
            raise _tampered("it fails its integrity check (changed outside Casefile)") from None
        return message.decode("utf-8", "surrogatepass")

    def lock(self) -> None:
        """Overwrite the data key with zeros; every later seal or open raises `StoreLocked`."""
        with self._mutex:
            if self._key is not None:
                self._key[:] = bytes(len(self._key))  # same length: overwritten in place, not reallocated
                self._key = None

    @property
    def locked(self) -> bool:
        """True once `lock()` has run: the key is gone."""
        return self._key is None

    def __del__(self) -> None:
        # A cipher dropped without lock() should not leave its key behind in freed memory.
        if hasattr(self, "_mutex"):
            self.lock()

    def _key_copy(self) -> bytes:
        with self._mutex:
            if self._key is None:
                raise StoreLocked()
            return bytes(self._key)


def drop(public_key: bytes, plaintext: str) -> bytes:
    """Encrypt `plaintext` for the store with only its public key (a sealed box): b"cb1" ‖ box.

    The audit log writes this way, so it records exports made while the store is locked; reading needs
    the data key (`open_dropped`). A sealed box proves nothing about who wrote it: anyone holding the
    store file can add entries, as they could to an unencrypted log.
    """
    try:
        box = SealedBox(PublicKey(bytes(public_key)))
    except (TypeError, ValueError, nacl.exceptions.CryptoError):
        raise KeyEnvelopeDamaged(f"The audit log's public key in this store is damaged. {_RESTORE}") from None
    return DROPPED_PREFIX + box.encrypt(plaintext.encode("utf-8", "surrogatepass"))


def _check_aad(aad: bytes) -> None:
    # An empty AAD would let a value be swapped between rows unnoticed: a caller bug, not a user error.
    if not isinstance(aad, bytes) or not aad:
        raise TypeError("aad must be non-empty bytes naming the row and column, e.g. b'annotation:ID:note'")


def _tampered(problem: str) -> TamperedValue:
    return TamperedValue(f"An encrypted value was not shown because {problem}. "
                         "Restore the store from a backup if you need it.")
