"""Text normalisation shared by mention matching and the full-text index.

Evidence arrives in English, Chinese and Uyghur, typed on different keyboards, copied between systems
and extracted from PDFs (which often yield Arabic presentation-form glyphs, tatweel and invisible
joiners). A match must treat every spelling a reader would call "the same word" as equal, yet report
its span in the original text exactly, so the viewer can highlight what is really there. Hence three
functions: `fold` gives the matching form, `fold_with_offsets` ties each folded character to the
original character it came from, and `tokens` cuts words with original offsets (each Han character is
a word of its own: Chinese is written without spaces).

Folding is defined per *segment*: a base character plus the combining marks and invisible format
characters after it, so a mark always folds together with the letter it sits on. Nearly all characters
are "simple": a segment of their own whose fold is exactly one character, whatever the neighbours. A
run of simple characters is folded with C-level passes (NFKC, casefold, one substitution); everything
else takes the per-segment path, which is cached. Both paths give the same result by construction:
a character counts as simple only if the fast formula reproduces its per-segment fold.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["Token", "Tokenised", "fold", "fold_with_offsets", "tokens"]


def _ranges(*spans: tuple[int, int]) -> list[int]:
    """Code points of the inclusive (first, last) spans."""
    return [cp for first, last in spans for cp in range(first, last + 1)]


# Invisible format characters: PDF extraction and Uyghur keyboards scatter them inside words (ZWNJ
# stops Arabic letters joining, soft hyphens mark break points, bidi controls steer display), but a
# reader never sees them, so they must not split or change a word.
_INVISIBLE = frozenset(_ranges(
    (0x00AD, 0x00AD),  # soft hyphen
    (0x061C, 0x061C),  # Arabic letter mark (bidi)
    (0x200B, 0x200F),  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # byte-order mark / zero-width no-break space
))

# Apostrophe look-alikes become ASCII "'" so O’Brien, OʼBrien and O'Brien are one word. (The ASCII
# backtick is left alone: ASCII text only ever gets lower-cased, which keeps the ASCII path trivial.)
_APOSTROPHES = (0x2018, 0x2019, 0x02BC, 0x00B4)


def _is_bare_haraka_form(cp: int) -> bool:
    """True for presentation forms that are only a vowel sign (isolated or on a tatweel).

    NFKC turns the isolated ones into a space plus the mark; the space would split a Uyghur word in
    two, so these forms are dropped before NFKC (the marks themselves are dropped anyway)."""
    d = unicodedata.normalize("NFKD", chr(cp))
    marks = [ch for ch in d if unicodedata.combining(ch)]
    return bool(marks) and all(ch in " \u0640" or unicodedata.combining(ch) for ch in d)


# Applied to each segment before NFKC.
_PRE: dict[int, int | str | None] = {cp: None for cp in _INVISIBLE}
_PRE.update({cp: "'" for cp in _APOSTROPHES})
_PRE.update({cp: None for cp in _ranges((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)) if _is_bare_haraka_form(cp)})

# Latin letters with a stroke or without a dot have no decomposition, so stripping combining marks
# misses them; readers treat them as the plain letter when searching (Łódź ~ Lodz).
_LATIN_STROKES = str.maketrans("łøđħŧıƀ", "lodhtib")

# Arabic-script unification, applied last.
_ARABIC: dict[int, int | str | None] = {
    0x06CC: 0x0649,  # Farsi yeh -> alef maksura: Persian keyboards type it for the Uyghur letter i (ى)
    0x0640: None,    # tatweel only stretches a word for display
    0x0670: None,    # superscript alef is a vowel sign
}
_ARABIC.update({cp: None for cp in range(0x064B, 0x0660)})  # harakat: optional vowel and hamza signs
_ARABIC.update({0x0660 + d: str(d) for d in range(10)})      # Arabic-Indic digits: numbers match
_ARABIC.update({0x06F0 + d: str(d) for d in range(10)})      # Persian digits, likewise

# Yeh-like letter + (other marks) + combining hamza above is the hamza carrier ئ (U+0626). NFC already
# composes U+064A U+0654; this also catches alef maksura and Farsi yeh carrying the hamza, and a
# hamza blocked from composing by another mark of the same class.
_YEH_HAMZA = re.compile("[\u0649\u06cc\u064a][\u064b-\u0653\u0655-\u065f\u0670]*\u0654")


def _is_latin(ch: str) -> bool:
    """True for a Latin letter (the scripts whose diacritics are stripped)."""
    return ch.isalpha() and (ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))


@functools.lru_cache(maxsize=1 << 16)
def _fold_segment(segment: str) -> str:
    """The fold of one segment (a base character with its marks): the reference definition."""
    if len(segment) > 1 and not _fold_segment(segment[0]):
        # Marks on a dropped base (a vowel sign on a tatweel) go with it; left over, they would
        # attach to the previous letter when the folded text is folded again.
        return ""
    s = unicodedata.normalize("NFKC", segment.translate(_PRE)).casefold()
    if s and _is_latin(s[0]):
        # Latin diacritics only: é~e and ü~u for names spelt with and without accents. Arabic-script
        # letters such as ۈ ۆ ې are letters in their own right and never reach this branch.
        s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
        s = s.translate(_LATIN_STROKES)
    if "\u0654" in s:
        s = _YEH_HAMZA.sub("\u0626", s)
    # casefold can leave decomposed sequences (Greek ΐ), and dropping a haraka can unblock a
    # composition (Hangul jamo); recompose so that folding folded text changes nothing.
    return unicodedata.normalize("NFC", s.translate(_ARABIC))


@functools.lru_cache(maxsize=1 << 12)
def _is_continuation(ch: str) -> bool:
    """True if `ch` belongs to the segment of the character before it.

    That is the case for invisible format characters, and for anything whose decomposition starts
    with a combining mark or a Hangul medial/final jamo: those can compose with, or reorder around,
    the preceding character under NFKC, so the two must be normalised together."""
    if ord(ch) in _INVISIBLE:
        return True
    d = unicodedata.normalize("NFKD", ch)
    if not d:
        return False
    first = d[0]
    return (bool(unicodedata.combining(first)) or unicodedata.category(first)[0] == "M"
            or 0x1160 <= ord(first) <= 0x11FF or 0xD7B0 <= ord(first) <= 0xD7FF)


# Blocks scanned at import for simple characters: Latin, Greek, Cyrillic, Arabic, general punctuation,
# CJK punctuation and kana, CJK compatibility ideographs, presentation forms and full-width forms.
# Characters outside them (other than the Han ranges below) simply take the cached per-segment path.
_SCANNED = ((0x0000, 0x07FF), (0x1E00, 0x1FFF), (0x2000, 0x21FF), (0x3000, 0x30FF),
            (0xF900, 0xFAFF), (0xFB00, 0xFFFF))
# Han ideographs (URO, extension A, the supplementary planes): NFKC maps each to one ideograph and
# casefolding leaves them alone, so they are simple without checking (tests/archive/test_text.py does).
_SIMPLE_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x3FFFF))


def _build_simple_tables() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    """(post-NFKC translate table, pattern of non-simple runs, pattern of chars the table changes)."""
    post: dict[int, str] = {}
    for cp in _ranges(*_SCANNED):
        ch = chr(cp)
        folded = _fold_segment(ch)
        # Only characters that NFKC and casefold leave as they are can reach the final pass.
        if (len(folded) == 1 and folded != ch
                and unicodedata.normalize("NFKC", ch).casefold() == ch):
            post[cp] = folded
    simple = []
    for cp in _ranges(*_SCANNED):
        ch = chr(cp)
        if _is_continuation(ch):
            continue
        fast = unicodedata.normalize("NFKC", ch).casefold().translate(post)
        if len(fast) == 1 and fast == _fold_segment(ch):
            simple.append(cp)
    simple_spans = _spans(simple) + list(_SIMPLE_HAN)
    not_simple = re.compile(f"[^{_char_class(simple_spans)}]+")
    changed = re.compile(f"[{_char_class(_spans(sorted(post)))}]")
    return post, not_simple, changed


def _spans(cps: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as inclusive (first, last) spans."""
    spans: list[tuple[int, int]] = []
    for cp in cps:
        if spans and spans[-1][1] == cp - 1:
            spans[-1] = (spans[-1][0], cp)
        else:
            spans.append((cp, cp))
    return spans


