"""The reader's own store: annotations, audit log, searches and settings, never inside an archive.

Public API: `UserStore.open()` (with `.annotations`, `.audit` and its `AuditEntry`, `.searches` and
its `RecentSearch` and `SavedSearch`, encryption and settings), the annotation model (`Annotation`,
`Target`, `KINDS`, `COLOURS`), `StoreError`, anchoring a
quote in an item's text (`anchor`, `quote_context`); W3C JSON-LD exchange in `archive.store.w3c`, importing (Hypothesis's JSON too, with a per-annotation
report) in `archive.store.importing`. PyNaCl (`crypto`) is imported only when a store is
encrypted.
"""

from .anchoring import anchor, quote_context
from .audit import AuditEntry
from .db import UserStore
from .errors import StoreError
from .model import COLOURS, KINDS, Annotation, Target
from .searches import RecentSearch, SavedSearch

__all__ = ["COLOURS", "KINDS", "Annotation", "AuditEntry", "RecentSearch", "SavedSearch", "StoreError", "Target",
           "UserStore", "anchor", "quote_context"]
