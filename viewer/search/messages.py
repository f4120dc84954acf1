"""The sentences the search panel shows about a search: counts, timings, errors.

Plain text only: error messages can quote archive text or the reader's query, and the labels that
show them never interpret markup. The sentences are translated (context "SearchMessages"); archive
titles and the archive layer's own English error text are isolated inside them. A query's own mistake
is worded from its QueryError `code` (context "QueryErrors"), the compiler's English message being for
the CLI; the pieces of the query it quotes are left-to-right isolates, as query syntax is in every
language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from archive import CasefileError, LimitExceeded

from ..i18n import isolate, left_to_right
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


# The codes whose sentence already says where the problem is: the others get "(at position N)" when known.
SAYS_WHERE = frozenset({"parentheses-too-deep", "unmatched-close", "unclosed-quote", "unclosed-paren"})


def describe_query_error(error: CasefileError) -> str:
    """The query's problem in the interface language, with where it is when the sentence does not say.

    An error this version cannot word (no code, an unknown one, or details it lacks) is shown as the
    archive layer's English message, isolated."""
    translate = QCoreApplication.translate
    code, position = getattr(error, "code", ""), getattr(error, "position", None)
    try:
        sentence = _query_sentence(code, getattr(error, "details", {}), position)
    except (KeyError, IndexError, TypeError, ValueError):
        # Details that do not fit the code, or a translation whose {placeholders} were changed: the
        # English message still says what is wrong.
        sentence = None
    if sentence is None:
        message = str(error)
        # The archive layer's message is English: "position" in it means it already says where.
        sentence, says_where = isolate(message), "position" in message
    else:
        says_where = code in SAYS_WHERE
    if position is None or says_where:
        return sentence
    return translate("SearchMessages", "{error} (at position {position})").format(
        error=sentence, position=QLocale().toString(position))


