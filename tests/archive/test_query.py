"""The query compiler: Whoosh syntax in, quoted FTS5 MATCH plus parameterised SQL out, QueryError for
anything it cannot express, and never an SQLite error or a stall on hostile text."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as whoosh_query

from archive import schema
from archive.errors import QueryError
from archive.search.analysis import index_text
from archive.search import query as query_module
from archive.search.query import QUERY_ERROR_CODES, CompiledQuery, compile_query, tags_in

# doc id, kind, item_id, entity_id, lang, date, source, then the indexed title, body, names
DOCS = [
    ("r1", "report", "r1", None, "en", "2019-12-31", "Radio Free Asia",
     "Detention camps in Xinjiang", "Chen Quanguo expanded the camps in 2017.", "Chen Quanguo 陈全国"),
    ("r2", "report", "r2", None, "zh", "2018-03", "Xinhua",
     "新疆维吾尔自治区职业技能教育培训中心", "新疆维吾尔自治区政府发布白皮书", "陈全国"),
    ("r3", "report", "r3", None, "ug", "2017", "Radio Free Asia",
     "ئۇيغۇر ئاپتونوم رايونى", "ئۈرۈمچى شەھىرىدىكى لاگېر", ""),
    ("i1", "image", "i1", None, "en", "2019-05-02", None,
     "Satellite image of Dabancheng", "Camp near Dabancheng; Chen visited", "Chen Quanguo"),
    ("e1", "entity", None, "Q1", None, None, None,
     "Chen Quanguo", "Party secretary of Xinjiang", "Chen Quanguo 陈全国"),
    ("r4", "report", "r4", None, None, None, None,
     "Quan family chen", "Unrelated text about quanta", ""),
]
MENTIONS = [("r1", "Q1"), ("r4", "Q1")]


@pytest.fixture(scope="module")
def db():
    """search_docs, its external-content FTS5 index and mentions, laid out like an archive's."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(f"""
        CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, doc TEXT, doc_kind TEXT, item_id TEXT,
            entity_id TEXT, lang TEXT, date TEXT, year INTEGER, source TEXT,
            title TEXT, body TEXT, names TEXT);
        CREATE VIRTUAL TABLE search_docs_fts USING fts5(title, body, names, content='search_docs',
            tokenize='{schema.FTS_TOKENIZER}');
        CREATE TABLE mentions (item_id TEXT, entity_id TEXT);
    """)
    for doc, kind, item, entity, lang, date, source, title, body, names in DOCS:
        conn.execute("INSERT INTO search_docs (doc, doc_kind, item_id, entity_id, lang, date, year, source, "
                     "title, body, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (doc, kind, item, entity, lang, date, int(date[:4]) if date else None, source,
                      index_text(title), index_text(body), index_text(names)))
    conn.executemany("INSERT INTO mentions VALUES (?, ?)", MENTIONS)
    conn.execute("INSERT INTO search_docs_fts(search_docs_fts) VALUES ('rebuild')")
    yield conn
    conn.close()


def run(conn: sqlite3.Connection, compiled: CompiledQuery) -> set[str]:
    """The ids of the documents a compiled query finds, run the way the search engine runs it."""
    if compiled.match is None:
        rows = conn.execute(f"SELECT d.doc FROM search_docs d WHERE ({compiled.where})", compiled.params)
    else:
        rows = conn.execute("SELECT d.doc FROM search_docs_fts f JOIN search_docs d ON d.rowid = f.rowid "
                            f"WHERE search_docs_fts MATCH ? AND ({compiled.where})",
                            (compiled.match, *compiled.params))
    return {doc for (doc,) in rows}


def search(conn, text: str, **options) -> set[str]:
    return run(conn, compile_query(text, **options))


def fts(text: str, **options) -> str | None:
    return compile_query(text, **options).match


def test_the_compiler_knows_the_index_columns():
    assert (schema.FTS_TABLE, schema.FTS_CONTENT, schema.FTS_COLUMNS) == (
        "search_docs_fts", "search_docs", ("title", "body", "names"))


# --- words and operators ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "match"), [
    ("chen", '"chen"'),
    ("Chen Quan", '"chen" AND "quan"'),
    ("chen AND quan", '"chen" AND "quan"'),
    ("chen OR quan", '"chen" OR "quan"'),
    ("chen NOT quan", '"chen" NOT "quan"'),
    ("chen -quan", '"chen" NOT "quan"'),
    ("chen ANDNOT quan", '"chen" NOT "quan"'),
    ("chen -quan -camp", '"chen" NOT "quan" NOT "camp"'),
    ("x (a OR b)", '"x" AND ("a" OR "b")'),
    ("(a OR b) -(c OR d)", '("a" OR "b") NOT ("c" OR "d")'),
    ("a OR (b -c)", '"a" OR ("b" NOT "c")'),
    ("x -(a b)", '"x" NOT ("a" AND "b")'),
    ("-(-a)", '"a"'),
    ('"Chen Quanguo"', '"chen quanguo"'),
    ("新疆", '"新疆"'),
    ("新疆维吾尔", '"新疆 疆维 维吾 吾尔"'),
    ("a-b", '"a b"'),  # one typed word: its terms stay together, as FTS5 would index "a-b"
    ("o'brien", '"obrien"'),
    ("chen*", '"chen" *'),
    ("新疆维*", '"新疆 疆维" *'),
    ("title:chen", 'title : "chen"'),
    ("TITLE:Chen", 'title : "chen"'),
    ("body:chen*", 'body : "chen" *'),
    ("name:陈全国", 'names : "陈全 全国"'),
    ('title:"chen quanguo"', 'title : "chen quanguo"'),
    ("title:(a OR b)", 'title : "a" OR title : "b"'),
    ("NEAR(a b)", '"near" AND "a" AND "b"'),
    ("a^2 ^b", '"a" AND "b"'),
    ("AND OR NOT", '"and" OR "not"'),
    ("chen . , ;", '"chen"'),
])
def test_words_compile_to_quoted_fts5(text, match):
    compiled = compile_query(text)
    assert compiled.match == match
    assert (compiled.where, compiled.params) == ("1", ())


def test_highlight_and_terms_hold_positive_words_only():
    compiled = compile_query('Chen 新疆维 "camp near" quan* -secret title:x')
    assert compiled.highlight == (("chen",), ("新疆", "疆维"), ("camp",), ("near",), ("quan*",), ("x",))
    assert compiled.terms == ("chen", "x")


@pytest.mark.parametrize(("text", "message", "code"), [
    ("-foo", "add at least one word", "only-excluded"),
    ("NOT foo", "add at least one word", "only-excluded"),
    ("kind:image -foo", "add at least one word", "only-excluded"),
    ("a OR -b", "cannot be one side of OR", "excluded-or"),
    ("", "Nothing to search for", "nothing-to-search"),
    ("... ; ,", "Nothing to search for", "nothing-to-search"),
    ("()", "Nothing to search for", "nothing-to-search"),
    ("c*", "at least 2 letters", "prefix-too-broad"),
    ("*", "match everything", "match-everything"),
    ("title:*", "match everything", "match-everything"),
    ("a*b", "Only a * at the end", "inner-wildcard"),
    ("*chen", "Only a * at the end", "inner-wildcard"),
    ("chen?", "Only a * at the end", "inner-wildcard"),
    ("NOT NOT a", "Could not understand", "not-understood"),
])
def test_refused_words(text, message, code):
    with pytest.raises(QueryError, match=re.escape(message)) as caught:
        compile_query(text)
    assert caught.value.code == code


# --- fuzzy ------------------------------------------------------------------------------------------

def test_fuzzy_ors_the_expansions_that_are_printable_single_words():
    asked = []

    def expand(term, distance):
        asked.append((term, distance))
        return ["chan", "chen", "", "two words", "a\x00b", "\u200b", 'x"y', "chin"]

    compiled = compile_query("Chen~ body:chen~2", expand_fuzzy=expand)
    assert asked == [("chen", 1), ("chen", 2)]
    assert compiled.match == ('("chen" OR "chan" OR "x""y" OR "chin") AND '
                              '(body : "chen" OR body : "chan" OR body : "x""y" OR body : "chin")')
    assert compiled.highlight == (("chen",), ("chan",), ('x"y',), ("chin",))


def many(term: str, distance: int) -> list[str]:
    return [f"{term}{i}" for i in range(100)]


def test_fuzzy_caps_and_limits():
    assert fts("chen~", expand_fuzzy=many, max_expansions=3) == '"chen" OR "chen0" OR "chen1"'
    assert fts("chen~1/3", expand_fuzzy=lambda t, d: ["chan", "chex"]) == '"chen" OR "chex"'
    assert fts("chen~") == '"chen"'  # no expansions: the word itself
    assert fts("新疆~") == '"新疆"'
    assert fts("chen~0") == '"chen"'
    with pytest.raises(QueryError, match="1 or 2 edits") as caught:
        compile_query("chen~3")
    assert (caught.value.code, caught.value.details) == ("fuzzy-distance", {"word": "chen", "distance": 3})
    with pytest.raises(QueryError, match="after fuzzy expansion") as caught:
        compile_query("chen~ quan~", expand_fuzzy=many)  # 2 x 50 terms > 64
    assert (caught.value.code, caught.value.details) == ("too-many-terms", {"count": 100, "limit": 64,
                                                                            "expanded": True})
    # One chunk of text can hold several words, so the count after parsing can pass the limit on its own.
    with pytest.raises(QueryError, match="3 search terms; the limit is 2") as caught:
        compile_query("(a)(b)(c)", max_terms=2)
    assert (caught.value.code, caught.value.details) == ("too-many-terms", {"count": 3, "limit": 2,
                                                                            "expanded": False})


# --- filters ----------------------------------------------------------------------------------------

ENTITY_SQL = "(d.entity_id = ? OR d.item_id IN (SELECT item_id FROM mentions WHERE entity_id = ?))"


@pytest.mark.parametrize(("text", "where", "params"), [
    ("kind:image", "d.doc_kind = ?", ("image",)),
    ("Kind:REPORT", "d.doc_kind = ?", ("report",)),
    ("lang:zh", "d.lang = ? COLLATE NOCASE", ("zh",)),
    ('source:"Radio Free Asia"', "d.source = ? COLLATE NOCASE", ("Radio Free Asia",)),
    ("entity:Q1", ENTITY_SQL, ("Q1", "Q1")),
    ("date:2019", "(d.date >= ? AND d.date < ?)", ("2019", "2019:")),
    ("date:2019-03", "(d.date >= ? AND d.date < ?)", ("2019-03", "2019-03:")),
    ("date:[2017 TO 2019]", "(d.date >= ? AND d.date < ?)", ("2017", "2019:")),
    ("date:{2017 TO 2019}", "(d.date >= ? AND d.date < ?)", ("2017:", "2019")),
    ("date:[2017-03 TO]", "d.date >= ?", ("2017-03",)),
    ("date:[TO 2019-12-31]", "d.date < ?", ("2019-12-31:",)),
    ("kind:image OR kind:report", "(d.doc_kind = ? OR d.doc_kind = ?)", ("image", "report")),
    ("-kind:image", "NOT COALESCE(d.doc_kind = ?, 0)", ("image",)),
    ("kind:report -date:2019 lang:en", "d.doc_kind = ? AND NOT COALESCE((d.date >= ? AND d.date < ?), 0) "
     "AND d.lang = ? COLLATE NOCASE", ("report", "2019", "2019:", "en")),
])
def test_filters_compile_to_parameterised_sql(text, where, params):
    compiled = compile_query(text)
    assert (compiled.match, compiled.where, compiled.params) == (None, where, params)


def test_filters_and_words_combine_with_and():
    compiled = compile_query("chen caption:camp kind:image tag:urgent tag:Seen")
    assert compiled.match == '"chen" AND body : "camp"'
    assert (compiled.where, compiled.params) == ("d.doc_kind = ? AND d.doc_kind = ?", ("image", "image"))
    assert compiled.needs_tag_filter == ("urgent", "Seen")
    only_tag = compile_query("tag:urgent")
    assert (only_tag.match, only_tag.where, only_tag.needs_tag_filter) == (None, "1", ("urgent",))


def test_tags_in_names_the_tags_a_query_filters_on():
    assert tags_in('chen tag:urgent tag:"to check" kind:image') == ("urgent", "to check")
    assert tags_in("chen") == ()
    with pytest.raises(QueryError):
        tags_in("(chen")


KNOWN_FIELDS = ("title", "body", "name", "caption", "kind", "lang", "source", "entity", "date", "tag",
                "folder", "path")


@pytest.mark.parametrize(("text", "message", "code", "details"), [
    ("chen OR kind:image", "kind: filters can be combined with words by AND only", "and-only-filters",
     {"fields": ("kind",)}),
    ("-(chen kind:image)", "kind: filters can be combined", "and-only-filters", {"fields": ("kind",)}),
    ("caption:camp OR chen", "caption: filters can be combined", "and-only-filters", {"fields": ("caption",)}),
    ("-tag:x chen", "tag: filters", "and-only-filters", {"fields": ("tag",)}),
    ("tag:x OR kind:image", "kind:, tag: filters", "and-only-filters", {"fields": ("kind", "tag")}),
    ("foo:bar", "Unknown field foo:. Known fields: title, body, name, caption, kind, lang", "unknown-field",
     {"field": "foo", "known": KNOWN_FIELDS}),
    ("http://example.org", "Unknown field http:", "unknown-field", {"field": "http", "known": KNOWN_FIELDS}),
    ("kind:video", "Use kind:report, kind:image, kind:table", "unknown-kind", {"value": "video"}),
    ("kind:im*", "kind: takes a plain value", "plain-value-only", {"field": "kind"}),
    ("date:2019-02-30", "Not a date", "not-a-date", {"value": "2019-02-30"}),
    ("date:19", "Not a date", "not-a-date", {"value": "19"}),
    ("date:[2017 TO yesterday]", "Not a date", "not-a-date", {"value": "yesterday"}),
    ("date:[TO]", "needs a first or a last date", "empty-date-range", {}),
    ("[a TO b]", "work with date: only", "range-not-date", {}),
])
def test_refused_filters(text, message, code, details):
    with pytest.raises(QueryError, match=re.escape(message)) as caught:
        compile_query(text)
    assert (caught.value.code, caught.value.details) == (code, details)


# --- syntax errors and caps -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "message", "position", "code", "details"), [
    ('kind:report "chen quan', 'Unclosed quote at position 12: "chen quan', 12, "unclosed-quote",
     {"snippet": '"chen quan'}),
    ('"a" "b', 'Unclosed quote at position 4: "b', 4, "unclosed-quote", {"snippet": '"b'}),
    ("a (b OR c", "Unclosed ( at position 2: (b OR c", 2, "unclosed-paren", {"snippet": "(b OR c"}),
    ("a b) c", "Unmatched ) at position 3: a b)", 3, "unmatched-close", {"snippet": "a b)"}),
    (")))", "Unmatched ) at position 0", 0, "unmatched-close", {"snippet": ")"}),
    ("(" * 17 + "a" + ")" * 17, "nested more than 16 deep at position 16", 16, "parentheses-too-deep",
     {"limit": 16, "snippet": "(a" + ")" * 17}),
    # Errors about one word are at Whoosh's position of its value.
    ("chen foo:x", "Unknown field", 9, "unknown-field", {"field": "foo", "known": KNOWN_FIELDS}),
    ("kind:video", "Unknown kind", 5, "unknown-kind", {"value": "video"}),
    ("x " + "y" * 201, "too long to search for", 2, "word-too-long", {"length": 201, "limit": 200,
                                                                        "word": "y" * 30 + "…"}),
])
def test_syntax_errors_say_where(text, message, position, code, details):
    with pytest.raises(QueryError, match=re.escape(message)) as caught:
        compile_query(text)
    assert (caught.value.position, caught.value.code, caught.value.details) == (position, code, details)


def test_brackets_inside_a_phrase_are_text():
    assert fts('"a (b" c') == '"a b" AND "c"'


def refusal(text: str, **options) -> QueryError:
    with pytest.raises(QueryError) as caught:
        compile_query(text, **options)
    return caught.value


def test_caps():
    error = refusal("a" * 1001)
    assert "1001 characters long; the limit is 1000" in str(error)
    assert (error.code, error.details) == ("too-long", {"length": 1001, "limit": 1000})
    error = refusal(" ".join(f"w{i}" for i in range(65)))
    assert "65 words; the limit is 64" in str(error)
    assert (error.code, error.details) == ("too-many-words", {"count": 65, "limit": 64})
    assert fts(" OR ".join(f"w{i}" for i in range(64))).count(" OR ") == 63
    error = refusal("a b c", max_terms=2)
    assert "3 words; the limit is 2" in str(error)
    assert (error.code, error.details) == ("too-many-words", {"count": 3, "limit": 2})
    error = refusal("x" * 201)
    assert "too long to search for" in str(error)
    assert (error.code, error.position, error.details) == (
        "word-too-long", 0, {"length": 201, "limit": 200, "word": "x" * 30 + "…"})
    assert fts("(((a)))", max_depth=3) == '"a"'
    error = refusal("(((a)))", max_depth=2)
    assert "nested more than 2 deep" in str(error)
    assert (error.code, error.position, error.details) == ("parentheses-too-deep", 2, {"limit": 2, "snippet": "(a)))"})
    # Nesting Whoosh builds without parentheses is capped too (FTS5's parser has a small stack).
    assert fts("a ANDNOT b ANDNOT c", max_depth=1) == '"a" NOT "b" NOT "c"'
    error = refusal("a " + "ANDNOT b " * 5, max_depth=1)
    assert "nested too deeply" in str(error)
    assert (error.code, error.details) == ("nested-too-deep", {})


# --- error codes: what a UI words in its own language ------------------------------------------------------

def test_a_query_part_the_compiler_does_not_know_is_refused(monkeypatch):
    """No syntax the parser accepts today produces one, but a Whoosh upgrade or a new plugin could."""
    monkeypatch.setattr(query_module._PARSER, "parse", lambda text: whoosh_query.Regex("title", "chen.*"))
    error = refusal("title:/chen.*/")
    assert str(error).startswith("Unsupported query part: ")
    assert (error.code, error.details) == ("unsupported", {"part": str(whoosh_query.Regex("title", "chen.*"))})


# One query for each code, and the other queries above: together they must produce every code.
EVERY_CODE = [
    ("a" * 1001, {}, "too-long"),
    ("x" * 201, {}, "word-too-long"),
    ("a b c", {"max_terms": 2}, "too-many-words"),
    ("(((a)))", {"max_depth": 2}, "parentheses-too-deep"),
    ("a b) c", {}, "unmatched-close"),
    ('kind:report "chen quan', {}, "unclosed-quote"),
    ("a (b OR c", {}, "unclosed-paren"),
    ("tag:x OR kind:image", {}, "and-only-filters"),
    ("a OR -b", {}, "excluded-or"),
    ("date:2019-02-30", {}, "not-a-date"),
    ("kind:im*", {}, "plain-value-only"),
    ("kind:video", {}, "unknown-kind"),
    ("a " + "ANDNOT b " * 5, {"max_depth": 1}, "nested-too-deep"),
    ("chen foo:x", {}, "unknown-field"),
    ("date:[TO]", {}, "empty-date-range"),
    ("*", {}, "match-everything"),
    ("a*b", {}, "inner-wildcard"),
    ("[a TO b]", {}, "range-not-date"),
    ("c*", {}, "prefix-too-broad"),
    ("chen~3", {}, "fuzzy-distance"),
    ("NOT NOT a", {}, "not-understood"),
    ("-foo", {}, "only-excluded"),
    ("... ; ,", {}, "nothing-to-search"),
    ("chen~ quan~", {"expand_fuzzy": many}, "too-many-terms"),
]


@pytest.mark.parametrize(("text", "options", "code"), EVERY_CODE, ids=[code for _, _, code in EVERY_CODE])
def test_each_refusal_names_its_code(text, options, code):
    error = refusal(text, **options)
    assert error.code == code
    assert str(error) == error.args[0] and "\n" not in str(error)  # the CLI's English line, unchanged


def test_every_code_is_listed_raised_and_tested():
    assert len(set(QUERY_ERROR_CODES)) == len(QUERY_ERROR_CODES)
    raised = set(re.findall(r'code="([a-z-]+)"', Path(query_module.__file__).read_text(encoding="utf-8")))
    assert raised == set(QUERY_ERROR_CODES)
    tested = {code for _, _, code in EVERY_CODE} | {"unsupported"}  # the one test above, by a stubbed parser
    assert tested == set(QUERY_ERROR_CODES)


def test_an_error_without_a_code_still_says_what_is_wrong():
    error = QueryError("Something is wrong.", 3)
    assert (str(error), error.position, error.code, error.details) == ("Something is wrong.", 3, "", {})


# --- against a real FTS5 index ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("新疆", {"r2"}),
    ("维吾尔", {"r2"}),
    ("自治区政府", {"r2"}),
    ("陈全国", {"r1", "r2", "e1"}),
    ("ئۈرۈمچى", {"r3"}),
    ("chen", {"r1", "i1", "e1", "r4"}),
    ('"chen quanguo"', {"r1", "i1", "e1"}),
    ('"quanguo chen"', set()),
    ("quan*", {"r1", "i1", "e1", "r4"}),
    ("quan", {"r4"}),
    ("chen -quanguo", {"r4"}),
    ("chen NOT (camp OR camps)", {"e1", "r4"}),
    ("title:chen", {"e1", "r4"}),
    ("name:chen", {"r1", "i1", "e1"}),
    ("caption:camp", {"i1"}),
    ("chen kind:image", {"i1"}),
    ("chen -kind:report", {"i1", "e1"}),
    ("kind:report date:[2017 TO 2018]", {"r2", "r3"}),
    ("date:2019", {"r1", "i1"}),
    ("date:[2019-06 TO]", {"r1"}),
    ("date:{2017 TO 2019-12-31}", {"r2", "i1"}),
    ("chen -lang:en", {"e1", "r4"}),  # no language is not English
    ('source:"radio free asia"', {"r1", "r3"}),
    ("entity:Q1", {"e1", "r1", "r4"}),
    ("entity:q1", set()),
])
def test_results(db, text, found):
    assert search(db, text) == found


def test_fuzzy_results(db):
    assert search(db, "chenn~", expand_fuzzy=lambda term, distance: ["chen"]) == {"r1", "i1", "e1", "r4"}


HOSTILE = [
    "(" * 5000, "( " * 5000, "x" * 40000, " OR ".join(f"w{i}" for i in range(1000)),
    "a " + "ANDNOT b " * 60,  # Whoosh's own ANDNOT took 2^n steps
    "(a OR (b 'x))' " * 10,  # parentheses Whoosh reads as part of a quoted word
    '"', '""', '"""', "*", ":", "^", "NEAR(a b)", "NEAR(a b, 2)", "title:", ")))", "AND OR NOT",
    "NOT NOT NOT", "-", "--a", "+a", "a:", ":a", "\x00\x01\x1f\x7f", "chen\x00quan", "\u202ea\u2066b\u2069",
    "\ufeff", "a AND", "OR a", "{", "}", "[", "]", "[a TO", "date:[", "date:]", "date:{2017 TO",
    "title:()", "title:(", "'", "'a b", "a'", "\\", '\\"', 'chen" *', '"a" * "b"', "a*:b", "title:a:b",
    "*:*", "~", "a~b~c", "a~99999999999999999999", "a^99999999999", "^a", "a+b", "a - b", "( ) ( )",
    '"(" ")"', "[ " * 500, "- " * 500, "{title body}: x", "title : x", "rowid:1", "search_docs_fts:x",
    "d.doc_kind:x", "x' OR '1'='1", "x); DROP TABLE search_docs; --", "新疆" * 100, "ئ" * 199,
]


