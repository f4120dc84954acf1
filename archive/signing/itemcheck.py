"""The per-item check: whenever an item is displayed, re-hash what it shows and compare with the manifest.

`check_item` reads the item's rows through the viewer's own lookups (indexes included) and compares
each leaf, named by the row's own key, with the stored manifest. The manifest itself is read from its
table (never through its index b-tree) and checked against the signed root once per open archive
(`signed_manifest`, kept on the `Archive` as `manifest_standing`), so a rewritten index can neither hide a row from the item nor its leaf from the
manifest. Whether the signer is trusted is not decided here: that is full verification's verdict.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..errors import ItemNotFound, SignatureInvalid
from ..reader import Archive
from . import manifest
from .sign import detached_path
from .verify import (ITEM_PREFIXES, WHOLE_FILE, VerificationReport, VerificationState, check_root_signature,
                     leaf_text, read_stored, stored_manifest, stored_root)

@dataclass(frozen=True)
class ItemCheck:
    item_id: str
    ok: bool  # every part of the item matches the manifest, and the manifest matches its signature
    signed: bool  # the archive has a signature at all
    failing: list[str] = field(default_factory=list)
    message: str = ""
    # "matches", "differs" (see `failing`), "manifest-unreliable", "unsigned" or "no-item-proofs" (signed only as
    # a whole file: the archive's own verification says whether it is Verified)
    reason: str = ""


@dataclass(frozen=True)
class SignedManifest:
    """The stored manifest, once its root has been checked against the archive's signature."""

    problem: str | None  # why it cannot be relied on; None if its root is the one validly signed
    # The leaves an item check compares with, read from the table itself (no index) and sorted; None
    # when the check may look leaves up through the index (the whole file matched its signature).
    item_leaves: list[tuple[bytes, bytes]] | None = None


_ITEM_LEAF_PREFIXES = tuple(prefix.encode() for prefix in (*ITEM_PREFIXES, "blob:"))


def signed_manifest(archive: Archive) -> SignedManifest:
    """The stored manifest's standing, checked once per open archive (the file cannot change).

    Only the signature's validity is checked here, not whether its key is trusted: that is the
    archive's state, from full verification. Its item leaves are kept so that the per-item check
    never trusts the manifest's index b-tree, which a forger could rewrite to hide a row.
    """
    if archive.manifest_standing is not None:
        return archive.manifest_standing
    try:
        stored = read_stored(archive)
        if stored is None:
            state = SignedManifest("the archive is not signed")
        else:
            check_root_signature(stored.signed, stored.signature, stored.public_key)
            rows = stored_manifest(archive)
            if stored_root(archive, rows) == (stored.signed.root, stored.signed.leaf_count):
                state = SignedManifest(None, [row for row in rows if row[0].startswith(_ITEM_LEAF_PREFIXES)])
            else:
                state = SignedManifest("the stored manifest does not match its signed root")
    except SignatureInvalid as exc:
        state = SignedManifest(f"the stored signature is invalid: {exc}")
    archive.manifest_standing = state
    return state


def manifest_problem(archive: Archive) -> str | None:
    """Why the stored manifest cannot be relied on (None if its root is the one validly signed)."""
    return signed_manifest(archive).problem


def adopt_whole_file_result(archive: Archive, report: VerificationReport) -> None:
    """After a whole-file verification of this archive's file, skip re-deriving the manifest's root.

    The file is then byte for byte what the key signed, manifest and indexes included, so the per-item
    check need neither re-hash the stored manifest against the signed root first (0.7 s on a 1 GB
    archive, on the first item a reader opens) nor avoid its index. Any other report leaves the check
    to do its own work.
    """
    if report.method == WHOLE_FILE and report.state in (VerificationState.VERIFIED, VerificationState.UNKNOWN_KEY,
                                                        VerificationState.REVOKED_KEY):
        if archive.manifest_standing is None:
            archive.manifest_standing = SignedManifest(None)


def _stored_item_leaves(archive: Archive, signed: SignedManifest, names: list[str],
                        item_id: str) -> dict[bytes, bytes]:
    """The manifest's leaves for one item: `names` and its thumbnails (thumb:<id>:<size>)."""
    # ";" sorts right after ":", closing the range of thumb:<id>:...
    low, high = f"thumb:{item_id}:".encode(), f"thumb:{item_id};".encode()
    if signed.item_leaves is None:
        sql = (f"SELECT leaf, sha256 FROM manifest WHERE leaf IN ({', '.join('?' * len(names))}) "
               f"OR (leaf >= ? AND leaf < ?)")
        params = (*names, low.decode(), high.decode())
        return {leaf: digest for batch in archive.stream(sql, params, raw_text=True) for leaf, digest in batch}
    leaves = signed.item_leaves
    found = {}
    for name in (name.encode() for name in names):
        at = bisect.bisect_left(leaves, (name,))
        if at < len(leaves) and leaves[at][0] == name:
            found[name] = leaves[at][1]
    at = bisect.bisect_left(leaves, (low,))
    while at < len(leaves) and leaves[at][0] < high:
        found[leaves[at][0]] = leaves[at][1]
        at += 1
    return found


def _unsigned_check(archive: Archive, item_id: str) -> ItemCheck:
    """No signature inside: nothing to check one item against, but say so rightly when ARCHIVE.minisig
    signs the whole file (verify_detached_only), instead of calling the archive unsigned."""
    if detached_path(archive.path).is_file():
        return ItemCheck(item_id, ok=False, signed=False, reason="no-item-proofs",
                         message=f"{item_id} cannot be checked on its own: the archive is signed only as a whole "
                                 f"file ({detached_path(archive.path).name}), with no item proofs.")
    return ItemCheck(item_id, ok=False, signed=False, message="The archive is not signed.", reason="unsigned")


def check_item(archive: Archive, item_id: str) -> ItemCheck:
    """Re-hash what one item shows (row, text, pages, image data, thumbnails, mentions, original)."""
    row = archive.query_one("SELECT blob_sha256 FROM items WHERE id = ?", (item_id,))
    if row is None:
        raise ItemNotFound(f"No item {item_id!r} in {archive.path.name}.")
    if not archive.query_one("SELECT EXISTS (SELECT 1 FROM signature)")[0]:
        return _unsigned_check(archive, item_id)
    signed = signed_manifest(archive)
    problem = signed.problem
    sha = str(row[0])
    # Read through the viewer's own lookups (indexes included): each row names its own leaf, so a
    # rewritten index that answers with another row, an extra row or none at all is named below.
    computed = {name: digest.hex().encode() for name, digest in manifest.item_leaves(archive, item_id, sha)}
    names = ([f"{prefix}{item_id}" for prefix in ITEM_PREFIXES if prefix != "thumb:"] + [f"blob:{sha}"]
             + [f"blob:{blob}" for blob in manifest.rendition_blobs(archive, item_id)])
    stored = _stored_item_leaves(archive, signed, names, item_id)
    failing = sorted(leaf_text(n) for n in set(stored) | set(computed) if stored.get(n) != computed.get(n))
    if failing:
        return ItemCheck(item_id, ok=False, signed=True, failing=failing,
                         message=f"{item_id} differs from what was signed: {', '.join(failing)}.", reason="differs")
    if problem:
        return ItemCheck(item_id, ok=False, signed=True, failing=["manifest"],
                         message=f"{item_id} cannot be checked: {problem}.", reason="manifest-unreliable")
    return ItemCheck(item_id, ok=True, signed=True, message=f"{item_id} matches what was signed.", reason="matches")


