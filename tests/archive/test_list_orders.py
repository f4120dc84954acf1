"""Ordered and narrowed lists (issue 21): `Items.ids` in the order `Items.list` pages through, the
entity list by caption or by schema either way round, and narrowed to a search's entities."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from archive import open_archive

CHEN = "person-chen-quanguo"
ODD_IDS = ["no-such-item", "", "' OR 1=1 --", '"]', "陈全国", "\x00", "a" * 10_000, "null"]


def _pages(items, size=5, **kwargs) -> list[str]:
    ids, after = [], None
    while page := items.list("image", limit=size, after=after, **kwargs):
        ids.extend(item.id for item in page)
        after = page[-1].id
    return ids


# -- items -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("order", ["position", "title", "date", "id"])
@pytest.mark.parametrize("descending", [False, True])
def test_image_ids_are_in_the_order_list_pages_through(sample, order, descending):
    items = sample.items
    ids = items.ids("image", order=order, descending=descending)
    assert ids == _pages(items, order=order, descending=descending)
    assert sorted(ids) == sorted(items.ids("image")) and len(ids) == items.count("image") == 38
    if order != "position":
        by_id = {item.id: item for item in items.list("image", limit=1000)}
        keys = [getattr(by_id[i], order) or "" for i in ids]
        assert keys == sorted(keys, reverse=descending)


def test_ids_default_to_build_order(sample):
    assert sample.items.ids("image") == [item.id for item in sample.items.list("image", limit=1000)]


def test_ids_among_a_search_keep_the_order_and_only_the_kind(sample):
    found = sample.search.matching_items("chen")
    images = sample.items.ids("image", order="title", among=found)
    assert images and set(images) < set(found) and len(images) == sample.items.count("image", among=found)
    assert images == [i for i in sample.items.ids("image", order="title") if i in set(found)]
    assert images == _pages(sample.items, order="title", among=found)


def test_ids_among_odd_and_unknown_ids(sample):
    first = sample.items.ids("image")[0]
    assert sample.items.ids("image", among=[]) == []
    assert sample.items.ids("image", among=ODD_IDS) == []
    assert sample.items.ids("image", among=[*ODD_IDS, first, first]) == [first]


@pytest.mark.parametrize("order", ["source; DROP TABLE items", "title DESC", "rowid", ""])
def test_ids_refuse_an_order_that_is_not_a_column_name(sample, order):
    with pytest.raises(ValueError):
        sample.items.ids("image", order=order)


# -- entities ----------------------------------------------------------------------------------------

def _entity_pages(entities, schema=None, size=7, **kwargs) -> list:
    rows, after = [], None
    while page := entities.page(schema, after=after, limit=size, **kwargs):
        rows.extend(page)
        after = page[-1]
    return rows


@pytest.mark.parametrize("schema", [None, "Person"])
@pytest.mark.parametrize("descending", [False, True])
def test_entity_pages_by_caption_and_by_schema_both_ways(sample, schema, descending):
    entities = sample.entities
    by_caption = _entity_pages(entities, schema, order="caption", descending=descending)
    assert len({r.id for r in by_caption}) == len(by_caption) == entities.count(schema)
    assert [(r.caption, r.key[2]) for r in by_caption] == sorted(((r.caption, r.key[2]) for r in by_caption),
                                                                 reverse=descending)
    by_schema = _entity_pages(entities, schema, descending=descending)
    ascending = _entity_pages(entities, schema)
    assert [r.id for r in by_schema] == [r.id for r in (ascending[::-1] if descending else ascending)]
    if schema is None:
        assert [r.id for r in by_caption] != [r.id for r in by_schema]  # the sample has many schemata


def test_filtered_by_name_in_each_order(sample):
    entities = sample.entities
    keys = entities.matching("chen")
    assert entities.filtered(text="chen") == keys
    assert entities.filtered(text="chen", descending=True) == keys[::-1]
    by_caption = entities.rows(entities.filtered(text="chen", order="caption"))
    assert {r.id for r in by_caption} == {r.id for r in entities.rows(keys)} and len(by_caption) == len(keys)
    assert [(r.caption, r.key[2]) for r in by_caption] == sorted((r.caption, r.key[2]) for r in by_caption)
    assert entities.rows(entities.filtered(text="chen", order="caption", descending=True)) == by_caption[::-1]


def test_filtered_among_a_search_combines_with_the_name_and_schema_filters(sample):
    entities, found = sample.entities, sample.search.matching_entities("sanction")
    assert found and set(found) <= {r.id for r in _entity_pages(entities)}
    among = [r.id for r in entities.rows(entities.filtered(among=found))]
    assert sorted(among) == sorted(found)
    assert among == [r.id for r in _entity_pages(entities) if r.id in set(found)]  # list order
    people = [r.id for r in entities.rows(entities.filtered("Person", among=found))]
    assert people and people == [i for i in among if entities.get(i).schema == "Person"]
    named = [r.id for r in entities.rows(entities.filtered(text="chen", among=found, order="caption"))]
    assert set(named) == set(found) & {r.id for r in entities.rows(entities.matching("chen"))}
    assert entities.filtered("Person", text="zzzqx", among=found) == []


def test_filtered_among_odd_and_unknown_ids(sample):
    entities = sample.entities
    assert entities.filtered(among=[]) == []
    assert entities.filtered(among=ODD_IDS) == []
    assert [r.id for r in entities.rows(entities.filtered(among=[*ODD_IDS, CHEN, CHEN]))] == [CHEN]
    assert entities.filtered("Sanction", among=[CHEN]) == []


def test_filtered_with_no_filter_is_every_entity_in_order(sample):
    entities = sample.entities
    assert [r.id for r in entities.rows(entities.filtered(order="caption"))] == \
        [r.id for r in _entity_pages(entities, order="caption")]


@pytest.mark.parametrize("order", ["name", "caption DESC", "rowid; --", ""])
def test_entities_refuse_an_unknown_order(sample, order):
    with pytest.raises(ValueError):
        sample.entities.page(order=order)
    with pytest.raises(ValueError):
        sample.entities.filtered(text="chen", order=order)


def test_matching_entities_are_the_entity_hits_of_the_search(sample):
    found = sample.search.matching_entities("chen quanguo")
    assert CHEN in found
    hits = sample.search.find("chen quanguo", limit=500)
    assert set(found) == {hit.id for hit in hits.hits if hit.kind == "entity"}
    assert not set(found) & set(sample.search.matching_items("chen quanguo"))
    assert sample.search.matching_entities("kind:image") == []
    assert len(sample.search.matching_entities("xinjiang", limit=3)) <= 3


# -- forged values -----------------------------------------------------------------------------------

def test_orders_survive_forged_captions_and_titles(archive_copy):
    # Archive data: a forged file may store a number or a blob where text belongs, or no date at all;
    # every order still lists each row once, and the keyset compares whatever is stored.
    with closing(sqlite3.connect(archive_copy)) as conn, conn:
        first, second = [row[0] for row in conn.execute("SELECT id FROM entities ORDER BY id LIMIT 2")]
        conn.execute("UPDATE entities SET caption = 42 WHERE id = ?", (first,))
        conn.execute("UPDATE entities SET caption = x'00ff' WHERE id = ?", (second,))
        images = [row[0] for row in conn.execute("SELECT id FROM items WHERE kind = 'image' ORDER BY id LIMIT 3")]
        conn.execute("UPDATE items SET title = 7 WHERE id = ?", (images[0],))
        conn.execute("UPDATE items SET title = x'00ff', date = NULL WHERE id = ?", (images[1],))
        conn.execute("UPDATE items SET date = 2020 WHERE id = ?", (images[2],))
    with open_archive(archive_copy) as archive:
        every = sorted(e.id for e in archive.entities.iter_all())
        for descending in (False, True):
            rows = _entity_pages(archive.entities, order="caption", descending=descending)
            assert sorted(r.id for r in rows) == every and all(isinstance(r.caption, str) for r in rows)
            keys = archive.entities.filtered(among=[first, second, "nope"], order="caption", descending=descending)
            assert sorted(r.id for r in archive.entities.rows(keys)) == sorted([first, second])
            for order in ("title", "date"):
                ids = archive.items.ids("image", order=order, descending=descending)
                assert ids == _pages(archive.items, size=2, order=order, descending=descending)
                assert sorted(ids) == sorted(archive.items.ids("image")) and set(images) <= set(ids)
