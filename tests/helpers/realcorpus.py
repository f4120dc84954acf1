"""A source folder of files made by the real third-party tools (issue 18), with a manifest of what each holds.

`make_real_corpus` writes one or more files of every format a publisher brings (office documents,
spreadsheets, email, PDFs, phone photos and scans, text in legacy encodings, files Casefile cannot read),
under nested folders whose names use Chinese and Uyghur letters, spaces and parentheses. The manifest maps
each relative path to the facts an ingest test checks; an entry with a "skipped" key names a file that
could not be made here (no LibreOffice, no .msg writer) and says why: such a file does not exist.

Manifest keys: kind ("report" | "table" | "image" | "email" | "file"); text_contains (strings that must be
found in the item's text); encoding (for text files: the codec the bytes were written in); for workbooks
sheets (names in order), rows ({sheet: data rows below the header}) and headers ({sheet: [names]}); for
CSV/TSV rows (int) and headers (list); images and email: see realcorpus_media.py. "encoding" is the
codec the bytes were written in: a detector may well name an equivalent (cp1252 for latin-1, gb18030 for
gbk), so compare the decoded text. make_mixed_corpus (the benchmark's corpus) is in mixedcorpus.py.

All content is synthetic and says so. Generation is deterministic (seeded randomness, fixed dates, zip
containers rewritten with fixed timestamps, fixed MIME boundaries): files have the same bytes each run,
except the encrypted PDFs (pypdf draws random salts) and ODF files (odfpy declares the namespaces used by
earlier documents of the same process).
"""

from __future__ import annotations

import csv
import io
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import Path

from tests.helpers import realcorpus_media as media

SYNTHETIC = media.SYNTHETIC
ZIP_TIME = (2019, 5, 24, 10, 11, 12)
CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:\w+>)")
ARCHIVE_TOML = (
    'id = "real-corpus"\ntitle = "Real-format test corpus (synthetic)"\n'
    'publisher = "Casefile tests (synthetic data)"\nedition = "18"\nlanguages = ["en", "zh", "ug"]\n'
    'created = "2026-01-01T00:00:00Z"\n')
COUNTIES = ["疏附县 (Konasheher)", "特克斯县 (Tekes)", "喀什市 (Kashgar)"]
SHEET_HEADERS = ["编号 No.", "身份证号 ID number", "姓名 Name", "出生日期 Birth date", "县 County",
                 "备注 Note"]
ZH_TEXT = "陈全国于2016年任新疆党委书记。疏附县、特克斯县的合成测试记录。"
UG_TEXT = "قەشقەر ۋىلايىتى، تېكەس ناھىيىسى — سىناق خاتىرىسى"


def make_real_corpus(root: Path, *, big_sheet_rows: int = 1000, big_scan: bool = False) -> dict[str, dict]:
    """Write the corpus under `root` (created) and return {relative path: expected facts}."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "archive.toml").write_text(ARCHIVE_TOML, encoding="utf-8")
    manifest: dict[str, dict] = {}
    for folder, writer in [("documents", _documents), ("leak", lambda f: _workbooks(f, big_sheet_rows)),
                           ("tables", _delimited), ("mail", media.write_emails), ("reports", media.write_pdfs),
                           ("photos", _photos), ("text", _texts), ("misc", _unreadable), ("same", _same_stem)]:
        (root / folder).mkdir(exist_ok=True)
        manifest.update({f"{folder}/{name}": facts for name, facts in writer(root / folder).items()})
    manifest.update(_scattered(root))
    if big_scan:
        (root / "scans").mkdir(exist_ok=True)
        manifest["scans/A3 600dpi.png"] = media.write_a3_scan(root / "scans" / "A3 600dpi.png")
    manifest.update(_legacy_office(root, manifest))
    return manifest


def normalise_zip(path: Path) -> None:
    """Rewrite a zip container (DOCX, XLSX, ODT ...) so the same content always gives the same bytes."""
    path.write_bytes(fixed_zip(path.read_bytes()))


def fixed_zip(data: bytes) -> bytes:
    """The zip with fixed member timestamps and fixed OOXML dates (openpyxl stamps "now" on save)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info, content in members:  # order kept: ODF needs "mimetype" first
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = info.compress_type
            if info.filename == "docProps/core.xml":
                content = CORE_DATES.sub(rb"\g<1>2019-05-24T10:11:12Z\g<2>", content)
            target.writestr(fixed, content)
    return out.getvalue()


