"""Is this archive exactly what its publisher signed? Full verification, the per-item check, .minisig.

`verify_archive` re-hashes everything (manifest.py), recomputes the Merkle root, and checks the root
statement's signature against the reader's trust store; it is what `casefile verify` and the viewer's
background worker run (with progress and cancellation). `check_item` re-hashes only what one item
shows, through the same lookups the viewer uses, and runs whenever an item is displayed. The stored
manifest is read only to name what differs, or for a per-item check, after its own root has been
checked against the signature.
"""

from __future__ import annotations

import enum
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (ArchiveDamaged, ItemNotFound, KeyFileError, LimitExceeded, NotAnArchive,
                      SignatureInvalid, UnsafeArchive, UnsupportedVersion)
from ..reader import Archive, open_archive
from . import filedigest, manifest, merkle, minisign
from .sign import STATEMENT_SCHEME, SignedRoot, detached_path, leaf_hashes
from .trust import TrustStore

ITEM_PREFIXES = ("item:", "pages:", "image:", "mentions:", "thumb:")
WHOLE_FILE = "whole file"  # every byte against the detached signature's file digest
ITEM_BY_ITEM = "item by item"  # every manifest leaf re-hashed


class VerificationState(enum.Enum):
    VERIFIED = "verified"
    UNKNOWN_KEY = "signed by an unknown key"
    REVOKED_KEY = "signed by a revoked key"
    UNSIGNED = "unsigned"
    TAMPERED = "tampered"
    DAMAGED = "damaged"


# What a report's message says, as a stable code: the viewer words each in the reader's language and
# fills in the report's fields (fingerprint, signer, failing, revoked_on).
REASONS = (
    "trusted-key",         # signed by a key in the trust store (VERIFIED)
    "given-key",           # signed by the key given with --pubkey (VERIFIED)
    "revoked-key",         # signed by a key the reader revoked (REVOKED_KEY)
    "demo-key-elsewhere",  # the public demo key, on an archive other than the sample (UNKNOWN_KEY)
    "untrusted-key",       # a key the reader has not chosen to trust (UNKNOWN_KEY)
    "impersonation",       # untrusted, with the fingerprint of a trusted key but other key material
    "unsigned",            # no signature at all (UNSIGNED)
    "bad-signature",       # the stored signature is malformed or does not verify (TAMPERED)
    "other-archive",       # the archive's name or edition is not the one signed (TAMPERED)
    "parts-differ",        # contents differ from what was signed; `failing` names them (TAMPERED)
    "damaged",             # the archive could not be read to the end (DAMAGED)
)


@dataclass(frozen=True)
class VerificationReport:
    state: VerificationState
    message: str  # one English sentence (the CLI prints it); `reason` names which, for a UI to word its own
    failing: list[str] = field(default_factory=list)  # leaf names that do not match, e.g. "item:reports/x"
    failing_items: list[str] = field(default_factory=list)  # item ids among them (blobs mapped to items)
    fingerprint: str | None = None  # the signing key's id, as minisign prints it
    signer: str | None = None  # the trust store's label for it
    signed_at: str | None = None
    root: str | None = None
    public_key: str | None = None  # the key stored in the archive (.pub text): never trusted by itself
    method: str = ""  # how the contents were checked: WHOLE_FILE or ITEM_BY_ITEM
    reason: str = ""  # which message this is: one of REASONS
    revoked_on: str | None = None  # REVOKED_KEY: when the reader revoked the key

    @property
    def ok(self) -> bool:
        return self.state is VerificationState.VERIFIED


@dataclass(frozen=True)
class Stored:
    """The signature table, parsed; nothing in it is trusted until the signature checks out."""

    signed: SignedRoot
    signature: minisign.Signature
    public_key: minisign.PublicKey


