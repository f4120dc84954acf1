"""Spreadsheets and delimited text (XLSX, XLS, ODS, CSV, TSV): every sheet as rows of strings.

The container is told by its first bytes, not its name (an `.xls` that is really a CSV export is
common): a ZIP holding `xl/` is XLSX, one whose mimetype says so is ODS, an OLE2 file is XLS, and
anything else is read as delimited text. Cells become strings as a person reads them in the
spreadsheet: dates in ISO 8601, whole numbers without a decimal point (42, not 42.0); merged cells keep
their value in the first cell. The spreadsheet libraries are the publisher's extra, imported here only.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator

from .base import ExtractedTable, ExtractionError, MissingSupport, Sheet

MEDIA_TYPES = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xls": "application/vnd.ms-excel",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
}
MAX_ROWS = 1_000_000  # per sheet
MAX_COLUMNS = 500
MAX_SHEETS = 200
MAX_CELL = 32_767  # Excel's own limit for one cell
HEADER_SEARCH = 10  # rows looked at for a header
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_NUMBER = re.compile(r"[-+]?(\d[\d,]*\.?\d*|\.\d+)([eE][-+]?\d+)?%?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d([T ][\d:.]+)?")


def extract(data: bytes) -> ExtractedTable:
    """Every sheet of a spreadsheet or delimited text file; raises ExtractionError if it is neither."""
    if data.startswith(b"PK\x03\x04"):
        return _zip_table(data)
    if data.startswith(OLE2):
        return _finish(MEDIA_TYPES[".xls"], _xls_sheets(data), {})
    return _delimited(data)


def _finish(media_type: str, raw_sheets: Iterable[tuple[str, Iterator[list]]], details: dict) -> ExtractedTable:
    notes: list[str] = []  # every cap that cuts something is said here
    above: dict[str, list[str]] = {}  # title lines above a header row: kept in the details, not dropped
    sheets = []
    for number, (name, rows) in enumerate(raw_sheets, start=1):
        if number > MAX_SHEETS:
            notes.append(f"more than {MAX_SHEETS} sheets; only the first {MAX_SHEETS} were read")
            break
        sheets.append(_sheet(str(name) or f"Sheet{number}", rows, notes, above))
    if not sheets:
        raise ExtractionError("the spreadsheet has no sheets")
    details = {**details, "sheets": len(sheets), "rows": sum(len(sheet.rows) for sheet in sheets)}
    if above:
        details["above_header"] = above
    return ExtractedTable(media_type, None, tuple(sheets), details=details, warnings=tuple(notes))


def _sheet(name: str, raw_rows: Iterator[list], notes: list[str], above: dict[str, list[str]]) -> Sheet:
    rows = _trimmed(name, raw_rows, notes)
    width = max((len(row) for row in rows), default=0)
    if width > MAX_COLUMNS:
        notes.append(f"sheet {name!r}: {width} columns; only the first {MAX_COLUMNS} were kept")
        width = MAX_COLUMNS
    header = _header_index(rows, width)
    if header is None:
        columns = tuple(column_letters(n) for n in range(width))
        body = rows
    else:
        columns = tuple(_column_names(rows[header], width))
        body = rows[header + 1:]
        lines = [" ".join(cell for cell in row if cell) for row in rows[:header]]
        if any(lines):
            above[name] = lines
    padded = tuple(_padded(row, width) for row in body)
    return Sheet(name, columns, padded, None if header is None else header + 1)


def _trimmed(name: str, raw_rows: Iterator[list], notes: list[str]) -> list[tuple]:
    """Rows as tuples of strings (None for empty), trailing empty cells and rows dropped, capped."""
    rows: list[tuple] = []
    pending_empty = 0
    cut = False
    for raw in raw_rows:
        row = _row(raw, name, notes)
        if not row:
            pending_empty += 1  # kept only if a non-empty row follows: row numbers stay true
            continue
        if len(rows) + pending_empty + 1 > MAX_ROWS + 1:  # +1: the header
            cut = True
            break
        rows.extend([()] * pending_empty)
        pending_empty = 0
        rows.append(row)
    if cut:
        notes.append(f"sheet {name!r}: more than {MAX_ROWS:,} rows; only the first {MAX_ROWS:,} were kept")
    return rows


def _row(raw: list, sheet: str, notes: list[str]) -> tuple:
    cells = [cell_text(value) for value in raw[:MAX_COLUMNS + 1]]
    while cells and cells[-1] is None:
        cells.pop()
    for index, cell in enumerate(cells):
        if cell is not None and len(cell) > MAX_CELL:
            notes.append(f"sheet {sheet!r}: a cell of {len(cell):,} characters was cut to {MAX_CELL:,}")
            cells[index] = cell[:MAX_CELL]
    return tuple(cells)


def _padded(row: tuple, width: int) -> tuple:
    return row[:width] + (None,) * (width - len(row)) if len(row) != width else row


def cell_text(value) -> str | None:
    """A cell as the spreadsheet shows it: None when empty, ISO dates, 42 rather than 42.0."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def column_letters(index: int) -> str:
    """The spreadsheet name of column `index` (0-based): A, B, ... Z, AA, AB..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _header_index(rows: list[tuple], width: int) -> int | None:
    """The first row, among the first few, that is mostly filled with distinct words (not numbers or
    dates) and is followed by a row no wider than itself; None when no row looks like a header."""
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        filled = [cell.strip() for cell in row if cell is not None]
        if len(filled) < max(1, (width + 1) // 2) or len(set(filled)) != len(filled):
            continue
        if any(_NUMBER.fullmatch(cell) or _DATE.fullmatch(cell) for cell in filled):
            continue
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is not None and len(following) <= len(row):
            return index
    return None


def _column_names(row: tuple, width: int) -> Iterator[str]:
    for index in range(width):
        cell = row[index] if index < len(row) else None
        yield cell.strip() if cell is not None and cell.strip() else column_letters(index)


# -- containers -------------------------------------------------------------------------------------
def _zip_table(data: bytes) -> ExtractedTable:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            mimetype = package.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise ExtractionError(f"damaged ZIP container: {exc}") from None
    if mimetype.startswith(ODS_MIMETYPE):
        return _finish(MEDIA_TYPES[".ods"], _ods_sheets(data), {})
    if "xl/workbook.xml" in names:
        return _finish(MEDIA_TYPES[".xlsx"], _xlsx_sheets(data), {})
    raise ExtractionError("a ZIP file that is neither an XLSX nor an ODS spreadsheet")


def _xlsx_sheets(data: bytes) -> Iterator[tuple[str, Iterator[list]]]:
    try:
        import openpyxl
    except ImportError:
        raise MissingSupport("XLSX files") from None
    try:
        # read_only streams rows from the XML instead of building every cell object first.
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types (KeyError, XML errors...) on damaged files
        raise ExtractionError(f"not a readable XLSX spreadsheet: {exc}") from None
    try:
        for sheet in book.worksheets:
            if hasattr(sheet, "iter_rows"):  # chart sheets have no cells
                yield sheet.title, _guarded(sheet.iter_rows(values_only=True), "XLSX")
    finally:
        book.close()


def _guarded(rows: Iterable, what: str) -> Iterator[list]:
    """Rows from a library, with its errors on a damaged file turned into ExtractionError."""
    try:
        for row in rows:
            yield list(row)
    except Exception as exc:
        raise ExtractionError(f"damaged {what} spreadsheet: {exc}") from None


def _xls_sheets(data: bytes) -> Iterator[tuple[str, Iterator[list]]]:
    try:
        import xlrd
    except ImportError:
        raise MissingSupport("XLS files") from None
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except Exception as exc:  # xlrd.XLRDError, struct errors and others on damaged files
        raise ExtractionError(f"not a readable XLS spreadsheet: {exc}") from None
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            yield sheet.name, _guarded((_xls_row(xlrd, book, sheet, n) for n in range(sheet.nrows)), "XLS")
    finally:
        book.release_resources()


def _xls_row(xlrd, book, sheet, number: int) -> list:
    values = []
    for cell in sheet.row(number):
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                values.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                values.append(cell.value)
        elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
            values.append(bool(cell.value))
        elif cell.ctype == xlrd.XL_CELL_ERROR:
            values.append(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
        else:
            values.append(cell.value if cell.value != "" else None)
    return values


def _ods_sheets(data: bytes) -> Iterator[tuple[str, Iterator[list]]]:
    try:
        from odf.opendocument import load
        from odf.table import Table
    except ImportError:
        raise MissingSupport("ODS files") from None
    try:
        document = load(io.BytesIO(data))
        tables = document.spreadsheet.getElementsByType(Table)
    except Exception as exc:  # odfpy raises XML and KeyError types on damaged files
        raise ExtractionError(f"not a readable ODS spreadsheet: {exc}") from None
    for table in tables:
        yield table.getAttribute("name") or "", _guarded(_ods_rows(table), "ODS")


def _ods_rows(table) -> Iterator[list]:
    """Rows of an ODS table; repeated empty rows and cells (an ODS sheet often says "1,048,000 empty
    rows follow") are expanded only when something non-empty comes after them."""
    pending_empty = 0
    for row in _children(table, "table-row"):
        repeat = _repeat(row, "number-rows-repeated")
        cells = _ods_cells(row)
        if not any(value is not None for value in cells):
            pending_empty += repeat
            continue
        for _ in range(min(pending_empty, MAX_ROWS + 2)):
            yield []
        pending_empty = 0
        for _ in range(min(repeat, MAX_ROWS + 2)):
            yield cells


def _children(element, local_name: str) -> Iterator:
    """Direct and grouped children named `local_name` (rows may sit in header-rows or row-groups)."""
    for child in element.childNodes:
        name = getattr(child, "qname", (None, None))[1]
        if name == local_name:
            yield child
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _children(child, local_name)


def _ods_cells(row) -> list:
    cells: list = []
    pending_empty = 0
    for cell in row.childNodes:
        if getattr(cell, "qname", (None, None))[1] not in ("table-cell", "covered-table-cell"):
            continue
        repeat = _repeat(cell, "number-columns-repeated")
        value = _ods_value(cell)
        if value is None:
            pending_empty += repeat
            continue
        cells.extend([None] * min(pending_empty, MAX_COLUMNS + 1))
        pending_empty = 0
        cells.extend([value] * min(repeat, MAX_COLUMNS + 1))
        if len(cells) > MAX_COLUMNS:
            break
    return cells


def _repeat(element, attribute: str) -> int:
    try:
        return max(1, int(element.getAttribute(attribute.replace("-", "")) or 1))
    except (ValueError, TypeError):
        return 1


def _ods_value(cell):
    kind = cell.getAttribute("valuetype")
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.getAttribute("value"))
        except (TypeError, ValueError):
            pass
    elif kind == "date" and cell.getAttribute("datevalue"):
        return str(cell.getAttribute("datevalue"))
    elif kind == "boolean":
        return str(cell.getAttribute("booleanvalue")).lower() == "true"
    paragraphs = [_text_of(p) for p in cell.childNodes if getattr(p, "qname", (None, None))[1] == "p"]
    return "\n".join(paragraphs) if any(paragraphs) else None


