"""archive.tables: sheets, windows of rows sorted and filtered in SQL, row hits, forged rows."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from archive import open_archive
from archive.publish import build_archive
from tests.helpers.tables import write_table_source


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("tables")
    build_archive(write_table_source(root / "source"), root / "tables.casefile")
    return root / "tables.casefile"


@pytest.fixture
def archive(built):
    with open_archive(built) as opened:
        yield opened


def _item(archive, file_name: str) -> str:
    return next(item.id for item in archive.items.list(limit=50) if item.file_name == file_name)


def test_sheets(archive):
    sheets = archive.tables.sheets(_item(archive, "book.xlsx"))
    assert [(s.sheet_no, s.name, s.columns, s.header_row, s.row_count) for s in sheets] == [
        (1, "Detainees", ("Name", "Born", "Camp"), 3, 2), (2, "Camps", ("Camp", "Capacity"), 1, 2)]
    assert sheets[0].original_row(1) == 4
    assert archive.tables.sheets("no such item") == []


def test_sort_is_numeric_aware_and_empty_cells_last(archive):
    people = _item(archive, "people.csv")
    names = lambda numbers: [row.cells[0] for row in archive.tables.rows(people, 1, numbers)]  # noqa: E731
    assert names(archive.tables.row_numbers(people, 1, order_by=1)) == ["Chen", "Ablimit", "Gulnar", None, "Zeynep"]
    assert names(archive.tables.row_numbers(people, 1, order_by=1, descending=True))[:3] == ["Gulnar", "Ablimit", "Chen"]
    assert names(archive.tables.row_numbers(people, 1)) == ["Ablimit", "Chen", "Gulnar", None, "Zeynep"]


def test_filter_and_count(archive):
    people = _item(archive, "people.csv")
    assert archive.tables.count(people, 1) == 5
    assert archive.tables.count(people, 1, "KONASHEHER") == 2
    assert archive.tables.row_numbers(people, 1, contains="tekes") == [2, 5]
    # An empty cell is JSON null and cells are separated by commas: neither is matched.
    assert archive.tables.count(people, 1, "null") == 0
    assert archive.tables.count(people, 1, '","') == 0


def test_window(archive):
    people = _item(archive, "people.csv")
    window = archive.tables.window(people, 1, offset=1, limit=2, order_by=0)
    assert [row.cells[0] for row in window] == ["Chen", "Gulnar"]


def test_row_hits_say_where_the_row_is(archive):
    hit = archive.search.find("Mehmet").hits[0]
    assert hit.kind == "row" and hit.id == _item(archive, "book.xlsx")
    assert (hit.row.sheet_no, hit.row.row_no, hit.row.sheet, hit.row.shown_row) == (1, 2, "Detainees", 5)
    assert "Mehmet" in hit.snippet
    doc_id = archive.query_one("SELECT doc_id FROM table_rows WHERE item_id = ? AND row_no = 2 AND sheet_no = 1",
                               (hit.id,))[0]
    ref = archive.tables.locate(doc_id)
    assert (ref.item_id, ref.sheet_no, ref.row_no) == (hit.id, 1, 2)


def test_forged_rows_are_shown_damaged_not_raised(built, tmp_path):
    forged = tmp_path / "forged.casefile"
    shutil.copy(built, forged)
    with sqlite3.connect(forged) as conn:
        conn.execute("UPDATE table_rows SET cells = x'00ff' WHERE row_no = 1")
        conn.execute("UPDATE table_rows SET cells = '[1, {\"a\": 2}]' WHERE row_no = 2")
    conn.close()
    with open_archive(forged) as archive:
        people = _item(archive, "people.csv")
        numbers = archive.tables.row_numbers(people, 1, order_by=0)
        assert sorted(numbers) == [1, 2, 3, 4, 5]
        rows = {row.row_no: row for row in archive.tables.rows(people, 1, [1, 2, 3])}
        assert rows[1].damaged and rows[2].damaged and not rows[3].damaged
        assert archive.tables.count(people, 1, "ablimit") == 0


def test_format_1_archive_has_no_tables(archive, monkeypatch):
    monkeypatch.setattr(archive, "format_version", 1)
    item = _item(archive, "people.csv")
    assert archive.tables.sheets(item) == [] and archive.tables.row_numbers(item, 1) == []
    assert archive.tables.count(item, 1) == 0 and archive.tables.locate(1) is None
