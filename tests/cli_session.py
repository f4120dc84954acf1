"""A whole command-line session, run as its own process so tests/test_network_cli.py can watch every
system call it makes.

    python -m tests.cli_session WORKDIR

WORKDIR holds `source/` (a source folder) and `publisher.key` (an unencrypted secret key). Every main
`casefile` subcommand runs once, in order, through the console script's own `main()` (one interpreter,
so strace watches one process tree, and the whole session takes seconds rather than a minute of
start-ups): build, sign, keys, info, search, show, entities, verify, prove, check-proof, annotations
add/list/export/import, export (a bundle, with its Qt-printed PDF) and check-bundle. Prints one line
per command and, last, any socket or URL request the Python audit hook saw; then opens one local
socket pair, which strace must see.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AUDITED: list[str] = []


def _audit(event: str, args) -> None:
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        AUDITED.append(event)


def commands(work: Path) -> list[list[str]]:
    archive, pub = str(work / "session.casefile"), str(work / "publisher.pub")
    return [
        ["build", str(work / "source"), "-o", archive, "-q"],
        ["sign", "--key", str(work / "publisher.key"), "-q", archive],
        ["keys", "add", pub, "--label", "Publisher"],
        ["keys", "list"],
        ["info", archive],
        ["search", archive, "chen OR kashgar", "--facets"],
        ["show", archive, "reports/assessment"],
        ["entities", archive],
        ["export-entities", archive, "-o", str(work / "entities.jsonl")],
        ["verify", "-q", archive],
        ["prove", "-o", str(work / "proof.json"), archive, "images/map"],
        ["check-proof", str(work / "proof.json"), str(work / "source" / "images" / "map.jpg")],
        ["annotations", "add", archive, "reports/assessment", "--quote", "Chen Quanguo", "--note", "n", "--tag", "t"],
        ["annotations", "list", archive],
        ["annotations", "export", archive, "-o", str(work / "notes.jsonld")],
        ["annotations", "import", archive, str(work / "notes.jsonld")],
        ["export", archive, "--items", "reports/assessment", "images/map", "-o", str(work / "bundle.zip"), "-q"],
        ["check-bundle", str(work / "bundle.zip"), "--pubkey", pub],
    ]


def main(work: Path) -> int:
    sys.addaudithook(_audit)
    from viewer.cli import main as casefile

    failed = 0
    for argv in commands(work):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = casefile(argv)
        print(f"casefile {argv[0]}{' ' + argv[1] if argv[0] in ('keys', 'annotations') else ''}: exit {code}")
        if code != 0:
            failed += 1
            print(err.getvalue().strip())
    print("python socket events:", ",".join(sorted(set(AUDITED))) or "none")
    # A local socket pair, after the audit report: the control that shows strace was really watching.
    for end in socket.socketpair():
        end.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
