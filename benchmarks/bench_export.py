"""Evidence export of 1,000 items against `cp` and `sha256sum` of the same original files, in the same run.

    python benchmarks/bench_export.py SIGNED.casefile --pubkey PUBLISHER.pub [--items 1000] [--repeat 2]

Each run is `export_bundle()` end to end as `casefile export` does it: verification of the archive
(whole file, against ARCHIVE.minisig), inclusion proofs, originals and thumbnails written, exhibits.json,
the HTML exhibit list, VERIFY.txt and the PDF exhibit list printed by Qt (offscreen), then fsync and
rename. The items are spread over the whole archive (every Nth id). The peers copy the same originals,
extracted once beforehand, with `cp` and hash them with `sha256sum`. A last run is cancelled half way
and must leave nothing behind; the time from cancel() to the export's return is reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from archive import open_archive
from archive.export import ExportCancelled, export_bundle
from archive.signing import minisign
from archive.signing.trust import TrustStore


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--pubkey", type=Path, required=True, help="the publisher key, trusted for this run")
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.export.pdf import ensure_application, render_pdf

    ensure_application()
    with open_archive(args.archive) as archive:
        every = archive.items.ids()
        ids = every[:: max(1, len(every) // args.items)][: args.items]
        work = Path(tempfile.mkdtemp(prefix="bench-export-", dir=args.archive.parent))
        originals = work / "originals"
        originals.mkdir()
        for n, item_id in enumerate(ids):
            (originals / f"{n:05d}-{archive.items.get(item_id).file_name}").write_bytes(archive.items.original(item_id))
    with tempfile.TemporaryDirectory() as keys:
        trust = TrustStore(Path(keys) / "trust.json")
        trust.add(minisign.PublicKey.load(args.pubkey), "benchmark publisher")
        try:
            return _run(args, ids, trust, work, originals, render_pdf)
        finally:
            shutil.rmtree(work)


def _run(args, ids, trust, work, originals, render_pdf) -> int:
    size = sum(p.stat().st_size for p in originals.iterdir())
    times = {"export": [], "cp": [], "sha256sum": []}
    result = None
    for run in range(args.repeat):
        started = time.perf_counter()
        result = export_bundle(args.archive, ids, work / f"bundle-{run}", trust=trust, render_pdf=render_pdf,
                               progress=lambda done, total: None)
        times["export"].append(time.perf_counter() - started)
        started = time.perf_counter()
        subprocess.run(["cp", "-r", str(originals), str(work / f"copy-{run}")], check=True)
        subprocess.run(["sync", "-f", str(work / f"copy-{run}")], check=True)
        times["cp"].append(time.perf_counter() - started)
        files = sorted(str(p) for p in originals.iterdir())
        started = time.perf_counter()
        subprocess.run(["sha256sum", *files], check=True, capture_output=True)
        times["sha256sum"].append(time.perf_counter() - started)
    cancel_delay = _cancelled_run(args, ids, trust, work, render_pdf)
    pdf = (result.target / "exhibit-list.pdf").stat().st_size
    print(f"archive: {args.archive} ({args.archive.stat().st_size / 1e6:,.0f} MB), state "
          f"{result.verification.state.value} ({result.verification.method}); best of {args.repeat}")
    print(f"{len(ids):,} items, originals {size / 1e6:,.1f} MB; bundle {result.bytes_written / 1e6:,.1f} MB "
          f"(PDF {pdf / 1e6:,.1f} MB)")
    ours = min(times["export"])
    for name in ("cp", "sha256sum"):
        print(f"{'peer ' + name + ' of the originals:':<34}{min(times[name]):7.2f} s")
    print(f"{'casefile export (with PDF):':<34}{ours:7.2f} s   target <= 30 s; "
          f"{ours / min(times['cp']):.0f}x cp")
    print(f"cancelled half way: returned {cancel_delay * 1000:.0f} ms after cancel(), nothing left behind")
    return 0 if ours <= 30 else 1


def _cancelled_run(args, ids, trust, work, render_pdf) -> float:
    cancel, when = threading.Event(), []

    def progress(done, total):
        if done > total // 2 and not cancel.is_set():
            when.append(time.perf_counter())
            cancel.set()

    before = set(work.iterdir())
    try:
        export_bundle(args.archive, ids, work / "cancelled", trust=trust, render_pdf=render_pdf,
                      progress=progress, cancel=cancel)
    except ExportCancelled:
        delay = time.perf_counter() - when[0]
    else:
        raise SystemExit("the cancelled export finished anyway")
    if set(work.iterdir()) != before:
        raise SystemExit("the cancelled export left files behind")
    return delay


if __name__ == "__main__":
    sys.exit(main())
