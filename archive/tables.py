"""Sheets and rows of table items (spreadsheets, CSV): `archive.tables`.

Sorting and filtering run in SQL, so a 100,000-row sheet is never loaded to be shown: the viewer asks
for the row numbers in the order it shows them (one integer per row, cheap) and then for windows of
rows by number. Every value that comes from the file is type-checked on the way out (a forged archive
can put a blob or broken JSON where a cell list belongs), and a format 1 archive simply has no tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import ItemNotFound

if TYPE_CHECKING:
    from .reader import Archive

MAX_COLUMNS = 500  # what the builder keeps; a forged sheet claiming more is cut here
MAX_CELLS_JSON = 4_000_000  # one row's JSON; longer rows are shown as damaged, never parsed
MAX_WINDOW = 5_000
MAX_FILTER = 500
# A cell as SQL sees it for sorting: NULL when the row's JSON is not text or not valid JSON, so a
# forged row sorts last instead of failing the query.
_CELL = "CASE WHEN typeof(cells) = 'text' AND json_valid(cells) THEN json_extract(cells, ?) END"


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a table item; `header_row` is the header's row number in the original (None: none)."""

    sheet_no: int
    name: str
    columns: tuple[str, ...]
    header_row: int | None
    row_count: int

    def original_row(self, row_no: int) -> int:
        """The number a spreadsheet program shows for data row `row_no` (data rows follow the header)."""
        return row_no + (self.header_row or 0)


@dataclass(frozen=True)
class Row:
    row_no: int
    cells: tuple[str | None, ...]
    damaged: bool = False  # the stored row is not a list of strings; `cells` is empty


@dataclass(frozen=True)
class RowRef:
    """Where a search document of kind "row" lives."""

    item_id: str
    sheet_no: int
    row_no: int


class Tables:
    """Query object for table items' sheets and rows."""

    def __init__(self, archive: Archive):
        self._archive = archive

    def sheets(self, item_id: str) -> list[SheetInfo]:
        """The sheets of a table item in order ([] for other items and format 1 archives)."""
        if not self._archive.has_table("sheets"):
            return []
        rows = self._archive.query("SELECT sheet_no, name, columns, header_row, row_count FROM sheets "
                                   "WHERE item_id = ? ORDER BY sheet_no", (item_id,))
        return [_sheet(row) for row in rows if isinstance(row[0], int)]

    def sheet(self, item_id: str, sheet_no: int) -> SheetInfo:
        found = next((s for s in self.sheets(item_id) if s.sheet_no == sheet_no), None)
        if found is None:
            raise ItemNotFound(f"No sheet {sheet_no} in item {item_id!r} of {self._archive.path.name}.")
        return found

    def count(self, item_id: str, sheet_no: int, contains: str = "") -> int:
        """How many rows of the sheet hold `contains` in some cell (ignoring case; all rows if empty)."""
        if not self._archive.has_table("table_rows"):
            return 0
        where, params = _where(item_id, sheet_no, contains)
        return _int(self._archive.query_one(f"SELECT count(*) FROM table_rows WHERE {where}", params)[0])

    def row_numbers(self, item_id: str, sheet_no: int, *, order_by: int | None = None, descending: bool = False,
                    contains: str = "") -> list[int]:
        """The numbers of the rows holding `contains`, sorted by column `order_by` (0-based; numbers
        as numbers, text as text, empty cells last) or else in sheet order."""
        if not self._archive.has_table("table_rows"):
            return []
        where, params = _where(item_id, sheet_no, contains)
        cell, order, sort_params = _sorting(order_by, descending)
        rows = self._archive.query(f"SELECT row_no FROM (SELECT row_no, {cell} AS v FROM table_rows WHERE {where}) "
                                   f"ORDER BY {order}", (*sort_params, *params))
        return [row[0] for row in rows if isinstance(row[0], int)]

    def rows(self, item_id: str, sheet_no: int, numbers: list[int]) -> list[Row]:
        """The rows numbered `numbers`, in that order (missing numbers are left out)."""
        if not numbers or not self._archive.has_table("table_rows"):
            return []
        wanted = [n for n in numbers[:MAX_WINDOW] if isinstance(n, int)]
        found = {row[0]: _row(row) for row in self._archive.query(
            "SELECT row_no, cells FROM table_rows WHERE item_id = ? AND sheet_no = ? AND row_no IN "
            "(SELECT value FROM json_each(?))", (item_id, sheet_no, json.dumps(wanted)))
            if isinstance(row[0], int)}
        return [found[n] for n in wanted if n in found]

    def window(self, item_id: str, sheet_no: int, *, offset: int = 0, limit: int = 200, order_by: int | None = None,
               descending: bool = False, contains: str = "") -> list[Row]:
        """`limit` rows from `offset` of the sheet as sorted and filtered (see `row_numbers`)."""
        if not self._archive.has_table("table_rows"):
            return []
        where, params = _where(item_id, sheet_no, contains)
        cell, order, sort_params = _sorting(order_by, descending)
        rows = self._archive.query(
            f"SELECT row_no, cells FROM (SELECT row_no, cells, {cell} AS v FROM table_rows WHERE {where}) "
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            (*sort_params, *params, max(0, min(limit, MAX_WINDOW)), max(0, offset)))
        return [_row(row) for row in rows if isinstance(row[0], int)]

    def locate(self, doc_id: int) -> RowRef | None:
        """The sheet and row of search document `doc_id` (a hit of kind "row"); None if it is not a row."""
        if not self._archive.has_table("table_rows"):
            return None
        row = self._archive.query_one("SELECT item_id, sheet_no, row_no FROM table_rows WHERE doc_id = ?", (doc_id,))
        if row is None or not isinstance(row[0], str) or not all(isinstance(v, int) for v in row[1:]):
            return None
        return RowRef(row[0], row[1], row[2])


