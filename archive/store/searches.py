"""The reader's searches (`store.searches`): the history of searches run, and searches saved under a name.

What a researcher searches for says what they are looking into, so both lists are private settings of
the store (`db.PRIVATE_SETTINGS`): sealed with the store's key when it is protected, unreadable while it
is locked (reading or changing them then raises StoreError). Each list is one JSON value in `meta`;
every change reads and writes it in one transaction, so two Casefile windows do not undo each other.

History is kept by default, except in portable mode (a stick must leave no trace, and may be lost with
what it carries): there the reader turns it on. The choice itself is an ordinary setting. Saved searches
are an explicit act of the reader and are kept in both modes. Neither is audited: saving a search
handles no evidence.
"""

from __future__ import annotations

import builtins
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import paths
from .errors import StoreError
from .model import now

if TYPE_CHECKING:
    from .db import UserStore

HISTORY_SETTING = "search-history"
SAVED_SETTING = "saved-searches"
KEEP_HISTORY_SETTING = "keep-search-history"
MAX_HISTORY = 100
MAX_SAVED = 1000
MAX_NAME = 200
MAX_QUERY = 4000
# A search that extends the one recorded within this many seconds replaces it: a pause while typing
# ("Chen Quan", then "Chen Quanguo") is one search, not two.
REFINE_SECONDS = 10


@dataclass(frozen=True)
class RecentSearch:
    """A search the reader ran: the query, the archive it ran on ("" when several were open), when."""
    query: str
    archive_id: str = ""
    archive_title: str = ""
    time: str = ""  # ISO 8601 UTC


@dataclass(frozen=True)
class SavedSearch:
    """A search saved under a name, with the archive it was saved from ("" when several were open)."""
    name: str
    query: str
    archive_id: str = ""
    archive_title: str = ""
    created: str = ""  # ISO 8601 UTC


class Searches:
    """The search history and the saved searches of one store; each change is one transaction."""

    def __init__(self, store: UserStore):
        self._store = store

    # -- history -------------------------------------------------------------------------------------
    @property
    def keeps_history(self) -> bool:
        """Whether searches are recorded: the reader's choice, else on (off in portable mode)."""
        return bool(self._store.get_setting(KEEP_HISTORY_SETTING, not paths.is_portable()))

    def keep_history(self, on: bool) -> None:
        """Record searches from now on, or stop (what is recorded stays until `clear_history`)."""
        self._store.set_setting(KEEP_HISTORY_SETTING, bool(on))

    def record(self, query: str, archive_id: str = "", archive_title: str = "") -> bool:
        """Put a search at the top of the history (moving it there if it is already in it); False when
        history is off or the query is empty. StoreError if the store is locked or cannot be written."""
        query = query.strip()
        if not query or len(query) > MAX_QUERY or not self.keeps_history:
            return False
        entry = RecentSearch(query, archive_id, archive_title, now())

        def change(value: Any) -> list[dict]:
            recorded = _recent(value)
            entries = [e for e in recorded if e.query != query]
            if entries and entries[0] is recorded[0] and _refines(recorded[0], entry):
                entries.pop(0)
            return [asdict(e) for e in [entry, *entries][:MAX_HISTORY]]

        self._store.update_setting(HISTORY_SETTING, [], change, "your search history")
        return True

    def recent(self, limit: int | None = None) -> builtins.list[RecentSearch]:
        """The searches recorded, most recent first; StoreError if the store is locked."""
        return _recent(self._store.get_setting(HISTORY_SETTING, []))[:limit]

    def clear_history(self) -> None:
        """Forget every recorded search (a protected store is rewritten so no old copy stays: see db)."""
        self._store.set_setting(HISTORY_SETTING, [])

    # -- saved searches ------------------------------------------------------------------------------
    def saved(self) -> builtins.list[SavedSearch]:
        """The saved searches, by name; StoreError if the store is locked."""
        return sorted(_saved(self._store.get_setting(SAVED_SETTING, [])), key=lambda s: (s.name.casefold(), s.name))

    def find(self, name: str) -> SavedSearch | None:
        """The saved search called `name` (names are compared ignoring case), or None."""
        key = name.strip().casefold()
        return next((s for s in self.saved() if s.name.casefold() == key), None)

    def save(self, name: str, query: str, archive_id: str = "", archive_title: str = "", *,
             replace: bool = False) -> SavedSearch:
        """Save a search under `name`; one of that name is replaced only if `replace`, else StoreError."""
        saved = SavedSearch(_checked_name(name), _checked_query(query), archive_id, archive_title, now())
        return self._put(saved, replace, "the saved search")

    def restore(self, saved: SavedSearch) -> SavedSearch:
        """Put back a deleted saved search as it was (undo); StoreError if its name was taken meanwhile."""
        return self._put(saved, False, "the saved search")

    def rename(self, name: str, new_name: str) -> SavedSearch:
        """Give a saved search another name; StoreError if there is none called `name` or `new_name` is taken."""
        new_name = _checked_name(new_name)

        def change(value: Any) -> list[dict]:
            searches = _saved(value)
            old = _named(searches, name)
            if new_name.casefold() != old.name.casefold() and _has(searches, new_name):
                raise StoreError(f"A saved search is already called “{new_name}”; choose another name. "
                                 f"Nothing was changed.")
            renamed.append(SavedSearch(new_name, old.query, old.archive_id, old.archive_title, old.created))
            return [asdict(s) for s in searches if s is not old] + [asdict(renamed[0])]

        renamed: builtins.list[SavedSearch] = []
        self._store.update_setting(SAVED_SETTING, [], change, "the new name of the saved search")
        return renamed[0]

    def delete(self, name: str) -> SavedSearch:
        """Delete the saved search called `name` and return it (for undo); StoreError if there is none."""
        deleted: builtins.list[SavedSearch] = []

        def change(value: Any) -> list[dict]:
            searches = _saved(value)
            deleted.append(_named(searches, name))
            return [asdict(s) for s in searches if s is not deleted[0]]

        self._store.update_setting(SAVED_SETTING, [], change, "the deletion of the saved search")
        return deleted[0]

    def _put(self, saved: SavedSearch, replace: bool, what: str) -> SavedSearch:
        def change(value: Any) -> list[dict]:
            searches = _saved(value)
            if _has(searches, saved.name) and not replace:
                raise StoreError(f"A saved search is already called “{saved.name}”; choose another name. "
                                 f"Nothing was saved.")
            kept = [s for s in searches if s.name.casefold() != saved.name.casefold()]
            if len(kept) >= MAX_SAVED:
                raise StoreError(f"You have {MAX_SAVED} saved searches, the most Casefile keeps; delete some "
                                 f"first. Nothing was saved.")
            return [asdict(s) for s in kept] + [asdict(saved)]

        self._store.update_setting(SAVED_SETTING, [], change, what)
        return saved


