"""Find where entity names occur in report text, in any of the archive's scripts.

Matching works on token sequences (see `archive.text.tokens`), not substrings: a name matches only
whole words, so "Wang" is not found inside "Wangfujing", while a Chinese name still matches inside
running Chinese text because every Han character is a token of its own. Tokens are folded, so case,
Latin accents, Arabic presentation forms and similar variants do not matter, and offsets refer to the
original text so the viewer can highlight exactly what is there.

The build runs this over every report with every name (about 250,000 names in the scale benchmark),
so a name costs one dict entry and the text is scanned once: at each token, the names that start with
it are tried longest first by direct lookup of the following tokens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from archive.text import Tokenised, uyghur_stem

__all__ = ["Mention", "MentionFinder", "name_key"]

# Names whose folded letters total fewer than this are noise whatever the script.
MIN_NAME_CHARS = 2
# A one-word name this short (Xi, Li, "10", ئۇ, and any single Han character) matches far too much
# ordinary text to be worth reporting.
MIN_SINGLE_WORD = 3
# Longest name (in words) tried when looking for an inflected last word.
MAX_NAME_WORDS = 8


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity's name: text[start:end] of the scanned text is `text`."""
    entity_id: str
    start: int
    end: int
    text: str


def name_key(name: str) -> tuple[str, ...] | None:
    """The folded token sequence a name is matched by, or None if the name is too weak to match."""
    key = tuple(Tokenised(name).words)
    if sum(map(len, key)) < MIN_NAME_CHARS:
        return None
    if len(key) == 1 and len(key[0]) < MIN_SINGLE_WORD:
        return None
    return key


class MentionFinder:
    """Finds the occurrences of many names (with their entity ids) in texts."""

    def __init__(self, names: Iterable[tuple[str, str]]):
        """`names`: (entity id, name or alias) pairs, in any script; repeats are harmless."""
        by_key: dict[tuple[str, ...], dict[str, None]] = {}  # dict as an ordered set of entity ids
        words: dict[str, str] = {}  # one copy of each word: names share surnames, places, "bureau"
        for entity_id, name in names:
            key = name_key(name)
            if key is not None:
                key = tuple([words.setdefault(word, word) for word in key])
                by_key.setdefault(key, {})[entity_id] = None
        self._ids = {key: tuple(ids) for key, ids in by_key.items()}
        lengths: dict[str, set[int]] = {}
        for key in self._ids:
            lengths.setdefault(key[0], set()).add(len(key))
        # First token -> the lengths (in tokens) of the names starting with it, longest first. Lengths
        # rather than the names themselves: a common first token (a surname, 王) may start thousands
        # of names, but only a handful of lengths, each one dict lookup away.
        self._lengths = {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}

    def find(self, text: str) -> list[Mention]:
        """Every name occurrence in `text`, ordered by position; one Mention per entity sharing it.

        Where occurrences overlap, the longest (in characters) wins, then the leftmost."""
        tokenised = Tokenised(text)
        hits = self._longest_per_position(tokenised.words)
        if _has_arabic_script(text):
            hits = self._with_inflected(tokenised.words, hits)
        if not hits:
            return []
        spans = [tokenised.span(first, last) for first, last, _ in hits]
        if any(a[1] > b[0] for a, b in zip(hits, hits[1:])):
            hits, spans = self._without_overlaps(hits, spans)
        return [Mention(entity_id, start, end, text[start:end])
                for (_, _, ids), (start, end) in zip(hits, spans) for entity_id in ids]

    def _longest_per_position(self, words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """(first token, end token, entity ids) of the longest name starting at each token."""
        lengths, ids_of = self._lengths, self._ids
        count = len(words)
        hits = []
        # map() keeps the lookup for the many words that start no name out of the Python loop.
        for i, candidates in enumerate(map(lengths.get, words)):
            if candidates is None:
                continue
            for length in candidates:
                if i + length <= count:
                    ids = ids_of.get(tuple(words[i:i + length]))
                    if ids is not None:
                        hits.append((i, i + length, ids))
                        break
        return hits

    def _with_inflected(self, words: list[str], hits: list[tuple[int, int, tuple[str, ...]]]
                        ) -> list[tuple[int, int, tuple[str, ...]]]:
        """Add names whose last word carries a Uyghur case ending (قەشقەردە, تېكەس ناھىيىسىدە).

        An exact match already found at a position wins; the inflected word is highlighted whole."""
        stems = [uyghur_stem(word) for word in words]
        found = {first for first, _, _ in hits}
        extra = []
        for last, stem in enumerate(stems):
            if stem is None:
                continue
            for first in range(max(0, last - MAX_NAME_WORDS + 1), last + 1):
                if first in found:
                    continue
                ids = self._ids.get((*words[first:last], stem))
                if ids is not None:
                    extra.append((first, last + 1, ids))
                    found.add(first)
                    break
        return sorted(hits + extra) if extra else hits

    @staticmethod
    def _without_overlaps(hits: list[tuple[int, int, tuple[str, ...]]], spans: list[tuple[int, int]]
                          ) -> tuple[list[tuple[int, int, tuple[str, ...]]], list[tuple[int, int]]]:
        """Keep hits longest first (in characters), then leftmost, dropping any that shares a token
        with a hit already kept; return the kept hits and their spans in text order."""
        taken = bytearray(hits[-1][1])
        kept = []
        for n in sorted(range(len(hits)), key=lambda n: (spans[n][0] - spans[n][1], spans[n][0])):
            first, last, _ = hits[n]
            if not any(taken[first:last]):
                taken[first:last] = b"\x01" * (last - first)
                kept.append(n)
        kept.sort()
        return [hits[n] for n in kept], [spans[n] for n in kept]


def _has_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)
