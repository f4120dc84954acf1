"""Is this archive exactly what its publisher signed? Full verification and the detached .minisig.

`verify_archive` checks every index and b-tree against its table (SQLite reads the viewer's lookups
through them, and they are not signed), re-hashes everything (manifest.py), recomputes the Merkle
root, and checks the root statement's signature against the reader's trust store; it is what
`casefile verify` and the viewer's background worker run (with progress and cancellation). The
stored manifest is read only to name what differs. The per-item check, run whenever an item is
displayed, is in itemcheck.py.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (ArchiveDamaged, KeyFileError, LegacySignature, LimitExceeded, NotAnArchive,
                      QueryCancelled, SignatureInvalid, UnsafeArchive, UnsupportedVersion)
from .. import structure
from ..reader import Archive, open_archive
from . import filedigest, manifest, merkle, minisign
from .sign import STATEMENT_SCHEME, SignedRoot, detached_path, leaf_hashes
from .trust import TrustedKey, TrustStore

ITEM_PREFIXES = ("item:", "pages:", "image:", "mentions:", "thumb:",
                 "file:", "renditions:", "sheets:", "rows:", "email:", "ocr:")
WHOLE_FILE = "whole file"  # every byte against the detached signature's file digest
WHOLE_FILE_ONLY = "whole file, no item proofs"  # no signature inside, only ARCHIVE.minisig (plain minisign -Sm)
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
    "impersonation",       # untrusted, with the key id of a trusted key but other key material
    "unsigned",            # no signature at all (UNSIGNED)
    "bad-signature",       # the stored signature is malformed or does not verify (TAMPERED)
    "other-archive",       # the archive's name or edition is not the one signed (TAMPERED)
    "parts-differ",        # contents differ from what was signed; `failing` names them (TAMPERED)
    "structure-differs",   # an index or b-tree disagrees with the signed rows; `failing` names it (TAMPERED)
    "damaged",             # the archive could not be read to the end (DAMAGED)
    "legacy-signature",    # a legacy non-prehashed ("Ed") signature, inside or beside it: not accepted (UNSIGNED)
    "whole-file-key",      # no signature inside; ARCHIVE.minisig by a trusted or given key matches every byte
                           # (VERIFIED, method WHOLE_FILE_ONLY: no item proofs)
    "detached-unknown-key",  # no signature inside; ARCHIVE.minisig by a key the reader does not have (UNSIGNED)
)


@dataclass(frozen=True)
class VerificationReport:
    state: VerificationState
    message: str  # one English sentence (the CLI prints it); `reason` names which, for a UI to word its own
    failing: list[str] = field(default_factory=list)  # leaf names that do not match, e.g. "item:reports/x"
    failing_items: list[str] = field(default_factory=list)  # item ids among them (blobs mapped to items)
    # The fingerprint (minisign.fingerprint_of) of the key whose signature over the root verified: what a
    # reader compares with the publisher's. None when no key's signature verified.
    fingerprint: str | None = None
    key_id: str | None = None  # the minisign key id the signature claims: the key's maker chooses it
    signer: str | None = None  # the reader's name for the key in their trust store, never the archive's words
    signed_at: str | None = None
    root: str | None = None
    public_key: str | None = None  # the key stored in the archive (.pub text): never trusted by itself, and
    # its comment is the archive's unverified claim (never shown as the publisher's name)
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
    fingerprint: str  # of `key`, derived from its key material
    label: str | None  # the reader's own name for the key (trust store, or the --pubkey file), never the archive's
    message: str
    key: minisign.PublicKey  # the key whose signature over the root verified
    reason: str  # see REASONS
    revoked_on: str | None = None


def identify_signer(stored: Stored, trust: TrustStore, pubkey: minisign.PublicKey | None = None) -> Signer:
    """Which key made the root signature, and does the reader trust it? SignatureInvalid if none did.

    The signature's key id only picks candidates: a key counts only if its own signature verifies, and
    every message names the fingerprint of that key, never the id (which anyone can copy)."""
    signed, signature = stored.signed, stored.signature
    candidates = trust.with_key_id(signature.key_id)
    for entry in candidates:
        try:
            check_root_signature(signed, signature, entry.key)
        except SignatureInvalid:
            continue
        return _trusted_signer(entry, signed)
    if pubkey is not None and pubkey.key_id == signature.key_id:
        check_root_signature(signed, signature, pubkey)
        return Signer(VerificationState.VERIFIED, pubkey.fingerprint, pubkey.comment or None,
                      f"Signed by the key you gave (fingerprint {pubkey.fingerprint}).", pubkey, "given-key")
    check_root_signature(signed, signature, stored.public_key)
    fingerprint = stored.public_key.fingerprint
    other = f" It is not the key you gave (fingerprint {pubkey.fingerprint})." if pubkey is not None else ""
    if candidates:
        return Signer(VerificationState.UNKNOWN_KEY, fingerprint, None,
                      f"Signed by a key you have not chosen to trust (fingerprint {fingerprint}).{other} A key you "
                      f"trust has the same key id but different key material: this may be an impersonation. Do "
                      f"not trust this key unless the publisher confirms this very fingerprint.",
                      stored.public_key, "impersonation")
    return Signer(VerificationState.UNKNOWN_KEY, fingerprint, None,
                  f"Signed by a key you have not chosen to trust (fingerprint {fingerprint}).{other} "
                  f"If the publisher confirms this fingerprint, run 'casefile keys add' with their .pub file.",
                  stored.public_key, "untrusted-key")


def _trusted_signer(entry: TrustedKey, signed: SignedRoot | None) -> Signer:
    """The verdict for a key in the trust store whose signature over `signed` (None: over a whole file
    with no root) verified."""
    fingerprint = entry.fingerprint
    if entry.revoked:
        return Signer(VerificationState.REVOKED_KEY, fingerprint, entry.label,
                      f"Signed by {entry.label} (fingerprint {fingerprint}), a key you revoked on {entry.revoked}.",
                      entry.key, "revoked-key", entry.revoked)
    if not entry.vouches_for(signed):
        return Signer(VerificationState.UNKNOWN_KEY, fingerprint, entry.label,
                      f"Signed with the public Casefile demo key (fingerprint {fingerprint}), which anyone can use: "
                      f"it vouches only for the sample archive's exact contents, not for this archive.", entry.key,
                      "demo-key-elsewhere")
    return Signer(VerificationState.VERIFIED, fingerprint, entry.label,
                  f"Signed by {entry.label} (fingerprint {fingerprint}), a key you trust.", entry.key, "trusted-key")


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
    except LegacySignature as exc:
        return legacy_report(f"The stored signature: {exc}")
    except SignatureInvalid as exc:
        return VerificationReport(VerificationState.TAMPERED, f"The stored signature is invalid: {exc}.",
                                  failing=["signature"], reason="bad-signature")
    if stored is None:
        return verify_detached_only(archive, trust, pubkey, detached, progress=progress, cancel=cancel)
    signed = stored.signed
    base = dict(key_id=stored.signature.key_id_hex, signed_at=signed.signed_at, root=signed.root,
                public_key=stored.public_key.to_file_text())
    try:
        signer = identify_signer(stored, trust, pubkey)
    except SignatureInvalid as exc:
        return VerificationReport(VerificationState.TAMPERED, f"The signature over the manifest does not "
                                  f"verify: {exc}.", failing=["signature"], reason="bad-signature", **base)
    base["fingerprint"] = signer.fingerprint
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
        broken = structure_problems(archive, progress=progress, cancel=cancel)
        if broken:
            return _structure_report(broken, signer, base)
        leaves = manifest.compute_leaves(archive, progress=progress, cancel=cancel)
        root = merkle.merkle_root(leaf_hashes(leaves)).hex()
        differ = differences(archive, leaves)
        if root == signed.root and len(leaves) == signed.leaf_count:
            # The contents are what was signed; only the stored copy of the manifest was changed.
            failing = ["manifest"] if differ else []
        else:
            failing = differ + _inconsistent(leaves)
            if stored_root(archive) != (signed.root, signed.leaf_count):
                failing.append("manifest")
        items = failing_items(archive, failing)
    except (ArchiveDamaged, LimitExceeded) as exc:
        return VerificationReport(VerificationState.DAMAGED, str(exc), reason="damaged", **base)
    failing = sorted(set(failing))
    if failing:
        shown = ", ".join(failing[:5]) + (f" and {len(failing) - 5} more" if len(failing) > 5 else "")
        differ = "1 part of the archive differs" if len(failing) == 1 \
            else f"{len(failing)} parts of the archive differ"
        return VerificationReport(VerificationState.TAMPERED, f"{differ} from what was signed: {shown}.",
                                  failing=failing, failing_items=items, signer=signer.label, reason="parts-differ",
                                  **base)
    return VerificationReport(signer.state, signer.message, signer=signer.label, reason=signer.reason,
                              revoked_on=signer.revoked_on, **base)


def structure_problems(archive: Archive, *, progress: manifest.Progress | None = None,
                       cancel: manifest.Cancel = None) -> list[str]:
    """What is wrong with the indexes and b-trees SQLite answers the viewer through ([] if nothing).

    The leaves are hashed from the tables themselves, but the viewer looks rows up through indexes,
    which are not signed: only when every index holds exactly its table's rows (and the schema
    declares each as the format does, checked on open) are its answers the signed rows.
    """
    tables = structure.structure_tables()
    cancelled = manifest.cancel_test(cancel)
    done = iter(range(1, len(tables) + 1))
    report = (lambda table: progress("indexes", next(done), len(tables))) if progress else None
    return structure.integrity_problems(archive, tables, seconds=manifest.SCAN_SECONDS, cancelled=cancelled,
                                        done=report)


def _structure_report(problems: list[str], signer: Signer, base: dict) -> VerificationReport:
    failing = sorted({f"sqlite:{problem.split(':', 1)[0]}" for problem in problems})
    return VerificationReport(
        VerificationState.TAMPERED,
        f"The archive's indexes do not agree with its signed records, so what it shows could differ from "
        f"what was signed ({problems[0]}{f'; and {len(problems) - 1} more' if len(problems) > 1 else ''}).",
        failing=failing, signer=signer.label, reason="structure-differs", **base)


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


def legacy_report(where: str) -> VerificationReport:
    """A legacy ("Ed") signature is refused, as minisign 0.11 refuses it by default.

    UNSIGNED, not TAMPERED: an honest publisher's old minisign makes such signatures, so one is no sign of
    tampering; and not Verified, since nothing Casefile accepts vouches for the contents. (A forger gains
    nothing: deleting a signature gives UNSIGNED too.)
    """
    return VerificationReport(VerificationState.UNSIGNED, f"{where}. Nothing Casefile accepts vouches for this "
                              f"archive's contents.", reason="legacy-signature")


def verify_detached_only(archive: Archive, trust: TrustStore, pubkey: minisign.PublicKey | None,
                         detached: str | os.PathLike | None, *, progress: manifest.Progress | None = None,
                         cancel: manifest.Cancel = None) -> VerificationReport:
    """An archive with no signature inside: every byte against ARCHIVE.minisig, as `minisign -V` checks it.

    A publisher may sign with plain `minisign -Sm` (any trusted comment). The file is then vouched for as a
    whole, with no manifest and so no item proofs (method WHOLE_FILE_ONLY); UNSIGNED without a .minisig or
    without a key the reader trusts or gave to check it with.
    """
    sig_file = Path(detached) if detached else detached_path(archive.path)
    if not sig_file.is_file():
        return VerificationReport(VerificationState.UNSIGNED,
                                  "This archive is not signed: nothing vouches for its contents.", reason="unsigned")
    try:
        signature = minisign.Signature.load(sig_file)
    except LegacySignature as exc:
        return legacy_report(str(exc))
    except SignatureInvalid as exc:
        return VerificationReport(VerificationState.TAMPERED, f"{sig_file.name} is not a usable signature: {exc}.",
                                  failing=["signature"], reason="bad-signature", method=WHOLE_FILE_ONLY)
    base = dict(key_id=signature.key_id_hex)
    entry, key = _detached_signer(signature, trust, pubkey)
    if key is None:
        return VerificationReport(
            VerificationState.UNSIGNED, f"{sig_file.name} is by a key you do not have (key id {signature.key_id_hex}) "
            f"and the archive holds no signature of its own: nothing you trust vouches for it. Get the publisher's "
            f"public key from them, then check again with --pubkey or after 'casefile keys add'.",
            reason="detached-unknown-key", **base)
    base.update(fingerprint=key.fingerprint, method=WHOLE_FILE_ONLY)
    try:
        with open(archive.path, "rb") as handle:
            minisign.verify_file(_MeteredReader(handle, progress, cancel), signature, key)
    except OSError as exc:
        return VerificationReport(VerificationState.DAMAGED, f"{archive.path.name} cannot be read: "
                                  f"{exc.strerror or exc}.", reason="damaged", **base)
    except SignatureInvalid as exc:
        return VerificationReport(VerificationState.TAMPERED, f"The archive is not the file {sig_file.name} "
                                  f"signed: {exc}.", failing=["file"], reason="bad-signature", **base)
    return _detached_verdict(entry, key, sig_file.name, base)


def _detached_signer(signature: minisign.Signature, trust: TrustStore, pubkey: minisign.PublicKey | None
                     ) -> tuple[TrustedKey | None, minisign.PublicKey | None]:
    """(trust entry or None for the given key, key) whose signature over the trusted comment verifies."""
    candidates = [(entry, entry.key) for entry in trust.with_key_id(signature.key_id)]
    candidates += [(None, pubkey)] if pubkey is not None else []
    for entry, key in candidates:
        try:
            minisign.verify_trusted_comment(signature, key)
        except SignatureInvalid:
            continue
        return entry, key
    return None, None


def _detached_verdict(entry: TrustedKey | None, key: minisign.PublicKey, sig_name: str,
                      base: dict) -> VerificationReport:
    fingerprint = key.fingerprint
    if entry is not None:  # revoked, or pinned to roots (the demo key): the same verdicts as for a root
        verdict = _trusted_signer(entry, None)
        if verdict.state is not VerificationState.VERIFIED:
            return VerificationReport(verdict.state, verdict.message, signer=verdict.label, reason=verdict.reason,
                                      revoked_on=verdict.revoked_on, **base)
    signer = entry.label if entry is not None else (key.comment or None)
    who = f"{entry.label}, a key you trust" if entry is not None else "the key you gave"
    return VerificationReport(VerificationState.VERIFIED, f"Every byte of the file is what {who} (fingerprint "
                              f"{fingerprint}) signed in {sig_name}. It was signed as a whole file, with no item "
                              f"proofs: single items cannot be checked or proven on their own.", signer=signer,
                              reason="whole-file-key", **base)


class _MeteredReader:
    """A file as minisign's hash reads it, reporting progress("file", ...) and stopping on cancel."""

    def __init__(self, handle, progress: manifest.Progress | None, cancel: manifest.Cancel):
        self.handle, self.progress, self.done = handle, progress, 0
        self.total = os.fstat(handle.fileno()).st_size
        self.cancelled = manifest.cancel_test(cancel)

    def read(self, size: int) -> bytes:
        if self.cancelled is not None and self.cancelled():
            raise QueryCancelled("verification cancelled")
        data = self.handle.read(size)
        self.done += len(data)
        if self.progress is not None:
            self.progress("file", self.done, self.total)
        return data