def _checked_name(name: str) -> str:
    name = " ".join(name.split())  # one line: a name is shown in a menu
    if not name:
        raise StoreError("A saved search needs a name. Nothing was saved.")
    if len(name) > MAX_NAME:
        raise StoreError(f"That name is {len(name)} characters long; a saved search's name can have at most "
                         f"{MAX_NAME}. Nothing was saved.")
    return name


def _checked_query(query: str) -> str:
    query = query.strip()
    if not query:
        raise StoreError("There is no search to save: type one first. Nothing was saved.")
    if len(query) > MAX_QUERY:
        raise StoreError(f"That search is {len(query)} characters long; Casefile saves searches of at most "
                         f"{MAX_QUERY}. Nothing was saved.")
    return query


def _named(searches: list[SavedSearch], name: str) -> SavedSearch:
    key = name.strip().casefold()
    found = next((s for s in searches if s.name.casefold() == key), None)
    if found is None:
        raise StoreError(f"There is no saved search called “{name}” (another window may have deleted or "
                         f"renamed it). Nothing was changed.")
    return found


def _has(searches: list[SavedSearch], name: str) -> bool:
    return any(s.name.casefold() == name.casefold() for s in searches)


def _refines(previous: RecentSearch, entry: RecentSearch) -> bool:
    if not entry.query.startswith(previous.query):
        return False
    try:
        elapsed = datetime.fromisoformat(entry.time) - datetime.fromisoformat(previous.time)
    except ValueError:
        return False
    return 0 <= elapsed.total_seconds() <= REFINE_SECONDS


def _strings(entry: Any, names: tuple[str, ...]) -> dict[str, str] | None:
    """The named fields of a stored entry if they are all strings (and the first is not empty), else None:
    a value edited outside Casefile is left out rather than breaking the menu."""
    if not isinstance(entry, dict):
        return None
    fields = {name: entry.get(name, "") for name in names}
    if not all(isinstance(value, str) for value in fields.values()) or not fields[names[0]]:
        return None
    return fields


def _recent(value: Any) -> list[RecentSearch]:
    entries = (_strings(e, ("query", "archive_id", "archive_title", "time")) for e in _list(value))
    return [RecentSearch(**e) for e in entries if e]


def _saved(value: Any) -> list[SavedSearch]:
    entries = (_strings(e, ("name", "query", "archive_id", "archive_title", "created")) for e in _list(value))
    return [SavedSearch(**e) for e in entries if e and e["query"]]


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []
