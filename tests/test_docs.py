"""Every subcommand and every option is documented in README.md (as datasette's test_docs does)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from archive import cli as archive_cli
from viewer import cli as viewer_cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict:
    parser, commands = archive_cli.build_parser()
    viewer_cli.add_view_command(commands)
    return dict(commands.choices)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_subcommand_documented(name):
    assert re.search(rf"^#+ `casefile {re.escape(name)}\b", README, re.MULTILINE), f"README lacks a section for casefile {name}"


@pytest.mark.parametrize("name,option", sorted(
    (name, opt) for name, sub in _subcommands().items() for action in sub._actions
    for opt in action.option_strings if opt.startswith("--") and opt != "--help"))
def test_option_documented(name, option):
    section = README.split(f"`casefile {name}")[1].split("\n#")[0]
    assert option in section, f"README's casefile {name} section does not mention {option}"