def read_stored(archive: Archive) -> Stored | None:
    """The stored signature, or None for an unsigned archive; SignatureInvalid if it is malformed."""
    rows = archive.query("SELECT key, value FROM signature")
    if not rows:
        return None
    values = {key: value for key, value in rows if isinstance(key, str) and isinstance(value, str)}
    missing = [k for k in ("scheme", "archive_id", "edition", "root", "leaf_count", "signed_at", "signature",
                           "public_key") if k not in values]
    if missing:
        raise SignatureInvalid(f"the stored signature lacks {', '.join(missing)}")
    if values["scheme"] != STATEMENT_SCHEME:
        raise SignatureInvalid(f"unknown signature scheme {values['scheme'][:40]!r}; a newer Casefile may read it")
    if not values["leaf_count"].isdigit() or len(values["root"]) != 64:
        raise SignatureInvalid("the stored root or leaf count is malformed")
    try:
        public_key = minisign.PublicKey.parse(values["public_key"])
    except KeyFileError as exc:
        raise SignatureInvalid(f"the stored public key is unusable: {exc}") from None
    signed = SignedRoot(values["archive_id"], values["edition"], values["root"], int(values["leaf_count"]),
                        values["signed_at"])
    return Stored(signed, minisign.Signature.parse(values["signature"]), public_key)


def check_root_signature(signed: SignedRoot, signature: minisign.Signature, key: minisign.PublicKey) -> None:
    """The signature must be `key`'s over this root statement, with the matching trusted comment."""
    comment = minisign.verify_bytes(signed.statement(), signature, key)
    if comment != signed.trusted_comment():
        raise SignatureInvalid("the signature's trusted comment does not name this archive's root")


@dataclass(frozen=True)
class Signer:
    state: VerificationState  # what the archive is if its contents match
    fingerprint: str
    label: str | None
    message: str
    key: minisign.PublicKey  # the key whose signature over the root verified
    reason: str  # see REASONS
    revoked_on: str | None = None


def identify_signer(stored: Stored, trust: TrustStore, pubkey: minisign.PublicKey | None = None) -> Signer:
    """Which key made the root signature, and does the reader trust it? SignatureInvalid if none did."""
    signed, signature = stored.signed, stored.signature
    fingerprint = signature.fingerprint
    for entry in trust.with_fingerprint(fingerprint):
        try:
            check_root_signature(signed, signature, entry.key)
        except SignatureInvalid:
            continue
        if entry.revoked:
            return Signer(VerificationState.REVOKED_KEY, fingerprint, entry.label,
                          f"Signed by {entry.label} ({fingerprint}), a key you revoked on {entry.revoked}.",
                          entry.key, "revoked-key", entry.revoked)
        if not entry.vouches_for(signed.archive_id):
            return Signer(VerificationState.UNKNOWN_KEY, fingerprint, entry.label,
                          f"Signed with the public Casefile demo key ({fingerprint}), which anyone can use: "
                          f"it vouches only for the sample archive, not for this one.", entry.key,
                          "demo-key-elsewhere")
        return Signer(VerificationState.VERIFIED, fingerprint, entry.label,
                      f"Signed by {entry.label} ({fingerprint}), a key you trust.", entry.key, "trusted-key")
    if pubkey is not None:
        if pubkey.key_id == signature.key_id:
            check_root_signature(signed, signature, pubkey)
            return Signer(VerificationState.VERIFIED, fingerprint, pubkey.comment or None,
                          f"Signed by the key you gave ({fingerprint}).", pubkey, "given-key")
    check_root_signature(signed, signature, stored.public_key)
    other = f" It is not the key you gave ({pubkey.fingerprint})." if pubkey is not None else ""
    impersonation = bool(trust.with_fingerprint(fingerprint))
    impostor = (" A key you trust has the same fingerprint but different key material: this may be "
                "an impersonation." if impersonation else "")
    return Signer(VerificationState.UNKNOWN_KEY, fingerprint, None,
                  f"Signed by a key you have not chosen to trust (fingerprint {fingerprint}).{other}{impostor} "
                  f"If the publisher confirms this fingerprint, run 'casefile keys add' with their .pub file.",
                  stored.public_key, "impersonation" if impersonation else "untrusted-key")


