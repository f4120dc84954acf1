"""OCR of page images with the real Tesseract: text, word boxes, orientation, skew, scripts, failures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from archive.publish.ocr import OcrFailed, OcrSettings, has_text, recognise, unavailable
from archive.publish.ocr.engine import grayscale

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"
LATIN = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ENGLISH = OcrSettings(("eng",))

pytestmark = [
    pytest.mark.skipif(unavailable(OcrSettings(("eng", "chi_sim", "uig"))) is not None,
                       reason="Tesseract with English, Chinese and Uyghur is not installed (./test installs it)"),
    pytest.mark.skipif(not LATIN.is_file(), reason="no DejaVu Sans (Debian's fonts-dejavu-core)"),
]

LINES = ["The detention centre in Tekes county held", "several hundred people in March 2018,",
         "according to the internal police files.", "Guards were told to shoot anyone escaping,",
         "and the camp was guarded by armed police."]


def english_page() -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """A page of English text and where each line's first word was drawn (left, top, right, bottom)."""
    font = ImageFont.truetype(str(LATIN), 40)
    page = Image.new("L", (1500, 900), 255)
    draw = ImageDraw.Draw(page)
    drawn = {}
    for number, line in enumerate(LINES):
        origin = (100, 120 + number * 130)
        draw.text(origin, line, font=font, fill=0)
        drawn[line.split()[0]] = draw.textbbox(origin, line.split()[0], font=font)
    return page, drawn


@pytest.fixture(scope="module")
def page():
    return english_page()


@pytest.fixture(scope="module")
def read(page):
    return recognise(page[0], ENGLISH)


def box_of(result, word: str) -> tuple[int, int, int, int]:
    """The (left, top, right, bottom) of the first recognised word equal to `word`."""
    found = next(w for w in result.words if result.text[w.start:w.end] == word)
    return found.x, found.y, found.x + found.w, found.y + found.h


def covers(box, point, slack: int = 0) -> bool:
    return box[0] - slack <= point[0] <= box[2] + slack and box[1] - slack <= point[1] <= box[3] + slack


def centre(box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def test_english_text_is_read_line_by_line(read, page):
    assert read.text.split("\n") == LINES or read.text.replace("\n\n", "\n").split("\n") == LINES
    assert (read.width, read.height, read.rotation, read.skew) == (1500, 900, 0, 0.0)
    assert read.confidence > 85
    assert has_text(read)


def test_word_offsets_index_the_text_and_boxes_lie_over_the_ink(read, page):
    assert " ".join(read.text[w.start:w.end] for w in read.words) == " ".join(read.text.split())
    for word, drawn in page[1].items():
        box = box_of(read, word)
        assert covers(box, centre(drawn))
        assert covers(drawn, centre(box), slack=4)


def test_a_page_turned_a_quarter_is_read_upright_with_boxes_on_the_turned_image(page):
    image, drawn = page
    turned = image.rotate(90, expand=True)  # counter-clockwise: (x, y) -> (y, width - x)
    result = recognise(turned, ENGLISH)
    assert result.rotation == 270
    assert (result.width, result.height) == turned.size
    assert "Tekes county" in result.text
    left, top, right, bottom = drawn["The"]
    expected = (top, image.width - right, bottom, image.width - left)
    box = box_of(result, "The")
    assert covers(box, centre(expected)) and covers(expected, centre(box), slack=4)


def test_a_page_tilted_two_degrees_is_straightened(page):
    image, drawn = page
    tilted = image.rotate(2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    result = recognise(tilted, ENGLISH)
    assert result.skew == pytest.approx(-2.0, abs=0.25)
    assert "\n".join(LINES) in result.text.replace("\n\n", "\n")
    ink = tilted.point(lambda v: 255 if v < 128 else 0).crop(box_of(result, "Guards"))
    assert ink.getbbox() is not None  # the box mapped back lies over the tilted word's ink


def test_chinese_is_joined_without_spaces():
    font = ImageFont.truetype(str(FONTS / "CasefileHanSubset-Regular.otf"), 64)
    image = Image.new("L", (1200, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 60), "新疆维吾尔自治区公安", font=font, fill=0)
    draw.text((60, 220), "拘留人员名单", font=font, fill=0)
    result = recognise(image, OcrSettings(("chi_sim",)))
    first, second = result.text.split("\n")
    assert second == "拘留人员名单"
    assert first.startswith("新疆维吾尔") and first.endswith("治区公安")  # 自 is at times read as 目
    assert len(result.words) > 2  # one "word" per character or run, joined without spaces


def test_uyghur_is_read_in_arabic_script():
    if not ImageFont.core.HAVE_RAQM:
        pytest.skip("Pillow without libraqm cannot shape Arabic script")
    font = ImageFont.truetype(str(FONTS / "NotoSansArabic-Regular.ttf"), 56)
    image = Image.new("L", (1400, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.text((1340, 60), "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى", font=font, fill=0, direction="rtl",
              language="ug", anchor="ra")
    result = recognise(image, OcrSettings(("uig",)))
    assert "ئۇيغۇر" in result.text.split()
    assert "\u200e" not in result.text and "\u200f" not in result.text


@pytest.mark.parametrize("mode", ["1", "P", "CMYK", "RGBA", "I;16", "F"])
def test_odd_image_modes_become_8_bit_gray(page, mode):
    image = page[0].convert("RGB").convert(mode) if mode in ("P", "CMYK", "RGBA") else page[0].convert(mode)
    if mode == "I;16":
        image = page[0].convert("I").point(lambda v: v * 200).convert("I;16")
    gray = grayscale(image)
    assert gray.mode == "L" and gray.size == page[0].size
    assert gray.getextrema() == (0, 255) or gray.getextrema()[1] - gray.getextrema()[0] > 200


def test_a_one_bit_scan_is_read(page):
    assert "Tekes county" in recognise(page[0].convert("1"), ENGLISH).text


def test_a_photo_without_text_gives_nothing_worth_keeping():
    result = recognise(Image.effect_noise((800, 600), 60), ENGLISH)
    assert not has_text(result)
    assert recognise(Image.new("L", (4, 4), 255), ENGLISH).words == ()


def test_a_broken_image_fails_cleanly(page):
    buffer = io.BytesIO()
    page[0].save(buffer, "PNG")
    broken = Image.open(io.BytesIO(buffer.getvalue()[:2000]))
    with pytest.raises(OcrFailed, match="cannot be read"):
        recognise(broken, ENGLISH)


def test_a_page_that_takes_too_long_fails_cleanly(page):
    with pytest.raises(OcrFailed, match="longer than"):
        recognise(page[0], OcrSettings(("eng",), timeout=0.01))


def test_a_grainy_page_is_read_through_a_median_filter_and_a_clean_one_as_it_is():
    from PIL import Image, ImageChops, ImageDraw

    from archive.publish.ocr.engine import despeckled

    clean = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(clean).text((20, 100), "Clean text on a clean page", fill=0)
    assert despeckled(clean) is clean
    grainy = ImageChops.add(clean, Image.effect_noise(clean.size, 40), offset=-128)  # grain of sigma 40
    assert despeckled(grainy) is not grainy