def verify_path(path: str | os.PathLike, trust: TrustStore | None = None, **options) -> VerificationReport:
    """`verify_archive` on a file, with a file that cannot be opened reported as DAMAGED."""
    try:
        with open_archive(path) as archive:
            return verify_archive(archive, trust, **options)
    except (NotAnArchive, ArchiveDamaged, UnsafeArchive, UnsupportedVersion) as exc:
        return VerificationReport(VerificationState.DAMAGED, str(exc), reason="damaged")


def _inconsistent(leaves: list[tuple[bytes, bytes]]) -> list[str]:
    """Duplicated names, and originals whose bytes do not have the SHA-256 they are filed under."""
    bad = [leaf_text(name) for name in manifest.duplicates(leaves)]
    bad += [leaf_text(name) for name, digest in leaves
            if name.startswith(b"blob:") and name[5:] != digest.hex().encode()]
    return bad


def stored_manifest(archive: Archive) -> list[tuple[bytes, bytes]]:
    """The manifest rows as stored, sorted: (leaf name, hex digest) as bytes (names may be forged).

    Read from the table itself and sorted by SQLite's sorter, never in the order of the manifest's
    index: an index b-tree is not signed, and one rewritten could hide or repeat rows."""
    sql = "SELECT leaf, sha256 FROM manifest NOT INDEXED ORDER BY leaf"
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
    return sorted(leaf_text(name) for name in names if stored_map.get(name) != computed_map.get(name))


def stored_root(archive: Archive, rows: list[tuple[bytes, bytes]] | None = None) -> tuple[str, int]:
    """The root and size of the stored manifest, to tell a changed manifest from changed items."""
    rows = stored_manifest(archive) if rows is None else rows
    try:
        leaves = [(name, bytes.fromhex(value.decode("ascii"))) for name, value in rows]
        hashes = leaf_hashes(leaves)
        return merkle.merkle_root(hashes).hex(), len(rows)
    except (ValueError, UnicodeDecodeError):
        return "", len(rows)


def leaf_text(name: bytes) -> str:
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
