"""The frozen app (issue 8): PyInstaller builds it, it stays under 200 MB, and it works.

`packaging/build.py` runs once per session (about a minute on 2 cores): it builds dist/casefile/
and runs the frozen smoke test twice (building the sample archive, then opening it); its output is
shown in the log as it runs. The tests below check its report, what the bundle holds and leaves out,
and that the frozen app makes no network system call. `-m "not frozen"` skips them.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
BUILD_TIMEOUT_S = 1200


def _load_build_module():
    spec = importlib.util.spec_from_file_location("casefile_packaging_build", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_module()


@pytest.fixture(scope="session")
def frozen(request) -> dict:
    """Build the frozen app and smoke-test it (packaging/build.py), once; its report."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print("\n--- packaging/build.py: PyInstaller build and frozen smoke test ---", flush=True)
        result = subprocess.run([sys.executable, str(BUILD_SCRIPT)], cwd=ROOT, timeout=BUILD_TIMEOUT_S)
        print("--- end of packaging/build.py ---", flush=True)
    report = json.loads(build.REPORT.read_text(encoding="utf-8"))
    assert result.returncode == 0 and report["ok"], report.get("error")
    return report


def _internal() -> Path:
    return build.APP_DIR / "_internal"


def _run(args: list[str], data_dir: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_DATA_DIR": str(data_dir)}
    return subprocess.run(args, cwd=data_dir, env=env, capture_output=True, text=True, timeout=300, **kwargs)


# -- without building: the checks build.py applies ----------------------------------------------------
def test_check_smoke_names_each_problem():
    summary = {"ok": False, "frozen": False, "verification": "tampered", "network_modules_loaded": ["PySide6.QtNetwork"],
               "search_hits": 0, "items_opened": {"text/html": "reports/a"}, "libraries": {"qtfix": "applied"},
               "problems": ["reports/b: did not open"]}
    problems = build.check_smoke(summary)
    assert problems[0] == "reports/b: did not open"
    text = "\n".join(problems)
    for expected in ("ok is False", "frozen is False", "verification is 'tampered'", "network_modules_loaded",
                     "the search found nothing", "application/pdf", "image/webp", "pypinyin"):
        assert expected in text
    assert "text/html" not in text.split("not opened:")[1].split(";")[0]


def test_components_split_qt_libraries_and_group_packages():
    assert build.component(Path("_internal/PySide6/Qt/lib/libQt6Gui.so.6")) == "PySide6/Qt/lib/libQt6Gui.so.6"
    assert build.component(Path("_internal/cryptography/hazmat/bindings/_rust.abi3.so")) == "cryptography"
    assert build.component(Path("_internal/libpython3.11.so.1.0")) == "libpython3.11.so.1.0"
    assert build.component(Path("casefile")) == "casefile"


# -- the frozen app ------------------------------------------------------------------------------------
@pytest.mark.frozen
def test_bundle_is_built_within_size(frozen):
    assert build.executable().is_file()
    assert frozen["size"]["bytes"] <= build.MAX_BUNDLE_MB * 1_000_000
    assert frozen["size"]["largest"][0]["bytes"] > 0


@pytest.mark.frozen
def test_bundle_holds_resources_and_leaves_out_network_and_unused_qt(frozen):
    internal = _internal()
    for needed in ("resources/sample/archive.toml", "resources/sample/keys/demo.pub", "resources/icons/casefile.png",
                   "pypinyin/phrases_dict.json", "pypinyin/pinyin_dict.json"):
        assert (internal / needed).is_file(), needed
    assert not (internal / "resources" / "sample" / "_tools").exists()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for needed in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "platforms/libqwayland.so",
                   "imageformats/libqjpeg.so", "imageformats/libqtiff.so", "imageformats/libqwebp.so"):
        assert (plugins / needed).is_file(), needed
    for folder in ("tls", "networkinformation", "sqldrivers", "qmltooling", "printsupport", "designer"):
        assert not (plugins / folder).exists(), folder
    names = {path.name for path in internal.rglob("*")}
    unwanted = [name for name in names if name.startswith(("QtNetwork", "QtWebEngine", "libQt6WebEngine", "QtQml",
                                                           "libQt6Qml", "libQt6Quick", "_tkinter", "libtk", "libgtk"))]
    assert unwanted == []
    # Only the Qt catalogues viewer.i18n installs (Chinese standard buttons and dialogs).
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    kept = sorted(path.name for path in qt_translations.iterdir()) if qt_translations.exists() else []
    assert kept == ["qtbase_zh_CN.qm"]
    assert sorted(p.name for p in (internal / "resources" / "translations").glob("*.qm")) == [
        "casefile_ug.qm", "casefile_zh_CN.qm"]


@pytest.mark.frozen
def test_frozen_smoke_test_builds_then_opens_the_sample(frozen):
    first, second = frozen["smoke"]
    for run in (first, second):
        assert build.check_smoke(run) == []
        assert run["archive_id"] == "casefile-sample-xinjiang"
        assert run["search_hits"] > 0
        assert set(run["items_opened"]) == build.MEDIA_TYPES
        assert run["libraries"]["pypinyin"] == "陈全国 -> chen quanguo"
        assert run["libraries"]["qtfix"] == "applied"
    assert first["sample_built"] is True and second["sample_built"] is False


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    return subprocess.run([strace, "-f", "-o", os.devnull, "true"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.frozen
@pytest.mark.skipif(not _strace_works(), reason="strace cannot trace here (apt-get install strace; ./test does)")
def test_frozen_app_makes_no_network_system_call(frozen, tmp_path):
    log = tmp_path / "strace.log"
    result = _run(["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(log),
                   str(build.executable()), "smoke-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    calls = log.read_text().splitlines()
    not_local = [line for line in calls if "socket(" in line and "AF_UNIX" not in line and "AF_LOCAL" not in line]
    assert not_local == [], "\n".join(not_local[:10])
    assert not [line for line in calls if "sa_family=AF_INET" in line]


@pytest.mark.frozen
def test_frozen_headless_commands(frozen, tmp_path):
    app = str(build.executable())
    assert _run([app, "--version"], tmp_path).stdout.strip() == "casefile 0.1.0"
    sample = tmp_path / "sample.casefile"
    made = _run([app, "sample", "-q", "-o", str(sample)], tmp_path)
    assert made.returncode == 0, made.stderr
    verified = _run([app, "verify", str(sample), "--json", "-q"], tmp_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["state"] == "verified"
    found = _run([app, "search", str(sample), "陈全国", "--json"], tmp_path)
    assert found.returncode == 0 and json.loads(found.stdout)["total"] > 0, found.stderr
