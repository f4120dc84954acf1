"""The sentences the search panel shows about a search: counts, timings, errors.

Plain text only: error messages can quote archive text or the reader's query, and the labels that
show them never interpret markup. The sentences are translated (context "SearchMessages"); archive
titles and the archive layer's own English error text are isolated inside them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from archive import CasefileError
from archive.errors import LimitExceeded

from ..i18n import isolate
from .runner import Page, Source


def count_results(total: int) -> str:
    """`No results`, `1 result`, `1,234 results`."""
    translate = QCoreApplication.translate
    if total == 0:
        return translate("SearchMessages", "No results")
    if total == 1:
        return translate("SearchMessages", "1 result")
    return translate("SearchMessages", "{count} results").format(count=QLocale().toString(total))


def describe_total(page: Page) -> str:
    """`23 results · 4 ms`, naming the number of archives when more than one was searched."""
    translate = QCoreApplication.translate
    text = count_results(page.total)
    searched = len(page.cursors) - len(page.errors)
    if len(page.cursors) > 1:
        archives = translate("SearchMessages", "1 archive") if searched == 1 else \
            translate("SearchMessages", "{count} archives").format(count=QLocale().toString(searched))
        text = translate("SearchMessages", "{results} in {archives}").format(results=text, archives=archives)
    elapsed = QLocale().toString(round(page.elapsed_ms))
    return translate("SearchMessages", "{summary} · {milliseconds} ms").format(summary=text, milliseconds=elapsed)


def describe_query_error(error: CasefileError) -> str:
    """The query's problem, with where it is when the message does not already say."""
    message = str(error)
    position = getattr(error, "position", None)
    # The archive layer's message is English: "position" in it means it already says where.
    if position is not None and "position" not in message:
        return QCoreApplication.translate("SearchMessages", "{error} (at position {position})").format(
            error=isolate(message), position=QLocale().toString(position))
    return message


def describe_errors(errors: list[tuple[Source, CasefileError]]) -> str:
    """One line per archive that could not be searched; the other archives' results are shown."""
    translate = QCoreApplication.translate
    lines = []
    for source, error in errors:
        if isinstance(error, LimitExceeded):
            line = translate("SearchMessages", "Could not search {archive}: {error} Try fewer or more specific words.")
        else:
            line = translate("SearchMessages", "Could not search {archive}: {error}")
        lines.append(line.format(archive=isolate(source.title), error=isolate(error)))
    return "\n".join(lines)