def _text_of(node) -> str:
    """The text of an ODF paragraph, with its spaces (<text:s text:c="3"/>), tabs and line breaks."""
    parts = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
            continue
        name = child.qname[1]
        if name == "s":
            parts.append(" " * min(_repeat(child, "c"), 1000))
        elif name == "tab":
            parts.append("\t")
        elif name == "line-break":
            parts.append("\n")
        else:
            parts.append(_text_of(child))
    return "".join(parts)


# -- delimited text ---------------------------------------------------------------------------------
def _delimited(data: bytes) -> ExtractedTable:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ExtractionError("binary data, not delimited text (CSV or TSV)")
    text, encoding = decode_guessing(data)
    delimiter = _delimiter(text[:65536])
    media_type = MEDIA_TYPES[".tsv"] if delimiter == "\t" else MEDIA_TYPES[".csv"]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    details = {"encoding": encoding, "delimiter": delimiter}
    return _finish(media_type, [("Sheet1", _csv_rows(reader))], details)


def _csv_rows(reader) -> Iterator[list]:
    try:
        yield from reader
    except csv.Error as exc:
        raise ExtractionError(f"malformed delimited text at line {reader.line_num}: {exc}") from None


def _delimiter(sample: str) -> str:
    lines = sample.splitlines()[:20]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        first = lines[0] if lines else ""
        return max(",;\t|", key=first.count) if any(c in first for c in ",;\t|") else ","


def decode_guessing(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read in: a BOM, else UTF-8, else GB18030, else what
    charset-normalizer finds (when installed), else Latin-1 (which reads any bytes)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    # GB18030 before the detector: short Chinese text is often taken for Korean (cp949) otherwise, and
    # GB18030 rejects most text in other encodings within a few bytes.
    candidates = ["utf-8", "gb18030", *_detected(data)]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), "latin-1"


def _detected(data: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return []
    best = from_bytes(data[:262144]).best()
    return [best.encoding] if best is not None else []
