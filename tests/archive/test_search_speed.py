"""The fixed cost of a search: highlighting on lowercased text, bounded snippet scans, one query per table."""

from __future__ import annotations

import sqlite3

import pytest

from archive import find_terms, open_archive


def test_matches_ignore_case_and_keep_whole_words():
    text = "PARTY, Party's subparty partying party"
    assert [text[s:e] for s, e in find_terms(text, (("party",),))] == ["PARTY", "Party", "party"]
    assert [text[s:e] for s, e in find_terms(text, (("party*",),))] == ["PARTY", "Party", "party", "party"]


def test_offsets_stay_right_when_lowercasing_changes_the_length():
    # "İ" lowercases to two characters, so this text is matched ignoring case instead.
    text = "İstanbul and Chen QUANGUO"
    assert [text[s:e] for s, e in find_terms(text, (("chen", "quanguo"),))] == ["Chen QUANGUO"]


def test_phrases_and_uppercase_highlight_terms_still_match():
    text = "The Xinjiang Production and Construction Corps (XPCC)"
    assert [text[s:e] for s, e in find_terms(text, (("XPCC",), ("construction", "corps")))] == \
        ["Construction Corps", "XPCC"]


def test_most_stops_after_the_first_matches():
    text = "fox " * 1000
    assert len(find_terms(text, (("fox",),), most=5)) == 1  # five adjacent matches read as one highlight
    spaced = "fox and " * 1000
    assert find_terms(spaced, (("fox",),), most=5) == find_terms(spaced, (("fox",),))[:5]


def test_entity_hits_are_described_with_one_query(built, monkeypatch):
    with open_archive(built) as archive:
        statements = []
        for name in ("query", "query_one"):
            run = getattr(archive, name)
            monkeypatch.setattr(archive, name, lambda sql, *a, run=run, **k: statements.append(sql) or run(sql, *a, **k))
        hits = archive.search.find("synthetic OR invented OR kashgar", limit=50).hits
        entity_hits = [hit for hit in hits if hit.kind == "entity"]
        assert len(entity_hits) >= 2
        assert sum("caption, properties FROM entities" in sql for sql in statements) == 1  # not one per hit
        described = next(hit for hit in entity_hits if hit.id == "syn-002")
        assert described.title == "Synthetic County Bureau 02"
        assert [described.snippet[s:e] for s, e in described.highlights] == ["Synthetic", "invented"]


@pytest.mark.parametrize("properties", ["[1", '["notes"]', '{"notes": [1, null, {"a": 2}], "summary": "x"}'])
def test_forged_entity_properties_give_the_caption_alone(archive_copy, properties):
    conn = sqlite3.connect(archive_copy)
    conn.execute("UPDATE entities SET properties = ? WHERE id = 'syn-002'", (properties,))
    conn.commit()
    conn.close()
    with open_archive(archive_copy) as forged:
        hit = next(hit for hit in forged.search.find("invented").hits if hit.id == "syn-002")
        assert hit.title == "Synthetic County Bureau 02" and hit.snippet == "Synthetic County Bureau 02"
