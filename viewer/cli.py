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
                      help="render the main window once the archives are loaded and verified, save it as PNG, "
                           "and exit")
    view.add_argument("--search", metavar="QUERY", help="start with this search (Whoosh syntax)")
    view.add_argument("--open", metavar="ITEM_ID", dest="open_item",
                      help="open this item of the (first) archive, with the search's hits highlighted")
    view.set_defaults(handler=_cmd_view)


def _cmd_view(args: argparse.Namespace) -> int:
    from viewer.app import run  # Qt is loaded only for the viewer

    return run(args.archives, screenshot=args.screenshot, search=args.search, open_item=args.open_item)


if __name__ == "__main__":
    sys.exit(main())