@pytest.mark.parametrize("max_length", [1000, 100_000])
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_refused_or_runs_quickly(db, text, max_length):
    started = time.perf_counter()
    try:
        compiled = compile_query(text, max_length=max_length,
                                 expand_fuzzy=lambda term, distance: ['"', "NEAR(", "\x00", term + "s"])
    except QueryError as error:
        assert str(error) and "\n" not in str(error)
        assert error.code in QUERY_ERROR_CODES
    else:
        run(db, compiled)
    assert time.perf_counter() - started < 0.1


SYNTAX = st.sampled_from(list('"*:^()-+~[]{}?\\\' ab1新疆ئ\x00\u202e') + [
    " AND ", " OR ", " NOT ", " ANDNOT ", " TO ", "title:", "name:", "caption:", "kind:image", "date:",
    "2019", "-12", "tag:", "entity:", "NEAR(", "chen", "*:*", "~2", "/2"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(SYNTAX, max_size=25).map("".join)))
def test_any_text_gives_query_error_or_a_query_sqlite_accepts(db, text):
    try:
        compiled = compile_query(text, expand_fuzzy=lambda term, distance: [term + "x", '"', ")", "a\x00"])
    except QueryError as error:
        assert error.code in QUERY_ERROR_CODES  # every refusal can be worded in the reader's language
        return
    assert compiled.match is not None or compiled.where != "1" or compiled.needs_tag_filter
    run(db, compiled)
