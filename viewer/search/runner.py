"""Search every open archive for one query and merge the hits: the function a search worker runs.

Qt-free on purpose, so it can be tested and reasoned about without an event loop. The caller passes
`Source`s (key, path, label), never the GUI's sessions: each call uses its thread's own handle on
every archive it asks (one SQLite connection per thread, kept open between queries by `handles`, so
the vocabulary and compiled queries are kept too) and lets the task's cancel stop the running query.

Paging across archives is a k-way merge. Each archive is asked for a page at its own offset, and a hit
is handed out only while every archive that may still hold better hits has one buffered to compare it
with, so the merged order is the same however many pages are loaded. An archive that fails (damaged,
too slow) is reported by name and the others' hits are still shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from archive import Archive, CasefileError, Hit, QueryCancelled, QueryError, SearchResult

from . import handles

PAGE = 50
FACET_ORDER = ("kind", "year", "language", "entity", "source")


@dataclass(frozen=True)
class Source:
    """One archive to search, as the worker may see it (no Qt object, no connection)."""

    key: str
    path: Path
    label: str  # the session's label: unique among the open archives, even those with the same title


@dataclass(frozen=True)
class Request:
    """The query as typed, the sort order and the id that tells stale answers apart.

    `tagged` carries the answer of the reader's store to the query's tag: filters, per archive
    (archive key, tag, ids), read in the GUI thread, which owns the store's connection.
    """

    text: str
    sort: str
    query_id: int
    tagged: tuple[tuple[str, str, frozenset[str]], ...] | None = None

    def tag_resolver(self, archive: Archive) -> Callable[[str], frozenset[str]] | None:
        """`tagged=` for this archive's search, or None when the reader's store is not available."""
        if self.tagged is None:
            return None
        key = str(archive.path.resolve())
        ids = {(k, tag): found for k, tag, found in self.tagged}
        return lambda tag: ids.get((key, tag), frozenset())


@dataclass(frozen=True)
class Row:
    """One merged result: the hit and the archive it came from."""

    hit: Hit
    source: Source


@dataclass
class Cursor:
    """How far one archive's results have been read, and what was read but not yet shown."""

    source: Source
    offset: int = 0
    total: int | None = None  # unknown until the first page
    buffer: list[Hit] = field(default_factory=list)
    error: CasefileError | None = None

    @property
    def more(self) -> bool:
        """Whether the archive may hold hits not fetched yet."""
        return self.error is None and (self.total is None or self.offset < self.total)


@dataclass(frozen=True)
class Page:
    """What one worker call found: rows to show and the cursors to continue from."""

    request: Request
    first: bool
    rows: list[Row]
    cursors: list[Cursor]
    facets: dict[str, list[tuple[str, str, int]]]
    suggestions: list[str]
    elapsed_ms: float
    dropped: tuple[str, ...] = ()  # words left out where an archive has no document with them

    @property
    def total(self) -> int:
        return sum(c.total or 0 for c in self.cursors if c.error is None)

    @property
    def has_more(self) -> bool:
        return any(c.buffer or c.more for c in self.cursors)

    @property
    def errors(self) -> list[tuple[Source, CasefileError]]:
        return [(c.source, c.error) for c in self.cursors if c.error is not None]

    @property
    def query_error(self) -> QueryError | None:
        """The query's own mistake, when every archive refused it (the parser is the same for all)."""
        errors = [c.error for c in self.cursors]
        if errors and all(isinstance(e, QueryError) for e in errors):
            return errors[0]
        return None


def find_in(archive: Archive, request: Request, offset: int, facets: bool) -> SearchResult:
    """One archive's page of hits (a seam for tests that need a slow or failing archive)."""
    return archive.search.find(request.text, limit=PAGE, offset=offset, sort=request.sort,
                               facets=facets, query_id=request.query_id, tagged=request.tag_resolver(archive))


