"""The archive format, declared once.

The builder creates exactly these tables (through sqlite-utils) and the reader refuses any file whose
schema differs: an unknown table, view or trigger, or a known table with different columns. The
declaration is data, not SQL text, so the check compares structure (PRAGMA table_xinfo / index_list)
and does not depend on how a given sqlite-utils version spells its CREATE statements.

Format history (PRAGMA user_version):
    1  first release: metadata, blobs, items, pages, images, thumbnails, entities, relations, mentions,
       and the full-text index (search_docs, its FTS5 table, search_terms); the signed manifest
       (manifest, signature), empty until `casefile sign`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# "CsF1" as a big-endian int32: lets `file`, the reader and other tools tell an archive from any other
# SQLite database before trusting anything else in it.
APPLICATION_ID = 0x43734631
FORMAT_VERSION = 1
FILE_SUFFIX = ".casefile"

ITEM_KINDS = ("report", "image")


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
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(name for name, _ in self.columns))

    def index_name(self, columns: tuple[str, ...]) -> str:
        """The name sqlite-utils gives an index, so reader and builder agree on it."""
        return f"idx_{self.name}_{'_'.join(columns)}"


SQL_TYPES = {str: "TEXT", int: "INTEGER", bytes: "BLOB", float: "FLOAT"}

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
        indexes=(("kind", "position"), ("date",)),
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
