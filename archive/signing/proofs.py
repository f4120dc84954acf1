"""Inclusion proofs: show a third party that one file was in the archive the publisher signed.

A proof (JSON) carries two leaves of the archive's Merkle tree with their RFC 6962 audit paths: the
original file (`blob:<sha256>`, whose digest is the file's own SHA-256, so the checker hashes the file
it was given) and the item's record (`item:<id>`, with its canonical bytes, so the checker can read the
title and see that this record names this file). It also carries the signed root, the signature over the
root statement and the public key. `check_proof` needs none of the archive: a few hundred bytes of
hashes stand in for gigabytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .. import schema
from ..errors import KeyFileError, SignatureInvalid
from ..reader import Archive
from . import manifest, merkle, minisign
from ..files import write_atomically
from .sign import SignedRoot
from .trust import TrustStore
from .itemcheck import check_item, manifest_problem
from .verify import check_root_signature, read_stored, stored_manifest

PROOF_FORMAT = "casefile-inclusion-proof-v1"
MAX_PROOF_BYTES = 64 * 1024 * 1024
HASH_CHUNK_BYTES = 1024 * 1024
ITEM_COLUMNS = schema.TABLES_BY_NAME["items"].column_names


class Prover:
    """Inclusion proofs for many items of one archive: the manifest is read and hashed once.

    Refuses (SignatureInvalid) an unsigned archive, a manifest that does not match its signed root,
    and any item that does not match the manifest.
    """

    def __init__(self, archive: Archive):
        stored = read_stored(archive)
        if stored is None:
            raise SignatureInvalid(f"{archive.path.name} is not signed: there is no signed root to prove against.")
        problem = manifest_problem(archive)
        if problem:
            raise SignatureInvalid(f"Cannot prove anything from {archive.path.name}: {problem}.")
        self.archive, self.stored = archive, stored
        names = stored_manifest(archive)
        self._leaves = [(name, bytes.fromhex(value.decode("ascii"))) for name, value in names]
        self._tree = merkle.MerkleTree([merkle.leaf_hash(name + b"\0" + digest) for name, digest in self._leaves])
        self._index = {name: position for position, (name, _) in enumerate(self._leaves)}

    def proof(self, item_id: str) -> dict:
        """The proof for one item (its original file and its record)."""
        archive = self.archive
        check = check_item(archive, item_id)
        if not check.ok:
            raise SignatureInvalid(f"Refusing to prove {item_id}: {check.message}")
        sha = archive.query_one("SELECT blob_sha256 FROM items WHERE id = ?", (item_id,))[0]
        entries = []
        for name, covers in ((f"blob:{sha}", "the original file, byte for byte"),
                             (f"item:{item_id}", "the item's record: title, dates, source, file name, text")):
            position = self._index[name.encode()]
            entry = {"name": name, "covers": covers, "sha256": self._leaves[position][1].hex(), "index": position,
                     "path": [node.hex() for node in self._tree.proof(position)]}
            if name.startswith("item:"):
                entry["canonical"] = base64.b64encode(manifest.item_row_bytes(archive, item_id)).decode("ascii")
            entries.append(entry)
        signed = self.stored.signed
        return {"format": PROOF_FORMAT, "archive_id": signed.archive_id, "edition": signed.edition,
                "item_id": item_id, "tree_size": signed.leaf_count, "root": signed.root,
                "signed_at": signed.signed_at, "signature": self.stored.signature.to_file_text(),
                "public_key": self.stored.public_key.to_file_text(), "leaves": entries}


def make_proof(archive: Archive, item_id: str) -> dict:
    """The proof for one item; refuses an item or manifest that does not match what was signed."""
    return Prover(archive).proof(item_id)


def write_proof(proof: dict, target: Path) -> None:
    write_atomically(target, (json.dumps(proof, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


@dataclass(frozen=True)
class ProofResult:
    """A proof that checked out; whether its key is one the reader trusts is a separate question."""

    item_id: str
    title: str
    file_sha256: str
    archive_id: str
    edition: str
    signed_at: str
    fingerprint: str
    trusted: bool
    revoked: bool
    signer: str | None


def _field(proof: dict, name: str, kind: type):
    value = proof.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise SignatureInvalid(f"the proof's {name!r} is missing or not a {kind.__name__}")
    return value


def _hex32(value, what: str) -> bytes:
    if not isinstance(value, str) or len(value) != 64:
        raise SignatureInvalid(f"the proof's {what} is not a 64-digit SHA-256")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise SignatureInvalid(f"the proof's {what} is not hexadecimal") from None


def load_proof(path: str | os.PathLike) -> dict:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PROOF_BYTES + 1)
    except OSError as exc:
        raise SignatureInvalid(f"{path}: cannot read the proof: {exc.strerror or exc}") from None
    if len(raw) > MAX_PROOF_BYTES:
        raise SignatureInvalid(f"{path}: too large for a proof (over {MAX_PROOF_BYTES // 2**20} MB)")
    try:
        proof = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SignatureInvalid(f"{path}: not a proof file (not JSON); make one with 'casefile prove'") from None
    if not isinstance(proof, dict) or proof.get("format") != PROOF_FORMAT:
        raise SignatureInvalid(f"{path}: not a Casefile inclusion proof ({PROOF_FORMAT})")
    return proof


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(HASH_CHUNK_BYTES):
                digest.update(chunk)
    except OSError as exc:
        raise SignatureInvalid(f"{os.fspath(path)}: cannot read the file: {exc.strerror or exc}") from None
    return digest.hexdigest()


def check_proof(proof: dict, item_file: str | os.PathLike, trust: TrustStore | None = None) -> ProofResult:
    """Check a proof against the file it is about; raise SignatureInvalid naming the first problem."""
    tree_size = _field(proof, "tree_size", int)
    root = _hex32(proof.get("root"), "root")
    entries = _field(proof, "leaves", list)
    by_name = {entry.get("name"): entry for entry in entries if isinstance(entry, dict)}
    blobs = [name for name in by_name if isinstance(name, str) and name.startswith("blob:")]
    item_id = _field(proof, "item_id", str)
    if len(blobs) != 1 or f"item:{item_id}" not in by_name or len(by_name) != len(entries):
        raise SignatureInvalid("the proof must hold exactly one blob leaf and the item's record leaf")
    actual = file_sha256(item_file)
    if blobs[0] != f"blob:{actual}" or by_name[blobs[0]].get("sha256") != actual:
        raise SignatureInvalid(f"{Path(item_file).name} is not the file this proof is about: its SHA-256 is "
                               f"{actual}, the proof is for {blobs[0][5:]}")
    for name, entry in by_name.items():
        digest = _hex32(entry.get("sha256"), f"digest of {name}")
        path = entry.get("path")
        if not isinstance(path, list) or len(path) > 64:
            raise SignatureInvalid(f"the proof's path for {name} is malformed")
        nodes = [_hex32(node, f"path of {name}") for node in path]
        leaf = merkle.leaf_hash(name.encode("utf-8") + b"\0" + digest)
        if not merkle.verify_inclusion(leaf, entry.get("index"), tree_size, nodes, root):
            raise SignatureInvalid(f"{name} is not in the signed tree: its Merkle path does not lead to the root")
    record = _record(by_name[f"item:{item_id}"], item_id, actual)
    signed = SignedRoot(_field(proof, "archive_id", str), _field(proof, "edition", str), root.hex(), tree_size,
                        _field(proof, "signed_at", str))
    try:
        public_key = minisign.PublicKey.parse(_field(proof, "public_key", str))
    except KeyFileError as exc:
        raise SignatureInvalid(f"the proof's public key is unusable: {exc}") from None
    check_root_signature(signed, minisign.Signature.parse(_field(proof, "signature", str)), public_key)
    entry = (trust if trust is not None else TrustStore.default()).lookup(public_key)
    trusted = entry is not None and not entry.revoked and entry.vouches_for(signed)
    return ProofResult(item_id, str(record["title"] or ""), actual, signed.archive_id, signed.edition,
                       signed.signed_at, public_key.fingerprint, trusted, bool(entry and entry.revoked),
                       entry.label if entry else None)


def _record(entry: dict, item_id: str, file_sha: str) -> dict:
    """The item's record from the proof: it must hash to its leaf, and name this item and this file."""
    try:
        canonical = base64.b64decode(_field(entry, "canonical", str), validate=True)
        record = dict(zip(ITEM_COLUMNS, manifest.decode_row(canonical, len(ITEM_COLUMNS))))
    except (binascii.Error, ValueError):
        raise SignatureInvalid("the proof's item record is malformed") from None
    if hashlib.sha256(canonical).hexdigest() != entry.get("sha256"):
        raise SignatureInvalid("the proof's item record does not match its digest")
    if record["id"] != item_id or record["blob_sha256"] != file_sha:
        raise SignatureInvalid("the proof's item record is about another item or another file")
    return record
