"""Matching an imported annotation to the archive: which item, whether it is still the same, where in it.

A target is matched by its `urn:casefile:` URN or, for another tool's annotation of a web page (a
Hypothesis export), by the web address the publisher recorded as an item's source. A target that names
no item of the archive is left out with the reason; one in another archive is left for that archive.
An annotation that names an item of this archive but does not fit it (the item is not in this archive
or has changed since, the quote is not in its text, the region is outside the image, its place is given
only by selectors Casefile cannot resolve) is kept as an **orphan**: stored with the reason, flagged in
the Annotations tab, never shown as if it were anchored.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from ..errors import CasefileError
from .anchoring import anchor, quote_context
from .errors import StoreError
from .model import COLOURS, Annotation, Target, motivation
from .w3c import Found, Place, parse_urn

if TYPE_CHECKING:
    from ..reader import Archive

_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+", re.I)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]{0,30}):")


class OtherArchive(Exception):
    """The target is in another archive: not refused, left for when that archive is open."""


class Fitter:
    """Turns what a file says (`w3c.Found`) into annotations of one archive, orphans flagged.

    Without an archive (`archive` None) only `urn:casefile:` targets are taken, as they are: nothing
    can be checked, so the caller vouches for them (restoring one's own export).
    """

    def __init__(self, archive: Archive | None, archive_id: str | None):
        self.archive = archive
        self.archive_id = archive.metadata.archive_id if archive is not None else archive_id
        self._by_address: dict[str, str] | None = None
        self.text = lru_cache(maxsize=32)(self._text)

    def fit(self, found: Found) -> tuple[list[Annotation], list[str]]:
        """One annotation per target in this archive, and why each other target was left out.

        OtherArchive if every target is in another archive; StoreError if none can be used.
        """
        made, left_out, elsewhere = [], [], []
        for number, place in enumerate(found.places, 1):
            try:
                kind, target, orphan = self._place(found, place)
            except OtherArchive as exc:
                elsewhere.append(str(exc))
                continue
            except StoreError as exc:
                left_out.append(str(exc))
                continue
            ident = found.id if number == 1 else f"{found.id}#target-{number}"
            made.append(_annotation(found, place, ident, kind, target, orphan))
        if not made and elsewhere and not left_out:
            raise OtherArchive(elsewhere[0])
        if not made:
            raise StoreError("; ".join((left_out + elsewhere)[:3]))
        return made, left_out + elsewhere

    # -- one target ----------------------------------------------------------------------------------
    def _place(self, found: Found, place: Place) -> tuple[str, Target, str]:
        base, from_web = self._base(place.source)
        fields = dict(place.fields)
        if from_web:
            # Offsets into the web page's text say nothing about the archive's text: the quote decides.
            fields.pop("start", None)
            fields.pop("end", None)
        orphan = self._check(base, fields, from_web) if self.archive is not None else ""
        if "start" in fields and "exact" not in fields:
            del fields["start"], fields["end"]
            orphan = orphan or "it gives a position without the quoted text, which cannot be checked; kept as a note"
        unresolved = ", ".join(sorted(set(place.ignored)))
        if not fields and unresolved and not orphan:
            orphan = (f"its place in the item is given only by {unresolved}, which Casefile cannot resolve; "
                      f"kept as a note on the whole item")
        kind = _kind(fields, found)
        if kind == "note" and not found.note.strip() and not found.tags:
            where = f"its place is given only by {unresolved}, which Casefile cannot resolve" if unresolved \
                else "it marks no place Casefile can find"
            raise StoreError(f"{where}, and it holds no note or tag to keep")
        return kind, replace(base, **fields), orphan

    def _base(self, source: str) -> tuple[Target, bool]:
        """The archive and item (or entity) a target's source names, and whether it is a web address."""
        scheme = _SCHEME.match(source)
        name = scheme.group(1).lower() if scheme else ""
        if source.startswith("urn:casefile:"):
            base = parse_urn(source)
            if self.archive_id is not None and base.archive_id != self.archive_id:
                raise OtherArchive(f"its target is in archive {base.archive_id[:80]!r}, not this one")
            return base, False
        if name in ("http", "https") and self.archive is not None:
            item_id = self._item_at(source)
            if item_id is None:
                raise StoreError(f"its target {source[:100]!r} is not the source of any item in this archive")
            return Target(self.archive_id, item_id, item_sha256=self.archive.items.get(item_id).sha256), True
        if name in ("http", "https"):
            raise StoreError("its target is a web address; open the archive so it can be matched to an item")
        raise StoreError(f"its target {source[:60]!r} is {'a ' + name + ': address' if name else 'no address'}, "
                         f"which names no item of an archive (only urn:casefile: and an item's web source do)")

    def _check(self, base: Target, fields: dict, from_web: bool) -> str:
        """Why the target does not fit the archive ('' if it does); fixes up `fields` where it does."""
        items = self.archive.items
        try:
            if base.entity_id is not None:
                self.archive.entities.get(base.entity_id)
                return ""
            item = items.get(base.item_id)
        except CasefileError:
            return f"{base.item_id or base.entity_id!r} is not in this archive"
        if not from_web and item.sha256 != base.item_sha256:
            return f"item {item.id!r} has changed since it was annotated (its SHA-256 differs)"
        if "region" in fields:
            return self._region(item.id, fields["region"])
        if "exact" in fields:
            return self._quote(item.id, fields)
        if "start" in fields:
            return self._position(item.id, fields)
        return ""

    def _region(self, item_id: str, region: tuple[int, int, int, int]) -> str:
        image = self.archive.items.image_info(item_id)
        if image is None:
            return f"item {item_id!r} is not an image, so a region cannot be marked on it"
        x, y, w, h = region
        if x + w > image.width or y + h > image.height:
            return f"the region {x},{y},{w},{h} is outside the {image.width} x {image.height} image"
        return ""

    def _quote(self, item_id: str, fields: dict) -> str:
        found = anchor(self.text(item_id), Target("", exact=fields["exact"], prefix=fields.get("prefix", ""),
                                                    suffix=fields.get("suffix", ""), start=fields.get("start")))
        if found is None:
            return f"the quoted text is not in item {item_id!r}"
        fields["start"], fields["end"] = found
        self._page(item_id, fields)
        return ""

    def _position(self, item_id: str, fields: dict) -> str:
        """A position with no quote: the quote is read from the item's text, which it was made against."""
        text, start, end = self.text(item_id), fields["start"], fields["end"]
        if not start < end <= len(text):
            del fields["start"], fields["end"]
            return f"its position {start}-{end} is not a span of item {item_id!r}'s text; kept as a note"
        fields["exact"], fields["prefix"], fields["suffix"] = quote_context(text, start, end)
        self._page(item_id, fields)
        return ""

    def _page(self, item_id: str, fields: dict) -> None:
        pages = self.archive.items.pages(item_id)
        if pages and "page" not in fields:
            fields["page"] = max((p.number for p in pages if p.start <= fields["start"]), default=pages[0].number)

    def _text(self, item_id: str) -> str:
        return self.archive.items.text(item_id)

    def _item_at(self, address: str) -> str | None:
        if self._by_address is None:
            items = self.archive.items
            self._by_address = {}
            for item in items.list(limit=max(items.count(), 1)):
                for found in _WEB_ADDRESS.findall(item.source or ""):
                    self._by_address.setdefault(_normal(found.rstrip(".,;)")), item.id)
        return self._by_address.get(_normal(address))


def _normal(address: str) -> str:
    """A web address as Hypothesis compares them: no fragment, no `www.`, no trailing slash, any case host."""
    parts = urlsplit(address.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower(), host,
                       parts.path.rstrip("/"), parts.query, ""))


def _kind(fields: dict, found: Found) -> str:
    if "region" in fields:
        return "region"
    if "page" in fields:
        return "pdf"
    if "exact" in fields:
        return "text"
    return "bookmark" if found.motivation == "bookmarking" and not found.note else "note"


def _annotation(found: Found, place: Place, ident: str, kind: str, target: Target, orphan: str) -> Annotation:
    made = Annotation(ident, kind, target, note=found.note, tags=found.tags,
                      colour=place.colour if place.colour in COLOURS else "yellow", author=found.author,
                      created=found.created, modified=found.modified, note_format=found.note_format,
                      author_id=found.author_id, imported=True, orphan=orphan)
    # Only a motivation Casefile's own rule would not give again is kept (tagging stays tagging).
    return replace(made, motivation="" if motivation(made) == found.motivation else found.motivation)
