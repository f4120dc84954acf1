"""Example searches made from the archives a reader has open, for the search tab's start page.

Examples written for the bundled sample ("Chen Quanguo", "新疆") find nothing in a leak about another
place, so they are made from the archive itself (issue 21): the person and the organisation named
most often, that person's name in another script, an exact phrase, the items of the busiest years,
the archive's images, and a misspelt name found by fuzzy search. Each is a query that finds
something in the archive it came from (a test runs them), made only of its names and numbers: archive
text, so every label shows it as plain text. Reading the mentions takes about half a second at leak
scale, so the panel runs `examples_for` on the search thread, with that thread's open archive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from PySide6.QtCore import QT_TRANSLATE_NOOP

from archive import Archive, CasefileError, is_han

PEOPLE = ("Person",)
ORGANISATIONS = ("Organization", "PublicBody", "Company", "LegalEntity")
MAX_EXAMPLE = 60  # characters: a longer name makes a poor example
_LATIN_WORD = re.compile(r"[A-Za-z]{5,}")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class Example:
    query: str
    description: str  # a source text in the "SearchHelp" context, translated when shown
    name: str = ""  # the archive's value it shows ({name} in the description), if any


def examples_for(archive: Archive) -> list[Example]:
    """Queries that each find something in `archive`, most telling first; [] if it names nobody."""
    examples: list[Example] = []
    try:
        people = archive.entities.most_mentioned(3, schemata=PEOPLE)
        bodies = archive.entities.most_mentioned(3, schemata=ORGANISATIONS)
    except CasefileError:
        return []
    person = next((entity for entity, _count in people if _usable(entity.caption)), None)
    body = next((entity for entity, _count in bodies if _usable(entity.caption)), None)
    if person is not None:
        examples.append(Example(person.caption, QT_TRANSLATE_NOOP("SearchHelp", "the person named most often")))
        other = _other_script(person)
        if other is not None:
            examples.append(Example(other[0], other[1]))
    if body is not None:
        examples.append(Example(f'"{body.caption}"', QT_TRANSLATE_NOOP("SearchHelp", "an exact phrase: the "
                                                                                     "organisation named most often")))
    years = _busiest_years(archive)
    if years and person is not None:
        first, last = years
        examples.append(Example(f"{_surname(person.caption)} date:[{first} TO {last}]",
                                QT_TRANSLATE_NOOP("SearchHelp", "only a period")))
    if archive.items.count("image"):
        examples.append(Example("kind:image", QT_TRANSLATE_NOOP("SearchHelp", "only images")))
    typo = _misspelt(person.caption) if person is not None else None
    if typo is not None:
        examples.append(Example(f"{typo}~", QT_TRANSLATE_NOOP("SearchHelp", "a name spelt wrongly")))
    return [example for example in examples if _finds(archive, example.query)]


def _usable(text: str) -> bool:
    return bool(text) and len(text) <= MAX_EXAMPLE and '"' not in text and text.isprintable()


def _other_script(entity) -> tuple[str, str] | None:
    """The entity's name in Chinese or Uyghur script, when its caption is in another."""
    for prop in ("name", "alias"):
        for name in entity.properties.get(prop, []):
            if not _usable(name) or name == entity.caption:
                continue
            if any(map(is_han, name)) and not any(map(is_han, entity.caption)):
                return name, QT_TRANSLATE_NOOP("SearchHelp", "the same name, in Chinese")
            if _ARABIC.search(name) and not _ARABIC.search(entity.caption):
                return name, QT_TRANSLATE_NOOP("SearchHelp", "the same name, in Uyghur")
    return None


def _surname(caption: str) -> str:
    words = caption.split()
    return words[0] if words else caption


def _misspelt(caption: str) -> str | None:
    """The caption's longest Latin word with two letters in its middle swapped (Quanguo -> Quangou)."""
    words = _LATIN_WORD.findall(caption)
    if not words:
        return None
    word = max(words, key=len)
    middle = len(word) // 2
    swapped = word[: middle] + word[middle + 1] + word[middle] + word[middle + 2:]
    return swapped if swapped.lower() != word.lower() else None


def _busiest_years(archive: Archive) -> tuple[int, int] | None:
    """The two consecutive years with the most dated items."""
    rows = archive.query("SELECT year, count(*) FROM search_docs WHERE doc_kind != 'entity' AND year IS NOT NULL "
                         "GROUP BY year")
    counts = {year: count for year, count in rows if isinstance(year, int) and 1000 <= year <= 9999}
    if not counts:
        return None
    best = max(counts, key=lambda year: (counts[year] + counts.get(year + 1, 0), year))
    return best, best + 1


def _finds(archive: Archive, query: str) -> bool:
    try:
        return archive.search.find(query, limit=1).total > 0
    except CasefileError:
        return False
