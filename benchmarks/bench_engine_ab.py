"""The search engine now against another version of it, in one process: same hits, and how fast.

    git show REV:archive/search/engine.py > /tmp/engine_old.py
    python benchmarks/bench_engine_ab.py ARCHIVE /tmp/engine_old.py [--type "date range" ...]

Both engines search the same open archive (one connection, one vocabulary) with bench_search's
queries (seed 1, 10 per type). Each query runs on A (the saved copy) and then on B (the tree's
archive/search/engine.py): one warm-up round, in which their totals, hit ids, snippets and pages are
compared, then --rounds timed rounds. Prints p50/p95 per query type and over all queries, and the
number of queries whose answers differ (0, or the change is not a pure speed-up).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from pathlib import Path

from archive import open_archive
from archive.search import engine as engine_now

from bench_search import build_queries, percentile


def load_engine(path: Path):
    """The module at `path`, imported as a sibling of archive.search.engine (its relative imports work)."""
    spec = importlib.util.spec_from_file_location("archive.search.engine_saved", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def answer(result) -> tuple:
    return result.total, [(hit.id, hit.snippet, hit.page) for hit in result.hits]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("saved_engine", type=Path, help="another version of archive/search/engine.py")
    parser.add_argument("--type", action="append", dest="types", help="only these query types (repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    saved = load_engine(args.saved_engine)
    with open_archive(args.archive) as archive:
        engines = {"A (saved)": saved.Searcher(archive), "B (now)": engine_now.Searcher(archive)}
        vocabulary = engines["A (saved)"].vocabulary()
        engines["B (now)"]._vocabulary = vocabulary  # loaded once, outside the timings
        queries = build_queries(archive, 10, random.Random(1))
        times: dict[tuple[str, str], list[float]] = {}
        differ = 0
        for kind, batch in queries.items():
            if args.types and kind not in args.types:
                continue
            for round_no in range(args.rounds + 1):
                for query in batch:
                    answers = []
                    for name, searcher in engines.items():
                        started = time.perf_counter()
                        result = searcher.find(query, limit=args.limit)
                        elapsed = (time.perf_counter() - started) * 1000
                        answers.append(answer(result))
                        if round_no:
                            times.setdefault((kind, name), []).append(elapsed)
                    if round_no == 0 and answers[0] != answers[1]:
                        differ += 1
                        print(f"differs: {kind} {query!r}: totals {answers[0][0]} / {answers[1][0]}")
        print(f"\n{args.rounds} timed rounds, limit {args.limit}; ms\n")
        print("| type | A p50 | A p95 | B p50 | B p95 |")
        print("|---|---:|---:|---:|---:|")
        every: dict[str, list[float]] = {name: [] for name in engines}
        for kind in dict.fromkeys(kind for kind, _ in times):
            a, b = times[(kind, "A (saved)")], times[(kind, "B (now)")]
            every["A (saved)"] += a
            every["B (now)"] += b
            print(f"| {kind} | {percentile(a, 50):.1f} | {percentile(a, 95):.1f} | "
                  f"{percentile(b, 50):.1f} | {percentile(b, 95):.1f} |")
        a, b = every["A (saved)"], every["B (now)"]
        print(f"| **all** | {percentile(a, 50):.2f} | {percentile(a, 95):.1f} | "
              f"{percentile(b, 50):.2f} | {percentile(b, 95):.1f} |")
        print(f"\nqueries whose answers differ: {differ}")


if __name__ == "__main__":
    main()
