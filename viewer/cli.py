"""The `casefile` console script: the headless subcommands of `archive.cli` plus `view` and `export` (Qt)."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from archive import cli as archive_cli
from archive.export import add_export_arguments, run_export
from viewer import portable


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """Every `casefile` subcommand: the headless ones plus those that need Qt."""
    parser, commands = archive_cli.build_parser()
    add_view_command(commands)
    add_export_command(commands)
    add_smoke_test_command(commands)
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    portable.prepare()  # in portable mode, before any command can write a cache or temporary file
    parser, _ = build_parser()
    return archive_cli.main(argv, parser)


def launch(argv: Sequence[str] | None = None) -> int:
    """The app's own entry (the frozen bundle, `python -m viewer`): as `main`, except that arguments
    naming no command (none at all on a double-click, or the files dropped on the app) open the viewer."""
    # Frozen on Windows and macOS, the builder's worker processes start by re-running this executable.
    multiprocessing.freeze_support()
    portable.prepare()  # as in main: before anything writes a cache or temporary file
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, commands = build_parser()
    if not argv or (argv[0] not in commands.choices and argv[0] not in ("-h", "--help", "--version")):
        argv = ["view", *argv]
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


def add_export_command(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="export chosen items as an evidence bundle anyone can check",
        description="Write an evidence bundle (folder or .zip): the original files named EX-0001 ..., "
                    "exhibits.json with inclusion proofs and your annotations, an exhibit list as HTML and PDF, "
                    "the publisher's key and VERIFY.txt.")
    add_export_arguments(export)
    export.set_defaults(handler=_cmd_export)


def add_smoke_test_command(commands: argparse._SubParsersAction) -> None:
    smoke = commands.add_parser(
        "smoke-test", help="check that this installation works: open, search, verify and read the sample",
        description="Start the viewer on the bundled sample archive (building it on first use), search it, "
                    "verify it, open one item of every kind, check the libraries the app needs, and print one "
                    "JSON line. Exit status 0 if everything worked.")
    smoke.set_defaults(handler=_cmd_smoke_test)


def _cmd_smoke_test(args: argparse.Namespace) -> int:
    from viewer.smoke import run_smoke_test  # Qt is loaded only here

    return run_smoke_test()


def _cmd_export(args: argparse.Namespace) -> int:
    from viewer.exhibitpdf import ensure_application, render_pdf  # Qt is loaded only to print the PDF

    ensure_application()
    return run_export(args, render_pdf)


def _cmd_view(args: argparse.Namespace) -> int:
    from viewer.app import run  # Qt is loaded only for the viewer

    return run(args.archives, screenshot=args.screenshot, search=args.search, open_item=args.open_item)


if __name__ == "__main__":
    sys.exit(main())
