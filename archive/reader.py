"""Open an archive read-only and safely: `open_archive(path) -> Archive`.

The connection is opened with `mode=ro&immutable=1` (works on write-protected media and never creates
journal files beside the archive), `trusted_schema=OFF` (schema-defined SQL may not call functions with
side effects), `cell_size_check=ON` (detect corrupt b-tree cells instead of reading past them),
`mmap_size=0` (a damaged page becomes an SQLite error, not a SIGBUS), `query_only=ON`, SQLite length
limits set to the blob cap, and a progress handler that enforces a per-query deadline and cancellation.

An `Archive` belongs to the thread that opened it (one connection per thread); a worker thread calls
`archive.clone()` for its own.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from . import safety, schema
from .emails import Emails
from .entities import Entities
from .errors import ArchiveDamaged, LimitExceeded, NotAnArchive, QueryCancelled
from .items import Items

# How many SQLite VM steps between deadline checks: small enough to stop within milliseconds.
PROGRESS_STEPS = 2_000


@dataclass(frozen=True)
class Metadata:
    archive_id: str
    title: str
    publisher: str
    description: str
    languages: tuple[str, ...]
    licence: str
    edition: str
    created: str
    generator: str


class Archive:
    """One open archive. Owns `items`, `entities`, `emails` and `search`; every query runs under a deadline."""

    def __init__(self, path: Path, conn: sqlite3.Connection, limits: safety.Limits,
                 format_version: int = schema.FORMAT_VERSION):
        self.path = path
        self.limits = limits
        # A format 1 file lacks the tables added since; `has_table` says which a query may use.
        self.format_version = format_version
        self._conn = conn
        self._raw_conn: sqlite3.Connection | None = None
        self._deadline = 0.0
        self._cancelled = threading.Event()
        conn.set_progress_handler(self._on_progress, PROGRESS_STEPS)
        self.metadata = self._read_metadata()
        self.items = Items(self)
        self.entities = Entities(self)
        self.emails = Emails(self)
        # The stored manifest's standing for the per-item check (archive.signing.itemcheck), worked out once
        # per open archive: the file cannot change while it is open.
        self.manifest_standing = None

    @functools.cached_property
    def search(self):
        """The archive's Searcher, created on first use: the query parser (Whoosh) costs a few hundred
        ms to import, which opening an archive should not pay."""
        from .search.engine import Searcher

        return Searcher(self)

    @functools.cached_property
    def tables(self):
        """The sheets and rows of table items (archive.tables.Tables)."""
        from .tables import Tables

        return Tables(self)

    def has_table(self, name: str) -> bool:
        """Whether this file's format has table `name` (an older archive lacks the newer tables)."""
        return schema.TABLES_BY_NAME[name].since <= self.format_version

    # -- lifecycle -------------------------------------------------------------------------------
    def clone(self) -> Archive:
        """A second, independent connection to the same file, for another thread."""
        return open_archive(self.path, limits=self.limits)

    def close(self) -> None:
        if self._raw_conn is not None:
            self._raw_conn.close()
        self._conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------------
    def cancel(self) -> None:
        """Abort the query running now (callable from any thread)."""
        self._cancelled.set()

    def query(self, sql: str, params: tuple | dict = (), *, seconds: float | None = None) -> list[tuple]:
        """Run one read query under the deadline and return all rows."""
        with self._running(seconds):
            return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = (), *, seconds: float | None = None):
        rows = self.query(sql, params, seconds=seconds)
        return rows[0] if rows else None

    def stream(self, sql: str, params: tuple | dict = (), *, seconds: float | None = None,
               batch: int = 256, raw_text: bool = False) -> Iterator[list[tuple]]:
        """Run one read query and yield its rows in batches, so a whole table never sits in memory.

        With `raw_text`, TEXT values come back as the UTF-8 bytes stored in the file, undecoded: what
        signing and verification hash (decoding would cost time and fail on a forged, invalid cell).
        The deadline covers the whole iteration; do not interleave other queries on this archive.
        """
        conn = self._raw() if raw_text else self._conn
        with self._running(seconds):
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                yield rows

    def open_blob(self, table: str, column: str, rowid: int):
        """A read-only sqlite3.Blob on one cell, to read a large original in chunks (raw connection)."""
        with self._running(None):
            return self._raw().blobopen(table, column, rowid, readonly=True)

    def read_blob(self, blob, size: int, *, seconds: float | None = None) -> bytes:
        """Read up to `size` bytes from a blob opened with `open_blob`, under the deadline."""
        with self._running(seconds):
            return blob.read(size)

    def _raw(self) -> sqlite3.Connection:
        """A second connection to the same file returning TEXT as bytes; opened on first use."""
        if self._raw_conn is None:
            self._raw_conn = _connect(self.path, self.limits)
            self._raw_conn.text_factory = bytes
            self._raw_conn.set_progress_handler(self._on_progress, PROGRESS_STEPS)
        return self._raw_conn

    @contextlib.contextmanager
    def _running(self, seconds: float | None) -> Iterator[None]:
        self._cancelled.clear()
        self._deadline = time.monotonic() + (seconds or self.limits.query_seconds)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                if self._cancelled.is_set():
                    raise QueryCancelled("The query was cancelled.") from None
                raise LimitExceeded(
                    f"A query on {self.path.name} took longer than "
                    f"{seconds or self.limits.query_seconds:g} s and was stopped."
                ) from None
            raise _damaged(self.path, exc) from None
        except sqlite3.DataError as exc:
            raise LimitExceeded(f"{self.path.name}: a value is larger than allowed ({exc}).") from None
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.path, exc) from None
        finally:
            self._deadline = 0.0

    def _on_progress(self) -> int:
        if self._cancelled.is_set():
            return 1
        return int(bool(self._deadline) and time.monotonic() > self._deadline)

    # -- summary ---------------------------------------------------------------------------------
    def _read_metadata(self) -> Metadata:
        values = dict(self.query("SELECT key, value FROM meta"))
        missing = [key for key in ("archive_id", "title", "publisher", "edition") if not values.get(key)]
        if missing:
            raise ArchiveDamaged(f"{self.path.name} has no {', '.join(missing)} in its metadata.")
        try:
            languages = tuple(str(code) for code in json.loads(values.get("languages") or "[]"))
        except (ValueError, TypeError):
            raise ArchiveDamaged(f"{self.path.name}: metadata 'languages' is not a JSON list.") from None
        return Metadata(
            **{key: str(values.get(key) or "") for key in schema.META_KEYS if key != "languages"},
            languages=languages,
        )

    def verify(self, trust=None, **options):
        """Full verification (archive.signing.verify.verify_archive): re-hash everything, check the
        signature against the trust store (default: the reader's). Options: pubkey, progress, cancel."""
        from .signing.verify import verify_archive

        return verify_archive(self, trust, **options)

    def adopt_verification(self, report) -> None:
        """Let the per-item check rely on a finished full verification of this archive's file (one made
        on another connection, e.g. in a worker): a whole-file match spares it re-deriving the manifest."""
        from .signing.itemcheck import adopt_whole_file_result

        adopt_whole_file_result(self, report)

    def check_item(self, item_id: str):
        """The cheap check run whenever an item is displayed (archive.signing.itemcheck.check_item)."""
        from .signing.itemcheck import check_item

        return check_item(self, item_id)

    def stats(self) -> dict[str, int]:
        """Counts of every kind of record plus byte sizes, for `casefile info` and the viewer."""
        counts = dict(self.query("SELECT kind, count(*) FROM items GROUP BY kind"))
        blob_count, blob_bytes = self.query_one("SELECT count(*), coalesce(sum(size), 0) FROM blobs")
        return {
            "reports": counts.get("report", 0),
            "images": counts.get("image", 0),
            "tables": counts.get("table", 0),
            "emails": counts.get("email", 0),
            "files": counts.get("file", 0),
            "pdf_pages": self.query_one("SELECT count(*) FROM pages")[0],
            "thumbnails": self.query_one("SELECT count(*) FROM thumbnails")[0],
            "entities": self.query_one("SELECT count(*) FROM entities")[0],
            "relations": self.query_one("SELECT count(*) FROM relations")[0],
            "mentions": self.query_one("SELECT count(*) FROM mentions")[0],
            "blobs": blob_count,
            "original_bytes": blob_bytes,
            "file_bytes": self.path.stat().st_size,
        }