def _query_sentence(code: str, details: dict, position: int | None) -> str | None:
    """The sentence for one of archive.search.query.QUERY_ERROR_CODES, None for a code it does not know.

    Numbers are the locale's; what the reader typed (`typed`) stays a left-to-right isolate, field names
    are isolated. The query syntax in the sentences (kind:report, AND, chen*) is kept by translators."""
    translate = QCoreApplication.translate

    def number(value: int) -> str:
        return QLocale().toString(value)

    def typed(text: str) -> str:
        return left_to_right(text)

    if code == "too-long":
        return translate("QueryErrors", "The query is {length} characters long; the limit is {limit}.").format(
            length=number(details["length"]), limit=number(details["limit"]))
    if code == "word-too-long":
        return translate("QueryErrors", "A word of {length} characters is too long to search for (the limit is "
                                        "{limit}): {word}").format(
            length=number(details["length"]), limit=number(details["limit"]), word=typed(details["word"]))
    if code == "too-many-words":
        return translate("QueryErrors", "The query has {count} words; the limit is {limit}.").format(
            count=number(details["count"]), limit=number(details["limit"]))
    if code == "too-many-terms":
        if details["expanded"]:
            text = translate("QueryErrors", "The query has {count} search terms after fuzzy expansion; the limit "
                                            "is {limit}.")
        else:
            text = translate("QueryErrors", "The query has {count} search terms; the limit is {limit}.")
        return text.format(count=number(details["count"]), limit=number(details["limit"]))
    if code in SAYS_WHERE:
        return _bracket_sentence(code, details, number(position), typed(details["snippet"]))
    if code == "and-only-filters":
        return translate("QueryErrors", "{fields} filters can be combined with words by AND only, not by OR or NOT."
                         ).format(fields=isolate(", ".join(f"{name}:" for name in details["fields"])))
    if code == "excluded-or":
        return translate("QueryErrors", "An excluded word (NOT or -) cannot be one side of OR; write the words to "
                                        "find on both sides.")
    if code == "not-a-date":
        return translate("QueryErrors", "Not a date: {value}. Write dates as YYYY, YYYY-MM or YYYY-MM-DD.").format(
            value=typed(details["value"]))
    if code == "plain-value-only":
        return translate("QueryErrors", "{field} takes a plain value, such as {field}something, not a pattern or "
                                        "range.").format(field=isolate(f"{details['field']}:"))
    if code == "unknown-kind":
        return translate("QueryErrors", "Unknown kind: {value}. Use kind:report, kind:image, kind:table, kind:email, "
                                        "kind:file or kind:entity.").format(value=typed(details["value"]))
    if code == "nested-too-deep":
        return translate("QueryErrors", "The query is nested too deeply; remove some parentheses or operators.")
    if code == "unknown-field":
        return translate("QueryErrors", "Unknown field {field}. Known fields: {known}. To search for text "
                                        "containing \":\", put it in quotes.").format(
            field=isolate(f"{details['field']}:"), known=isolate(", ".join(details["known"])))
    if code == "empty-date-range":
        return translate("QueryErrors", "date:[TO] needs a first or a last date.")
    if code == "match-everything":
        return translate("QueryErrors", "* alone would match everything; type at least 2 characters before *.")
    if code == "inner-wildcard":
        return translate("QueryErrors", "Only a * at the end of a word is supported (chen*), not ? or * inside it: "
                                        "{word}").format(word=typed(details["word"]))
    if code == "range-not-date":
        return translate("QueryErrors", "Ranges [a TO b] work with date: only, as in date:[2017 TO 2019].")
    if code == "unsupported":
        return translate("QueryErrors", "Unsupported query part: {part}").format(part=typed(details["part"]))
    if code == "prefix-too-broad":
        return translate("QueryErrors", "{query} would match too many words; type at least 2 letters before *."
                         ).format(query=typed(f"{details['word']}*"))
    if code == "fuzzy-distance":
        # The distance is part of what was typed: query syntax, so its digits stay as typed.
        return translate("QueryErrors", "{query}: fuzzy search allows 1 or 2 edits (word~ or word~2).").format(
            query=typed(f"{details['word']}~{details['distance']}"))
    if code == "not-understood":
        return translate("QueryErrors", "Could not understand the query; check how AND, OR and NOT are used.")
    if code == "only-excluded":
        return translate("QueryErrors", "The query only excludes words: add at least one word to search for.")
    if code == "nothing-to-search":
        return translate("QueryErrors", "Nothing to search for: the query has no words (punctuation is not "
                                        "indexed).")
    return None


def _bracket_sentence(code: str, details: dict, position: str, snippet: str) -> str:
    """An unbalanced or too deeply nested bracket: where it is, and the query around it."""
    translate = QCoreApplication.translate
    if code == "parentheses-too-deep":
        return translate("QueryErrors", "Parentheses are nested more than {limit} deep at position {position}: "
                                        "{snippet}").format(limit=QLocale().toString(details["limit"]),
                                                            position=position, snippet=snippet)
    if code == "unmatched-close":
        text = translate("QueryErrors", "Unmatched ) at position {position}: {snippet}")
    elif code == "unclosed-quote":
        text = translate("QueryErrors", "Unclosed quote at position {position}: {snippet}")
    else:
        text = translate("QueryErrors", "Unclosed ( at position {position}: {snippet}")
    return text.format(position=position, snippet=snippet)


def describe_errors(errors: list[tuple[Source, CasefileError]]) -> str:
    """One line per archive that could not be searched; the other archives' results are shown."""
    translate = QCoreApplication.translate
    lines = []
    for source, error in errors:
        if isinstance(error, LimitExceeded):
            line = translate("SearchMessages", "Could not search {archive}: {error} Try fewer or more specific words.")
        else:
            line = translate("SearchMessages", "Could not search {archive}: {error}")
        lines.append(line.format(archive=isolate(source.label), error=isolate(error)))
    return "\n".join(lines)
