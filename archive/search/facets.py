"""Facet counts in milliseconds: a per-archive facet index counted with numpy.

Counting facets in SQL joins every matching document to its item's mentions, which is linear in
mention rows and took seconds on a leak-sized archive. Instead, the first facet request of an open
archive reads, once:

- per search document (sorted by id): its kind, year (items only), language and source as small
  integer codes, and
  the number of its item (-1 for an entity document);
- per item, the DISTINCT entities it mentions, as sorted (item, entity) pairs: an item's mentions
  apply to every document of that item, so a table's row documents count their table's mentions,
  exactly as the SQL statement did (`m.item_id IN (SELECT d.item_id ...)`), and an entity counts items,
  not documents;
- the entities' ids and captions, with each entity's rank in (caption, id) order for ties.

A search then fetches its matching document ids (one integer column) and counts them with
`np.bincount`. Every value read is type-checked (a forged archive may hold anything). Above
MAX_PAIRS mention rows the entity part is not built and the entity facet falls back to SQL that
groups mentions first and joins entities only for the groups that can reach the top.

Counting never fails a search: what cannot be counted within the budget is named in
`Facets.uncounted` and the rest is returned.
"""

from __future__ import annotations

import time
from array import array
from collections import Counter
from itertools import repeat
from dataclasses import dataclass
from typing import TYPE_CHECKING

try:
    import numpy as np
except ImportError:  # the frozen reader app leaves numpy out (40 MB): it counts facets in SQL instead
    np = None

from ..errors import LimitExceeded

if TYPE_CHECKING:
    from ..reader import Archive

FACET_SIZE = 15
COLUMNS = ("kind", "year", "language", "source")  # the cheap facets, one code array each
# The year facet counts items: an entity's document carries a birth or founding date, and a person
# born in 1955 is not an item of 1955.
ITEM_YEAR = "CASE WHEN d.doc_kind = 'entity' THEN NULL ELSE d.year END"
# Facets from the publisher's file behind each item (format 2's item_files): the folder it was in and
# its file type (the suffix of its name, lower case), so a leak's folders and its spreadsheets or
# scans can be told apart. A format 1 archive has neither.
FILE_COLUMNS = ("folder", "filetype")
MAX_SUFFIX = 10
ENTITY = "entity"
MAX_PAIRS = 20_000_000  # mention rows above which the entity part would cost too much memory (8 bytes a pair)
BUILD_SECONDS = 30.0  # the one-time read of the index's tables, apart from any search's budget
BATCH = 10_000
GATHER_SHARE = 4  # gather the matching items' pairs by index when they are under a quarter of all pairs
SEPARATOR = "\x1f"  # joins an item's entity ids in one string; no entity id the build writes contains it


class Facets(dict):
    """Facet name -> [(value, label, count)], and `uncounted`: the facets not counted within the budget."""

    def __init__(self, counts: dict | None = None, uncounted: tuple[str, ...] = ()):
        super().__init__(counts or {})
        self.uncounted = tuple(uncounted)

    @property
    def complete(self) -> bool:
        """Whether every facet was counted."""
        return not self.uncounted


@dataclass(frozen=True)
class _Docs:
    ids: np.ndarray  # int64, sorted search_docs ids
    codes: dict[str, np.ndarray]  # facet -> int32 code per document, -1 for none
    values: dict[str, list[str]]  # facet -> value of each code
    items: np.ndarray  # int32 item number per document, -1 for none
    item_numbers: dict[str, int]


@dataclass(frozen=True)
class _Entities:
    pair_items: np.ndarray  # int32, sorted: the item of each distinct (item, entity) pair
    pair_entities: np.ndarray  # int32
    item_starts: np.ndarray  # int64: item i's pairs are [item_starts[i], item_starts[i + 1])
    ids: list[str]
    captions: list[str]
    rank: np.ndarray  # int32: each entity's place in (caption, id) order


