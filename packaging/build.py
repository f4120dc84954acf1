"""Build the frozen Casefile app with PyInstaller, report its size, and run its smoke test.

    .venv/bin/pip install -e ".[packaging]"     # once: PyInstaller (this script installs nothing)
    .venv/bin/python packaging/build.py         # -> dist/casefile/ (work files in build/)

Steps, each failing the script (exit status 1) if it goes wrong:
1. PyInstaller builds packaging/casefile.spec into dist/casefile/ (one folder: `casefile` inside on
   Linux; `Casefile` and `casefile-cli` on Windows and macOS, with dist/Casefile.app on macOS).
2. The bundle's size and its 10 largest components are printed; over MAX_BUNDLE_MB fails.
3. The frozen smoke test: the built binary runs `casefile smoke-test` offscreen twice with a fresh,
   temporary data folder, first building and signing the sample archive from the bundled sources,
   then opening the one it built; each run's JSON line is checked (see `check_smoke`).
A summary of all three is written to build/frozen-report.json (tests/packaging reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from archive.cli import utf8_output

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "casefile.spec"
DIST, WORK = ROOT / "dist", ROOT / "build"
APP_DIR = DIST / "casefile"
REPORT = WORK / "frozen-report.json"
MAX_BUNDLE_MB = 200
SMOKE_TIMEOUT_S = 300
# What the smoke test must have opened: one item of each media type in the sample archive.
# One item of each the sample holds: reports, images, a table, an email and a mailbox kept as given.
MEDIA_TYPES = {"application/pdf", "text/html", "text/markdown", "text/plain",
               "image/jpeg", "image/png", "image/tiff", "image/webp",
               "text/csv", "message/rfc822", "application/mbox"}
LIBRARIES = {"qtfix", "libsodium", "cryptography", "pypdf", "markdown-it-py", "pypinyin", "whoosh",
             "qt-image-formats", "qtpdf"}


class BuildFailed(Exception):
    """A step failed; the message says which and why."""


def executable(app_dir: Path = APP_DIR, system: str = sys.platform) -> Path:
    """The console program, for commands and the smoke test (see casefile.spec for why Windows and
    macOS have a second, windowed one)."""
    if system == "win32":
        return app_dir / "casefile-cli.exe"
    return app_dir / ("casefile-cli" if system == "darwin" else "casefile")


def gui_executable(app_dir: Path = APP_DIR, system: str = sys.platform) -> Path | None:
    """The windowed program a double-click starts on Windows and macOS; None on Linux (one program)."""
    if system == "win32":
        return app_dir / "Casefile.exe"
    return app_dir / "Casefile" if system == "darwin" else None


def run_pyinstaller() -> float:
    """Build the spec into dist/casefile; returns the seconds it took."""
    try:
        import PyInstaller  # noqa: F401 - only checking it is there
    except ImportError:
        raise BuildFailed("PyInstaller is not installed: run  .venv/bin/pip install -e \".[packaging]\"") from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("$ " + " ".join(command), flush=True)
    started = time.monotonic()
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildFailed("PyInstaller failed (its messages are above)")
    seconds = time.monotonic() - started
    for program in (executable(), gui_executable()):
        if program is not None and not program.is_file():
            raise BuildFailed(f"PyInstaller made no {program}")
    print(f"Built {APP_DIR.relative_to(ROOT)} in {seconds:.0f} s", flush=True)
    return seconds


def component(relative: Path) -> str:
    """What a bundled file belongs to: each Qt and Python library on its own, else its top folder."""
    parts = relative.parts
    if parts and parts[0] == "_internal":
        parts = parts[1:]
    if len(parts) > 1 and parts[0] == "PySide6":
        return "/".join(parts)  # Qt's libraries differ too much in size to lump together
    return parts[0] if len(parts) > 1 else "/".join(parts)


def bundle_size(app_dir: Path = APP_DIR) -> tuple[int, list[tuple[str, int]]]:
    """Total bytes of the bundle (symbolic links counted once, as the files they point to) and the
    bytes per component, largest first."""
    total, parts = 0, {}
    for path in app_dir.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        name = component(path.relative_to(app_dir))
        parts[name] = parts.get(name, 0) + size
    return total, sorted(parts.items(), key=lambda kv: -kv[1])


def report_size() -> dict:
    total, parts = bundle_size()
    print(f"Bundle size: {total / 1e6:.1f} MB (limit {MAX_BUNDLE_MB} MB); largest components:")
    for name, size in parts[:10]:
        print(f"  {size / 1e6:7.1f} MB  {size / total:5.1%}  {name}")
    if total > MAX_BUNDLE_MB * 1e6:
        raise BuildFailed(f"the bundle is {total / 1e6:.1f} MB, over the {MAX_BUNDLE_MB} MB limit")
    return {"bytes": total, "largest": [{"name": n, "bytes": s} for n, s in parts[:10]]}


def run_smoke(data_dir: Path, app: Path | None = None) -> dict:
    """Run `casefile smoke-test` offscreen with `data_dir` as the data folder; its JSON summary."""
    app = app or executable()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_DATA_DIR": str(data_dir)}
    print(f"$ QT_QPA_PLATFORM=offscreen CASEFILE_DATA_DIR={data_dir} {app} smoke-test", flush=True)
    try:
        # The app writes UTF-8 wherever its output goes (archive.cli.utf8_output); read it as such, not
        # in the locale's code page (Windows: cp1252 or cp936, which Uyghur text would not decode in).
        result = subprocess.run([str(app), "smoke-test"], cwd=data_dir, env=env, capture_output=True,
                                encoding="utf-8", errors="replace", timeout=SMOKE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise BuildFailed(f"the smoke test did not finish within {SMOKE_TIMEOUT_S} s") from None
    sys.stdout.write("".join(f"  | {line}\n" for line in result.stderr.splitlines()))
    lines = result.stdout.strip().splitlines()
    try:
        summary = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        raise BuildFailed(f"the smoke test printed no JSON summary (exit status {result.returncode}):\n"
                          f"{result.stdout}") from None
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    problems = check_smoke(summary)
    if result.returncode != 0:
        problems.insert(0, f"exit status {result.returncode}")
    if problems:
        raise BuildFailed("the frozen smoke test failed: " + "; ".join(problems))
    return summary


def check_smoke(summary: dict) -> list[str]:
    """What is wrong with a smoke test's JSON summary (nothing, for a working frozen app)."""
    problems = list(summary.get("problems", []))
    expect = {"ok": True, "frozen": True, "utf8_mode": 1, "verification": "verified", "network_modules_loaded": []}
    problems += [f"{key} is {summary.get(key)!r}, not {value!r}" for key, value in expect.items()
                 if summary.get(key) != value]
    if not summary.get("search_hits"):
        problems.append("the search found nothing")
    missing = MEDIA_TYPES - set(summary.get("items_opened", {}))
    if missing:
        problems.append(f"not opened: {', '.join(sorted(missing))}")
    unchecked = LIBRARIES - set(summary.get("libraries", {}))
    if unchecked:
        problems.append(f"libraries not checked: {', '.join(sorted(unchecked))}")
    return problems