def verify_archive(archive: Archive, trust: TrustStore | None = None, *, pubkey: minisign.PublicKey | None = None,
                   detached: str | os.PathLike | None = None, progress: manifest.Progress | None = None,
                   cancel: manifest.Cancel = None) -> VerificationReport:
    """Re-hash everything and check the signature; always a report, unless cancelled (QueryCancelled).

    When the detached signature (`detached`, default ARCHIVE.minisig) was made by the key that signed
    the root and names this root and the file's digest, every byte of the file is checked against it
    on all cores (method WHOLE_FILE); otherwise, or if the file differs, every manifest leaf is
    re-hashed (ITEM_BY_ITEM), which names what changed.

    `progress(stage, done, total)` is called after every batch of rows; `cancel` (a threading.Event or
    a callable returning True) is checked as often, so a background worker stops within milliseconds.
    """
    trust = trust if trust is not None else TrustStore.default()
    try:
        stored = read_stored(archive)
    except SignatureInvalid as exc:
        return VerificationReport(VerificationState.TAMPERED, f"The stored signature is invalid: {exc}.",
                                  failing=["signature"], reason="bad-signature")
    if stored is None:
        return VerificationReport(VerificationState.UNSIGNED,
                                  "This archive is not signed: nothing vouches for its contents.", reason="unsigned")
    signed = stored.signed
    base = dict(fingerprint=stored.signature.fingerprint, signed_at=signed.signed_at, root=signed.root,
                public_key=stored.public_key.to_file_text())
    try:
        signer = identify_signer(stored, trust, pubkey)
    except SignatureInvalid as exc:
        return VerificationReport(VerificationState.TAMPERED, f"The signature over the manifest does not "
                                  f"verify: {exc}.", failing=["signature"], reason="bad-signature", **base)
    meta = archive.metadata
    if (meta.archive_id, meta.edition) != (signed.archive_id, signed.edition):
        return VerificationReport(VerificationState.TAMPERED, f"The archive says it is {meta.archive_id!r} "
                                  f"edition {meta.edition!r}, but {signed.archive_id!r} edition "
                                  f"{signed.edition!r} was signed.", failing=["meta"], reason="other-archive", **base)
    if whole_file_matches(archive.path, stored, signer.key, detached, progress=progress, cancel=cancel):
        return VerificationReport(signer.state, signer.message, signer=signer.label, method=WHOLE_FILE,
                                  reason=signer.reason, revoked_on=signer.revoked_on, **base)
    base["method"] = ITEM_BY_ITEM
    try:
        leaves = manifest.compute_leaves(archive, progress=progress, cancel=cancel)
        root = merkle.merkle_root(leaf_hashes(leaves)).hex()
        differ = differences(archive, leaves)
        if root == signed.root and len(leaves) == signed.leaf_count:
            # The contents are what was signed; only the stored copy of the manifest was changed.
            failing = ["manifest"] if differ else []
        else:
            failing = differ + _inconsistent(leaves)
            if _stored_root(archive) != (signed.root, signed.leaf_count):
                failing.append("manifest")
        items = failing_items(archive, failing)
    except (ArchiveDamaged, LimitExceeded) as exc:
        return VerificationReport(VerificationState.DAMAGED, str(exc), reason="damaged", **base)
    failing = sorted(set(failing))
    if failing:
        shown = ", ".join(failing[:5]) + (f" and {len(failing) - 5} more" if len(failing) > 5 else "")
        return VerificationReport(VerificationState.TAMPERED,
                                  f"{len(failing)} part(s) of the archive differ from what was signed: {shown}.",
                                  failing=failing, failing_items=items, signer=signer.label, reason="parts-differ",
                                  **base)
    return VerificationReport(signer.state, signer.message, signer=signer.label, reason=signer.reason,
                              revoked_on=signer.revoked_on, **base)


