"""`sign_archive(path, key)`: store the signed manifest inside an archive and write ARCHIVE.minisig.

Two signatures, for two kinds of reader. Inside the archive, the Merkle root of the manifest is signed
(through a short "root statement"), so Casefile can name a changed item and prove one item to a third
party. Beside it, ARCHIVE.minisig signs every byte of the finished file in minisign's own format, so
anyone can check the file with the stock tool: `minisign -Vm ARCHIVE -p publisher.pub`.

Signing is the one time an archive is written after its build: the publisher's own file, opened
read-write in rollback-journal mode (never WAL, which readers refuse), changed in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import string
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .. import paths, schema
from ..errors import ArchiveDamaged, CasefileError
from ..reader import open_archive
from . import filedigest, manifest, merkle, minisign
from ..files import write_atomically

STATEMENT_SCHEME = "casefile-root-v1"
COMMENT_SAFE = frozenset(string.ascii_letters + string.digits + "-._~:+,@/")
SIGNATURE_SUFFIX = ".minisig"
DEMO_KEY_NAME = "demo"


@dataclass(frozen=True)
class SignedRoot:
    """What the signature table holds; `statement()` is exactly the bytes the signature covers."""

    archive_id: str
    edition: str
    root: str  # hex
    leaf_count: int
    signed_at: str  # UTC, ISO 8601

    def statement(self) -> bytes:
        """The signed bytes: every field, one per line, so none can be changed or swapped alone."""
        return (f"{STATEMENT_SCHEME}\n{self.archive_id}\n{self.edition}\n{self.root}\n{self.leaf_count}\n"
                f"{self.signed_at}\n").encode("utf-8")

    def trusted_comment(self) -> str:
        """Shown by `minisign -V` for the .minisig and signed with it; names what was signed.

        Every value is escaped (comment_escape), so no archive id or edition can add a field of its own:
        "x root=<other root>" is written `archive_id=x%20root%3D<other root>`.
        """
        return (f"casefile archive_id={comment_escape(self.archive_id)} edition={comment_escape(self.edition)} "
                f"root={comment_escape(self.root)} signed_at={comment_escape(self.signed_at)}")


def comment_escape(value: str) -> str:
    """A trusted comment's field value with every character outside COMMENT_SAFE percent-encoded (UTF-8).

    Why so strict: the comment is read by people in `minisign -V`'s output, where a space look-alike
    (U+3000, U+3164) or a full-width "=" would fake a field as well as an ASCII one. Plain ids, the only
    kind earlier versions wrote without ambiguity, are unchanged, so their signatures still verify.
    """
    return "".join(ch if ch in COMMENT_SAFE else "".join(f"%{byte:02X}" for byte in ch.encode("utf-8"))
                   for ch in value)


def check_identity(archive_id: str, edition: str) -> None:
    """Refuse to sign an id or edition with control characters: one line each in the root statement."""
    for what, value in (("archive id", archive_id), ("edition", edition)):
        bad = [ch for ch in value if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")]
        if bad:
            raise CasefileError(f"The archive's {what} contains a control character (U+{ord(bad[0]):04X}); give "
                                f"it a plain {what} (letters, digits, '-', '.') in its metadata, rebuild, then sign.")


def leaf_hashes(leaves: list[tuple[bytes, bytes]]) -> list[bytes]:
    """The Merkle leaf hash of each (name, digest): the name is bound to its digest."""
    return [merkle.leaf_hash(name + b"\0" + digest) for name, digest in leaves]


def check_signable(leaves: list[tuple[bytes, bytes]]) -> None:
    """Refuse to vouch for an archive that is already inconsistent: say what to rebuild."""
    dupes = manifest.duplicates(leaves)
    if dupes:
        raise ArchiveDamaged(f"The archive has duplicate records ({_show(dupes[0])}); rebuild it before signing.")
    for name, digest in leaves:
        if name.startswith(b"blob:") and name[5:] != digest.hex().encode():
            raise ArchiveDamaged(f"The original stored as {_show(name)} does not have that SHA-256; "
                                 f"rebuild the archive before signing.")
        try:
            name.decode("utf-8")
        except UnicodeDecodeError:
            raise ArchiveDamaged(f"A record id is not valid UTF-8 ({_show(name)}); rebuild the archive.") from None


def _show(name: bytes) -> str:
    return name.decode("utf-8", errors="replace")


def sign_archive(path: str | os.PathLike, secret_key: minisign.SecretKey, *,
                 progress: manifest.Progress | None = None, now: datetime | None = None) -> SignedRoot:
    """Hash the archive, store manifest and signature in it, and write ARCHIVE.minisig beside it.

    Signing again replaces both. Raises a CasefileError (the archive fails the reader's checks, is
    inconsistent, or cannot be written); the file is then unchanged.
    """
    path = Path(path).expanduser().absolute()
    with open_archive(path) as archive:
        leaves = manifest.compute_leaves(archive, progress=progress)
        meta = archive.metadata
    check_signable(leaves)
    check_identity(meta.archive_id, meta.edition)
    signed_at = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = SignedRoot(meta.archive_id, meta.edition, merkle.merkle_root(leaf_hashes(leaves)).hex(),
                      len(leaves), signed_at)
    signature = minisign.sign_bytes(root.statement(), secret_key, root.trusted_comment(),
                                    untrusted_comment=f"casefile root signature of {meta.archive_id}")
    rows = {
        "scheme": STATEMENT_SCHEME, "archive_id": root.archive_id, "edition": root.edition, "root": root.root,
        "leaf_count": str(root.leaf_count), "signed_at": root.signed_at, "key_id": secret_key.public_key.key_id_hex,
        "signature": signature.to_file_text(), "public_key": secret_key.public_key.to_file_text(),
    }
    _store(path, [(name.decode("utf-8"), digest.hex()) for name, digest in leaves], rows)
    write_detached(path, secret_key, root)
    return root


def _store(path: Path, leaves: list[tuple[str, str]], rows: dict[str, str]) -> None:
    """Replace the manifest and signature rows in one rollback-journal transaction."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise CasefileError(f"Cannot open {path.name} for signing: {exc}.") from None
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            raise CasefileError(f"{path.name} is in WAL mode; archives must not be. Rebuild it.")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM manifest")
        conn.execute("DELETE FROM signature")
        conn.executemany("INSERT INTO manifest (leaf, sha256) VALUES (?, ?)", leaves)
        conn.executemany("INSERT INTO signature (key, value) VALUES (?, ?)", rows.items())
        conn.execute("COMMIT")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if (app_id, version) != (schema.APPLICATION_ID, schema.FORMAT_VERSION):
            raise CasefileError(f"{path.name} lost its archive header while signing; rebuild and sign again.")
    except sqlite3.Error as exc:
        raise CasefileError(f"Could not write the signature into {path.name}: {exc}. "
                            f"Check that the file and its folder are writable.") from None
    finally:
        conn.close()


