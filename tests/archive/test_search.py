"""Search: Chinese, Uyghur and English; names across scripts; every query construct; hostile queries."""

from __future__ import annotations

import json
import time
import unicodedata

import pytest

from archive import QueryError, open_archive
from archive.cli import main as cli


@pytest.fixture(scope="module")
def archive(built):
    with open_archive(built) as opened:
        yield opened


def ids(archive, query: str, **options) -> set[str]:
    return {hit.id for hit in archive.search.find(query, limit=100, **options).hits}


def presentation_forms(word: str) -> str:
    """The same word written with Arabic presentation-form code points (as some PDFs and old systems do)."""
    forms: dict[str, str] = {}
    for code in range(0xFE70, 0xFEFF):
        base = unicodedata.normalize("NFKC", chr(code))
        if len(base) == 1:
            forms.setdefault(base, chr(code))
    for code in range(0xFB50, 0xFDFF):
        base = unicodedata.normalize("NFKC", chr(code))
        if len(base) == 1:
            forms.setdefault(base, chr(code))
    return "".join(forms.get(ch, ch) for ch in word)


def test_chinese_word_inside_longer_text(archive):
    assert "reports/chinese-note" in ids(archive, "新疆")
    assert "reports/chinese-note" in ids(archive, "建设兵团")


def test_two_character_queries_find_every_document_containing_them(sample):
    reports = sample.items.list("report", limit=1000)
    for pair in ("新疆", "制裁", "兵团", "书记", "自治", "人权", "喀什"):
        containing = {r.id for r in reports if pair in sample.items.text(r.id) or pair in r.title}
        found = ids(sample, f"{pair} kind:report")
        assert containing, pair
        assert containing <= found, (pair, containing - found)


def test_xinjiang_finds_the_full_region_name(sample):
    hits = sample.search.find("新疆", limit=100).hits
    assert any("新疆维吾尔自治区" in hit.snippet for hit in hits)


def test_uyghur_in_presentation_forms_finds_the_normal_form(archive):
    query = presentation_forms("قەشقەر")
    assert query != "قەشقەر"
    assert "reports/police-files" in ids(archive, query)


def test_uyghur_case_endings(sample):
    found = ids(sample, "قەشقەر kind:report")
    texts = {r.id: sample.items.text(r.id) for r in sample.items.list("report", limit=1000)}
    assert {rid for rid, text in texts.items() if "قەشقەردە" in text or "قەشقەردىكى" in text} <= found


def test_names_across_scripts(archive):
    assert "reports/chinese-note" in ids(archive, '"Chen Quanguo"')  # the note says only 陈全国
    assert "reports/assessment" in ids(archive, "陈全国")  # the assessment says only Chen Quanguo
    assert "person-chen-quanguo" in ids(archive, "chen quanguo kind:entity")


def test_phrase(archive):
    assert "reports/assessment" in ids(archive, '"Chen Quanguo led"')
    assert "reports/assessment" not in ids(archive, '"Quanguo led Chen"')


def test_prefix_and_fuzzy(archive):
    assert "reports/assessment" in ids(archive, "Glucks*")
    assert "reports/assessment" in ids(archive, "Glucksman~")
    assert "reports/assessment" in ids(archive, "Gluksman~2")
    assert "reports/assessment" not in ids(archive, "Gluksman")


def test_not(archive):
    with_chen = ids(archive, "region")
    assert "reports/assessment" in with_chen
    assert "reports/assessment" not in ids(archive, "region NOT Glucksmann")
    assert "reports/assessment" not in ids(archive, "region -Glucksmann")


def test_fields(archive):
    assert ids(archive, "title:assessment") == {"reports/assessment"}
    assert ids(archive, "kind:image") == {"images/chart", "images/map", "images/facsimile", "images/scan"}
    assert ids(archive, "lang:zh") == {"reports/chinese-note"}
    assert "images/map" in ids(archive, "caption:schematic")
    assert "reports/sanctions" in ids(archive, "entity:person-chen-quanguo")


