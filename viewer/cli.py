"""The `casefile` console script: the headless subcommands of `archive.cli` plus `view`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from archive import cli as archive_cli


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = archive_cli.build_parser()
    add_view_command(commands)
    return archive_cli.main(argv, parser)


def add_view_command(commands: argparse._SubParsersAction) -> None:
    view = commands.add_parser(
        "view", help="open archives in the desktop viewer (default: the sample archive)",
        description="Open archives in the Casefile viewer. With no ARCHIVE, opens the bundled sample "
                    "(building it on first use).")
    view.add_argument("archives", type=Path, nargs="*", metavar="ARCHIVE")
    view.add_argument("--screenshot", type=Path, metavar="PATH",
                      help="render the main window once the archive is loaded, save it as PNG, and exit")
    view.set_defaults(handler=_cmd_view)


def _cmd_view(args: argparse.Namespace) -> int:
    from viewer.app import run  # Qt is loaded only for the viewer

    return run(args.archives, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
