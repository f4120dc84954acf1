"""Run a search: `archive.search.find("chen quanguo date:[2016 TO 2021]")`.

The query is compiled (archive/search/query.py) to an FTS5 MATCH plus SQL filters, run under the
archive's deadline, ranked with BM25 (title matches weigh most, then names, then body), grouped so a
PDF with several matching pages is one hit (at its best page), and decorated with snippets cut from
the original text, so Chinese and Uyghur are shown as written, not as index terms.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import ftm, schema
from ..errors import QueryError
from ..text import fold_with_offsets, is_han
from .query import CompiledQuery, compile_query
from .vocab import Vocabulary

if TYPE_CHECKING:
    from ..reader import Archive
    from .facets import Facets

SEARCH_SECONDS = 3.0
SNIPPET_CHARS = 220
SNIPPET_MATCHES = 64  # a snippet is cut around the densest of a hit's first matches, not of every one
MAX_LIMIT = 500
SUGGEST_BELOW = 5  # offer "did you mean" when a query finds fewer hits than this
# BM25 weights of the FTS columns (title, body, names).
WEIGHTS = (8.0, 1.0, 4.0)
SORTS = ("relevance", "date")
# ORDER BY of each sort over joined matches (better BM25 scores are lower; undated last by date).
JOINED_ORDERS = {"relevance": "score, date DESC", "date": "date IS NULL, date DESC, score"}
TagResolver = Callable[[str], Iterable[str]]
COMPILED_CACHE_SIZE = 64
MATCHES_LIMIT = 20_000  # documents read for the items or dated records a search matches (timeline, lists)
MAX_ROW_JSON = 1_000_000  # a row hit's cells longer than this (only a forged archive has them) get no snippet
# Relation records: an FtM edge (an entity linking two others: Occupancy, Membership, Employment...)
# or a Sanction (an authority's measure against one). A name query finds them all, each with the
# name in its short title, so BM25 put them above the reports, notices and charts naming the person,
# which are the evidence a reader is looking for. Their score is weighed down by this factor, unless
# the query asks for entities (kind:entity); benchmarks/bench_relevance.py measured the factor.
RELATION_SCHEMATA = tuple(sorted({*ftm.EDGES, "Sanction"}))
RELATION_WEIGHT = 0.5
# The builder writes an archive's relation records' search documents together, so their ids are a
# few ranges, tested per match at the cost of two comparisons (~3% of a search at leak scale). More
# ranges than this (a forged or odd archive): their ids as a JSON array instead.
MAX_RELATION_RANGES = 32
# An entity hit's snippet is cut from its caption and these properties.
DESCRIBED_PROPERTIES = ("summary", "description", "notes", "position", "program", "reason")


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) spans in `snippet`
    score: float
    date: str | None = None
    page: int | None = None  # the PDF page of the first highlighted match
    language: str | None = None
    row: RowLocator | None = None  # a hit of kind "row": where in its table (the item `id`) the row is


@dataclass(frozen=True)
class RowLocator:
    """A table row a hit found: archive.tables' (sheet_no, row_no), the sheet's name, and the row's
    number as a spreadsheet program shows it (the header and the rows above it counted)."""

    sheet_no: int
    row_no: int
    sheet: str
    shown_row: int


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)  # name -> (value, label, count)
    suggestions: list[str] = field(default_factory=list)
    query_id: int | None = None
    elapsed_ms: float = 0.0
    facets_uncounted: tuple[str, ...] = ()  # facets asked for but not counted within the budget
    dropped: tuple[str, ...] = ()  # words of the query no document has, searched without


class Searcher:
    """`archive.search`: compiles, runs and decorates queries on one archive connection."""

    def __init__(self, archive: Archive):
        self._archive = archive
        self._vocabulary: Vocabulary | None = None
        self._named: dict[tuple[tuple[str, ...], ...], frozenset[str]] = {}  # highlight groups -> entity ids
        self._compiled: dict[str, CompiledQuery] = {}
        self._facet_index = None  # archive.search.facets.FacetIndex, built on the first facet request
        self._relations: list[tuple[int, int]] | None = None  # relation records' document ids, as ranges

    def vocabulary(self) -> Vocabulary:
        """The archive's index vocabulary, loaded on first use (fuzzy terms, "did you mean")."""
        if self._vocabulary is None:
            rows = self._archive.query("SELECT term, docs FROM search_terms", seconds=30)
            # A forged archive may put anything in these cells: keep only well-typed rows.
            self._vocabulary = Vocabulary((t, n) for t, n in rows if isinstance(t, str) and isinstance(n, int))
        return self._vocabulary

    def cancel(self) -> None:
        """Stop the search running now on this archive (any thread); it raises QueryCancelled."""
        self._archive.cancel()

    def compile(self, text: str) -> CompiledQuery:
        """The query compiled against this archive's vocabulary; kept, since a viewer asks for its page
        of hits, the next pages and the facet counts of one query in turn."""
        compiled = self._compiled.get(text)
        if compiled is None:
            compiled = compile_query(text, expand_fuzzy=lambda term, distance: self.vocabulary().expand(term, distance),
                                     forms=lambda term: self.vocabulary().forms(term),
                                     known=lambda term: self.vocabulary().doc_count(term) > 0,
                                     item_files=self._archive.has_table("item_files"))
            if len(self._compiled) >= COMPILED_CACHE_SIZE:
                self._compiled.clear()
            self._compiled[text] = compiled
        return compiled

    def find(self, text: str, *, limit: int = 20, offset: int = 0, sort: str = "relevance",
             facets: bool = False, query_id: int | None = None, seconds: float = SEARCH_SECONDS,
             tagged: TagResolver | None = None) -> SearchResult:
        """Search; raises QueryError (bad query), LimitExceeded (deadline) or QueryCancelled.

        `tagged(tag)` gives the ids of the items and entities the reader tagged `tag` in this archive
        (from the reader's own store, which the archive never sees); a `tag:` query needs it.
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise QueryError(f"Unknown sort {sort!r}; use one of: {', '.join(SORTS)}.")
        compiled = with_tags(self.compile(text), tagged)
        limit, offset = max(0, min(limit, MAX_LIMIT)), max(0, offset)
        matched = None  # every matching document's id, when one pass gave them with the page
        if facets and not self._ranks_alone(compiled, sort) and limit > 0:
            rows, matched = self._page_and_matches(compiled, limit, offset, sort, seconds)
            rows = [(*row, len(matched)) for row in rows]  # the count, as the page query gives it
        else:
            rows = self._page(compiled, limit, offset, sort, seconds)
        if self._ranks_alone(compiled, sort):
            total = self._archive.query_one(*self._total_sql(compiled), seconds=seconds)[0]
        elif rows:  # the hits query counted them too: the last column of every row
            total, rows = rows[0][-1], [row[:-1] for row in rows]
        else:  # no row to carry the count: nothing matched, or the page is past the end (or empty)
            total = 0 if offset == 0 and limit > 0 else \
                self._archive.query_one(*self._total_sql(compiled), seconds=seconds)[0]
        hits = self._decorate(rows, compiled)
        result_facets = self._facets(compiled, seconds, matched) if facets else {}
        suggestions = self._suggestions(text, compiled) if total < SUGGEST_BELOW or compiled.dropped else []
        return SearchResult(text, total, hits, result_facets, suggestions, query_id,
                            (time.perf_counter() - started) * 1000, getattr(result_facets, "uncounted", ()),
                            compiled.dropped)

    def dated_matches(self, text: str, *, limit: int = MATCHES_LIMIT, seconds: float = SEARCH_SECONDS,
                      tagged: TagResolver | None = None) -> tuple[list[str], list[str]]:
        """(item ids, entity ids) of the dated documents `text` matches, at most `limit` of them, in no
        particular order: what a timeline of a search shows (a table's rows give their table once)."""
        return self._matching(text, "AND d.date IS NOT NULL", limit, seconds, tagged)

    def matching_items(self, text: str, *, limit: int = MATCHES_LIMIT, seconds: float = SEARCH_SECONDS,
                       tagged: TagResolver | None = None) -> list[str]:
        """The ids of the items `text` matches (a table once for all its rows), at most `limit`
        documents read, in no particular order: what a list narrowed to a search shows."""
        return self._matching(text, "AND d.doc_kind != 'entity'", limit, seconds, tagged)[0]

    def matching_entities(self, text: str, *, limit: int = MATCHES_LIMIT, seconds: float = SEARCH_SECONDS,
                          tagged: TagResolver | None = None) -> list[str]:
        """The ids of the entity records `text` matches, at most `limit` documents read, in no
        particular order: what the entity list narrowed to a search shows. Only the entities' own
        search documents count, as search hits of kind "entity" do: not the entities named in the
        items the search matches."""
        return self._matching(text, "AND d.doc_kind = 'entity'", limit, seconds, tagged)[1]

    def _matching(self, text: str, condition: str, limit: int, seconds: float,
                  tagged: TagResolver | None) -> tuple[list[str], list[str]]:
        source, params = self._from(with_tags(self.compile(text), tagged))
        rows = self._archive.query(f"SELECT d.doc_kind, coalesce(d.item_id, d.entity_id) {source} {condition} "
                                   "LIMIT ?", (*params, max(limit, 0)), seconds=seconds)
        items = {str(key): None for kind, key in rows if kind != "entity" and key is not None}
        entities = {str(key): None for kind, key in rows if kind == "entity" and key is not None}
        return list(items), list(entities)

    def facet_counts(self, text: str, *, seconds: float = SEARCH_SECONDS,
                     tagged: TagResolver | None = None) -> Facets:
        """The facets of `find(text, facets=True)` alone: a viewer shows hits first and counts after.
        `seconds` is the facets' budget: what it cannot count is named in the answer's `uncounted`."""
        return self._facets(with_tags(self.compile(text), tagged), seconds)

    def names_in(self, text: str, item_id: str) -> tuple[tuple[str, ...], ...]:
        """Highlight groups (as `find_terms` takes them) for `name_surfaces`: what a find inside a
        document adds, so that "chen quanguo" also marks 陈全国 and چېن چۈەنگو."""
        found: dict[tuple[str, ...], None] = {}
        for surface in self.name_surfaces(text, item_id):
            found.update(dict.fromkeys(_phrase_groups(surface)))
        return tuple(found)

    def name_surfaces(self, text: str, item_id: str) -> list[str]:
        """The names, as item `item_id` writes them (line breaks as spaces), of the entities the query
        `text` spells out, where the build recorded them as those entities' mentions: 陈全国 and
        چېن چۈەنگو beside "Chen Quanguo" for "chen quanguo", Bingtuan beside XPCC for "xpcc". An
        entity counts when one of its mentions here is all words of the query ("xinjiang" alone does
        not bring in every body with Xinjiang in its name). [] when none does."""
        try:
            groups = self.compile(text).highlight
        except QueryError:
            return []
        named = self._named_by(_as_phrase(groups))
        if not named:
            return []
        typed = {term.rstrip("*") for group in groups for term in group}
        item_text = self._archive.items.text(item_id)
        written: dict[str, set[str]] = {}  # entity id -> how this item writes its names
        for start, end, entity_id in self._mention_spans(item_id, "text"):
            if entity_id in named and 0 <= start < end <= len(item_text):
                written.setdefault(entity_id, set()).add(" ".join(item_text[start:end].split()))
        surfaces: dict[str, None] = {}
        for entity_id, names in sorted(written.items()):
            if any(group and {term for g in group for term in g} <= typed
                   for group in map(_phrase_groups, names)):
                surfaces.update(dict.fromkeys(sorted(names)))
        return [surface for surface in surfaces if surface]

    def _page(self, compiled: CompiledQuery, limit: int, offset: int, sort: str, seconds: float) -> list[tuple]:
        """The rows of one page of hits (_hits_sql's columns), relation records weighed down unless the
        query asks for entities: in the one pass that ranks every match, so the page is exact and a
        hit's score is the one it is ranked by (a viewer merges several archives' hits by it)."""
        weigh = self._weighs_relations(compiled, sort) and limit > 0
        return self._archive.query(*self._hits_sql(compiled, limit, offset, sort, weigh=weigh), seconds=seconds)

    def _page_and_matches(self, compiled: CompiledQuery, limit: int, offset: int, sort: str,
                          seconds: float) -> tuple[list[tuple], list[int]]:
        """A page of hits (_page's rows) and the id of every matching document, from one pass: a search
        with a filter or in date order joins every match to its document, and its facets need the
        same matches; asked separately, the join ran twice (a date range at 1x: 13 ms of 29)."""
        source, params = self._from(compiled)
        score, weight = self._score_sql(compiled, self._weighs_relations(compiled, sort), "d.id")
        rows = self._archive.query(
            f"WITH m AS MATERIALIZED (SELECT d.doc_kind AS kind, coalesce(d.item_id, d.entity_id) AS key, "
            f"{score} AS score, d.date AS date, d.lang AS lang, d.id AS id {source}) "
            f"SELECT * FROM (SELECT 0, * FROM m ORDER BY {JOINED_ORDERS[sort]} LIMIT ? OFFSET ?) "
            f"UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, id FROM m",
            (*weight, *params, limit, offset), seconds=seconds)
        return [row[1:] for row in rows if row[0] == 0], [row[6] for row in rows if row[0] == 1]

    @staticmethod
    def _weighs_relations(compiled: CompiledQuery, sort: str) -> bool:
        return sort == "relevance" and compiled.match is not None and "entity" not in compiled.kinds

    def _relation_docs(self, seconds: float = SEARCH_SECONDS) -> list[tuple[int, int]]:
        """The search document ids of the relation records (RELATION_SCHEMATA), as ranges (first, last);
        read once per open archive (3,200 at leak scale in 15 ms, 16,000 at 1x in 50 ms)."""
        if self._relations is None:
            marks = ", ".join("?" * len(RELATION_SCHEMATA))
            ids = sorted({row[0] for row in self._archive.query(
                f"SELECT d.id FROM {schema.FTS_CONTENT} d WHERE d.doc_kind = 'entity' AND d.entity_id IN "
                f"(SELECT id FROM entities WHERE schema IN ({marks}))", RELATION_SCHEMATA, seconds=max(seconds, 30))
                if isinstance(row[0], int)})
            ranges: list[tuple[int, int]] = []
            for doc_id in ids:
                if ranges and doc_id == ranges[-1][1] + 1:
                    ranges[-1] = (ranges[-1][0], doc_id)
                else:
                    ranges.append((doc_id, doc_id))
            self._relations = ranges
        return self._relations

    def _relation_weight(self, own_id: str) -> tuple[str, tuple]:
        """SQL (and its parameters) for the factor a document's BM25 score is multiplied by."""
        ranges = self._relation_docs()
        if not ranges:
            return "1.0", ()
        if len(ranges) <= MAX_RELATION_RANGES:
            test = " OR ".join(f"{own_id} BETWEEN ? AND ?" for _ in ranges)
            params = tuple(bound for pair in ranges for bound in pair)
        else:
            test = f"{own_id} IN (SELECT value FROM json_each(?))"
            params = (json.dumps([doc_id for first, last in ranges for doc_id in range(first, last + 1)]),)
        return f"CASE WHEN {test} THEN {RELATION_WEIGHT} ELSE 1.0 END", params

    # -- SQL -------------------------------------------------------------------------------------------
    @staticmethod
    def _from(compiled: CompiledQuery) -> tuple[str, tuple]:
        """FROM/WHERE shared by every query of one search, and its parameters."""
        if compiled.match is None:
            return f"FROM {schema.FTS_CONTENT} d WHERE ({compiled.where})", compiled.params
        return (f"FROM {schema.FTS_TABLE} f JOIN {schema.FTS_CONTENT} d ON d.id = f.rowid "
                f"WHERE {schema.FTS_TABLE} MATCH ? AND ({compiled.where})", (compiled.match, *compiled.params))

    @staticmethod
    def _ranks_alone(compiled: CompiledQuery, sort: str) -> bool:
        """Whether FTS5 can rank the hits without the documents table (plain text, by relevance)."""
        return bool(compiled.match) and compiled.where == "1" and sort == "relevance"

    def _hits_sql(self, compiled: CompiledQuery, limit: int, offset: int, sort: str,
                  weigh: bool = False) -> tuple[str, tuple]:
        """The page's rows: kind, item or entity id, score, date, language, document id (and, unless
        FTS5 ranks alone, the count of every match). `weigh`: relation records' scores weighed down
        in SQL, over every match (see _page)."""
        columns = "d.doc_kind, coalesce(d.item_id, d.entity_id), {score}, d.date, d.lang, d.id"
        # FTS5's own rowid is the document's id: no join needed to know a relation record.
        score, relations = self._score_sql(compiled, weigh, "rowid" if self._ranks_alone(compiled, sort) else "d.id")
        if self._ranks_alone(compiled, sort):
            # The common case: FTS5 ranks on its own and only the page of hits is joined (the join
            # over every match costs more than the ranking for common words).
            return (f"SELECT {columns.format(score='r.score')} FROM (SELECT rowid, {score} AS score "
                    f"FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH ? ORDER BY score LIMIT ? OFFSET ?) r "
                    f"JOIN {schema.FTS_CONTENT} d ON d.id = r.rowid ORDER BY r.score",
                    (*relations, compiled.match, limit, offset))
        # Every match is joined to its document (for the filter or the date order) and must be sorted
        # anyway: counting them in the same pass (a window over all rows, taken before LIMIT) halves the
        # work of a frequent word with a date range at leak scale, against a second count(*) statement.
        # (bm25 cannot be called where a window is evaluated: it needs FTS5's cursor, hence the inner query.)
        source, params = self._from(compiled)
        return (f"SELECT *, count(*) OVER () FROM (SELECT {columns.format(score=score + ' AS score')} {source}) "
                f"ORDER BY {JOINED_ORDERS[sort]} LIMIT ? OFFSET ?", (*relations, *params, limit, offset))

    def _score_sql(self, compiled: CompiledQuery, weigh: bool, own_id: str) -> tuple[str, tuple]:
        """The SQL of a match's score and its parameters: BM25 with the column weights (0 for a query
        of filters alone), relation records weighed down with `weigh`, known by `own_id`."""
        if not compiled.match:
            return "0.0", ()
        bm25 = f"bm25({schema.FTS_TABLE}, {', '.join(map(str, WEIGHTS))})"
        if not weigh:
            return bm25, ()
        factor, params = self._relation_weight(own_id)
        return f"{bm25} * {factor}", params

    def _total_sql(self, compiled: CompiledQuery) -> tuple[str, tuple]:
        if compiled.match and compiled.where == "1":
            return f"SELECT count(*) FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH ?", (compiled.match,)
        source, params = self._from(compiled)
        return f"SELECT count(*) {source}", params

    # -- decoration ------------------------------------------------------------------------------------
    def _decorate(self, rows: list[tuple], compiled: CompiledQuery) -> list[Hit]:
        """Titles, snippets and PDF pages for a page of hits, with one query per table, not per hit."""
        item_ids = [str(row[1]) for row in rows if row[0] != "entity"]
        marks = ", ".join("?" * len(item_ids))
        items, pages = {}, {}
        if item_ids:
            items = {row[0]: row[1:] for row in self._archive.query(
                f"SELECT id, title, text, caption, place FROM items WHERE id IN ({marks})", tuple(item_ids))}
            for item_id, number, start in self._archive.query(
                    f"SELECT item_id, page_no, start FROM pages WHERE item_id IN ({marks}) ORDER BY item_id, page_no",
                    tuple(item_ids)):
                if isinstance(start, int) and isinstance(number, int):  # archive-controlled cells
                    pages.setdefault(item_id, []).append((start, number))
        entities = self._entity_texts([str(row[1]) for row in rows if row[0] == "entity"])
        table_rows = self._table_rows([row[5] for row in rows if row[0] == "row"])
        return [self._hit(row, compiled, items, pages, table_rows, entities) for row in rows]

    def _entity_texts(self, entity_ids: list[str]) -> dict[str, tuple[str, str]]:
        """(caption, caption and descriptive properties) of each entity hit: one query, not one per hit."""
        if not entity_ids:
            return {}
        found = {}
        for entity_id, caption, properties in self._archive.query(
                f"SELECT id, caption, properties FROM entities WHERE id IN ({', '.join('?' * len(entity_ids))})",
                tuple(entity_ids)):
            caption = str(caption)
            found[str(entity_id)] = (caption, "\n".join([caption, *_described(properties)]))
        return found

    def _table_rows(self, doc_ids: list) -> dict[int, tuple[RowLocator, str]]:
        """The locator and cell text of each row hit, by search document id."""
        if not doc_ids or not self._archive.has_table("table_rows"):
            return {}
        found = {}
        for doc_id, sheet_no, row_no, cells, name, header_row in self._archive.query(
                "SELECT r.doc_id, r.sheet_no, r.row_no, r.cells, s.name, s.header_row FROM table_rows r "
                "LEFT JOIN sheets s ON s.item_id = r.item_id AND s.sheet_no = r.sheet_no "
                f"WHERE r.doc_id IN ({', '.join('?' * len(doc_ids))})", tuple(doc_ids)):
            if isinstance(sheet_no, int) and isinstance(row_no, int):  # archive-controlled cells
                shown = row_no + (header_row if isinstance(header_row, int) else 0)
                locator = RowLocator(sheet_no, row_no, name if isinstance(name, str) else "", shown)
                found[doc_id] = (locator, _row_text(cells))
        return found

    def _hit(self, row: tuple, compiled: CompiledQuery, items: dict, pages: dict, table_rows: dict,
             entities: dict) -> Hit:
        kind, key, score, date, lang, doc_id = row
        kind, key = str(kind), str(key)
        locator = None
        if kind == "entity":
            title, text = entities.get(key, (key, ""))
        elif kind == "row":
            title = items.get(key, (key,))[0]
            title = title if isinstance(title, str) else key
            locator, text = table_rows.get(doc_id, (None, ""))
        else:
            title, text, caption, place = (v if isinstance(v, str) else "" for v in items.get(key, (key, "", "", "")))
            if kind == "image":
                text = "\n".join(filter(None, [caption, place]))
        spans = find_terms(text, compiled.highlight, most=SNIPPET_MATCHES)
        if not spans and kind not in ("entity", "row"):
            # Matched through the names column (another script): show where a matching entity is named.
            named = self._entities_named(compiled)
            spans = [(start, end) for start, end, entity_id in
                     self._mention_spans(key, "caption" if kind == "image" else "text") if entity_id in named]
        page = _page_of(pages.get(key), spans[0][0] if spans else 0)
        snippet, shown = snippet_around(text, spans)
        return Hit(key, kind, title, snippet, shown, float(score or 0.0), _text_or_none(date), page,
                   _text_or_none(lang), locator)

    def _entities_named(self, compiled: CompiledQuery) -> frozenset[str]:
        """The entities with every word of one of the query's term groups among their names, in any
        script: one FTS5 query on the names column of the entities' own search documents, where the
        build stored the index terms of their names and transliterations. Once per search: asking
        per mentioned entity cost one SQL statement each, ~13,000 for bench_search's 280 queries at
        leak scale, where one list names 300 people."""
        return self._named_by(compiled.highlight)

    def _named_by(self, key: tuple[tuple[str, ...], ...]) -> frozenset[str]:
        """The entities with every word of one of the groups `key` among their names (see above)."""
        if key not in self._named:
            expression = _names_expression(key)
            found = frozenset(str(row[0]) for row in self._archive.query(
                f"SELECT d.entity_id FROM {schema.FTS_TABLE} f JOIN {schema.FTS_CONTENT} d ON d.id = f.rowid "
                f"WHERE {schema.FTS_TABLE} MATCH ? AND d.doc_kind = 'entity'", (expression,))) if expression \
                else frozenset()
            if len(self._named) >= COMPILED_CACHE_SIZE:
                self._named.clear()
            self._named[key] = found
        return self._named[key]

    def _mention_spans(self, item_id: str, field_name: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.entity_id) for m in self._archive.items.mentions(item_id) if m.field == field_name]

    def _facets(self, compiled: CompiledQuery, seconds: float, matched: list[int] | None = None) -> Facets:
        """Counts from the archive's facet index (archive/search/facets.py); never raises LimitExceeded.
        `matched`: the ids of the matching documents, when the search has them already."""
        if self._facet_index is None:
            from .facets import FacetIndex  # numpy: paid by the first facet request, not by opening

            self._facet_index = FacetIndex(self._archive)
        if matched is not None:
            return self._facet_index.count(None, self._from(compiled), seconds, ids=matched)
        if compiled.match and compiled.where == "1":
            # FTS5's own rowid stream: no join to search_docs (the index drops ids it does not have).
            ids_sql = f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH ?", (compiled.match,)
        else:
            source, params = self._from(compiled)
            ids_sql = f"SELECT d.id {source}", params
        return self._facet_index.count(ids_sql, self._from(compiled), seconds)

    def _suggestions(self, text: str, compiled: CompiledQuery) -> list[str]:
        vocabulary = self.vocabulary()
        suggestion = text
        for term in compiled.terms:
            better = vocabulary.suggest(term, limit=1)
            if better:
                suggestion = re.sub(re.escape(term), better[0], suggestion, flags=re.IGNORECASE)
        return [suggestion] if suggestion != text else []