def whole_file_matches(path: Path, stored: Stored, key: minisign.PublicKey, detached: str | os.PathLike | None,
                       *, progress: manifest.Progress | None = None, cancel: manifest.Cancel = None) -> bool:
    """Is the file byte for byte what `key` signed, per a detached signature naming this root?

    False (never an error) when there is no usable detached signature: the caller then re-hashes the
    archive item by item, which also names what changed.
    """
    sig_file = Path(detached) if detached else detached_path(path)
    try:
        if not sig_file.is_file():
            return False
        signature = minisign.Signature.load(sig_file)
        comment = minisign.verify_trusted_comment(signature, key)
    except (OSError, SignatureInvalid, KeyFileError):
        return False
    expected = filedigest.comment_value(comment)
    if expected is None or comment != f"{stored.signed.trusted_comment()} {filedigest.COMMENT_FIELD}={expected}":
        return False
    try:
        return filedigest.file_tree_digest(path, progress=progress, cancel=cancel) == expected
    except SignatureInvalid:
        return False


def verify_path(path: str | os.PathLike, trust: TrustStore | None = None, **options) -> VerificationReport:
    """`verify_archive` on a file, with a file that cannot be opened reported as DAMAGED."""
    try:
        with open_archive(path) as archive:
            return verify_archive(archive, trust, **options)
    except (NotAnArchive, ArchiveDamaged, UnsafeArchive, UnsupportedVersion) as exc:
        return VerificationReport(VerificationState.DAMAGED, str(exc), reason="damaged")


def _inconsistent(leaves: list[tuple[bytes, bytes]]) -> list[str]:
    """Duplicated names, and originals whose bytes do not have the SHA-256 they are filed under."""
    bad = [_text(name) for name in manifest.duplicates(leaves)]
    bad += [_text(name) for name, digest in leaves
            if name.startswith(b"blob:") and name[5:] != digest.hex().encode()]
    return bad


def stored_manifest(archive: Archive) -> list[tuple[bytes, bytes]]:
    """The manifest rows as stored, sorted: (leaf name, hex digest) as bytes (names may be forged)."""
    sql = "SELECT leaf, sha256 FROM manifest ORDER BY leaf"
    return [(leaf, digest) for batch in archive.stream(sql, seconds=manifest.SCAN_SECONDS, batch=4096,
                                                       raw_text=True) for leaf, digest in batch]


def differences(archive: Archive, leaves: list[tuple[bytes, bytes]]) -> list[str]:
    """Leaf names whose digest differs from the stored manifest, or that only one side has."""
    computed = [(name, digest.hex().encode()) for name, digest in leaves]
    stored = stored_manifest(archive)
    if stored == computed:  # the usual case, decided without building two large dicts
        return []
    stored_map, computed_map = dict(stored), dict(computed)
    names = set(stored_map) | set(computed_map)
    return sorted(_text(name) for name in names if stored_map.get(name) != computed_map.get(name))


def _stored_root(archive: Archive) -> tuple[str, int]:
    """The root and size of the stored manifest, to tell a changed manifest from changed items."""
    rows = stored_manifest(archive)
    try:
        leaves = [(name, bytes.fromhex(value.decode("ascii"))) for name, value in rows]
        hashes = leaf_hashes(leaves)
        return merkle.merkle_root(hashes).hex(), len(rows)
    except (ValueError, UnicodeDecodeError):
        return "", len(rows)


def _text(name: bytes) -> str:
    return name.decode("utf-8", errors="replace")


def failing_items(archive: Archive, failing: list[str]) -> list[str]:
    """The item ids a list of failing leaves touches, originals included (viewer: red markers)."""
    items = set()
    for name in failing:
        prefix, _, rest = name.partition(":")
        if f"{prefix}:" in ITEM_PREFIXES:
            items.add(rest.rsplit(":", 1)[0] if prefix == "thumb" else rest)
        elif prefix == "blob":
            items.update(row[0] for row in archive.query("SELECT id FROM items WHERE blob_sha256 = ?", (rest,))
                         if isinstance(row[0], str))
    return sorted(items)


# -- the per-item check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemCheck:
    item_id: str
    ok: bool  # every part of the item matches the manifest, and the manifest matches its signature
    signed: bool  # the archive has a signature at all
    failing: list[str] = field(default_factory=list)
    message: str = ""
    reason: str = ""  # "matches", "differs" (see `failing`), "manifest-unreliable" or "unsigned"


_manifest_checked: weakref.WeakKeyDictionary[Archive, str | None] = weakref.WeakKeyDictionary()


