"""benchmarks/bench_engine_ab.py: the engine against a saved copy of itself, on the sample archive."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks" / "bench_engine_ab.py"
ENGINE = ROOT / "archive" / "search" / "engine.py"


def _run(archive: Path, engine: Path) -> str:
    result = subprocess.run([sys.executable, str(BENCH), str(archive), str(engine), "--rounds", "1",
                             "--type", "rare term", "--type", "Chinese"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_same_engine_answers_the_same_and_is_timed(sample_path):
    out = _run(sample_path, ENGINE)
    assert "queries whose answers differ: 0" in out
    assert re.search(r"\| rare term \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", out)
    assert re.search(r"\| Chinese \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", out)
    assert "| frequent term |" not in out  # --type chose the types


def test_a_changed_engine_is_reported(sample_path, tmp_path):
    # Snippets half as long: every query with a long hit answers differently.
    changed = tmp_path / "engine_changed.py"
    text = ENGINE.read_text(encoding="utf-8")
    assert "SNIPPET_CHARS = 220" in text
    changed.write_text(text.replace("SNIPPET_CHARS = 220", "SNIPPET_CHARS = 60"), encoding="utf-8")
    differ = int(re.search(r"queries whose answers differ: (\d+)", _run(sample_path, changed)).group(1))
    assert differ > 0
