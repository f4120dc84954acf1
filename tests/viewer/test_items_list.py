"""The Items list (issue 21): ordered by any column in SQL a page at a time (keyset, build order for
ties, both directions), and narrowed to the items the current search finds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from archive import open_archive

from ..helpers.viewer import settled


def _all_rows(model) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.item_id(row) for row in range(model.rowCount())]


def test_ordering_by_each_column_pages_through_every_item_once(sample_path, monkeypatch):
    from viewer.library import sidebar

    monkeypatch.setattr(sidebar, "PAGE_ROWS", 7)  # many small pages: the keyset is what is tested
    with open_archive(sample_path) as archive:
        items = {item.id: item for item in archive.items.list(limit=10_000)}
        folders = archive.items.folders_of(list(items))
        model = sidebar.ItemsModel()

        class Session:
            pass

        session = Session()
        session.archive = archive
        session.item_failed_verification = lambda _id: False
        model.set_session(session)
        build_order = _all_rows(model)
        assert sorted(build_order) == sorted(items) and len(build_order) == len(items)
        for column, name in enumerate(model.ORDERS):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(column, order)
                rows = _all_rows(model)
                assert sorted(rows) == sorted(items), (name, order)  # each once
                keys = [folders[i] if name == "folder" else getattr(items[i], name) or "" for i in rows]
                assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), (name, order)
        model.sort(-1)
        assert _all_rows(model) == build_order


def test_the_list_narrows_to_the_current_search(qtbot, window, sample_path):
    window.open_paths([sample_path])
    settled(qtbot, window)
    window.search.set_query("sanction kind:report")
    window.only_results.setChecked(True)
    found = set(window.library.sessions[0].archive.search.matching_items("sanction kind:report"))
    assert found and set(_all_rows(window.items_model)) == found
    window.only_results.setChecked(False)
    assert len(_all_rows(window.items_model)) == window.library.sessions[0].archive.items.count()
    window.search.set_query("")
    window.only_results.setChecked(True)
    assert not window.only_results.isChecked() and "search" in window.statusBar().currentMessage()


def test_the_sorted_and_narrowed_model_passes_the_model_tester(qtbot, window, sample_path, qtmodeltester):
    window.open_paths([sample_path])
    settled(qtbot, window)
    window.items_model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.items_model)
    window.items_model.set_among(window.library.sessions[0].archive.search.matching_items("xinjiang"))
    qtmodeltester.check(window.items_model)
