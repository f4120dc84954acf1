"""The sentences the search panel shows about a search: counts, timings, errors.

Plain text only: error messages can quote archive text or the reader's query, and the labels that
show them never interpret markup.
"""

from __future__ import annotations

from archive import CasefileError
from archive.errors import LimitExceeded

from .runner import Page, Source


def describe_total(page: Page) -> str:
    """`23 results · 4 ms`, naming the number of archives when more than one was searched."""
    total = page.total
    text = "No results" if total == 0 else f"{total:,} result{'s' if total != 1 else ''}"
    searched = len(page.cursors) - len(page.errors)
    if len(page.cursors) > 1:
        text += f" in {searched} archive{'s' if searched != 1 else ''}"
    return f"{text} · {page.elapsed_ms:.0f} ms"


def describe_query_error(error: CasefileError) -> str:
    """The query's problem, with where it is when the message does not already say."""
    message = str(error)
    position = getattr(error, "position", None)
    if position is not None and "position" not in message:
        message += f" (at position {position})"
    return message


def describe_errors(errors: list[tuple[Source, CasefileError]]) -> str:
    """One line per archive that could not be searched; the other archives' results are shown."""
    lines = []
    for source, error in errors:
        advice = " Try fewer or more specific words." if isinstance(error, LimitExceeded) else ""
        lines.append(f"Could not search {source.title}: {error}{advice}")
    return "\n".join(lines)
