"""The reader's searches: history most recent first and bounded, saved searches by name, both sealed in a
protected store (they say what a researcher looks into), none recorded in portable mode unless asked."""

from __future__ import annotations

import pytest

from archive import paths
from archive.store import SavedSearch, StoreError, UserStore, backup
from archive.store import searches as searches_module

from .conftest import fast_cost
from .test_privacy import leaks

QUERY = "Zhu Hailun AND kind:report"
NAME = "Konasheher camp guards"
HISTORY_ONLY = "informant Abdurehim Heyit"


def queries(store: UserStore) -> list[str]:
    return [entry.query for entry in store.searches.recent()]


def test_history_is_most_recent_first_without_duplicates(store):
    for query in ("Chen Quanguo", "  Tekes  ", "陈全国", "Chen Quanguo"):
        assert store.searches.record(query, "archive-1", "Xinjiang Police Files")
    assert queries(store) == ["Chen Quanguo", "陈全国", "Tekes"]
    first = store.searches.recent()[0]
    assert (first.archive_id, first.archive_title) == ("archive-1", "Xinjiang Police Files") and first.time
    assert not store.searches.record("   ") and len(store.searches.recent()) == 3
    assert queries(store)[:1] == ["Chen Quanguo"] and store.searches.recent(limit=2)[1].query == "陈全国"


def test_history_keeps_the_latest_hundred(store, monkeypatch):
    monkeypatch.setattr(searches_module, "REFINE_SECONDS", -1)  # "query 1" then "query 10" are two searches
    for number in range(searches_module.MAX_HISTORY + 20):
        store.searches.record(f"query {number}")
    recent = queries(store)
    assert len(recent) == searches_module.MAX_HISTORY and recent[0] == "query 119" and recent[-1] == "query 20"


def test_a_pause_while_typing_is_one_search(store, monkeypatch):
    store.searches.record("Chen Quan")
    store.searches.record("Chen Quanguo")  # within REFINE_SECONDS: it replaces the unfinished one
    assert queries(store) == ["Chen Quanguo"]
    times = iter(["2024-05-01T10:00:00.000Z", "2024-05-01T10:05:00.000Z"])
    monkeypatch.setattr(searches_module, "now", lambda: next(times))
    store.searches.record("Tekes")
    store.searches.record("Tekes county")  # minutes later: a search of its own
    assert queries(store) == ["Tekes county", "Tekes", "Chen Quanguo"]


def test_clearing_the_history(store):
    store.searches.record("Chen Quanguo")
    store.searches.save(NAME, QUERY)
    store.searches.clear_history()
    assert store.searches.recent() == [] and [s.name for s in store.searches.saved()] == [NAME]


def test_history_is_kept_by_default_except_in_portable_mode(store, monkeypatch):
    assert store.searches.keeps_history
    monkeypatch.setattr(paths, "is_portable", lambda: True)
    assert not store.searches.keeps_history
    assert not store.searches.record("Chen Quanguo") and store.searches.recent() == []
    store.searches.save(NAME, QUERY)  # saving is asked for: kept in portable mode too
    assert [s.query for s in store.searches.saved()] == [QUERY]
    store.searches.keep_history(True)  # the reader turned it on
    assert store.searches.record("Chen Quanguo") and queries(store) == ["Chen Quanguo"]
    store.searches.keep_history(False)
    assert not store.searches.record("Tekes") and queries(store) == ["Chen Quanguo"]  # kept until cleared


def test_saved_searches_by_name_renamed_and_deleted(store):
    saved = store.searches.save(f"  {NAME}\n", QUERY, "archive-1", "Xinjiang Police Files")
    assert saved.name == NAME and saved.created
    store.searches.save("accountability", "sanction* AND date:[2021 TO 2022]")
    assert [s.name for s in store.searches.saved()] == ["accountability", NAME]
    assert store.searches.find(NAME.upper()) == saved
    with pytest.raises(StoreError, match="already called"):
        store.searches.save(NAME.lower(), "other")
    replaced = store.searches.save(NAME, "Zhu Hailun", replace=True)
    assert store.searches.find(NAME) == replaced and len(store.searches.saved()) == 2
    renamed = store.searches.rename(NAME, "Zhu Hailun's orders")
    assert renamed.query == "Zhu Hailun" and renamed.created == replaced.created
    assert store.searches.find(NAME) is None
    with pytest.raises(StoreError, match="already called"):
        store.searches.rename("Zhu Hailun's orders", "ACCOUNTABILITY")
    assert store.searches.rename("accountability", "Accountability").name == "Accountability"  # its own name
    deleted = store.searches.delete("zhu hailun's orders")
    assert [s.name for s in store.searches.saved()] == ["Accountability"]
    assert store.searches.restore(deleted) == deleted and store.searches.find(deleted.name) == deleted
    with pytest.raises(StoreError, match="no saved search"):
        store.searches.delete("never saved")


