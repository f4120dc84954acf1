"""Build time, peak RSS and throughput per format for a mixed corpus of real formats (issue 18).

    python benchmarks/bench_ingest.py [--files 5000] [--work /tmp/casefile-ingest]

The corpus (tests/helpers/mixedcorpus.py) cycles through 15 formats made by their own libraries:
text in UTF-8, GB18030, UTF-16 and Latin-1, Markdown, HTML, CSV, EML with an attachment, PDF, DOCX,
XLSX, JPEG, PNG, GIF, and files Casefile keeps as given. Measured, each as a child process (os.wait4:
wall, CPU, peak RSS):

- the whole corpus through `casefile build`, and the peer in the same run: every file's raw bytes
  stored into one SQLite table in one transaction (the floor cost of keeping the originals);
- each format alone (its files copied to a folder of their own) through `casefile build`, for the
  throughput per format in files/s.

DOCX files go through LibreOffice when `soffice` is on PATH (the page view): say which in the output.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.helpers.mixedcorpus import make_mixed_corpus  # noqa: E402

MB = 1_000_000


def measure(command: list[str], env: dict | None = None) -> dict:
    """Run `command`; wall and CPU seconds and peak RSS (MB) of the child and what it waited for."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    return {"code": os.waitstatus_to_exitcode(status), "wall_s": wall,
            "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss * 1024 / MB}


def without_libreoffice() -> dict:
    """The environment with LibreOffice off PATH: office files are then read without a page view."""
    folders = [folder for folder in os.environ.get("PATH", "").split(os.pathsep)
               if not (Path(folder) / "soffice").exists() and not (Path(folder) / "libreoffice").exists()]
    return {**os.environ, "PATH": os.pathsep.join(folders)}


def row(label: str, files: list[Path], run: dict) -> str:
    megabytes = sum(p.stat().st_size for p in files) / MB
    return (f"{label:<28} {len(files):>6} {run['wall_s']:>8.1f} {len(files) / run['wall_s']:>9.1f} "
            f"{megabytes / run['wall_s']:>7.2f} {run['peak_rss_mb']:>12.0f}")


def build_command(source: Path, out: Path, report: Path) -> list[str]:
    return [sys.executable, "-m", "viewer.cli", "build", str(source), "-o", str(out), "-q", "--report", str(report)]


def store_raw(source: Path, out: Path) -> None:
    """The peer: every file's bytes into one table, one transaction."""
    connection = sqlite3.connect(out, isolation_level=None)
    connection.execute("CREATE TABLE files (path TEXT PRIMARY KEY, data BLOB NOT NULL)")
    connection.execute("BEGIN")
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        connection.execute("INSERT INTO files VALUES (?, ?)", (path.relative_to(source).as_posix(), path.read_bytes()))
    connection.execute("COMMIT")
    connection.close()


def by_format(source: Path, work: Path) -> dict[str, Path]:
    """A source folder per format, holding copies of that format's files."""
    folders: dict[str, Path] = {}
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.name != "archive.toml":
            fmt = path.parent.name
            folder = folders.setdefault(fmt, work / "formats" / fmt)
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, folder / f"{path.parent.parent.name} {path.name}")
    for folder in folders.values():
        shutil.copyfile(source / "archive.toml", folder / "archive.toml")
    return folders


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/casefile-ingest"))
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    source = args.work / "source"
    counts = make_mixed_corpus(source, files=args.files)
    size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    print(f"corpus: {sum(counts.values()):,} files, {size / MB:.1f} MB; soffice: {shutil.which('soffice') or 'absent'}")
    os.chdir(REPO)
    whole = measure(build_command(source, args.work / "mixed.casefile", args.work / "mixed.json"))
    peer_started = time.perf_counter()
    store_raw(source, args.work / "peer.sqlite")
    peer = time.perf_counter() - peer_started
    report = json.loads((args.work / "mixed.json").read_text(encoding="utf-8"))
    kinds = defaultdict(int)
    for entry in report["files"]:
        kinds[entry["kind"] + (" (kept)" if entry["outcome"] == "kept" else "")] += 1
    print(f"casefile build, whole corpus: {whole['wall_s']:.1f} s wall, {whole['cpu_s']:.1f} s CPU, "
          f"peak RSS {whole['peak_rss_mb']:.0f} MB, exit {whole['code']}, "
          f"{len(report['files']):,} items ({dict(sorted(kinds.items()))}), {len(report['warnings'])} warnings")
    print(f"peer (raw bytes into SQLite, one transaction): {peer:.2f} s; build / peer = {whole['wall_s'] / peer:.0f}x")
    print(f"{'format':<28} {'files':>6} {'wall s':>8} {'files/s':>9} {'MB/s':>7} {'peak RSS MB':>12}")
    for fmt, folder in sorted(by_format(source, args.work).items()):
        files = [p for p in folder.iterdir() if p.name != "archive.toml"]
        print(row(fmt, files, measure(build_command(folder, args.work / f"{fmt}.casefile", args.work / f"{fmt}.json"))))
        if fmt == "docx":
            run = measure(build_command(folder, args.work / "docx-plain.casefile", args.work / "docx-plain.json"),
                          env=without_libreoffice())
            print(row("docx, no LibreOffice", files, run))
    office_free = args.work / "no-office"
    shutil.copytree(source, office_free, ignore=shutil.ignore_patterns("docx"))
    files = [p for p in office_free.rglob("*") if p.is_file() and p.name != "archive.toml"]
    print(row("all but docx, one build", files,
              measure(build_command(office_free, args.work / "no-office.casefile", args.work / "no-office.json"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
