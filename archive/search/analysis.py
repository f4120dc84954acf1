"""How text becomes index terms: the one definition shared by the index builder and the query compiler.

Text is folded (`archive.text.fold`: case, Latin accents, Uyghur/Arabic letter variants) and split into
words; a run of adjacent Han characters becomes its overlapping bigrams (新疆维 -> 新疆 疆维), the usual
way to index Chinese without a dictionary: any two-character query matches exactly the documents that
contain those two characters together. A lone Han character stays a one-character term. Apostrophes
are dropped inside words (o'brien -> obrien) because FTS5's unicode61 tokenizer would split there.
Uyghur words lose their case ending (قەشقەردە "in Kashgar" -> قەشقەر): Uyghur attaches case to the
word, so without this a search for a place or a person would miss most of its occurrences. The stem
replaces the word rather than being added beside it, so phrase positions stay right.

The index stores these terms joined by spaces; FTS5's tokenizer (`unicode61 remove_diacritics 0`) then
only has to split on the spaces, so the builder and every query see exactly the same terms.
"""

from __future__ import annotations

from ..text import Tokenised, is_han, uyghur_stem


def term_groups(text: str) -> list[list[str]]:
    """Index terms of `text`, grouped: each Latin/Arabic-script word is a group of one term, each run
    of adjacent Han characters one group of its bigrams. A query word that yields a group of several
    terms must match them as a phrase."""
    tokenised = Tokenised(text)
    groups: list[list[str]] = []
    run: list[str] = []
    last_end = -1
    # Offsets are computed only for Han characters (to tell adjacent ones from separated ones): the
    # index is built over every report, and most words need no offsets at all.
    for i, word in enumerate(tokenised.words):
        if len(word) == 1 and is_han(word):
            start, end = tokenised.span(i, i + 1)
            if run and start != last_end:
                groups.append(_bigrams(run))
                run = []
            run.append(word)
            last_end = end
            continue
        if run:
            groups.append(_bigrams(run))
            run = []
        if word[0] >= "\u0600":
            word = uyghur_stem(word) or word
        if "'" in word:
            word = word.replace("'", "")
        if word:
            groups.append([word])
    if run:
        groups.append(_bigrams(run))
    return groups


def _bigrams(chars: list[str]) -> list[str]:
    if len(chars) == 1:
        return chars
    return [a + b for a, b in zip(chars, chars[1:])]


def index_text(text: str) -> str:
    """The string stored in the FTS5 content table for `text`."""
    return " ".join(term for group in term_groups(text) for term in group)