class FacetIndex:
    """The facet index of one open archive, built on first use (see the module docstring)."""

    def __init__(self, archive: Archive):
        self._archive = archive
        self._docs: _Docs | None = None
        self._entities: _Entities | None = None
        self._docs_failed = False
        self._entities_failed = False  # too many pairs, or the read outran BUILD_SECONDS: SQL instead

    def count(self, ids_sql: tuple[str, tuple] | None, source: tuple[str, tuple], seconds: float, *,
              ids: list[int] | None = None) -> Facets:
        """Count the documents `ids_sql` selects (one integer column), or the documents `ids` when the
        search read them already; `source` is the query's FROM/WHERE for the SQL fallback. Raises only
        QueryCancelled; a facet over the budget is left uncounted."""
        if np is None:
            return self._count_by_sql(source, seconds)
        docs = self._built_docs()
        if docs is None:
            return Facets({}, (*COLUMNS, *FILE_COLUMNS, ENTITY))
        deadline = time.monotonic() + seconds
        try:
            matched = self._matched(docs, ids_sql, seconds) if ids is None else self._positions(docs, ids)
        except LimitExceeded:
            return Facets({}, (*docs.codes, ENTITY))
        facets = Facets({name: self._column(docs, name, matched) for name in docs.codes})
        entities = self._built_entities(docs)
        try:
            if entities is not None:
                facets[ENTITY] = _top_entities(entities, docs, matched)
            else:
                facets[ENTITY] = self._entities_by_sql(source, max(0.05, deadline - time.monotonic()))
        except LimitExceeded:
            facets.uncounted = (ENTITY,)
        return facets

    # -- counting --------------------------------------------------------------------------------------
    def _matched(self, docs: _Docs, ids_sql: tuple[str, tuple], seconds: float) -> np.ndarray:
        """Positions in `docs` of the matching documents (ids missing from search_docs dropped)."""
        return self._positions(docs, (i for (i,) in self._archive.query(*ids_sql, seconds=seconds)))

    @staticmethod
    def _positions(docs: _Docs, found) -> np.ndarray:
        """Positions in `docs` of the document ids `found` (a forged cell that is no integer, or an id
        missing from search_docs, dropped)."""
        ids = np.fromiter((i for i in found if type(i) is int), dtype=np.int64)
        if not len(docs.ids):
            return np.zeros(0, dtype=np.int64)
        positions = np.minimum(np.searchsorted(docs.ids, ids), len(docs.ids) - 1)
        return positions[docs.ids[positions] == ids]

    @staticmethod
    def _column(docs: _Docs, name: str, matched: np.ndarray) -> list[tuple[str, str, int]]:
        values = docs.values[name]
        counts = np.bincount(docs.codes[name][matched] + 1, minlength=len(values) + 1)[1:]
        return _ranked(name, {values[code]: int(counts[code]) for code in np.flatnonzero(counts)})

    def _count_by_sql(self, source: tuple[str, tuple], seconds: float) -> Facets:
        """Every facet in SQL, without numpy: the columns of each matching document, then the entity
        facet by `_entities_by_sql`; each left uncounted when it outruns the budget."""
        deadline = time.monotonic() + seconds
        sql, params = source
        try:
            rows = self._archive.query(f"SELECT d.doc_kind, {ITEM_YEAR}, d.lang, d.source {sql}", params,
                                       seconds=seconds)
        except LimitExceeded:
            return Facets({}, (*COLUMNS, ENTITY))
        facets = Facets({name: _ranked(name, Counter(str(row[n]) for row in rows
                                                      if isinstance(row[n], (str, int)) and not isinstance(row[n], bool)))
                         for n, name in enumerate(COLUMNS)})
        if self._archive.has_table("item_files"):
            try:
                files = self._archive.query(
                    f"SELECT files.folder, files.path FROM (SELECT d.item_id AS item_id {sql}) m "
                    "JOIN item_files files ON files.item_id = m.item_id", params, seconds=seconds)
            except LimitExceeded:
                facets.uncounted = FILE_COLUMNS
            else:
                facets["folder"] = _ranked("folder", Counter(f for f, _ in files if isinstance(f, str)))
                facets["filetype"] = _ranked("filetype", Counter(filter(None, (_suffix(p) for _, p in files))))
        try:
            facets[ENTITY] = self._entities_by_sql(source, max(0.05, deadline - time.monotonic()))
        except LimitExceeded:
            facets.uncounted = (*facets.uncounted, ENTITY)
        return facets

    def _entities_by_sql(self, source: tuple[str, tuple], seconds: float) -> list[tuple[str, str, int]]:
        """The entity facet in SQL: mentions grouped first, entities joined only for groups that can
        reach the top (3.5-4.4x faster than joining every mention row, same counts)."""
        sql, params = source
        rows = self._archive.query(
            f"WITH g AS MATERIALIZED (SELECT entity_id, count(DISTINCT item_id) AS n FROM mentions "
            f"WHERE item_id IN (SELECT d.item_id {sql}) GROUP BY entity_id) "
            f"SELECT g.entity_id, e.caption, g.n FROM g JOIN entities e ON e.id = g.entity_id "
            f"WHERE g.n >= coalesce((SELECT n FROM g ORDER BY n DESC LIMIT 1 OFFSET {FACET_SIZE - 1}), 0) "
            f"ORDER BY g.n DESC, e.caption, g.entity_id LIMIT {FACET_SIZE}", params, seconds=seconds)
        return [(str(e), str(c), int(n)) for e, c, n in rows if isinstance(n, int)]

    # -- building --------------------------------------------------------------------------------------
    def _built_docs(self) -> _Docs | None:
        if self._docs is None and not self._docs_failed:
            try:
                self._docs = _read_docs(self._archive)
            except LimitExceeded:
                self._docs_failed = True
        return self._docs

    def _built_entities(self, docs: _Docs) -> _Entities | None:
        if self._entities is None and not self._entities_failed:
            try:
                self._entities = _read_entities(self._archive, docs.item_numbers)
            except LimitExceeded:
                self._entities = None
            self._entities_failed = self._entities is None
        return self._entities