def _char_class(spans: list[tuple[int, int]]) -> str:
    """The inside of a regex character class matching the spans."""
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in spans)


_POST, _NOT_SIMPLE, _POST_CHANGES = _build_simple_tables()


def _fold_simple(text: str) -> str:
    """Fold a run of simple characters: one character out per character in."""
    # re.sub touches only the few characters to change; str.translate would look up every one.
    return _POST_CHANGES.sub(_post_char, unicodedata.normalize("NFKC", text).casefold())


def _post_char(match: re.Match[str]) -> str:
    """The final-pass replacement of one character (see _fold_simple)."""
    return _POST[ord(match.group())]


def _pieces(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Cut non-ASCII text into (start, end, folded, is_simple_run) pieces, in order.

    A simple run folds one-to-one; any other piece is a single segment whose folded characters all
    come from text[start:end]."""
    pos = 0
    for match in _NOT_SIMPLE.finditer(text):
        start, end = match.span()
        if start > pos and _is_continuation(text[start]):
            start -= 1  # the simple character before a mark is the mark's base: fold them together
        if start > pos:
            yield pos, start, _fold_simple(text[pos:start]), True
        seg = start
        for i in range(start + 1, end):
            if not _is_continuation(text[i]):
                yield seg, i, _fold_segment(text[seg:i]), False
                seg = i
        yield seg, end, _fold_segment(text[seg:end]), False
        pos = end
    if pos < len(text):
        yield pos, len(text), _fold_simple(text[pos:]), True


def fold(text: str) -> str:
    """The matching form of `text`: two strings a reader would call the same word fold equal.

    NFKC (presentation forms to base letters, full-width to ASCII), casefold, Latin diacritics
    stripped, Arabic-script variants unified, harakat, tatweel and invisible characters dropped,
    Arabic-Indic digits made ASCII."""
    if text.isascii():
        return text.lower()  # nothing but case to fold in ASCII
    if _NOT_SIMPLE.search(text) is None:
        return _fold_simple(text)
    return "".join(piece for _, _, piece, _ in _pieces(text))


def _fold_spans(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """`fold(text)` with, per folded character, the start and end of its original segment.

    Both lists are None when the fold is one-to-one (folded index == original index), which spares
    building them for the common case."""
    if text.isascii():
        return text.lower(), None, None
    if _NOT_SIMPLE.search(text) is None:
        return _fold_simple(text), None, None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, piece, is_run in _pieces(text):
        parts.append(piece)
        if is_run:
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:
            starts.extend([start] * len(piece))
            ends.extend([end] * len(piece))
    return "".join(parts), starts, ends


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each folded character, the index of the original character it came from.

    A character produced from a base letter and its marks (or from a ligature NFKC expands) points at
    the base letter (or the ligature); the indices never decrease."""
    folded, starts, _ = _fold_spans(text)
    return folded, list(range(len(folded))) if starts is None else starts


class Token(NamedTuple):
    """A word: text[start:end] in the original string, and its folded form."""
    start: int
    end: int
    folded: str


# Han ideographs (〇, extension A, URO, compatibility, supplementary planes): each is a token.
_HAN_SPANS = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
_HAN = _char_class(list(_HAN_SPANS))


def is_han(ch: str) -> bool:
    """True for a character the tokenizer makes a token of its own (a Han ideograph, _HAN_SPANS)."""
    return ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
            or ch == "\u3007" or "\U00020000" <= ch <= "\U0003ffff")

