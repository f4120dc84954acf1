"""The query compiler: Whoosh syntax in, quoted FTS5 MATCH plus parameterised SQL out, QueryError for
anything it cannot express, and never an SQLite error or a stall on hostile text."""

from __future__ import annotations

import re
import sqlite3
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive import schema
from archive.errors import QueryError
from archive.search.analysis import index_text
from archive.search.query import CompiledQuery, compile_query

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


@pytest.mark.parametrize(("text", "message"), [
    ("-foo", "add at least one word"),
    ("NOT foo", "add at least one word"),
    ("kind:image -foo", "add at least one word"),
    ("a OR -b", "cannot be one side of OR"),
    ("", "Nothing to search for"),
    ("... ; ,", "Nothing to search for"),
    ("()", "Nothing to search for"),
    ("c*", "at least 2 letters"),
    ("*", "match everything"),
    ("a*b", "Only a * at the end"),
    ("*chen", "Only a * at the end"),
    ("chen?", "Only a * at the end"),
    ("NOT NOT a", "Could not understand"),
])
def test_refused_words(text, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        compile_query(text)


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
    with pytest.raises(QueryError, match="1 or 2 edits"):
        compile_query("chen~3")
    with pytest.raises(QueryError, match="after fuzzy expansion"):
        compile_query("chen~ quan~", expand_fuzzy=many)  # 2 x 50 terms > 64


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


@pytest.mark.parametrize(("text", "message"), [
    ("chen OR kind:image", "kind: filters can be combined with words by AND only"),
    ("-(chen kind:image)", "kind: filters can be combined"),
    ("caption:camp OR chen", "caption: filters can be combined"),
    ("-tag:x chen", "tag: filters"),
    ("tag:x OR kind:image", "kind:, tag: filters"),
    ("foo:bar", "Unknown field foo:. Known fields: title, body, name, caption, kind, lang"),
    ("http://example.org", "Unknown field http:"),
    ("kind:video", "Use kind:report, kind:image or kind:entity"),
    ("kind:im*", "kind: takes a plain value"),
    ("date:2019-02-30", "Not a date"),
    ("date:19", "Not a date"),
    ("date:[2017 TO yesterday]", "Not a date"),
    ("date:[TO]", "needs a first or a last date"),
    ("[a TO b]", "work with date: only"),
])
def test_refused_filters(text, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        compile_query(text)


# --- syntax errors and caps -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "message", "position"), [
    ('kind:report "chen quan', 'Unclosed quote at position 12: "chen quan', 12),
    ('"a" "b', 'Unclosed quote at position 4: "b', 4),
    ("a (b OR c", "Unclosed ( at position 2: (b OR c", 2),
    ("a b) c", "Unmatched ) at position 3: a b)", 3),
    (")))", "Unmatched ) at position 0", 0),
    ("(" * 17 + "a" + ")" * 17, "nested more than 16 deep at position 16", 16),
    ("chen foo:x", "Unknown field", 9),  # Whoosh's position of the value
])
def test_syntax_errors_say_where(text, message, position):
    with pytest.raises(QueryError, match=re.escape(message)) as caught:
        compile_query(text)
    assert caught.value.position == position


def test_brackets_inside_a_phrase_are_text():
    assert fts('"a (b" c') == '"a b" AND "c"'


def test_caps():
    with pytest.raises(QueryError, match="1001 characters long; the limit is 1000"):
        compile_query("a" * 1001)
    with pytest.raises(QueryError, match="65 words; the limit is 64"):
        compile_query(" ".join(f"w{i}" for i in range(65)))
    assert fts(" OR ".join(f"w{i}" for i in range(64))).count(" OR ") == 63
    with pytest.raises(QueryError, match="3 words; the limit is 2"):
        compile_query("a b c", max_terms=2)
    with pytest.raises(QueryError, match="too long to search for"):
        compile_query("x" * 201)
    assert fts("(((a)))", max_depth=3) == '"a"'
    with pytest.raises(QueryError, match="nested more than 2 deep"):
        compile_query("(((a)))", max_depth=2)
    # Nesting Whoosh builds without parentheses is capped too (FTS5's parser has a small stack).
    assert fts("a ANDNOT b ANDNOT c", max_depth=1) == '"a" NOT "b" NOT "c"'
    with pytest.raises(QueryError, match="nested too deeply"):
        compile_query("a " + "ANDNOT b " * 5, max_depth=1)


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
    except QueryError:
        return
    assert compiled.match is not None or compiled.where != "1" or compiled.needs_tag_filter
    run(db, compiled)
