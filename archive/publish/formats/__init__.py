"""The input formats a build reads, one module each, and the registry that maps a file to its format.

Every format module has the same small interface:

    KIND         "report" or "image": the source folder (reports/, images/) its files live in
    MEDIA_TYPES  {suffix: media type} for the file names it takes (lower case, with the dot)
    extract(data: bytes) -> ExtractedReport | ImageFacts
                 a pure function of the file's bytes; raises ExtractionError or ImageRejected

To add a format, write one module here and list it in FORMATS.
"""

from __future__ import annotations

from types import ModuleType

from . import html, images, markdown, pdf, text
from .base import ExtractedReport, ExtractionError

FORMATS: tuple[ModuleType, ...] = (pdf, html, markdown, text, images)
_BY_SUFFIX = {suffix: module for module in FORMATS for suffix in module.MEDIA_TYPES}

__all__ = ["FORMATS", "ExtractedReport", "ExtractionError", "format_for", "suffixes"]


def format_for(suffix: str, kind: str) -> ModuleType | None:
    """The format module that reads files of `kind` ending in `suffix` (any case), or None."""
    module = _BY_SUFFIX.get(suffix.lower())
    return module if module is not None and module.KIND == kind else None


def suffixes(kind: str) -> frozenset[str]:
    """Every suffix a file of `kind` may have."""
    return frozenset(suffix for suffix, module in _BY_SUFFIX.items() if module.KIND == kind)
