"""The Windows and macOS workflow (.github/workflows/platforms.yml, issue 24) cannot run here, so these
tests keep it consistent: with the repository (every path it names exists), with the CLI (every command
it runs exists), with itself (each system's steps run only there, later steps name earlier ones), and
they run the checks it carries in Python against files made to look like a Windows build, a macOS
bundle and smoke-test output, including real console and GUI executables."""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from viewer.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW_FILE = ROOT / ".github" / "workflows" / "platforms.yml"
WORKFLOW = yaml.safe_load(WORKFLOW_FILE.read_text(encoding="utf-8"))
JOBS = WORKFLOW["jobs"]
STEPS = [step for job in JOBS.values() for step in job["steps"]]
RUNS = [step["run"] for step in STEPS if "run" in step]
# Commands and paths that only make sense on one system: a step holding one must say so in its `if:`.
ONLY_ON = {
    "Windows": re.compile(r"\bchoco |\bdiskpart\b|\.exe\b|\bR:\\"),
    "macOS": re.compile(r"\bbrew |\bhdiutil\b|\bplutil\b|\bcodesign\b|\bCasefile\.app\b"),
}
HEREDOC = re.compile(r"python - [^\n]*<<'PY'\n(.*?)\nPY$", re.DOTALL | re.MULTILINE)
CHINESE_NAME = "陈全国"


def step(step_id: str) -> dict:
    return next(s for s in STEPS if s.get("id") == step_id)


def embedded_python(step_id: str) -> str:
    """The Python a step runs with `python - <<'PY'`."""
    found = HEREDOC.findall(step(step_id)["run"])
    assert len(found) == 1, f"step {step_id} should run one Python heredoc"
    return found[0]


def run_python(code: str, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, encoding="utf-8",
                          errors="replace", timeout=60)


def steps_for(system: str) -> str:
    return "\n".join(s.get("run", "") for s in STEPS if f"runner.os == '{system}'" in s.get("if", ""))


# -- the workflow's structure --------------------------------------------------------------------------
def test_it_runs_on_pushes_pull_requests_and_by_hand():
    triggers = WORKFLOW.get("on", WORKFLOW.get(True))  # YAML 1.1 reads the key `on` as True
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)


def test_the_matrix_holds_windows_and_macos_and_one_failure_cancels_nothing():
    job = JOBS["platforms"]
    assert {"windows-latest", "macos-latest"} <= set(job["strategy"]["matrix"]["os"])
    assert job["runs-on"] == "${{ matrix.os }}"
    assert job["strategy"]["fail-fast"] is False
    setup = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "3.11"


def test_every_job_runs_somewhere_and_every_step_does_one_thing():
    for name, job in JOBS.items():
        assert job.get("runs-on"), f"job {name} has no runs-on"
        for number, each in enumerate(job["steps"]):
            assert ("run" in each) != ("uses" in each), f"step {number} of {name} needs one of run or uses"


def test_each_systems_steps_run_only_on_that_system():
    for each in (s for s in STEPS if "run" in s):
        systems = [system for system, marks in ONLY_ON.items() if marks.search(each["run"])]
        if each.get("shell") == "pwsh":
            systems.append("Windows")
        assert len(set(systems)) <= 1, f"{each.get('name')} mixes Windows and macOS commands"
        for system in systems:
            assert f"runner.os == '{system}'" in each.get("if", ""), f"{each.get('name')} must run on {system} only"


def test_conditions_name_only_earlier_steps():
    seen: set[str] = set()
    for each in STEPS:
        for named in re.findall(r"steps\.([\w-]+)\.", each.get("if", "")):
            assert named in seen, f"{each.get('name')} depends on step {named!r}, which does not come before it"
        seen.add(each.get("id", ""))


