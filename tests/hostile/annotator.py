"""The process the SIGKILL test kills: it imports the store once, then forks one annotating child per
request, so 200 kills cost 200 forks instead of 200 interpreter start-ups.

    python tests/hostile/annotator.py STORE

Each line on stdin asks for a child. On stdout (shared with the children, one os.write per line so
lines never interleave): "pid N" when a child starts, "ok ID" after each annotation it committed, and
"exit N STATUS" once it has died.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from archive.store import Annotation, Target, UserStore


def annotate_forever(path: Path, first: int) -> None:
    store = UserStore.open(path)
    number = first
    while True:
        added = store.annotations.add(Annotation(
            "", "note", Target("kill-test", "item", item_sha256="ab" * 32),
            note=f"note {number} " * (1 + number % 50), tags=(f"t{number % 7}",)))
        os.write(1, f"ok {added.id}\n".encode())
        number += 1


def main(path: Path) -> int:
    for count, _ in enumerate(sys.stdin):
        pid = os.fork()
        if pid == 0:
            try:
                annotate_forever(path, count * 1_000_000)
            finally:
                os._exit(1)  # only reached if the store failed: the test sees a status other than SIGKILL
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {pid} {status}\n".encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