def search_page(task, request: Request, cursors: list[Cursor], count: int, first: bool) -> Page:
    """Up to `count` merged rows after `cursors`; raises QueryCancelled if the task is cancelled.

    The cursors are copied, never changed: the GUI keeps the ones it has until the answer arrives."""
    started = time.perf_counter()
    cursors = [replace(c, buffer=list(c.buffer)) for c in cursors]
    found_facets: list[dict] = []
    suggestions: list[str] = []
    dropped: dict[str, None] = {}
    archives = _Archives(task)

    def fetch(cursor: Cursor) -> None:
        if task.cancelled.is_set():
            raise QueryCancelled("The search was cancelled.")
        try:
            # Facets are counted afterwards (facets_for): counting every match would delay the
            # first hits by 0.1-0.6 s on a large archive.
            result = find_in(archives.get(cursor.source.path), request, cursor.offset, False)
        except QueryCancelled:
            raise
        except CasefileError as exc:
            cursor.error = exc
            return
        cursor.buffer.extend(result.hits)
        cursor.offset += len(result.hits)
        # A forged archive could claim more hits than it returns: an empty page ends it.
        cursor.total = result.total if result.hits else cursor.offset
        found_facets.append(result.facets)
        suggestions.extend(s for s in result.suggestions if s not in suggestions)
        dropped.update(dict.fromkeys(result.dropped))

    rows = _merge(cursors, count, fetch, _order(request.sort))
    return Page(request, first, rows, cursors, merge_facets(found_facets), suggestions,
                (time.perf_counter() - started) * 1000, tuple(dropped))


@dataclass(frozen=True)
class FacetCounts:
    request: Request
    facets: dict[str, list[tuple[str, str, int]]]
    uncounted: tuple[str, ...] = ()  # facets some archive could not count within its budget


def facets_for(task, request: Request, sources: list[Source]) -> FacetCounts:
    """Facet counts of `request` over every archive that answers (the others are left out)."""
    found, uncounted = [], []
    archives = _Archives(task)
    for source in sources:
        if task.cancelled.is_set():
            raise QueryCancelled("The search was cancelled.")
        try:
            archive = archives.get(source.path)
            counted = archive.search.facet_counts(request.text, tagged=request.tag_resolver(archive))
        except QueryCancelled:
            raise
        except CasefileError:
            continue  # the page of hits already reported this archive's problem
        found.append(counted)
        uncounted += [name for name in counted.uncounted if name not in uncounted]
    return FacetCounts(request, merge_facets(found), tuple(uncounted))


class _Archives:
    """The thread's handles a task uses, each with the task's cancel wired to it once."""

    def __init__(self, task) -> None:
        self._task = task
        self._wired: set[Path] = set()

    def get(self, path: Path) -> Archive:
        archive = handles.archive_here(path)
        if path not in self._wired:
            self._wired.add(path)
            self._task.on_cancel(archive.cancel)
        return archive


def _merge(cursors: list[Cursor], count: int, fetch: Callable[[Cursor], None],
           order: Callable[[Hit], tuple]) -> list[Row]:
    rows: list[Row] = []
    while len(rows) < count:
        for cursor in cursors:
            if not cursor.buffer and cursor.more:
                fetch(cursor)
        ready = [c for c in cursors if c.buffer]
        if not ready:
            break
        best = min(ready, key=lambda c: order(c.buffer[0]))
        rows.append(Row(best.buffer.pop(0), best.source))
    return rows


def _order(sort: str) -> Callable[[Hit], tuple]:
    """The engine's own order (BM25 score, lower is better; or newest date first) as a sort key."""
    if sort == "date":
        # Descending text order without a reverse flag: negated code points, and a terminator that
        # sorts after them so "2021-03" (more precise) comes before "2021", as in SQL's DESC.
        return lambda hit: (hit.date is None, [-ord(ch) for ch in hit.date or ""] + [1], hit.score)
    return lambda hit: (hit.score,)


def merge_facets(found: list[dict[str, list[tuple[str, str, int]]]]) -> dict[str, list[tuple[str, str, int]]]:
    """Facet counts of several archives added up: years newest first, the rest by count."""
    buckets: dict[str, dict[str, list]] = {}
    for facets in found:
        for name, values in facets.items():
            bucket = buckets.setdefault(name, {})
            for value, label, count in values:
                bucket.setdefault(value, [label, 0])[1] += count
    merged = {}
    for name in sorted(buckets, key=lambda n: (FACET_ORDER.index(n) if n in FACET_ORDER else len(FACET_ORDER), n)):
        values = [(value, label, count) for value, (label, count) in buckets[name].items()]
        if name == "year":
            values.sort(key=lambda v: v[0], reverse=True)
        else:
            values.sort(key=lambda v: (-v[2], v[1]))
        merged[name] = values
    return merged
