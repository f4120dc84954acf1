"""archive.timeline_of (issue 21): dated items and relations of an archive, a search or an entity;
intervals end at their endDate; birth dates and forged dates are left out; a cap says how many there were."""

from __future__ import annotations

import json
import sqlite3

import pytest

from archive import QueryError, open_archive, timeline_of


@pytest.fixture
def archive(built):
    with open_archive(built) as opened:
        yield opened


def test_the_whole_archive_oldest_first(archive):
    found = timeline_of(archive)
    assert found.complete and found.total == len(found.events) > 3
    assert [e.start for e in found.events] == sorted(e.start for e in found.events)
    occupancy = next(e for e in found.events if e.id == "occ-chen")
    assert (occupancy.kind, occupancy.start, occupancy.end, occupancy.detail) == ("entity", "2016-08", "2021-12",
                                                                                   "Occupancy")
    assert any(e.id == "sanction-us-chen" and e.start == "2020-07-09" and e.end is None for e in found.events)
    assert any(e.kind == "item" and e.id == "reports/assessment" and e.start == "2022-08-31" for e in found.events)
    assert not any(e.detail == "Person" for e in found.events)  # people are not events


def test_around_an_entity_its_relations_and_the_items_naming_it(archive):
    ids = {e.id for e in timeline_of(archive, entity_id="person-chen-quanguo").events}
    assert {"occ-chen", "sanction-us-chen", "reports/assessment"} <= ids
    assert "person-raphael-glucksmann" not in ids


def test_of_a_search(archive):
    ids = {e.id for e in timeline_of(archive, query="sanction").events}
    assert "sanction-us-chen" in ids and "occ-chen" not in ids
    with pytest.raises(QueryError):
        timeline_of(archive, query='"unclosed')


def test_a_cap_keeps_the_oldest_and_says_how_many(archive):
    everything = timeline_of(archive)
    first = timeline_of(archive, limit=2)
    assert first.events == everything.events[:2] and first.total == everything.total and not first.complete


@pytest.mark.parametrize("date", ["2021-02-31", "0000", "soon", "2021-13", "20210101", "2021-1-1"])
def test_forged_dates_are_left_out(archive_copy, date):
    with sqlite3.connect(archive_copy) as db:
        db.execute("UPDATE items SET date = ? WHERE id = 'reports/assessment'", (date,))
        db.execute("UPDATE entities SET properties = ? WHERE id = 'occ-chen'",
                   (json.dumps({"holder": ["person-chen-quanguo"], "startDate": [date, 5], "endDate": ["x"]}),))
        db.execute("UPDATE entities SET properties = 'not json' WHERE id = 'sanction-us-chen'")
    db.close()
    with open_archive(archive_copy) as forged:
        ids = {e.id for e in timeline_of(forged).events}
    assert not ids & {"reports/assessment", "occ-chen", "sanction-us-chen"}
