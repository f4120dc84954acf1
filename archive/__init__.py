"""Casefile's headless core: read, build and check signed evidence archives.

Public API: `open_archive(path) -> Archive` and the `CasefileError` hierarchy; building lives in
`archive.build` (it pulls in the PDF and Markdown libraries, which readers do not need).
This package never imports Qt or the viewer (an import-linter contract in pyproject.toml enforces it).
"""

__version__ = "0.1.0"

from .errors import (  # noqa: E402 - __version__ first: the builder reads it while importing
    ArchiveDamaged,
    BuildError,
    CasefileError,
    ItemNotFound,
    KeyFileError,
    LimitExceeded,
    NotAnArchive,
    QueryCancelled,
    QueryError,
    SignatureInvalid,
    SourceError,
    UnsafeArchive,
    UnsupportedVersion,
    UntrustedKey,
)
from .reader import Archive, Metadata, open_archive  # noqa: E402
from .safety import Limits  # noqa: E402

__all__ = [
    "Archive", "ArchiveDamaged", "BuildError", "CasefileError", "ItemNotFound", "KeyFileError", "LimitExceeded",
    "Limits", "Metadata", "NotAnArchive", "QueryCancelled", "QueryError", "SignatureInvalid", "SourceError",
    "UnsafeArchive", "UnsupportedVersion", "UntrustedKey", "open_archive", "__version__",
]
