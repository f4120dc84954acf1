"""Facet filters as query text: the query in the search bar is the one record of what is filtered.

A click on a facet value adds `kind:image`, `date:2021`, `lang:zh`, `entity:ID` or `source:"..."` to
the text (archive/search/query.py defines these fields); the active filters shown under the bar are
read back from the text, so typing a filter by hand and clicking one are the same thing.
"""

from __future__ import annotations

import re

# Which query field filters on each facet that archive.search.find returns.
FACET_FIELDS = {"kind": "kind", "year": "date", "language": "lang", "entity": "entity", "source": "source",
                "folder": "folder"}
_FILTER = re.compile(r'(?<![^\s(])-?(?:kind|lang|source|entity|date|folder|path):'
                     r'(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|[^\s()"]+)', re.IGNORECASE)
_PLAIN_VALUE = re.compile(r"\w[\w.\-]*")
_LOOSE_OPERATOR = re.compile(r"(?<=\s)(?:OR|ANDNOT)(?=\s)")


def facet_clause(facet: str, value: str) -> str | None:
    """The filter for a facet value, or None if the query syntax cannot say it exactly.

    Values come from the archive: one holding a quote, or spaced so that the parser would change
    it (it splits quoted values on blanks and joins them with one space), cannot be a filter."""
    if facet == "filetype":  # a suffix: the path glob says it exactly
        return f"path:*.{value}" if value.isascii() and value.isalnum() else None
    field = FACET_FIELDS.get(facet)
    if field is None or not value or '"' in value or " ".join(value.split()) != value:
        return None
    if _PLAIN_VALUE.fullmatch(value):
        return f"{field}:{value}"
    return f'{field}:"{value}"'


def active_filters(text: str) -> list[tuple[int, int, str]]:
    """The filters in the query as (start, end, clause); a negated one keeps its leading `-`."""
    quoted = _blank_phrases(text)
    return [(m.start(), m.end(), text[m.start():m.end()]) for m in _FILTER.finditer(quoted)]


def add_filter(text: str, clause: str) -> str:
    """`text` narrowed by `clause`; a query with a top-level OR is parenthesised first, because
    filters combine with words by AND only."""
    text = text.strip()
    if not text:
        return clause
    if _LOOSE_OPERATOR.search(_blank_phrases(text)):
        text = f"({text})"
    return f"{text} {clause}"


def remove_span(text: str, start: int, end: int) -> str:
    """`text` without the characters start..end and the blank they leave."""
    return (text[:start].rstrip() + " " + text[end:].lstrip()).strip()


def toggle_filter(text: str, clause: str) -> str:
    """Remove `clause` if the query has it (exactly, not negated), otherwise add it."""
    for start, end, found in active_filters(text):
        if found == clause:
            return remove_span(text, start, end)
    return add_filter(text, clause)


def _blank_phrases(text: str) -> str:
    """`text` with the inside of every "phrase" blanked (same length), so words and operators in
    quotes are not mistaken for filters or OR."""
    return re.sub(r'"[^"]*"', lambda m: '"' + "\0" * (len(m.group()) - 2) + '"', text)