def test_date_ranges(archive):
    assert ids(archive, "date:[2022 TO 2022]") == {"reports/assessment"}
    assert "images/map" in ids(archive, "date:[TO 2021]")
    assert "reports/assessment" not in ids(archive, "date:[TO 2021]")
    assert ids(archive, "date:2022-08") == {"reports/assessment"}


def test_pdf_hit_names_its_page(archive):
    hits = archive.search.find("Kashgar kind:report", limit=20).hits
    pdf = next(hit for hit in hits if hit.id == "reports/sanctions")
    assert pdf.page == 2 and "Kashgar" in pdf.snippet


def test_snippets_highlight_the_original_script(archive):
    hit = next(h for h in archive.search.find("陈全国").hits if h.id == "reports/chinese-note")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["陈全国"]
    hit = next(h for h in archive.search.find('"Chen Quanguo"').hits if h.id == "reports/chinese-note")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["陈全国"]  # shown where the entity is
    hit = next(h for h in archive.search.find("quangu*").hits if h.id == "reports/chinese-note")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["陈全国"]  # a prefix of a name in another script


def test_paging_sorting_and_counts(archive):
    first = archive.search.find("kind:report", limit=2)
    second = archive.search.find("kind:report", limit=2, offset=2)
    assert first.total == second.total == 4
    assert len(first.hits) == len(second.hits) == 2
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    by_date = archive.search.find("kind:report", sort="date").hits
    assert by_date[0].id == "reports/assessment"  # 2022-08-31, the only dated report


@pytest.mark.parametrize("text", ["kind:report", "xinjiang kind:report", "xinjiang date:[2000 TO 2030]",
                                  "xinjiang"])
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_the_total_is_the_same_on_every_page_even_past_the_end_or_empty(archive, text, sort):
    # Filtered and date-sorted searches count their hits in the hits query itself: a page with no
    # rows (past the end, or limit 0) must still report the total.
    total = archive.search.find(text, limit=500, sort=sort).total
    assert total >= 2
    assert {archive.search.find(text, limit=limit, offset=offset, sort=sort).total
            for limit, offset in ((1, 0), (1, 1), (0, 0), (5, total), (5, total + 10))} == {total}
    assert len(archive.search.find(text, limit=5, offset=total, sort=sort).hits) == 0


def test_facets(archive):
    facets = archive.search.find("chen quanguo", facets=True).facets
    kinds = {value: count for value, _, count in facets["kind"]}
    assert kinds["report"] >= 3 and kinds["entity"] >= 1
    entities = {value: count for value, _, count in facets["entity"]}
    assert entities["person-chen-quanguo"] >= 3
    assert archive.search.facet_counts("chen quanguo") == facets  # what a viewer counts after the hits


def test_did_you_mean(archive):
    result = archive.search.find("Glucksmaan")
    assert result.total == 0 and result.suggestions == ["glucksmann"]


@pytest.mark.parametrize("query", [
    "(" * 5000, "x" * 40_000, '"', "*", ":", "^", "NEAR(a b)", "title:", ")))", "AND OR NOT",
    "\x00\x01\u202e", "a" * 999 + " OR " * 300, "chen AND", '"unclosed phrase', "date:[garbage TO 2020]",
    "kind:spaceship", "nosuchfield:x", "-only", "**", "a*b", "?", "quanguo~9",
])
def test_hostile_queries_fail_clearly_and_fast(archive, query):
    started = time.monotonic()
    try:
        archive.search.find(query)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
    assert time.monotonic() - started < 1.0
    assert archive.search.find("chen").total > 0  # still usable


