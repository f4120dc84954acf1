"""Where the builder's memory goes: RSS over a whole `casefile build`, and what the heap holds.

    python benchmarks/bench_growth.py trace SOURCE_DIR OUT [-- EXTRA ARGS FOR casefile build]
    python benchmarks/bench_growth.py probe SOURCE_DIR OUT [--tracemalloc] [--every 1000]

`trace` runs the build as a child and samples, every second, the RSS of the builder and the sum over
its worker processes (from /proc, Linux only), then prints the peaks and a timeline. `probe` runs
build_archive in this process and, every `--every` items, records its RSS beside glibc's own account
of the heap (mallinfo2: bytes in use and bytes free inside the main heap), what SQLite holds
(sqlite3_memory_used) and, with --tracemalloc, the
bytes Python objects hold and the ten lines that allocated most of them. RSS growing while Python's
bytes stay flat and glibc's free bytes grow is fragmentation, not a leak of objects.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

MB = 1_000_000


def rss_bytes(pid: int | str = "self") -> int:
    """Resident set size of a process from /proc (0 if it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    """Child process ids of `pid` (of all its threads)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(p) for p in task.read_text().split()]
        except OSError:
            pass
    return found


def trace(command: list[str]) -> int:
    """Run `command`, sampling builder and worker RSS every second; print peaks and a timeline."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    samples = []
    while child.poll() is None:
        workers = children(child.pid)
        samples.append((time.perf_counter() - started, rss_bytes(child.pid),
                        sum(rss_bytes(w) for w in workers), len(workers)))
        time.sleep(1)
    wall = time.perf_counter() - started
    peak_parent = max(samples, key=lambda s: s[1])
    peak_total = max(samples, key=lambda s: s[1] + s[2])
    print(f"exit {child.returncode} after {wall:.1f} s; builder peak {peak_parent[1] / MB:.0f} MB at "
          f"{peak_parent[0]:.0f} s; builder+workers peak {(peak_total[1] + peak_total[2]) / MB:.0f} MB "
          f"at {peak_total[0]:.0f} s (workers share pages with the builder through fork)")
    print("\n| s | builder MB | workers MB (n) |\n|---:|---:|---:|")
    for t, parent, workers, n in samples[::max(1, len(samples) // 30)]:
        print(f"| {t:.0f} | {parent / MB:.0f} | {workers / MB:.0f} ({n}) |")
    return child.returncode


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
        "keepcost")]


def heap() -> tuple[int, int, int]:
    """glibc's (bytes in use, bytes free inside the heap, bytes in mmapped chunks), or zeros."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    if not hasattr(libc, "mallinfo2"):
        return 0, 0, 0
    libc.mallinfo2.restype = MallInfo2
    info = libc.mallinfo2()
    return info.uordblks, info.fordblks, info.hblkhd


def sqlite_bytes() -> int:
    """Memory SQLite holds in this process (page caches, statements), or 0 if it cannot be asked."""
    try:
        library = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
    except OSError:
        return 0
    library.sqlite3_memory_used.restype = ctypes.c_int64
    return library.sqlite3_memory_used()


def probe(source: Path, out: Path, every: int, with_tracemalloc: bool) -> None:
    """Build in this process, printing memory every `every` items."""
    from archive.publish import builder

    if with_tracemalloc:
        tracemalloc.start(1)
        # Workers inherit tracing through fork; it would only slow them: the question is the parent.
        init_worker = builder._init_worker
        builder._init_worker = lambda *args: (tracemalloc.stop(), init_worker(*args))
    print("| stage | done | RSS MB | heap in use MB | heap free MB | mmapped MB | SQLite MB | Python objects MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")

    stages = []

    def progress(stage: str, done: int, total: int) -> None:
        if with_tracemalloc and stage not in stages:  # what the previous stage left behind
            stages.append(stage)
            top(f"at the start of stage {stage!r}")
        if done % every == 0 or done == total:
            used, free, mapped = heap()
            python = tracemalloc.get_traced_memory()[0] / MB if with_tracemalloc else float("nan")
            print(f"| {stage} | {done} | {rss_bytes() / MB:.0f} | {used / MB:.0f} | {free / MB:.0f} | "
                  f"{mapped / MB:.0f} | {sqlite_bytes() / MB:.0f} | {python:.0f} |", flush=True)

    builder.build_archive(source, out, progress=progress)
    if with_tracemalloc:
        top("at the end")


def top(label: str, count: int = 12) -> None:
    """The lines whose allocations hold the most memory now."""
    print(f"\nPython objects {label}: {tracemalloc.get_traced_memory()[0] / MB:.0f} MB, most from:")
    for stat in tracemalloc.take_snapshot().statistics("lineno")[:count]:
        print(f"  {stat.size / MB:.1f} MB in {stat.count} blocks: {stat.traceback}")
    print(flush=True)


def main(argv=None) -> int:
    """Command-line entry point; arguments after '--' go to 'casefile build' (trace only)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    split = argv.index("--") if "--" in argv else len(argv)
    argv, extra = argv[:split], argv[split + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("trace", "probe"))
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args(argv)
    if args.mode == "probe":
        probe(args.source, args.out, args.every, args.tracemalloc)
        return 0
    script = Path(sys.executable).with_name("casefile")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "viewer.cli"]
    return trace([*command, "build", str(args.source), "-o", str(args.out), "-q", *extra])


if __name__ == "__main__":
    sys.exit(main())