def with_tags(compiled: CompiledQuery, tagged: TagResolver | None) -> CompiledQuery:
    """Turn the query's tag: filters into SQL over the ids the reader's store gave for each tag.

    The ids travel as one JSON array parameter (json_each), so any number of them is one bound value
    and nothing from the store reaches the SQL text.
    """
    if not compiled.needs_tag_filter:
        return compiled
    if tagged is None:
        raise QueryError("tag: searches your own annotations, which only the viewer and "
                         "'casefile annotations' can see; remove tag: here.")
    where, params = [compiled.where], list(compiled.params)
    for tag in compiled.needs_tag_filter:
        where.append("coalesce(d.item_id, d.entity_id) IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(set(tagged(tag)))))
    return replace(compiled, where=" AND ".join(f"({w})" for w in where), params=tuple(params),
                   needs_tag_filter=())


def _phrase_groups(surface: str) -> tuple[tuple[str, ...], ...]:
    """A name as written, as one highlight group of its index terms in order (a Chinese name as its
    bigrams); () for a mention of punctuation only (a forged archive)."""
    try:
        return _as_phrase(compile_query('"' + surface.replace('"', " ") + '"').highlight)
    except QueryError:
        return ()


def _as_phrase(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A quoted phrase's highlight (one group per word) as one group of all its words, which
    `find_terms` finds only together and in order; groups of several terms are left as they are."""
    if len(groups) > 1 and all(len(group) == 1 for group in groups):
        return (tuple(group[0] for group in groups),)
    return groups


def _names_expression(groups: tuple[tuple[str, ...], ...]) -> str | None:
    """FTS5: some group's terms all in the names column (a term ending in * as a prefix, the
    highlighter's convention); None when there are no terms."""
    def term(text: str) -> str:
        prefix = text.endswith("*")
        quoted = '"' + text.rstrip("*").replace('"', '""') + '"'
        return f"names : {quoted}" + (" *" if prefix else "")

    alternatives = ["(" + " AND ".join(map(term, group)) + ")" for group in groups if group and all(
        t.rstrip("*") for t in group)]
    return " OR ".join(alternatives) or None


def _row_text(cells) -> str:
    """A row's cells as one line of text for its snippet (a forged row: empty)."""
    try:
        parsed = json.loads(cells) if isinstance(cells, str) and len(cells) < MAX_ROW_JSON else []
    except ValueError:
        return ""
    return " · ".join(c for c in parsed if isinstance(c, str) and c) if isinstance(parsed, list) else ""


def _described(properties) -> list[str]:
    """The descriptive property values of an entity's properties JSON, for its snippet (forged: none)."""
    try:
        parsed = json.loads(properties) if isinstance(properties, str) else {}
    except ValueError:
        return []
    if not isinstance(parsed, dict):
        return []
    return [v for p in DESCRIBED_PROPERTIES for values in [parsed.get(p)] if isinstance(values, list)
            for v in values if isinstance(v, str)]


def _text_or_none(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _page_of(starts: list[tuple[int, int]] | None, offset: int) -> int | None:
    """The number of the PDF page holding character `offset` of the item's text, if it has pages."""
    if not starts:
        return None
    return max((number for start, number in starts if start <= offset), default=starts[0][1])


def find_terms(text: str, groups: tuple[tuple[str, ...], ...], *, most: int | None = None
               ) -> list[tuple[int, int]]:
    """Spans in the original `text` where any highlight group occurs.

    Tried first on the text as it is, ignoring case (cheap, and right for most text); only if nothing
    is found there is the whole text folded (accents, Arabic presentation forms...) and searched again.
    All groups go into one alternation, so a fuzzy query's fifty expansions cost one pass, not fifty.
    `most` stops after that many matches: a snippet needs the first few, a reader stepping through a
    document needs them all."""
    if _pattern(groups) is None or not text:
        return []
    lowered = text.lower()
    if len(lowered) == len(text):
        # Every character kept its offset, so the lowercased words can be matched exactly: several
        # times faster than IGNORECASE, which compares every position case-insensitively.
        spans = _spans(_pattern(groups, lower=True), lowered, most)
    else:
        spans = _spans(_pattern(groups, flags=re.IGNORECASE), text, most)
    if not spans:
        folded, origin = fold_with_offsets(text)
        spans = [(origin[start], origin[end - 1] + 1) for start, end in _spans(_pattern(groups), folded, most)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        # Overlapping matches, and words of one name next to each other, read as one highlight.
        if merged and (start <= merged[-1][1] or text[merged[-1][1]:start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _spans(pattern: re.Pattern, text: str, most: int | None) -> list[tuple[int, int]]:
    """The first `most` (all when None) non-empty matches of `pattern` in `text`."""
    return list(itertools.islice((m.span() for m in pattern.finditer(text) if m.end() > m.start()), most))


@functools.lru_cache(maxsize=512)
def _pattern(groups: tuple[tuple[str, ...], ...], *, lower: bool = False, flags: int = 0) -> re.Pattern | None:
    """One regex matching any highlight group (longest alternatives first, so phrases win); `lower`
    lowercases its words, for matching lowercased text."""
    alternatives = []
    for group in groups:
        if not group:
            continue
        group = tuple(term.lower() for term in group) if lower else group
        if all(len(term) == 2 and all(map(is_han, term)) for term in group):
            alternatives.append(re.escape(group[0] + "".join(term[1] for term in group[1:])))  # bigrams -> run
            continue
        words = [re.escape(term.rstrip("*")) for term in group]
        # Latin words must match whole words; Arabic-script words may carry a case ending (stemmed index).
        tail = "" if group[-1].endswith("*") or _is_arabic(group[-1]) else r"(?![^\W_])"
        # The "no word character before" test follows the first word instead of leading the pattern,
        # so the regex engine can skip ahead to that word's first letter rather than try every position.
        first = words[0] + rf"(?<![^\W_]{words[0]})"
        alternatives.append(r"\W+".join([first, *words[1:]]) + tail)
    if not alternatives:
        return None
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True)), flags)


def _is_arabic(term: str) -> bool:
    return bool(term) and "\u0600" <= term[0] <= "\u06ff"


def snippet_around(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS
                   ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The `width`-character window holding the most spans (or the start), on word boundaries."""
    if not spans:
        window = text[:width]
        return _clean(window) + ("…" if len(text) > width else ""), ()
    best = _densest(spans, width)
    start = max(0, best - width // 4)
    while start > 0 and start > best - width // 2 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    prefix = "…" if start > 0 else ""
    inside = [(s - start + len(prefix), e - start + len(prefix)) for s, e in spans if start <= s and e <= end]
    snippet = prefix + _clean(text[start:end]) + ("…" if end < len(text) else "")
    return snippet, tuple(inside)


def _densest(spans: list[tuple[int, int]], width: int) -> int:
    """Start of the span that begins the `width`-character window holding the most spans.

    A sliding window over the sorted spans: linear, because a long PDF can hold thousands of
    matches of a common word."""
    best_start, best_count, last = spans[0][0], 0, 0
    for first, (start, _) in enumerate(spans):
        last = max(last, first)
        while last + 1 < len(spans) and spans[last + 1][1] <= start + width:
            last += 1
        if last - first + 1 > best_count:
            best_start, best_count = start, last - first + 1
    return best_start


def _clean(text: str) -> str:
    """Line breaks and form feeds become spaces (lengths unchanged, so spans stay valid)."""
    return text.translate({0x0A: 0x20, 0x0D: 0x20, 0x0C: 0x20, 0x09: 0x20})