def _documents(folder: Path) -> dict[str, dict]:
    return {"调查 报告 (final).docx": _docx(folder / "调查 报告 (final).docx"),
            "ھۆججەت دوكلات.odt": _odt(folder / "ھۆججەت دوكلات.odt"),
            "notes (rtf) 2019.rtf": _rtf(folder / "notes (rtf) 2019.rtf")}


def _docx(path: Path) -> dict:
    import docx  # publisher-side library

    document = docx.Document()
    document.core_properties.title = "Synthetic investigation report"
    document.add_heading("Synthetic investigation report", level=1)
    document.add_paragraph(f"{SYNTHETIC}. Detention figures for Kashgar prefecture, invented for testing.")
    document.add_heading("中文部分", level=2)
    document.add_paragraph(ZH_TEXT)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["County 县", "Records", "Year"]):
        cell.text = text
    for county, count in zip(COUNTIES, [412, 97, 1203]):
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = county, str(count), "2018"
    document.save(path)
    normalise_zip(path)
    return {"kind": "report", "title": "Synthetic investigation report",
            "text_contains": ["Synthetic investigation report", "Kashgar prefecture", "陈全国", "特克斯县",
                              "1203"]}


def _odt(path: Path) -> dict:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Synthetic ODT report ھۆججەت"))
    for line in [f"{SYNTHETIC} written with odfpy.", ZH_TEXT, UG_TEXT]:
        document.text.addElement(P(text=line))
    document.save(str(path))
    normalise_zip(path)
    return {"kind": "report", "text_contains": ["Synthetic ODT report", "odfpy", "疏附县", "قەشقەر"]}


