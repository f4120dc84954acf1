"""Spreadsheets and CSV files made by their own libraries, for the table tests (build, reader, viewer)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

ARCHIVE_TOML = ('id = "tables"\ntitle = "Tables"\npublisher = "Test publisher"\nedition = "1"\n'
                'languages = ["en", "zh"]\ncreated = "2026-01-01T00:00:00Z"\n')
PEOPLE_CSV = "Name,Age,County\nAblimit,42,Konasheher\nChen,9,Tekes\nGulnar,100,Konasheher\n,,\nZeynep,,Tekes\n"


def make_xlsx(sheets: dict[str, list[list]], merge: str | None = None) -> bytes:
    """An XLSX file with one sheet per entry, rows as given (openpyxl)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if merge:
            sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def make_big_xlsx(path: Path, rows: int) -> None:
    """A one-sheet detainee-style list of `rows` rows, streamed (openpyxl write_only)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Detainees")
    sheet.append(["No", "Name", "Birth date", "County"])
    for n in range(1, rows + 1):
        sheet.append([n, f"Person {n}", dt.date(1950 + n % 50, 1 + n % 12, 1 + n % 28), "Konasheher"])
    book.save(path)


def make_ods(rows: list[list[str | float]]) -> bytes:
    """An ODS file with one sheet named "名单" (odfpy): strings as text cells, numbers as floats."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="名单")
    for values in rows:
        row = TableRow()
        for value in values:
            if isinstance(value, float):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    table.addElement(TableRow(numberrowsrepeated=1_000_000))  # what office suites write: empty rows to the end
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def write_table_source(root: Path) -> Path:
    """A source folder with a CSV, a two-sheet XLSX and a GB18030 TSV in sub-folders."""
    (root / "lists" / "名单").mkdir(parents=True)
    (root / "archive.toml").write_text(ARCHIVE_TOML, encoding="utf-8")
    (root / "lists" / "people.csv").write_text(PEOPLE_CSV, encoding="utf-8")
    (root / "lists" / "book.xlsx").write_bytes(make_xlsx({
        "Detainees": [["Konasheher list 2018"], [], ["Name", "Born", "Camp"], ["Ablimit", dt.date(1980, 5, 1), "A"],
                      ["Mehmet", dt.date(1975, 1, 2), "B"]],
        "Camps": [["Camp", "Capacity"], ["A", 1200], ["B", 800.5]]}))
    (root / "lists" / "名单" / "tekes.tsv").write_bytes("姓名\t年龄\n阿布都\t30\n".encode("gb18030"))
    return root