def test_the_suite_the_build_and_the_frozen_tests_run_as_in_dot_test():
    runs = "\n".join(RUNS)
    for needed in ("lint-imports", 'python -m pytest -m "not frozen"', "python -m pytest -m frozen",
                   "python packaging/build.py", '".[test,packaging,cluster]"'):
        assert needed in runs, needed
    assert WORKFLOW["jobs"]["platforms"]["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_pytest_collecting_nothing_fails_the_job():
    for run in (r for r in RUNS if "-m pytest" in r):
        assert "set +e" in run and '"$code" -eq 5' in run and "exit 1" in run, run


def test_windows_steps_check_the_executables_the_smoke_test_and_fat32_and_exfat_sticks():
    windows = steps_for("Windows")
    for needed in ("('Casefile.exe', 2), ('casefile-cli.exe', 3)", "dist/casefile/casefile-cli.exe smoke-test",
                   "unset PYTHONIOENCODING", "diskpart /s", "create vdisk", "maximum=600", "attach vdisk",
                   "format fs=$fs quick label=CASEFILE", "'fat32', 'exfat'", "assign letter=R", "detach vdisk",
                   "packaging/make_usb.py R:\\", r"R:\Casefile-Windows\casefile-cli.exe verify", "choco install"):
        assert needed in windows, needed


def test_macos_steps_check_the_bundle_its_signature_the_smoke_test_and_fat32_and_exfat_sticks():
    macos = steps_for("macOS")
    for needed in ("plutil -lint dist/Casefile.app/Contents/Info.plist", "plistlib",
                   "codesign --verify --deep --strict --verbose=2 dist/Casefile.app",
                   "dist/Casefile.app/Contents/MacOS/casefile-cli smoke-test", "hdiutil create -size 600m",
                   "hdiutil attach", "hdiutil detach", 'make_stick fat32 "MS-DOS FAT32"', "make_stick exfat ExFAT",
                   "packaging/make_usb.py", "--app dist/Casefile.app",
                   'app="$volume/Casefile-macOS/Casefile.app"',
                   '"$app/Contents/MacOS/casefile-cli" verify', 'codesign --verify --deep --strict --verbose=2 "$app"',
                   "brew install"):
        assert needed in macos, needed


def test_the_frozen_report_is_uploaded_even_after_a_failure():
    upload = next(s for s in STEPS if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "build/frozen-report.json"
    assert "!cancelled()" in upload["if"]
    assert "${{ matrix.os }}" in upload["with"]["name"]  # one artifact per system


def test_no_encoding_is_forced_on_the_app():
    """The Windows check is that the app writes UTF-8 by itself: nothing may set it from outside."""
    for scope in [WORKFLOW, *JOBS.values(), *STEPS]:
        assert not {"PYTHONIOENCODING", "PYTHONUTF8"} & set(scope.get("env", {}))


def test_every_repository_path_it_names_exists():
    texts = RUNS + [s.get("name", "") for s in STEPS] + [str(v) for job in JOBS.values() for v in job["env"].values()]
    named = {match.replace("\\", "/").rstrip(".") for text in texts
             for match in re.findall(r"(?<![\w/\\])(?:packaging|resources|tests|\.ci)[/\\][\w./\\-]+", text)}
    assert {"packaging/build.py", "packaging/make_usb.py", "packaging/casefile.spec",
            "resources/sample/keys/demo.pub"} <= named
    assert [path for path in sorted(named) if not (ROOT / path).exists()] == []
    assert "pyproject.toml" in "\n".join(RUNS) and (ROOT / "pyproject.toml").is_file()


def test_every_casefile_command_it_runs_exists():
    _, subcommands = build_parser()
    runs = "\n".join(RUNS)
    called = set(re.findall(r"(?m)^\s*(?:[A-Za-z_]\w*=\S+\s+)*casefile(?:\.exe)?\s+([a-z][\w-]*)", runs))
    called |= set(re.findall(r"[/\\]casefile-cli(?:\.exe)?\"?\s+([a-z][\w-]*)", runs))
    assert {"sample", "verify", "smoke-test"} <= called
    assert called - set(subcommands.choices) == set()


def test_the_python_it_embeds_compiles():
    snippets = [code for run in RUNS for code in HEREDOC.findall(run)]
    assert len(snippets) >= 3
    for code in [*snippets, JOBS["platforms"]["env"]["CHECK_SMOKE"]]:
        compile(code, str(WORKFLOW_FILE), "exec")


# -- Windows: the PE header check, on real console and GUI launchers ------------------------------------
def _launchers() -> Path:
    import pip

    folder = Path(pip.__file__).parent / "_vendor" / "distlib"
    if not (folder / "t64.exe").is_file():
        pytest.skip("pip's distlib launchers (t64.exe, w64.exe) are not installed")
    return folder


@pytest.mark.parametrize("bits", ["32", "64"])  # PE32 and PE32+
def test_the_pe_check_tells_the_gui_program_from_the_console_one(tmp_path, bits):
    launchers, dist = _launchers(), tmp_path / "dist" / "casefile"
    dist.mkdir(parents=True)
    shutil.copyfile(launchers / f"w{bits}.exe", dist / "Casefile.exe")  # distlib's GUI launcher
    shutil.copyfile(launchers / f"t{bits}.exe", dist / "casefile-cli.exe")  # and its console one
    result = run_python(embedded_python("pe-subsystems"), tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Casefile.exe: subsystem 2" in result.stdout and "casefile-cli.exe: subsystem 3" in result.stdout


def test_the_pe_check_fails_a_console_gui_and_a_wrongly_named_program(tmp_path):
    launchers, dist = _launchers(), tmp_path / "dist" / "casefile"
    dist.mkdir(parents=True)
    shutil.copyfile(launchers / "t64.exe", dist / "Casefile.exe")
    shutil.copyfile(launchers / "t64.exe", dist / "Casefile-cli.exe")
    result = run_python(embedded_python("pe-subsystems"), tmp_path)
    assert result.returncode != 0
    assert "Casefile.exe has subsystem 3, not 2" in result.stderr and "no casefile-cli.exe" in result.stderr


# -- macOS: the Info.plist check --------------------------------------------------------------------------
def _bundle(tmp_path: Path, executables=("Casefile", "casefile-cli"), **info) -> Path:
    contents = tmp_path / "dist" / "Casefile.app" / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    for name in executables:
        (contents / "MacOS" / name).write_bytes(b"")
        (contents / "MacOS" / name).chmod(0o755)
    plist = {"CFBundleExecutable": "Casefile", "CFBundleIdentifier": "org.casefile.viewer",
             "CFBundleDocumentTypes": [{"CFBundleTypeName": "Casefile archive", "CFBundleTypeExtensions": ["casefile"],
                                        "CFBundleTypeRole": "Viewer"}]}
    plist.update(info)
    with (contents / "Info.plist").open("wb") as handle:
        plistlib.dump({k: v for k, v in plist.items() if v is not None}, handle)
    return tmp_path


def test_the_plist_check_passes_a_foreground_app_that_opens_casefile_documents(tmp_path):
    result = run_python(embedded_python("plist"), _bundle(tmp_path, LSBackgroundOnly=False))
    assert result.returncode == 0, result.stderr


def test_the_plist_check_reads_the_extension_through_a_declared_type(tmp_path):
    documents = [{"CFBundleTypeName": "Casefile archive", "LSItemContentTypes": ["org.casefile.archive"]}]
    types = [{"UTTypeIdentifier": "org.casefile.archive",
              "UTTypeTagSpecification": {"public.filename-extension": ["casefile"]}}]
    bundle = _bundle(tmp_path, CFBundleDocumentTypes=documents, UTExportedTypeDeclarations=types)
    assert run_python(embedded_python("plist"), bundle).returncode == 0


@pytest.mark.parametrize(("change", "message"), [
    ({"LSBackgroundOnly": True}, "LSBackgroundOnly is True"),
    ({"CFBundleExecutable": "casefile"}, "CFBundleExecutable is 'casefile', not 'Casefile'"),
    ({"CFBundleIdentifier": None}, "CFBundleIdentifier is None"),
    ({"CFBundleDocumentTypes": []}, "does not declare the casefile extension"),
    ({"executables": ("Casefile",)}, "no executable Contents/MacOS/casefile-cli"),
])
def test_the_plist_check_names_what_is_wrong(tmp_path, change, message):
    result = run_python(embedded_python("plist"), _bundle(tmp_path, **change))
    assert result.returncode != 0 and message in result.stderr


# -- the smoke-test output check --------------------------------------------------------------------------
STUB_BUILD = "def check_smoke(summary):\n    return [] if summary.get('ok') is True else ['ok is not True']\n"


def _smoke_output(tmp_path: Path, data: bytes) -> tuple[Path, Path]:
    """A folder with a stand-in packaging/build.py (so only the workflow's own checks are judged) and a
    file holding `data` as the smoke test's standard output."""
    (tmp_path / "packaging").mkdir()
    (tmp_path / "packaging" / "build.py").write_text(STUB_BUILD, encoding="utf-8")
    output = tmp_path / "smoke.txt"
    output.write_bytes(data)
    return tmp_path, output


def _summary(ok: bool = True, name: str = CHINESE_NAME) -> str:
    return json.dumps({"ok": ok, "search_hits": 12, "items_opened": {"text/html": "reports/a"},
                       "libraries": {"pypinyin": f"{name} -> chen quanguo"}}, ensure_ascii=False)


def check_smoke(folder: Path, output: Path) -> subprocess.CompletedProcess:
    return run_python(JOBS["platforms"]["env"]["CHECK_SMOKE"], folder, str(output))


def test_the_smoke_check_passes_utf8_output_whose_last_line_says_ok(tmp_path):
    text = f"progress goes to stderr, but a stray line here is fine\n{_summary()}\r\n"
    result = check_smoke(*_smoke_output(tmp_path, text.encode("utf-8")))
    assert result.returncode == 0, result.stderr
    assert "ok is true, 12 search hits" in result.stdout


@pytest.mark.parametrize(("data", "message"), [
    (_summary().encode("gbk"), "did not write UTF-8"),  # a Chinese Windows' code page, cp936
    (_summary(name="???").encode("cp1252"), "did not come through as UTF-8"),  # cp1252's replacement
    (_summary(ok=False).encode("utf-8"), "ok is not True"),
    (b"Traceback (most recent call last):\n", "the last line is not the JSON summary"),
    (b"", "the last line is not the JSON summary"),
])
def test_the_smoke_check_fails_other_encodings_and_failed_or_missing_summaries(tmp_path, data, message):
    result = check_smoke(*_smoke_output(tmp_path, data))
    assert result.returncode != 0 and message in result.stderr


def test_the_smoke_check_uses_build_pys_own_judgement():
    """CHECK_SMOKE calls packaging/build.py's check_smoke, which must take a summary and list problems."""
    code = JOBS["platforms"]["env"]["CHECK_SMOKE"]
    assert "build.check_smoke(summary)" in code
    result = run_python(code, ROOT, os.devnull)
    assert result.returncode != 0 and "the last line is not the JSON summary" in result.stderr
    problems = run_python("import importlib.util, sys\n"
                          "spec = importlib.util.spec_from_file_location('b', 'packaging/build.py')\n"
                          "b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)\n"
                          "print(len(b.check_smoke({'ok': False})))", ROOT)
    assert problems.returncode == 0 and int(problems.stdout) > 0
