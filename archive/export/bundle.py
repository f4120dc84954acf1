"""Export an evidence bundle: originals, proofs, annotations, exhibit list and instructions, in one folder
or ZIP that a third party can check without Casefile's help.

`export_bundle` is the one library call; the CLI and the viewer's worker only choose items and pass
the reader's annotations, audit log, key and PDF renderer in (this package knows neither the store's
location nor Qt). It refuses items that fail their own check: a bundle is offered as proof, and an
exhibit whose bytes differ from what the publisher signed can carry no valid inclusion proof, so the
reader is told which items to leave out instead of receiving a bundle that cannot pass its check.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..errors import CasefileError, QueryCancelled, SignatureInvalid
from ..reader import Archive, open_archive
from ..signing import minisign
from ..signing.proofs import Prover
from ..signing.sign import comment_escape
from ..signing.trust import TrustStore
from ..signing.verify import WHOLE_FILE_ONLY, VerificationReport, VerificationState, verify_path
from ..store.model import Annotation
from ..store.w3c import to_jsonld
from .document import (DOCUMENT_NAME, EXPORTER_KEY_NAME, FORMAT, HTML_NAME, MAX_EXHIBITS, PDF_NAME,
                       PROOF_SCRIPT_NAME, PUBLISHER_KEY_NAME, ROOT_SIGNATURE_NAME, ROOT_STATEMENT_NAME,
                       SIGNATURE_NAME, THUMBNAILS, VERIFY_NAME, VERSION, Exhibit, encode, exhibit_entry,
                       proof_script)
from .instructions import verify_text
from .listing import Mark, exhibit_list_html
from .names import exhibit_file_name, exhibit_number, extension_for
from .writer import BundleWriter

Progress = Callable[[int, int], None]  # (done, total)
AnnotationSource = Callable[[str, str], list[Annotation]]  # (archive id, item id): store.annotations.for_item
PdfRenderer = Callable[[str, dict[str, bytes]], bytes]  # (html, {img src: image bytes}) -> PDF bytes
AuditRecorder = Callable[[str, str, dict], None]  # (action, covered, detail): store.audit.record
THUMB_SIZE = 256
THUMB_TYPES = {"image/jpeg": ("jpg", b"\xff\xd8\xff"), "image/png": ("png", b"\x89PNG\r\n\x1a\n")}


class ExportCancelled(CasefileError):
    """The reader cancelled the export; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    target: Path
    exhibits: int
    bytes_written: int
    seconds: float
    verification: VerificationReport  # the archive's state at export time, as recorded in the bundle
    signed_by: str | None  # fingerprint of the exporter's key when exhibits.json was signed
    warnings: tuple[str, ...]


