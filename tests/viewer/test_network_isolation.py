"""No network, ever: a whole viewer session creates no internet socket and loads no network module.

The session runs in its own process (tests/viewer/full_session.py). Inside it, a Python audit hook
records every socket and URL request Python code makes, and the script lists any Qt network module
that got imported (QtNetwork, QtWebEngine). Around it, strace records every socket()
and connect() system call the process and its threads make — Qt's C++ included — and only local
AF_UNIX sockets are allowed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("full_session.py")


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    probe = subprocess.run([strace, "-f", "-o", os.devnull, "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


def run_session(archive: Path, tmp_path: Path, *, strace_log: Path | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, str(SCRIPT), str(archive)]
    if strace_log is not None:
        command = ["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(strace_log), *command]
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_full_session_reads_everything_without_python_network(signed_sample, tmp_path):
    out = run_session(signed_sample, tmp_path, strace_log=None)
    assert "verified: verified" in out
    assert re.search(r"search results: [1-9]", out)
    for kind in ("application/pdf", "text/html", "text/markdown", "text/plain", "image"):
        assert f"opened {kind} " in out, out
    assert "opened entity" in out and "gallery scrolled" in out
    assert "network modules loaded: none" in out
    assert "python socket events: none" in out


@pytest.mark.skipif(not _strace_works(), reason="strace cannot trace here (apt-get install strace; ./test does)")
def test_full_session_makes_no_network_system_call(signed_sample, tmp_path):
    log = tmp_path / "strace.log"
    out = run_session(signed_sample, tmp_path, strace_log=log)
    assert "opened image" in out
    calls = log.read_text().splitlines()
    sockets = [line for line in calls if "socket(" in line]
    not_local = [line for line in sockets if "AF_UNIX" not in line and "AF_LOCAL" not in line]
    assert not_local == [], "\n".join(not_local[:10])
    internet = [line for line in calls if re.search(r"connect\(.*sa_family=AF_INET6?\b", line)
                or re.search(r"sendto\(.*sa_family=AF_INET6?\b", line)]
    assert internet == [], "\n".join(internet[:10])
