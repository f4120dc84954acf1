"""Which items an export holds: a search's hits, the items the reader tagged, or ids given by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import CasefileError, QueryError
from ..reader import Archive
from ..search.engine import MAX_LIMIT
from .document import MAX_EXHIBITS

EXPORT_SEARCH_SECONDS = 30.0  # one page of an export's query; far above interactive search's deadline


def select_items(archive: Archive, *, query: str | None = None, tag: str | None = None,
                 item_ids: Sequence[str] | None = None,
                 tagged: Callable[[str], set[str]] | None = None) -> list[str]:
    """Item ids in exhibit order: hits by relevance, tagged items in archive order, or ids as given.

    Exactly one of `query`, `tag`, `item_ids`. Entities in hits or tags are skipped (only items have
    original files). `tagged(tag)` is the reader's store's lookup, needed for `tag` and tag: queries.
    """
    if sum(choice is not None for choice in (query, tag, item_ids)) != 1:
        raise CasefileError("Choose the items one way: a query, a tag, or item ids.")
    if item_ids is not None:
        ids = list(dict.fromkeys(item_ids))
        for item_id in ids:
            archive.items.get(item_id)  # ItemNotFound names an unknown id
        found, what = ids, "the ids given"
    elif tag is not None:
        if tagged is None:
            raise QueryError("Exporting by tag needs your annotation store.")
        marked = tagged(tag)
        found, what = [item_id for item_id in archive.items.ids() if item_id in marked], f"the tag {tag!r}"
    else:
        found, what = _search(archive, query, tagged), f"the query {query!r}"
    if not found:
        raise CasefileError(f"Nothing to export: {what} matches no item (entities have no original file).")
    return found


def _search(archive: Archive, query: str, tagged) -> list[str]:
    """Every hit that is an item, paging through the whole result."""
    found: dict[str, None] = {}
    offset = 0
    while True:
        result = archive.search.find(query, limit=MAX_LIMIT, offset=offset, tagged=tagged,
                                     seconds=EXPORT_SEARCH_SECONDS)
        found.update((hit.id, None) for hit in result.hits if hit.kind != "entity")
        offset += len(result.hits)
        if not result.hits or offset >= result.total or len(found) > MAX_EXHIBITS:
            return list(found)