class _Meter:
    """One progress scale for the whole export: verification, then exhibits, then the exhibit list."""

    def __init__(self, progress: Progress | None, items: int):
        self.progress, self.items = progress, items
        self.share = max(1, items // 4)
        self.total = self.share + items + self.share

    def verifying(self, stage: str, done: int, total: int) -> None:
        self._report(self.share * done // total if total else 0)

    def exhibit(self, done: int) -> None:
        self._report(self.share + done)

    def finished(self) -> None:
        self._report(self.total)

    def _report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, self.total)


def _stop_if(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("The export was cancelled; nothing was written.")


def export_bundle(archive_path: str | Path, item_ids: Sequence[str], target: str | Path, *, notes: bool = True,
                  annotations: AnnotationSource | None = None, signing_key: minisign.SecretKey | None = None,
                  render_pdf: PdfRenderer | None = None, audit: AuditRecorder | None = None,
                  trust: TrustStore | None = None, verification: VerificationReport | None = None,
                  progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportResult:
    """Write the bundle for `item_ids` (in that order: EX-0001 is the first) to the folder or `.zip` `target`.

    Any thread may call it (it opens its own connection). `verification` reuses a report of the same file
    the caller already has; otherwise the archive is verified first. `notes=False` keeps highlights but
    drops every note body and tag. Raises CasefileError naming the problem, or ExportCancelled.
    """
    started = time.monotonic()
    ids = list(dict.fromkeys(item_ids))
    if not ids:
        raise CasefileError("Nothing to export: no items were chosen.")
    if len(ids) > MAX_EXHIBITS:
        raise CasefileError(f"{len(ids):,} items are more than one bundle holds ({MAX_EXHIBITS:,}); split them.")
    meter = _Meter(progress, len(ids))
    report = verification or _verify(Path(archive_path), trust, meter, cancel)
    if report.state is VerificationState.DAMAGED:
        raise CasefileError(f"Cannot export from a damaged archive: {report.message}")
    if report.method == WHOLE_FILE_ONLY:
        raise SignatureInvalid(f"{Path(archive_path).name} is signed only as a whole file (plain minisign), so it "
                               f"holds no item proofs and no exhibit can be proven from it. Hand over the whole "
                               f"archive with its .minisig instead, or ask the publisher to sign it with casefile "
                               f"sign.")
    writer = BundleWriter(Path(target))
    try:
        with open_archive(archive_path) as archive:
            job = _Job(archive, writer, notes, annotations, meter, cancel)
            document = job.run(ids, report, signing_key)
        html = exhibit_list_html(document, job.exhibits, job.marks, job.thumb_sizes)
        writer.add(HTML_NAME, html.encode("utf-8"))
        writer.add(VERIFY_NAME, verify_text(document, job.exhibits).encode("utf-8"))
        if render_pdf is not None:
            _stop_if(cancel)
            writer.add(PDF_NAME, render_pdf(html, job.images))
        _stop_if(cancel)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    meter.finished()
    result = ExportResult(writer.target, len(ids), writer.bytes_written, time.monotonic() - started, report,
                          signing_key.public_key.fingerprint if signing_key else None, tuple(job.warnings))
    if audit is not None:
        audit("export", f"{len(ids):,} exhibits of {document['archive']['title']} to {writer.target}",
              {"archive_id": document["archive"]["id"], "edition": document["archive"]["edition"],
               "target": str(writer.target), "items": ids, "notes": notes, "signed_by": result.signed_by,
               "verification": report.state.value, "root": document["signed_root"]["root"]})
    return result


def _verify(path: Path, trust: TrustStore | None, meter: _Meter, cancel: threading.Event | None) -> VerificationReport:
    try:
        return verify_path(path, trust, progress=meter.verifying, cancel=cancel)
    except QueryCancelled:
        raise ExportCancelled("The export was cancelled; nothing was written.") from None


class _Job:
    """The per-item part of one export: proofs, originals, thumbnails, annotations."""

    def __init__(self, archive: Archive, writer: BundleWriter, notes: bool, annotations: AnnotationSource | None,
                 meter: _Meter, cancel: threading.Event | None):
        self.archive, self.writer, self.notes, self.annotations = archive, writer, notes, annotations
        self.meter, self.cancel = meter, cancel
        self.exhibits: list[Exhibit] = []
        self.marks: dict[str, list[Mark]] = {}
        self.thumb_sizes: dict[str, tuple[int, int]] = {}
        self.images: dict[str, bytes] = {}
        self.warnings: list[str] = []
        self.locked = 0

    def run(self, ids: list[str], report: VerificationReport, signing_key: minisign.SecretKey | None) -> dict:
        prover = Prover(self.archive)
        refused: list[str] = []
        for position, item_id in enumerate(ids, 1):
            _stop_if(self.cancel)
            try:
                proof = prover.proof(item_id)
            except SignatureInvalid as exc:
                refused.append(str(exc))
                continue
            if not refused:  # once one item is refused nothing will be written: only look for more
                self._add(exhibit_number(position), item_id, proof)
            self.meter.exhibit(position)
        if refused:
            more = f" (and {len(refused) - 3} more)" if len(refused) > 3 else ""
            raise SignatureInvalid(f"Nothing was exported: {len(refused)} item(s) fail their own check. "
                                   f"{' '.join(refused[:3])}{more} Leave them out of the selection.")
        if self.locked:
            self.warnings.append(f"{self.locked} annotation(s) are locked (the store is encrypted): their "
                                 f"highlights were exported without notes or tags. Unlock the store to include them.")
        return self._finish(prover, report, signing_key)

    def _add(self, number: str, item_id: str, proof: dict) -> None:
        item = self.archive.items.get(item_id)
        data = self.archive.items.original(item_id)
        if hashlib.sha256(data).hexdigest() != item.sha256:  # checked once more, as it is written
            raise SignatureInvalid(f"The original of {item_id} changed while it was exported; nothing was exported.")
        name = exhibit_file_name(number, item.title or item.id, extension_for(item.media_type))
        self.writer.add(name, data)
        collection, marks = self._annotations(item_id)
        self.marks[number] = marks
        thumbnail = self._thumbnail(number, item_id)
        exhibit = Exhibit(number=number, item_id=item_id, title=item.title, file=name, sha256=item.sha256,
                          proof=proof, source=item.source, date=item.date, kind=item.kind,
                          media_type=item.media_type, size=len(data), thumbnail=thumbnail,
                          thumbnail_sha256=hashlib.sha256(self.images[thumbnail]).hexdigest() if thumbnail else None,
                          annotations=collection)
        self.exhibits.append(exhibit)

    def _thumbnail(self, number: str, item_id: str) -> str | None:
        """The item's thumbnail as a file, if it is a JPEG or PNG that looks like one (it was checked
        with the item, but the HTML is opened by a browser and must not receive anything else)."""
        thumb = self.archive.items.thumbnail(item_id, THUMB_SIZE)
        kind = THUMB_TYPES.get(thumb.media_type) if thumb else None
        if thumb is None or kind is None or not thumb.data.startswith(kind[1]) or thumb.width < 1:
            return None
        src = f"{THUMBNAILS}/{number}.{kind[0]}"
        self.writer.add(src, thumb.data)
        self.images[src], self.thumb_sizes[number] = thumb.data, (thumb.width, thumb.height)
        return src

    def _annotations(self, item_id: str) -> tuple[dict, list[Mark]]:
        """The reader's annotations on the item as W3C JSON-LD, redacted when notes are not exported."""
        found = self.annotations(self.archive.metadata.archive_id, item_id) if self.annotations else []
        kept = []
        for annotation in found:
            self.locked += annotation.unreadable
            if not self.notes or annotation.unreadable:
                if annotation.kind == "note":
                    continue  # a note is nothing but its body
                annotation = replace(annotation, note="", tags=())
            kept.append(annotation)
        marks = [Mark(a.kind, a.target.exact or "", a.target.page, a.target.region, a.note, a.tags, a.colour)
                 for a in kept]
        return to_jsonld(kept), marks

    def _finish(self, prover: Prover, report: VerificationReport, signing_key: minisign.SecretKey | None) -> dict:
        """exhibits.json (signed if the reader has a key), publisher.pub and the exporter's key."""
        meta, stored = self.archive.metadata, prover.stored
        signed = stored.signed
        document = {
            "format": FORMAT, "version": VERSION,
            "archive": {"id": meta.archive_id, "title": meta.title, "edition": meta.edition,
                        "publisher": meta.publisher, "file_name": self.archive.path.name},
            "exported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "exported_with": f"Casefile {__version__}", "notes_included": self.notes,
            "verification": {"state": report.state.value, "message": report.message, "method": report.method,
                             "fingerprint": report.fingerprint, "signer": report.signer},
            "signed_root": {"archive_id": signed.archive_id, "edition": signed.edition, "root": signed.root,
                            "tree_size": signed.leaf_count, "signed_at": signed.signed_at,
                            "key_fingerprint": stored.public_key.fingerprint,
                            "signature": stored.signature.to_file_text(),
                            "public_key": stored.public_key.to_file_text(), "public_key_file": PUBLISHER_KEY_NAME},
            "exporter": None,
            "exhibits": [exhibit_entry(exhibit) for exhibit in self.exhibits],
        }
        self.writer.add(PUBLISHER_KEY_NAME, stored.public_key.to_file_text().encode("ascii"))
        # The root statement as a file, so `minisign -Vm` checks the publisher's signature without Casefile.
        self.writer.add(ROOT_STATEMENT_NAME, signed.statement())
        self.writer.add(ROOT_SIGNATURE_NAME, stored.signature.to_file_text().encode("utf-8"))
        self.writer.add(PROOF_SCRIPT_NAME, proof_script())
        if signing_key is not None:
            public = signing_key.public_key
            document["exporter"] = {"key_fingerprint": public.fingerprint, "public_key_file": EXPORTER_KEY_NAME}
            self.writer.add(EXPORTER_KEY_NAME, public.to_file_text().encode("ascii"))
        data = encode(document)
        self.writer.add(DOCUMENT_NAME, data)
        if signing_key is not None:
            comment = (f"casefile-exhibits archive_id={comment_escape(meta.archive_id)} "
                       f"edition={comment_escape(meta.edition)} root={signed.root}")
            signature = minisign.sign_bytes(data, signing_key, comment, "signature of an evidence bundle")
            self.writer.add(SIGNATURE_NAME, signature.to_file_text().encode("utf-8"))
        return document
