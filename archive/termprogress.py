"""A dependency-free progress bar for long CLI work (building, verifying, exporting).

On a terminal it redraws one line at most ten times a second; when output is redirected (CI logs,
pipes) it prints a plain line every 10% so logs stay short and readable.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from . import terminal

WIDTH = 30


class TerminalProgress:
    """Callable as `progress(stage, done, total)`; call `finish()` once the work is over."""

    def __init__(self, stream: TextIO | None = None):
        # The bar's carriage returns are Casefile's own; the terminal filter would spell them out.
        self.stream = terminal.unfiltered(stream or sys.stderr)
        self.interactive = self.stream.isatty()
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_decile: dict[str, int] = {}
        self._stage_started: dict[str, float] = {}
        self._note = ""
        self._drawn = False

    def note(self, text: str) -> None:
        """A few words shown after the bar from now on (e.g. "312 pages OCR'd, 41 pages/min")."""
        self._note = text

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.interactive:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or done >= total:
                self._last_draw = now
                self.stream.write("\r" + self._line(stage, done, total))
                self.stream.flush()
                self._drawn = True
        else:
            decile = 10 * done // total if total else 10
            if decile > self._last_decile.get(stage, -1):
                self._last_decile[stage] = decile
                self.stream.write(self._line(stage, done, total).rstrip() + "\n")

    def _line(self, stage: str, done: int, total: int) -> str:
        fraction = done / total if total else 1.0
        filled = int(WIDTH * fraction)
        now = time.monotonic()
        elapsed = now - self.started
        started = self._stage_started.setdefault(stage, now)
        eta = ""
        if 0 < done < total and now - started >= 2:  # a rate from the first seconds would mislead
            eta = f"  ETA {_clock((now - started) / done * (total - done))}"
        note = f"  {self._note}" if self._note else ""
        return (f"{stage:<9} [{'#' * filled}{'.' * (WIDTH - filled)}] {fraction:4.0%} "
                f"{done:,}/{total:,}  {elapsed:5.1f}s{eta}{note}   ")

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}" if minutes >= 60 else f"{minutes}:{seconds:02d}"
