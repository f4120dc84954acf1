"""The real-format corpus: every file exists and its own library reads back what the manifest promises."""

from __future__ import annotations

import csv
import email
import hashlib
import io
import mailbox
from email import policy
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.helpers import realcorpus_media as media
from tests.helpers.mixedcorpus import make_mixed_corpus
from tests.helpers.realcorpus import TEXTS, make_real_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    root = tmp_path_factory.mktemp("real") / "source"
    return root, make_real_corpus(root, big_sheet_rows=1234)


def test_the_manifest_names_every_file_and_only_files_that_exist(corpus):
    root, manifest = corpus
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    on_disk.discard("archive.toml")
    assert on_disk == {path for path, facts in manifest.items() if "skipped" not in facts}
    assert all(facts.get("kind") in {"report", "table", "image", "email", "file"} or "skipped" in facts
               for facts in manifest.values())
    assert {"leak/疏附县 名单 2018.xlsx", "ئۈرۈمچى/خەت.txt", "a/b/c/deep.md", "same/same.pdf",
            "same/same.txt", "reports/report (final) v2.pdf", "photos/photo 2019-05-24 10.11.12.jpeg"} <= on_disk
    assert "mail/outlook message.msg" in manifest


def test_docx_and_odt_hold_their_text(corpus):
    import docx
    from odf import teletype
    from odf.opendocument import load
    from odf.text import P

    root, manifest = corpus
    document = docx.Document(root / "documents/调查 报告 (final).docx")
    text = "\n".join(p.text for p in document.paragraphs)
    cells = " ".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    for expected in manifest["documents/调查 报告 (final).docx"]["text_contains"]:
        assert expected in text + cells
    odt = load(str(root / "documents/ھۆججەت دوكلات.odt"))
    odt_text = " ".join(teletype.extractText(p) for p in odt.getElementsByType(P))
    assert "قەشقەر" in odt_text and "疏附县" in odt_text


def test_rtf_escapes_decode_back_to_chinese(corpus):
    from striprtf.striprtf import rtf_to_text

    root, manifest = corpus
    text = rtf_to_text((root / "documents/notes (rtf) 2019.rtf").read_text(encoding="ascii"))
    for expected in manifest["documents/notes (rtf) 2019.rtf"]["text_contains"]:
        assert expected in text


def test_doc_made_by_libreoffice_is_an_ole_file_when_made(corpus):
    root, manifest = corpus
    facts = manifest["legacy (office 97)/调查 报告 (final).doc"]
    if "skipped" in facts:
        pytest.skip(facts["skipped"])
    assert (root / "legacy (office 97)/调查 报告 (final).doc").read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")


def test_xlsx_has_both_sheets_and_every_row(corpus):
    import openpyxl

    root, manifest = corpus
    facts = manifest["leak/疏附县 名单 2018.xlsx"]
    book = openpyxl.load_workbook(root / "leak/疏附县 名单 2018.xlsx", read_only=True)
    assert book.sheetnames == facts["sheets"] == ["名单 2018", "Summary"]
    rows = list(book["名单 2018"].values)
    assert list(rows[0]) == facts["headers"]["名单 2018"]
    assert len(rows) - 1 == facts["rows"]["名单 2018"] == 1234
    assert rows[42][2] == "Synthetic Person 00042" and rows[42][1].startswith("000000")
    assert sum(count for _, count in list(book["Summary"].values)[1:]) == 1234
    book.close()


def test_ods_has_its_sheets(corpus):
    from odf.opendocument import load
    from odf.table import Table, TableRow

    root, manifest = corpus
    tables = load(str(root / "leak/tekes county (ods).ods")).spreadsheet.getElementsByType(Table)
    facts = manifest["leak/tekes county (ods).ods"]
    assert [t.getAttribute("name") for t in tables] == facts["sheets"]
    assert len(tables[0].getElementsByType(TableRow)) - 1 == facts["rows"]["Tekes 特克斯"]


@pytest.mark.parametrize("name", ["detainees utf8.csv", "detainees.tsv", "名单 gb18030.csv"])
def test_delimited_tables_decode_in_their_encoding(corpus, name):
    root, manifest = corpus
    facts = manifest[f"tables/{name}"]
    text = (root / "tables" / name).read_bytes().decode(facts["encoding"])
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if name.endswith(".tsv") else ","))
    assert rows[0] == facts["headers"] and len(rows) - 1 == facts["rows"]
    assert rows[1][4] == 'quoted "note", with comma'


def test_eml_has_headers_alternatives_and_attachments(corpus):
    root, manifest = corpus
    facts = manifest["mail/2019-05 notice.eml"]
    message = email.message_from_bytes((root / "mail/2019-05 notice.eml").read_bytes(), policy=policy.default)
    assert message["Subject"] == facts["subject"] and message["Message-ID"] == facts["message_id"]
    assert message.get_body(("html",)) is not None and "疏附县" in message.get_body(("plain",)).get_content()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == facts["attachments"]
    assert PdfReader(io.BytesIO(attachments[0].get_content())).pages[0].extract_text()
    assert Image.open(io.BytesIO(attachments[1].get_content())).format == "JPEG"
    reply = email.message_from_bytes((root / "mail/2019-05 notice reply.eml").read_bytes(), policy=policy.default)
    assert reply["In-Reply-To"] == reply["References"] == message["Message-ID"]


