"""Issue 18's acceptance: a folder of files made by the real tools (python-docx, odfpy, LibreOffice,
openpyxl, Pillow, pillow-heif, pypdf, the stdlib email package) goes in whole through `casefile build`.

Every file becomes an item at its own path, with the text, size and metadata its manifest promises,
and is found by search; a 100,000-row spreadsheet and an A3 600 dpi scan included."""

from __future__ import annotations

import json
import time

import pytest

from archive import open_archive
from archive.cli import main

from tests.helpers.realcorpus import make_real_corpus

BIG_SHEET_ROWS = 100_000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("real")
    manifest = make_real_corpus(root / "source", big_sheet_rows=BIG_SHEET_ROWS, big_scan=True)
    started = time.monotonic()
    code = main(["build", str(root / "source"), "-o", str(root / "real.casefile"), "-q",
                 "--report", str(root / "build.json")])
    seconds = time.monotonic() - started
    report = json.loads((root / "build.json").read_text(encoding="utf-8"))
    made = {path: facts for path, facts in manifest.items() if "skipped" not in facts}
    return root / "real.casefile", made, report, code, seconds


@pytest.fixture(scope="module")
def opened(corpus):
    with open_archive(corpus[0]) as archive:
        yield archive


def _item_at(archive, path: str) -> str:
    rows = archive.query("SELECT item_id FROM item_files WHERE path = ?", (path,))
    assert len(rows) == 1, f"{path} is not one item: {rows}"
    return rows[0][0]


def _all_text(archive, item_id: str) -> str:
    text = archive.items.text(item_id)
    for sheet in archive.tables.sheets(item_id):
        rows = archive.tables.window(item_id, sheet.sheet_no, limit=BIG_SHEET_ROWS + 10)
        text += "\n".join(" ".join(cell or "" for cell in row.cells) for row in rows) + " ".join(sheet.columns)
    return text


def test_the_build_keeps_every_file_and_says_what_needs_a_look(corpus):
    _, made, report, code, seconds = corpus
    assert {entry["path"] for entry in report["files"]} >= set(made)
    assert code == 3  # warnings: the PDF protected by a real password is kept, its content not read
    assert [w for w in report["warnings"] if "encrypted (password).pdf" not in w] == []
    assert seconds < 120, f"the real corpus with a 100,000-row sheet took {seconds:.0f} s"


def test_each_file_is_an_item_of_its_kind_at_its_path(corpus, opened):
    _, made, _, _, _ = corpus
    for path, facts in made.items():
        item = opened.items.get(_item_at(opened, path))
        kind = "file" if path.endswith(".mbox") else facts["kind"]  # a mailbox holds its messages
        assert item.kind == kind, (path, item.kind)
        assert opened.items.file_info(item.id).path == path
        assert item.file_name == path.rpartition("/")[2]


def test_text_is_extracted_in_every_format_and_encoding(corpus, opened):
    _, made, _, _, _ = corpus
    for path, facts in made.items():
        if path.endswith(".mbox"):
            continue  # its text lives in its messages, checked below
        text = _all_text(opened, _item_at(opened, path))
        for expected in filter(None, facts.get("text_contains", ())):
            assert expected in text, (path, expected, text[:300])


def test_sizes_pages_and_encodings_are_recorded(corpus, opened):
    _, made, _, _, _ = corpus
    for path, facts in made.items():
        item_id = _item_at(opened, path)
        info = opened.items.file_info(item_id)
        if facts["kind"] == "image":
            image = opened.items.image_info(item_id)
            assert (image.width, image.height) == (facts["width"], facts["height"]), path
            assert info.details.get("pages", 1) == facts.get("pages", 1), path
            assert info.details.get("frames", 1) == facts.get("frames", 1), path
        if "pages" in facts and facts["kind"] == "report":
            assert len(opened.items.pages(item_id)) == facts["pages"], path
        if facts.get("encoding") in ("gb18030", "gbk", "utf-16"):
            assert info.details["encoding"].replace("-", "").lower() in ("gb18030", "gbk", "utf16"), (path, info)
        if facts["kind"] == "file" and "size" in facts:
            assert len(opened.items.original(item_id)) == facts["size"] and info.outcome == "kept", path


def test_spreadsheets_keep_every_sheet_header_and_row(corpus, opened):
    _, made, _, _, _ = corpus
    for path, facts in made.items():
        if facts["kind"] != "table":
            continue
        sheets = opened.tables.sheets(_item_at(opened, path))
        if isinstance(facts["rows"], dict):
            assert [s.name for s in sheets] == facts["sheets"], path
            assert {s.name: s.row_count for s in sheets} == facts["rows"], path
            assert {s.name: list(s.columns) for s in sheets} == facts["headers"], path
        else:
            assert (sheets[0].row_count, list(sheets[0].columns)) == (facts["rows"], facts["headers"]), path


def test_the_phone_photo_has_its_real_size_and_readable_exif(corpus, opened):
    _, made, _, _, _ = corpus
    path = next(p for p in made if p.startswith("photos/photo 2019"))
    exif = opened.items.image_info(_item_at(opened, path)).exif
    assert exif["GPSLatitude"].startswith("39.4704") and exif["GPSLatitude"].endswith("N")
    assert exif["GPSLongitude"].startswith("75.98") and exif["GPSLongitude"].endswith("E")
    assert "喀什" in exif["ImageDescription"] and not any(key.startswith("GPSGPS") for key in exif)


def test_email_headers_threads_and_attachments(corpus, opened):
    _, made, _, _, _ = corpus
    for path, facts in made.items():
        if facts["kind"] != "email" or path.endswith(".mbox"):
            continue
        headers = opened.emails.headers(_item_at(opened, path))
        assert headers.subject == facts["subject"] and facts["from"] in headers.sender, path
        assert headers.thread_id == facts["thread"] and headers.sent == facts["date"], path
    mailbox = _item_at(opened, next(p for p in made if p.endswith(".mbox")))
    assert [child.kind for child in opened.items.children(mailbox)] == ["email"] * 3
    notice = _item_at(opened, "mail/2019-05 notice.eml")
    assert {a.item.kind for a in opened.emails.attachments(notice)} == {"report", "image"}


def test_every_item_is_found_by_search(corpus, opened):
    _, made, _, _, _ = corpus
    for path, facts in made.items():
        item_id = _item_at(opened, path)
        words = [w for w in facts.get("text_contains", ()) if w and w.isascii() and " " in w]
        words = facts.get("subjects", words)  # a mailbox is found by its messages' subjects
        query = f'"{words[0]}"' if words else f'path:"{path}"'
        hits = opened.search.find(query, limit=50).hits
        assert item_id in {hit.id for hit in hits}, (path, query, [hit.id for hit in hits])


def test_a_row_of_the_big_sheet_is_one_search_hit_at_its_row(opened):
    hits = opened.search.find('"Synthetic Person 99999"', limit=5).hits
    assert len(hits) == 1 and hits[0].kind == "row" and hits[0].row.row_no == 99_999


def test_the_a3_scan_goes_in_whole_with_a_view_for_the_reader(corpus, opened):
    item_id = _item_at(opened, "scans/A3 600dpi.png")
    image = opened.items.image_info(item_id)
    assert (image.width, image.height) == (7016, 9921)
    assert [r.page_no for r in opened.items.renditions(item_id)] == [1]