@pytest.mark.parametrize("name, query, problem", [
    ("", QUERY, "needs a name"), (" \t", QUERY, "needs a name"), (NAME, "  ", "no search to save"),
    ("x" * 201, QUERY, "at most 200"), (NAME, "y" * 4001, "at most 4000"),
])
def test_a_search_that_cannot_be_saved_says_why(store, name, query, problem):
    with pytest.raises(StoreError, match=problem):
        store.searches.save(name, query)
    assert store.searches.saved() == []


def test_entries_edited_outside_casefile_are_left_out(store):
    store.set_setting(searches_module.SAVED_SETTING, [{"name": NAME, "query": QUERY}, {"name": 3, "query": "x"},
                                                      "junk", {"name": "no query"}])
    store.set_setting(searches_module.HISTORY_SETTING, {"not": "a list"})
    assert store.searches.saved() == [SavedSearch(NAME, QUERY)] and store.searches.recent() == []


def test_searches_are_sealed_in_a_protected_store_and_locked_with_it(store):
    store.searches.record(HISTORY_ONLY, "archive-1", "Xinjiang Police Files")
    store.searches.save(NAME, QUERY)
    store.enable_encryption("correct horse", **fast_cost())
    for setting in (searches_module.HISTORY_SETTING, searches_module.SAVED_SETTING):
        value = store._meta(f"setting:{setting}")
        assert isinstance(value, bytes) and b"Hailun" not in value and b"Abdurehim" not in value
    assert leaks(store.path.parent, (HISTORY_ONLY, NAME, QUERY)) == []
    assert not store._plain_leftovers()
    store.lock()
    for read in (store.searches.recent, store.searches.saved):
        with pytest.raises(StoreError, match="locked"):
            read()
    with pytest.raises(StoreError, match="locked"):
        store.searches.save("while locked", "Tekes")
    with pytest.raises(StoreError, match="locked"):
        store.searches.record("Tekes")
    assert store.searches.keeps_history  # the choice is not private: readable while locked
    store.unlock("correct horse")
    assert queries(store) == [HISTORY_ONLY] and [s.name for s in store.searches.saved()] == [NAME]
    store.searches.record("Tekes")  # sealed as it is written
    assert isinstance(store._meta(f"setting:{searches_module.HISTORY_SETTING}"), bytes)


def test_a_new_passphrase_reseals_the_searches(store, tmp_path):
    store.searches.record(HISTORY_ONLY)
    store.searches.save(NAME, QUERY)
    store.enable_encryption("old passphrase", **fast_cost())
    before = store._meta(f"setting:{searches_module.SAVED_SETTING}")
    assert store.change_passphrase("old passphrase", "new passphrase", **fast_cost()) == []
    assert store._meta(f"setting:{searches_module.SAVED_SETTING}") != before
    store.close()
    for path in (store.path, *backup.backups(store.path)):
        with UserStore.open(path) as copy:
            copy.unlock("new passphrase")
            assert queries(copy) == [HISTORY_ONLY] and copy.searches.find(NAME).query == QUERY


def test_a_change_by_another_window_is_not_lost(store):
    other = UserStore.open(store.path)
    try:
        store.searches.save(NAME, QUERY)
        other.searches.save("accountability", "sanction*")
        store.searches.record("Chen Quanguo")
        other.searches.record("Tekes")
        assert [s.name for s in store.searches.saved()] == ["accountability", NAME]
        assert queries(store) == ["Tekes", "Chen Quanguo"]
    finally:
        other.close()
