"""The input formats a build reads, one module each, and the registry that maps a file to its format.

Every format module has the same small interface:

    MEDIA_TYPES  {suffix: media type} for the file names it takes (lower case, with the dot)
    extract(data: bytes) -> ExtractedReport | ExtractedImage | ExtractedTable | ExtractedEmail | ExtractedFile
                 a pure function of the file's bytes; raises ExtractionError (the file is then kept
                 as given, with the error as its reason)

A file whose suffix no format takes is looked at once more by its first bytes (a JPEG called
`photo`, a PDF called `scan.dat`), and otherwise kept as given by `kept`. To add a format, write one
module here and list it in FORMATS.
"""

from __future__ import annotations

from types import ModuleType

from . import html, images, kept, mail, markdown, office, pdf, photos, tables, text
from .base import (Attached, EmailHeaders, Extracted, ExtractedEmail, ExtractedFile, ExtractedImage,
                   ExtractedReport, ExtractedTable, ExtractionError, MissingSupport, Rendition, Sheet)

FORMATS: tuple[ModuleType, ...] = (pdf, html, markdown, text, images, mail, tables, office, photos)
_BY_SUFFIX = {suffix: module for module in FORMATS for suffix in module.MEDIA_TYPES}

# First bytes of formats people save without (or with a wrong) suffix, and the suffix that reads them.
_SIGNATURES = ((b"%PDF-", ".pdf"), (b"\xff\xd8\xff", ".jpg"), (b"\x89PNG\r\n\x1a\n", ".png"),
               (b"GIF87a", ".gif"), (b"GIF89a", ".gif"), (b"II*\x00", ".tif"), (b"MM\x00*", ".tif"))
# ISO media files (HEIC, AVIF) name their brand at byte 4, and WebP its type at byte 8, after a size.
_BRANDS = ((4, b"ftypheic", ".heic"), (4, b"ftypheix", ".heic"), (4, b"ftypmif1", ".heif"),
           (4, b"ftypavif", ".avif"), (8, b"WEBP", ".webp"))

__all__ = ["FORMATS", "Attached", "EmailHeaders", "Extracted", "ExtractedEmail", "ExtractedFile",
           "ExtractedImage", "ExtractedReport", "ExtractedTable", "ExtractionError", "MissingSupport",
           "Rendition", "Sheet", "format_for", "kept", "suffixes"]


def format_for(suffix: str, head: bytes = b"") -> ModuleType | None:
    """The format module that reads a file ending in `suffix` (any case), else the one its first
    bytes `head` call for, else None (the file is kept as given)."""
    module = _BY_SUFFIX.get(suffix.lower())
    if module is None and head:
        module = next((_BY_SUFFIX.get(found) for magic, found in _SIGNATURES if head.startswith(magic)), None)
    if module is None and head:
        module = next((_BY_SUFFIX.get(found) for at, brand, found in _BRANDS
                       if head[at:at + len(brand)] == brand), None)
    return module


def suffixes() -> frozenset[str]:
    """Every suffix some format reads."""
    return frozenset(_BY_SUFFIX)
