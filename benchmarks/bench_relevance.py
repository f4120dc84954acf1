"""Ranking quality on judged queries: nDCG@10 and recall@20, by query type.

    python benchmarks/bench_relevance.py ARCHIVE benchmarks/judged/sample.json [--per-query]

The judgements (benchmarks/judged/, made by make_judgements.py from criteria written by hand) grade
documents 1-3 for each query. A hit is keyed by its item or entity id, a table row as "TABLE#rowN".
nDCG@10 uses the gain 2^grade - 1 and the ideal ordering of every graded document; recall@20 is the
share of the graded documents (grade 1 and up) among the first 20 hits, out of at most 20: a topic
of the scale corpus has a thousand relevant reports, and 20 of them in 20 hits is full marks. The script uses only
`open_archive` and `search.find`, so an older Casefile can run it too (PYTHONPATH=an old checkout):
that is how RESULTS.md compares the ranking before and after a change, on the same judgements.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
from pathlib import Path

from archive import open_archive

NDCG_AT = 10
RECALL_AT = 20


def key_of(hit) -> str:
    row = getattr(hit, "row", None)
    return f"{hit.id}#row{row.row_no}" if row is not None else hit.id


def ndcg(ranked: list[str], grades: dict[str, int], at: int = NDCG_AT) -> float:
    def dcg(gains: list[int]) -> float:
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:at]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(key, 0) for key in ranked]) / ideal if ideal else 0.0


def recall(ranked: list[str], grades: dict[str, int], at: int = RECALL_AT) -> float:
    relevant = {key for key, g in grades.items() if g > 0}
    return len(relevant.intersection(ranked[:at])) / min(len(relevant), at) if relevant else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("judgements", type=Path)
    parser.add_argument("--per-query", action="store_true", help="print each query's scores")
    args = parser.parse_args()
    archive = open_archive(args.archive)
    judged = json.loads(args.judgements.read_text(encoding="utf-8"))["queries"]
    by_type: dict[str, list[tuple[float, float]]] = {}
    for entry in judged:
        hits = archive.search.find(entry["query"], limit=RECALL_AT).hits
        ranked = [key_of(hit) for hit in hits]
        scores = (ndcg(ranked, entry["relevant"]), recall(ranked, entry["relevant"]))
        by_type.setdefault(entry["type"], []).append(scores)
        if args.per_query:
            print(f"{scores[0]:.3f} {scores[1]:.3f}  {entry['type']:<13} {entry['query']}")
    print(f"\n| type | queries | nDCG@{NDCG_AT} | recall@{RECALL_AT} |\n|---|---:|---:|---:|")
    every = [s for scores in by_type.values() for s in scores]
    for name, scores in [*by_type.items(), ("**all**", every)]:
        print(f"| {name} | {len(scores)} | {statistics.fmean(s[0] for s in scores):.3f} | "
              f"{statistics.fmean(s[1] for s in scores):.3f} |")


if __name__ == "__main__":
    main()
