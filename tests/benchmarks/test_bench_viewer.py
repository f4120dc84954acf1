"""The lists measurement of benchmarks/bench_viewer.py (--lists-only), run on the sample archive."""

import re
import subprocess
import sys
from pathlib import Path

from archive import open_archive

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_viewer.py"


def test_lists_only_walks_every_list_to_its_end(sample_path):
    result = subprocess.run([sys.executable, str(BENCH), str(sample_path), "--lists-only"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    with open_archive(sample_path) as opened:
        entities, items = opened.entities.count(), opened.items.count()
        images = opened.items.count("image")
    assert re.search(rf"entities first-screen [\d.]+ ms rows \d+ total {entities}\b", out)
    assert re.search(r"entities filter 'zzzqx' [\d.]+ ms total 0\b", out)  # the no-match filter really filtered
    assert re.search(rf"entities filter '\(cleared\)' [\d.]+ ms total {entities}\b", out)
    assert re.search(rf"entities scroll [\d.]+ ms pages \d+ rows {entities} rss [\d.]+", out)  # to the last row
    assert re.search(rf"items scroll [\d.]+ ms pages \d+ rows {items} rss [\d.]+", out)
    assert re.search(rf"gallery first-screen [\d.]+ ms images {images}\b", out)
    assert re.search(r"gallery scroll [\d.]+ ms pages \d+ rss [\d.]+", out)
