"""OCR around the engine: PDF pages rendered for it, the cache, languages, and what is worth reading."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from archive.publish.ocr import (OcrCache, OcrFailed, OcrResult, OcrSettings, OcrWord, languages_for,
                                 needs_ocr, pdf_page_images, recognise, unavailable)

LATIN = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HASH = "ab" * 32
RESULT = OcrResult("新疆 police", (OcrWord(0, 2, 10, 20, 30, 40, 91.0), OcrWord(3, 9, 50, 20, 80, 40, 75.5)),
                   83.25, 600, 800, 90, -1.5)

needs_tesseract = pytest.mark.skipif(unavailable(OcrSettings(("eng",))) is not None or not LATIN.is_file(),
                                     reason="Tesseract with English, or DejaVu Sans, is not installed")


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of page images with no text layer, as a scanner makes, at 100 dpi."""
    font = ImageFont.truetype(str(LATIN), 28) if LATIN.is_file() else ImageFont.load_default()
    images = []
    for number in range(1, pages + 1):
        image = Image.new("L", (827, 1169), 255)
        ImageDraw.Draw(image).text((80, 100), f"Page {number} of the detainee register", font=font, fill=0)
        images.append(image)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=100, save_all=True, append_images=images[1:])
    return buffer.getvalue()


@needs_tesseract
def test_a_scanned_pdf_page_is_rendered_and_read():
    rendered = list(pdf_page_images(scanned_pdf(), [2], dpi=200))
    assert [number for number, _ in rendered] == [2]
    image = rendered[0][1]
    assert abs(image.width - 1654) <= 1 and abs(image.height - 2338) <= 1  # A4 at 200 dpi
    assert "Page 2 of the detainee register" in recognise(image, OcrSettings(("eng",))).text


def test_an_unreadable_pdf_or_a_missing_page_fails_cleanly():
    with pytest.raises(OcrFailed, match="cannot be opened"):
        list(pdf_page_images(b"%PDF-1.4 not really", [1], dpi=300))
    with pytest.raises(OcrFailed, match="no page 3"):
        list(pdf_page_images(scanned_pdf(), [1, 3], dpi=72))


def test_a_huge_page_is_rendered_smaller():
    image = Image.new("L", (200, 200), 255)
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=1)  # a 200-inch page: 3.6 gigapixels at 300 dpi
    [(_, rendered)] = pdf_page_images(buffer.getvalue(), [1], dpi=300)
    assert rendered.width * rendered.height <= 100_000_000


def test_a_result_survives_json():
    assert OcrResult.from_json(json.loads(json.dumps(RESULT.to_json()))) == RESULT
    with pytest.raises(ValueError):
        OcrResult.from_json({"text": "ab", "words": [[0, 9, 0, 0, 1, 1, 50]], "confidence": 50,
                             "width": 1, "height": 1, "rotation": 0, "skew": 0})


@needs_tesseract
def test_the_cache_gives_back_what_was_put_under_the_same_settings(tmp_path):
    cache = OcrCache(tmp_path / "ocr")
    key = cache.key(HASH, OcrSettings(("eng", "chi_sim")))
    assert cache.get(key) is None
    cache.put(key, {1: RESULT, 3: RESULT})
    assert cache.get(key) == {1: RESULT, 3: RESULT}
    assert cache.key(HASH, OcrSettings(("eng",))) != key
    assert cache.get(cache.key(HASH, OcrSettings(("eng",)))) is None
    assert cache.key(HASH, OcrSettings(("eng", "chi_sim"), dpi=200)) != key
    assert cache.key(HASH, OcrSettings(("eng", "chi_sim"), timeout=5)) == key


@needs_tesseract
def test_a_damaged_or_unwritable_cache_is_a_miss_not_an_error(tmp_path):
    cache = OcrCache(tmp_path)
    key = cache.key(HASH, OcrSettings(("eng",)))
    (tmp_path / f"{key}.json").write_text('{"pages": {"1": {"text": 5}}}')
    assert cache.get(key) is None
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    OcrCache(blocked / "ocr").put(key, {1: RESULT})
    assert cache.get("../" * 8 + "etc/passwd") is None  # a key is never a path


def test_archive_languages_become_tesseract_ones():
    assert languages_for(["en", "zh", "ug"]) == ("eng", "chi_sim", "chi_tra", "uig")
    assert languages_for(["zh-Hant", "EN", "en", "xx", "fr"]) == ("chi_tra", "eng", "fra")
    assert languages_for([]) == ()


@needs_tesseract
def test_a_missing_language_names_the_package_to_install():
    assert unavailable(OcrSettings(("eng",))) is None
    assert unavailable(OcrSettings(("eng", "fra"))) == \
        "Tesseract's fra data is not installed: apt install tesseract-ocr-fra"
    assert unavailable(OcrSettings(())).startswith("No OCR language")


def test_settings_refuse_a_zero_timeout():
    with pytest.raises(ValueError):
        OcrSettings(("eng",), timeout=0)


@pytest.mark.parametrize(("text", "expected"), [
    ("", True), ("  \n 3 \n", True), ("Scanned by CamScanner", True), ("\ue000\ue001" * 40, True),
    ("The detention centre in Tekes county held several hundred people.", False),
    ("新疆维吾尔自治区公安厅关于进一步加强看守所管理工作的通知，各地州市公安局认真执行", False),
])
def test_a_page_needs_ocr_when_its_text_layer_is_nearly_empty(text, expected):
    assert needs_ocr(text) is expected
