"""Facet counts from the per-archive facet index: the same counts as the SQL statement they replace, on
every kind of query; built once per archive; safe on forged rows; over budget, hits without facets."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from archive import LimitExceeded, open_archive
from archive.cli import main as cli
from archive.publish import build_archive
from archive.search import facets as facet_module
from archive.search.engine import with_tags

from tests.sources import make_source

NAMES = ["Chen Quanguo", "Kashgar", "XPCC", "Raphaël Glucksmann", "Party Secretary of Xinjiang"]
QUERIES = ["xinjiang", "kind:report", "date:[2019 TO 2021]", "kashgar NOT chen", '"Chen Quanguo"',
           "entity:place-kashgar", "detention OR kashgar", "kind:image OR kind:entity", "tag:urgent"]
TAGGED = {"urgent": ["reports/assessment", "reports/list-003", "reports/list-010", "place-kashgar"]}


def make_reports(root) -> None:
    """Forty short reports naming the sample's entities in different mixes, dates and sources."""
    for n in range(40):
        named = ", ".join(NAMES[i] for i in range(len(NAMES)) if (n >> i) & 1 or i == n % 5)
        (root / "reports" / f"list-{n:03}.md").write_text(
            f"# List {n}\n\nDetention list {n} names {named} in Xinjiang.\n", encoding="utf-8")
        (root / "reports" / f"list-{n:03}.meta.json").write_text(json.dumps(
            {"title": f"List {n}", "date": f"{2016 + n % 7}-0{1 + n % 9}-01", "source": f"Source {n % 4}",
             "language": "en"}), encoding="utf-8")


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    root = tmp_path_factory.mktemp("facets")
    source = make_source(root / "source")
    make_reports(source)
    out = root / "facets.casefile"
    build_archive(source, out, strict=True)
    return out


@pytest.fixture
def archive(path):
    with open_archive(path) as opened:
        yield opened


def tagged(tag: str):
    return TAGGED.get(tag, [])


def old_facets(archive, text: str) -> dict:
    """The statement the facet index replaces (engine.py before issue 20), ties broken by caption then id."""
    searcher = archive.search
    source, params = searcher._from(with_tags(searcher.compile(text), tagged))
    # Years are the items' (issue 21): an entity's birth date is not an item's date.
    rows = archive.query(f"SELECT d.doc_kind, CASE WHEN d.doc_kind = 'entity' THEN NULL ELSE d.year END, "
                         f"d.lang, d.source {source}", params)
    facets = {}
    for name, column in (("kind", 0), ("year", 1), ("language", 2), ("source", 3)):
        counts = Counter(str(row[column]) for row in rows if row[column] is not None)
        facets[name] = sorted(counts.items(), reverse=True) if name == "year" else sorted(counts.items())
    # Folder and file type: the item's file, per matching document (issue 21).
    files = archive.query(f"SELECT files.folder, lower(files.path) FROM (SELECT d.item_id AS item_id {source}) m "
                          "JOIN item_files files ON files.item_id = m.item_id", params)
    facets["folder"] = sorted(Counter(folder for folder, _ in files).items())
    suffixes = [path.rsplit("/", 1)[-1].rsplit(".", 1)[-1] for _, path in files if "." in path.rsplit("/", 1)[-1]]
    facets["filetype"] = sorted(Counter(suffixes).items())
    facets["entity"] = [(str(e), n) for e, n in archive.query(
        f"SELECT m.entity_id, count(DISTINCT m.item_id) AS n FROM mentions m "
        f"JOIN entities e ON e.id = m.entity_id WHERE m.item_id IN (SELECT d.item_id {source}) "
        f"GROUP BY m.entity_id ORDER BY n DESC, e.caption, m.entity_id LIMIT 15", params)]
    return facets


def comparable(facets: dict) -> dict:
    """Counted facets in old_facets' shape: values of equal count have no order to compare."""
    shaped = {name: [(value, n) for value, _label, n in values] for name, values in facets.items()}
    for name in ("kind", "language", "source", "folder", "filetype"):
        shaped[name] = sorted(shaped.get(name, []))
    return shaped


@pytest.mark.parametrize("text", QUERIES)
def test_counts_equal_the_sql_statement(archive, text):
    counted = archive.search.facet_counts(text, tagged=tagged)
    assert counted.complete and sum(n for _, _, n in counted["kind"]) == archive.search.find(
        text, tagged=tagged).total
    assert comparable(counted) == old_facets(archive, text)
    captions = dict(archive.query("SELECT id, caption FROM entities"))
    assert all(label == captions[value] for value, label, _ in counted["entity"])


@pytest.mark.parametrize("share", [0, 10**9])  # always gather the matching items' pairs; never
@pytest.mark.parametrize("text", QUERIES)
def test_both_ways_of_reading_the_matching_items_pairs_count_the_same(archive, monkeypatch, text, share):
    monkeypatch.setattr(facet_module, "GATHER_SHARE", share)
    assert comparable(archive.search.facet_counts(text, tagged=tagged)) == old_facets(archive, text)


