"""The structures SQLite reads besides the signed rows: schema text, indexes and b-trees.

Signing hashes table rows (read NOT INDEXED), but every lookup the viewer makes (an item by id, the
relations to an entity, the images in order) is answered through an index b-tree, and a forger can
rewrite those without touching a single signed row. Two checks close that gap:

- `check_declarations` (on open): every table and index is declared exactly as the format declares it.
  SQLite builds and uses an index from its `CREATE` text, so a collation, a partial `WHERE`, an
  expression or another column list in that text would make lookups answer differently from a scan.
- `integrity_problems` (during verification): `PRAGMA integrity_check` on each table proves that
  every index holds exactly one entry per row, as its declaration says, and that every b-tree is well
  ordered. With both, whatever SQLite answers through an index is what the signed rows say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from . import schema
from .errors import QueryCancelled, UnsafeArchive

if TYPE_CHECKING:
    from .reader import Archive

# Words a column or table definition may use. Anything else (COLLATE, CHECK, DEFAULT, GENERATED, AS,
# UNIQUE, WITHOUT ROWID, ON CONFLICT, DESC, STRICT...) changes how SQLite compares or stores values,
# and the builder never writes it.
_TABLE_WORDS = frozenset({"create", "table", "primary", "key", "not", "null", "references",
                          "text", "integer", "blob", "real"})
_TOKEN = re.compile(r'"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`|\'(?:[^\']|\'\')*\'|[A-Za-z_][A-Za-z0-9_]*|\S')

# FTS5 writes these itself; the reader accepts them only as FTS5 spells them.
FTS_SHADOW_SQL = {
    f"{schema.FTS_TABLE}_data": "(id INTEGER PRIMARY KEY, block BLOB)",
    f"{schema.FTS_TABLE}_idx": "(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
    f"{schema.FTS_TABLE}_docsize": "(id INTEGER PRIMARY KEY, sz BLOB)",
    f"{schema.FTS_TABLE}_config": "(k PRIMARY KEY, v) WITHOUT ROWID",
}
assert set(FTS_SHADOW_SQL) == schema.FTS_SHADOW_TABLES

# Up to this many problems are listed per table; one is enough to refuse the archive.
MAX_PROBLEMS = 20


def _tokens(sql: str) -> list[str]:
    """SQL tokens, identifiers unquoted and words lower-cased (quoting differs between versions)."""
    tokens = []
    for token in _TOKEN.findall(sql):
        if token[0] in "\"`'[" and len(token) > 1:
            tokens.append(token[1:-1].replace(token[0] * 2, token[0]) if token[0] != "[" else token[1:-1])
        else:
            tokens.append(token.lower() if token[0].isalpha() or token[0] == "_" else token)
    return tokens


def _table_sql_ok(table: schema.Table, sql: str) -> bool:
    names = {table.name, *table.column_names, *(target for _, target, _ in table.foreign_keys),
             *(column for _, _, column in table.foreign_keys)}
    return all(token in _TABLE_WORDS or token in names or token in "()," for token in _tokens(sql))


def _index_sql(table: schema.Table, columns: tuple[str, ...]) -> list[str]:
    return _tokens(f'CREATE INDEX "{table.index_name(columns)}" ON "{table.name}" '
                   f'({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)})')


def check_declarations(rows: Iterable[tuple], name: str) -> None:
    """Refuse a table or index whose SQL is not the format's (rows: type, name, tbl_name, sql)."""
    for kind, obj_name, table_name, sql in rows:
        if kind == "table" and obj_name in FTS_SHADOW_SQL:
            ok = _tokens(sql or "") == _tokens(f"CREATE TABLE '{obj_name}'{FTS_SHADOW_SQL[obj_name]}")
        elif kind == "table" and obj_name in schema.TABLES_BY_NAME:
            ok = _table_sql_ok(schema.TABLES_BY_NAME[obj_name], sql or "")
        elif kind == "index" and obj_name.startswith("sqlite_autoindex_"):
            ok = sql is None  # made by SQLite for a primary key; a text here would be a forged index
        elif kind == "index":
            table = schema.TABLES_BY_NAME.get(table_name)
            ok = table is not None and any(
                obj_name == table.index_name(cols) and _tokens(sql or "") == _index_sql(table, cols)
                for cols in table.indexes)
        else:
            continue
        if not ok:
            raise UnsafeArchive(
                f"{name}: the {kind} {obj_name!r} is not declared as archive format {schema.FORMAT_VERSION} "
                f"declares it, so lookups through it could show something other than the signed records. "
                f"This file was altered after it was built; it was not opened.")


def check_primary_keys(columns: list[tuple], table: schema.Table, name: str) -> None:
    """The primary key (PRAGMA table_xinfo's pk positions) must be the declared one, in order."""
    declared = (table.pk,) if isinstance(table.pk, str) else tuple(table.pk)
    found = tuple(row[1] for row in sorted((row for row in columns if row[5]), key=lambda row: row[5]))
    if found != declared:
        raise UnsafeArchive(f"{name}: table {table.name!r} does not have the primary key of archive format "
                            f"{schema.FORMAT_VERSION}; it was not opened.")


def structure_tables(version: int = schema.FORMAT_VERSION) -> tuple[str, ...]:
    """Every real table SQLite reads for the viewer in a file of format `version`: the format's and
    FTS5's shadow tables."""
    return (*(table.name for table in schema.tables_in(version)), *sorted(schema.FTS_SHADOW_TABLES))


def integrity_problems(archive: Archive, tables: Iterable[str] | None = None, *,
                       seconds: float = 3600.0, cancelled: Callable[[], bool] | None = None,
                       done: Callable[[str], None] | None = None) -> list[str]:
    """What `PRAGMA integrity_check` finds wrong in each table and its indexes ([] when intact).

    Each entry reads "OBJECT: SQLite's words", OBJECT being the index (or table) at fault. The
    virtual FTS5 table itself is never named: newer SQLite versions would run FTS5's own, much
    slower, consistency check, and its content is hashed into the manifest anyway.
    """
    problems: list[str] = []
    for table in tables or structure_tables(archive.format_version):
        if cancelled is not None and cancelled():
            raise QueryCancelled("Verification was cancelled.")
        rows = archive.query(f'PRAGMA integrity_check("{table}")', seconds=seconds)
        problems += [f"{_culprit(str(row[0]), table)}: {row[0]}" for row in rows[:MAX_PROBLEMS] if row[0] != "ok"]
        if done is not None:
            done(table)
    return problems


# SQLite ends a problem with an index with its name: "row 5 missing from index X", "wrong # of entries
# in index X".
_INDEX_NAME = re.compile(r"\bindex\s+(\S+)$")


def _culprit(message: str, table: str) -> str:
    match = _INDEX_NAME.search(message)
    return match.group(1) if match else table
