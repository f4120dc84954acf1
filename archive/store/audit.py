"""The audit log (`store.audit`): what left the store or the archive, and which checks said what, when.

A lawyer has to be able to say when an exhibit list was exported, which originals were copied out, which
publisher keys were trusted and what each verification found. Entries are only ever appended; the log
can be viewed and exported as JSON lines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CasefileError
from ..files import write_atomically
from .errors import StoreError
from .model import now

if TYPE_CHECKING:
    from .db import UserStore

ACTIONS = ("export", "copy", "trust-key", "revoke-key", "verify", "import")


@dataclass(frozen=True)
class AuditEntry:
    time: str        # ISO 8601 UTC
    action: str      # one of ACTIONS
    covered: str     # what it covered, in words: "12 annotations of archive X to /path/file.jsonld"
    detail: dict     # machine-readable particulars (paths, counts, ids, states)


class AuditLog:
    """Append-only record of exports, copies, key trust changes, verifications and imports."""

    def __init__(self, store: UserStore):
        self._store = store

    def record(self, action: str, covered: str, detail: dict | None = None) -> None:
        """Append one entry; StoreError if the action is unknown or the entry cannot be saved."""
        if action not in ACTIONS:
            raise StoreError(f"Unknown audit action {action!r}; use one of {', '.join(ACTIONS)}.")
        try:
            detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"The audit detail for {action!r} cannot be stored as JSON: {exc}.") from None
        with self._store.writing(f"the audit entry for this {action}") as conn:
            conn.execute("INSERT INTO audit (time, action, covered, detail) VALUES (?, ?, ?, ?)",
                         (now(), action, covered, detail_json))

    def entries(self, limit: int = 1000) -> list[AuditEntry]:
        """The newest `limit` entries, newest first."""
        rows = self._store.query("SELECT time, action, covered, detail FROM audit ORDER BY id DESC LIMIT ?",
                                 (limit,))
        return [AuditEntry(time, action, covered, json.loads(detail)) for time, action, covered, detail in rows]

    def export(self, path: Path) -> int:
        """Write the whole log, oldest first, as JSON lines (one entry per line); returns the count."""
        rows = self._store.query("SELECT time, action, covered, detail FROM audit ORDER BY id")
        lines = [json.dumps({"time": time, "action": action, "covered": covered, "detail": json.loads(detail)},
                            ensure_ascii=False, sort_keys=True) for time, action, covered, detail in rows]
        try:
            write_atomically(Path(path), "".join(line + "\n" for line in lines).encode("utf-8"))
        except CasefileError as exc:
            raise StoreError(f"{exc} The audit log was not exported.") from None
        return len(lines)
