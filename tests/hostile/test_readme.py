"""tests/README.md lists every hostile case with the behaviour its tests assert, as corpus.py declares it."""

from pathlib import Path

from . import corpus

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_lists_every_case_as_declared():
    text = README.read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip().strip("`"): line for line in text.splitlines() if line.startswith("| `")}
    for case in corpus.CASES.values():
        assert case.id in rows, f"tests/README.md does not list {case.id}"
        assert case.expect.replace("|", "/") in rows[case.id], f"tests/README.md is out of date for {case.id}"
    assert len(corpus.CASES) >= 40
    assert f"({len(corpus.CASES)} cases)" in text
