"""The archive's vocabulary, for fuzzy queries (quangou~2) and "did you mean" suggestions.

Names in the evidence are spelt many ways (Glucksman / Glucksmann, Quanguo / Quangou), and a reader who
mistypes one gets no results without knowing why. Both features need the index terms close to a word,
quickly: the archive stores its terms with their document counts, and this module finds the terms
within a small edit distance of a word among a few hundred thousand.

The distance is the restricted Damerau-Levenshtein one (optimal string alignment): a swap of two
adjacent letters is one edit (xinjaing -> xinjiang, the commonest typo), as are an insertion, a
deletion and a substitution. Two ways find the terms within it, whichever costs less for the word:

- RapidFuzz computes the distance in C++ (`rapidfuzz.process.extract`, OSA scorer, with a cut-off)
  against only the terms of the same script whose length is within the distance: one slice of a
  list kept in length order. ~1 ms for a word of 6 to 11 letters at leak scale (135,000 Latin
  terms), where the automaton below took 2-5 ms at distance 2, the largest part of a fuzzy search.
- When that slice is long (a leak's 100,000 detainee id numbers all have one length), Whoosh's
  technique: a Levenshtein automaton for the word (whoosh.automata.lev), made deterministic, run
  against the sorted term list, so whole ranges of terms sharing a prefix the automaton rejects are
  skipped with one bisection. It also accepts a swap of two adjacent letters as one edit. Two
  departures from Whoosh's `find_all_matches` keep it within a search's time budget (it re-runs the
  automaton from the start for every candidate): the walk is a depth-first search over prefixes
  that keeps each prefix's automaton state, and the terms are kept in one sorted list per script,
  so a Latin word never steps through the thousands of Han characters that start Chinese bigrams.

Both give the same terms and distances (tests/archive/test_vocab.py compares them).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh.automata.fsa import DFA
from whoosh.automata.lev import levenshtein_automaton

from ..text import is_han
from . import english

__all__ = ["Vocabulary"]

# Shortest words searched at distance 1 and 2: shorter ones are within that distance of far too many
# terms for the expansion to mean anything (every three-letter word is one edit from dozens).
_MIN_LENGTH = {1: 3, 2: 5}
_MAX_DISTANCE = 2

# A term in at least this share of the most frequent term's documents is a real word, not a typo, so
# it gets no suggestions (Lucene's DirectSpellChecker has the same cut-off, relative to the document
# count; the most frequent term is the vocabulary's stand-in for that).
_COMMON_SHARE = 0.01
# A suggestion must be this many times as frequent as the word typed: a rare spelling of a name is
# not corrected into a slightly commoner name.
_SUGGEST_RATIO = 10

# Compare the word with every term of about its length (RapidFuzz, ~50 ns a term) when there are at
# most this many; beyond, walk the Levenshtein automaton (~0.6 ms at distance 1, 2-5 ms at 2).
_SCAN_AT_MOST = {1: 10_000, 2: 50_000}

# Above every character a term can contain: prefix + _END bounds the terms that start with prefix.
_END = "\U0010ffff"
# Other forms of a word: at most this many, from at most this many terms sharing the stem's prefix.
_MAX_FORMS = 8
_MAX_STEM_CANDIDATES = 5_000


def _script(term: str) -> str:
    """The bucket a term is searched in: Han, Arabic script, or everything else (Latin, digits...)."""
    first = term[0]
    if "\u0600" <= first <= "\u06ff":
        return "arabic"
    if is_han(first):
        return "han"
    return "other"


class _Automaton:
    """A deterministic automaton accepting the strings within `distance` edits of `term`, and, for each
    accepting state, the number of edits it stands for."""

    __slots__ = ("dfa", "edits")

    def __init__(self, term: str, distance: int):
        nfa = levenshtein_automaton(term, distance)
        # Whoosh's automaton has insertions, deletions and substitutions; a transposition (ab -> ba)
        # goes through an intermediate state that has read the second letter and expects the first.
        for i in range(len(term) - 1):
            for errors in range(distance):
                swapped = ("swap", i, errors)
                nfa.add_transition((i, errors), term[i + 1], swapped)
                nfa.add_transition(swapped, term[i], (i + 2, errors + 1))
        self.dfa: DFA = nfa.to_dfa()
        # A DFA state is a set of NFA states, and the final ones are (len(term), errors): the fewest
        # errors among them is the distance of the string that led to the state.
        self.edits = {state: min(errors for _, errors in state & nfa.final_states)
                      for state in self.dfa.final_states}


@functools.lru_cache(maxsize=64)
def _automaton(term: str, distance: int) -> _Automaton:
    """The automaton for `term`, kept for a while: building it is a good part of a search's cost, and
    the same word is searched again as a query is refined (and for its suggestions)."""
    return _Automaton(term, distance)


def _matches(terms: list[str], automaton: _Automaton) -> list[tuple[str, int]]:
    """(term, edits) for every term of the sorted list that the automaton accepts.

    A depth-first walk over the prefixes the terms share, each range of terms found by bisection:
    a prefix the automaton has no transition for is dropped with every term that starts with it."""
    dfa = automaton.dfa
    found: list[tuple[str, int]] = []
    stack = [("", dfa.initial, 0, len(terms))]  # prefix, its state, the terms starting with it
    while stack:
        prefix, state, lo, hi = stack.pop()
        if terms[lo] == prefix:  # the prefix is a term itself: it sorts first in its range
            if state in automaton.edits:
                found.append((prefix, automaton.edits[state]))
            lo += 1
        labels = dfa.transitions.get(state, {})
        default = dfa.defaults.get(state)
        depth = len(prefix)
        if default is None:
            # Only the letters the automaton names can follow: look each one up.
            for label, target in labels.items():
                child = prefix + label
                start = bisect.bisect_left(terms, child, lo, hi)
                end = bisect.bisect_left(terms, child + _END, start, hi)
                if start < end:
                    stack.append((child, target, start, end))
        else:
            # Any letter can follow: step through the distinct next letters the terms have.
            while lo < hi:
                child = terms[lo][: depth + 1]
                end = bisect.bisect_left(terms, child + _END, lo, hi)
                stack.append((child, labels.get(child[-1], default), lo, end))
                lo = end
    return found


class Vocabulary:
    """The index terms of an archive with their document counts: fuzzy expansion and suggestions.

    Terms are index terms as archive.search.analysis makes them (folded words, Han bigrams), and so
    must be the words passed in."""

    def __init__(self, terms: Iterable[tuple[str, int]]):
        self._counts: dict[str, int] = dict(terms)
        self._sorted: dict[str, list[str]] = {}
        for term in self._counts:
            if term:
                self._sorted.setdefault(_script(term), []).append(term)
        for bucket in self._sorted.values():
            bucket.sort()
        # Per script, the terms by length, and where each length starts: a word's candidates are
        # one slice (the lengths within the distance).
        self._by_length: dict[str, tuple[list[str], list[int]]] = {}
        for script, bucket in self._sorted.items():
            ordered = sorted(bucket, key=len)
            starts = [0] * (len(ordered[-1]) + 2)
            for term in ordered:
                starts[len(term) + 1] += 1
            for length in range(1, len(starts)):
                starts[length] += starts[length - 1]
            self._by_length[script] = (ordered, starts)
        self._common = max(self._counts.values(), default=0) * _COMMON_SHARE
        self._forms: dict[str, list[str]] = {}

    def doc_count(self, term: str) -> int:
        """The number of documents containing `term` (0 if it is not in the vocabulary)."""
        return self._counts.get(term, 0)

    def expand(self, term: str, distance: int, limit: int = 50) -> list[str]:
        """Terms within `distance` (1 or 2) edits of `term`: the term itself first if present, then the
        others by document count, most frequent first; at most `limit` of them.

        Han terms and short words are not expanded (the result is [term]): a Chinese bigram one
        character off is a different word, and short words are close to too many others. A word long
        enough for distance 1 but not 2 is expanded at distance 1."""
        matches = self._near(term, distance)
        if matches is None:
            return [term][:limit]
        matches.sort(key=lambda match: (match[0] != term, -self._counts[match[0]], match[0]))
        return [match for match, _ in matches[:limit]]

    def forms(self, term: str) -> list[str]:
        """Other forms of the English word `term` that the archive has (archive/search/english.py):
        the index terms that share its Snowball stem and differ from it (or from its other spelling)
        only by an inflection, most frequent first, at most _MAX_FORMS, `term` itself left out; []
        for a term that is not a plain Latin word."""
        if not english.is_english_word(term):
            return []
        found = self._forms.get(term)
        if found is None:
            forms: set[str] = set()
            for spelling in (term, *english.respellings(term)):
                forms.update(form for form in self._sharing_stem(english.stem(spelling))
                             if english.inflected_alike(spelling, form))
            forms.discard(term)
            found = sorted(forms, key=lambda form: (-self._counts[form], form))[:_MAX_FORMS]
            if len(self._forms) >= 4096:
                self._forms.clear()
            self._forms[term] = found
        return list(found)

    def _sharing_stem(self, key: str) -> list[str]:
        """The terms whose stem is `key`. A stem is the word's start, but for a final y turned i
        (policy -> polici), so the terms starting with all but its last letter are tried."""
        terms = self._sorted.get("other", [])
        prefix = key[: max(english.MIN_LENGTH - 1, len(key) - 1)]
        start = bisect.bisect_left(terms, prefix)
        end = min(bisect.bisect_left(terms, prefix + _END, start), start + _MAX_STEM_CANDIDATES)
        return [term for term in terms[start:end] if english.is_english_word(term) and english.stem(term) == key]

    def suggest(self, term: str, limit: int = 3) -> list[str]:
        """"Did you mean": terms close to `term` and much more frequent, best first; [] for a term
        common enough to be meant (or with nothing better near it).

        Only the terms at the smallest distance that has any are given, the most frequent first."""
        count = self.doc_count(term)
        if count and count >= self._common:
            return []
        matches = self._near(term, _MAX_DISTANCE) or []
        better = [(edits, -self._counts[match], match) for match, edits in matches
                  if match != term and self._counts[match] > count * _SUGGEST_RATIO]
        if not better:
            return []
        # Only the nearest (a word one edit from the typo is far likelier meant than one two away),
        # and only those not much rarer than the best: a rare term near the typo is likely a typo too.
        better.sort()
        nearest, top = better[0][0], -better[0][1]
        return [match for edits, minus_count, match in better
                if edits == nearest and -minus_count * _SUGGEST_RATIO >= top][:limit]

    def _near(self, term: str, distance: int) -> list[tuple[str, int]] | None:
        """(term, edits) within `distance` of `term`, or None if `term` is not to be expanded."""
        allowed = max((d for d, length in _MIN_LENGTH.items() if len(term) >= length and d <= distance),
                      default=0)
        if not allowed or any(map(is_han, term)):
            return None
        found = self._by_length.get(_script(term))
        if not found:
            return []
        ordered, starts = found
        last = len(starts) - 1  # one past the longest length
        low, high = starts[min(max(len(term) - allowed, 0), last)], starts[min(len(term) + allowed + 1, last)]
        if high - low > _SCAN_AT_MOST[allowed]:
            # Many terms of about this length (a leak's 100,000 id numbers): the automaton skips whole
            # ranges sharing a prefix it rejects, where comparing each term would cost more.
            return _matches(self._sorted[_script(term)], _automaton(term, allowed))
        return [(match, int(edits)) for match, edits, _ in process.extract(
            term, ordered[low:high], scorer=OSA.distance, score_cutoff=allowed, limit=None)]
