"""`check_bundle`: is every exhibit of a bundle the file the publisher signed?

Per exhibit: the file's SHA-256 against the one exhibits.json lists, then its inclusion proof (that
hash up the Merkle path to the root) against the signed root the document names. Once per bundle:
the publisher's signature over that root, whether the reader trusts that key (their trust store, or
the key they give), that publisher.pub is that key, and exhibits.json.minisig when present; that the
bundle holds no file or folder exhibits.json does not account for (a planted "EX-0014 ..." must not pass
silently); that the root statement and check_proofs.py are the ones Casefile writes; and each
thumbnail against the hash exhibits.json lists (previews the publisher's signature does not cover, so
the report says what vouches for them). Every problem is reported against the exhibit or file it
concerns; nothing raises but an unreadable exhibits.json itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CasefileError
from ..signing import minisign
from ..signing.proofs import check_proof
from ..signing.sign import SignedRoot
from ..signing.trust import TrustStore
from ..signing.verify import check_root_signature
from .bundlefiles import CHUNK, MemberProblem, open_bundle
from .document import (DOCUMENT_NAME, EXPORTER_KEY_NAME, HTML_NAME, MAX_DOCUMENT_BYTES, PDF_NAME, PROOF_SCRIPT_NAME,
                       PUBLISHER_KEY_NAME, ROOT_SIGNATURE_NAME, ROOT_STATEMENT_NAME, SIGNATURE_NAME, VERIFY_NAME,
                       BundleInvalid, Exhibit, parse_document, proof_script)
from .listing import plain

KEY_FILE_CAP = minisign.MAX_FILE_BYTES
THUMBNAIL_CAP = 16 * 2**20
SCRIPT_CAP = 1 * 2**20
MAX_NAMED = 20  # unlisted files named one by one; past that, counted
# Files every bundle may hold besides its exhibits and thumbnails (the exporter's two only when it is named).
FIXED_NAMES = (DOCUMENT_NAME, PUBLISHER_KEY_NAME, HTML_NAME, PDF_NAME, VERIFY_NAME, ROOT_STATEMENT_NAME,
               ROOT_SIGNATURE_NAME, PROOF_SCRIPT_NAME)


@dataclass(frozen=True)
class ExhibitCheck:
    number: str
    file: str
    hash_ok: bool
    proof_ok: bool
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.hash_ok and self.proof_ok


@dataclass
class BundleReport:
    path: Path
    archive: dict
    root: str
    key_fingerprint: str
    key_status: str  # in words: trusted as ..., the key you gave, NOT trusted ...
    trusted: bool
    signature: str  # exhibits.json.minisig, in words
    exhibits: list[ExhibitCheck] = field(default_factory=list)
    thumbnails: str = "none in this bundle"  # what was checked of them, in words
    problems: list[str] = field(default_factory=list)  # about the bundle as a whole

    @property
    def intact(self) -> bool:
        """Every file and proof checks out and nothing is inconsistent (whoever the key belongs to)."""
        return not self.problems and all(check.ok for check in self.exhibits)

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted

    @property
    def verdict(self) -> str:
        failing = [check for check in self.exhibits if not check.ok]
        if failing:
            named = "; ".join(f"{c.number} ({c.file}): {c.problem}" for c in failing[:5])
            return f"FAIL: {len(failing)} of {len(self.exhibits)} exhibit(s) fail. {named}"
        if self.problems:
            return "FAIL: " + " ".join(self.problems)
        if not self.trusted:
            return (f"NOT TRUSTED: every file matches its proof, but the key {self.key_fingerprint} that signed the "
                    f"root is {self.key_status}.")
        return f"PASS: all {len(self.exhibits)} exhibits are byte for byte what the publisher signed."


def check_bundle(path: str | Path, *, pubkey: minisign.PublicKey | None = None,
                 trust: TrustStore | None = None) -> BundleReport:
    """Check a bundle folder or ZIP. BundleInvalid if exhibits.json cannot be read at all."""
    bundle = open_bundle(Path(path))
    try:
        try:
            raw = bundle.read(DOCUMENT_NAME, MAX_DOCUMENT_BYTES)
        except MemberProblem as exc:
            raise BundleInvalid(f"This is not a readable evidence bundle: {exc}.") from None
        document, exhibits = parse_document(raw)
        report = _bundle_level(Path(path), bundle, document, raw, pubkey, trust)
        report.exhibits.extend(_check_exhibit(bundle, exhibit, document) for exhibit in exhibits)
        report.problems.extend(_unlisted(bundle, _expected_names(document, exhibits)))
        report.problems.extend(_companions(bundle, document))
        report.thumbnails = _thumbnails(bundle, exhibits, report)
        return report
    finally:
        bundle.close()


def _signed_root(document: dict) -> tuple[SignedRoot, minisign.Signature, minisign.PublicKey]:
    root = document.get("signed_root")
    try:
        signed = SignedRoot(str(root["archive_id"]), str(root["edition"]), str(root["root"]), int(root["tree_size"]),
                            str(root["signed_at"]))
        return signed, minisign.Signature.parse(root["signature"]), minisign.PublicKey.parse(root["public_key"])
    except (TypeError, KeyError, ValueError, CasefileError) as exc:
        raise BundleInvalid(f"{DOCUMENT_NAME} has no usable signed root ({exc}).") from None


def _bundle_level(path: Path, bundle, document: dict, raw: bytes, pubkey: minisign.PublicKey | None,
                  trust: TrustStore | None) -> BundleReport:
    signed, signature, key = _signed_root(document)
    archive = document.get("archive") if isinstance(document.get("archive"), dict) else {}
    status, trusted = _trust(key, signed, pubkey, trust)
    report = BundleReport(path, archive, signed.root, key.fingerprint, status, trusted, _minisig(bundle, raw, document))
    if report.signature.startswith("INVALID"):
        report.problems.append(f"{SIGNATURE_NAME} is {report.signature}.")
    try:
        check_root_signature(signed, signature, key)
    except CasefileError as exc:
        report.problems.append(f"The publisher's signature over the root does not verify: {exc}.")
    try:
        shipped = minisign.PublicKey.parse(bundle.read(PUBLISHER_KEY_NAME, KEY_FILE_CAP))
        if (shipped.key_id, shipped.key) != (key.key_id, key.key):
            report.problems.append(f"{PUBLISHER_KEY_NAME} is not the key that signed the root ({key.fingerprint}).")
    except (MemberProblem, CasefileError) as exc:
        report.problems.append(f"{PUBLISHER_KEY_NAME} is unusable: {exc}.")
    return report


def _trust(key: minisign.PublicKey, signed: SignedRoot, pubkey: minisign.PublicKey | None,
           trust: TrustStore | None) -> tuple[str, bool]:
    if pubkey is not None:
        if (pubkey.key_id, pubkey.key) == (key.key_id, key.key):
            return "the key you gave with --pubkey", True
        return f"not the key you gave with --pubkey ({pubkey.fingerprint})", False
    entry = (trust if trust is not None else TrustStore.default()).lookup(key)
    if entry is None:
        return "not one you trust (confirm it with the publisher, then use --pubkey or 'casefile keys add')", False
    if entry.revoked:
        return f"one you revoked on {entry.revoked} ({entry.label})", False
    if not entry.vouches_for(signed):
        return f"trusted only for another archive ({entry.label})", False
    return f"trusted: {entry.label}", True


def _minisig(bundle, raw: bytes, document: dict) -> str:
    """exhibits.json.minisig against exporter.pub, in words ("absent", "valid ...", "INVALID: ...")."""
    if not bundle.exists(SIGNATURE_NAME):
        return "absent (the exporter did not sign exhibits.json)"
    try:
        signature = minisign.Signature.parse(bundle.read(SIGNATURE_NAME, KEY_FILE_CAP))
        key = minisign.PublicKey.parse(bundle.read(EXPORTER_KEY_NAME, KEY_FILE_CAP))
        comment = minisign.verify_bytes(raw, signature, key)
    except (MemberProblem, CasefileError) as exc:
        return f"INVALID: {exc}"
    exporter = document.get("exporter") if isinstance(document.get("exporter"), dict) else {}
    # Bundles made before fingerprints were derived from the key name the exporter by its key id; the
    # signature, checked above with this very key, is what vouches, the name only has to agree with it.
    if exporter.get("key_fingerprint") not in (key.fingerprint, key.key_id_hex):
        return f"INVALID: {EXPORTER_KEY_NAME} ({key.fingerprint}) is not the exporter {DOCUMENT_NAME} names"
    return f"valid, by the exporter's key {key.fingerprint} (trusted comment: {comment})"


def _check_exhibit(bundle, exhibit: Exhibit, document: dict) -> ExhibitCheck:
    def failed(hash_ok: bool, problem: str) -> ExhibitCheck:
        return ExhibitCheck(exhibit.number, exhibit.file, hash_ok, False, problem)

    try:
        with bundle.local_file(exhibit.file) as local:
            actual = _sha256(local)
            if actual != exhibit.sha256:
                return failed(False, f"the file differs from its listed SHA-256 (it is now {actual})")
            root = document["signed_root"]
            proof = exhibit.proof
            if proof.get("item_id") != exhibit.item_id or any(
                    proof.get(name) != root.get(name) for name in ("root", "signature", "public_key")):
                return failed(True, "its proof is for another item or another signed root than the bundle's")
            # The key's trust is decided once for the bundle; an empty store keeps 1,000 proofs fast.
            check_proof(proof, local, TrustStore(None))
    except MemberProblem as exc:
        return failed(False, str(exc))
    except OSError as exc:
        return failed(False, f"{exhibit.file} cannot be read: {exc.strerror or exc}")
    except CasefileError as exc:
        return failed(True, f"the inclusion proof fails: {exc}")
    return ExhibitCheck(exhibit.number, exhibit.file, True, True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _expected_names(document: dict, exhibits: list[Exhibit]) -> set[str]:
    """Every path the bundle may hold: the fixed files, each exhibit and thumbnail, and their folders."""
    names = set(FIXED_NAMES) | {exhibit.file for exhibit in exhibits}
    names |= {exhibit.thumbnail for exhibit in exhibits if exhibit.thumbnail}
    if document.get("exporter"):
        names |= {SIGNATURE_NAME, EXPORTER_KEY_NAME}
    return names | {name.rsplit("/", 1)[0] + "/" for name in names if "/" in name}


def _unlisted(bundle, expected: set[str]) -> list[str]:
    """A problem for every file or folder exhibits.json does not account for (a planted exhibit, say)."""
    try:
        present = bundle.names()
    except MemberProblem as exc:
        return [f"The bundle's files cannot all be listed ({exc}), so a file it should not hold may be hidden."]
    extra = sorted({name for name in present if name not in expected})
    problems = [f"'{plain(name)}' is in the bundle but {DOCUMENT_NAME} does not list it: nothing vouches for it "
                f"(remove it, or ask the sender what it is)." for name in extra[:MAX_NAMED]]
    if len(extra) > MAX_NAMED:
        problems.append(f"{len(extra) - MAX_NAMED:,} more files are in the bundle but not in {DOCUMENT_NAME}.")
    return problems


def _companions(bundle, document: dict) -> list[str]:
    """The root statement, its signature and check_proofs.py must be exactly what Casefile writes, if present
    (bundles from before they existed lack them)."""
    root = document["signed_root"]
    signed, _, _ = _signed_root(document)
    problems = []
    for name, expected in ((ROOT_STATEMENT_NAME, signed.statement()),
                           (ROOT_SIGNATURE_NAME, str(root["signature"]).encode("utf-8"))):
        if bundle.exists(name) and _read_or_none(bundle, name, KEY_FILE_CAP) != expected:
            problems.append(f"{name} is not the publisher's signed root named in {DOCUMENT_NAME}: do not rely on it.")
    if bundle.exists(PROOF_SCRIPT_NAME) and _read_or_none(bundle, PROOF_SCRIPT_NAME, SCRIPT_CAP) != proof_script():
        problems.append(f"{PROOF_SCRIPT_NAME} is not the script this Casefile writes (changed, or from another "
                        f"version): do not run it.")
    return problems


def _read_or_none(bundle, name: str, cap: int) -> bytes | None:
    try:
        return bundle.read(name, cap)
    except MemberProblem:
        return None


def _thumbnails(bundle, exhibits: list[Exhibit], report: BundleReport) -> str:
    """Hash each thumbnail against exhibits.json; a mismatch is a problem. Returns what was checked, in words."""
    listed = [exhibit for exhibit in exhibits if exhibit.thumbnail]
    checked = [exhibit for exhibit in listed if exhibit.thumbnail_sha256]
    for exhibit in checked:
        data = _read_or_none(bundle, exhibit.thumbnail, THUMBNAIL_CAP)
        if data is None or hashlib.sha256(data).hexdigest() != exhibit.thumbnail_sha256:
            report.problems.append(f"The thumbnail {plain(exhibit.thumbnail)} of {plain(exhibit.number)} is missing "
                                   f"or differs from the SHA-256 {DOCUMENT_NAME} lists for it.")
    if not listed:
        return "none in this bundle"
    vouched = ("covered by the exporter's signature" if report.signature.startswith("valid")
               else f"{DOCUMENT_NAME} is unsigned, so they are the exporter's word only")
    words = (f"{len(checked):,} checked against {DOCUMENT_NAME} (previews: the publisher's signature does not "
             f"cover them; {vouched})") if checked else ""
    unchecked = len(listed) - len(checked)
    if unchecked:
        words += ("; " if words else "") + f"{unchecked:,} NOT checked ({DOCUMENT_NAME} lists no hash for them)"
    return words

