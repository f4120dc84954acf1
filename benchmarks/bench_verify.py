"""Full verification throughput against `openssl dgst -sha256` on the same file, in the same run.

    python benchmarks/bench_verify.py SIGNED.casefile [--repeat 3]

The archive must be signed (`casefile sign`, which writes ARCHIVE.minisig beside it). Each run is
timed end to end through `verify_path()`, twice over:

- the default path, as the viewer and `casefile verify` run it: root signature, then the whole file
  against the digest named in ARCHIVE.minisig's signed trusted comment (SHA-256 chunks on all cores);
- the item-by-item path, taken when there is no usable .minisig or the file differs: open, check
  every index and b-tree against its table (`PRAGMA integrity_check` per table, issue 15), re-hash
  every manifest leaf, Merkle root, compare with the stored manifest. The index checks are also
  timed alone, so their share of the item-by-item time is visible.

The peer is `openssl dgst -sha256 FILE` in a subprocess. All read the file once first so none pays for
a cold page cache; runs are interleaved and the best of `--repeat` of each is reported.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from archive import open_archive
from archive.signing.trust import TrustStore
from archive.signing.verify import ITEM_BY_ITEM, WHOLE_FILE, structure_problems, verify_path

INDEX_CHECKS = "index checks"


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
    reports = {}
    no_minisig = args.archive.with_name(args.archive.name + ".absent")

    def whole_file():
        reports[WHOLE_FILE] = verify_path(args.archive, trust)

    def item_by_item():
        reports[ITEM_BY_ITEM] = verify_path(args.archive, trust, detached=no_minisig)

    def index_checks():
        with open_archive(args.archive) as archive:
            reports[INDEX_CHECKS] = structure_problems(archive)

    def peer():
        subprocess.run([openssl, "dgst", "-sha256", str(args.archive)], check=True, capture_output=True)

    times = {WHOLE_FILE: [], ITEM_BY_ITEM: [], INDEX_CHECKS: [], "openssl": []}
    for _ in range(args.repeat):
        for name, run in ((WHOLE_FILE, whole_file), ("openssl", peer), (ITEM_BY_ITEM, item_by_item),
                          (INDEX_CHECKS, index_checks)):
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    if reports.pop(INDEX_CHECKS):
        print("the index checks found problems: this archive is not intact", file=sys.stderr)
        return 1
    for method, report in reports.items():
        state = report.state.name.lower()
        if state not in ("unknown_key", "verified") or report.method != method:
            print(f"{method}: the archive did not verify that way ({state}, {report.method}): {report.message}",
                  file=sys.stderr)
            return 1
    mb = size / 1e6
    theirs = min(times["openssl"])
    print(f"file: {args.archive} ({mb:,.1f} MB), state {state}, best of {args.repeat}")
    print(f"openssl dgst -sha256:         {theirs:7.2f} s  {mb / theirs:8.1f} MB/s")
    for method in (WHOLE_FILE, ITEM_BY_ITEM, INDEX_CHECKS):
        ours = min(times[method])
        print(f"casefile verify ({method + '):':<14} {ours:7.2f} s  {mb / ours:8.1f} MB/s   "
              f"ratio {theirs / ours:.2f}x (openssl time / verify time; target >= 0.8x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
