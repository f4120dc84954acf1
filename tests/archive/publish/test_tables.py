"""Spreadsheets and delimited text become table items: every sheet, a header row, cells as shown."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from archive import open_archive
from archive.publish import build_archive
from archive.publish.formats import ExtractedTable, ExtractionError, format_for, tables
from tests.helpers.tables import make_ods, make_xlsx, write_table_source


def test_xlsx_sheets_header_and_cells():
    data = make_xlsx({"Detainees": [["Konasheher list 2018"], [], ["Name", "Born", "Score", "Seen"],
                                    ["Ablimit", dt.date(1980, 5, 1), 42.0, dt.datetime(2018, 3, 4, 10, 11, 12)],
                                    ["陈", None, 3.25, True]],
                      "Empty": []}, merge="A4:B4")
    result = tables.extract(data)
    assert isinstance(result, ExtractedTable)
    first, second = result.sheets
    assert first.name == "Detainees" and first.header_row == 3
    assert first.columns == ("Name", "Born", "Score", "Seen")
    assert first.rows == (("Ablimit", None, "42", "2018-03-04T10:11:12"), ("陈", None, "3.25", "TRUE"))
    assert result.details["above_header"] == {"Detainees": ["Konasheher list 2018", ""]}
    assert second.name == "Empty" and second.rows == () and second.columns == ()


def test_merged_cell_keeps_its_value_in_the_first_cell():
    data = make_xlsx({"S": [["Name", "Camp"], ["merged", None], ["x", "y"]]}, merge="A2:B2")
    assert tables.extract(data).sheets[0].rows == (("merged", None), ("x", "y"))


def test_no_header_gives_column_letters():
    result = tables.extract(b"1,2,3\n4,5,6\n")
    sheet = result.sheets[0]
    assert sheet.columns == ("A", "B", "C") and sheet.header_row is None
    assert sheet.rows == (("1", "2", "3"), ("4", "5", "6"))


def test_trailing_empty_rows_and_columns_are_dropped_inner_empty_rows_kept():
    sheet = tables.extract(b"a,b,,\n1,2,,\n,,,\n3,4,,\n,,,\n\n").sheets[0]
    assert sheet.columns == ("a", "b")
    assert sheet.rows == (("1", "2"), (None, None), ("3", "4"))


@pytest.mark.parametrize("encoding, expected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                 ("utf-16", "utf-16"), ("gb18030", "gb18030")])
def test_delimited_text_encodings(encoding, expected):
    result = tables.extract("姓名;年龄\n阿布都;30\n".encode(encoding))
    assert result.details["encoding"] == expected and result.details["delimiter"] == ";"
    assert result.sheets[0].columns == ("姓名", "年龄") and result.sheets[0].rows == (("阿布都", "30"),)


def test_tab_separated_is_tsv():
    result = tables.extract(b"Name\tCounty\nAblimit\tTekes\n")
    assert result.media_type == "text/tab-separated-values"
    assert result.sheets[0].rows == (("Ablimit", "Tekes"),)


def test_ods_with_repeated_empty_rows():
    sheet = tables.extract(make_ods([["Name", "Age"], ["Gulnar", 31.0], ["Ablimit", 2.5]])).sheets[0]
    assert sheet.name == "名单" and sheet.columns == ("Name", "Age")
    assert sheet.rows == (("Gulnar", "31"), ("Ablimit", "2.5"))


def test_caps_are_warned_about(monkeypatch):
    monkeypatch.setattr(tables, "MAX_ROWS", 3)
    monkeypatch.setattr(tables, "MAX_COLUMNS", 2)
    result = tables.extract(b"a,b,c\n" + b"1,2,3\n" * 5)
    assert len(result.sheets[0].rows) == 3 and result.sheets[0].columns == ("a", "b")
    assert any("only the first 3 were kept" in w for w in result.warnings)
    assert any("only the first 2 were kept" in w for w in result.warnings)


def test_a_zip_that_is_no_spreadsheet_and_binary_data_are_refused():
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", "<w/>")
    with pytest.raises(ExtractionError, match="neither an XLSX nor an ODS"):
        tables.extract(out.getvalue())
    with pytest.raises(ExtractionError, match="binary data"):
        tables.extract(b"\x00\x01\x02garbage")


def test_registered_for_every_table_suffix():
    for suffix in (".xlsx", ".XLS", ".ods", ".csv", ".tsv"):
        assert format_for(suffix) is tables


def test_build_stores_sheets_and_rows(tmp_path):
    out = tmp_path / "tables.casefile"
    build_archive(write_table_source(tmp_path / "source"), out)
    with open_archive(out) as archive:
        kinds = {item.file_name: item.kind for item in archive.items.list(limit=50)}
        assert {kinds[name] for name in ("people.csv", "book.xlsx", "tekes.tsv")} == {"table"}
        sheets = archive.query("SELECT s.name, s.columns, s.header_row, s.row_count FROM sheets s "
                               "JOIN items i ON i.id = s.item_id WHERE i.file_name = 'book.xlsx' ORDER BY sheet_no")
        assert [(n, json.loads(c), h, r) for n, c, h, r in sheets] == [
            ("Detainees", ["Name", "Born", "Camp"], 3, 2), ("Camps", ["Camp", "Capacity"], 1, 2)]
        cells = archive.query("SELECT cells FROM table_rows r JOIN items i ON i.id = r.item_id "
                              "WHERE i.file_name = 'tekes.tsv'")
        assert [json.loads(c) for (c,) in cells] == [["阿布都", "30"]]
        assert archive.search.find("Mehmet").hits[0].kind == "row"
