"""archive.neighbourhood (issue 21): interval records become one dated edge between their ends, other
entity-typed properties direct edges; hubs are cut and say so; forged rows do not break it."""

from __future__ import annotations

import sqlite3

import pytest

from archive import ItemNotFound, neighbourhood, open_archive
from archive import network


@pytest.fixture
def archive(built):
    with open_archive(built) as opened:
        yield opened


def test_an_entity_with_its_posts_and_sanctions(archive):
    found = neighbourhood(archive, "person-chen-quanguo")
    assert found.complete and found.centre == "person-chen-quanguo"
    edges = {(e.source, e.label, e.target): e for e in found.edges}
    post = edges[("person-chen-quanguo", "holds", "position-xuar-secretary")]
    assert (post.start, post.end, post.via) == ("2016-08", "2021-12", "occ-chen")
    sanction = edges[("sanction-us-chen", "sanctions", "person-chen-quanguo")]
    assert sanction.start == "2020-07-09" and sanction.via is None
    assert "occ-chen" not in found.nodes  # an interval record is an edge, not a node
    assert found.nodes["position-xuar-secretary"].schema == "Position"


def test_a_post_leads_to_its_holders_and_its_body(archive):
    found = neighbourhood(archive, "position-xuar-secretary")
    labels = {(e.source, e.label, e.target) for e in found.edges}
    assert ("person-chen-quanguo", "holds", "position-xuar-secretary") in labels
    assert ("position-xuar-secretary", "post in", "org-xpcc") in labels


def test_a_hub_is_cut_and_says_so(archive, monkeypatch):
    found = neighbourhood(archive, "person-chen-quanguo", limit=1)
    assert not found.complete and len(found.edges) <= 1


def test_unknown_entities_and_forged_rows(archive_copy):
    with sqlite3.connect(archive_copy) as db:
        db.execute("INSERT INTO relations VALUES ('person-chen-quanguo', 'associate', 'nobody')")
        db.execute("UPDATE entities SET properties = 'not json' WHERE id = 'occ-chen'")
    db.close()
    with open_archive(archive_copy) as forged:
        with pytest.raises(ItemNotFound):
            neighbourhood(forged, "nobody-at-all")
        found = neighbourhood(forged, "person-chen-quanguo")
        assert "nobody" not in found.nodes  # a link to no entity is left out
        assert not any(e.via == "occ-chen" for e in found.edges)  # an unreadable record states nothing
    assert network.MAX_EDGES >= 100