def _damaged(path: Path, exc: sqlite3.Error) -> ArchiveDamaged:
    # SQLite's message can quote the damaged file (a schema row it could not decode): one short line.
    detail = " ".join(str(exc).split())
    detail = detail if len(detail) <= 200 else detail[:199] + "…"
    return ArchiveDamaged(f"{path.name} is damaged: SQLite reports {detail}. Copy it again from its source.")


def open_archive(path: str | Path, *, limits: safety.Limits | None = None) -> Archive:
    """Open an archive read-only after checking its header and schema; raise a `CasefileError` if unsafe."""
    path = Path(path).expanduser().absolute()
    limits = limits or safety.Limits()
    header = safety.read_header(path)
    conn = _connect(path, limits)
    try:
        safety.check_schema(conn, path.name, header.user_version)
        return Archive(path, conn, limits, header.user_version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _damaged(path, exc) from None
    except BaseException:
        conn.close()
        raise


def _connect(path: Path, limits: safety.Limits) -> sqlite3.Connection:
    """A hardened read-only connection; the caller has checked the header."""
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    except sqlite3.Error as exc:
        raise NotAnArchive(f"{path.name} cannot be opened: {exc}.") from None
    try:
        _harden(conn, limits)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _damaged(path, exc) from None
    return conn


def _harden(conn: sqlite3.Connection, limits: safety.Limits) -> None:
    for pragma in ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "query_only=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limits.max_blob_bytes)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, limits.max_sql_length)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
