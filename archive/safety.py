"""Checks that run before and right after SQLite opens an untrusted archive.

Any archive may be forged by someone who wants to hurt its reader, so nothing in the file is trusted
until these checks pass: the 100-byte SQLite header is parsed by hand first (so a truncated file, a
WAL-mode file or a foreign database is named precisely and SQLite never sees it), then the schema is
compared with `schema.TABLES`, refusing anything the format does not declare.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from . import schema, structure
from .errors import ArchiveDamaged, NotAnArchive, UnsafeArchive, UnsupportedVersion

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile archive from exhausting memory or time."""

    max_blob_bytes: int = 512 * 1024 * 1024
    query_seconds: float = 10.0
    max_sql_length: int = 100_000


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    journal_write_version: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Parse and check the SQLite header; raise a precise error for anything not an intact archive."""
    raw, size = _read_start(path)
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        raise NotAnArchive(
            f"{path.name} is not a Casefile archive: it is not an SQLite database "
            f"(Casefile archives are .casefile files made by `casefile build`)."
        )
    header = _unpack(raw)
    if header.application_id != schema.APPLICATION_ID:
        raise NotAnArchive(
            f"{path.name} is an SQLite database but not a Casefile archive "
            f"(application_id {header.application_id:#010x}, expected {schema.APPLICATION_ID:#010x})."
        )
    if header.journal_write_version == 2:
        raise UnsafeArchive(
            f"{path.name} is in WAL journal mode; Casefile archives are always written in rollback "
            f"mode, so this file was altered after it was built."
        )
    check_size(path.name, size, header.page_size, header.page_count)
    if header.user_version > schema.FORMAT_VERSION:
        raise UnsupportedVersion(
            f"{path.name} uses archive format {header.user_version}; this Casefile reads formats up to "
            f"{schema.FORMAT_VERSION}. Install a newer Casefile to open it."
        )
    if header.user_version < 1:
        raise ArchiveDamaged(f"{path.name} has no archive format version; it was not finished by the builder.")
    return header


def _read_start(path: Path) -> tuple[bytes, int]:
    """The first bytes and the size of a regular file; anything else is refused before it is read.

    A FIFO would block the open or the read forever and a device never ends, so the file type is
    checked before opening, and again on the open handle (the path may have been swapped meanwhile);
    O_NONBLOCK keeps even that open from waiting for a FIFO's writer.
    """
    try:
        _require_regular(path, os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            status = os.fstat(handle.fileno())
            _require_regular(path, status.st_mode)
            return handle.read(HEADER_SIZE), status.st_size
    except FileNotFoundError:
        raise NotAnArchive(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise NotAnArchive(f"{path} is a folder, not an archive file.") from None
    except OSError as exc:
        raise NotAnArchive(f"{path} cannot be read: {exc.strerror or exc}.") from None
    except ValueError:  # a NUL in the path: no file can have that name
        raise NotAnArchive(f"{str(path)!r} is not a valid file name.") from None


def _require_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise NotAnArchive(f"{path} is a folder, not an archive file.")
    if not stat.S_ISREG(mode):
        raise NotAnArchive(f"{path} is not a regular file (it is a pipe, a device or a socket); "
                           f"Casefile opens only archive files.")


def check_size(name: str, size: int, page_size: int, page_count: int) -> None:
    """The file must end exactly where its last SQLite page ends.

    Bytes after the last page are never read by SQLite, so they are never verified item by item; an
    archive made by `casefile build` has none, and a 10 GB tail must not be hashed or copied.
    """
    if page_count <= 0:
        raise ArchiveDamaged(f"{name} has a damaged header: its page count is not current (or is zero), which no "
                             f"archive made by `casefile build` has. Copy the archive again from its source.")
    expected = page_size * page_count
    if size < expected:
        raise ArchiveDamaged(f"{name} is truncated: its header says {expected:,} bytes but the file has "
                             f"{size:,}. Copy the archive again from its source.")
    if size > expected:
        raise ArchiveDamaged(f"{name} has {size - expected:,} bytes after the end of its database, which no "
                             f"archive made by `casefile build` has: it was altered or badly copied. "
                             f"Copy the archive again from its source.")


def _unpack(raw: bytes) -> Header:
    page_size = struct.unpack_from(">H", raw, 16)[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack_from(">II", raw, 24)
    version_valid_for = struct.unpack_from(">I", raw, 92)[0]
    # The in-header page count is only meaningful when written by SQLite 3.7.0+ in the same transaction.
    # Every SQLite since 2010 keeps it current, so a stale (or zero) one means another tool rewrote the
    # header, and SQLite would then take the file's size for the page count: pages of any tail would
    # pass. A current one is the count SQLite itself uses, so checking the size against it suffices.
    if version_valid_for != change_counter:
        page_count = -1
    return Header(
        page_size=page_size,
        page_count=page_count,
        journal_write_version=raw[18],
        user_version=struct.unpack_from(">i", raw, 60)[0],
        application_id=struct.unpack_from(">I", raw, 68)[0],
    )


def check_schema(conn: sqlite3.Connection, name: str, version: int = schema.FORMAT_VERSION) -> None:
    """Refuse any schema object format `version` does not declare, and any declared table that differs."""
    declared = {table.name: table for table in schema.tables_in(version)}
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except UnicodeDecodeError:
        # Schema text that is not UTF-8 was never written by SQLite for us: a damaged or forged file.
        raise ArchiveDamaged(f"{name} has a damaged schema (its table definitions are not valid text); "
                             f"it is not a readable Casefile archive.") from None
    tables = {row[1] for row in rows if row[0] == "table"}
    for kind, obj_name, table_name, sql in rows:
        if kind in ("view", "trigger"):
            raise UnsafeArchive(
                f"{name} contains a {kind} ({obj_name!r}); archives never contain views or triggers, "
                f"so this file is not a genuine Casefile archive. It was not opened."
            )
        if kind == "table" and obj_name == schema.FTS_TABLE:
            _check_fts_declaration(sql, name)
        elif kind == "table" and obj_name not in declared and obj_name not in schema.FTS_SHADOW_TABLES:
            raise UnsafeArchive(f"{name} contains a table archive format {version} does not have: {obj_name!r}.")
        if kind == "index" and not _index_allowed(obj_name, table_name, declared):
            raise UnsafeArchive(f"{name} contains an index the archive format does not have: {obj_name!r}.")
    missing = [table for table in declared if table not in tables]
    missing += [fts for fts in (schema.FTS_TABLE, *sorted(schema.FTS_SHADOW_TABLES)) if fts not in tables]
    if missing:
        raise ArchiveDamaged(f"{name} is missing required tables: {', '.join(missing)}.")
    for table in declared.values():
        _check_columns(conn, table, name)
    structure.check_declarations(rows, name)


def _check_fts_declaration(sql: str | None, name: str) -> None:
    # The declaration decides which tokenizer and options FTS5 runs with: anything but ours is refused.
    if schema.normalise_sql(sql or "") != schema.FTS_DECLARATION:
        raise UnsafeArchive(f"{name}: the full-text index is not declared as archive format "
                            f"{schema.FORMAT_VERSION} declares it.")


def _index_allowed(index_name: str, table_name: str, declared: dict[str, schema.Table]) -> bool:
    if table_name in schema.FTS_SHADOW_TABLES and index_name.startswith(f"sqlite_autoindex_{table_name}_"):
        return True
    table = declared.get(table_name)
    if table is None:
        return False
    if index_name.startswith(f"sqlite_autoindex_{table_name}_"):
        return True
    return index_name in {table.index_name(cols) for cols in table.indexes}


def _check_columns(conn: sqlite3.Connection, table: schema.Table, name: str) -> None:
    columns = conn.execute(f'PRAGMA table_xinfo("{table.name}")').fetchall()
    found = [(row[1], row[2].upper(), row[4], row[6]) for row in columns]
    expected = [(col, schema.SQL_TYPES[kind], None, 0) for col, kind in table.columns]
    if found != expected:
        raise UnsafeArchive(
            f"{name}: table {table.name!r} does not have the columns of archive format "
            f"{schema.FORMAT_VERSION} (defaults and generated columns are not allowed)."
        )
    structure.check_primary_keys(columns, table, name)
