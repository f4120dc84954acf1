"""`casefile build --ocr`: a word that exists only in a scanned page or a photographed document is
found by search, at its page, with the box where it is; a rebuild reads nothing twice; a page OCR
cannot read is a warning, not a failed build."""

from __future__ import annotations

import json
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from archive import open_archive
from archive.cli import main
from archive.publish import build_archive

from tests.sources import make_source

pytest.importorskip("pytesseract")
if shutil.which("tesseract") is None:
    pytest.skip("Tesseract is not installed (./test installs it)", allow_module_level=True)

from archive.publish import ocrstep  # noqa: E402

WORD = "Quarantelli"  # made up: in no text layer, only in the scanned pixels


def _page(text: str, size=(1240, 1754)) -> Image.Image:
    """An A4 page at 150 dpi with `text` typed on it."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=44)
    for line, words in enumerate(text.split("\n")):
        draw.text((120, 200 + 90 * line), words, fill=0, font=font)
    return page


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    root = tmp_path_factory.mktemp("ocr")
    source = make_source(root / "source")
    (source / "scans").mkdir()
    first = _page("Synthetic scanned notice\nNothing to find here")
    second = _page(f"Second page of the scan\nInspector {WORD} signed it\nin Kashgar on 24 May")
    first.save(source / "scans" / "notice.pdf", save_all=True, append_images=[second], resolution=150)
    _page(f"Photographed form\nOfficer {WORD}").convert("RGB").save(source / "scans" / "form photo.jpg", quality=92)
    return source, root


@pytest.fixture(scope="module")
def built(scanned):
    source, root = scanned
    job = ocrstep.make_job(("en",), None, root / "cache")
    report = build_archive(source, root / "scanned.casefile", ocr=job)
    return root / "scanned.casefile", report, job


def test_a_word_only_in_scanned_pixels_is_found_at_its_page(built):
    path, report, _ = built
    assert not report.warnings, report.warnings
    with open_archive(path) as archive:
        hits = {hit.id: hit for hit in archive.search.find(WORD).hits}
        assert set(hits) == {"scans/notice", "scans/form photo"}
        assert hits["scans/notice"].page == 2
        pages = archive.items.pages("scans/notice")
        assert WORD in pages[1].text and WORD not in pages[0].text
        assert WORD in archive.items.text("scans/form photo")


def test_each_read_page_keeps_its_words_boxes_engine_and_confidence(built):
    path, _, job = built
    with open_archive(path) as archive:
        ocr = archive.items.ocr_pages("scans/notice")
        assert [page.page_no for page in ocr] == [1, 2]
        page = ocr[1]
        assert page.engine == job.engine and page.languages == ("eng",) and page.confidence > 60
        word = next(w for w in page.words if page.text[w.start:w.end] == WORD)
        # Rendered at 300 dpi from a 150 dpi page: the word was typed near x=120..., y=290 at 150 dpi.
        scale = page.width / 1240
        assert abs(word.y - 290 * scale) < 40 * scale and word.x > 100 * scale and word.w > 100 * scale
        assert archive.metadata and dict(archive.query("SELECT key, value FROM meta"))["ocr_engine"].startswith(job.engine)


def test_a_rebuild_reads_nothing_again(scanned, built):
    source, root = scanned
    first = built[1]
    again = build_archive(source, root / "again.casefile", ocr=built[2])
    # Pictures without words are read too (and cached) but keep no OCR page.
    assert sum(o.ocr_pages_read for o in first.outcomes) >= sum(o.ocr_pages for o in first.outcomes) >= 3
    assert sum(o.ocr_pages for o in again.outcomes) == sum(o.ocr_pages for o in first.outcomes)
    assert sum(o.ocr_pages_read for o in again.outcomes) == 0
    with open_archive(root / "again.casefile") as a, open_archive(built[0]) as b:
        assert a.items.ocr_pages("scans/notice") == b.items.ocr_pages("scans/notice")


def test_without_ocr_the_scan_is_found_by_nothing(scanned, tmp_path):
    source, _ = scanned
    build_archive(source, tmp_path / "plain.casefile")
    with open_archive(tmp_path / "plain.casefile") as archive:
        assert archive.search.find(WORD).total == 0 and archive.items.ocr_pages("scans/notice") == []


def test_a_page_ocr_cannot_read_is_a_warning_and_the_file_still_goes_in(scanned, tmp_path, monkeypatch):
    from archive.publish import ocr

    def broken(image, settings):
        raise ocr.OcrFailed("Tesseract stopped (simulated)")

    monkeypatch.setattr(ocr, "recognise", broken)
    source, _ = scanned
    job = ocrstep.make_job(("en",), None, None)
    report = build_archive(source, tmp_path / "broken.casefile", ocr=job, workers=1)
    assert any("scans/notice.pdf: page 1: OCR failed: Tesseract stopped" in w for w in report.warnings)
    with open_archive(tmp_path / "broken.casefile") as archive:
        assert archive.items.get("scans/notice").kind == "report"


def test_the_cli_says_what_ocr_did_and_what_is_missing(scanned, tmp_path, capsys):
    source, root = scanned
    code = main(["build", str(source), "-o", str(tmp_path / "cli.casefile"), "-q", "--ocr", "en",
                 "--ocr-cache", str(root / "cache"), "--report", str(tmp_path / "r.json")])
    out = capsys.readouterr().out
    assert code == 0 and "OCR: text found on 5 page(s) or picture(s);" in out
    files = {f["path"]: f for f in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"]}
    assert files["scans/notice.pdf"]["ocr_pages"] == 2
    assert main(["info", str(tmp_path / "cli.casefile")]) == 0
    assert "OCR:        Tesseract " in capsys.readouterr().out
    code = main(["build", str(source), "-o", str(tmp_path / "x.casefile"), "-q", "--ocr", "xx_nothing"])
    assert code == 1 and "xx_nothing" in capsys.readouterr().err
