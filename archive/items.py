"""Reports and images: `archive.items`.

Rows are turned into small frozen dataclasses here, and every value that came from the file is checked
for type on the way out, because a forged archive can put a blob where text belongs.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .errors import ArchiveDamaged, ItemNotFound, LimitExceeded
from .htmlsafe import plain_text_to_html, sanitize_html

if TYPE_CHECKING:
    from .reader import Archive

# What archive.imaging.read_exif keeps (200 fields of 500 characters), with room for JSON escapes;
# not imported from there so that opening an archive does not load Pillow.
MAX_EXIF_ENTRIES = 200
MAX_EXIF_VALUE = 500
MAX_EXIF_JSON_CHARS = 2_000_000
MAX_DETAILS_JSON_CHARS = 200_000
MAX_OCR_WORDS_JSON_CHARS = 5_000_000  # ~100,000 words: more than any page holds

# What an item list may be ordered by: build order, or a column (a name from this set, never text).
SORT_COLUMNS = frozenset({"position", "title", "kind", "date", "language", "id", "source", "folder"})
ITEM_COLUMNS = (
    "id, kind, title, date, source, language, languages, authors, file_name, media_type, "
    "blob_sha256, caption, place, synthetic"
)


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    date: str | None
    source: str | None
    language: str | None
    languages: tuple[str, ...]
    authors: tuple[str, ...]
    file_name: str
    media_type: str
    sha256: str
    caption: str | None
    place: str | None
    synthetic: bool


@dataclass(frozen=True)
class Page:
    number: int
    start: int
    text: str


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int
    exif: dict[str, str]


@dataclass(frozen=True)
class Thumbnail:
    media_type: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class FileInfo:
    """Where an item came from (format 2 on): its path in the publisher's folder (or inside its parent
    item), that path's folder, the parent item, whether its content was read, and format facts."""

    path: str
    folder: str
    parent_id: str | None
    outcome: str  # "read", or "kept": stored as given, `reason` says why
    reason: str | None
    details: dict


@dataclass(frozen=True)
class Rendition:
    page_no: int  # 0: the whole document (an office file as PDF); 1..: one page or frame as a picture
    media_type: str
    width: int
    height: int
    sha256: str


@dataclass(frozen=True)
class OcrWord:
    start: int  # character offsets of the word in its page's text
    end: int
    x: int  # its box, in the pixels of the page image that was read (OcrPage.width x height)
    y: int
    w: int
    h: int
    confidence: float


@dataclass(frozen=True)
class OcrPage:
    """Machine-read text of one page or picture, with where each word is on it."""

    page_no: int
    width: int
    height: int
    engine: str
    languages: tuple[str, ...]
    confidence: float | None
    text: str
    words: tuple[OcrWord, ...]


@dataclass(frozen=True)
class ItemMention:
    entity_id: str
    field: str
    start: int
    end: int