def test_mbox_holds_three_messages(corpus):
    root, manifest = corpus
    box = mailbox.mbox(root / "mail/archive (3 messages).mbox", create=False)
    assert [m["Subject"] for m in box] == manifest["mail/archive (3 messages).mbox"]["subjects"]
    box.close()


def test_pdfs_open_with_no_password_empty_password_or_only_the_real_one(corpus):
    root, _ = corpus
    plain = PdfReader(root / "reports/report (final) v2.pdf")
    assert len(plain.pages) == 3 and "Chen Quanguo" in plain.pages[1].extract_text()
    empty = PdfReader(root / "reports/encrypted empty password.pdf")
    assert empty.is_encrypted and empty.decrypt("") and "Kashgar" in empty.pages[0].extract_text()
    locked = PdfReader(root / "reports/encrypted (password).pdf")
    assert locked.is_encrypted and not locked.decrypt("")
    assert locked.decrypt(media.PDF_PASSWORD) and "Tekes" in locked.pages[2].extract_text()


def test_phone_photo_has_full_size_and_exif_in_every_encoding(corpus):
    root, manifest = corpus
    facts = manifest["photos/photo 2019-05-24 10.11.12.jpeg"]
    with Image.open(root / "photos/photo 2019-05-24 10.11.12.jpeg") as photo:
        assert photo.size == (facts["width"], facts["height"]) == (4032, 3024)
        exif = photo.getexif()
    gps = exif.get_ifd(0x8825)
    lat = sum(float(v) / 60 ** i for i, v in enumerate(gps[2]))
    assert (gps[1], gps[3]) == ("N", "E") and round(lat, 6) == facts["gps"][0]
    assert exif[0x010E].encode("latin-1").decode("utf-8") == facts["description"]
    assert exif[0x9C9C].decode("utf-16-le").rstrip("\0") == facts["xp_comment"]
    comment = exif.get_ifd(0x8769)[0x9286]
    assert comment[:8] == b"UNICODE\0" and comment[8:].decode("utf-16-be") == facts["user_comment"]
    assert exif[0x0112] == facts["orientation"] and exif.get_ifd(0x8769)[0x9003] == "2019:05:24 10:11:12"


def test_gif_tiff_bmp_heic_avif_open_with_their_frames(corpus):
    import pillow_heif

    root, manifest = corpus
    with Image.open(root / "photos/animated (3 frames).gif") as gif:
        assert gif.n_frames == 3
    with Image.open(root / "photos/多页 fax 3 pages.tiff") as tiff:
        sizes = []
        for page in range(tiff.n_frames):
            tiff.seek(page)
            sizes.append(list(tiff.size))
    assert sizes == manifest["photos/多页 fax 3 pages.tiff"]["page_sizes"]
    assert Image.open(root / "photos/scan 扫描.bmp").size == (300, 200)
    heif = pillow_heif.open_heif(root / "photos/IMG_0001.heic")
    assert heif.size == (640, 480)
    if "skipped" not in manifest["photos/IMG_0002.avif"]:
        assert Image.open(root / "photos/IMG_0002.avif").size == (640, 480)


def test_text_files_decode_only_in_their_own_encoding(corpus):
    root, manifest = corpus
    for name, (encoding, text) in TEXTS.items():
        data = (root / "text" / name).read_bytes()
        assert data.decode(encoding) == text and manifest[f"text/{name}"]["encoding"] == encoding
    assert (root / "text/utf16 bom (notes).txt").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    with pytest.raises(UnicodeEncodeError):  # GB18030 text really needs GB18030, not GBK
        TEXTS["中文 通知 gb18030.txt"][1].encode("gbk")


def test_unreadable_files_have_their_sizes(corpus):
    root, manifest = corpus
    for path in ["misc/bundle (zip).zip", "misc/random.bin", "misc/no suffix", "misc/recording 录音.mp3"]:
        assert manifest[path]["kind"] == "file" and (root / path).stat().st_size == manifest[path]["size"]


def test_a3_scan_is_seventy_megapixels_of_gray(tmp_path):
    facts = media.write_a3_scan(tmp_path / "scan.png")
    with Image.open(tmp_path / "scan.png") as scan:
        assert scan.size == (facts["width"], facts["height"]) == (7016, 9921) and scan.mode == "L"
    assert (tmp_path / "scan.png").stat().st_size < 2_000_000  # mostly white: a test corpus stays small


def test_mixed_corpus_cycles_formats_with_distinct_files(tmp_path):
    counts = make_mixed_corpus(tmp_path / "mixed", files=45)
    assert sum(counts.values()) == 45 and counts["xlsx"] == counts["docx"] == 3
    files = [p for p in (tmp_path / "mixed").rglob("*") if p.is_file() and p.name != "archive.toml"]
    assert len({hashlib.sha256(p.read_bytes()).digest() for p in files}) == 45
    import openpyxl

    workbook = openpyxl.load_workbook(next(p for p in files if p.suffix == ".xlsx"), read_only=True)
    assert list(workbook.active.values)[1][0].startswith("VARIANT")
    assert all(PdfReader(p).pages[0].extract_text() for p in files if p.suffix == ".pdf")
