"""The audit log (`store.audit`): what left the store or the archive, and which checks said what, when.

A lawyer has to be able to say when an exhibit list was exported, which originals were copied out, which
publisher keys were trusted and what each verification found. Entries are only ever appended; the log
can be viewed and exported as JSON lines.

In a protected store what each entry covered and its particulars (paths such as a USB stick's name,
counts, ids) are sealed to the store's public key (`crypto.drop`), so exports made while the store is
locked are still recorded; only the time and the kind of action stay readable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
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
LOCKED = "Locked: unlock the store with your passphrase to read what this entry covered."
TAMPERED = "This entry failed its integrity check: it was changed outside Casefile and is not shown."


@dataclass(frozen=True)
class AuditEntry:
    time: str        # ISO 8601 UTC
    action: str      # one of ACTIONS
    covered: str     # what it covered, in words: "12 annotations of archive X to /path/file.jsonld"
    detail: dict     # machine-readable particulars (paths, counts, ids, states)
    unreadable: bool = False  # sealed and locked (covered says so), or tampered with


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
        public, stamp = self._store.drop_box, now()
        with self._store.writing(f"the audit entry for this {action}") as conn:
            cursor = conn.execute("INSERT INTO audit (time, action, covered, detail) VALUES (?, ?, ?, ?)",
                                  (stamp, action, "", "{}") if public else (stamp, action, covered, detail_json))
            if public:
                conn.execute("UPDATE audit SET sealed = ? WHERE id = ?",
                             (_sealed(public, cursor.lastrowid, stamp, action, covered, detail_json), cursor.lastrowid))

    def entries(self, limit: int = 1000) -> list[AuditEntry]:
        """The newest `limit` entries, newest first (sealed ones `unreadable` while the store is locked)."""
        rows = self._store.query(f"SELECT {_COLUMNS} FROM audit ORDER BY id DESC LIMIT ?", (limit,))
        return [_entry(row, self._store.open_dropped) for row in rows]

    def export(self, path: Path) -> int:
        """Write the whole log, oldest first, as JSON lines (one entry per line); returns the count."""
        entries = [_entry(row, self._store.open_dropped)
                   for row in self._store.query(f"SELECT {_COLUMNS} FROM audit ORDER BY id")]
        if any(entry.unreadable for entry in entries):
            problem = LOCKED if self._store.locked else TAMPERED
            raise StoreError(f"{problem} The audit log was not exported.")
        lines = [json.dumps({"time": e.time, "action": e.action, "covered": e.covered, "detail": e.detail},
                            ensure_ascii=False, sort_keys=True) for e in entries]
        try:
            write_atomically(Path(path), "".join(line + "\n" for line in lines).encode("utf-8"))
        except CasefileError as exc:
            raise StoreError(f"{exc} The audit log was not exported.") from None
        return len(lines)

    def reseal(self, conn, opener: Callable[[bytes], str] | None, public: bytes) -> None:
        """Seal every entry to `public` inside the caller's transaction; `opener` opens those sealed now
        (None: the store is not protected yet). An entry that cannot be opened stops it all."""
        for row in conn.execute(f"SELECT {_COLUMNS} FROM audit").fetchall():
            entry = _entry(row, opener)
            if entry.unreadable:
                raise StoreError(f"The audit entry of {entry.time} ({entry.action}) could not be read: {entry.covered} "
                                 f"Restore a backup, then try again. Nothing was changed.")
            detail = json.dumps(entry.detail, ensure_ascii=False, sort_keys=True)
            conn.execute("UPDATE audit SET covered = '', detail = '{}', sealed = ? WHERE id = ?",
                         (_sealed(public, row[0], entry.time, entry.action, entry.covered, detail), row[0]))


_COLUMNS = "id, time, action, covered, detail, sealed"


def _sealed(public: bytes, entry_id: int, time: str, action: str, covered: str, detail_json: str) -> bytes:
    from .crypto import drop

    # Row id, time and action go inside too: an entry copied onto another row is told apart on opening.
    return drop(public, json.dumps({"id": entry_id, "time": time, "action": action, "covered": covered,
                                    "detail": detail_json}, ensure_ascii=False))


def _entry(row: tuple, opener: Callable[[bytes], str] | None) -> AuditEntry:
    entry_id, time, action, covered, detail, sealed = row
    if sealed is None:
        return AuditEntry(time, action, covered, json.loads(detail))
    from .crypto import StoreLocked, TamperedValue

    try:
        if opener is None:
            raise StoreLocked()
        inside = json.loads(opener(sealed))
    except StoreLocked:
        return AuditEntry(time, action, LOCKED, {}, unreadable=True)
    except (TamperedValue, ValueError):
        return AuditEntry(time, action, TAMPERED, {}, unreadable=True)
    if (inside.get("id"), inside.get("time"), inside.get("action")) != (entry_id, time, action):
        return AuditEntry(time, action, TAMPERED, {}, unreadable=True)
    return AuditEntry(time, action, inside["covered"], json.loads(inside["detail"]))
