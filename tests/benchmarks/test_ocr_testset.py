"""The OCR test-set generator (benchmarks/ocr_testset.py): reproducible pages, and a right CER."""

import hashlib
import random
import sys
from pathlib import Path

import pytest
from PIL import Image

# benchmarks/ is a folder of scripts, not a package; its modules import each other by bare name.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import ocr_testset  # noqa: E402


def digest(image):
    """SHA-256 of an image's pixels, size and mode."""
    return hashlib.sha256(f"{image.mode}{image.size}".encode() + image.tobytes()).hexdigest()


def textbook_levenshtein(a, b):
    """The dynamic-programming table, one row at a time: slow, obviously right."""
    row = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, char_b in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (char_a != char_b))
    return row[-1]


@pytest.mark.parametrize("variant", ocr_testset.VARIANTS)
def test_same_arguments_give_the_same_pixels(variant):
    first, truth = ocr_testset.page("en", 1, variant, seed=3)
    second, again = ocr_testset.page("en", 1, variant, seed=3)
    assert digest(first) == digest(second) and truth == again


def test_another_seed_gives_other_noise_and_another_page_order():
    assert digest(ocr_testset.page("en", 1, "noisy", 1)[0]) != digest(ocr_testset.page("en", 1, "noisy", 2)[0])
    assert ocr_testset.page_lines("zh", 1, 1) != ocr_testset.page_lines("zh", 2, 1)


def test_pages_are_a4_at_300_dpi_and_rot90_is_landscape():
    assert ocr_testset.page("zh", 1, "clean")[0].size == (2480, 3508)
    assert ocr_testset.page("zh", 1, "rot90")[0].size == (3508, 2480)


def test_a_page_holds_several_paragraphs_that_fit_inside_the_margins():
    for language in ocr_testset.LANGUAGES:
        lines = ocr_testset.page_lines(language, 1, 1)
        assert lines.count("") >= 4, language
        widest = max(ocr_testset.text_width(language, line) for line in lines)
        assert widest <= 2480 - 2 * ocr_testset.MARGIN, language


def test_ink_stays_inside_the_margins_and_uyghur_is_set_right_aligned():
    image, _ = ocr_testset.page("ug", 1, "clean")
    left, top, right, bottom = Image.eval(image, lambda v: 255 - v).getbbox()
    margin = ocr_testset.MARGIN
    assert left >= margin and top >= margin - 20 and bottom <= 3508 - margin
    assert abs(right - (2480 - margin)) <= 5


def test_write_saves_each_page_with_its_ground_truth(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr_testset, "LANGUAGES", ("en",))
    written = ocr_testset.write(tmp_path)
    assert [p.name for p in written] == [f"en-{v}-01.png" for v in ocr_testset.VARIANTS]
    truth = (tmp_path / "en-skew2-01.txt").read_text(encoding="utf-8")
    assert truth.rstrip("\n") == ocr_testset.page("en", 1, "skew2")[1]
    assert "Xinjiang" in truth and Image.open(written[0]).info["dpi"] == pytest.approx((300, 300), abs=0.01)


def test_levenshtein_agrees_with_the_textbook_table_on_random_strings():
    rng = random.Random(7)
    for _ in range(300):
        a = "".join(rng.choice("ab新疆ئۇ ") for _ in range(rng.randint(0, 90)))
        b = "".join(rng.choice("ab新疆ئۇ ") for _ in range(rng.randint(0, 90)))
        assert ocr_testset.levenshtein(a, b) == textbook_levenshtein(a, b), (a, b)


def test_levenshtein_known_values():
    assert ocr_testset.levenshtein("kitten", "sitting") == 3
    assert ocr_testset.levenshtein("", "abc") == ocr_testset.levenshtein("abc", "") == 3
    assert ocr_testset.levenshtein("same", "same") == 0


def test_cer_ignores_line_breaks_and_counts_over_the_reference():
    assert ocr_testset.cer("Office of the\nHigh  Commissioner", "Office of the High Commissioner\n", "en") == 0
    assert ocr_testset.cer("abcdefghij", "abcdefghiX", "en") == pytest.approx(0.1)
    assert ocr_testset.cer("abcd", "", "en") == 1.0


def test_cer_for_chinese_drops_all_whitespace_and_folds_full_width_forms():
    assert ocr_testset.cer("新疆维吾尔，自治区", "新 疆 维吾尔,\n自治区", "zh") == 0
    assert ocr_testset.cer("新疆维吾尔自治区", "新疆维吾儿自治区", "zh") == pytest.approx(1 / 8)


def test_cer_folds_arabic_presentation_forms_to_letters():
    assert ocr_testset.cer("شىنجاڭ", "\ufeb7\ufbe9\ufee8\ufea0\ufe8e\ufbd3", "ug") == 0
