"""What an annotation is: `Target`, `Annotation`, the kinds and colours, and the rules they keep.

The same `validate()` guards what the viewer saves, what the CLI adds and what an imported JSON-LD file
brings in, so a hostile file cannot put into the store anything the app itself could not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from .errors import StoreError

KINDS = ("text", "pdf", "region", "note", "bookmark")   # note: whole item or entity; bookmark: whole item
COLOURS = ("yellow", "green", "blue", "pink", "purple")
ITEM_ONLY_KINDS = ("text", "pdf", "region", "bookmark")
QUOTE_KINDS = ("text", "pdf")
MAX_NOTE_CHARS = 1_000_000
MAX_QUOTE_CHARS = 100_000
MAX_TAGS, MAX_TAG_CHARS = 100, 200
MAX_ID_CHARS = 1_000
MAX_ORPHAN_CHARS = 1_000
# The motivations of the W3C model (section 3.3.5); anything else in a file is not kept.
MOTIVATIONS = ("assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
               "identifying", "linking", "moderating", "questioning", "replying", "tagging")
NOTE_FORMATS = ("", "text/plain", "text/markdown", "text/html")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+\Z")


@dataclass(frozen=True)
class Target:
    """What an annotation is about: an item (with the SHA-256 it had) or an entity, and where in it."""

    archive_id: str
    item_id: str | None = None           # exactly one of item_id / entity_id
    entity_id: str | None = None
    item_sha256: str | None = None       # the item's SHA-256 when annotated (items only)
    exact: str | None = None             # TextQuoteSelector (text and pdf)
    prefix: str = ""                     # up to 32 chars before
    suffix: str = ""                     # up to 32 chars after
    start: int | None = None             # TextPositionSelector: offsets in archive.items.text(item_id)
    end: int | None = None
    page: int | None = None              # pdf: 1-based page number
    region: tuple[int, int, int, int] | None = None   # image: x, y, w, h in image pixels


@dataclass(frozen=True)
class Annotation:
    """One highlight, region, note or bookmark, with its tags, colour, author and times."""

    id: str                  # "urn:uuid:..."
    kind: str                # one of KINDS
    target: Target
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str = "yellow"
    author: str = ""
    created: str = ""        # ISO 8601 UTC, set by the store
    modified: str = ""
    unreadable: bool = False  # encrypted and locked, or a tampered ciphertext (then `problem` says which)
    problem: str = ""
    # Kept from another tool's file, so an export says what it said (empty: Casefile's own rule).
    motivation: str = ""     # the W3C motivation given, e.g. "tagging", "questioning"
    note_format: str = ""    # the note's media type, e.g. "text/markdown" (empty: plain text)
    author_id: str = ""      # the creator's IRI, e.g. "acct:jane@hypothes.is"
    imported: bool = False   # brought in from a file (a collaborator's, another tool's), not made here
    orphan: str = ""         # why an imported annotation does not fit the archive's item (empty: it fits)


def motivation(annotation: Annotation) -> str:
    """The W3C motivation: the one an imported file gave, else bookmarking, commenting (a note is
    given) or highlighting."""
    if annotation.motivation:
        return annotation.motivation
    if annotation.kind == "bookmark":
        return "bookmarking"
    if annotation.kind == "note" or annotation.note:
        return "commenting"
    return "highlighting"


def now() -> str:
    """The current time as ISO 8601 UTC with milliseconds, e.g. 2024-05-01T10:20:30.123Z."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalise_tags(tags) -> tuple[str, ...]:
    """Tags with spaces tidied, empty ones dropped, and case-insensitive duplicates removed."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise StoreError(f"A tag must be text, not {type(tag).__name__}.")
        tidy = " ".join(tag.split())
        if tidy and tidy.casefold() not in seen:
            seen.add(tidy.casefold())
            out.append(tidy)
    return tuple(out)


def validate(annotation: Annotation) -> Annotation:
    """The annotation with tidied tags, or StoreError saying which rule it breaks."""
    annotation = replace(annotation, tags=normalise_tags(annotation.tags))
    _check_fields(annotation)
    _check_target(annotation.kind, annotation.target)
    # An imported page note may hold only tags (Hypothesis's tagging annotations): kept, not refused.
    if annotation.kind == "note" and not annotation.note.strip() and not (annotation.imported and annotation.tags):
        raise StoreError("A note annotation needs some text; write the note, or delete the annotation.")
    return annotation


def _check_fields(a: Annotation) -> None:
    if not isinstance(a.id, str) or not _URI.match(a.id) or len(a.id) > MAX_ID_CHARS:
        raise StoreError(f"The annotation id {str(a.id)[:80]!r} is not a URI (e.g. urn:uuid:...).")
    if a.kind not in KINDS:
        raise StoreError(f"Unknown annotation kind {a.kind!r}; use one of {', '.join(KINDS)}.")
    if a.colour not in COLOURS:
        raise StoreError(f"Unknown colour {a.colour!r}; use one of {', '.join(COLOURS)}.")
    for name in ("note", "author", "created", "modified", "motivation", "note_format", "author_id", "orphan"):
        if not isinstance(getattr(a, name), str):
            raise StoreError(f"The annotation's {name} must be text.")
    if a.motivation and a.motivation not in MOTIVATIONS:
        raise StoreError(f"Unknown motivation {a.motivation[:40]!r}; use one of the W3C model's.")
    if a.note_format not in NOTE_FORMATS:
        raise StoreError(f"Unknown note format {a.note_format[:40]!r}; use one of {', '.join(NOTE_FORMATS[1:])}.")
    if a.author_id and (not _URI.match(a.author_id) or len(a.author_id) > MAX_ID_CHARS):
        raise StoreError(f"The author id {a.author_id[:80]!r} is not a URI (e.g. acct:name@example.org).")
    if len(a.orphan) > MAX_ORPHAN_CHARS:
        raise StoreError(f"The reason an annotation does not fit is longer than {MAX_ORPHAN_CHARS:,} characters.")
    if len(a.note) > MAX_NOTE_CHARS:
        raise StoreError(f"The note is longer than {MAX_NOTE_CHARS:,} characters; split it up.")
    if len(a.tags) > MAX_TAGS or any(len(tag) > MAX_TAG_CHARS for tag in a.tags):
        raise StoreError(f"Use at most {MAX_TAGS} tags of at most {MAX_TAG_CHARS} characters each.")


def _check_target(kind: str, t: Target) -> None:
    if not isinstance(t.archive_id, str) or not t.archive_id.strip():
        raise StoreError("The annotation does not say which archive it belongs to.")
    if (t.item_id is None) == (t.entity_id is None):
        raise StoreError("An annotation is about exactly one item or one entity.")
    if t.entity_id is not None and (kind != "note" or not isinstance(t.entity_id, str)):
        raise StoreError(f"Only notes can be attached to an entity, not a {kind}.")
    if t.item_id is not None:
        if not isinstance(t.item_id, str) or not t.item_id:
            raise StoreError("The annotated item id must be text.")
        if not isinstance(t.item_sha256, str) or not _SHA256.match(t.item_sha256):
            raise StoreError(f"The annotation of item {t.item_id!r} lacks the item's SHA-256.")
    if kind in QUOTE_KINDS:
        _check_quote(t)
    elif t.exact is not None or t.start is not None or t.end is not None:
        raise StoreError(f"A {kind} annotation has no quoted text.")
    if (kind == "pdf") != (t.page is not None):
        raise StoreError("A PDF highlight needs its page number, and only PDF highlights have one.")
    if kind == "pdf" and (not _is_int(t.page) or t.page < 1):
        raise StoreError(f"The page number {t.page!r} is not a page (pages count from 1).")
    if (kind == "region") != (t.region is not None):
        raise StoreError("An image region needs x, y, width and height, and only regions have them.")
    if kind == "region":
        region = t.region
        if (not isinstance(region, tuple) or len(region) != 4 or not all(_is_int(v) for v in region)
                or min(region) < 0 or region[2] == 0 or region[3] == 0):
            raise StoreError(f"The region {region!r} is not x, y, width, height in whole pixels "
                             f"(width and height above 0).")


def _check_quote(t: Target) -> None:
    if not isinstance(t.exact, str) or not t.exact or len(t.exact) > MAX_QUOTE_CHARS:
        raise StoreError(f"A highlight needs the quoted text (1 to {MAX_QUOTE_CHARS:,} characters).")
    if not isinstance(t.prefix, str) or not isinstance(t.suffix, str):
        raise StoreError("The text before and after a quote must be text.")
    if (t.start is None) != (t.end is None):
        raise StoreError("A highlight's position needs both its start and its end.")
    if t.start is not None and (not _is_int(t.start) or not _is_int(t.end) or not 0 <= t.start <= t.end):
        raise StoreError(f"The position {t.start!r}-{t.end!r} is not a span of the text.")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
