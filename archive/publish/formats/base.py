"""What every report format hands back, and the text decoding the text-based formats share."""

from __future__ import annotations

import re
from dataclasses import dataclass

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class ExtractionError(Exception):
    """The file cannot be read as the report type its name says; the message says why."""


@dataclass(frozen=True)
class ExtractedReport:
    media_type: str
    title: str | None
    text: str
    html: str | None
    pages: tuple[tuple[int, str], ...]  # (offset of the page in `text`, page text), PDFs only


def decode_text(data: bytes, *, sniff_meta: bool = False) -> str:
    """UTF-8 (with or without a BOM); with `sniff_meta`, else the charset an HTML <meta> declares."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = META_CHARSET.search(data[:4096]) if sniff_meta else None
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise ExtractionError(f"not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8") from None
