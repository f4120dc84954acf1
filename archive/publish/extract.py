"""`extract_item(source, data, finder)`: everything one source file adds to the archive, derived from
its bytes alone.

A pure function: no file access, no global state, the same rows for the same arguments in any
process, so the builder can map it over a worker pool (or any other executor) and write the results
in source order. Positions, blob rows and the entity names of the search documents are the writer's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceError
from ..imaging import ImageFacts, ImageRejected
from . import formats, index
from .formats import ExtractionError
from .mentions import MentionFinder
from .reports import guess_language
from .sources import SourceFile


@dataclass(frozen=True)
class ProcessedItem:
    """Everything the parent process needs to write one item; built in a worker."""

    source: SourceFile
    sha256: str
    data: bytes
    rows: dict[str, list[dict]]


def extract_item(source: SourceFile, data: bytes, finder: MentionFinder) -> ProcessedItem | SourceError:
    """Derive every row for one file from its bytes, its sidecar and the entity-name finder; problems
    come back as SourceError values."""
    module = formats.format_for(source.path.suffix, source.kind)
    if module is None:
        return SourceError(source.rel_path, f"unsupported file type {source.path.suffix or '(none)'}")
    try:
        extracted = module.extract(data)
    except (ExtractionError, ImageRejected) as exc:
        return SourceError(source.rel_path, str(exc))
    rows_for = _report_rows if source.kind == "report" else _image_rows
    return ProcessedItem(source, hashlib.sha256(data).hexdigest(), data, rows_for(source, extracted, finder))


def _report_rows(source: SourceFile, extracted: formats.ExtractedReport,
                 finder: MentionFinder) -> dict[str, list[dict]]:
    side = source.sidecar
    title = side.get("title") or extracted.title or _title_from_name(source.path)
    item = _item_row(source, title, extracted.media_type)
    item.update(text=extracted.text, html=extracted.html,
                language=side.get("language") or guess_language(extracted.text))
    pages = [dict(item_id=source.item_id, page_no=n + 1, start=start, text=text)
             for n, (start, text) in enumerate(extracted.pages)]
    mentions = _mentions(finder, source.item_id, {"title": title, "text": extracted.text})
    return {"items": [item], "pages": pages, "mentions": mentions, "search_docs": [index.report_doc(item)]}


def _image_rows(source: SourceFile, facts: ImageFacts, finder: MentionFinder) -> dict[str, list[dict]]:
    side = source.sidecar
    title = side.get("title") or _title_from_name(source.path)
    item = _item_row(source, title, facts.media_type)
    image = dict(item_id=source.item_id, format=facts.format, width=facts.width, height=facts.height,
                 exif=json.dumps(facts.exif, ensure_ascii=False, sort_keys=True))
    thumb = dict(item_id=source.item_id, size=max(facts.thumbnail_size), media_type="image/jpeg",
                 width=facts.thumbnail_size[0], height=facts.thumbnail_size[1], data=facts.thumbnail)
    mentions = _mentions(finder, source.item_id, {"title": title, "caption": side.get("caption") or ""})
    return {"items": [item], "images": [image], "thumbnails": [thumb], "mentions": mentions,
            "search_docs": [index.image_doc(item, facts.exif)]}


def _item_row(source: SourceFile, title: str, media_type: str) -> dict:
    side = source.sidecar
    return dict(
        id=source.item_id, kind=source.kind, title=title, date=side.get("date"), source=side.get("source"),
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


def _title_from_name(path: Path) -> str:
    return path.name[: -len(path.suffix)].replace("-", " ").replace("_", " ").strip().capitalize()
