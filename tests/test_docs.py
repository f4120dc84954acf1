"""Every subcommand and every option is documented in README.md (as datasette's test_docs does)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from viewer import cli as viewer_cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict:
    _, commands = viewer_cli.build_parser()
    return dict(commands.choices)


def _section(name: str) -> str:
    """The README section whose heading names `casefile NAME` (not `casefile NAME-more`)."""
    heading = re.search(rf"^#+ `casefile {re.escape(name)}(?![\w-])", README, re.MULTILINE)
    assert heading, f"README lacks a section for casefile {name}"
    return README[heading.end():].split("\n#")[0]


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_subcommand_documented(name):
    _section(name)


@pytest.mark.parametrize("name,option", sorted(
    (name, opt) for name, sub in _subcommands().items() for action in sub._actions
    for opt in action.option_strings if opt.startswith("--") and opt != "--help"))
def test_option_documented(name, option):
    section = _section(name)
    assert option in section, f"README's casefile {name} section does not mention {option}"
