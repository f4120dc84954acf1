"""The entity list API: keyset pages, the name filter on the search index, rows by key."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from archive import entities as entities_module
from archive import open_archive
from archive.text import fold, is_han

CHEN = "person-chen-quanguo"


def _all_pages(entities, schema=None, size=7) -> list:
    rows, after = [], None
    while page := entities.page(schema, after=after, limit=size):
        assert len(page) <= size
        rows.extend(page)
        after = page[-1]
    return rows


def test_pages_cover_every_entity_once_in_list_order(sample):
    rows = _all_pages(sample.entities)
    assert [r.id for r in rows] == [e.id for e in sample.entities.iter_all()]
    assert len({r.id for r in rows}) == len(rows) == sample.entities.count()
    assert [(r.schema, r.caption) for r in rows] == sorted((r.schema, r.caption) for r in rows)


def test_pages_of_one_schema(sample):
    rows = _all_pages(sample.entities, "Sanction")
    assert len(rows) == sample.entities.count("Sanction") == 43
    assert {r.schema for r in rows} == {"Sanction"}
    assert [r.id for r in rows] == [e.id for e in sample.entities.iter_all("Sanction")]


@pytest.mark.parametrize("schema", [None, "Person"])
def test_paging_follows_the_index_with_no_sort_step(sample, monkeypatch, schema):
    # The list must stay as fast at row 100,000 as at row 1: a keyset search on the (schema, caption)
    # index, never OFFSET and never a temporary sort of the whole table.
    seen = []
    query = sample.query
    monkeypatch.setattr(sample, "query", lambda sql, params=(): seen.append((sql, params)) or query(sql, params))
    first = sample.entities.page(schema, limit=3)
    sample.entities.page(schema, after=first[-1], limit=3)
    sql, params = seen[-1]
    assert "OFFSET" not in sql.upper()
    plan = " ".join(row[-1] for row in query(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "idx_entities_schema_caption" in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize("text", ["chen quanguo", "Chén", "quan", "陈全国", "陈", "چېن چۈەنگو", "CHEN"])
def test_name_filter_finds_names_in_any_script_by_word_prefix(sample, text):
    keys = sample.entities.matching(text)
    assert CHEN in [r.id for r in sample.entities.rows(keys)]


@pytest.mark.parametrize("ordered", [False, True])
def test_name_filter_keeps_list_order_and_schema(sample, ordered):
    if ordered:
        sample.entities.list_order()
    everyone = sample.entities.rows(sample.entities.matching("synthetic"))
    assert len(everyone) > 20
    assert [(r.schema, r.caption) for r in everyone] == sorted((r.schema, r.caption) for r in everyone)
    people = sample.entities.rows(sample.entities.matching("synthetic", "Person"))
    assert people and {r.schema for r in people} == {"Person"}
    assert [r.id for r in people] == [r.id for r in everyone if r.schema == "Person"]


def test_every_word_must_begin_a_name(sample):
    for row in sample.entities.rows(sample.entities.matching("synthetic count")):
        record = sample.entities.get(row.id)
        words = {w for name in [record.caption, *record.properties.get("name", [])] for w in fold(name).split()}
        assert any(w.startswith("synthetic") for w in words) and any(w.startswith("count") for w in words)


@pytest.mark.parametrize("text", ['"', 'chen" OR "a', "NEAR(chen", "*", "names:chen", "zzzz-no-such-name"])
def test_hostile_or_odd_filters_are_plain_text(sample, text):
    keys = sample.entities.matching(text)  # no FTS5 syntax error, whatever is typed
    assert all(isinstance(key, int) for key in keys)


def _letters(sample) -> list[str]:
    """Every first letter of a term in the sample's entity names, in every script."""
    return sorted({term[0] for (names,) in sample.query("SELECT names FROM search_docs WHERE doc_kind = 'entity'")
                   for term in names.split()})


