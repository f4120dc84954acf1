"""Files Casefile does not read: kept as given (original bytes, name, media type, size), signed and
searchable by name, with the reason their content was not read."""

from __future__ import annotations

import mimetypes

from .base import ExtractedFile

MEDIA_TYPES: dict[str, str] = {}
OCTET_STREAM = "application/octet-stream"


def media_type_of(name: str) -> str:
    """The media type a file's name suggests (the standard table, no system files: same on every
    machine), or application/octet-stream."""
    guessed, _ = mimetypes.MimeTypes().guess_type(name, strict=False)
    return guessed or OCTET_STREAM


def keep(name: str, reason: str, media_type: str | None = None) -> ExtractedFile:
    """The result for a file whose content is not read, and why."""
    return ExtractedFile(media_type or media_type_of(name), reason)


def extract_as_kept(name: str, suffix: str) -> ExtractedFile:
    """A file no format takes."""
    what = f"{suffix} files" if suffix else "files without a type suffix"
    return keep(name, f"Casefile does not read the content of {what}; kept as given")
