"""Casefile's headless core: read, build and check signed evidence archives.

Public API, the surface the viewer and other callers use: this package (`open_archive(path) -> Archive`,
the value types an archive hands out, the `CasefileError` hierarchy, verification, trust and the search
helpers, all listed in `__all__`), and these public modules, each a facade of its own:

    archive.paths    where the reader's data lives (portable marker, env override, platform dir)
    archive.portable trace-free portable mode: this process's writes kept on the stick, run by every command
    archive.store    the reader's own store (annotations, tags, audit), with archive.store.importing
                     and archive.store.w3c
    archive.export   evidence bundles
    archive.publish  building an archive, the publisher's side (it pulls in the PDF and Markdown libraries,
                     which readers do not need)
    archive.cli      the `casefile` command line

Every other module is internal: an import-linter contract in pyproject.toml forbids the viewer to import
it, as another forbids this package to import Qt or the viewer.
"""

import importlib

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
from .entities import Entity  # noqa: E402
from .ftm import EDGES, ENTITY_PROPERTIES, entity_properties  # noqa: E402
from .items import Item, ItemMention, Thumbnail  # noqa: E402
from .reader import Archive, Metadata, open_archive  # noqa: E402
from .safety import Limits  # noqa: E402
from .text import fold, is_han  # noqa: E402

# Public names whose modules are slow to import (cryptography, Whoosh, Pillow): loaded on first use, so
# that `import archive` and opening an archive stay quick.
_LAZY = {
    "ItemCheck": "archive.signing.itemcheck",
    "PublicKey": "archive.signing.minisign",
    "sign_sample": "archive.signing.sign",
    "TrustStore": "archive.signing.trust",
    "VerificationReport": "archive.signing.verify",
    "VerificationState": "archive.signing.verify",
    "verify_path": "archive.signing.verify",
    "Hit": "archive.search.engine",
    "SearchResult": "archive.search.engine",
    "find_terms": "archive.search.engine",
    "snippet_around": "archive.search.engine",
    "tags_in": "archive.search.query",
    "pinyin_forms": "archive.search.translit",
    "neighbourhood": "archive.network",
    "Neighbourhood": "archive.network",
    "Timeline": "archive.timeline",
    "TimelineEvent": "archive.timeline",
    "timeline_of": "archive.timeline",
    "Citation": "archive.citation",
    "cite": "archive.citation",
    "ImageRejected": "archive.imaging",
    "open_image": "archive.imaging",
}


def __getattr__(name: str):
    """Import a lazily loaded public name on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'archive' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "EDGES", "ENTITY_PROPERTIES", "entity_properties", "Archive", "ArchiveDamaged", "BuildError", "CasefileError", "Entity", "Item",
    "ItemMention", "ItemNotFound", "KeyFileError", "LimitExceeded", "Limits", "Metadata", "NotAnArchive",
    "QueryCancelled", "QueryError", "SignatureInvalid", "SourceError", "Thumbnail", "UnsafeArchive",
    "UnsupportedVersion", "UntrustedKey", "fold", "is_han", "open_archive", "__version__", *_LAZY,
]