class Items:
    """Query object for items; fetches rows on demand, never loads the whole archive."""

    def __init__(self, archive: Archive):
        self._archive = archive

    def count(self, kind: str | None = None, *, folder: str | None = None,
              among: list[str] | None = None) -> int:
        """How many items (of one kind; in `folder` and the folders below it; among the ids `among`)."""
        where, params = self._where(kind, folder, among)
        return self._archive.query_one(f"SELECT count(*) FROM items {where}", params)[0]

    def _where(self, kind: str | None, folder: str | None, among: list[str] | None = None) -> tuple[str, tuple]:
        """WHERE clause (or "") over items for a kind, a folder with its sub-folders (the items of
        format 1, which has no item_files, are in the folder their id starts with) and a list of ids
        (one JSON parameter, however many)."""
        conditions, params = [], []
        if among is not None:
            conditions.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(among)))
        if kind:
            conditions.append("kind = ?")
            params.append(kind)
        if folder:
            # "/" + 1 is "0": [F/, F0) holds exactly the paths below F, and the index on folder serves it.
            if self._archive.has_table("item_files"):
                conditions.append("id IN (SELECT item_id FROM item_files WHERE folder = ? OR "
                                  "(folder >= ? AND folder < ?))")
                params += [folder, folder + "/", folder + "0"]
            else:
                conditions.append("(id >= ? AND id < ?)")
                params += [folder + "/", folder + "0"]
        return ("WHERE " + " AND ".join(conditions) if conditions else ""), tuple(params)

    def ids(self, kind: str | None = None, *, folder: str | None = None, order: str = "position",
            descending: bool = False, among: list[str] | None = None) -> list[str]:
        """Item ids in build order (the order the publisher's folder listed them), or by `order` as
        `list` orders them; of one kind, in `folder` and the folders below it, among the ids `among`.
        The order is SQL's, so that `list` pages through exactly these ids."""
        key = _sort_key(order, self._archive.has_table("item_files"))
        where, params = self._where(kind, folder, among)
        direction = "DESC" if descending else ""
        return [row[0] for row in self._archive.query(
            f"SELECT id FROM items {where} ORDER BY {key} {direction}, position {direction}", params)]

    def list(self, kind: str | None = None, *, limit: int = 100, offset: int = 0,
             folder: str | None = None, after: str | None = None, order: str = "position",
             descending: bool = False, among: list[str] | None = None) -> list[Item]:
        """Items in build order, or by `order` (title, kind, date, language, id, source, folder: then
        build order for ties), of one kind, in `folder` and the folders below it, among the ids `among`; `after`: the
        id of the last item of the previous page (keyset paging: the next page costs the same at the
        end of 100,000 items as at the start, where OFFSET re-reads every row before it)."""
        key = _sort_key(order, self._archive.has_table("item_files"))
        where, params = self._where(kind, folder, among)
        if after is not None:
            where = f"{where} AND" if where else "WHERE"
            later = "<" if descending else ">"
            where += (f" ({key}, position) {later} (SELECT {key}, position FROM items WHERE id = ?)")
            params = (*params, after)
        direction = "DESC" if descending else ""
        rows = self._archive.query(
            f"SELECT {ITEM_COLUMNS} FROM items {where} ORDER BY {key} {direction}, position {direction} "
            "LIMIT ? OFFSET ?", (*params, limit, offset))
        return [_item(row) for row in rows]

    def folders_of(self, item_ids: list[str]) -> dict[str, str]:
        """The publisher's folder of each of these items ("" for the top), in one query: what a list
        shows in its Folder column (for a format 1 archive, the item id's folder)."""
        if not item_ids:
            return {}
        if self._archive.has_table("item_files"):
            rows = self._archive.query("SELECT item_id, folder FROM item_files WHERE item_id IN "
                                       "(SELECT value FROM json_each(?))", (json.dumps(list(item_ids)),))
        else:
            rows = self._archive.query(f"SELECT id, {_ID_FOLDER} FROM items WHERE id IN "
                                       "(SELECT value FROM json_each(?))", (json.dumps(list(item_ids)),))
        return {str(item_id): folder if isinstance(folder, str) else "" for item_id, folder in rows}

    def get(self, item_id: str) -> Item:
        row = self._archive.query_one(f"SELECT {ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,))
        if row is None:
            raise ItemNotFound(f"No item {item_id!r} in {self._archive.path.name}.")
        return _item(row)

    def text(self, item_id: str) -> str:
        """Extracted plain text (reports) or caption (images); what mentions' offsets refer to."""
        return _str_or_empty(self._field(item_id, "text"))

    def html(self, item_id: str) -> str | None:
        """Markup stored by the builder, as signed. Untrusted: show `display_html` instead."""
        value = self._field(item_id, "html")
        return value if isinstance(value, str) else None

    def display_html(self, item_id: str) -> str:
        """The report's markup ready to display: the stored markup re-sanitised (a forged archive can hold
        any markup), or the plain text as escaped paragraphs when the builder stored none."""
        stored = self.html(item_id)
        return sanitize_html(stored).html if stored is not None else plain_text_to_html(self.text(item_id))

    def original(self, item_id: str) -> bytes:
        """The original file, byte-identical to what the publisher put in (size-capped)."""
        sha = self.get(item_id).sha256
        size = self._archive.query_one("SELECT size FROM blobs WHERE sha256 = ?", (sha,))
        if size is None:
            raise ArchiveDamaged(f"Item {item_id!r} refers to a missing original ({sha[:12]}…).")
        if not isinstance(size[0], int) or size[0] > self._archive.limits.max_blob_bytes:
            raise LimitExceeded(
                f"The original of {item_id!r} is larger than the {self._archive.limits.max_blob_bytes:,}-byte "
                f"limit and was not loaded."
            )
        data = self._archive.query_one("SELECT data FROM blobs WHERE sha256 = ?", (sha,))[0]
        if not isinstance(data, bytes):
            raise ArchiveDamaged(f"The original of {item_id!r} is not stored as bytes.")
        return data

    def original_size(self, item_id: str) -> int | None:
        """The size in bytes of the original file, without loading it (None if it is missing)."""
        row = self._archive.query_one("SELECT size FROM blobs WHERE sha256 = ?", (self.get(item_id).sha256,))
        return row[0] if row is not None and isinstance(row[0], int) else None

    def pages(self, item_id: str) -> list[Page]:
        rows = self._archive.query(
            "SELECT page_no, start, text FROM pages WHERE item_id = ? ORDER BY page_no", (item_id,)
        )
        return [Page(_int(n), _int(start), _str_or_empty(text)) for n, start, text in rows]

    def image_info(self, item_id: str) -> ImageInfo | None:
        """Format, size and EXIF, the EXIF capped as the builder caps it (a forged row can hold a million
        fields, which would take the viewer minutes to list)."""
        row = self._archive.query_one(
            "SELECT format, width, height, CASE WHEN length(exif) <= ? THEN exif END FROM images WHERE item_id = ?",
            (MAX_EXIF_JSON_CHARS, item_id),
        )
        if row is None:
            return None
        exif = _json(row[3], {}) if row[3] else {}
        fields = islice(exif.items(), MAX_EXIF_ENTRIES) if isinstance(exif, dict) else ()
        return ImageInfo(str(row[0]), _int(row[1]), _int(row[2]),
                         {str(name)[:80]: str(value)[:MAX_EXIF_VALUE] for name, value in fields})

    def thumbnail(self, item_id: str, size: int = 256) -> Thumbnail | None:
        """The stored thumbnail whose longest edge is closest to `size`, if any."""
        row = self._archive.query_one(
            "SELECT media_type, width, height, data FROM thumbnails WHERE item_id = ? "
            "ORDER BY abs(size - ?) LIMIT 1",
            (item_id, size),
        )
        if row is None or not isinstance(row[3], bytes):
            return None
        return Thumbnail(str(row[0]), _int(row[1]), _int(row[2]), row[3])

    def mentions(self, item_id: str) -> list[ItemMention]:
        rows = self._archive.query(
            'SELECT entity_id, field, start, "end" FROM mentions WHERE item_id = ? ORDER BY field, start',
            (item_id,),
        )
        return [ItemMention(str(e), str(f), _int(s), _int(t)) for e, f, s, t in rows]

    def file_info(self, item_id: str) -> FileInfo:
        """Its path, folder, parent and outcome; for a format 1 archive (or a missing row), derived
        from the item's id and file name."""
        row = None
        if self._archive.has_table("item_files"):
            row = self._archive.query_one(
                "SELECT path, folder, parent_id, outcome, reason, CASE WHEN length(details) <= ? THEN details END "
                "FROM item_files WHERE item_id = ?", (MAX_DETAILS_JSON_CHARS, item_id))
        if row is None:
            item = self.get(item_id)
            folder = item.id.rpartition("/")[0]
            return FileInfo(f"{folder}/{item.file_name}" if folder else item.file_name, folder, None, "read", None, {})
        details = _json(row[5], {}) if row[5] else {}
        return FileInfo(_str_or_empty(row[0]), _str_or_empty(row[1]), _opt_str(row[2]),
                        "kept" if row[3] == "kept" else "read", _opt_str(row[4]),
                        dict(islice(details.items(), MAX_EXIF_ENTRIES)) if isinstance(details, dict) else {})

    def children(self, item_id: str, *, limit: int = 1000) -> list[Item]:
        """The items inside this one (an email's attachments, a mailbox's messages), in order."""
        if not self._archive.has_table("item_files"):
            return []
        rows = self._archive.query(
            f"SELECT {', '.join('i.' + c.strip() for c in ITEM_COLUMNS.split(','))} FROM item_files f "
            "JOIN items i ON i.id = f.item_id WHERE f.parent_id = ? ORDER BY i.position LIMIT ?", (item_id, limit))
        return [_item(row) for row in rows]

    def folders(self) -> list[tuple[str, int]]:
        """Every folder that holds items, with how many it holds directly, sorted by path."""
        if not self._archive.has_table("item_files"):
            rows = self._archive.query(f"SELECT {_ID_FOLDER}, count(*) FROM items "
                                       "GROUP BY 1 ORDER BY 1")
        else:
            rows = self._archive.query("SELECT folder, count(*) FROM item_files WHERE parent_id IS NULL "
                                       "GROUP BY folder ORDER BY folder")
        return [(_str_or_empty(folder), _int(count)) for folder, count in rows]

    def renditions(self, item_id: str) -> list[Rendition]:
        """The views made for this item at build time, by page number."""
        if not self._archive.has_table("renditions"):
            return []
        rows = self._archive.query("SELECT page_no, media_type, width, height, blob_sha256 FROM renditions "
                                   "WHERE item_id = ? ORDER BY page_no", (item_id,))
        return [Rendition(_int(n), _str_or_empty(t), _int(w), _int(h), _str_or_empty(sha)) for n, t, w, h, sha in rows]

    def rendition_data(self, item_id: str, page_no: int) -> bytes | None:
        """The bytes of one rendition (size-capped like originals), or None if there is none."""
        match = [r for r in self.renditions(item_id) if r.page_no == page_no]
        return self._blob(match[0].sha256, f"the view of {item_id!r}") if match else None

    def ocr_pages(self, item_id: str) -> list[OcrPage]:
        """The pages (or pictures) of this item whose text was machine-read, by page number ([] when
        none was, and in a format 1 archive). Values are type-checked and capped: a forged row can
        hold anything."""
        if not self._archive.has_table("ocr_pages"):
            return []
        rows = self._archive.query(
            "SELECT page_no, width, height, engine, languages, confidence, text, "
            "CASE WHEN length(words) <= ? THEN words END FROM ocr_pages WHERE item_id = ? ORDER BY page_no",
            (MAX_OCR_WORDS_JSON_CHARS, item_id))
        return [_ocr_page(row) for row in rows]

    def _blob(self, sha: str, what: str) -> bytes:
        size = self._archive.query_one("SELECT size FROM blobs WHERE sha256 = ?", (sha,))
        if size is None:
            raise ArchiveDamaged(f"{what[:1].upper()}{what[1:]} refers to missing stored bytes ({sha[:12]}…).")
        if not isinstance(size[0], int) or size[0] > self._archive.limits.max_blob_bytes:
            raise LimitExceeded(f"{what[:1].upper()}{what[1:]} is larger than the "
                                f"{self._archive.limits.max_blob_bytes:,}-byte limit and was not loaded.")
        data = self._archive.query_one("SELECT data FROM blobs WHERE sha256 = ?", (sha,))[0]
        if not isinstance(data, bytes):
            raise ArchiveDamaged(f"{what[:1].upper()}{what[1:]} is not stored as bytes.")
        return data

    def _field(self, item_id: str, column: str):
        row = self._archive.query_one(f"SELECT {column} FROM items WHERE id = ?", (item_id,))
        if row is None:
            raise ItemNotFound(f"No item {item_id!r} in {self._archive.path.name}.")
        return row[0]


def _sort_key(order: str, item_files: bool = True) -> str:
    """The SQL a list of items is ordered by for `order` (one of SORT_COLUMNS, never other text); a
    folder is the publisher's (item_files), or for a format 1 archive the item id's folder."""
    if order not in SORT_COLUMNS:
        raise ValueError(f"items cannot be ordered by {order!r}")
    if order == "position":
        return "position"
    if order == "folder":
        return ("coalesce((SELECT f.folder FROM item_files f WHERE f.item_id = items.id), '')" if item_files
                else _ID_FOLDER)
    return f"coalesce({order}, '')"  # NULL dates sort first


# A format 1 archive's folder of an item: its id up to the last slash.
_ID_FOLDER = "rtrim(rtrim(items.id, replace(items.id, '/', '')), '/')"


def _item(row: tuple) -> Item:
    (item_id, kind, title, date, source, language, languages, authors, file_name, media_type, sha,
     caption, place, synthetic) = row
    return Item(
        id=str(item_id),
        kind=str(kind),
        title=_str_or_empty(title),
        date=_opt_str(date),
        source=_opt_str(source),
        language=_opt_str(language),
        languages=_str_tuple(languages),
        authors=_str_tuple(authors),
        file_name=_str_or_empty(file_name),
        media_type=_str_or_empty(media_type),
        sha256=_str_or_empty(sha),
        caption=_opt_str(caption),
        place=_opt_str(place),
        synthetic=bool(synthetic),
    )


def _ocr_page(row: tuple) -> OcrPage:
    page_no, width, height, engine, languages, confidence, text, words = row
    parsed = _json(words, []) if words else []
    boxes = tuple(OcrWord(*(int(v) for v in word[:6]), float(word[6]))
                  for word in (parsed if isinstance(parsed, list) else ())
                  if isinstance(word, list) and len(word) == 7
                  and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                          and abs(v) < 2**53 for v in word))
    return OcrPage(_int(page_no), _int(width), _int(height), _str_or_empty(engine),
                   tuple(_str_or_empty(languages).split("+")) if languages else (),
                   float(confidence) if isinstance(confidence, (int, float)) and math.isfinite(confidence) else None,
                   _str_or_empty(text), boxes)


def _json(value, default):
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default


def _str_tuple(value) -> tuple[str, ...]:
    parsed = _json(value, []) if value else []
    return tuple(str(v) for v in parsed) if isinstance(parsed, list) else ()


def _str_or_empty(value) -> str:
    return value if isinstance(value, str) else ""


def _opt_str(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value) -> int:
    return value if isinstance(value, int) else 0
