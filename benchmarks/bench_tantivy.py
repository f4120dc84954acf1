"""Casefile's search and facets against Tantivy on the same documents and queries, in one process.

    python benchmarks/bench_tantivy.py ARCHIVE [--per-type 10] [--limit 20] [--seed 1] [--rounds 2]
                                       [--index DIR]

The peer is Tantivy (`pip install tantivy`, a benchmark-only dependency). Its index is built from the
archive's own search_docs (title, body and names: the index terms Casefile's FTS5 table holds, split
on spaces, so both engines see exactly the same terms), with kind, year, lang and source as fast
fields and the ids of the entities each document mentions (from `mentions`) as a multi-valued fast
field. The index is kept in --index (default: ARCHIVE.tantivy) and rebuilt when missing.

Queries are bench_search's (the same seed gives the same queries), translated to Tantivy's query
language term for term. Each query is timed, interleaved, four ways:
    casefile          archive.search.find(q, limit): ranked hits with titles and snippets
    casefile+facets   archive.search.find(q, limit, facets=True): the same plus the five facets
    tantivy           top `limit` hits, the count, each hit's stored title and a snippet of its body
    tantivy+facets    the tantivy search plus terms aggregations over kind, year, lang, source, entity
A Casefile query that exceeds its deadline counts as a failure and is listed, not timed.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import time
from pathlib import Path

import tantivy

from archive import CasefileError, open_archive
from archive.search.analysis import index_text
from bench_search import build_queries, percentile

FIELDS = ["title", "body", "names"]
FACET_FIELDS = {"kind": "kind", "year": "year", "language": "lang", "source": "source", "entity": "entities"}
FACET_SIZE = 15
WRITER_HEAP = 200_000_000
MODES = ("casefile", "casefile+facets", "tantivy", "tantivy+facets")


# ------------------------------------------------------------------------ the peer's index

def make_schema() -> tantivy.Schema:
    """Text fields split on whitespace (the terms are already analysed); facet fields raw and fast."""
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("id", stored=True, indexed=True)
    for name in FIELDS:
        builder.add_text_field(name, stored=name != "names", tokenizer_name="ws")
    for name in ("kind", "lang", "source", "entities"):
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", indexed=True, fast=True)
    return builder.build()


def open_index(directory: Path, create: bool) -> tantivy.Index:
    """The index in `directory`, with the whitespace analyser registered (it is not persisted)."""
    index = tantivy.Index(make_schema(), path=str(directory), reuse=not create)
    index.register_tokenizer("ws", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    return index


def entity_lists(archive) -> dict[str, list[str]]:
    """item id -> the distinct entity ids mentioned in it."""
    lists: dict[str, list[str]] = {}
    for item_id, entity_id in archive.query("SELECT DISTINCT item_id, entity_id FROM mentions"):
        lists.setdefault(item_id, []).append(entity_id)
    return lists


def build_index(archive, directory: Path) -> tantivy.Index:
    """Index every search document of the archive into a fresh Tantivy index in `directory`."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    index, mentioned = open_index(directory, create=True), entity_lists(archive)
    writer = index.writer(WRITER_HEAP, 1)
    rows = archive.query("SELECT id, doc_kind, item_id, lang, year, source, title, body, names "
                         "FROM search_docs", seconds=3600)
    for doc_id, kind, item_id, lang, year, source, title, body, names in rows:
        doc = tantivy.Document(kind=kind, title=title or "", body=body or "", names=names or "")
        doc.add_unsigned("id", doc_id)
        for field, value in (("lang", lang), ("source", source)):
            if value:
                doc.add_text(field, value)
        if year is not None:
            doc.add_integer("year", year)
        for entity_id in mentioned.get(item_id, ()):
            doc.add_text("entities", entity_id)
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


# ------------------------------------------------------------------------ queries

def terms(text: str) -> str:
    """Casefile's index terms of `text`, space-separated: what both engines match."""
    return index_text(text).strip()


def phrase(text: str) -> str:
    """A query word or phrase as Tantivy query text: several terms (Han bigrams too) as a phrase."""
    analysed = terms(text)
    return f'"{analysed}"' if " " in analysed else analysed


def translate(kind: str, query: str) -> tuple[str, int]:
    """bench_search's query of type `kind` in Tantivy's query language, and its fuzzy distance."""
    if kind.startswith("fuzzy"):
        word, _, distance = query.partition("~")
        return terms(word), int(distance or 1)
    if kind == "field":
        title, _ = query.split(" kind:")
        return f"+title:{phrase(title.removeprefix('title:'))} +kind:report", 0
    if kind == "date range":
        term, first, last = re.fullmatch(r"(.*) date:\[(\d+) TO (\d+)\]", query).groups()
        return f"+{phrase(term)} +year:[{first} TO {last}]", 0
    if kind == "NOT":
        a, b = query.split(" NOT ")
        return f"+{phrase(a)} -{phrase(b)}", 0
    if kind == "OR":
        a, b = query.split(" OR ")
        return f"{phrase(a)} OR {phrase(b)}", 0
    if kind == "prefix":
        return f"{terms(query.rstrip('*'))}*", 0
    if kind == "two terms":
        return " ".join(f"+{phrase(w)}" for w in query.split()), 0
    return phrase(query.strip('"')), 0


