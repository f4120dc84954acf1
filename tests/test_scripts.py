"""./run and ./test as a newcomer meets them: help and version with no screen, system packages named
with the reason before root installs them (and skippable), and .venv set up once, not per script.

The scripts run for real in a copy of the repository's scripts, with a .venv whose `casefile` is this
one's and with stand-ins for dpkg-query, apt-get and id, so nothing is installed on this machine."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
QT_WHY = "the system libraries Qt (PySide6) needs to draw windows"


def fake_command(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(0o755)


@pytest.fixture
def checkout(tmp_path) -> Path:
    """The scripts and pyproject.toml in a folder of their own, .venv already installed (with the test
    extras, as ./test leaves it), and a bin/ of stand-ins: every package missing, root, apt-get logged."""
    root = tmp_path / "casefile"
    (root / "packaging").mkdir(parents=True)
    for name in ("run", "test", "pyproject.toml", "packaging/bootstrap.sh"):
        shutil.copy2(REPO / name, root / name)
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "casefile").symlink_to(Path(sys.executable).with_name("casefile"))
    digest = hashlib.sha256((root / "pyproject.toml").read_bytes()).hexdigest()[:16]
    (root / ".venv" / f".installed-{digest}-test,packaging").touch()
    fakes = tmp_path / "bin"
    fakes.mkdir()
    fake_command(fakes, "dpkg-query", "exit 1")
    fake_command(fakes, "id", "echo 0")
    fake_command(fakes, "apt-get", f'echo "apt-get $*" >>"{tmp_path}/apt.log"; echo "APT-GET RAN" >&2')
    return root


def run(checkout: Path, *command: str, **env: str) -> subprocess.CompletedProcess:
    """Run `command` in the checkout with no display, the stand-ins first on PATH and stdin not a terminal."""
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    clean |= {"PATH": f"{checkout.parent / 'bin'}{os.pathsep}{clean['PATH']}", "PYTHON": sys.executable, **env}
    return subprocess.run(command, cwd=checkout, env=clean, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def apt_log(checkout: Path) -> str:
    log = checkout.parent / "apt.log"
    return log.read_text() if log.exists() else ""


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_run_help_works_without_a_display_and_installs_nothing(checkout, flag):
    done = run(checkout, "./run", flag)
    assert done.returncode == 0, done.stderr
    assert "./run opens the viewer" in done.stdout and "usage: casefile view" in done.stdout
    assert "--screenshot" in done.stdout
    assert done.stderr == ""  # no "No display found", no package list, no .venv install after ./test
    assert apt_log(checkout) == ""


def test_run_version_works_without_a_display(checkout):
    done = run(checkout, "./run", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("casefile ") and done.stderr == ""


def test_run_without_a_display_says_how_to_get_a_picture(checkout):
    done = run(checkout, "./run", CASEFILE_SKIP_SYSTEM_PACKAGES="1")
    assert done.returncode == 1
    assert "No display found" in done.stderr and "./run --screenshot" in done.stderr


def bootstrap(checkout: Path, call: str, **env: str) -> subprocess.CompletedProcess:
    return run(checkout, "bash", "-c", f"set -euo pipefail; source packaging/bootstrap.sh; {call}", **env)


def test_system_packages_are_named_with_their_reason_before_root_installs_them(checkout):
    done = bootstrap(checkout, 'ensure_system_packages "fonts for Chinese" fonts-noto-cjk')
    assert done.returncode == 0, done.stderr
    said, installing = done.stderr.split("APT-GET RAN")[0], apt_log(checkout)
    assert f"{QT_WHY}: libegl1" in said and "fonts for Chinese: fonts-noto-cjk" in said
    assert "CASEFILE_SKIP_SYSTEM_PACKAGES=1" in said
    assert "install -y -qq" in installing and "libegl1" in installing and "fonts-noto-cjk" in installing


def test_system_packages_can_be_skipped(checkout):
    done = bootstrap(checkout, 'ensure_system_packages "fonts for Chinese" fonts-noto-cjk',
                     CASEFILE_SKIP_SYSTEM_PACKAGES="1")
    assert done.returncode == 0, done.stderr
    assert apt_log(checkout) == ""
    assert "fonts for Chinese: fonts-noto-cjk" in done.stderr
    assert "sudo apt-get install" in done.stderr and "fonts-noto-cjk" in done.stderr


def test_nothing_is_said_when_every_package_is_there(checkout):
    fake_command(checkout.parent / "bin", "dpkg-query", "echo 'install ok installed'")
    done = bootstrap(checkout, 'ensure_system_packages "fonts for Chinese" fonts-noto-cjk')
    assert (done.returncode, done.stderr, apt_log(checkout)) == (0, "", "")


def test_venv_is_updated_once_and_never_called_a_first_run_again(checkout):
    """The newcomer saw "(first run only)" twice: once from ./test, again from ./run or after a change."""
    fake_command(checkout / ".venv" / "bin", "python", 'echo "pip $*" >>"$(dirname "$0")/../pip.log"')
    (checkout / "pyproject.toml").write_text((checkout / "pyproject.toml").read_text() + "\n# changed\n")
    first = bootstrap(checkout, "ensure_venv")
    assert first.returncode == 0, first.stderr
    assert "Updating .venv" in first.stderr and "first run" not in first.stderr
    assert "install --quiet -e ." in (checkout / ".venv" / "pip.log").read_text()
    again = bootstrap(checkout, "ensure_venv")
    assert (again.returncode, again.stderr) == (0, "")