def detached_path(path: str | os.PathLike) -> Path:
    """ARCHIVE.minisig: where minisign looks for the signature of ARCHIVE by default."""
    path = Path(path)
    return path.with_name(path.name + SIGNATURE_SUFFIX)


def write_detached(path: Path, secret_key: minisign.SecretKey, root: SignedRoot) -> Path:
    """Sign the whole finished file as `minisign -S` would; replace ARCHIVE.minisig atomically.

    The trusted comment also names the file's SHA-256 tree digest, which readers check on both cores
    instead of re-reading every item (see filedigest.py).
    """
    digest = filedigest.file_tree_digest(path)
    comment = f"{root.trusted_comment()} {filedigest.COMMENT_FIELD}={digest}"
    with path.open("rb") as handle:
        signature = minisign.sign_file(handle, secret_key, comment,
                                       untrusted_comment=f"casefile signature of {path.name}")
    target = detached_path(path)
    write_atomically(target, signature.to_file_text().encode("utf-8"))
    return target


def demo_key() -> minisign.SecretKey:
    """The sample archive's signing key: unencrypted and public by design, never for real evidence."""
    return minisign.SecretKey.load(paths.sample_keys_dir() / f"{DEMO_KEY_NAME}.key")


def sign_sample(path: str | os.PathLike) -> SignedRoot:
    """Sign a freshly built sample archive with the demo key (used by `casefile sample` and the viewer)."""
    return sign_archive(path, demo_key())
