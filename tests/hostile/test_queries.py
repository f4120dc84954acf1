"""Hostile queries, typed by a reader or pasted from anywhere: a QueryError that says what to change, or a
search that runs as literal words, always fast, and the archive searches normally afterwards."""

from __future__ import annotations

import pytest

from archive import QueryError, open_archive
from archive import cli as archive_cli

from . import corpus
from .conftest import within

EXPECTED = {
    "query-deep-nesting": "nested more than 16 deep",
    "query-too-long": "characters long; the limit is 1000",
    "query-too-many-terms": "the limit is 64",
    "query-fuzzy-flood": None,
    "query-fts5-injection": None,
    "query-sql-injection": None,
    "query-controls": None,
    "query-lone-star": "would match everything",
}


def test_every_query_case_is_tested():
    assert set(EXPECTED) == {c.id for c in corpus.cases("query")} == set(corpus.QUERIES)


@pytest.fixture(scope="module")
def archive(built):
    with open_archive(built) as opened:
        yield opened


@pytest.mark.parametrize("case_id", EXPECTED)
def test_query_is_refused_or_runs_literally(case_id, archive):
    text = corpus.QUERIES[case_id]
    with within(1.0):
        if EXPECTED[case_id] is None:
            try:
                archive.search.find(text, facets=True)
            except QueryError as exc:
                assert "\n" not in str(exc) and "\x00" not in str(exc)
        else:
            with pytest.raises(QueryError, match=EXPECTED[case_id]):
                archive.search.find(text, facets=True)
    assert archive.search.find("kashgar").total > 0
    assert archive.items.count() == 8


def test_sql_injection_finds_nothing_and_changes_nothing(archive):
    assert archive.search.find(corpus.QUERIES["query-sql-injection"]).total == 0
    assert archive.items.count() == 8


@pytest.mark.parametrize("case_id", ["query-deep-nesting", "query-lone-star", "query-fts5-injection"])
def test_cli_search_answers_in_one_line(case_id, built, capsys):
    code = archive_cli.main(["search", str(built), corpus.QUERIES[case_id]])
    captured = capsys.readouterr()
    if EXPECTED[case_id] is None:
        assert code in (0, archive_cli.EXIT_ERROR)
    else:
        assert code == archive_cli.EXIT_ERROR and EXPECTED[case_id] in captured.err
    assert captured.err.count("\n") <= 1 and "Traceback" not in captured.err
