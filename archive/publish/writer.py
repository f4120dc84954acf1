"""Write an archive file with sqlite-utils, atomically.

The archive is written to a hidden temporary file beside the output and renamed over it only when
complete, so an interrupted build (Ctrl+C, a crash, a full disk) never leaves a half-written archive
under the output name. While building, SQLite's journal and fsyncs are off: the temporary file is
worthless until the rename anyway, and they would double the build time. The format version
(`user_version`) is written last, so a file that escaped the rename is recognisably unfinished.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils

from .. import schema
from ..errors import BuildError
from ..files import fsync_file, fsync_folder, rename_failure, rename_file, replace_file

FLUSH_ROWS = 5_000
FLUSH_BYTES = 64 * 1024 * 1024
# sqlite-utils writes a batch as one multi-row INSERT whose text depends on the batch's row count, and
# every distinct text is a prepared statement of about 1 MB that sqlite3 keeps (128 by default): that
# cache grew the builder by ~80 MB at 1x scale (benchmarks/bench_growth.py). A few are enough.
CACHED_STATEMENTS = 8
DEDUPLICATED = {"blobs", "relations"}


class ArchiveWriter:
    """Context manager: creates the temporary archive, commits it on success, removes it on failure."""

    def __init__(self, out_path: Path):
        self.out_path = out_path
        self.tmp_path: Path | None = None
        self.db: sqlite_utils.Database | None = None
        self._pending: dict[str, list[dict]] = {table.name: [] for table in schema.TABLES}
        self._pending_count = 0
        self._pending_bytes = 0
        self._next_doc_id = 1

    def __enter__(self) -> ArchiveWriter:
        if self.out_path.is_dir():
            raise BuildError(f"{self.out_path} is a folder; give a file name ending in {schema.FILE_SUFFIX}.")
        try:
            self.out_path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{self.out_path.name}.", suffix=".partial",
                                        dir=self.out_path.parent)
            os.close(fd)
        except OSError as exc:
            raise BuildError(f"Cannot write in {self.out_path.parent}: {exc.strerror or exc}.") from None
        self.tmp_path = Path(name)
        self.db = sqlite_utils.Database(sqlite3.connect(self.tmp_path, cached_statements=CACHED_STATEMENTS))
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "foreign_keys=ON"):
            self.db.execute(f"PRAGMA {pragma}")
        self._create_tables()
        return self

    def _create_tables(self) -> None:
        for table in schema.TABLES:
            self.db[table.name].create(
                dict(table.columns),
                pk=table.pk,
                foreign_keys=list(table.foreign_keys),
                not_null=set(table.not_null),
            )
            for columns in table.indexes:
                self.db[table.name].create_index(list(columns), index_name=table.index_name(columns))

    def reserve_doc_ids(self, count: int) -> int:
        """The first of `count` consecutive search document ids, taken now (a table row must know its
        document's id before the document is written)."""
        first, self._next_doc_id = self._next_doc_id, self._next_doc_id + count
        return first

    def add(self, table: str, rows: list[dict]) -> None:
        """Queue rows; they are written in batches, parents before children (foreign keys are on)."""
        if table == "search_docs":
            for row in rows:
                if row.get("id") is None:
                    row["id"] = self.reserve_doc_ids(1)
        self._pending[table].extend(rows)
        self._pending_count += len(rows)
        self._pending_bytes += sum(len(row.get("data") or b"") for row in rows)
        if self._pending_count >= FLUSH_ROWS or self._pending_bytes >= FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        with self.db.conn:
            for table in schema.TABLES:
                rows = self._pending[table.name]
                if rows:
                    # Identical originals are stored once; a relation listed twice is one relation.
                    self.db[table.name].insert_all(rows, ignore=table.name in DEDUPLICATED, batch_size=500)
                    rows.clear()
        self._pending_count = self._pending_bytes = 0

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._finish()
        else:
            self._discard()

    def _finish(self) -> None:
        try:
            self.flush()
            self.db.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
            self.db.execute("PRAGMA journal_mode=DELETE")
            self.db.execute(f"PRAGMA user_version={schema.FORMAT_VERSION}")
            self.db.conn.commit()
            self.db.close()
            fsync_file(self.tmp_path)
            # mkstemp made it 0600; the archive is for sharing, so it gets what the umask allows.
            os.chmod(self.tmp_path, 0o666 & ~_umask())
        except (OSError, sqlite3.Error) as exc:
            self._discard()
            raise BuildError(f"Could not write {self.out_path}: {exc}.") from None
        try:
            replace_file(self.tmp_path, self.out_path)
            fsync_folder(self.out_path.parent)
        except OSError as exc:
            raise BuildError(self._kept_aside(exc)) from None

    def _kept_aside(self, exc: OSError) -> str:
        """The finished archive could not take its name (on Windows: the old one is open in a viewer).
        A build may have taken hours: keep it under a name of its own, and say where."""
        reason = rename_failure(exc)
        aside = self.out_path.with_name(f"{self.out_path.stem}.new{self.out_path.suffix}")
        try:
            if aside.exists():
                raise FileExistsError(aside)
            rename_file(self.tmp_path, aside)
        except OSError:
            return (f"Could not replace {self.out_path}: {reason}. The new archive is kept as "
                    f"{self.tmp_path}; rename it yourself.")
        return (f"Could not replace {self.out_path}: {reason}. The old archive is unchanged; the new one "
                f"is kept as {aside}. Close the program that has it open and rename it, or build again.")

    def _discard(self) -> None:
        try:
            self.db.close()
        except sqlite3.Error:
            pass
        if self.tmp_path is not None:
            self.tmp_path.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

