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


# The platform and image plugins each system's bundle must hold (as folder/stem).
PLUGINS_NEEDED = {
    "linux": ("platforms/qoffscreen", "platforms/qxcb", "platforms/qwayland", "imageformats/qjpeg",
              "imageformats/qtiff", "imageformats/qwebp"),
    "win32": ("platforms/qoffscreen", "platforms/qwindows", "imageformats/qjpeg", "imageformats/qtiff",
              "imageformats/qwebp"),
    "darwin": ("platforms/qoffscreen", "platforms/qcocoa", "imageformats/qjpeg", "imageformats/qtiff",
               "imageformats/qwebp"),
}


def plugin_file(needed: str, system: str = sys.platform) -> str:
    """folder/stem as the file Qt loads: libqjpeg.so, libqjpeg.dylib, qjpeg.dll."""
    folder, stem = needed.split("/")
    if system == "win32":
        return f"{folder}/{stem}.dll"
    return f"{folder}/lib{stem}.{'dylib' if system == 'darwin' else 'so'}"


@pytest.mark.frozen
def test_bundle_holds_resources_and_leaves_out_network_and_unused_qt(frozen):
    internal = _internal()
    for needed in ("resources/sample/archive.toml", "resources/sample/keys/demo.pub", "resources/icons/casefile.png",
                   "pypinyin/phrases_dict.json", "pypinyin/pinyin_dict.json"):
        assert (internal / needed).is_file(), needed
    assert not (internal / "resources" / "sample" / "_tools").exists()
    # PySide6 keeps Qt's plugins in PySide6/Qt/plugins on Linux and macOS, in PySide6/plugins on Windows.
    plugins = next(folder for folder in (internal / "PySide6" / "Qt" / "plugins", internal / "PySide6" / "plugins")
                   if folder.is_dir())
    for needed in PLUGINS_NEEDED[sys.platform if sys.platform in PLUGINS_NEEDED else "linux"]:
        assert (plugins / plugin_file(needed)).is_file(), needed
    for folder in ("tls", "networkinformation", "sqldrivers", "qmltooling", "printsupport", "designer"):
        assert not (plugins / folder).exists(), folder
    names = {path.name for path in internal.rglob("*")}
    unwanted = [name for name in names if name.startswith(("QtNetwork", "QtWebEngine", "libQt6WebEngine", "QtQml",
                                                           "libQt6Qml", "libQt6Quick", "_tkinter", "libtk", "libgtk"))]
    assert unwanted == []
    # Only the Qt catalogues viewer.i18n installs (Chinese standard buttons and dialogs).
    qt_translations = next((folder for folder in (internal / "PySide6" / "Qt" / "translations",
                                                  internal / "PySide6" / "translations") if folder.exists()),
                           internal / "PySide6" / "Qt" / "translations")
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


# -- the spec on each system, read with PyInstaller's build classes recorded rather than run ------------
class _Recorded:
    """Stands for one of PyInstaller's spec classes: keeps its arguments."""

    made: list[_Recorded] = []

    def __init__(self, *args, **kwargs):
        self.kind, self.args, self.kwargs = type(self).__name__, args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []
        _Recorded.made.append(self)


def _spec_on(system: str, monkeypatch) -> list[_Recorded]:
    importlib.import_module("PyInstaller.depend.bindepend")  # imported as on this system, before the pretence
    importlib.import_module("PyInstaller.utils.hooks")
    monkeypatch.setattr(sys, "platform", system)
    _Recorded.made = []
    names = {name: type(name, (_Recorded,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE", "Tree")}
    monkeypatch.setattr("PyInstaller.utils.hooks.collect_submodules", lambda package: [])
    code = (ROOT / "packaging" / "casefile.spec").read_text(encoding="utf-8")
    exec(compile(code, "casefile.spec", "exec"), {"SPECPATH": str(ROOT / "packaging"), **names})
    return _Recorded.made


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_get_a_windowed_viewer_and_a_console_cli(system, monkeypatch):
    made = _spec_on(system, monkeypatch)
    programs = {m.kwargs["name"]: m for m in made if m.kind == "EXE"}
    assert set(programs) == {"Casefile", "casefile-cli"}
    assert programs["Casefile"].kwargs["console"] is False  # no console window on Windows 11; a Dock icon on macOS
    assert programs["casefile-cli"].kwargs["console"] is True
    for program in programs.values():
        assert ("X utf8", None, "OPTION") in program.args[2]  # UTF-8 mode whatever the code page
    collect = next(m for m in made if m.kind == "COLLECT")
    assert [a for a in collect.args if getattr(a, "kind", None) == "EXE"] == list(programs.values())
    bundles = [m for m in made if m.kind == "BUNDLE"]
    if system == "darwin":
        plist = bundles[0].kwargs["info_plist"]
        assert plist["CFBundleExecutable"] == "Casefile" and plist["LSBackgroundOnly"] is False
        assert plist["CFBundleDocumentTypes"][0]["CFBundleTypeExtensions"] == ["casefile"]
        assert "stick" in plist["NSRemovableVolumesUsageDescription"]  # macOS asks before the app reads a stick
    else:
        assert bundles == []
    assert build.executable(Path("d"), system).name == ("casefile-cli.exe" if system == "win32" else "casefile-cli")
    assert build.gui_executable(Path("d"), system).stem == "Casefile"


def test_linux_keeps_one_program_for_the_viewer_and_the_commands(monkeypatch):
    made = _spec_on("linux", monkeypatch)
    programs = [m for m in made if m.kind == "EXE"]
    assert [(p.kwargs["name"], p.kwargs["console"]) for p in programs] == [("casefile", True)]
    assert ("X utf8", None, "OPTION") in programs[0].args[2]
    assert build.executable(Path("d"), "linux") == Path("d") / "casefile" and build.gui_executable(Path("d"), "linux") is None


def test_check_smoke_wants_utf8_mode():
    assert "utf8_mode is 0, not 1" in build.check_smoke({"utf8_mode": 0})


def test_the_windowed_program_only_opens_archives(monkeypatch):
    """Casefile.exe and the .app have no console: every argument is an archive to view, never a
    command whose output would go nowhere; Finder's old -psn_ argument is not a file."""
    from viewer import cli

    ran = []
    monkeypatch.setattr(cli.archive_cli, "main", lambda argv, desktop: ran.append(argv) or 0)
    monkeypatch.setattr(cli.portable, "prepare", lambda: None)
    assert cli.launch_viewer(["-psn_0_12345", "verify", "--help"]) == 0
    assert cli.launch_viewer([]) == 0
    assert ran == [["view", "--", "verify", "--help"], ["view"]]
    assert cli.is_gui_executable("C:/Casefile/Casefile.exe") and cli.is_gui_executable("/Applications/Casefile.app/"
                                                                                         "Contents/MacOS/Casefile")
    assert not cli.is_gui_executable("/media/stick/Casefile-Linux/casefile")
    assert not cli.is_gui_executable("C:/Casefile/casefile-cli.exe")