# Combining marks of the Basic Multilingual Plane that survive folding (Cyrillic, Hebrew, Indic...):
# they belong inside the word they sit on, although regex \w does not count them as word characters.
_MARKS = _char_class(_spans([cp for cp in range(0x10000)
                             if unicodedata.category(chr(cp))[0] == "M" and cp not in _ARABIC]))
_WORD = f"[^\\W_{_HAN}]+(?:[{_MARKS}]+[^\\W_{_HAN}]*)*"  # letters and digits, marks within
# A word is a run of letters and digits (hyphens and other punctuation split). An apostrophe between
# letters joins (o'brien, jem'iyet), except the English clitic 's, which is left off so "Quanguo's"
# still yields the token "quanguo" (and the lone "s" is not a token at all).
# Wrapped in one capturing group so that re.split returns gaps and tokens alternately (see Tokenised).
_TOKEN = re.compile(f"([{_HAN}]|(?!(?<=[^\\W_]')s\\b){_WORD}(?:'(?!s\\b){_WORD})*)")


class Tokenised:
    """The tokens of a text in bulk: folded words, and original offsets computed on demand.

    For scanners (the mention finder, the index builder) that look at every word but need offsets
    for few of them; `tokens` gives the same information as a list of Token."""

    __slots__ = ("words", "_bounds", "_starts", "_ends")

    def __init__(self, text: str):
        folded, self._starts, self._ends = _fold_spans(text)
        # re.split with a capturing group alternates gap, token, gap, ..., gap: the words and their
        # folded offsets come out of C code without a Python step per token.
        parts = _TOKEN.split(folded)
        self.words: list[str] = parts[1::2]
        self._bounds = list(itertools.accumulate(map(len, parts)))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original (start, end) offsets covering words[first:last] (last > first)."""
        start, end = self._bounds[2 * first], self._bounds[2 * last - 1]
        if self._starts is None:  # folding was one-to-one
            return start, end
        return self._starts[start], self._ends[end - 1]


def tokens(text: str) -> list[Token]:
    """The words of `text`, with offsets into `text` itself and folded forms for matching."""
    tokenised = Tokenised(text)
    return [Token(*tokenised.span(i, i + 1), word) for i, word in enumerate(tokenised.words)]


# Uyghur is agglutinative: a place or person is written with its case ending attached (قەشقەردە "in
# Kashgar", تېكەستىن "from Tekes", چېن چۈەنگونىڭ "Chen Quanguo's"). These are the common case endings,
# alone or after the plural, in folded form (ى for i). Stems keep at least two letters.
_UY_CASES = ("دىكى", "تىكى", "نىڭ", "دىن", "تىن", "غىچە", "قىچە", "گىچە", "كىچە", "دا", "دە", "تا", "تە",
             "غا", "قا", "گە", "كە", "نى", "چە")
_UY_SUFFIXES = tuple(sorted({plural + case for plural in ("", "لار", "لەر") for case in _UY_CASES}
                            | {"لار", "لەر"}, key=len, reverse=True))
_UY_MIN_STEM = 2


def uyghur_stem(word: str) -> str | None:
    """A folded Arabic-script word without its Uyghur case (and plural) ending, or None if it has none."""
    if not word or not "\u0600" <= word[0] <= "\u06ff":
        return None
    for suffix in _UY_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _UY_MIN_STEM:
            return word[: -len(suffix)]
    return None
