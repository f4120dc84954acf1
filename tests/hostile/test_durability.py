"""Durability: kill an annotating process at random moments, 200 times; nothing committed is ever lost.

The child reports each annotation after `add()` returned (committed, synchronous=FULL); it is killed
with SIGKILL after a random delay that lands anywhere from opening the store (integrity check,
migration, daily backup) to the middle of a write. After every kill the store must pass
`PRAGMA integrity_check` and hold every annotation any child reported.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from archive.store import UserStore

REPO = Path(__file__).resolve().parents[2]
KILLS = 200


def read_until_exit(child: subprocess.Popen, pid: int, committed: set[str]) -> int:
    """Collect "ok" lines up to this child's "exit" line; returns its wait status."""
    while line := child.stdout.readline():
        word, _, rest = line.strip().partition(" ")
        if word == "ok":
            committed.add(rest)
        elif word == "exit" and rest.split()[0] == str(pid):
            return int(rest.split()[1])
    raise AssertionError("the annotator stopped")


def check(path: Path, committed: set[str], kill: int) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"corrupt after kill {kill}"
        stored = {row[0] for row in conn.execute("SELECT id FROM annotations")}
    finally:
        conn.close()
    lost = committed - stored
    assert not lost, f"kill {kill} lost {len(lost)} committed annotation(s), e.g. {sorted(lost)[:3]}"


def test_sigkill_at_random_points_never_loses_a_committed_annotation(tmp_path):
    path = tmp_path / "store" / "casefile-store.sqlite"
    UserStore.open(path).close()
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    committed: set[str] = set()
    started = time.monotonic()
    annotator = subprocess.Popen([sys.executable, str(REPO / "tests" / "hostile" / "annotator.py"), str(path)],
                                 cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
                                 env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        for kill in range(KILLS):
            annotator.stdin.write("go\n")
            annotator.stdin.flush()
            word, pid = annotator.stdout.readline().split()
            assert word == "pid"
            time.sleep(rng.uniform(0, 0.04))
            os.kill(int(pid), signal.SIGKILL)
            status = read_until_exit(annotator, int(pid), committed)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"kill {kill} (seed {seed}): the child had stopped by itself, status {status}")
            check(path, committed, kill)
    finally:
        annotator.stdin.close()
        annotator.wait(timeout=30)
    elapsed = time.monotonic() - started
    assert len(committed) > KILLS, "the children hardly ever got to write: the test proves little"
    assert elapsed < 60, f"{KILLS} kills took {elapsed:.0f} s"
    with UserStore.open(path) as store:
        assert store.notices == []  # no recovery from a backup was needed
        assert committed <= {a.id for a in store.annotations.list("kill-test")}
