"""The judged query set (benchmarks/judged/) is what its criteria give on the sample, and the
relevance measures of bench_relevance.py compute what their definitions say."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_relevance  # noqa: E402


def test_the_committed_judgements_are_what_the_criteria_give_on_the_sample(sample_path, tmp_path):
    out = tmp_path / "sample.json"
    subprocess.run([sys.executable, str(BENCHMARKS / "judged" / "make_judgements.py"), str(sample_path),
                    str(BENCHMARKS / "judged" / "sample_criteria.py"), str(out)], check=True, capture_output=True)
    committed = json.loads((BENCHMARKS / "judged" / "sample.json").read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == committed
    kinds = {entry["type"] for entry in committed["queries"]}
    assert {"name-latin", "name-chinese", "name-uyghur", "topic", "phrase", "date"} <= kinds
    assert all(entry["relevant"] for entry in committed["queries"])  # a query nothing answers scores nothing


def test_ndcg_is_one_for_the_ideal_order_and_less_for_any_other():
    grades = {"a": 3, "b": 2, "c": 1}
    assert bench_relevance.ndcg(["a", "b", "c"], grades) == pytest.approx(1.0)
    swapped = bench_relevance.ndcg(["c", "b", "a"], grades)
    ideal = 7 + 3 / math.log2(3) + 1 / 2
    assert swapped == pytest.approx((1 + 3 / math.log2(3) + 7 / 2) / ideal)
    assert bench_relevance.ndcg(["x", "y"], grades) == 0.0


def test_recall_counts_relevant_hits_out_of_at_most_twenty():
    few = {"a": 1, "b": 2}
    assert bench_relevance.recall(["a", "x", "y"], few) == 0.5
    many = {f"d{i}": 1 for i in range(100)}
    assert bench_relevance.recall([f"d{i}" for i in range(20)], many) == 1.0
