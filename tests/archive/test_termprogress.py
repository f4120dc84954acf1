"""The CLI's progress bar: a plain line per 10% when redirected, an ETA once a rate is known, and the
note a long stage adds (OCR pages per minute)."""

from __future__ import annotations

import io

from archive import termprogress
from archive.termprogress import TerminalProgress


def test_redirected_output_gets_a_line_per_tenth():
    out = io.StringIO()
    bar = TerminalProgress(out)
    for done in range(1, 101):
        bar("items", done, 100)
    lines = out.getvalue().splitlines()
    assert len(lines) == 11 and lines[-1].startswith("items") and "100/100" in lines[-1]  # the start, each tenth


def test_eta_after_a_few_seconds_and_the_note(monkeypatch):
    clock = iter([100.0, 100.0, 110.0, 110.0])  # started, first call, ten seconds later
    monkeypatch.setattr(termprogress.time, "monotonic", lambda: next(clock))
    bar = TerminalProgress(io.StringIO())
    bar("items", 1, 100)
    bar.note("OCR: 12 pages, 40 pages/min")
    line = bar._line("items", 11, 100)
    # 11 items in the 10 s since the stage began: 89 more take 81 s.
    assert "ETA 1:21" in line and line.rstrip().endswith("OCR: 12 pages, 40 pages/min")