@pytest.mark.parametrize("text", ["xinjiang", "kind:report", "kashgar NOT chen", "tag:urgent"])
def test_sql_fallback_above_the_pair_cap_counts_the_same(archive, monkeypatch, text):
    monkeypatch.setattr(facet_module, "MAX_PAIRS", 0)
    assert comparable(archive.search.facet_counts(text, tagged=tagged)) == old_facets(archive, text)


@pytest.mark.parametrize("text", ["xinjiang", "kind:report", "kashgar NOT chen", "tag:urgent"])
def test_without_numpy_every_facet_is_counted_in_sql_the_same(path, monkeypatch, text):
    # The frozen reader app leaves numpy out; its facets must still be right.
    monkeypatch.setattr(facet_module, "np", None)
    with open_archive(path) as fresh:
        counted = fresh.search.facet_counts(text, tagged=tagged)
        assert counted.complete and comparable(counted) == old_facets(fresh, text)


def test_some_entities_are_counted(archive):
    entity = dict((value, n) for value, _, n in archive.search.facet_counts("detention")["entity"])
    assert entity["place-kashgar"] > 5 and entity["person-chen-quanguo"] > 5


def test_index_is_built_once_per_archive(path, monkeypatch):
    calls = Counter()
    for name in ("_read_docs", "_read_entities"):
        real = getattr(facet_module, name)
        monkeypatch.setattr(facet_module, name, lambda *a, _real=real, _name=name: calls.update([_name]) or _real(*a))
    for _ in range(2):
        with open_archive(path) as archive:
            for text in QUERIES[:4]:
                archive.search.find(text, facets=True)
                archive.search.facet_counts(text)
    assert calls == {"_read_docs": 2, "_read_entities": 2}


@pytest.mark.parametrize("statements", [
    ["UPDATE mentions SET entity_id = rowid WHERE rowid % 3 = 0",
     "UPDATE OR IGNORE mentions SET item_id = x'00ff' WHERE rowid % 5 = 0",
     "INSERT INTO mentions VALUES ('reports/none', 'text', 0, 1, 'place-kashgar')"],
    ["UPDATE search_docs SET year = 'soon', doc_kind = x'00', source = 3.5 WHERE rowid % 2 = 0",
     "UPDATE search_docs SET lang = NULL, item_id = 12 WHERE rowid % 3 = 0"],
    ["UPDATE entities SET caption = x'ff00' WHERE rowid % 2 = 0", "UPDATE entities SET id = 5 WHERE rowid = 1"],
    ["UPDATE item_files SET folder = x'00ff', path = 5 WHERE rowid % 2 = 0",
     "UPDATE OR IGNORE item_files SET item_id = 7, path = 'a.<img src=x>' WHERE rowid % 3 = 0"],
])
def test_forged_rows_cannot_crash_the_index(path, tmp_path, statements):
    with open_archive(_forged_copy(path, tmp_path, statements)) as forged:
        for text in QUERIES:
            counted = forged.search.facet_counts(text, tagged=tagged)
            json.dumps(counted)
            assert all(isinstance(n, int) and n > 0 for values in counted.values() for _, _, n in values)


def test_over_budget_the_hits_come_without_the_facets(archive, monkeypatch):
    def too_slow(*args, **kwargs):
        raise LimitExceeded("A query took longer than 3 s and was stopped.")

    monkeypatch.setattr(facet_module.FacetIndex, "_matched", too_slow)
    result = archive.search.find("xinjiang", facets=True)
    assert result.hits and result.facets == {}
    assert set(result.facets_uncounted) == {"kind", "year", "language", "source", "folder", "filetype", "entity"}


def test_entity_facet_over_budget_keeps_the_cheap_facets(archive, monkeypatch):
    monkeypatch.setattr(facet_module, "MAX_PAIRS", 0)
    monkeypatch.setattr(archive, "query", _slow_for_mentions(archive.query))
    result = archive.search.find("xinjiang", facets=True)
    assert result.hits and result.facets_uncounted == ("entity",)
    assert result.facets["kind"] and "entity" not in result.facets