@pytest.mark.parametrize("ordered", [False, True])  # joined and sorted in SQL; mapped through the list order
@pytest.mark.parametrize("schema", [None, "Person"])
def test_one_letter_filters_scan_names_with_the_same_answer_as_the_index(sample, monkeypatch, schema, ordered):
    # A one-letter filter reads the entities' names when FTS5 would merge too many term lists; the two
    # ways must agree on every letter that begins a name term.
    if ordered:
        sample.entities.list_order()
    letters = _letters(sample)
    assert len(letters) > 30 and "陈" in letters and "a" in letters
    monkeypatch.setattr(entities_module, "SCAN_POSTINGS_PER_ENTITY", 10**9)
    by_index = {letter: sample.entities.matching(letter, schema) for letter in letters}
    monkeypatch.setattr(entities_module, "SCAN_POSTINGS_PER_ENTITY", -1)
    seen = []
    query = sample.query
    monkeypatch.setattr(sample, "query", lambda sql, params=(), **kw: seen.append(sql) or query(sql, params, **kw))
    assert {letter: sample.entities.matching(letter, schema) for letter in letters} == by_index
    assert sum("instr(' ' || names" in sql for sql in seen) == len([c for c in letters if not is_han(c)])
    assert sum(len(keys) for keys in by_index.values()) > 100


@pytest.mark.parametrize("ordered", [False, True])
def test_a_forged_second_document_of_an_entity_lists_it_once(archive_copy, ordered):
    with closing(sqlite3.connect(archive_copy)) as conn, conn:
        conn.execute("INSERT INTO search_docs (id, doc_kind, entity_id, title, body, names) "
                     "SELECT 10000000, 'entity', entity_id, title, body, names FROM search_docs "
                     "WHERE entity_id = ? AND doc_kind = 'entity'", (CHEN,))
        conn.execute("INSERT INTO search_docs_fts (rowid, title, body, names) SELECT id, title, body, names "
                     "FROM search_docs WHERE id = 10000000")
    with open_archive(archive_copy) as archive:
        if ordered:
            archive.entities.list_order()
        keys = archive.entities.matching("quanguo")
        assert len(keys) == len(set(keys)) and [r.id for r in archive.entities.rows(keys)].count(CHEN) == 1


def test_text_without_index_terms_matches_captions_as_substrings(sample):
    assert sample.entities.matching("@@") == []
    with_ampersand = {e.id for e in sample.entities.iter_all() if "&" in e.caption}
    assert with_ampersand and {r.id for r in sample.entities.rows(sample.entities.matching(" & "))} == with_ampersand


def test_rows_keep_the_order_given_and_skip_unknown_keys(sample):
    keys = sample.entities.matching("synthetic")[:5]
    rows = sample.entities.rows([keys[3], 10**12, keys[0]])
    assert [r.key[2] for r in rows] == [keys[3], keys[0]]


def test_pages_survive_forged_captions(archive_copy):
    # A caption is archive data: a forged file may store a number or a blob where text belongs, and the
    # keyset compares whatever is stored.
    with closing(sqlite3.connect(archive_copy)) as conn, conn:
        first, second = [row[0] for row in conn.execute("SELECT id FROM entities ORDER BY id LIMIT 2")]
        conn.execute("UPDATE entities SET caption = 42 WHERE id = ?", (first,))
        conn.execute("UPDATE entities SET caption = x'00ff' WHERE id = ?", (second,))
    with open_archive(archive_copy) as archive:
        rows = _all_pages(archive.entities, size=2)
        assert sorted(r.id for r in rows) == sorted(e.id for e in archive.entities.iter_all())
        assert all(isinstance(r.caption, str) for r in rows)


def test_most_mentioned_counts_mentions_and_filters_by_schema(sample, archive_copy):
    people = sample.entities.most_mentioned(3, schemata=("Person",))
    assert [e.id for e, _ in people][0] == CHEN and all(e.schema == "Person" for e, _ in people)
    counts = [n for _, n in people]
    assert counts == sorted(counts, reverse=True) and counts[0] == sample.query_one(
        "SELECT count(*) FROM mentions WHERE entity_id = ?", (CHEN,))[0]
    with closing(sqlite3.connect(archive_copy)) as conn, conn:  # mentions of no entity are left out
        conn.execute("UPDATE mentions SET entity_id = 'nobody'")
    with open_archive(archive_copy) as archive:
        assert archive.entities.most_mentioned(5) == []
