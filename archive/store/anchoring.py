"""Finding a highlight in an item's text again: position first, then the quote and its context.

The W3C model gives every text highlight two selectors: TextPositionSelector (fast, but it drifts when the
text changes) and TextQuoteSelector (the quote with up to 32 characters before and after). Anchoring keeps
the position when quote and context are still there, else ranks every occurrence of the quote by how much
of the context still matches (nearest the old position on ties), as the Hypothesis client does; a quote
that no longer occurs at all is orphaned (None) and the sidebar lists it as "not found".

Positions count Unicode code points (Python's str indexes, the W3C TextPositionSelector's unit) in the
item's text, `archive.items.text`: for HTML and Markdown reports the rendered page's text, not the source.
"""

from __future__ import annotations

from .model import Target

CONTEXT_CHARS = 32
# A quote that occurs more often than this is ranked among its first occurrences only: a one-letter
# highlight in a book-length text must not cost seconds.
MAX_CANDIDATES = 10_000


def quote_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """The quote text[start:end] with up to `width` characters before (prefix) and after (suffix)."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
    return text[start:end], text[max(0, start - width):start], text[end:end + width]


def anchor(text: str, target: Target) -> tuple[int, int] | None:
    """Where the target's quote is in `text` now, as (start, end), or None if it is gone."""
    exact = target.exact
    if not exact:
        return None
    if target.start is not None and text[target.start:target.start + len(exact)] == exact:
        span = (target.start, target.start + len(exact))
        if _context_score(text, *span, target) == len(target.prefix) + len(target.suffix):
            return span  # nothing around it changed: no need to look further
    best: tuple[int, int] | None = None
    best_rank: tuple[int, int] | None = None
    for found in _occurrences(text, exact):
        rank = (-_context_score(text, found, found + len(exact), target), abs(found - (target.start or 0)))
        if best_rank is None or rank < best_rank:
            best, best_rank = (found, found + len(exact)), rank
    return best


def _occurrences(text: str, exact: str):
    found = text.find(exact)
    count = 0
    while found != -1 and count < MAX_CANDIDATES:
        yield found
        count += 1
        found = text.find(exact, found + 1)


def _context_score(text: str, start: int, end: int, target: Target) -> int:
    """Characters of the stored prefix and suffix that still stand next to this occurrence."""
    before = text[max(0, start - len(target.prefix)):start]
    after = text[end:end + len(target.suffix)]
    return _common_suffix(before, target.prefix) + _common_prefix(after, target.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
