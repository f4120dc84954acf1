"""Map offsets in an item's extracted text to positions in the QTextDocument that displays it.

Mention offsets (and anything else the archive computes) refer to `items.text`: for HTML and
Markdown reports that is the sanitiser's layout text, for .txt reports the file's text. The document
Qt builds from the display HTML holds the same visible characters in the same order, but its
whitespace differs: blocks are separated by U+2029 instead of "\\n", runs of spaces in a .txt report
are collapsed, table cells are framed by U+FDD0/U+FDD1, an image is one U+FFFC. So the two are
aligned on their non-whitespace characters, which must be identical; where a forged archive makes
them differ, alignment stops there and later offsets are reported as unmappable rather than guessed.

Offsets in `items.text` count Unicode code points (Python's str, and the W3C TextPositionSelector's
unit); document positions count UTF-16 code units (Qt's QString), so a character outside the Basic
Multilingual Plane (an emoji, a rare CJK character such as 𠮷) takes two document positions.
"""

from __future__ import annotations

from bisect import bisect_left

# Characters Qt puts into a document's raw text for layout, with no counterpart in the item's text.
_LAYOUT = frozenset("\u2028\u2029\ufffc\ufdd0\ufdd1")


def _is_gap(ch: str) -> bool:
    return ch.isspace() or ch in _LAYOUT


def utf16_length(text: str) -> int:
    """How many document positions (UTF-16 code units) `text` takes."""
    return len(text) + sum(ord(ch) > 0xFFFF for ch in text)


def align(text: str, document_text: str) -> list[int]:
    """Document position of each character of `text`, for as long a prefix of `text` as aligns.

    `document_text` is `QTextDocument.toRawText()`; the positions returned are the document's own
    (UTF-16 units), ready for QTextCursor. The list is shorter than `text` when the two diverge;
    whitespace in `text` maps to where it would be."""
    positions: list[int] = []
    j, n = 0, len(document_text)
    unit = 0  # the document position of document_text[j]; gaps are all in the BMP, one unit each
    for ch in text:
        if ch.isspace():
            positions.append(unit)
            if j < n and _is_gap(document_text[j]):
                j, unit = j + 1, unit + 1
            continue
        while j < n and document_text[j] != ch and _is_gap(document_text[j]):
            j, unit = j + 1, unit + 1
        if j >= n or document_text[j] != ch:
            break
        positions.append(unit)
        j, unit = j + 1, unit + utf16_length(ch)
    return positions


def span_in_document(text: str, positions: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The document span of text[start:end] (`positions` from `align(text, ...)`), or None if it lies
    beyond the aligned prefix."""
    if not 0 <= start < end <= len(positions):
        return None
    return positions[start], positions[end - 1] + utf16_length(text[end - 1])


def document_span(document_text: str, start: int, end: int) -> tuple[int, int] | None:
    """The document span of document_text[start:end], or None if that is not a span of it."""
    if not 0 <= start < end <= len(document_text):
        return None
    return utf16_length(document_text[:start]), utf16_length(document_text[:end])


def document_spans(document_text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` of document_text (Python offsets) as document positions: each character beyond the
    Basic Multilingual Plane before a position (an emoji, 𠮷) takes two UTF-16 units in the document."""
    astral = [at for at, ch in enumerate(document_text) if ord(ch) > 0xFFFF]
    if not astral:
        return list(spans)
    return [(start + bisect_left(astral, start), end + bisect_left(astral, end)) for start, end in spans]


def span_in_text(positions: list[int], start: int, end: int) -> tuple[int, int]:
    """The inverse of `span_in_document`: the text offsets whose characters lie in the document span
    [start, end), found by bisection (positions never decrease). Empty (s, s) if none do."""
    return bisect_left(positions, start), bisect_left(positions, end)
