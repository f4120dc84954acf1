"""No network, ever, from the command line: every main subcommand, run under strace, makes no internet
socket and no connect() to an internet address (the viewer's session: tests/viewer/test_network_isolation.py).

The session runs in its own process (tests/cli_session.py), with a Python audit hook inside it and
strace (`-f -e trace=network`: socket, connect, bind, sendto, ... of every thread and child) around it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive.signing import minisign

from .sources import make_source

REPO = Path(__file__).resolve().parents[1]
SUBCOMMANDS = ("build", "sign", "keys add", "keys list", "info", "search", "show", "entities", "export-entities",
               "verify", "prove", "check-proof", "annotations add", "annotations list", "annotations export",
               "annotations import", "export", "check-bundle")


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    probe = subprocess.run([strace, "-f", "-o", os.devnull, "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.fixture
def work(tmp_path) -> Path:
    make_source(tmp_path / "source")
    key = minisign.SecretKey.generate("publisher")
    (tmp_path / "publisher.key").write_text(key.to_file_text(None), encoding="utf-8")
    (tmp_path / "publisher.pub").write_text(key.public_key.to_file_text(), encoding="utf-8")
    return tmp_path


def run_session(work: Path, *, strace_log: Path | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_DATA_DIR": str(work / "data"),
           "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "tests.cli_session", str(work)]
    if strace_log is not None:
        command = ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(strace_log), *command]
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def assert_every_subcommand_succeeded(out: str) -> None:
    for name in SUBCOMMANDS:
        assert f"casefile {name}: exit 0" in out, out
    assert "python socket events: none" in out, out


@pytest.mark.skipif(not _strace_works(), reason="strace cannot trace here (apt-get install strace; ./test does)")
def test_cli_session_makes_no_network_system_call(work):
    log = work / "strace.log"
    assert_every_subcommand_succeeded(run_session(work, strace_log=log))
    calls = log.read_text().splitlines()
    assert any("socketpair(AF_UNIX" in line for line in calls), "strace did not see the session's control socket"
    internet_sockets = [line for line in calls if re.search(r"socket\(AF_INET6?\b", line)]
    assert internet_sockets == [], "\n".join(internet_sockets[:10])
    internet_peers = [line for line in calls if re.search(r"(connect|sendto|sendmsg|bind)\(.*AF_INET6?\b", line)]
    assert internet_peers == [], "\n".join(internet_peers[:10])
    assert (work / "bundle.zip").stat().st_size > 0


def test_cli_session_makes_no_python_network_request(work):
    assert_every_subcommand_succeeded(run_session(work, strace_log=None))
