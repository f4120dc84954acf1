"""The `casefile` console script: the commands of `archive.cli`, which declares them all, with the parts
that need Qt plugged in (the viewer window, the installed-app check, the exhibit list's PDF printer)."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from archive import cli as archive_cli
from archive import portable


def _cmd_view(args: argparse.Namespace) -> int:
    from viewer.app import run  # Qt is loaded only for the viewer

    return run(args.archives, screenshot=args.screenshot, search=args.search, open_item=args.open_item)


def _cmd_smoke_test(args: argparse.Namespace) -> int:
    from viewer.smoke import run_smoke_test  # Qt is loaded only here

    return run_smoke_test()


def _pdf_renderer() -> Callable[[str, dict[str, bytes]], bytes]:
    from viewer.export.pdf import ensure_application, render_pdf  # Qt is loaded only to print the PDF

    ensure_application()
    return render_pdf


DESKTOP = archive_cli.Desktop(view=_cmd_view, smoke_test=_cmd_smoke_test, pdf_renderer=_pdf_renderer)


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """Every `casefile` subcommand, the Qt parts included."""
    return archive_cli.build_parser(DESKTOP)


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: run one `casefile` command; returns the exit code."""
    portable.prepare()  # in portable mode, before any command can write a cache or temporary file
    return archive_cli.main(argv, DESKTOP)


def launch(argv: Sequence[str] | None = None) -> int:
    """The app's own entry (the frozen bundle, `python -m viewer`): as `main`, except that arguments
    naming no command (none at all on a double-click, or the files dropped on the app) open the viewer."""
    # Frozen on Windows and macOS, the builder's worker processes start by re-running this executable.
    multiprocessing.freeze_support()
    portable.prepare()  # as in main: before anything writes a cache or temporary file
    argv = list(sys.argv[1:] if argv is None else argv)
    _, commands = build_parser()
    if not argv or (argv[0] not in commands.choices and argv[0] not in ("-h", "--help", "--version")):
        argv = ["view", *argv]
    return archive_cli.main(argv, DESKTOP)


# The windowed executable of the frozen app on Windows and macOS (packaging/casefile.spec).
GUI_EXECUTABLE = "Casefile"


def is_gui_executable(executable: str) -> bool:
    """True for the frozen windowed program (`Casefile`, `Casefile.exe`); the console ones are lower case."""
    return Path(executable).stem == GUI_EXECUTABLE


def launch_viewer(argv: Sequence[str] | None = None) -> int:
    """The windowed program's entry: the viewer, every argument an archive to open. It has no console
    to print a command's output or help to, so it runs no command (casefile-cli does)."""
    multiprocessing.freeze_support()  # the builder's workers (sample on first start) re-run this program
    portable.prepare()
    argv = list(sys.argv[1:] if argv is None else argv)
    # Finder on old macOS adds its process serial number ("-psn_0_12345"): not a file.
    archives = [arg for arg in argv if not arg.startswith("-psn_")]
    return archive_cli.main(["view", "--", *archives] if archives else ["view"], DESKTOP)


if __name__ == "__main__":
    sys.exit(main())