def _where(item_id: str, sheet_no: int, contains: str) -> tuple[str, tuple]:
    where, params = "item_id = ? AND sheet_no = ?", (item_id, sheet_no)
    needle = contains.strip()[:MAX_FILTER].lower()
    if not needle:
        return where, params
    where += " AND typeof(cells) = 'text' AND instr(lower(cells), ?)"
    params += (json.dumps(needle, ensure_ascii=False)[1:-1],)  # as the needle is spelled inside the JSON
    if not _may_match_syntax(needle):
        return where, params
    # Looked for in each cell on its own (slower), so the filter never matches the JSON around the cells.
    return (where + " AND json_valid(cells) AND EXISTS (SELECT 1 FROM json_each(cells) "
            "WHERE typeof(value) = 'text' AND instr(lower(value), ?))", (*params, needle))


def _may_match_syntax(needle: str) -> bool:
    """Whether `needle`, searched in a row's JSON text, could match outside a cell: only a needle with
    JSON punctuation in it, or a piece of `null` (an empty cell), can."""
    return any(c in needle for c in '[],"\\') or needle in "null"


def _sorting(order_by: int | None, descending: bool) -> tuple[str, str, tuple]:
    """The sort cell `v`, the ORDER BY and its parameter. Sorted by a column: empty cells last either
    way, numbers before text and by value, then text, then sheet order; unsorted: sheet order."""
    if order_by is None:
        return "NULL", "row_no", ()
    direction = "DESC" if descending else "ASC"
    numeric = "(v <> '' AND NOT v GLOB '*[^0-9.eE+-]*' AND v GLOB '*[0-9]*')"
    order = (f"v IS NULL, (CASE WHEN {numeric} THEN 0 ELSE 1 END), "
             f"CASE WHEN {numeric} THEN CAST(v AS REAL) END {direction}, v {direction}, row_no")
    return _CELL, order, (f"$[{max(0, int(order_by))}]",)


def _sheet(row: tuple) -> SheetInfo:
    sheet_no, name, columns, header_row, row_count = row
    parsed = _json_list(columns) or []
    names = tuple(str(c) if isinstance(c, str) else "" for c in parsed[:MAX_COLUMNS])
    return SheetInfo(sheet_no, name if isinstance(name, str) else str(sheet_no), names,
                     header_row if isinstance(header_row, int) else None, _int(row_count))


def _row(row: tuple) -> Row:
    row_no, cells = row
    parsed = _json_list(cells) if isinstance(cells, str) and len(cells) <= MAX_CELLS_JSON else None
    if parsed is None or not all(c is None or isinstance(c, str) for c in parsed):
        return Row(row_no, (), damaged=True)
    return Row(row_no, tuple(parsed[:MAX_COLUMNS]))


def _json_list(value) -> list | None:
    try:
        parsed = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return parsed if isinstance(parsed, list) else None


def _int(value) -> int:
    return value if isinstance(value, int) else 0
