"""`exhibits.json`: what the bundle holds, written at export and read back, distrustfully, by the check.

One JSON document names the archive, the verification result at export time, the signed root with
the publisher's signature and key, and per exhibit its number, item, title, source, date, file name,
SHA-256, inclusion proof and the reader's annotations as a W3C AnnotationCollection. A bundle may be
hostile when it is checked (it arrives from someone else), so `parse_document` caps the size, refuses
deep nesting and checks every field the checker relies on, naming what is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .. import paths
from ..errors import CasefileError
from .names import is_safe_name, is_safe_path

FORMAT = "casefile-evidence-bundle"
VERSION = 1
DOCUMENT_NAME = "exhibits.json"
SIGNATURE_NAME = "exhibits.json.minisig"
PUBLISHER_KEY_NAME = "publisher.pub"
EXPORTER_KEY_NAME = "exporter.pub"
HTML_NAME = "exhibit-list.html"
PDF_NAME = "exhibit-list.pdf"
VERIFY_NAME = "VERIFY.txt"
THUMBNAILS = "thumbnails"
# The publisher's signed root statement and its signature, as files: `minisign -Vm` checks them with the
# stock tool, and PROOF_SCRIPT_NAME (stdlib Python) takes each exhibit's proof up to that root.
ROOT_STATEMENT_NAME = "root-statement.txt"
ROOT_SIGNATURE_NAME = "root-statement.txt.minisig"
PROOF_SCRIPT_NAME = "check_proofs.py"
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
MAX_EXHIBITS = 50_000


class BundleInvalid(CasefileError):
    """An evidence bundle cannot be read or checked: the message names the file or exhibit."""


@dataclass(frozen=True)
class Exhibit:
    """One exhibit as exhibits.json lists it (the fields the checker and the exhibit list use)."""

    number: str
    item_id: str
    title: str
    file: str
    sha256: str
    proof: dict
    source: str | None = None
    date: str | None = None
    kind: str = ""
    media_type: str = ""
    size: int = 0
    thumbnail: str | None = None
    thumbnail_sha256: str | None = None  # listed by the exporter; the publisher's signature does not cover it
    annotations: dict | None = None


def exhibit_entry(exhibit: Exhibit) -> dict[str, Any]:
    """An exhibit as written to exhibits.json."""
    return {"number": exhibit.number, "item_id": exhibit.item_id, "title": exhibit.title, "source": exhibit.source,
            "date": exhibit.date, "kind": exhibit.kind, "media_type": exhibit.media_type, "file": exhibit.file,
            "size": exhibit.size, "sha256": exhibit.sha256, "thumbnail": exhibit.thumbnail,
            "thumbnail_sha256": exhibit.thumbnail_sha256, "proof": exhibit.proof, "annotations": exhibit.annotations}


def proof_script() -> bytes:
    """check_proofs.py as this Casefile writes it into a bundle (a resource file, so frozen builds ship it)."""
    try:
        return (paths.resource_dir() / "bundle" / PROOF_SCRIPT_NAME).read_bytes()
    except OSError as exc:
        raise CasefileError(f"This Casefile installation lacks {PROOF_SCRIPT_NAME} ({exc.strerror or exc}); "
                            f"reinstall it.") from None


def encode(document: dict) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_document(raw: bytes) -> tuple[dict, list[Exhibit]]:
    """The document and its exhibits, checked field by field; BundleInvalid names the first problem."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise BundleInvalid(f"{DOCUMENT_NAME} is larger than {MAX_DOCUMENT_BYTES // 2**20} MB; it is not one "
                            f"Casefile wrote.")
    try:
        document = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise BundleInvalid(f"{DOCUMENT_NAME} nests too deeply; it is not one Casefile wrote.") from None
    except (UnicodeDecodeError, ValueError):
        raise BundleInvalid(f"{DOCUMENT_NAME} is not valid JSON.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleInvalid(f"{DOCUMENT_NAME} is not a Casefile evidence bundle ({FORMAT}).")
    if document.get("version") != VERSION:
        raise BundleInvalid(f"{DOCUMENT_NAME} is version {str(document.get('version'))[:20]} of the bundle "
                            f"format; this Casefile reads version {VERSION}. A newer Casefile may read it.")
    entries = document.get("exhibits")
    if not isinstance(entries, list) or not 0 < len(entries) <= MAX_EXHIBITS:
        raise BundleInvalid(f"{DOCUMENT_NAME} lists no exhibits, or more than {MAX_EXHIBITS:,}.")
    exhibits = [_exhibit(entry, position) for position, entry in enumerate(entries, 1)]
    files = [exhibit.file for exhibit in exhibits]
    if len(set(files)) != len(files):
        raise BundleInvalid(f"{DOCUMENT_NAME} names the same file for two exhibits.")
    return document, exhibits


def _exhibit(entry, position: int) -> Exhibit:
    where = f"exhibit {position} of {DOCUMENT_NAME}"
    if not isinstance(entry, dict):
        raise BundleInvalid(f"{where} is not an object.")
    values = {}
    for name in ("number", "item_id", "title", "file", "sha256"):
        value = entry.get(name)
        if not isinstance(value, str):
            raise BundleInvalid(f"{where} has no {name}.")
        values[name] = value
    where = f"{values['number'][:20]!r} in {DOCUMENT_NAME}"
    if not is_safe_name(values["file"]):
        raise BundleInvalid(f"{where} names the file {values['file'][:80]!r}, which is not a plain file name "
                            f"inside the bundle (a path or a reserved name): refused.")
    thumbnail = entry.get("thumbnail")
    if thumbnail is not None and (not isinstance(thumbnail, str) or not is_safe_path(thumbnail)):
        raise BundleInvalid(f"{where} names an unsafe thumbnail path: refused.")
    if not isinstance(entry.get("proof"), dict):
        raise BundleInvalid(f"{where} has no inclusion proof.")
    optional = {name: entry.get(name) if isinstance(entry.get(name), str) else None
                for name in ("source", "date", "thumbnail_sha256")}
    size = entry.get("size")
    return Exhibit(**values, proof=entry["proof"], **optional, kind=str(entry.get("kind") or ""),
                   media_type=str(entry.get("media_type") or ""),
                   size=size if isinstance(size, int) and not isinstance(size, bool) else 0, thumbnail=thumbnail,
                   annotations=entry.get("annotations") if isinstance(entry.get("annotations"), dict) else None)
