"""W3C Web Annotation JSON-LD: export an AnnotationCollection, import one back, merging by id.

Targets name the annotated item by a stable URN holding the archive id, the item's SHA-256 and its id,
so another tool (or another reader) can tell exactly which bytes were annotated. Selectors follow the
model: TextQuoteSelector + TextPositionSelector for text, a FragmentSelector `page=N` (RFC 3778, the PDF
fragment spec) with the quote for PDFs, a FragmentSelector `xywh=` (Media Fragments) for image regions.
Notes are TextualBody bodies with purpose commenting, tags ones with purpose tagging; the colour is the
target's `styleClass`, explained by a CssStylesheet.

Import reads untrusted files: every value is type-checked here and the result goes through the same
`validate()` as annotations made in the app, so a hostile file gets a StoreError, never a crash.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from ..errors import CasefileError
from ..files import write_atomically
from .errors import StoreError
from .model import COLOURS, Annotation, Target, motivation, validate

if TYPE_CHECKING:
    from .db import UserStore

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"
MEDIA_FRAGMENT = "http://www.w3.org/TR/media-frags/"
CSS = {"yellow": "#fff176", "green": "#a5d6a7", "blue": "#90caf9", "pink": "#f48fb1", "purple": "#ce93d8"}
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ANNOTATIONS = 100_000
SELECTORS = ("TextQuoteSelector", "TextPositionSelector", "FragmentSelector")
_PAGE = re.compile(r"page=([1-9][0-9]{0,8})\Z")
_XYWH = re.compile(r"xywh=(?:pixel:)?([0-9]{1,9}),([0-9]{1,9}),([0-9]{1,9}),([0-9]{1,9})\Z")
_TIME = re.compile(r"\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d\d:\d\d)\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


# -- URNs ------------------------------------------------------------------------------------------------
def item_urn(archive_id: str, item_sha256: str, item_id: str) -> str:
    """urn:casefile:<archive id>:<sha256>:<item id, percent-encoded>: the exact bytes annotated."""
    return f"urn:casefile:{quote(archive_id, safe='')}:{item_sha256}:{quote(item_id, safe='')}"


def entity_urn(archive_id: str, entity_id: str) -> str:
    """urn:casefile:<archive id>:entity:<entity id, percent-encoded>."""
    return f"urn:casefile:{quote(archive_id, safe='')}:entity:{quote(entity_id, safe='')}"


def parse_urn(urn: str) -> Target:
    """The archive and the item (with its SHA-256) or entity a Casefile URN names."""
    parts = urn.split(":") if isinstance(urn, str) else []
    if len(parts) != 5 or parts[:2] != ["urn", "casefile"] or not parts[2] or not parts[4]:
        raise StoreError(f"The target {str(urn)[:100]!r} is not a Casefile item or entity URN "
                         f"(urn:casefile:ARCHIVE:SHA256:ITEM).")
    archive_id, middle, name = unquote(parts[2]), parts[3], unquote(parts[4])
    if middle == "entity":
        return Target(archive_id, entity_id=name)
    if not _SHA256.match(middle):
        raise StoreError(f"The target {urn[:100]!r} does not carry the item's SHA-256.")
    return Target(archive_id, item_id=name, item_sha256=middle)


# -- export ----------------------------------------------------------------------------------------------
def to_jsonld(annotations: list[Annotation]) -> dict:
    """An AnnotationCollection holding every annotation in its (embedded) first page."""
    collection = {"@context": CONTEXT, "id": f"urn:uuid:{uuid.uuid4()}", "type": "AnnotationCollection",
                  "label": "Casefile annotations", "total": len(annotations)}
    if annotations:
        collection["first"] = {"id": f"urn:uuid:{uuid.uuid4()}", "type": "AnnotationPage", "startIndex": 0,
                               "items": [_annotation_json(a) for a in annotations]}
    return collection


def _annotation_json(a: Annotation) -> dict:
    if a.unreadable:
        raise StoreError(f"The note of annotation {a.id} cannot be read ({a.problem}); unlock the store "
                         f"before exporting, so no note is exported empty.")
    t = a.target
    source = (item_urn(t.archive_id, t.item_sha256, t.item_id) if t.item_id is not None
              else entity_urn(t.archive_id, t.entity_id))
    target: dict = {"source": source, "styleClass": a.colour}
    selectors = _selectors(a.kind, t)
    if selectors:
        target["selector"] = selectors[0] if len(selectors) == 1 else selectors
    out: dict = {"id": a.id, "type": "Annotation", "motivation": motivation(a), "created": a.created,
                 "modified": a.modified}
    if a.author:
        out["creator"] = {"type": "Person", "name": a.author}
    bodies = ([{"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"}]
              if a.note else [])
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]
    if bodies:
        out["body"] = bodies[0] if len(bodies) == 1 else bodies
    out["target"] = target
    out["stylesheet"] = {"type": "CssStylesheet",
                         "value": f".{a.colour} {{ background-color: {CSS[a.colour]}; }}"}
    return out


def _selectors(kind: str, t: Target) -> list[dict]:
    selectors: list[dict] = []
    if kind == "pdf":
        selectors.append({"type": "FragmentSelector", "conformsTo": PDF_FRAGMENT, "value": f"page={t.page}"})
    if kind == "region":
        selectors.append({"type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENT,
                          "value": "xywh=" + ",".join(map(str, t.region))})
    if t.exact is not None:
        selectors.append({"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix})
    if t.start is not None:
        selectors.append({"type": "TextPositionSelector", "start": t.start, "end": t.end})
    return selectors


def export(store: UserStore, archive_id: str, path: Path, ids: list[str] | None = None) -> int:
    """Write the archive's annotations (or those with `ids`) as JSON-LD; records it in the audit log."""
    chosen = store.annotations.list(archive_id)
    if ids is not None:
        wanted = set(ids)
        chosen = [a for a in chosen if a.id in wanted]
    text = json.dumps(to_jsonld(chosen), ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(Path(path), text.encode("utf-8"))
    except CasefileError as exc:
        raise StoreError(f"{exc} The annotations were not exported.") from None
    store.audit.record("export", f"{len(chosen)} annotation(s) of archive {archive_id} to {path}",
                       {"archive_id": archive_id, "path": str(path), "count": len(chosen),
                        "ids": [a.id for a in chosen]})
    return len(chosen)


# -- import ----------------------------------------------------------------------------------------------
def import_(store: UserStore, archive_id: str | None, path: Path) -> tuple[int, int]:
    """Add the file's annotations of `archive_id` (None: of every archive) that the store lacks.

    Returns (added, already present); an annotation whose id is in the store is left as it is.
    Nothing is added if any annotation in the file is unusable.
    """
    found = from_jsonld(_read_json(Path(path)))
    mine = [a for a in found if archive_id is None or a.target.archive_id == archive_id]
    if found and not mine:
        others = sorted({a.target.archive_id for a in found})
        raise StoreError(f"{path} holds annotations of archive {', '.join(others[:3])}, not of {archive_id}; "
                         f"open that archive to import them.")
    new = [a for a in mine if not store.annotations.contains(a.id)]
    store.annotations.add_many(new)
    store.audit.record("import", f"{len(new)} annotation(s) from {path} ({len(mine) - len(new)} already present)",
                       {"archive_id": archive_id, "path": str(path), "added": len(new),
                        "present": len(mine) - len(new)})
    return len(new), len(mine) - len(new)


def _read_json(path: Path):
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise StoreError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB; it is not an annotation export.")
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise StoreError(f"{path} is not a JSON file ({str(exc)[:120]}); export annotations as JSON-LD.") from None


def from_jsonld(data) -> list[Annotation]:
    """Annotations from an AnnotationCollection, AnnotationPage, Annotation or list of them.

    Hostile or foreign input raises StoreError naming the problem and the annotation it is in.
    """
    items = _items(data)
    if len(items) > MAX_ANNOTATIONS:
        raise StoreError(f"The file holds more than {MAX_ANNOTATIONS:,} annotations; split it up.")
    out, seen = [], set()
    for number, item in enumerate(items, 1):
        label = item.get("id") if isinstance(item, dict) else None
        try:
            annotation = validate(_annotation(item))
        except StoreError as exc:
            raise StoreError(f"Annotation {number}{f' ({str(label)[:80]})' if label else ''} "
                             f"in the file cannot be imported: {exc}") from None
        if annotation.id not in seen:
            seen.add(annotation.id)
            out.append(annotation)
    return out


def _items(data) -> list:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise StoreError("The file is not W3C Web Annotation JSON-LD: it holds no object or list.")
    context = data.get("@context")
    if CONTEXT not in (context if isinstance(context, list) else [context]):
        raise StoreError(f"The file is not W3C Web Annotation JSON-LD: its @context is not {CONTEXT}.")
    types = _types(data)
    if "AnnotationCollection" in types:
        if data.get("total") in (0, None) and "first" not in data:
            return []
        first = data.get("first")
        if not isinstance(first, dict):
            raise StoreError("The collection's pages are not in the file (its 'first' is a link); "
                             "export it with the annotations embedded.")
        data, types = first, _types(first)
    if "AnnotationPage" in types:
        if data.get("next") is not None:
            raise StoreError("The collection has more pages than the file holds; export it as one page.")
        if not isinstance(data.get("items"), list):
            raise StoreError("The annotation page has no list of items.")
        return data["items"]
    return [data]


def _types(obj) -> set[str]:
    value = obj.get("type", obj.get("@type")) if isinstance(obj, dict) else None
    values = value if isinstance(value, list) else [value]
    return {v for v in values if isinstance(v, str)}


def _annotation(item) -> Annotation:
    if not isinstance(item, dict) or "Annotation" not in _types(item):
        raise StoreError("it is not an object of type Annotation.")
    ident = item.get("id")
    if not isinstance(ident, str):
        raise StoreError("it has no id.")
    note, tags = _bodies(item)
    target, colour = _target(item.get("target"))
    kind = _kind(target, _first(item.get("motivation")))
    colour = colour if colour in COLOURS else "yellow"
    return Annotation(ident, kind, target, note=note, tags=tuple(tags), colour=colour,
                      author=_creator(item.get("creator")), created=_time(item, "created"),
                      modified=_time(item, "modified"))


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _kind(target: Target, motive) -> str:
    if target.region is not None:
        return "region"
    if target.page is not None:
        return "pdf"
    if target.exact is not None:
        return "text"
    return "bookmark" if motive == "bookmarking" else "note"


def _bodies(item: dict) -> tuple[str, list[str]]:
    if "body" in item and "bodyValue" in item:
        raise StoreError("it has both body and bodyValue.")
    if "bodyValue" in item:
        if not isinstance(item["bodyValue"], str):
            raise StoreError("its bodyValue is not text.")
        return item["bodyValue"], []
    bodies = item.get("body", [])
    notes, tags = [], []
    for body in bodies if isinstance(bodies, list) else [bodies]:
        # A body with no type but a value is a TextualBody too (model 3.2.4: type SHOULD be given).
        if not isinstance(body, dict) or not (_types(body) <= {"TextualBody"} and "value" in body):
            raise StoreError("one of its bodies is not a TextualBody (only notes and tags can be imported).")
        value, purpose = body.get("value"), _first(body.get("purpose"))
        if not isinstance(value, str):
            raise StoreError("one of its bodies has no text value.")
        (tags if purpose == "tagging" else notes).append(value)
    return "\n\n".join(notes), tags


def _creator(value) -> str:
    value = _first(value)
    if isinstance(value, str):
        return value if not re.match(r"[a-z][a-z0-9+.\-]*:", value, re.I) else ""
    if isinstance(value, dict):
        name = _first(value.get("name", value.get("nickname", "")))
        return name if isinstance(name, str) else ""
    return ""


def _time(item: dict, key: str) -> str:
    value = item.get(key, "")
    if value and (not isinstance(value, str) or not _TIME.match(value)):
        raise StoreError(f"its {key} time {str(value)[:40]!r} is not an ISO 8601 date-time with a time zone.")
    return value


def _target(value) -> tuple[Target, str | None]:
    value = _first(value)
    if isinstance(value, str):
        return parse_urn(value), None
    if not isinstance(value, dict):
        raise StoreError("it has no target.")
    base = parse_urn(value.get("source"))
    colour = _first(value.get("styleClass"))
    selectors = value.get("selector", [])
    fields: dict = {}
    for selector in selectors if isinstance(selectors, list) else [selectors]:
        fields.update(_selector(selector))
    return Target(base.archive_id, base.item_id, base.entity_id, base.item_sha256, **fields), colour


def _selector(selector) -> dict:
    types = _types(selector)
    kind = next((name for name in SELECTORS if name in types), sorted(types)[0] if types else None)
    if kind == "TextQuoteSelector":
        texts = {key: selector.get(key, "") for key in ("exact", "prefix", "suffix")}
        if not all(isinstance(v, str) for v in texts.values()):
            raise StoreError("its TextQuoteSelector holds something other than text.")
        return texts
    if kind == "TextPositionSelector":
        start, end = selector.get("start"), selector.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (start, end)):
            raise StoreError("its TextPositionSelector start and end are not whole numbers from 0.")
        return {"start": start, "end": end}
    if kind == "FragmentSelector":
        text = selector.get("value")
        page = _PAGE.match(text) if isinstance(text, str) else None
        if page:
            return {"page": int(page.group(1))}
        region = _XYWH.match(text) if isinstance(text, str) else None
        if region:
            return {"region": tuple(int(v) for v in region.groups())}
        raise StoreError(f"its FragmentSelector {str(text)[:60]!r} is neither page=N nor xywh=x,y,w,h in pixels.")
    raise StoreError(f"it uses a selector ({str(kind)[:40]}) Casefile cannot anchor; only TextQuote, "
                     f"TextPosition and Fragment selectors are supported.")
