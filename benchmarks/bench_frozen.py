"""Cold start of the frozen app to first results, against the same path run from source.

    python packaging/build.py                 # first: dist/casefile/
    python benchmarks/bench_frozen.py [--repeat 5] [--app dist/casefile/casefile]

Each run is a fresh process running `casefile smoke-test` offscreen on the sample archive (already
built in the run's data folder by a warm-up run, so no run pays for building it). The figure is the
wall time from spawning the process to its `smoke-test: first results` line on stderr: the main
window is shown, the sample is open and a search has put its first page of results in the model.
The peer is the same command from source, `.venv/bin/python -m viewer smoke-test`, measured in the
same run, alternating with the frozen app.

"Cold" runs drop the kernel's page cache first (`sync; echo 3 > /proc/sys/vm/drop_caches`, root
only), so every library, Python module and the archive are read from disk again; where that is not
permitted, the script says so and measures warm starts only. "Warm" runs follow each other directly.
Target (issue 8): cold start of the frozen app to first results ≤ 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_RESULTS = "smoke-test: first results"
TARGET_MS = 2000


def drop_caches() -> bool:
    """Empty the page cache; False where this process may not."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_run(command: list[str], data_dir: Path) -> dict:
    """Spawn `command`, time its first-results line and its exit; its JSON summary's timings too."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=data_dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, bufsize=1)
    first = None
    for line in process.stderr:
        if first is None and line.startswith(FIRST_RESULTS):
            first = (time.perf_counter() - started) * 1000
    out = process.stdout.read()
    code = process.wait()
    total = (time.perf_counter() - started) * 1000
    summary = json.loads(out.strip().splitlines()[-1])
    if code != 0 or first is None or not summary["ok"]:
        raise SystemExit(f"{' '.join(command)} failed (exit {code}): {summary.get('problems')}")
    return {"first_ms": first, "total_ms": total, "inside_first_ms": summary["timings_ms"]["first results"],
            "frozen": summary["frozen"]}


def describe(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} | {min(values):.0f} | {max(values):.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "casefile" / "casefile",
                        help="the frozen executable (default: dist/casefile/casefile)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each kind (default 5)")
    args = parser.parse_args()
    if not args.app.is_file():
        raise SystemExit(f"{args.app} does not exist: build it first with python packaging/build.py")
    variants = {"frozen app": [str(args.app.resolve()), "smoke-test"],
                "from source (peer)": [sys.executable, "-m", "viewer", "smoke-test"]}
    can_drop = drop_caches()
    if not can_drop:
        print("Cannot drop the page cache here (needs root): measuring warm starts only.", file=sys.stderr)
    results: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        data = {name: Path(tmp) / f"data-{i}" for i, name in enumerate(variants)}
        for name, command in variants.items():
            data[name].mkdir()
            one_run(command, data[name])  # builds the sample archive: not part of any figure
        for mode in (("cold", "warm") if can_drop else ("warm",)):
            for _ in range(args.repeat):
                for name, command in variants.items():
                    if mode == "cold":
                        drop_caches()
                    results.setdefault((name, mode), []).append(one_run(command, data[name]))
    print("| run | start | first results ms, median | min | max | same, timed inside | process exit ms |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for (name, mode), runs in results.items():
        print(f"| {name} | {mode} | {describe([r['first_ms'] for r in runs])} | "
              f"{statistics.median(r['inside_first_ms'] for r in runs):.0f} | "
              f"{statistics.median(r['total_ms'] for r in runs):.0f} |")
    frozen_cold = results.get(("frozen app", "cold")) or results[("frozen app", "warm")]
    median = statistics.median(r["first_ms"] for r in frozen_cold)
    peer = statistics.median(r["first_ms"] for r in (results.get(("from source (peer)", "cold"))
                                                     or results[("from source (peer)", "warm")]))
    verdict = "within" if median <= TARGET_MS else "OVER"
    print(f"\nFrozen app, {'cold' if can_drop else 'warm'}: {median:.0f} ms to first results, {verdict} the "
          f"{TARGET_MS} ms target; {median / peer:.2f}x the run from source ({peer:.0f} ms).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
