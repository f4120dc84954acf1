"""Checks that run before and right after SQLite opens an untrusted archive.

Any archive may be forged by someone who wants to hurt its reader, so nothing in the file is trusted
until these checks pass: the 100-byte SQLite header is parsed by hand first (so a truncated file, a
WAL-mode file or a foreign database is named precisely and SQLite never sees it), then the schema is
compared with `schema.TABLES`, refusing anything the format does not declare.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from . import schema
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
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except IsADirectoryError:
        raise NotAnArchive(f"{path} is a folder, not an archive file.") from None
    except FileNotFoundError:
        raise NotAnArchive(f"{path} does not exist.") from None
    except OSError as exc:
        raise NotAnArchive(f"{path} cannot be read: {exc.strerror or exc}.") from None
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
    expected = header.page_size * header.page_count
    if header.page_count and size < expected:
        raise ArchiveDamaged(
            f"{path.name} is truncated: its header says {expected:,} bytes but the file has {size:,}. "
            f"Copy the archive again from its source."
        )
    if header.user_version > schema.FORMAT_VERSION:
        raise UnsupportedVersion(
            f"{path.name} uses archive format {header.user_version}; this Casefile reads formats up to "
            f"{schema.FORMAT_VERSION}. Install a newer Casefile to open it."
        )
    if header.user_version < 1:
        raise ArchiveDamaged(f"{path.name} has no archive format version; it was not finished by the builder.")
    return header


def _unpack(raw: bytes) -> Header:
    page_size = struct.unpack_from(">H", raw, 16)[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack_from(">II", raw, 24)
    version_valid_for = struct.unpack_from(">I", raw, 92)[0]
    # The in-header page count is only meaningful when written by SQLite 3.7.0+ in the same transaction.
    if version_valid_for != change_counter:
        page_count = 0
    return Header(
        page_size=page_size,
        page_count=page_count,
        journal_write_version=raw[18],
        user_version=struct.unpack_from(">i", raw, 60)[0],
        application_id=struct.unpack_from(">I", raw, 68)[0],
    )


def check_schema(conn: sqlite3.Connection, name: str) -> None:
    """Refuse any schema object the format does not declare, and any declared table that differs."""
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
        elif kind == "table" and obj_name not in schema.TABLES_BY_NAME and obj_name not in schema.FTS_SHADOW_TABLES:
            raise UnsafeArchive(f"{name} contains a table the archive format does not have: {obj_name!r}.")
        if kind == "index" and not _index_allowed(obj_name, table_name):
            raise UnsafeArchive(f"{name} contains an index the archive format does not have: {obj_name!r}.")
    missing = [table.name for table in schema.TABLES if table.name not in tables]
    missing += [fts for fts in (schema.FTS_TABLE, *sorted(schema.FTS_SHADOW_TABLES)) if fts not in tables]
    if missing:
        raise ArchiveDamaged(f"{name} is missing required tables: {', '.join(missing)}.")
    for table in schema.TABLES:
        _check_columns(conn, table, name)


def _check_fts_declaration(sql: str | None, name: str) -> None:
    # The declaration decides which tokenizer and options FTS5 runs with: anything but ours is refused.
    if schema.normalise_sql(sql or "") != schema.FTS_DECLARATION:
        raise UnsafeArchive(f"{name}: the full-text index is not declared as archive format "
                            f"{schema.FORMAT_VERSION} declares it.")


def _index_allowed(index_name: str, table_name: str) -> bool:
    if table_name in schema.FTS_SHADOW_TABLES and index_name.startswith(f"sqlite_autoindex_{table_name}_"):
        return True
    table = schema.TABLES_BY_NAME.get(table_name)
    if table is None:
        return False
    if index_name.startswith(f"sqlite_autoindex_{table_name}_"):
        return True
    return index_name in {table.index_name(cols) for cols in table.indexes}


def _check_columns(conn: sqlite3.Connection, table: schema.Table, name: str) -> None:
    found = [
        (row[1], row[2].upper(), row[4], row[6])
        for row in conn.execute(f'PRAGMA table_xinfo("{table.name}")')
    ]
    expected = [(col, schema.SQL_TYPES[kind], None, 0) for col, kind in table.columns]
    if found != expected:
        raise UnsafeArchive(
            f"{name}: table {table.name!r} does not have the columns of archive format "
            f"{schema.FORMAT_VERSION} (defaults and generated columns are not allowed)."
        )
