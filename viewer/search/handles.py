"""Archives kept open per worker thread, so a search opens each archive once per thread, not per query.

datasette's pattern: one read connection per thread, kept. Opening an archive checks its header and
schema, and its Searcher keeps the vocabulary (~0.2 s to load on a large archive) and the compiled
queries; reopening for every page and every facet count threw all of that away.

An SQLite connection belongs to the thread that opened it, so a handle is used and closed only by its
own thread: searches run on one long-lived thread (`workers.search_lane()`), and closing an archive
queues `close_here(path)` on that thread (`ArchiveSession.close`). Handles are kept in a dict keyed by the
thread's native (OS) id, not in a threading.local (PySide drops a pool thread's thread-local values between
runnables) and not by `threading.get_ident()`, which a new thread often reuses as soon as an old one ends.
"""

from __future__ import annotations

import threading
from pathlib import Path

from archive import Archive, open_archive

_lock = threading.Lock()
_open: dict[tuple[int, Path], Archive] = {}


def archive_here(path: Path) -> Archive:
    """This thread's open handle on `path`, opened on first use (CasefileError if it cannot be)."""
    key = (threading.get_native_id(), Path(path))
    with _lock:
        archive = _open.get(key)
    if archive is None:
        archive = open_archive(path)
        with _lock:
            _open[key] = archive
    return archive


def close_here(path: Path | None = None) -> None:
    """Close this thread's handles on `path` (on every archive when None)."""
    ident = threading.get_native_id()
    with _lock:
        keys = [key for key in _open if key[0] == ident and (path is None or key[1] == Path(path))]
        closing = [_open.pop(key) for key in keys]
    for archive in closing:
        archive.close()


def open_handles() -> list[tuple[int, Path]]:
    """(thread id, path) of every handle open now, in every thread (for tests and diagnostics)."""
    with _lock:
        return list(_open)

