"""`extract_item(source, data, finder)`: everything one source file adds to the archive, derived from
its bytes alone.

A pure function: no file access, no global state, the same rows for the same arguments in any
process, so the builder can map it over a worker pool (or any other executor) and write the results
in source order. Positions, blob rows, search document ids and the entity names of the search
documents are the writer's.

Every file becomes an item. A format that cannot read it (unknown type, damaged, encrypted, or a
library of the `publish` extra missing) leaves it a `file` item kept as given, with the reason; files
inside it (an email's attachments, a mailbox's messages) become child items, read the same way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from . import formats, index, ocrstep
from .formats import kept
from .mentions import MentionFinder
from .ocrstep import OcrJob
from .reports import guess_language
from .sources import SourceFile, child_id

MAX_DEPTH = 4  # a mailbox holding an email holding an email holding its attachment
MAX_ATTACHED = 2_000
INHERITED = ("synthetic", "source")


@dataclass(frozen=True)
class Outcome:
    """What became of one file, for the build report."""

    path: str
    item_id: str
    kind: str
    media_type: str
    size: int
    characters: int
    reason: str | None = None  # why its content was not read (kind "file")
    warnings: tuple[str, ...] = ()
    ocr_pages: int = 0  # pages (or pictures) whose text OCR read
    ocr_pages_read: int = 0  # of those, read in this build (not from the cache)


@dataclass(frozen=True)
class ProcessedItem:
    """Everything the parent process needs to write one item and the items inside it."""

    source: SourceFile
    sha256: str
    data: bytes
    rows: dict[str, list[dict]]
    outcome: Outcome
    renditions: tuple[formats.Rendition, ...] = ()
    children: tuple[ProcessedItem, ...] = field(default=())


def extract_item(source: SourceFile, data: bytes, finder: MentionFinder, depth: int = 0, *,
                 ocr: OcrJob | None = None) -> ProcessedItem:
    """Derive every row for one file (and the files inside it) from its bytes, its sidecar, the
    entity-name finder and, with `ocr`, what OCR reads in its scanned pages and pictures. Never fails:
    what cannot be read is kept as given, with the reason."""
    suffix = PurePosixPath(source.rel_path).suffix
    module = formats.format_for(suffix, data[:16])
    failure = None
    try:
        result = module.extract(data) if module is not None else kept.extract_as_kept(source.path.name, suffix)
    except formats.ExtractionError as exc:
        failure = str(exc)
    except RecursionError:
        failure = "nested too deeply to read"
    if failure is not None:
        result = kept.keep(source.path.name, failure, _claimed_type(module, suffix))
    sha = hashlib.sha256(data).hexdigest()
    read = ocrstep.apply(result, data, sha, ocr, source.item_id) if ocr is not None else None
    if read is not None:
        result = dataclasses.replace(read.result, warnings=(*read.result.warnings, *read.warnings))
    warnings = list(result.warnings)
    if len(result.attached) > MAX_ATTACHED:
        warnings.append(f"{len(result.attached):,} parts inside; the first {MAX_ATTACHED:,} were added")
    if result.attached and depth >= MAX_DEPTH:
        warnings.append(f"{len(result.attached):,} parts nested more than {MAX_DEPTH} deep were not added")
    kind, rows = _rows(source, result, finder)
    rows["item_files"] = [_file_row(source, result, warnings)]
    rows["ocr_pages"] = read.rows if read is not None else []
    children = _children(source, result, finder, depth, ocr) if depth < MAX_DEPTH else ()
    failed = (f"kept as given, its content not read: {failure}",) if failure else ()
    outcome = Outcome(source.rel_path, source.item_id, kind, rows["items"][0]["media_type"], len(data),
                      len(rows["items"][0]["text"] or ""), getattr(result, "reason", None), (*failed, *warnings),
                      ocr_pages=len(rows["ocr_pages"]), ocr_pages_read=read.pages_read if read is not None else 0)
    return ProcessedItem(source, sha, data, rows, outcome, result.renditions, children)


def _claimed_type(module, suffix: str) -> str | None:
    return module.MEDIA_TYPES.get(suffix.lower()) if module is not None else None


def _rows(source: SourceFile, result: formats.Extracted, finder: MentionFinder) -> tuple[str, dict]:
    if isinstance(result, formats.ExtractedReport):
        return "report", _report_rows(source, result, finder)
    if isinstance(result, formats.ExtractedImage):
        return "image", _image_rows(source, result, finder)
    if isinstance(result, formats.ExtractedTable):
        return "table", _table_rows(source, result)
    if isinstance(result, formats.ExtractedEmail):
        return "email", _email_rows(source, result, finder)
    return "file", _kept_rows(source, result, finder)


def _children(source: SourceFile, result: formats.Extracted, finder: MentionFinder,
              depth: int, ocr: OcrJob | None) -> tuple[ProcessedItem, ...]:
    attached = result.attached[:MAX_ATTACHED]
    taken: set[str] = set()
    children = []
    # What the publisher said of the container holds for what is inside it: an attachment of a
    # synthetic message is synthetic too.
    inherited = {key: source.sidecar[key] for key in INHERITED if key in source.sidecar}
    for part in attached:
        child = SourceFile(child_id(source.item_id, part.name, taken), PurePosixPath(part.name or "part"),
                           f"{source.rel_path}/{part.name or 'part'}", inherited, parent_id=source.item_id)
        children.append(extract_item(child, part.data, finder, depth + 1, ocr=ocr))
    return tuple(children)


def _file_row(source: SourceFile, result: formats.Extracted, warnings: list[str]) -> dict:
    details = dict(result.details)
    if warnings:
        details["warnings"] = warnings
    reason = result.reason if isinstance(result, formats.ExtractedFile) else None
    return dict(item_id=source.item_id, path=source.rel_path, folder=source.folder, parent_id=source.parent_id,
                outcome="kept" if reason else "read", reason=reason,
                details=json.dumps(details, ensure_ascii=False, sort_keys=True) if details else None)


def _report_rows(source: SourceFile, extracted: formats.ExtractedReport,
                 finder: MentionFinder) -> dict[str, list[dict]]:
    side = source.sidecar
    title = side.get("title") or extracted.title or _title_from_name(source.path)
    item = _item_row(source, "report", title, extracted.media_type)
    item.update(text=extracted.text, html=extracted.html,
                language=side.get("language") or guess_language(extracted.text))
    pages = [dict(item_id=source.item_id, page_no=n + 1, start=start, text=text)
             for n, (start, text) in enumerate(extracted.pages)]
    mentions = _mentions(finder, source.item_id, {"title": title, "text": extracted.text})
    return {"items": [item], "pages": pages, "mentions": mentions, "search_docs": [index.report_doc(item)],
            "renditions": _rendition_rows(source, extracted)}


def _image_rows(source: SourceFile, extracted: formats.ExtractedImage,
                finder: MentionFinder) -> dict[str, list[dict]]:
    facts = extracted.facts
    side = source.sidecar
    title = side.get("title") or _title_from_name(source.path)
    item = _item_row(source, "image", title, facts.media_type)
    item.update(text=extracted.text or None)
    image = dict(item_id=source.item_id, format=facts.format, width=facts.width, height=facts.height,
                 exif=json.dumps(facts.exif, ensure_ascii=False, sort_keys=True))
    thumb = dict(item_id=source.item_id, size=max(facts.thumbnail_size), media_type="image/jpeg",
                 width=facts.thumbnail_size[0], height=facts.thumbnail_size[1], data=facts.thumbnail)
    mentions = _mentions(finder, source.item_id, {"title": title, "caption": side.get("caption") or "",
                                                  "text": extracted.text})
    return {"items": [item], "images": [image], "thumbnails": [thumb], "mentions": mentions,
            "search_docs": [index.image_doc(item, facts.exif)], "renditions": _rendition_rows(source, extracted)}


def _table_rows(source: SourceFile, extracted: formats.ExtractedTable) -> dict[str, list[dict]]:
    side = source.sidecar
    title = side.get("title") or extracted.title or _title_from_name(source.path)
    item = _item_row(source, "table", title, extracted.media_type)
    summary = "\n".join(f"{sheet.name}: {', '.join(sheet.columns)}" for sheet in extracted.sheets)
    item.update(text=summary, language=side.get("language") or guess_language(summary))
    docs = [{**index.report_doc(item), "doc_kind": "table"}]
    sheets, rows = [], []
    for sheet_no, sheet in enumerate(extracted.sheets, start=1):
        sheets.append(dict(item_id=source.item_id, sheet_no=sheet_no, name=sheet.name,
                           columns=json.dumps(list(sheet.columns), ensure_ascii=False),
                           header_row=sheet.header_row, row_count=len(sheet.rows)))
        for row_no, cells in enumerate(sheet.rows, start=1):
            # doc_id is the row's place among this item's search documents; the writer makes it global.
            rows.append(dict(item_id=source.item_id, sheet_no=sheet_no, row_no=row_no, doc_id=len(docs),
                             cells=json.dumps(list(cells), ensure_ascii=False)))
            docs.append(index.row_doc(item, cells))
    return {"items": [item], "sheets": sheets, "table_rows": rows, "search_docs": docs}


def _email_rows(source: SourceFile, extracted: formats.ExtractedEmail,
                finder: MentionFinder) -> dict[str, list[dict]]:
    headers = extracted.headers
    side = source.sidecar
    title = side.get("title") or headers.subject or _title_from_name(source.path)
    item = _item_row(source, "email", title, extracted.media_type)
    item.update(text=extracted.text, html=extracted.html, date=side.get("date") or (headers.sent or "")[:10] or None,
                language=side.get("language") or guess_language(extracted.text))
    email = dict(item_id=source.item_id, message_id=headers.message_id, in_reply_to=headers.in_reply_to,
                 refs=json.dumps(list(headers.refs), ensure_ascii=False), thread_id=headers.thread_id,
                 sender=headers.sender, sent=headers.sent, subject=headers.subject,
                 recipients=json.dumps({"to": list(headers.to), "cc": list(headers.cc), "bcc": list(headers.bcc)},
                                       ensure_ascii=False))
    mentions = _mentions(finder, source.item_id, {"title": title, "text": extracted.text})
    return {"items": [item], "emails": [email], "mentions": mentions,
            "search_docs": [index.email_doc(item, headers)], "renditions": _rendition_rows(source, extracted)}


def _kept_rows(source: SourceFile, extracted: formats.ExtractedFile,
               finder: MentionFinder) -> dict[str, list[dict]]:
    side = source.sidecar
    title = side.get("title") or _title_from_name(source.path)
    item = _item_row(source, "file", title, extracted.media_type)
    item.update(text=extracted.text or None)
    mentions = _mentions(finder, source.item_id, {"title": title, "text": extracted.text})
    return {"items": [item], "mentions": mentions, "search_docs": [index.file_doc(item, source.rel_path)],
            "renditions": _rendition_rows(source, extracted)}


def _rendition_rows(source: SourceFile, extracted: formats.Extracted) -> list[dict]:
    # blob_sha256 is filled by the writer, which stores the bytes.
    return [dict(item_id=source.item_id, page_no=r.page_no, media_type=r.media_type, width=r.width,
                 height=r.height, blob_sha256=hashlib.sha256(r.data).hexdigest()) for r in extracted.renditions]


def _item_row(source: SourceFile, kind: str, title: str, media_type: str) -> dict:
    side = source.sidecar
    return dict(
        id=source.item_id, kind=kind, title=title, date=side.get("date"), source=side.get("source"),
        language=side.get("language"), languages=_json_list(side.get("languages")),
        authors=_json_list(side.get("authors")), file_name=source.path.name, media_type=media_type,
        caption=side.get("caption"), place=side.get("place"), synthetic=int(side.get("synthetic", False)),
        text=None, html=None,
    )


def _mentions(finder: MentionFinder, item_id: str, fields: dict[str, str]) -> list[dict]:
    rows = {}
    for name, text in fields.items():
        for m in finder.find(text) if text else ():
            rows[(name, m.start, m.end, m.entity_id)] = dict(
                item_id=item_id, field=name, start=m.start, end=m.end, entity_id=m.entity_id)
    return list(rows.values())


def _json_list(values: list[str] | None) -> str | None:
    return json.dumps(values, ensure_ascii=False) if values else None


def _title_from_name(path) -> str:
    name = path.name[: -len(path.suffix)] if path.suffix else path.name
    name = name.replace("-", " ").replace("_", " ").strip() or path.name
    return name[:1].upper() + name[1:]
