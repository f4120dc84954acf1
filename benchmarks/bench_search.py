"""Search latency on an archive, against raw FTS5 MATCH of the same compiled query in the same run.

    python benchmarks/bench_search.py ARCHIVE [--per-type 10] [--limit 20] [--seed 1] [--facets]

Queries are drawn deterministically from the archive itself (its vocabulary, entity names, report
text), ten of each type: frequent term, rare term, two terms, phrase, prefix, fuzzy~1, fuzzy~2, field,
date range, NOT, OR, Chinese, Uyghur, entity name. Each is timed end to end through
`archive.search.find()` (compile, rank, group, fetch titles, cut snippets; facets off) and, as the peer,
as a bare `SELECT rowid ... MATCH ? ORDER BY rank LIMIT n` of the expression it compiled to. The
vocabulary is loaded before timing starts (the viewer loads it once, in the background, on open).
With --facets every search also counts the five facets (kind, year, language, source, entity), as the
viewer's search always does; a query that runs out of time then counts as failed. bench_tantivy.py
runs these same queries against Tantivy in the same process.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from pathlib import Path

from archive import CasefileError, QueryError, open_archive, schema

HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
ARABIC = re.compile(r"[\u0600-\u06ff]{4,}")
LATIN_WORD = re.compile(r"[a-z]{5,}")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def build_queries(archive, per_type: int, rng: random.Random) -> dict[str, list[str]]:
    """Deterministic queries of every type, drawn from the archive's own content."""
    terms = archive.query("SELECT term, docs FROM search_terms WHERE docs >= 2 ORDER BY term")
    latin = [(t, n) for t, n in terms if LATIN_WORD.fullmatch(t)]
    frequent = [t for t, n in sorted(latin, key=lambda x: -x[1])[:300]]
    rare = [t for t, n in latin if 2 <= n <= 20]
    han = [t for t, _ in terms if HAN.fullmatch(t)]
    uyghur = [t for t, _ in terms if ARABIC.fullmatch(t)]
    people = [e.caption for e in archive.entities.list("Person", limit=2000)]
    latin_people = [p for p in people if p.isascii() and " " in p]
    texts = [archive.items.text(i) for i in archive.items.ids("report")[:400]]
    phrases = [m.group(0) for text in texts for m in re.finditer(r"\b[a-z]{4,} [a-z]{4,}\b", text[:600])]

    def pick(pool, n=per_type):
        return [pool[rng.randrange(len(pool))] for _ in range(n)] if pool else []

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1:]

    return {
        "frequent term": pick(frequent),
        "rare term": pick(rare),
        "two terms": [f"{a} {b}" for a, b in zip(pick(frequent), pick(rare))],
        "phrase": [f'"{p}"' for p in pick(phrases)],
        "prefix": [f"{t[:4]}*" for t in pick(rare)],
        "fuzzy~1": [f"{typo(t)}~" for t in pick([t for t in rare if len(t) >= 6])],
        "fuzzy~2": [f"{typo(typo(t))}~2" for t in pick([t for t in rare if len(t) >= 8])],
        "field": [f"title:{t} kind:report" for t in pick(frequent)],
        "date range": [f"{t} date:[{y} TO {y + 2}]" for t, y in zip(pick(frequent), pick(list(range(2014, 2023))))],
        "NOT": [f"{a} NOT {b}" for a, b in zip(pick(frequent), pick(frequent))],
        "OR": [f"{a} OR {b}" for a, b in zip(pick(rare), pick(rare))],
        "Chinese": pick(han),
        "Uyghur": pick(uyghur),
        "entity name": [f'"{p}"' for p in pick(latin_people)],
    }


def time_search(archive, query: str, limit: int, facets: bool = False) -> float:
    started = time.perf_counter()
    archive.search.find(query, limit=limit, facets=facets)
    return (time.perf_counter() - started) * 1000


def time_raw(archive, query: str, limit: int) -> float | None:
    """The peer: FTS5 MATCH of the compiled expression alone (no filters, grouping or snippets)."""
    compiled = archive.search.compile(query)
    if compiled.match is None:
        return None
    started = time.perf_counter()
    archive.query(f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH ? "
                  f"ORDER BY rank LIMIT ?", (compiled.match, limit))
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--per-type", type=int, default=10)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--facets", action="store_true", help="count the five facets with every search")
    args = parser.parse_args()
    with open_archive(args.archive) as archive:
        started = time.perf_counter()
        archive.search.vocabulary()
        print(f"vocabulary loaded in {(time.perf_counter() - started) * 1000:.0f} ms")
        queries = build_queries(archive, args.per_type, random.Random(args.seed))
        for batch in queries.values():  # warm the page cache once, as a reader's first searches would
            for query in batch:
                try:
                    archive.search.find(query, limit=args.limit, facets=args.facets)
                except CasefileError:  # refused, or (with facets) out of time: reported below
                    pass
        report(archive, queries, args.limit, args.facets)


def report(archive, queries: dict[str, list[str]], limit: int, facets: bool = False) -> None:
    print(f"\nsearch {'with' if facets else 'without'} facets")
    print(f"\n| type | n | p50 ms | p95 ms | max ms | raw FTS5 p50 ms | ratio p50 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    every, every_raw, fuzzy, errors, failed = [], [], [], 0, 0
    for kind, batch in queries.items():
        times, raws = [], []
        for query in batch:
            try:
                times.append(time_search(archive, query, limit, facets))
                raw = time_raw(archive, query, limit)
            except QueryError as exc:
                errors += 1
                print(f"  (query {query!r} refused: {exc})")
                continue
            except CasefileError as exc:  # LimitExceeded: the search did not answer in time
                failed += 1
                print(f"  (query {query!r} FAILED: {exc})")
                continue
            if raw is not None:
                raws.append(raw)
        if not times:
            continue
        every += times
        every_raw += raws
        if kind.startswith("fuzzy"):
            fuzzy += times
        raw_p50 = statistics.median(raws) if raws else float("nan")
        print(f"| {kind} | {len(times)} | {statistics.median(times):.1f} | {percentile(times, 95):.1f} | "
              f"{max(times):.1f} | {raw_p50:.2f} | {statistics.median(times) / raw_p50:.1f}x |")
    print(f"\nall {len(every)} queries: p50 {statistics.median(every):.1f} ms, p95 {percentile(every, 95):.1f} ms; "
          f"fuzzy p95 {percentile(fuzzy, 95):.1f} ms; raw FTS5 p50 {statistics.median(every_raw):.2f} ms, "
          f"p95 {percentile(every_raw, 95):.2f} ms; ratio p50 {statistics.median(every) / statistics.median(every_raw):.1f}x, "
          f"p95 {percentile(every, 95) / percentile(every_raw, 95):.1f}x; {errors} refused, {failed} failed")


if __name__ == "__main__":
    main()