def test_cli_search_json(built, capsys):
    assert cli(["search", str(built), "陈全国", "--json", "--limit", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] >= 3 and len(data["hits"]) == 3
    assert set(data["hits"][0]) >= {"id", "kind", "title", "snippet"}
    assert set(data["facets"]) == {"kind", "year", "language", "source", "folder", "filetype", "entity"}
    assert data["suggestions"] == []


def test_cli_search_text_and_errors(built, capsys):
    assert cli(["search", str(built), "Kashgar", "--facets"]) == 0
    out = capsys.readouterr().out
    assert "hits for 'Kashgar'" in out and "[Kashgar]" in out and "kind: " in out
    assert cli(["search", str(built), '"unclosed']) == 1
    assert capsys.readouterr().err.startswith("casefile: error: ")


def test_search_deadline_gives_a_clear_error(sample):
    from archive import LimitExceeded

    with pytest.raises(LimitExceeded, match="took longer than"):
        sample.search.find("the OR of OR and OR in OR sanctions OR xinjiang", seconds=1e-9)
    assert sample.search.find("xinjiang").total > 0


def test_snippet_of_a_huge_text_with_many_matches_is_fast():
    from archive.search.engine import find_terms, snippet_around

    text = "the quick brown fox " * 100_000  # 2 MB, 100,000 matches
    started = time.monotonic()
    snippet, spans = snippet_around(text, find_terms(text, (("quick",),)))
    assert time.monotonic() - started < 2
    assert spans and all(snippet[s:e] == "quick" for s, e in spans)


@pytest.mark.parametrize("statements", [
    ["UPDATE search_terms SET docs = 'many' WHERE rowid = 1", "INSERT INTO search_terms VALUES (x'00ff', 3)"],
    ["UPDATE search_docs_fts_config SET v = 999 WHERE k = 'version'"],
    ["DELETE FROM search_docs_fts_data"],
    ["UPDATE search_docs SET item_id = 'reports/none', date = x'00' WHERE rowid = 1"],
    ["UPDATE search_docs SET date = x'00', lang = 7", "UPDATE pages SET start = 'x'",
     "UPDATE mentions SET start = 'x'"],
])
def test_forged_index_gives_clear_errors_not_crashes(archive_copy, statements):
    import sqlite3

    from archive import CasefileError

    conn = sqlite3.connect(archive_copy)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    with open_archive(archive_copy) as forged:
        for query in ("chen", "glucksman~", "Glucksmaan", "kind:report", "陈全国", "Kashgar"):
            try:
                result = forged.search.find(query, facets=True)
            except CasefileError as exc:
                assert str(exc)
                continue
            json.dumps([vars(hit) for hit in result.hits], ensure_ascii=False)  # what --json prints
        forged.entities.mentions("person-chen-quanguo")


def test_tag_filter_uses_the_ids_the_readers_store_gives(archive):
    everything = archive.search.find("chen quanguo", limit=100)
    chosen = {everything.hits[0].id, everything.hits[-1].id}
    asked = []

    def tagged(tag):
        asked.append(tag)
        return chosen if tag == "urgent" else ["reports/assessment", "no-such-id"]

    result = archive.search.find("chen quanguo tag:urgent", limit=100, tagged=tagged)
    assert {hit.id for hit in result.hits} == chosen and result.total == len(chosen) and asked == ["urgent"]
    only_tags = archive.search.find("tag:urgent tag:seen", limit=100, tagged=tagged)
    assert {hit.id for hit in only_tags.hits} == chosen & {"reports/assessment"}
    facets = archive.search.facet_counts("chen quanguo tag:urgent", tagged=tagged)
    assert sum(count for _, _, count in facets["kind"]) == len(chosen)


def test_tag_filter_without_a_store_says_where_tags_live(archive):
    with pytest.raises(QueryError, match="your own annotations"):
        archive.search.find("chen tag:urgent")


def test_hostile_tag_ids_are_data_not_sql(archive):
    result = archive.search.find("tag:x", tagged=lambda tag: ["') OR 1=1 --", '"]', "\x00"])
    assert result.total == 0
