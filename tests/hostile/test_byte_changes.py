"""Property: random byte changes anywhere in a signed archive (no .minisig) end in TAMPERED or
DAMAGED, or change nothing the viewer displays for the items, entities and relations.

"Anything displayed" is read through the library exactly as the viewer reads it (lookups through
indexes, lists in index order, search through FTS5), for every item and entity of the original. Half
the changes land in the pages of the b-trees other than the originals' (indexes, schema, small
tables), where a forger would aim, since random offsets would otherwise mostly hit image bytes.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import CasefileError, open_archive
from archive.signing.trust import TrustStore
from archive.signing.verify import VerificationState, verify_path

from .conftest import copy_signed

SAFE_STATES = {VerificationState.TAMPERED, VerificationState.DAMAGED}
QUERIES = ("chen", "xinjiang", "新疆", "sanction*")


def _read(call):
    try:
        return call()
    except CasefileError as exc:  # a refusal is a change the reader sees: it must come with a red badge
        return ("refused", type(exc).__name__)


def _result(result) -> tuple:
    return result.total, result.hits, result.facets, result.suggestions  # not its timing


def displayed(path: Path, item_ids: list[str], entity_ids: list[str]) -> dict:
    """What the viewer shows of every item and entity, read as the viewer reads it."""
    try:
        archive = open_archive(path)
    except CasefileError as exc:
        return {"open": type(exc).__name__}
    with archive:
        shown: dict = {"meta": archive.metadata}
        for kind in (None, "report", "image"):
            shown[("ids", kind)] = _read(lambda: archive.items.ids(kind))
        shown["schemata"] = _read(archive.entities.schemata)
        shown["entities"] = _read(lambda: archive.entities.list(limit=10_000))
        for item_id in item_ids:
            items = archive.items
            shown[item_id] = [_read(lambda call=call: call(item_id)) for call in (
                items.get, items.text, items.html, items.pages, items.image_info, items.thumbnail,
                items.mentions, items.original)]
        for entity_id in entity_ids:
            entities = archive.entities
            shown[entity_id] = [_read(lambda call=call: call(entity_id))
                                for call in (entities.get, entities.relations, entities.mentions)]
        for query in QUERIES:
            shown[("search", query)] = _read(lambda: _result(archive.search.find(query, limit=50, facets=True)))
        return shown


class Pristine(tuple):
    def __repr__(self) -> str:  # Hypothesis prints the arguments of a failing example
        return "Pristine(...)"


@pytest.fixture(scope="module")
def pristine(signed, keys, tmp_path_factory):
    """(bytes of the signed archive, hot byte ranges, item ids, entity ids, what it displays, trust)."""
    folder = tmp_path_factory.mktemp("pristine")
    path = copy_signed(signed, folder)
    path.with_name(path.name + ".minisig").unlink()
    trust = TrustStore(folder / "trusted-keys.json")
    trust.add(keys[0].public_key, "Test publisher")
    assert verify_path(path, trust).state is VerificationState.VERIFIED
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    hot = [(page - 1) * page_size for (page,) in conn.execute("SELECT pageno FROM dbstat WHERE name != 'blobs'")]
    conn.close()
    with open_archive(path) as archive:
        item_ids = archive.items.ids()
        entity_ids = [entity.id for entity in archive.entities.list(limit=10_000)]
    shown = displayed(path, item_ids, entity_ids)
    return Pristine((path.read_bytes(), hot, page_size, item_ids, entity_ids, shown, trust))


changes = st.lists(st.tuples(st.booleans(), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
                   min_size=1, max_size=6)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=changes)
def test_random_byte_changes_are_caught_or_change_nothing_shown(pristine, tmp_path, changes):
    data, hot, page_size, item_ids, entity_ids, shown, trust = pristine
    changed = bytearray(data)
    for in_hot_page, where, xor in changes:
        offset = hot[where % len(hot)] + (where // len(hot)) % page_size if in_hot_page else where % len(data)
        changed[offset] ^= xor
    path = tmp_path / f"changed-{random.getrandbits(32):08x}.casefile"
    path.write_bytes(bytes(changed))
    try:
        state = verify_path(path, trust).state
        if state not in SAFE_STATES:
            now = displayed(path, item_ids, entity_ids)
            differ = [key for key in shown.keys() | now.keys() if shown.get(key) != now.get(key)]
            assert not differ, f"{state}, yet the display changed: {differ[:5]} {str(now.get(differ[0]))[:300]}"
    finally:
        path.unlink()