def _ranked(name: str, counts) -> list[tuple[str, str, int]]:
    """(value, label, count) for a facet: years newest first, the others by count, then value."""
    found = list(counts.items())
    if name == "year":
        found.sort(key=lambda vc: vc[0], reverse=True)
    else:
        found = sorted(found, key=lambda vc: (-vc[1], vc[0]))[:FACET_SIZE]
    return [(value, value, n) for value, n in found]


def _top_entities(entities: _Entities, docs: _Docs, matched: np.ndarray) -> list[tuple[str, str, int]]:
    """The FACET_SIZE entities mentioned by the most matching items, ties by caption then id: exact."""
    items = docs.items[matched]
    chosen_items = np.unique(items[items >= 0])
    starts, ends = entities.item_starts[chosen_items], entities.item_starts[chosen_items + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    if total * GATHER_SHARE < len(entities.pair_entities):
        # Few items: their pairs are runs of the item-sorted pair list, gathered by index (a rare
        # word at leak scale: 0.1 ms instead of 7 ms for a pass over all 3.3 M pairs).
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        mentioned = entities.pair_entities[offsets]
    else:
        chosen = np.zeros(len(docs.item_numbers), dtype=bool)
        chosen[chosen_items] = True
        mentioned = entities.pair_entities[chosen[entities.pair_items]]
    counts = np.bincount(mentioned, minlength=len(entities.ids))
    found = np.flatnonzero(counts)
    if len(found) > FACET_SIZE:
        # Every entity tied with the FACET_SIZE-th count stays a candidate, so ties break exactly.
        threshold = np.partition(counts[found], -FACET_SIZE)[-FACET_SIZE]
        found = found[counts[found] >= threshold]
    top = found[np.lexsort((entities.rank[found], -counts[found]))][:FACET_SIZE]
    return [(entities.ids[e], entities.captions[e], int(counts[e])) for e in top]


def _read_docs(archive: Archive) -> _Docs:
    """The per-document facet columns, read under the archive's deadline (column by column, in
    comprehensions: a Python loop per row costs more than SQLite's read)."""
    columns: dict[str, list] = {name: [] for name in ("id", *COLUMNS, "item")}
    for batch in archive.stream(f"SELECT id, doc_kind, {ITEM_YEAR}, lang, source, item_id FROM search_docs d ORDER BY id",
                                seconds=BUILD_SECONDS, batch=BATCH):
        rows = [row for row in batch if type(row[0]) is int]  # a forged id (text, real) drops its row
        for name, values in zip(columns, zip(*rows)):
            columns[name] += values
    ids = np.array(columns.pop("id"), dtype=np.int64)
    first = np.ones(len(ids), dtype=bool)
    first[1:] = ids[1:] != ids[:-1]  # sorted by id, so a forged repeat follows its first row
    numbers: dict[str, dict] = {name: {} for name in columns}
    codes = {name: np.array([_code(numbers[name], value) for value in values], dtype=np.int32)[first]
             for name, values in columns.items()}
    values = {name: list(numbers[name]) for name in COLUMNS}
    if archive.has_table("item_files"):
        for name, (file_codes, file_values) in _file_codes(archive, numbers["item"]).items():
            items = codes["item"]
            codes[name] = np.where(items >= 0, file_codes[np.maximum(items, 0)], -1).astype(np.int32)
            values[name] = file_values
    return _Docs(ids[first], {name: codes[name] for name in values}, values, codes["item"], numbers["item"])


def _file_codes(archive: Archive, item_numbers: dict[str, int]) -> dict[str, tuple[np.ndarray, list[str]]]:
    """Per item number, the codes of its file's folder and suffix (-1: none), and each code's value."""
    by_item = {name: np.full(max(len(item_numbers), 1), -1, dtype=np.int32) for name in FILE_COLUMNS}
    numbers: dict[str, dict] = {name: {} for name in FILE_COLUMNS}
    for batch in archive.stream("SELECT item_id, folder, path FROM item_files", seconds=BUILD_SECONDS, batch=BATCH):
        for item_id, folder, path in batch:
            item = item_numbers.get(item_id) if isinstance(item_id, str) else None
            if item is None:
                continue
            by_item["folder"][item] = _code(numbers["folder"], folder) if isinstance(folder, str) else -1
            suffix = _suffix(path)
            by_item["filetype"][item] = _code(numbers["filetype"], suffix) if suffix else -1
    return {name: (by_item[name], list(numbers[name])) for name in FILE_COLUMNS}


def _suffix(path) -> str | None:
    """A file name's suffix in lower case (report.PDF -> pdf), or None (no suffix, or not a plain one)."""
    if not isinstance(path, str):
        return None
    name = path.rsplit("/", 1)[-1]
    if "." not in name.strip("."):
        return None
    suffix = name.rsplit(".", 1)[1].lower()
    return suffix if 0 < len(suffix) <= MAX_SUFFIX and suffix.isascii() and suffix.isalnum() else None


def _code(numbers: dict[str, int], value) -> int:
    """The code of a facet value (text, or a year's integer, shown as text); -1 for none or a forged type."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return -1
    return numbers.setdefault(str(value), len(numbers))


def _distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values: sorting in place then dropping repeats takes a fifth of the time of
    np.unique, which hashes (2.6 s against 0.4 s for 3.35 M pairs)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _pairs_by_item(archive: Archive, item_numbers: dict[str, int], numbers: dict[str, int]
                   ) -> tuple[array, array]:
    """(item number, entity number) of every mention row, read as one row per item with its entity ids
    joined by SEPARATOR (the primary key's index gives the grouping): 22,000 rows instead of 3.35 M at
    leak scale, 1.7 s instead of 3.8 s. Machine integers in arrays, mapped by map(): a Python loop per
    mention costs more than SQLite's read."""
    pair_items, pair_entities = array("q"), array("q")
    for batch in archive.stream(f"SELECT item_id, group_concat(entity_id, '{SEPARATOR}') FROM mentions "
                                "GROUP BY item_id", seconds=BUILD_SECONDS, batch=BATCH):
        for item_id, joined in batch:
            entity_ids = joined.split(SEPARATOR) if isinstance(joined, str) else ()
            pair_entities.extend(map(numbers.get, entity_ids, repeat(-1)))
            pair_items.extend(repeat(item_numbers.get(item_id, -1) if isinstance(item_id, str) else -1,
                                     len(entity_ids)))
    return pair_items, pair_entities


def _pairs_by_row(archive: Archive, item_numbers: dict[str, int], numbers: dict[str, int]
                  ) -> tuple[array, array]:
    """The same pairs read row by row, for an archive whose entity ids contain SEPARATOR."""
    pair_items, pair_entities = array("q"), array("q")
    for batch in archive.stream("SELECT item_id, entity_id FROM mentions", seconds=BUILD_SECONDS, batch=BATCH):
        item_column, entity_column = zip(*batch)
        pair_items.extend(map(item_numbers.get, item_column, repeat(-1)))
        pair_entities.extend(map(numbers.get, entity_column, repeat(-1)))
    return pair_items, pair_entities


def _read_entities(archive: Archive, item_numbers: dict[str, int]) -> _Entities | None:
    """The distinct (item, entity) pairs and the entity table; None above MAX_PAIRS mention rows."""
    if archive.query_one("SELECT count(*) FROM mentions", seconds=BUILD_SECONDS)[0] > MAX_PAIRS:
        return None
    numbers: dict[str, int] = {}
    captions: list[str] = []
    for batch in archive.stream("SELECT id, caption FROM entities", seconds=BUILD_SECONDS, batch=BATCH):
        for entity_id, caption in batch:
            if isinstance(entity_id, str) and entity_id not in numbers:
                numbers[entity_id] = len(captions)
                captions.append(caption if isinstance(caption, str) else "")
    if any(SEPARATOR in entity_id for entity_id in numbers):  # only a forged archive: exact, slower
        pair_items, pair_entities = _pairs_by_row(archive, item_numbers, numbers)
    else:
        pair_items, pair_entities = _pairs_by_item(archive, item_numbers, numbers)
    items = np.frombuffer(pair_items, dtype=np.int64) if pair_items else np.zeros(0, dtype=np.int64)
    entities = np.frombuffer(pair_entities, dtype=np.int64) if pair_entities else np.zeros(0, dtype=np.int64)
    known = (items >= 0) & (entities >= 0)  # mentions of no search document or no entity count nowhere
    width = max(len(captions), 1)
    pairs = _distinct(items[known] * width + entities[known])
    ids = list(numbers)
    rank = np.empty(len(ids), dtype=np.int32)
    rank[[e for _, _, e in sorted(zip(captions, ids, range(len(ids))))]] = np.arange(len(ids), dtype=np.int32)
    pair_items = (pairs // width).astype(np.int32)
    item_starts = np.searchsorted(pair_items, np.arange(len(item_numbers) + 1))
    return _Entities(pair_items, (pairs % width).astype(np.int32), item_starts, ids, captions, rank)
