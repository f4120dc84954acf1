"""A query's mistake is shown in the interface language: each QueryError code has its own sentence.

The query compiler (archive/search/query.py) writes English for the CLI and names each problem with a
code; viewer/search/messages.py words the code from the error's details. Every error here comes from a
real failing query, the same ones tests/archive/test_query.py refuses.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from whoosh import query as whoosh_query

from archive.errors import QueryError
from archive.search import query as query_module
from archive.search.query import QUERY_ERROR_CODES, compile_query
from viewer.i18n import FSI, LRI, PDI, isolate
from viewer.search.messages import describe_query_error

from .translations import OPEN, english_left


def many(term: str, distance: int) -> list[str]:
    return [f"{term}{i}" for i in range(100)]


# A Whoosh query part the compiler has no translation for: no syntax produces one today, so the parser is
# stubbed to return it (see test_a_query_part_the_compiler_does_not_know_is_refused).
UNKNOWN_PART = whoosh_query.Regex("title", "chen.*")

# code, a query the compiler refuses with it, compile_query's options; some codes twice, for their variants.
FAILING_QUERIES = [
    ("too-long", "a" * 1001, {}),
    ("word-too-long", "x " + "y" * 201, {}),
    ("too-many-words", "a b c", {"max_terms": 2}),
    ("parentheses-too-deep", "(((a)))", {"max_depth": 2}),
    ("unmatched-close", "a b) c", {}),
    ("unclosed-quote", 'kind:report "chen quan', {}),
    ("unclosed-paren", "a (b OR c", {}),
    ("and-only-filters", "chen OR kind:image", {}),
    ("and-only-filters", "tag:x OR kind:image", {}),
    ("excluded-or", "a OR -b", {}),
    ("not-a-date", "date:2019-02-30", {}),
    ("plain-value-only", "kind:im*", {}),
    ("unknown-kind", "kind:video", {}),
    ("nested-too-deep", "a " + "ANDNOT b " * 5, {"max_depth": 1}),
    ("unknown-field", "chen foo:x", {}),
    ("empty-date-range", "date:[TO]", {}),
    ("match-everything", "*", {}),
    ("inner-wildcard", "a*b", {}),
    ("range-not-date", "[a TO b]", {}),
    ("unsupported", "title:/chen.*/", {}),
    ("prefix-too-broad", "c*", {}),
    ("fuzzy-distance", "chen~3", {}),
    ("not-understood", "NOT NOT a", {}),
    ("only-excluded", "-foo", {}),
    ("nothing-to-search", "... ; ,", {}),
    ("too-many-terms", "chen~ quan~", {"expand_fuzzy": many}),
    ("too-many-terms", "(a)(b)(c)", {"max_terms": 2}),
]
CASE_IDS = [f"{code}-{number}" for number, (code, _, _) in enumerate(FAILING_QUERIES)]


@pytest.fixture
def refuse(monkeypatch):
    """The QueryError a failing query raises, checked to carry the code it is listed under."""

    def refused(code: str, text: str, options: dict) -> QueryError:
        if code == "unsupported":
            monkeypatch.setattr(query_module._PARSER, "parse", lambda typed: UNKNOWN_PART)
        with pytest.raises(QueryError) as caught:
            compile_query(text, **options)
        assert caught.value.code == code, str(caught.value)
        return caught.value

    return refused


@pytest.fixture
def c_locale(qapp):
    """Numbers without group separators, as the compiler's English message writes them."""
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


def without_isolates(text: str) -> str:
    return re.sub(f"[{FSI}{LRI}{PDI}]", "", text)


def english_with_position(error: QueryError) -> str:
    """What the search panel showed before codes: the English message, and where when it does not say."""
    message = str(error)
    if error.position is not None and "position" not in message:
        return f"{message} (at position {error.position})"
    return message


def quoted_details(error: QueryError) -> list[str]:
    """The details that are text from the query or the compiler's field names: what must be isolated."""
    texts = []
    for value in error.details.values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple):
            texts.extend(value)
    return texts


def test_every_code_has_a_failing_query():
    assert {code for code, _, _ in FAILING_QUERIES} == set(QUERY_ERROR_CODES)


@pytest.mark.parametrize(("code", "text", "options"), FAILING_QUERIES, ids=CASE_IDS)
def test_in_english_the_sentence_says_what_the_compiler_says(c_locale, refuse, code, text, options):
    error = refuse(code, text, options)
    shown = describe_query_error(error)
    assert without_isolates(shown) == english_with_position(error)


@pytest.mark.parametrize(("code", "text", "options"), FAILING_QUERIES, ids=CASE_IDS)
def test_what_the_reader_typed_is_isolated(qapp, refuse, code, text, options):
    """Query text and field names sit in isolates, so a right-to-left sentence cannot reorder them."""
    error = refuse(code, text, options)
    shown = describe_query_error(error)
    isolated = re.findall(f"[{FSI}{LRI}]([^{PDI}]*){PDI}", shown)
    for value in quoted_details(error):
        assert any(value in inner for inner in isolated), (value, shown)
    if "snippet" in error.details:  # query syntax reads left to right in every language
        assert f"{LRI}{error.details['snippet']}{PDI}" in shown


@pytest.mark.parametrize(("code", "text", "options"), FAILING_QUERIES, ids=CASE_IDS)
def test_every_query_error_is_worded_in_the_interface_language(pseudo_translated, refuse, code, text, options):
    error = refuse(code, text, options)
    shown = describe_query_error(error)
    assert shown.startswith(OPEN) and not english_left(shown, []), shown


def test_an_error_without_a_code_is_shown_in_english_isolated(c_locale):
    error = QueryError("tag: searches your own annotations.", 4)
    assert describe_query_error(error) == f"{isolate(error)} (at position 4)"
    says_where = QueryError("Unmatched ) at position 2: a)", 2)
    assert describe_query_error(says_where) == isolate(says_where)
    assert describe_query_error(QueryError("Some problem.")) == isolate("Some problem.")


def test_an_unknown_code_or_unfitting_details_fall_back_to_english(c_locale):
    newer = QueryError("A problem this version cannot word.", code="from-a-newer-version", details={"x": 1})
    assert describe_query_error(newer) == isolate(newer)
    unfitting = QueryError("The query has 3 words; the limit is 2.", code="too-many-words", details={"count": 3})
    assert describe_query_error(unfitting) == isolate(unfitting)
