"""Full verification throughput against `openssl dgst -sha256` on the same file, in the same run.

    python benchmarks/bench_verify.py SIGNED.casefile [--repeat 3]

The archive must be signed (`casefile sign`). Each run is timed end to end through
`verify_path()` (open, re-hash every leaf, Merkle root, signature, compare with the stored manifest;
the detached .minisig is not checked). The peer is `openssl dgst -sha256 FILE` in a subprocess. Both
read the file once first so neither pays for a cold page cache, and the best of `--repeat` runs of
each is reported. A file-level hash is the floor for any verification: it reads the same bytes but
need not parse the database, group rows or name anything.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from archive.signing.trust import TrustStore
from archive.signing.verify import verify_path


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    openssl = shutil.which("openssl")
    if openssl is None:
        print("openssl is not installed; it is the peer this benchmark compares with.", file=sys.stderr)
        return 1
    size = args.archive.stat().st_size
    with args.archive.open("rb") as handle:  # warm the page cache for both contenders
        while handle.read(16 * 2**20):
            pass
    trust = TrustStore(None)
    reports = []

    def verify():
        reports.append(verify_path(args.archive, trust))

    def peer():
        subprocess.run([openssl, "dgst", "-sha256", str(args.archive)], check=True, capture_output=True)

    ours = best_of(args.repeat, verify)
    theirs = best_of(args.repeat, peer)
    state = reports[-1].state.name.lower()
    if state not in ("unknown_key", "verified"):
        print(f"the archive did not verify ({state}): {reports[-1].message}", file=sys.stderr)
        return 1
    mb = size / 1e6
    print(f"file: {args.archive} ({mb:,.1f} MB), state {state}, best of {args.repeat}")
    print(f"casefile verify:       {ours:7.2f} s  {mb / ours:8.1f} MB/s")
    print(f"openssl dgst -sha256:  {theirs:7.2f} s  {mb / theirs:8.1f} MB/s")
    print(f"ratio (openssl time / verify time): {theirs / ours:.2f}x  (target >= 0.8x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
