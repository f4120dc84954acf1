"""The reader's own store: annotations, audit log and settings, never inside an archive.

Public API: `UserStore.open()` (with `.annotations`, `.audit`, encryption and settings), the annotation
model (`Annotation`, `Target`, `KINDS`, `COLOURS`), `StoreError`; anchoring and W3C JSON-LD exchange in
`archive.store.anchoring` and `archive.store.w3c`, importing (Hypothesis's JSON too, with a per-annotation
report) in `archive.store.importing`. PyNaCl (`crypto`) is imported only when a store is
encrypted.
"""

from .db import UserStore
from .errors import StoreError
from .model import COLOURS, KINDS, Annotation, Target

__all__ = ["COLOURS", "KINDS", "Annotation", "StoreError", "Target", "UserStore"]
