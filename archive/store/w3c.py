"""W3C Web Annotation JSON-LD: export an AnnotationCollection, and read one (or Hypothesis's JSON) back.

Targets name the annotated item by a stable URN holding the archive id, the item's SHA-256 and its id,
so another tool (or another reader) can tell exactly which bytes were annotated. Selectors follow the
model: TextQuoteSelector + TextPositionSelector for text, a FragmentSelector `page=N` (RFC 3778, the PDF
fragment spec) with the quote for PDFs, a FragmentSelector `xywh=` (Media Fragments) for image regions.
Notes are TextualBody bodies with purpose commenting, tags ones with purpose tagging; the colour is the
target's `styleClass`, explained by a CssStylesheet.

Reading takes untrusted files: every value is type-checked here, and what one annotation gets wrong
refuses that annotation only (`entries` gives the reason in its place). Selectors Casefile cannot
resolve (RangeSelector, XPathSelector, CSS...) are ignored and named, the others used. `fitting.py`
then matches each target to the archive, and `importing.py` puts the result through the same
`validate()` as annotations made in the app.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from ..errors import CasefileError
from ..files import write_atomically
from . import hypothesis
from .errors import StoreError
from .model import MAX_ID_CHARS, MAX_TAG_CHARS, MOTIVATIONS, NOTE_FORMATS, Annotation, Target, motivation

if TYPE_CHECKING:
    from .db import UserStore

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"
MEDIA_FRAGMENT = "http://www.w3.org/TR/media-frags/"
CSS = {"yellow": "#fff176", "green": "#a5d6a7", "blue": "#90caf9", "pink": "#f48fb1", "purple": "#ce93d8"}
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ANNOTATIONS = 100_000
MAX_TARGETS, MAX_SELECTORS = 100, 20
MAX_AUTHOR_CHARS = MAX_TAG_CHARS
# Ids given to annotations a file gives none: the same content always gets the same id.
CONTENT_NAMESPACE = uuid.UUID("6f1d2c1e-3b4a-5c6d-8e9f-0a1b2c3d4e5f")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+\Z")
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
    if a.author or a.author_id:
        out["creator"] = {"type": "Person", **({"id": a.author_id} if a.author_id else {}),
                          **({"name": a.author} if a.author else {})}
    bodies = ([{"type": "TextualBody", "value": a.note, "format": a.note_format or "text/plain",
                "purpose": "commenting"}] if a.note else [])
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


# -- import: reading a file into what it says, before it is matched to an archive (importing.py) --------
@dataclass(frozen=True)
class Place:
    """One target as the file gives it: its source and what the selectors Casefile reads say."""

    source: str
    fields: dict = field(default_factory=dict)   # Target fields: exact, prefix, suffix, start, end, page, region
    ignored: tuple[str, ...] = ()                # selector types Casefile cannot resolve (RangeSelector, XPath...)
    colour: str | None = None


@dataclass(frozen=True)
class Found:
    """One annotation read from a file: everything it says, its targets not yet matched to an item."""

    id: str
    places: tuple[Place, ...]
    note: str = ""
    note_format: str = ""
    tags: tuple[str, ...] = ()
    author: str = ""
    author_id: str = ""
    motivation: str = ""
    created: str = ""
    modified: str = ""


def read_file(path: Path):
    """The JSON in a file of at most MAX_FILE_BYTES; StoreError if it is unreadable or not JSON."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise StoreError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB; it is not an annotation export.")
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise StoreError(f"{path} is not a JSON file ({str(exc)[:120]}); export annotations as JSON-LD.") from None


def entries(data) -> list[tuple[str, Found | str]]:
    """Each annotation in the file as (its id or "", what it says, or why it cannot be read).

    Takes a W3C AnnotationCollection, AnnotationPage, Annotation or list of them, and Hypothesis's own
    JSON (its client's export, an API search result or annotation). StoreError if the file as a whole is
    none of these.
    """
    items = hypothesis.items(data)
    if items is None:
        items = _items(data)
    if len(items) > MAX_ANNOTATIONS:
        raise StoreError(f"The file holds more than {MAX_ANNOTATIONS:,} annotations; split it up.")
    out: list[tuple[str, Found | str]] = []
    for item in items:
        item = hypothesis.as_w3c(item)
        label = item.get("id") if isinstance(item, dict) else None
        label = label[:MAX_ID_CHARS] if isinstance(label, str) else ""
        try:
            out.append((label, _found(item)))
        except StoreError as exc:
            out.append((label, str(exc)))
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


def _found(item) -> Found:
    if not isinstance(item, dict) or "Annotation" not in _types(item):
        raise StoreError("it is not an object of type Annotation.")
    note, note_format, tags = _bodies(item)
    places = _places(item.get("target"))
    author, author_id = _creator(item.get("creator"))
    motive = _first(item.get("motivation"))
    return Found(_identity(item), places, note, note_format, tags, author, author_id,
                 motive if motive in MOTIVATIONS else "", _time(item, "created"), _time(item, "modified"))