def manifest_problem(archive: Archive) -> str | None:
    """Why the stored manifest cannot be relied on (None if its root is the one validly signed).

    Only the signature's validity is checked here, not whether its key is trusted: that is the
    archive's state, from full verification. Cached per open archive: the manifest cannot change.
    """
    if archive in _manifest_checked:
        return _manifest_checked[archive]
    try:
        stored = read_stored(archive)
        if stored is None:
            problem = "the archive is not signed"
        else:
            check_root_signature(stored.signed, stored.signature, stored.public_key)
            ok = _stored_root(archive) == (stored.signed.root, stored.signed.leaf_count)
            problem = None if ok else "the stored manifest does not match its signed root"
    except SignatureInvalid as exc:
        problem = f"the stored signature is invalid: {exc}"
    _manifest_checked[archive] = problem
    return problem


def adopt_whole_file_result(archive: Archive, report: VerificationReport) -> None:
    """After a whole-file verification of this archive's file, skip re-deriving the manifest's root.

    The file is then byte for byte what the key signed, manifest included, so the per-item check
    need not re-hash the stored manifest against the signed root first (0.7 s on a 1 GB archive, on
    the first item a reader opens). Any other report leaves the check to do its own work.
    """
    if report.method == WHOLE_FILE and report.state in (VerificationState.VERIFIED, VerificationState.UNKNOWN_KEY,
                                                        VerificationState.REVOKED_KEY):
        _manifest_checked.setdefault(archive, None)


def check_item(archive: Archive, item_id: str) -> ItemCheck:
    """Re-hash what one item shows (row, text, pages, image data, thumbnails, mentions, original)."""
    row = archive.query_one("SELECT blob_sha256 FROM items WHERE id = ?", (item_id,))
    if row is None:
        raise ItemNotFound(f"No item {item_id!r} in {archive.path.name}.")
    if not archive.query_one("SELECT EXISTS (SELECT 1 FROM signature)")[0]:
        return ItemCheck(item_id, ok=False, signed=False, message="The archive is not signed.", reason="unsigned")
    problem = manifest_problem(archive)
    sha = str(row[0])
    computed = {name: digest.hex().encode() for name, digest in manifest.item_leaves(archive, item_id, sha)}
    names = [f"{prefix}:{item_id}" for prefix in ("item", "pages", "image", "mentions")] + [f"blob:{sha}"]
    # Thumbnails are named thumb:<id>:<size>; ";" sorts right after ":", closing the range.
    sql = "SELECT leaf, sha256 FROM manifest WHERE leaf IN (?, ?, ?, ?, ?) OR (leaf >= ? AND leaf < ?)"
    params = (*names, f"thumb:{item_id}:", f"thumb:{item_id};")
    stored = {leaf: digest for batch in archive.stream(sql, params, raw_text=True) for leaf, digest in batch}
    failing = sorted(_text(n) for n in set(stored) | set(computed) if stored.get(n) != computed.get(n))
    if failing:
        return ItemCheck(item_id, ok=False, signed=True, failing=failing,
                         message=f"{item_id} differs from what was signed: {', '.join(failing)}.", reason="differs")
    if problem:
        return ItemCheck(item_id, ok=False, signed=True, failing=["manifest"],
                         message=f"{item_id} cannot be checked: {problem}.", reason="manifest-unreliable")
    return ItemCheck(item_id, ok=True, signed=True, message=f"{item_id} matches what was signed.", reason="matches")


# -- the detached signature --------------------------------------------------------------------------


def verify_detached(path: str | os.PathLike, public_key: minisign.PublicKey,
                    signature_path: str | os.PathLike | None = None) -> str:
    """Check ARCHIVE.minisig (or `signature_path`) as `minisign -V` would; return its trusted comment."""
    sig_file = Path(signature_path) if signature_path else detached_path(path)
    signature = minisign.Signature.load(sig_file)
    try:
        return minisign.verify_file(path, signature, public_key)
    except SignatureInvalid as exc:
        raise SignatureInvalid(f"{sig_file.name}: {exc}") from None