def smoke_twice() -> list[dict]:
    """First run builds and signs the sample in an empty data folder; the second opens it."""
    with tempfile.TemporaryDirectory(prefix="casefile-smoke-") as data:
        first = run_smoke(Path(data))
        if not first.get("sample_built"):
            raise BuildFailed("the first smoke run did not build the sample archive")
        second = run_smoke(Path(data))
    for name, run in (("first run (builds the sample)", first), ("second run", second)):
        print(f"Smoke test, {name}: passed; first results at {run['timings_ms'].get('first results')} ms, "
              f"done at {run['elapsed_ms']} ms after the process started", flush=True)
    return [first, second]


def main(argv: list[str] | None = None) -> int:
    utf8_output()  # the smoke test's lines hold Chinese and Uyghur: not in Windows' code pages
    parser = argparse.ArgumentParser(description="Build the frozen app (dist/casefile) and smoke-test it.")
    parser.add_argument("--no-build", action="store_true", help="check the existing dist/casefile only")
    args = parser.parse_args(argv)
    report: dict = {"ok": False}
    try:
        report["build_seconds"] = None if args.no_build else round(run_pyinstaller(), 1)
        report["size"] = report_size()
        report["smoke"] = smoke_twice()
        report["ok"] = True
    except BuildFailed as exc:
        report["error"] = str(exc)
        print(f"build.py: error: {exc}", file=sys.stderr)
    WORK.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if report["ok"]:
        print(f"Frozen app OK: {executable().relative_to(ROOT)} ({REPORT.relative_to(ROOT)})")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
