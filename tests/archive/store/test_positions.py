"""Highlight offsets a standard tool can resolve: TextPositionSelector counts Unicode code points in the
item's text as `casefile show --json` prints it (`items.text`), never in the Markdown source."""

from __future__ import annotations

import json

import pytest

from archive import open_archive
from archive.publish import build_archive
from archive.cli import main
from archive.store import Target
from archive.store.anchoring import anchor, quote_context

from ...sources import make_source

REPORT = "reports/assessment"
# Markup the rendered text drops (emphasis, a link, list bullets, a table), and characters outside the
# Basic Multilingual Plane, which are one code point but two UTF-16 units.
MARKDOWN = """# Rich report 𠮷

Some *emphasis* and a [link](https://example.org) — then 😀 an emoji before Chen Quanguo.

- first item with 𠮷野家 in it
- second item naming Raphael Glucksmann

| Name | Post |
|------|------|
| Chen Quanguo | Party secretary |

Final paragraph after the table mentions **the XPCC** twice: XPCC.
"""
QUOTES = ("Chen Quanguo", "Raphael Glucksmann", "Party secretary", "the XPCC twice", "𠮷野家")


@pytest.fixture(scope="module")
def markdown_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("markdown")
    source = make_source(root / "source")
    (source / "reports" / "assessment.md").write_text(MARKDOWN, encoding="utf-8")
    build_archive(source, root / "markdown.casefile", strict=True)
    return root / "markdown.casefile"


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def selectors(annotation: dict) -> dict[str, dict]:
    [target] = annotation["target"] if isinstance(annotation["target"], list) else [annotation["target"]]
    return {selector["type"]: selector for selector in target["selector"]}


def test_exported_positions_applied_to_the_documented_text_give_the_quote(markdown_archive, tmp_path, capsys):
    archive = str(markdown_archive)
    for quote in QUOTES:
        run(capsys, "annotations", "add", archive, REPORT, "--quote", quote)
    run(capsys, "annotations", "export", archive, "-o", str(tmp_path / "notes.jsonld"))
    documented = json.loads(run(capsys, "show", archive, REPORT, "--json"))["text"]
    exported = json.loads((tmp_path / "notes.jsonld").read_text(encoding="utf-8"))
    found = set()
    for annotation in exported["first"]["items"]:
        chosen = selectors(annotation)
        quote, position = chosen["TextQuoteSelector"], chosen["TextPositionSelector"]
        assert documented[position["start"]:position["end"]] == quote["exact"]
        assert documented[:position["start"]].endswith(quote["prefix"])
        assert documented[position["end"]:].startswith(quote["suffix"])
        found.add(quote["exact"])
    assert found == set(QUOTES)
    # The documented text is the rendered page's, not the Markdown source the item's SHA-256 covers.
    assert "**" not in documented and "[link]" not in documented and documented != MARKDOWN


def test_offsets_count_code_points_not_utf16_units(markdown_archive):
    with open_archive(markdown_archive) as archive:
        text = archive.items.text(REPORT)
    start = text.index("Chen Quanguo")
    astral = sum(ord(ch) > 0xFFFF for ch in text[:start])
    assert astral == 2  # 𠮷 in the heading, 😀 before the quote: UTF-16 offsets would be 2 further on
    exact, prefix, suffix = quote_context(text, start, start + len("Chen Quanguo"))
    target = Target("a", REPORT, exact=exact, prefix=prefix, suffix=suffix, start=start, end=start + len(exact))
    assert anchor(text, target) == (start, start + len("Chen Quanguo"))
    # A position counted in UTF-16 units (as a JavaScript tool would get it wrong) still anchors by its quote.
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    shifted = Target("a", REPORT, exact=exact, prefix=prefix, suffix=suffix, start=utf16, end=utf16 + len(exact))
    assert utf16 == start + astral and anchor(text, shifted) == (start, start + len("Chen Quanguo"))
