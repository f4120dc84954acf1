"""Time `casefile build` on a source folder against a peer measured in the same run.

    python benchmarks/bench_build.py CORPUS_DIR [--out PATH] [-- EXTRA ARGS FOR casefile build]

The peer is the floor cost of just storing the bytes: every source file's raw bytes inserted into a
fresh SQLite table in one transaction. Both run as child processes and are measured the same way:
wall time, CPU time and peak RSS from os.wait4 (the largest of the child and the processes it
waited for, not their sum). The built archive is kept at --out for other benchmarks.
"""

import argparse
import dataclasses
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = ("reports", "images", "entities")
MB = 1_000_000
DEFAULT_OUT = Path(tempfile.gettempdir()) / "casefile-bench" / "scale.casefile"


@dataclasses.dataclass
class Measurement:
    """One measured child process and what it wrote."""
    label: str
    returncode: int
    wall_s: float
    cpu_s: float
    peak_rss_bytes: int
    output_bytes: int = 0


def source_files(corpus):
    """Every file `casefile build` reads from the corpus, in a stable order."""
    files = [corpus / "archive.toml"]
    for folder in SOURCE_FOLDERS:
        files += sorted(p for p in (corpus / folder).rglob("*") if p.is_file())
    return files


def store_raw(corpus, out):
    """The peer: insert each source file's bytes into one table, in one transaction."""
    connection = sqlite3.connect(out, isolation_level=None)
    connection.execute("CREATE TABLE files (path TEXT PRIMARY KEY, data BLOB NOT NULL)")
    connection.execute("BEGIN")
    for path in source_files(corpus):
        connection.execute("INSERT INTO files VALUES (?, ?)",
                           (path.relative_to(corpus).as_posix(), path.read_bytes()))
    connection.execute("COMMIT")
    connection.close()


def warm_page_cache(files):
    """Read every source file once so that neither measured run pays for cold reads."""
    return sum(len(path.read_bytes()) for path in files)


def builder_command(corpus, out, extra):
    """The `casefile` console script if installed, else the same entry point run from this repo."""
    script = shutil.which("casefile")
    prefix = [script] if script else [sys.executable, "-m", "viewer.cli"]
    return [*prefix, "build", str(corpus), "-o", str(out), *extra]


def measure(label, command, env=None):
    """Run `command` and measure it; os.wait4 gives this child's own resource usage."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return Measurement(label, child.returncode, wall, usage.ru_utime + usage.ru_stime, rss)


def repo_env():
    """The environment with this checkout importable, for `python -m viewer.cli`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def print_table(corpus_files, corpus_bytes, build, peer):
    """A Markdown table ready to paste into benchmarks/RESULTS.md, and the build/peer ratios."""
    print(f"\ncorpus: {corpus_files} files, {corpus_bytes / MB:.1f} MB; machine: {os.cpu_count()} cores, "
          f"{platform.system()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}\n")
    print("| run | wall s | CPU s | peak RSS MB | output MB |")
    print("|---|---:|---:|---:|---:|")
    for m in (build, peer):
        print(f"| {m.label} | {m.wall_s:.1f} | {m.cpu_s:.1f} | {m.peak_rss_bytes / MB:.0f} "
              f"| {m.output_bytes / MB:.1f} |")
    print(f"\nbuild / peer: wall {build.wall_s / peer.wall_s:.1f}x, "
          f"output size {build.output_bytes / peer.output_bytes:.2f}x")


def run(corpus, out, extra):
    """Measure the peer and the build; returns the exit code."""
    if not (corpus / "archive.toml").is_file():
        print(f"bench_build: {corpus} has no archive.toml; generate it with make_corpus.py", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    peer_out = out.with_name(out.name + ".peer.sqlite")
    for stale in (out, peer_out):
        stale.unlink(missing_ok=True)
    files = source_files(corpus)
    corpus_bytes = warm_page_cache(files)

    print("peer: raw bytes into SQLite ...", flush=True)
    peer = measure("peer: raw bytes → SQLite",
                   [sys.executable, __file__, "--peer-only", str(corpus), "--out", str(peer_out)])
    if peer.returncode != 0:
        print(f"bench_build: the peer failed (exit code {peer.returncode})", file=sys.stderr)
        return 1
    peer.output_bytes = peer_out.stat().st_size
    peer_out.unlink()

    command = builder_command(corpus, out, extra)
    print(f"build: {' '.join(command)}", flush=True)
    build = measure("casefile build", command, repo_env())
    if build.returncode == 3:  # written, with warnings: the figures stand, the warnings are the corpus's
        print("bench_build: the build finished with warnings (exit status 3); see its output above.", file=sys.stderr)
    if build.returncode not in (0, 3) or not out.is_file():
        print(f"bench_build: the build failed (exit code {build.returncode}) after {build.wall_s:.1f} s. "
              f"Is the builder in place (archive/publish, viewer/cli.py) and does "
              f"'{' '.join(command)}' work on its own?", file=sys.stderr)
        return 1
    build.output_bytes = out.stat().st_size
    print_table(len(files), corpus_bytes, build, peer)
    return 0


def main(argv=None):
    """Command-line entry point; arguments after '--' go to 'casefile build'."""
    argv = sys.argv[1:] if argv is None else list(argv)
    split = argv.index("--") if "--" in argv else len(argv)
    argv, extra = argv[:split], argv[split + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="where to write the archive (default: %(default)s)")
    # The peer runs as a child of the benchmark so that it is measured exactly like the build.
    parser.add_argument("--peer-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peer_only:
        store_raw(args.corpus, args.out)
        return 0
    return run(args.corpus, args.out, extra)


if __name__ == "__main__":
    sys.exit(main())
