"""Romanised name forms: pinyin for Hanzi, ULY (with and without accents) for Uyghur Arabic script."""

import pytest

from archive.search.translit import pinyin_forms, transliterations, uly_forms

# ئۈرۈمچى (Ürümchi) as a PDF extractor returns it: one presentation-form glyph per letter, with the
# hamza carrier initial, yu final, reh isolated, yu isolated, meem initial, tcheh medial, alef maksura
# final.
URUMCHI_GLYPHS = "\ufe8b\ufbdc\ufead\ufbdb\ufee3\ufb7d\ufef0"


# --- pinyin -----------------------------------------------------------------------------------------

def test_person_name_has_surname_apart_and_syllable_split_forms():
    assert pinyin_forms("陈全国") == ["chen quanguo", "chen quan guo"]


@pytest.mark.parametrize(("name", "form"), [
    ("朱海仑", "zhu hailun"),
    ("王君正", "wang junzheng"),
    ("欧阳修", "ouyang xiu"),        # compound surname
    ("单雄信", "shan xiongxin"),      # 单 is Shan as a surname, not dan
    ("曾国藩", "zeng guofan"),        # 曾 is Zeng as a surname, not ceng
])
def test_person_names(name, form):
    assert pinyin_forms(name)[0] == form


def test_place_name_joined_and_split():
    assert pinyin_forms("新疆") == ["xinjiang", "xin jiang"]
    assert pinyin_forms("乌鲁木齐")[0] == "wulumuqi"
    # A place that starts with a surname character is recognised by its ending.
    assert pinyin_forms("张家口")[0] == "zhangjiakou"


def test_organisation_name_is_romanised_word_by_word():
    forms = pinyin_forms("新疆生产建设兵团")
    assert "xinjiang shengchan jianshe bingtuan" in forms
    assert "xin jiang sheng chan jian she bing tuan" in forms
    assert any("xinjiang" in form.split() for form in forms)


def test_organisation_words_split_at_suffixes_and_conjunctions():
    assert pinyin_forms("乌鲁木齐市公安局")[0] == "wulumuqi shi gonganju"
    assert pinyin_forms("人力资源和社会保障局")[0] == "renli ziyuan he shehui baozhangju"


def test_traditional_and_compatibility_characters():
    assert pinyin_forms("陳全國") == ["chen quanguo", "chen quan guo"]
    assert pinyin_forms("\uf901") == ["geng"]  # CJK compatibility ideograph for 更


def test_foreign_name_in_hanzi_joins_each_part():
    assert pinyin_forms("艾尔肯·吐尼亚孜")[0] == "aierken tuniyazi"


def test_non_han_text_is_kept():
    assert pinyin_forms("陈全国 (Chen)") == ["chen quanguo (Chen)", "chen quan guo (Chen)"]


def test_no_han_no_pinyin():
    assert pinyin_forms("Chen Quanguo") == []
    assert pinyin_forms("قەشقەر") == []


# --- ULY --------------------------------------------------------------------------------------------

def test_uyghur_to_uly():
    assert uly_forms("قەشقەر") == ["qeshqer"]
    assert uly_forms("ئۈرۈمچى") == ["ürümchi", "urumchi"]


def test_person_name_with_digraph_separator():
    # ن + گ is written n'g in ULY so that it is not read as the letter ng (ڭ).
    assert uly_forms("چېن چۈەنگو") == ["chén chüen'go", "chen chuengo"]
    assert uly_forms("شىنجاڭ") == ["shinjang"]


def test_hamza_is_silent_at_the_start_and_an_apostrophe_inside():
    assert uly_forms("ئاقسۇ") == ["aqsu"]
    assert uly_forms("سائەت") == ["sa'et", "saet"]


def test_presentation_forms_give_the_same_result():
    assert uly_forms(URUMCHI_GLYPHS) == uly_forms("ئۈرۈمچى")


def test_no_arabic_script_no_uly():
    assert uly_forms("Ürümchi") == []
    assert uly_forms("乌鲁木齐") == []


# --- both -------------------------------------------------------------------------------------------

def test_transliterations_cover_both_scripts():
    assert transliterations("陈全国") == ["chen quanguo", "chen quan guo"]
    assert transliterations("ئۈرۈمچى") == ["ürümchi", "urumchi"]
    assert transliterations("新疆 شىنجاڭ")[:2] == ["xinjiang شىنجاڭ", "xin jiang شىنجاڭ"]
    assert "xinjiang shinjang" not in transliterations("新疆 شىنجاڭ")  # each script romanised apart


def test_latin_names_have_no_transliterations():
    assert transliterations("Chen Quanguo") == []
    assert transliterations("Adrian Zenz") == []
    assert transliterations("chen quanguo") == []