def test_cli_json_over_budget_exits_0_with_valid_json(path, monkeypatch, capsys):
    monkeypatch.setattr(facet_module, "MAX_PAIRS", 0)
    monkeypatch.setattr(facet_module.FacetIndex, "_entities_by_sql", lambda *args: _raise_limit())
    assert cli(["search", str(path), "xinjiang", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["hits"] and data["facets"]["kind"]
    assert data["facets_complete"] is False and data["facets_uncounted"] == ["entity"]
    assert cli(["search", str(path), "xinjiang", "--facets"]) == 0
    assert "entity: not counted" in capsys.readouterr().out


def test_cli_json_says_when_facets_are_complete(path, capsys):
    assert cli(["search", str(path), "xinjiang", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facets_complete"] is True and data["facets_uncounted"] == []


def _raise_limit():
    raise LimitExceeded("A query took longer than 3 s and was stopped.")


def _slow_for_mentions(query):
    """archive.query, except that the entity facet's SQL runs out of time."""
    def run(sql, params=(), **kwargs):
        if "FROM mentions" in sql and "count(DISTINCT" in sql:
            _raise_limit()
        return query(sql, params, **kwargs)
    return run


def _forged_copy(path, tmp_path, statements):
    copy = tmp_path / "forged.casefile"
    copy.write_bytes(path.read_bytes())
    conn = sqlite3.connect(copy)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


@pytest.mark.parametrize("statements", [
    [],
    ["UPDATE mentions SET entity_id = rowid WHERE rowid % 3 = 0",
     "UPDATE OR IGNORE mentions SET item_id = x'00ff' WHERE rowid % 5 = 0"],
])
def test_mentions_read_per_item_give_the_pairs_read_per_row(path, tmp_path, statements):
    # The per-item read (one joined string per item) is the fast path; the row-by-row read is the plain one.
    with open_archive(_forged_copy(path, tmp_path, statements)) as archive:
        docs = facet_module._read_docs(archive)
        numbers = {str(e): n for n, (e,) in enumerate(archive.query("SELECT id FROM entities"))}
        by_item = facet_module._pairs_by_item(archive, docs.item_numbers, numbers)
        by_row = facet_module._pairs_by_row(archive, docs.item_numbers, numbers)
        assert len(by_item[0]) == archive.query_one("SELECT count(*) FROM mentions")[0]
        assert Counter(zip(*by_item)) == Counter(zip(*by_row))


def test_an_entity_id_holding_the_separator_is_counted_exactly(path, tmp_path):
    # Only a forged archive has such an id; splitting on it would count the wrong entities.
    joined = f"place{facet_module.SEPARATOR}kashgar"
    copy = _forged_copy(path, tmp_path, [
        f"UPDATE entities SET id = '{joined}' WHERE id = 'place-kashgar'",
        f"UPDATE mentions SET entity_id = '{joined}' WHERE entity_id = 'place-kashgar'"])
    with open_archive(copy) as forged:
        counted = forged.search.facet_counts("xinjiang")
        assert comparable(counted) == old_facets(forged, "xinjiang")
        assert joined in [value for value, _, _ in counted["entity"]]


def test_the_year_facet_counts_items_not_entities_dates(archive):
    # Entities carry birth and founding dates in their documents' year: those are no item's year.
    assert archive.query_one("SELECT count(*) FROM search_docs WHERE doc_kind = 'entity' AND year IS NOT NULL")[0]
    counted = archive.search.facet_counts("kind:entity")
    assert counted["kind"] and counted["year"] == []
    reports = archive.search.facet_counts("kind:report")
    assert sum(n for _, _, n in reports["year"]) == archive.query_one(
        "SELECT count(*) FROM search_docs WHERE doc_kind = 'report' AND year IS NOT NULL")[0]


def test_folder_and_file_type_facets(archive):
    counted = archive.search.facet_counts("kind:report")
    assert {value for value, _, _ in counted["folder"]} == {"reports"}
    assert {value for value, _, _ in counted["filetype"]} >= {"md", "html", "txt", "pdf"}
    assert sum(n for _, _, n in counted["filetype"]) == archive.search.find("kind:report").total


@pytest.mark.parametrize("path, suffix", [("a/b/report.PDF", "pdf"), ("a/b.c/noext", None), (".hidden", None),
                                          ("x.tar.gz", "gz"), ("odd.<b>", None), ("long.abcdefghijkl", None),
                                          (42, None), ("名单.xlsx", "xlsx")])
def test_file_type_is_a_plain_suffix(path, suffix):
    assert facet_module._suffix(path) == suffix


@pytest.mark.parametrize("text", ["xinjiang date:[2019 TO 2022]", "chen kind:report", "sanctions lang:en",
                                  "date:[2020 TO 2021]", "zhu hailun -kind:entity"])
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_a_filtered_search_counts_its_facets_from_the_matches_it_read(sample, text, sort):
    """With a filter (or in date order) the page and every match's id come from one pass: the same
    hits, total and facets as the search and the facet count asked for apart."""
    searcher = sample.search
    together = searcher.find(text, limit=7, offset=2, sort=sort, facets=True)
    alone = searcher.find(text, limit=7, offset=2, sort=sort)
    assert [(hit.id, hit.score) for hit in together.hits] == [(hit.id, hit.score) for hit in alone.hits]
    assert together.total == alone.total > 0
    assert dict(together.facets) == dict(searcher.facet_counts(text))