def _rtf_escape(text: str) -> str:
    """RTF escapes: \\uN? with N a signed 16-bit number, the ? being the fallback for old readers."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\\{}":
            out.append("\\" + char)
        elif code < 128:
            out.append(char)
        else:
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def _rtf(path: Path) -> dict:
    paragraphs = ["Synthetic RTF notes {braces} and \\backslash", ZH_TEXT, "Tekes county, 2019."]
    body = "\\par\n".join(_rtf_escape(p) for p in paragraphs)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n\\f0\\fs22 " + body + "\\par\n}\n",
                    encoding="ascii")
    return {"kind": "report", "text_contains": ["Synthetic RTF notes", "{braces}", "陈全国", "Tekes county"]}


def detainee_row(n: int) -> list:
    """One synthetic detainee-style record. Region code 000000 does not exist, so no ID number is real."""
    born = date(1960, 1, 1) + timedelta(days=(n * 997) % 15000)
    return [n, f"000000{born:%Y%m%d}{n % 10000:04d}", f"Synthetic Person {n:05d}", born,
            COUNTIES[n % len(COUNTIES)], SYNTHETIC]


def _workbooks(folder: Path, rows: int) -> dict[str, dict]:
    import openpyxl

    name = "疏附县 名单 2018.xlsx"
    book = openpyxl.Workbook(write_only=True)  # write-only streams rows: 100,000 of them stay quick
    big = book.create_sheet("名单 2018")
    big.append(SHEET_HEADERS)
    for n in range(1, rows + 1):
        big.append(detainee_row(n))
    summary = book.create_sheet("Summary")
    summary.append(["County 县", "Records"])
    for index, county in enumerate(COUNTIES):
        summary.append([county, sum(1 for n in range(1, rows + 1) if n % len(COUNTIES) == index)])
    book.save(folder / name)
    normalise_zip(folder / name)
    last = min(rows, 42)
    return {name: {"kind": "table", "sheets": ["名单 2018", "Summary"], "rows": {"名单 2018": rows, "Summary": 3},
                   "headers": {"名单 2018": SHEET_HEADERS, "Summary": ["County 县", "Records"]},
                   "text_contains": [f"Synthetic Person {last:05d}", "特克斯县 (Tekes)"]},
            "tekes county (ods).ods": _ods(folder / "tekes county (ods).ods")}


def _ods(path: Path) -> dict:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    def cell(value) -> TableCell:
        if isinstance(value, date):
            made = TableCell(valuetype="date", datevalue=value.isoformat())
        elif isinstance(value, int):
            made = TableCell(valuetype="float", value=value)
        else:
            made = TableCell(valuetype="string")
        made.addElement(P(text=str(value)))
        return made

    document = OpenDocumentSpreadsheet()
    sheets = {"Tekes 特克斯": [SHEET_HEADERS] + [detainee_row(n) for n in range(1, 21)],
              "Notes": [["Note"], [SYNTHETIC + " (ODS)"]]}
    for title, table_rows in sheets.items():
        table = Table(name=title)
        for values in table_rows:
            row = TableRow()
            for value in values:
                row.addElement(cell(value))
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    normalise_zip(path)
    return {"kind": "table", "sheets": list(sheets), "rows": {"Tekes 特克斯": 20, "Notes": 1},
            "headers": {"Tekes 特克斯": SHEET_HEADERS, "Notes": ["Note"]},
            "text_contains": ["Synthetic Person 00017", "Synthetic test record (ODS)"]}


def _delimited(folder: Path) -> dict[str, dict]:
    headers = ["id", "name", "born", "county", "note"]
    rows = [[n, f"Synthetic Person {n:05d}", row[3].isoformat(), row[4], 'quoted "note", with comma']
            for n, row in ((n, detainee_row(n)) for n in range(1, 51))]
    zh_headers = ["编号", "姓名", "出生日期", "县", "备注"]
    files = {"detainees utf8.csv": (",", "utf-8", headers), "detainees.tsv": ("\t", "utf-8", headers),
             "名单 gb18030.csv": (",", "gb18030", zh_headers)}
    manifest = {}
    for name, (delimiter, encoding, header) in files.items():
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header] + rows)
        (folder / name).write_bytes(out.getvalue().encode(encoding))
        manifest[name] = {"kind": "table", "rows": len(rows), "headers": header, "encoding": encoding,
                          "text_contains": ["Synthetic Person 00033", "特克斯县 (Tekes)"]}
    return manifest


def _photos(folder: Path) -> dict[str, dict]:
    return {"photo 2019-05-24 10.11.12.jpeg": media.write_phone_photo(folder / "photo 2019-05-24 10.11.12.jpeg"),
            "animated (3 frames).gif": media.write_gif(folder / "animated (3 frames).gif"),
            "scan 扫描.bmp": media.write_bmp(folder / "scan 扫描.bmp"),
            "多页 fax 3 pages.tiff": media.write_tiff(folder / "多页 fax 3 pages.tiff"),
            "IMG_0001.heic": media.write_heic(folder / "IMG_0001.heic"),
            "IMG_0002.avif": media.write_avif(folder / "IMG_0002.avif")}


TEXTS = {  # name: (encoding, text); GB18030 text uses letters outside GBK so the two can be told apart
    "中文 通知 gb18030.txt": ("gb18030", f"{ZH_TEXT}\n合成测试：€ 与 ㈠ 及 ᠮ。{SYNTHETIC}.\n"),
    "utf16 bom (notes).txt": ("utf-16", f"{SYNTHETIC} in UTF-16 with BOM.\n{ZH_TEXT}\n{UG_TEXT}\n"),
    "gbk 名单说明.txt": ("gbk", f"{ZH_TEXT}\n这是GBK编码的合成测试文件。\n"),
    "latin1 résumé.txt": ("latin-1", "Résumé synthétique: données de test, Kashgar, été 2018. Naïveté.\n"),
}


def _texts(folder: Path) -> dict[str, dict]:
    manifest = {}
    for name, (encoding, text) in TEXTS.items():
        (folder / name).write_bytes(text.encode(encoding))
        manifest[name] = {"kind": "report", "encoding": encoding, "text_contains": text.split("\n")[:2]}
    return manifest


def _unreadable(folder: Path) -> dict[str, dict]:
    """Files with no readable content: each must still become an attachment item."""
    rng = random.Random(18)
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr(zipfile.ZipInfo("inside.txt", ZIP_TIME), SYNTHETIC)
    files = {"bundle (zip).zip": bundle.getvalue(), "random.bin": rng.randbytes(4096),
             "no suffix": b"\x00\x01CASEFILE-SYNTHETIC\x00" + rng.randbytes(512),
             "recording 录音.mp3": rng.randbytes(2048)}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: {"kind": "file", "size": len(data)} for name, data in files.items()}


def _same_stem(folder: Path) -> dict[str, dict]:
    """Two files whose names differ only by suffix: both must be kept as separate items."""
    (folder / "same.pdf").write_bytes(media.make_pdf(["Synthetic same-stem PDF."]))
    (folder / "same.txt").write_text("Synthetic same-stem text file.\n", encoding="utf-8")
    return {"same.pdf": {"kind": "report", "pages": 1, "text_contains": ["same-stem PDF"]},
            "same.txt": {"kind": "report", "encoding": "utf-8", "text_contains": ["same-stem text file"]}}


def _scattered(root: Path) -> dict[str, dict]:
    """Files alone in odd places: a Uyghur folder, a deep folder, a web page."""
    files = {"ئۈرۈمچى/خەت.txt": f"{UG_TEXT}\n{SYNTHETIC}.\n",
             "a/b/c/deep.md": f"# Deep note\n\n{SYNTHETIC} three folders down, about **Tekes**.\n",
             "web pages/page (saved).html": (
                 "<html><head><meta charset='utf-8'><title>Synthetic page</title></head><body>"
                 f"<h1>Synthetic saved page</h1><p>{ZH_TEXT}</p><script>alert(1)</script></body></html>\n")}
    expected = {"ئۈرۈمچى/خەت.txt": ["قەشقەر", SYNTHETIC], "a/b/c/deep.md": ["three folders down"],
                "web pages/page (saved).html": ["Synthetic saved page", "疏附县"]}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return {name: {"kind": "report", "text_contains": expected[name]} for name in files}


def _legacy_office(root: Path, manifest: dict[str, dict]) -> dict[str, dict]:
    """DOC and XLS via LibreOffice when it can make them (no pure-Python writer exists); .msg never."""
    made = {"mail/outlook message.msg": {"skipped": "no installed library writes .msg (extract-msg only reads)"}}
    for fmt, source in [("doc", "documents/调查 报告 (final).docx"), ("xls", "leak/tekes county (ods).ods")]:
        name = f"legacy (office 97)/{Path(source).stem}.{fmt}"
        problem = _soffice(fmt, root / source, root / "legacy (office 97)")
        made[name] = {"skipped": problem} if problem else manifest[source] | {"converted_by": "soffice"}
    return made


def _soffice(fmt: str, source: Path, outdir: Path) -> str | None:
    """Convert `source` into `outdir` as `fmt`; None when done, else why not (soffice exits 0 on failure)."""
    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) is not on PATH"
    # A private profile, so runs in parallel (other tests, a desktop LibreOffice) do not block each other.
    with tempfile.TemporaryDirectory(prefix="casefile-soffice-") as profile:
        done = subprocess.run(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                               "--convert-to", fmt, "--outdir", str(outdir), str(source)],
                              capture_output=True, text=True, timeout=120)
    if (outdir / f"{source.stem}.{fmt}").is_file():
        return None
    said = (done.stderr.strip().splitlines() or ["no message"])[-1]
    return f"LibreOffice could not convert to .{fmt} (is its {'Calc' if fmt == 'xls' else 'Writer'} installed?): {said}"