def _identity(item: dict) -> str:
    """The annotation's id, or one derived from its content, so an id-less one imported twice is one."""
    ident = item.get("id")
    if ident is None:
        canonical = json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return f"urn:uuid:{uuid.uuid5(CONTENT_NAMESPACE, canonical)}"
    if not isinstance(ident, str) or not _URI.match(ident) or len(ident) > MAX_ID_CHARS:
        raise StoreError(f"its id {str(ident)[:80]!r} is not a URI (e.g. urn:uuid:...).")
    return ident


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _bodies(item: dict) -> tuple[str, str, tuple[str, ...]]:
    if "body" in item and "bodyValue" in item:
        raise StoreError("it has both body and bodyValue.")
    if "bodyValue" in item:
        if not isinstance(item["bodyValue"], str):
            raise StoreError("its bodyValue is not text.")
        return item["bodyValue"], "", ()
    bodies = item.get("body", [])
    notes, formats, tags = [], [], []
    for body in bodies if isinstance(bodies, list) else [bodies]:
        # A body with no type but a value is a TextualBody too (model 3.2.4: type SHOULD be given).
        if not isinstance(body, dict) or not (_types(body) <= {"TextualBody"} and "value" in body):
            raise StoreError("one of its bodies is not a TextualBody (only notes and tags can be imported).")
        value, purpose, form = body.get("value"), _first(body.get("purpose")), _first(body.get("format"))
        if not isinstance(value, str):
            raise StoreError("one of its bodies has no text value.")
        if purpose == "tagging":
            tags.append(value)
        elif value:  # Hypothesis gives a highlight an empty Markdown body: no note
            notes.append(value)
            formats.append(form if form in NOTE_FORMATS and form != "text/plain" else "")  # "": plain text
    return "\n\n".join(notes), (formats[0] if len(set(formats)) == 1 else ""), tuple(tags)


def _creator(value) -> tuple[str, str]:
    """(name, IRI) of the annotation's creator; Hypothesis's acct:name@host gives its name too."""
    value = _first(value)
    ident, name = (value, "") if isinstance(value, str) else ("", "")
    if isinstance(value, dict):
        ident, name = _first(value.get("id", "")), _first(value.get("name", value.get("nickname", "")))
    ident = ident if isinstance(ident, str) and _URI.match(ident) and len(ident) <= MAX_ID_CHARS else ""
    name = name if isinstance(name, str) else ""
    if isinstance(value, str) and not ident:
        name = value  # a plain name where an IRI belongs: it is still the author's name
    if not name and ident.startswith("acct:"):
        name = ident[5:].split("@")[0]
    return " ".join(name.split())[:MAX_AUTHOR_CHARS], ident


def _time(item: dict, key: str) -> str:
    value = item.get(key, "")
    if value and (not isinstance(value, str) or not _TIME.match(value)):
        raise StoreError(f"its {key} time {str(value)[:40]!r} is not an ISO 8601 date-time with a time zone.")
    return value


def _places(value) -> tuple[Place, ...]:
    targets = value if isinstance(value, list) else [value]
    if not targets or len(targets) > MAX_TARGETS:
        raise StoreError(f"it has no target, or more than {MAX_TARGETS}.")
    return tuple(_place(target) for target in targets)


def _place(value) -> Place:
    if isinstance(value, str):
        return Place(value)
    if not isinstance(value, dict) or not isinstance(value.get("source", value.get("id")), str):
        raise StoreError("it has no target, or one without a source.")
    colour = _first(value.get("styleClass"))
    selectors = value.get("selector", [])
    fields: dict = {}
    ignored: list[str] = []
    for selector in (selectors if isinstance(selectors, list) else [selectors])[:MAX_SELECTORS]:
        known = _selector(selector)
        if known is None:
            ignored.append(_selector_name(selector))
        else:
            fields.update(known)
    return Place(value.get("source", value.get("id")), fields, tuple(ignored), colour if isinstance(colour, str)
                 else None)


def _selector_name(selector) -> str:
    types = sorted(_types(selector))
    return types[0][:40] if types else "an untyped selector"


def _selector(selector) -> dict | None:
    """What a selector Casefile reads says; None for one it does not read (it is ignored)."""
    types = _types(selector)
    if "TextQuoteSelector" in types:
        texts = {key: selector.get(key, "") for key in ("exact", "prefix", "suffix")}
        if not all(isinstance(v, str) for v in texts.values()):
            raise StoreError("its TextQuoteSelector holds something other than text.")
        return texts
    if "TextPositionSelector" in types:
        start, end = selector.get("start"), selector.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53 for v in (start, end)):
            raise StoreError("its TextPositionSelector start and end are not whole numbers from 0.")
        return {"start": start, "end": end}
    if "FragmentSelector" in types:
        text = selector.get("value")
        page = _PAGE.match(text) if isinstance(text, str) else None
        if page:
            return {"page": int(page.group(1))}
        region = _XYWH.match(text) if isinstance(text, str) else None
        if region:
            return {"region": tuple(int(v) for v in region.groups())}
    return None
