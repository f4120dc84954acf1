"""What the CLI writes to a terminal: archive text with every control character made visible.

An archive is untrusted, and a terminal obeys what it is sent: ESC [2J clears the screen, ESC ] 0; sets
the window title, CSI (U+009B) starts a sequence on terminals that take 8-bit controls, and a bidi override
(U+202E) makes "exe.pdf" read as "fdp.exe". `clean` replaces each such character with its visible
`\\uXXXX` spelling: C0 controls except tab and newline (those are structure), DEL, C1 controls, and the
bidi embeddings, overrides, isolates and marks. Values that Casefile prints within a line of its own
(titles, ids, names) also go through `one_line`, which spells out their newlines.

The spelling is JSON's own escape, so one filter serves every output: `--json` output stays valid JSON and
decodes to the archive's exact string (json.dumps already escapes C0; C1 and bidi characters it leaves raw,
and the filter escapes them the same way).

`main` installs the filter on stdout and stderr for the run of a subcommand (`filtered_output`), so every
`print` of every subcommand goes through it, error messages quoting archive names included. The CLI's
own escapes (the bold of search hits, the progress bar's carriage return) go to `unfiltered(stream)`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

_KEPT = {"\t", "\n"}
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_BIDI]
_VISIBLE = {code: f"\\u{code:04x}" for code in _CONTROLS if chr(code) not in _KEPT}


_LINE_BREAKS = {ord("\n"): "\\n", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def one_line(value: object) -> str:
    """An archive value printed on one line of Casefile's own: its line breaks spelled out too, so a
    title such as "x\n  State: VERIFIED" cannot print a line that looks like Casefile's words."""
    return str(value).translate(_LINE_BREAKS)


def clean(text: str) -> str:
    """`text` with every terminal control and bidi control character spelled out as `\\uXXXX`."""
    return text.translate(_VISIBLE)


class CleanStream:
    """A text stream that passes everything written to it through `clean`; the rest is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        return self.unfiltered.write(clean(text))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self.unfiltered, name)


def unfiltered(stream: TextIO) -> TextIO:
    """The stream under `stream`'s filter, for the CLI's own escapes; `stream` itself if it has none."""
    return stream.unfiltered if isinstance(stream, CleanStream) else stream


@contextmanager
def filtered_output() -> Iterator[None]:
    """Filter sys.stdout and sys.stderr through `clean` while the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(unfiltered(sys.stdout)), CleanStream(unfiltered(sys.stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