def parse(index: tantivy.Index, text: str, distance: int) -> tantivy.Query:
    """Parse the translated query; a fuzzy one matches every field within `distance` edits."""
    fuzzy = {name: (False, distance, True) for name in FIELDS} if distance else None
    if text.endswith("*") and " " not in text:  # a bare prefix: Tantivy's parser has only phrase prefixes
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.regex_query(
            index.schema, name, re.escape(text[:-1]) + ".*")) for name in FIELDS])
    return index.parse_query(text, FIELDS, fuzzy_fields=fuzzy) if fuzzy else index.parse_query(text, FIELDS)


def tantivy_search(index: tantivy.Index, query: tantivy.Query, limit: int) -> list[tuple[str, str]]:
    """Top hits with count, stored title and a body snippet, as a result page needs them."""
    searcher = index.searcher()
    result = searcher.search(query, limit)
    snippets = tantivy.SnippetGenerator.create(searcher, query, index.schema, "body")
    page = []
    for _, address in result.hits:
        doc = searcher.doc(address)
        page.append((doc.get_first("title"), snippets.snippet_from_doc(doc).to_html()))
    return page


def tantivy_facets(index: tantivy.Index, query: tantivy.Query) -> dict:
    """Terms aggregations over the five facet fields, for the documents `query` matches."""
    aggs = {name: {"terms": {"field": field, "size": 100 if name == "year" else FACET_SIZE}}
            for name, field in FACET_FIELDS.items()}
    return index.searcher().aggregate(query, aggs)


# ------------------------------------------------------------------------ timing

def timed(call) -> float:
    """Milliseconds `call()` takes."""
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def run_query(archive, index, kind: str, query: str, limit: int) -> dict[str, float | None]:
    """One query timed four ways; None where Casefile refused or hit its deadline. "uncounted" is 1
    when Casefile answered but left facets uncounted (over its budget)."""
    text, distance = translate(kind, query)
    peer_query = parse(index, text, distance)
    out: dict[str, float | None] = {"uncounted": 0}
    for mode, facets in (("casefile", False), ("casefile+facets", True)):
        started = time.perf_counter()
        try:
            result = archive.search.find(query, limit=limit, facets=facets)
        except CasefileError as error:
            print(f"  {mode} {query!r}: {type(error).__name__}: {error}")
            out[mode] = None
            continue
        out[mode] = (time.perf_counter() - started) * 1000
        if getattr(result, "facets_uncounted", ()):
            out["uncounted"] = 1
    out["tantivy"] = timed(lambda: tantivy_search(index, peer_query, limit))
    out["tantivy+facets"] = timed(lambda: (tantivy_search(index, peer_query, limit),
                                           tantivy_facets(index, peer_query)))
    return out


def summarise(rows: list[dict[str, float | None]], label: str) -> str:
    """One Markdown row: p50/p95 per mode, failures, and the Casefile/Tantivy ratios."""
    cells, stats = [label, str(len(rows))], {}
    for mode in MODES:
        values = [r[mode] for r in rows if r[mode] is not None]
        stats[mode] = (statistics.median(values), percentile(values, 95)) if values else (float("nan"),) * 2
        cells.append(f"{stats[mode][0]:.2f} / {stats[mode][1]:.1f}")  # p50s near a 2x target need the 2nd digit
    failed = sum(1 for r in rows if r["casefile+facets"] is None or r["uncounted"])
    for ours, theirs in (("casefile", "tantivy"), ("casefile+facets", "tantivy+facets")):
        cells.append(f"{stats[ours][0] / stats[theirs][0]:.2f}x / {stats[ours][1] / stats[theirs][1]:.1f}x")
    cells.append(str(failed))
    return "| " + " | ".join(cells) + " |"


def report(results: dict[str, list[dict]]) -> None:
    print("\np50 / p95 in ms; ratio = Casefile / Tantivy\n")
    print("| type | n | " + " | ".join(MODES) + " | search ratio | facets ratio | facets failed or uncounted |")
    print("|---|---:|" + "---:|" * (len(MODES) + 3))
    for kind, rows in results.items():
        if rows:
            print(summarise(rows, kind))
    print(summarise([r for rows in results.values() for r in rows], "**all**"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--per-type", type=int, default=10)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds after one warm-up round")
    parser.add_argument("--index", type=Path, help="Tantivy index folder (default: ARCHIVE.tantivy)")
    args = parser.parse_args()
    directory = args.index or args.archive.with_name(args.archive.name + ".tantivy")
    with open_archive(args.archive) as archive:
        expected = archive.query_one("SELECT count(*) FROM search_docs")[0]
        index = open_index(directory, create=False) if (directory / "meta.json").is_file() else None
        if index is None or index.searcher().num_docs != expected:  # missing, or from an older build
            seconds = timed(lambda: build_index(archive, directory)) / 1000
            print(f"tantivy index built in {seconds:.1f} s at {directory}")
            index = open_index(directory, create=False)
        print(f"tantivy: {index.searcher().num_docs} documents")
        archive.search.vocabulary()
        # The facet index is read on an archive's first facet request: its one-time cost, apart.
        print(f"first facet request (facet index read): "
              f"{timed(lambda: archive.search.facet_counts('synthetic')):.0f} ms")
        queries = build_queries(archive, args.per_type, random.Random(args.seed))
        results: dict[str, list[dict]] = {kind: [] for kind in queries}
        for round_number in range(args.rounds + 1):
            for kind, batch in queries.items():
                for query in batch:
                    timings = run_query(archive, index, kind, query, args.limit)
                    if round_number:  # round 0 warms both engines' caches
                        results[kind].append(timings)
        report(results)


if __name__ == "__main__":
    main()
