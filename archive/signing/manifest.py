"""The manifest: which bytes of an archive are signed, cut into named leaves of one Merkle tree.

Why leaves and not one hash: a failing item must be named ("item:reports/x does not match"), one item
must be checkable when it is displayed without re-hashing gigabytes, and one item must be provable to a
third party with a Merkle path (proofs.py). Leaves, sorted by name (bytes order):

    meta                      every metadata row, ordered by key
    blobs                     every blob's (sha256, size, media_type), ordered by sha256
    blob:<sha256>             the original file's raw bytes (so a proof can hash the file itself)
    item:<id>                 the items row, extracted text and sanitised HTML included
    pages:<item_id>           its per-page text rows, ordered by page_no
    image:<item_id>           its images row (dimensions, EXIF)
    thumb:<item_id>:<size>    one thumbnails row, image bytes included
    entity:<id>               one entity record
    relations:<source_id>     the relations from that entity, ordered by (prop, target_id)
    mentions:<item_id>        the mentions in that item, ordered by (field, start, end, entity_id)
    file:<item_id>            its item_files row (path, folder, parent, outcome)      (format 2 on)
    renditions:<item_id>      its renditions rows, ordered by page_no (their bytes: blob leaves)
    sheets:<item_id>          its sheets rows, ordered by sheet_no
    rows:<item_id>            its table_rows, ordered by (sheet_no, row_no)
    email:<item_id>           its emails row
    ocr:<item_id>             its ocr_pages rows (machine-read text and word boxes), ordered by page_no
    index:<table>             the whole table, ordered by primary key, for search_docs, search_terms
                              and each FTS5 shadow table: what search results are computed from

A leaf's digest is the SHA-256 of its rows' canonical bytes (except blob leaves: of the raw bytes).
A row is its cells in column order, each cell encoded so that no two different rows share bytes:

    NULL -> b"N"      INTEGER -> b"I" + decimal + b";"      REAL -> b"R" + repr() + b";"
    TEXT -> b"T" + byte length in decimal + b":" + the UTF-8 bytes as stored
    BLOB -> b"B" + byte length in decimal + b":" + the bytes

The type is part of the encoding, so a forged archive that swaps a text for a blob with the same bytes
changes the hash. The Merkle leaf is merkle.leaf_hash(name + b"\\0" + digest). Canonical bytes are
computed from the values SQLite returns, so the same content hashes the same however the file is laid
out; rows are read from the tables themselves (never through an index), so rows an index hides are
counted too.

Speed matters (a 1 GB archive holds a million rows): TEXT is read as raw bytes (no decoding), and a
table is first checked in one SQL pass for cells whose type differs from the declared one; only a table
that has such cells (a forged one) pays for asking SQLite the type of every cell.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import schema
from ..errors import QueryCancelled

if TYPE_CHECKING:
    from ..reader import Archive

# A verification runs for minutes on slow media; one SQL statement may run that long.
SCAN_SECONDS = 3600.0
BATCH_ROWS = 512
# Originals above this are read in chunks through SQLite's blob API, so a 500 MB original is never
# held twice in memory (SQLite would assemble it and Python would copy it).
INLINE_BLOB_BYTES = 4 * 1024 * 1024
BLOB_CHUNK_BYTES = 1024 * 1024
# Progress counts rows, and originals by the 64 KiB, so time spent and progress shown roughly agree.
BLOB_UNIT_BYTES = 64 * 1024

Progress = Callable[[str, int, int], None]
Cancel = threading.Event | Callable[[], bool] | None

# FTS5 owns its shadow tables; these are the columns it creates for an external-content table.
# Types are not declared (None): every cell's type is asked.
FTS_SHADOW_COLUMNS = {
    f"{schema.FTS_TABLE}_data": (("id", int), ("block", bytes)),
    f"{schema.FTS_TABLE}_idx": (("segid", None), ("term", None), ("pgno", None)),
    f"{schema.FTS_TABLE}_docsize": (("id", int), ("sz", bytes)),
    f"{schema.FTS_TABLE}_config": (("k", None), ("v", None)),
}
FTS_SHADOW_ORDER = {
    f"{schema.FTS_TABLE}_data": ("id",),
    f"{schema.FTS_TABLE}_idx": ("segid", "term"),
    f"{schema.FTS_TABLE}_docsize": ("id",),
    f"{schema.FTS_TABLE}_config": ("k",),
}


@dataclass(frozen=True)
class Source:
    """One table and how its rows become leaves: one per row, one per group of rows, or one in all."""

    table: str
    columns: tuple[tuple[str, type | None], ...]
    prefix: str  # leaf name, or name prefix before ":" when key is set
    key: tuple[str, ...] = ()  # columns naming a per-row or per-group leaf; () = one leaf for the table
    order: tuple[str, ...] = ()  # ORDER BY for grouped and whole-table leaves
    grouped: bool = False  # several rows per leaf (they must come sorted by key)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


def _table(name: str, only: tuple[str, ...] | None = None) -> tuple[tuple[str, type | None], ...]:
    columns = schema.TABLES_BY_NAME[name].columns
    return tuple(col for col in columns if only is None or col[0] in only)


def _pk(name: str) -> tuple[str, ...]:
    pk = schema.TABLES_BY_NAME[name].pk
    return (pk,) if isinstance(pk, str) else tuple(pk)


ITEM_SOURCES = (
    Source("items", _table("items"), "item", key=("id",)),
    Source("pages", _table("pages"), "pages", key=("item_id",), order=_pk("pages"), grouped=True),
    Source("images", _table("images"), "image", key=("item_id",)),
    Source("thumbnails", _table("thumbnails"), "thumb", key=("item_id", "size")),
    Source("mentions", _table("mentions"), "mentions", key=("item_id",), order=_pk("mentions"), grouped=True),
    Source("item_files", _table("item_files"), "file", key=("item_id",)),
    Source("renditions", _table("renditions"), "renditions", key=("item_id",), order=_pk("renditions"),
           grouped=True),
    Source("sheets", _table("sheets"), "sheets", key=("item_id",), order=_pk("sheets"), grouped=True),
    Source("table_rows", _table("table_rows"), "rows", key=("item_id",), order=_pk("table_rows"), grouped=True),
    Source("emails", _table("emails"), "email", key=("item_id",)),
    Source("ocr_pages", _table("ocr_pages"), "ocr", key=("item_id",), order=_pk("ocr_pages"), grouped=True),
)
SOURCES = (
    Source("meta", _table("meta"), "meta", order=("key",)),
    Source("blobs", _table("blobs", ("sha256", "size", "media_type")), "blobs", order=("sha256",)),
    *ITEM_SOURCES,
    Source("entities", _table("entities"), "entity", key=("id",)),
    Source("relations", _table("relations"), "relations", key=("source_id",), order=_pk("relations"),
           grouped=True),
    Source("search_docs", _table("search_docs"), "index:search_docs", order=("id",)),
    Source("search_terms", _table("search_terms"), "index:search_terms", order=("term",)),
    *(Source(table, columns, f"index:{table}", order=FTS_SHADOW_ORDER[table])
      for table, columns in sorted(FTS_SHADOW_COLUMNS.items())),
)
assert set(FTS_SHADOW_COLUMNS) == schema.FTS_SHADOW_TABLES


# -- canonical bytes ---------------------------------------------------------------------------------


def encode_row(row: Iterable, tags: Iterable[bytes]) -> bytes:
    """The canonical bytes of one row; `tags` gives b"T" or b"B" per cell for byte-string cells."""
    return b"".join([
        b"N" if value is None
        else b"%s%d:%s" % (tag, len(value), value) if value.__class__ is bytes
        else b"I%d;" % value if value.__class__ is int
        else b"R%s;" % repr(value).encode("ascii")
        for value, tag in zip(row, tags)
    ])


def name_part(value) -> bytes:
    """A key cell as it appears in a leaf name: text as its bytes, numbers in decimal."""
    if value.__class__ is bytes:
        return value
    if value is None:
        return b""
    return b"%d" % value if value.__class__ is int else repr(value).encode("ascii")


def leaf_name(source: Source, key: tuple) -> bytes:
    if not source.key:
        return source.prefix.encode()
    if len(key) == 1 and key[0].__class__ is bytes:  # the common case, a text id: skip the join
        return source.prefix.encode() + b":" + key[0]
    return source.prefix.encode() + b":" + b":".join(name_part(cell) for cell in key)


def _q(name: str) -> str:
    return f'"{name}"'


_DECLARED = {str: ("text",), int: ("integer",), bytes: ("blob",), None: ()}


def _typed_query(source: Source, table: str, clause: str) -> str:
    """Values plus one 0/1 per column saying whether the cell is a BLOB (to tag T or B)."""
    values = ", ".join(_q(name) for name in source.names)
    blobs = ", ".join(f"typeof({_q(name)}) = 'blob'" for name in source.names)
    return f"SELECT {values}, {blobs} FROM {table} {clause}"


def _is_clean(archive: Archive, source: Source) -> bool:
    """True if every cell has its column's declared type (or NULL, or REAL, which encode unambiguously).

    Then a byte-string cell is TEXT in a text column and BLOB in a blob column, and no per-cell type
    is needed. Columns without a declared type (FTS5's) always need it.
    """
    tests = []
    for name, kind in source.columns:
        if kind is None:
            return False
        bad = ("'text'", "'blob'") if kind in (int, float) else ("'blob'",) if kind is str else ("'text'",)
        tests.append(f"typeof({_q(name)}) IN ({', '.join(bad)})")
    sql = f"SELECT EXISTS (SELECT 1 FROM {_q(source.table)} NOT INDEXED WHERE {' OR '.join(tests)})"
    return not archive.query_one(sql, seconds=SCAN_SECONDS)[0]


def _order_by(source: Source) -> str:
    return f"ORDER BY {', '.join(_q(name) for name in source.order)}" if source.order else ""


def _encoded_rows(archive: Archive, source: Source, where: str = "", params: tuple = (),
                  *, scan: bool = True) -> Iterator[list[tuple[tuple, bytes]]]:
    """Batches of (key cells, canonical bytes) for the rows of `source`, in its order.

    `scan` reads the table itself (NOT INDEXED), as full verification must; a per-item check reads
    through the same indexes the viewer's lookups use.
    """
    width = len(source.names)
    key_at = [source.names.index(name) for name in source.key]
    table = f"{_q(source.table)} NOT INDEXED" if scan else _q(source.table)
    clause = f"{where} {_order_by(source)}"
    if scan and _is_clean(archive, source):
        tags = tuple(b"B" if kind is bytes else b"T" for _, kind in source.columns)
        sql = f"SELECT {', '.join(_q(n) for n in source.names)} FROM {table} {clause}"
        for rows in archive.stream(sql, params, seconds=SCAN_SECONDS, batch=BATCH_ROWS, raw_text=True):
            yield [(tuple(row[i] for i in key_at), encode_row(row, tags)) for row in rows]
        return
    for rows in archive.stream(_typed_query(source, table, clause), params, seconds=SCAN_SECONDS,
                               batch=BATCH_ROWS, raw_text=True):
        yield [(tuple(row[i] for i in key_at),
                encode_row(row[:width], [b"B" if flag else b"T" for flag in row[width:]])) for row in rows]


# -- leaves ------------------------------------------------------------------------------------------


def cancel_test(cancel: Cancel) -> Callable[[], bool] | None:
    """`cancel` (an Event, a callable or None) as a callable that says whether to stop, or None."""
    return cancel.is_set if isinstance(cancel, threading.Event) else cancel


class Meter:
    """Counts work done, reports it, and stops the work when the caller cancels."""

    def __init__(self, progress: Progress | None, cancel: Cancel, total: int):
        self._progress = progress
        self._cancelled = cancel_test(cancel)
        self.total = max(total, 1)
        self.done = 0

    def add(self, stage: str, units: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise QueryCancelled("Verification was cancelled.")
        self.done += units
        if self._progress is not None:
            self._progress(stage, min(self.done, self.total), self.total)


def sources_of(archive: Archive, sources: tuple[Source, ...] = SOURCES) -> tuple[Source, ...]:
    """The sources this file's format has (a format 1 archive has no renditions, sheets, ...)."""
    return tuple(source for source in sources if source.table not in schema.TABLES_BY_NAME
                 or archive.has_table(source.table))


def work_units(archive: Archive) -> int:
    """How much work a full pass is, in Meter units: rows, plus originals by the 64 KiB."""
    total = 0
    for source in sources_of(archive):
        total += archive.query_one(f"SELECT count(*) FROM {_q(source.table)}", seconds=SCAN_SECONDS)[0]
    # The originals are read once more than their table is (blob_leaves): one unit each, plus size.
    blobs, blob_bytes = archive.query_one("SELECT count(*), coalesce(sum(length(data)), 0) FROM blobs",
                                          seconds=SCAN_SECONDS)
    return total + blobs + int(blob_bytes or 0) // BLOB_UNIT_BYTES


def source_leaves(archive: Archive, source: Source, meter: Meter | None = None, where: str = "",
                  params: tuple = (), *, scan: bool = True) -> list[tuple[bytes, bytes]]:
    """(name, digest) for every leaf of one source."""
    leaves = []
    if not source.key:
        digest = hashlib.sha256()
        for batch in _encoded_rows(archive, source, where, params, scan=scan):
            digest.update(b"".join(encoded for _, encoded in batch))
            if meter:
                meter.add(source.table, len(batch))
        return [(leaf_name(source, ()), digest.digest())]
    if source.grouped:
        rows = itertools.chain.from_iterable(_metered(archive, source, meter, where, params, scan))
        for key, group in itertools.groupby(rows, operator.itemgetter(0)):
            encoded = b"".join(item[1] for item in group)
            leaves.append((leaf_name(source, key), hashlib.sha256(encoded).digest()))
        return leaves
    sha256 = hashlib.sha256
    for batch in _metered(archive, source, meter, where, params, scan):
        leaves.extend([(leaf_name(source, key), sha256(encoded).digest()) for key, encoded in batch])
    return leaves


def _metered(archive, source, meter, where, params, scan):
    for batch in _encoded_rows(archive, source, where, params, scan=scan):
        if meter:
            meter.add(source.table, len(batch))
        yield batch


def blob_leaves(archive: Archive, meter: Meter | None = None, where: str = "",
                params: tuple = (), *, scan: bool = True) -> list[tuple[bytes, bytes]]:
    """(b"blob:" + its sha256 column, SHA-256 of the stored bytes) for each original."""
    table = "blobs NOT INDEXED" if scan else "blobs"
    sql = (f"SELECT rowid, sha256, typeof(data), "
           f"CASE WHEN length(data) <= {INLINE_BLOB_BYTES} THEN data END FROM {table} {where}")
    leaves, large = [], []
    sha256 = hashlib.sha256
    for batch in archive.stream(sql, params, seconds=SCAN_SECONDS, batch=64, raw_text=True):
        for rowid, name, kind, data in batch:
            if kind == b"blob" and data is not None:
                leaves.append((b"blob:" + name_part(name), sha256(data).digest()))
            elif kind != b"blob" and (data is not None or kind == b"null"):
                # A forged original stored as text or a number: its canonical cell never hashes
                # like a blob's bytes, so it fails like any changed original.
                leaves.append((b"blob:" + name_part(name), sha256(encode_row([data], [b"T"])).digest()))
            else:
                large.append((rowid, name, kind))
        if meter:
            meter.add("blobs", sum(1 + (len(row[3]) if row[3].__class__ is bytes else 0) // BLOB_UNIT_BYTES
                                   for row in batch))
    # Read after the scan has finished: one statement at a time keeps the deadline bookkeeping simple.
    for rowid, name, kind in large:
        if kind == b"blob":
            digest = _chunked_digest(archive, rowid, meter)
        else:
            data = None
            for batch in archive.stream("SELECT data FROM blobs WHERE rowid = ?", (rowid,),
                                        seconds=SCAN_SECONDS, raw_text=True):
                data = batch[0][0]
            digest = sha256(encode_row([data], [b"T"])).digest()
        leaves.append((b"blob:" + name_part(name), digest))
    return leaves


def _chunked_digest(archive: Archive, rowid: int, meter: Meter | None) -> bytes:
    digest = hashlib.sha256()
    with archive.open_blob("blobs", "data", rowid) as blob:
        while chunk := archive.read_blob(blob, BLOB_CHUNK_BYTES, seconds=SCAN_SECONDS):
            digest.update(chunk)
            if meter:
                meter.add("blobs", len(chunk) // BLOB_UNIT_BYTES)
    return digest.digest()


def compute_leaves(archive: Archive, *, progress: Progress | None = None,
                   cancel: Cancel = None) -> list[tuple[bytes, bytes]]:
    """Every leaf of the archive, sorted by name. Raises QueryCancelled if cancelled."""
    meter = Meter(progress, cancel, work_units(archive) if progress else 0)
    leaves = blob_leaves(archive, meter)
    for source in sources_of(archive):
        leaves.extend(source_leaves(archive, source, meter))
    leaves.sort()
    if progress:
        progress("done", meter.total, meter.total)
    return leaves


def item_leaves(archive: Archive, item_id: str, blob_sha256: str) -> list[tuple[bytes, bytes]]:
    """The leaves that make up one item as displayed, read through the viewer's own lookups: its rows,
    its original and the bytes of its renditions."""
    leaves = []
    for source in sources_of(archive, ITEM_SOURCES):
        column = source.key[0]
        leaves.extend(source_leaves(archive, source, where=f"WHERE {_q(column)} = ?", params=(item_id,),
                                    scan=False))
    leaves.extend(blob_leaves(archive, where="WHERE sha256 = ?", params=(blob_sha256,), scan=False))
    for sha in rendition_blobs(archive, item_id):
        if sha != blob_sha256:
            leaves.extend(blob_leaves(archive, where="WHERE sha256 = ?", params=(sha,), scan=False))
    # A per-item query returns nothing for a missing group; the manifest comparison names it then.
    return sorted(leaves)


def rendition_blobs(archive: Archive, item_id: str) -> list[str]:
    """The blobs holding an item's renditions (none in a format 1 archive)."""
    if not archive.has_table("renditions"):
        return []
    rows = archive.query("SELECT DISTINCT blob_sha256 FROM renditions WHERE item_id = ?", (item_id,))
    return sorted(str(row[0]) for row in rows)


def duplicates(leaves: list[tuple[bytes, bytes]]) -> list[bytes]:
    """Names that occur twice in sorted leaves: rows an index hid, or forged keys."""
    return sorted({a[0] for a, b in zip(leaves, leaves[1:]) if a[0] == b[0]})


def item_row_bytes(archive: Archive, item_id: str) -> bytes:
    """The canonical bytes of one items row, as hashed into its item:<id> leaf (for proofs)."""
    source = ITEM_SOURCES[0]
    rows = [encoded for batch in _encoded_rows(archive, source, "WHERE id = ?", (item_id,), scan=False)
            for _, encoded in batch]
    return b"".join(rows)


def decode_row(data: bytes, width: int) -> list:
    """Parse `width` canonical cells back into values (TEXT as str); ValueError unless exact.

    For a third party's copy of a row (an inclusion proof), so every length is checked.
    """
    values, at = [], 0
    for _ in range(width):
        tag = data[at:at + 1]
        at += 1
        if tag == b"N":
            values.append(None)
        elif tag in (b"I", b"R"):
            end = data.index(b";", at)
            text = data[at:end].decode("ascii")
            values.append(int(text) if tag == b"I" else float(text))
            at = end + 1
        elif tag in (b"T", b"B"):
            colon = data.index(b":", at)
            digits = data[at:colon]
            if not digits.isdigit() or len(digits) > 12:
                raise ValueError("malformed cell length")
            end = colon + 1 + int(digits)
            if end > len(data):
                raise ValueError("cell runs past the end")
            cell = data[colon + 1:end]
            values.append(cell.decode("utf-8") if tag == b"T" else cell)
            at = end
        else:
            raise ValueError("unknown cell type")
    if at != len(data):
        raise ValueError("bytes left over after the last cell")
    return values
