"""The archive format, declared once.

The builder creates exactly these tables (through sqlite-utils) and the reader refuses any file whose
schema differs: an unknown table, view or trigger, or a known table with different columns. The
declaration is data, not SQL text, so the check compares structure (PRAGMA table_xinfo / index_list)
and does not depend on how a given sqlite-utils version spells its CREATE statements.

Format history (PRAGMA user_version):
    1  first release: metadata, blobs, items, pages, images, thumbnails, entities, relations, mentions,
       and the full-text index (search_docs, its FTS5 table, search_terms); the signed manifest
       (manifest, signature), empty until `casefile sign`.
    2  every file a publisher gives is an item: item_files (its path, folder, parent item and whether
       its content was read), renditions (views made at build time: an office file's pages as PDF,
       a phone photo as JPEG), sheets and table_rows (spreadsheets and CSV), emails (headers,
       threads), ocr_pages (machine-read text of scanned pages and pictures, with word boxes);
       item kinds table, email and file. A format 1 file has none of these tables and still opens:
       the reader treats them as empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# "CsF1" as a big-endian int32: lets `file`, the reader and other tools tell an archive from any other
# SQLite database before trusting anything else in it.
APPLICATION_ID = 0x43734631
FORMAT_VERSION = 2
FILE_SUFFIX = ".casefile"

# report: text with a page or HTML view; image; table: sheets of rows; email: headers, body and
# attachments; file: kept as given (original bytes, name, type, size), its content not read.
ITEM_KINDS = ("report", "image", "table", "email", "file")


@dataclass(frozen=True)
class Table:
    """One table of the format: ordered columns, primary key, foreign keys and secondary indexes."""

    name: str
    columns: tuple[tuple[str, type], ...]
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    not_null: frozenset[str] = frozenset()
    indexes: tuple[tuple[str, ...], ...] = ()
    doc: str = ""
    since: int = 1  # the format version that added the table; older files do not have it
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(name for name, _ in self.columns))

    def index_name(self, columns: tuple[str, ...]) -> str:
        """The name sqlite-utils gives an index, so reader and builder agree on it."""
        return f"idx_{self.name}_{'_'.join(columns)}"


SQL_TYPES = {str: "TEXT", int: "INTEGER", bytes: "BLOB", float: "REAL"}

TABLES: tuple[Table, ...] = (
    Table(
        "meta",
        (("key", str), ("value", str)),
        pk="key",
        not_null=frozenset({"value"}),
        doc="Archive metadata: archive_id, title, publisher, description, languages (JSON list), "
        "licence, edition, created, generator.",
    ),
    Table(
        "blobs",
        (("sha256", str), ("size", int), ("media_type", str), ("data", bytes)),
        pk="sha256",
        not_null=frozenset({"size", "data"}),
        doc="Original files, byte-identical, content-addressed and so deduplicated.",
    ),
    Table(
        "items",
        (
            ("id", str),
            ("kind", str),
            ("position", int),
            ("title", str),
            ("date", str),
            ("source", str),
            ("language", str),
            ("languages", str),
            ("authors", str),
            ("file_name", str),
            ("media_type", str),
            ("blob_sha256", str),
            ("text", str),
            ("html", str),
            ("caption", str),
            ("place", str),
            ("synthetic", int),
        ),
        pk="id",
        foreign_keys=(("blob_sha256", "blobs", "sha256"),),
        not_null=frozenset({"kind", "position", "title", "blob_sha256", "synthetic"}),
        indexes=(("kind", "position"), ("date",), ("position",)),
        doc="Reports and images. text: extracted plain text (PDF pages joined by form feeds); "
        "html: sanitised markup for HTML, Markdown and text reports; JSON lists in languages, authors.",
    ),
    Table(
        "pages",
        (("item_id", str), ("page_no", int), ("start", int), ("text", str)),
        pk=("item_id", "page_no"),
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"start", "text"}),
        doc="Per-page text of PDF reports; start is the page's offset in items.text.",
    ),
    Table(
        "images",
        (("item_id", str), ("format", str), ("width", int), ("height", int), ("exif", str)),
        pk="item_id",
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"format", "width", "height"}),
        doc="Image dimensions and EXIF/metadata (JSON object of tag name to value).",
    ),
    Table(
        "thumbnails",
        (
            ("item_id", str),
            ("size", int),
            ("media_type", str),
            ("width", int),
            ("height", int),
            ("data", bytes),
        ),
        pk=("item_id", "size"),
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"media_type", "width", "height", "data"}),
        doc="Pre-made thumbnails; size is the longest edge in pixels.",
    ),
    Table(
        "item_files",
        (
            ("item_id", str),
            ("path", str),
            ("folder", str),
            ("parent_id", str),
            ("outcome", str),
            ("reason", str),
            ("details", str),
        ),
        pk="item_id",
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"path", "folder", "outcome"}),
        indexes=(("folder",), ("parent_id",)),
        doc="Where each item came from: path is its file's path in the source folder ('/'-separated, "
        "as named there), or inside its parent item (an email's attachment, a mailbox's message); "
        "folder is that path's folder ('' at the top). outcome: 'read' (content extracted) or "
        "'kept' (stored as given; reason says why). details: JSON object of format facts "
        "(encoding, frames, sheets, warnings).",
        since=2,
    ),
    Table(
        "renditions",
        (
            ("item_id", str),
            ("page_no", int),
            ("media_type", str),
            ("width", int),
            ("height", int),
            ("blob_sha256", str),
        ),
        pk=("item_id", "page_no"),
        foreign_keys=(("item_id", "items", "id"), ("blob_sha256", "blobs", "sha256")),
        not_null=frozenset({"media_type", "blob_sha256"}),
        doc="Views made at build time for originals the reader app does not decode: page_no 0 is a "
        "whole-document view (an office file as PDF), 1.. one picture per page or frame (a HEIC photo "
        "as JPEG, a TIFF's pages, a scan too large to decode whole). The bytes are in blobs.",
        since=2,
    ),
    Table(
        "sheets",
        (
            ("item_id", str),
            ("sheet_no", int),
            ("name", str),
            ("columns", str),
            ("header_row", int),
            ("row_count", int),
        ),
        pk=("item_id", "sheet_no"),
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"name", "columns", "row_count"}),
        doc="The sheets of a table item (one for CSV): columns is a JSON list of column names (the "
        "detected header row's cells, or A, B, C...); header_row is that row's number in the original "
        "sheet (NULL: none detected).",
        since=2,
    ),
    Table(
        "table_rows",
        (("item_id", str), ("sheet_no", int), ("row_no", int), ("doc_id", int), ("cells", str)),
        pk=("item_id", "sheet_no", "row_no"),
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"cells"}),
        indexes=(("doc_id",),),
        doc="Every data row of a sheet, in order: cells is a JSON list of strings (or null), one per "
        "column; doc_id is the row's search document (search_docs.id), so a hit opens the row.",
        since=2,
    ),
    Table(
        "emails",
        (
            ("item_id", str),
            ("message_id", str),
            ("in_reply_to", str),
            ("refs", str),
            ("thread_id", str),
            ("sender", str),
            ("recipients", str),
            ("sent", str),
            ("subject", str),
        ),
        pk="item_id",
        foreign_keys=(("item_id", "items", "id"),),
        indexes=(("thread_id",),),
        doc="Email headers: refs is a JSON list of the References message ids; recipients a JSON object "
        "{to, cc, bcc} of address lists; sent an ISO 8601 date; thread_id the first message id of the "
        "References chain (or the message's own), the same for every message of a thread.",
        since=2,
    ),
    Table(
        "ocr_pages",
        (
            ("item_id", str),
            ("page_no", int),
            ("width", int),
            ("height", int),
            ("engine", str),
            ("languages", str),
            ("confidence", float),
            ("text", str),
            ("words", str),
        ),
        pk=("item_id", "page_no"),
        foreign_keys=(("item_id", "items", "id"),),
        not_null=frozenset({"width", "height", "engine", "languages", "text", "words"}),
        doc="Text read by OCR from a page with no text layer (a scanned PDF page) or a picture: page_no "
        "as in pages (PDFs) or 1.. (images, TIFF pages); width and height: the page image OCR read, in "
        "pixels, upright as displayed; engine: name and version; languages: the engine's language codes "
        "joined by '+'; confidence: mean word confidence 0-100; text: the recognised text (for PDFs also "
        "the page's text in pages); words: JSON list of [start, end, x, y, w, h, confidence], one per "
        "word, start/end its character offsets in text, x/y/w/h its box in those pixels.",
        since=2,
    ),
    Table(
        "entities",
        (("id", str), ("schema", str), ("caption", str), ("properties", str), ("synthetic", int)),
        pk="id",
        not_null=frozenset({"schema", "caption", "properties", "synthetic"}),
        indexes=(("schema", "caption"),),
        doc="FollowTheMoney records: properties is the FtM JSON object of property name to list of "
        "strings. Relationship schemata (Occupancy, Membership, ...) are entities too.",
    ),
    Table(
        "relations",
        (("source_id", str), ("prop", str), ("target_id", str)),
        pk=("source_id", "prop", "target_id"),
        foreign_keys=(("source_id", "entities", "id"), ("target_id", "entities", "id")),
        indexes=(("target_id",),),
        doc="Every entity-typed FtM property value that resolves inside the archive, as an edge.",
    ),
    Table(
        "mentions",
        (("item_id", str), ("field", str), ("start", int), ("end", int), ("entity_id", str)),
        pk=("item_id", "field", "start", "end", "entity_id"),
        foreign_keys=(("item_id", "items", "id"), ("entity_id", "entities", "id")),
        indexes=(("entity_id",),),
        doc="Where an entity's name or alias occurs in an item's title, text or caption "
        "(character offsets into that field).",
    ),
    Table(
        "search_docs",
        (
            ("id", int),
            ("doc_kind", str),
            ("item_id", str),
            ("entity_id", str),
            # Filter columns before the long text ones: SQLite reads a row's columns in order, so a
            # filter on date would otherwise walk the overflow pages of every matching body.
            ("lang", str),
            ("date", str),
            ("year", int),
            ("source", str),
            ("title", str),
            ("body", str),
            ("names", str),
        ),
        pk="id",
        not_null=frozenset({"doc_kind"}),
        indexes=(("item_id",), ("entity_id",)),
        doc="One searchable document per report, image and entity. title, body "
        "and names hold index terms (see archive/search/analysis.py), not display text; names are the "
        "names, aliases and transliterations of the entities the document mentions (or is).",
    ),
    Table(
        "search_terms",
        (("term", str), ("docs", int)),
        pk="term",
        not_null=frozenset({"docs"}),
        doc="The index vocabulary with document counts, for fuzzy expansion and 'did you mean'.",
    ),
    Table(
        "manifest",
        (("leaf", str), ("sha256", str)),
        pk="leaf",
        not_null=frozenset({"sha256"}),
        doc="Written by `casefile sign`, empty in an unsigned archive: one row per Merkle leaf (e.g. "
        "item:ID, blob:SHA256, entity:ID; see archive/signing/manifest.py) with the SHA-256 of its "
        "canonical bytes. Lets a failing item be named and one item be checked without re-hashing all.",
    ),
    Table(
        "signature",
        (("key", str), ("value", str)),
        pk="key",
        not_null=frozenset({"value"}),
        doc="Written by `casefile sign`, empty in an unsigned archive: root, leaf_count, archive_id, "
        "edition, key_id, signed_at, signature (minisign text over the root statement), public_key.",
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}


def tables_in(version: int) -> tuple[Table, ...]:
    """The tables a file of format `version` has (an older file lacks the tables added since)."""
    return tuple(table for table in TABLES if table.since <= version)

# The FTS5 index over search_docs (external content). FTS5 creates and owns the shadow tables; the
# reader accepts exactly these names and this declaration, compared after normalise_sql().
FTS_TABLE = "search_docs_fts"
FTS_CONTENT = "search_docs"
FTS_COLUMNS = ("title", "body", "names")
FTS_TOKENIZER = "unicode61 remove_diacritics 0"
FTS_SHADOW_TABLES = frozenset(f"{FTS_TABLE}_{suffix}" for suffix in ("data", "idx", "docsize", "config"))


def normalise_sql(sql: str) -> str:
    """Lower case without quotes, brackets or whitespace: sqlite-utils versions quote differently."""
    return "".join(ch for ch in sql.lower() if ch not in "\"'[]` \t\r\n")


FTS_DECLARATION = normalise_sql(
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING FTS5 ({', '.join(FTS_COLUMNS)}, "
    f"tokenize='{FTS_TOKENIZER}', content={FTS_CONTENT})"
)

META_KEYS = (
    "archive_id",
    "title",
    "publisher",
    "description",
    "languages",
    "licence",
    "edition",
    "created",
    "generator",
)
