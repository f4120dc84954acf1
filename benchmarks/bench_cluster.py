"""The cluster build against the local pool, on an OCR-heavy corpus, in one run (issue 22).

    python benchmarks/bench_cluster.py [--pages 64] [--work /tmp/casefile-cluster]

The corpus: `--pages` scanned English A4 pages at 300 dpi (ocr_testset.py, each page different), one
PNG file each, built with `--ocr en --ocr-cache none`, so every file is seconds of OCR. Timed, in the
same run, as `casefile build` subprocesses (wall time, SOURCE_DATE_EPOCH fixed):

    local 1     --workers 1 (one process, one page at a time)
    local 2     --workers 2 (the local pool: two processes; 64 files at least, or the build uses one
                process with two OCR threads)
    cluster 2   --cluster: a `dask scheduler` and two `dask worker --nthreads 1 --no-nanny` on 127.0.0.1

The three archives must be byte-identical (checked). Per-task overhead of the cluster path is
(cluster 2 - local 2) / local 2 at equal cores (target <= 10%). The writer's own throughput bounds any
cluster: it is measured as a build of the same corpus whose OCR results are all in the cache (the
workers then only look them up), where the parent's reading, hashing and writing is the work. The
projection for N workers: files/s = min(N x one worker's rate x (1 - overhead), the writer's rate).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import ocr_testset  # noqa: E402

BIN = Path(sys.executable).parent
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONUNBUFFERED": "1", "OMP_THREAD_LIMIT": "1"}


def make_corpus(folder: Path, pages: int) -> Path:
    (folder / "scans").mkdir(parents=True)
    (folder / "archive.toml").write_text('id = "scans"\ntitle = "Scanned pages (generated)"\npublisher = "Bench"\n'
                                         'edition = "1"\nlanguages = ["en"]\ncreated = "2026-01-01T00:00:00Z"\n',
                                         encoding="utf-8")
    for number in range(1, pages + 1):
        image, _truth = ocr_testset.page("en", number, "clean", seed=1)
        image.save(folder / "scans" / f"page-{number:04d}.png")
    return folder


def build(source: Path, out: Path, *options: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "casefile"), "build", str(source), "-o", str(out), "-q", "--ocr", "en", *options],
                          capture_output=True, text=True, env=ENV)
    if done.returncode not in (0, 3):
        raise SystemExit(f"build failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - started


def start_cluster(folder: Path, workers: int) -> tuple[str, list[subprocess.Popen]]:
    processes = []
    log = folder / "scheduler.log"
    processes.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                       "--no-dashboard"], stdout=log.open("wb"), stderr=subprocess.STDOUT, env=ENV))
    address = wait_for(log, r"Scheduler at:\s+(tcp://127\.0\.0\.1:\d+)")
    for n in range(workers):
        worker_log = folder / f"w{n}.log"
        processes.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny",
                                           "--host", "127.0.0.1", "--no-dashboard"], stdout=worker_log.open("wb"),
                                          stderr=subprocess.STDOUT, env=ENV))
        wait_for(worker_log, "Registered to:")
    return address, processes


def wait_for(log: Path, pattern: str) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(pattern, log.read_text(errors="replace")) if log.exists() else None
        if found:
            return found.group(1) if found.groups() else found.group(0)
        time.sleep(0.2)
    raise SystemExit(f"no {pattern!r} in {log}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=64)
    parser.add_argument("--work", type=Path, default=Path("/tmp/casefile-cluster"))
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    source = make_corpus(args.work / "src", args.pages)
    times = {"local 1": build(source, args.work / "local1.casefile", "--workers", "1", "--ocr-cache", "none"),
             "local 2": build(source, args.work / "local2.casefile", "--workers", "2", "--ocr-cache", "none")}
    address, processes = start_cluster(args.work, 2)
    try:
        times["cluster 2"] = build(source, args.work / "cluster2.casefile", "--cluster", address, "--ocr-cache", "none")
    finally:
        for process in processes:
            process.kill()
            process.wait()
    cache = args.work / "ocr-cache"
    build(source, args.work / "warm.casefile", "--workers", "2", "--ocr-cache", str(cache))  # fills the cache
    writer = build(source, args.work / "writer.casefile", "--workers", "2", "--ocr-cache", str(cache))
    hashes = {name: sha256(args.work / f"{name.replace(' ', '')}.casefile") for name in times}
    same = len(set(hashes.values())) == 1
    print(f"{args.pages} scanned pages, OCR in English, --ocr-cache none; same archive from all three: {same}\n")
    print("| build | wall s | pages/min |\n|---|---:|---:|")
    for name, seconds in times.items():
        print(f"| {name} | {seconds:.1f} | {args.pages / seconds * 60:.1f} |")
    overhead = (times["cluster 2"] - times["local 2"]) / times["local 2"]
    per_worker = args.pages / times["local 1"]  # files/s of one single-threaded worker
    writer_rate = args.pages / writer
    print(f"\ncluster overhead at 2 cores: {overhead * 100:+.1f}% over the local pool")
    print(f"writer (cache warm: no OCR): {writer:.1f} s, {writer_rate * 60:.0f} pages/min")
    for workers in (8, 32):
        projected = min(workers * per_worker * (1 - max(overhead, 0)), writer_rate)
        print(f"projected at {workers} workers: {projected * 60:.0f} pages/min, "
              f"{projected / per_worker:.1f}x one process ({'writer-bound' if projected == writer_rate else 'OCR-bound'})")
    if not same:
        raise SystemExit(f"archives differ: {hashes}")


if __name__ == "__main__":
    main()
