"""Folding and tokenising: the variants readers treat as equal fold equal, offsets map back exactly."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from archive import text as text_module
from archive.text import Token, Tokenised, fold, fold_with_offsets, tokens

# "Xinjiang" in Uyghur, and the same word as a PDF extractor often returns it: one presentation-form
# glyph per letter (sheen initial, Uyghur alef maksura medial, noon medial, jeem medial, alef final,
# ng isolated).
XINJIANG = "شىنجاڭ"
XINJIANG_GLYPHS = "\ufeb7\ufbe9\ufee8\ufea0\ufe8e\ufbd3"

# Text that exercises every folding rule: scripts, marks, ligatures, invisible characters, digits.
_ALPHABET = st.sampled_from(list(
    "aZé\u0301\u0308ßİŁ'’- .,陳陈国\u3400\uf900ﬁ½ＡＢ１"
    "شىنجاڭئۈۆېيی\u064a\u0654\u064e\u0640\u0670٣۴"
    "\ufeb7\ufbe9\ufbd3\ufefb\ufe70\ufbea\u200c\u200d\u200b\u00ad\u202b\u2066\ufeff"
    "Дйᄀ\u1161가"
))
MIXED_TEXT = st.one_of(st.text(_ALPHABET, max_size=40), st.text(max_size=40))


def _reference_fold(text: str) -> str:
    """fold() straight from its definition: every segment through the per-segment path."""
    out, start = [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not text_module._is_continuation(text[i]):
            out.append(text_module._fold_segment(text[start:i]))
            start = i
    return "".join(out)


# --- fold -------------------------------------------------------------------------------------------

def test_presentation_forms_fold_to_uyghur_letters():
    assert fold(XINJIANG_GLYPHS) == fold(XINJIANG) == XINJIANG


def test_uyghur_vowels_stay_distinct():
    # ۈ ۆ ې ۇ و are different letters, not one letter with diacritics.
    letters = ["\u06c8", "\u06c6", "\u06d0", "\u06c7", "\u0648", "\u0649", "\u064a"]
    assert len({fold(ch) for ch in letters}) == len(letters)
    # Their presentation forms fold to them (ۈ final, ۆ isolated, ې initial).
    assert fold("\ufbdc\ufbd9\ufbe6") == "\u06c8\u06c6\u06d0"


def test_farsi_yeh_is_uyghur_i_and_arabic_yeh_stays():
    assert fold("ش\u06cc") == "ش\u0649"
    assert fold("\ufbfd") == "\u0649"  # Farsi yeh final form
    assert fold("\u064a") == "\u064a"


def test_yeh_with_combining_hamza_is_the_hamza_carrier():
    assert fold("\u064a\u0654") == "\u0626"
    assert fold("\u0649\u0654ۇيغۇر") == fold("ئۇيغۇر")
    assert fold("\ufbea") == "\u0626\u0627"  # the Uyghur ligature yeh-hamza + alef


def test_tatweel_and_harakat_are_dropped():
    assert fold("شـىَنجاڭ") == XINJIANG
    assert fold("ش\u0670ى\u064bنجاڭ") == XINJIANG
    assert fold("ش\ufe70ىنجاڭ") == XINJIANG  # an isolated-form vowel sign must not split the word


def test_arabic_and_persian_digits_are_ascii():
    assert fold("٢٠١٧") == fold("۲۰۱۷") == "2017"


def test_invisible_characters_are_removed():
    assert fold("شى\u200cنجاڭ") == XINJIANG
    assert fold("\u202bشىنجاڭ\u202c\u200f") == XINJIANG
    assert fold("\u2067Gluck\u00adsmann\u2069") == "glucksmann"
    assert fold("\ufeffXin\u200bjiang\u200d") == "xinjiang"


def test_latin_diacritics_are_stripped():
    assert fold("Raphaël Glucksmann") == "raphael glucksmann"
    assert fold("Ürümchi") == "urumchi"
    assert fold("Rapha\u0308el") == "raphael"  # decomposed
    assert fold("Łódź Ørsted") == "lodz orsted"


def test_full_width_and_case():
    assert fold("ＸＩＮＪＩＡＮＧ　２０２２") == "xinjiang 2022"
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("İstanbul") == "istanbul"


def test_apostrophe_variants_are_one():
    assert fold("O’Brien") == fold("OʼBrien") == fold("O'Brien") == "o'brien"


def test_han_is_kept_but_compatibility_ideographs_unified():
    assert fold("陳全國") == "陳全國"  # Traditional stays Traditional
    assert fold("\uf900") == "\u8c48"


def test_ascii_is_only_lowercased():
    assert fold("Chen Quanguo, `Party` Secretary!") == "chen quanguo, `party` secretary!"


@given(MIXED_TEXT)
def test_fast_paths_agree_with_the_definition(text):
    assert fold(text) == _reference_fold(text)


@given(MIXED_TEXT)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_han_ranges_deserve_the_fast_path():
    # The simple-character tables take these ranges on trust; check the trust is deserved.
    for first, last in text_module._SIMPLE_HAN:
        for cp in range(first, last + 1):
            ch = chr(cp)
            assert not text_module._is_continuation(ch)
            assert text_module._fold_segment(ch) == unicodedata.normalize("NFKC", ch).casefold()


def test_every_composing_second_character_starts_no_segment():
    # If NFC could fuse a character with the one before, both must be folded as one segment.
    for cp in range(0x30000):
        decomposition = unicodedata.decomposition(chr(cp)).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            assert text_module._is_continuation(chr(int(decomposition[1], 16))), hex(cp)


# --- fold_with_offsets ------------------------------------------------------------------------------

def test_offsets_of_presentation_forms_are_one_to_one():
    assert fold_with_offsets("ab " + XINJIANG_GLYPHS) == ("ab " + XINJIANG, list(range(9)))


def test_offsets_skip_removed_and_repeat_expanded_characters():
    folded, origin = fold_with_offsets("a\u200cﬁ\u0640e\u0301")
    assert folded == "afie"
    assert origin == [0, 2, 2, 4]


@settings(max_examples=300)
@given(MIXED_TEXT)
def test_offsets_are_valid_and_non_decreasing(text):
    folded, origin = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert all(0 <= i < len(text) for i in origin)
    assert origin == sorted(origin)


# --- tokens -----------------------------------------------------------------------------------------

def _words(text):
    return [t.folded for t in tokens(text)]


def test_mixed_sentence():
    text = "Chen Quanguo (陈全国) visited ئۈرۈمچى in 2017."
    assert tokens(text) == [
        Token(0, 4, "chen"), Token(5, 12, "quanguo"),
        Token(14, 15, "陈"), Token(15, 16, "全"), Token(16, 17, "国"),
        Token(19, 26, "visited"), Token(27, 34, "ئۈرۈمچى"), Token(35, 37, "in"), Token(38, 42, "2017"),
    ]


def test_every_han_character_is_a_token():
    assert _words("新疆党委书记陈全国表示") == list("新疆党委书记陈全国表示")
    assert _words("2017年\u3400\U00020000") == ["2017", "年", "\u3400", "\U00020000"]


def test_uyghur_words_keep_the_hamza_carrier():
    assert _words("ئۇيغۇر ئاپتونوم رايونى") == ["ئۇيغۇر", "ئاپتونوم", "رايونى"]


def test_presentation_form_word_keeps_its_exact_span():
    text = "في " + XINJIANG_GLYPHS + "."
    assert tokens(text)[-1] == Token(3, 9, XINJIANG)


def test_invisible_characters_do_not_split_words():
    text = "شى\u200cنجاڭ Gluck\u00adsmann"
    assert tokens(text) == [Token(0, 7, XINJIANG), Token(8, 19, "glucksmann")]


def test_marks_stay_in_the_span_of_their_word():
    text = "Rapha\u0308el Glucksmann"  # the umlaut is a separate combining character
    assert tokens(text)[0] == Token(0, 8, "raphael")


def test_apostrophes_and_hyphens():
    assert _words("O’Brien met O'Brien") == ["o'brien", "met", "o'brien"]
    assert _words("Chen Quanguo’s policy, Jean-Luc's") == ["chen", "quanguo", "policy", "jean", "luc"]
    assert _words("jem'iyet 'quoted' rock'n'roll") == ["jem'iyet", "quoted", "rock'n'roll"]


def test_underscores_and_punctuation_split():
    assert _words("a_b, c.d/e—f") == ["a", "b", "c", "d", "e", "f"]


def test_tokenised_words_and_spans_match_tokens():
    text = "Raphaël ﺷﯩﻨﺠﺎﯓ 陈全国"
    tokenised = Tokenised(text)
    assert tokenised.words == _words(text)
    assert tokenised.span(0, 3) == (0, len(text) - 2)


@settings(max_examples=300)
@given(MIXED_TEXT)
def test_token_spans_map_back(text):
    found = tokens(text)
    assert all(0 <= t.start < t.end <= len(text) for t in found)
    assert all(a.start <= b.start and a.end <= b.end for a, b in zip(found, found[1:]))
    for t in found:
        assert t.folded and t.folded in fold(text[t.start:t.end])


def test_is_han_agrees_with_the_tokenizer():
    """is_han() (used by the index, highlighting and the vocabulary) is exactly what tokens() treats
    as a one-character Han token, for folded text."""
    from archive.text import is_han

    samples = [chr(c) for c in range(0x2E80, 0xFB00)] + ["\U00020000", "\U0002A6D6", "\U0003FFFF", "\U00040000"]
    for ch in (ch for ch in samples if fold(ch) == ch):  # callers apply is_han to folded words
        # Only Han characters are split apart even when written next to each other.
        assert is_han(ch) == (len(tokens(ch + ch)) == 2), hex(ord(ch))
