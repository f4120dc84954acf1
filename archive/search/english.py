"""Other forms of an English word, for search recall: its inflections (one Snowball stem) and its
British or American spelling.

A reader who types `uyghurs` means the documents that say "Uyghur" too, `detained` those that say
"detain", and `forced labour` the American reports' "forced labor". The index keeps words as written
(stemming it would change every archive's format and its phrase positions), so a query word is
widened instead: to the index terms that share its stem under Whoosh's English Snowball (Porter2)
stemmer, and to those of its other spelling. Only terms the archive has are used (archive/search/vocab.py),
which also keeps a respelling rule from inventing words: `four` would respell as `for` under the
-our rule, so that rule needs six letters.
"""

from __future__ import annotations

import functools
import re

from whoosh.lang.snowball.english import EnglishStemmer

__all__ = ["inflected_alike", "is_english_word", "respellings", "stem"]

MIN_LENGTH = 4  # shorter words (is, the, camp's stem aside) are left as typed
_WORD = re.compile(r"^[a-z]+$")

# (British ending, American ending, shortest word the rule applies to)
_ENDINGS = (
    ("isation", "ization", 7), ("isations", "izations", 8), ("ise", "ize", 5), ("ised", "ized", 6),
    ("ises", "izes", 6), ("ising", "izing", 7), ("iser", "izer", 6), ("isers", "izers", 7),
    ("our", "or", 6), ("ours", "ors", 7), ("oured", "ored", 8), ("ouring", "oring", 9),
    ("ourable", "orable", 9), ("tre", "ter", 5), ("tres", "ters", 6),
    ("ence", "ense", 6), ("ences", "enses", 7), ("ogue", "og", 7), ("ogues", "ogs", 8),
    ("programme", "program", 9), ("programmes", "programs", 10),
)
# British doubled l before a suffix: only these words, since a rule would pair filled with filed.
_DOUBLED_L = ("travel", "cancel", "label", "model", "signal", "counsel", "fuel", "level", "channel", "marshal")
_L_SUFFIXES = ("ed", "ing", "er", "ers")

_stemmer = EnglishStemmer()
# Endings that inflect a word without making another word of it (plural, tense, participle). The stem
# alone is too broad for evidence: Snowball gives office and officer one stem, universal and
# university, organisation and organised.
_INFLECTIONS = frozenset({"", "s", "es", "ed", "d", "ing", "e", "y", "ies", "ied"})


def is_english_word(term: str) -> bool:
    """Whether `term` (an index term) is a plain Latin word long enough to have other forms."""
    return len(term) >= MIN_LENGTH and bool(_WORD.match(term))


@functools.lru_cache(maxsize=65_536)
def stem(term: str) -> str:
    """The Snowball (Porter2) English stem of a lower-case word."""
    return _stemmer.stem(term)


def inflected_alike(a: str, b: str) -> bool:
    """Whether `a` and `b` are one word with different inflections: past their common start, each
    goes on with an inflection ending (uyghur/uyghurs, detain/detained, policy/policies,
    force/forcing), allowing a doubled last letter (plan/planned)."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    before = a[common - 1] if common else ""
    return _inflection(a[common:], before) and _inflection(b[common:], before)


def _inflection(ending: str, before: str) -> bool:
    if ending in _INFLECTIONS:
        return True
    # A doubled consonant before -ed/-ing/-er: planned, stopping.
    return len(ending) > 1 and ending[0] == before and ending[1:] in ("ed", "ing")


def respellings(term: str) -> list[str]:
    """The other spellings of `term` by the British/American ending rules (labour -> labor,
    organisation -> organization, centre -> center); they may not be words at all."""
    found = []
    for british, american, shortest in _ENDINGS:
        for have, other in ((british, american), (american, british)):
            if term.endswith(have) and len(term) >= shortest - (len(british) - len(have)):
                candidate = term[: len(term) - len(have)] + other
                if candidate != term and candidate not in found:
                    found.append(candidate)
    for root in _DOUBLED_L:
        for suffix in _L_SUFFIXES:
            british, american = root + "l" + suffix, root + suffix
            if term in (british, american):
                found.append(american if term == british else british)
    return found
