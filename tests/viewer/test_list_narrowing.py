"""The Gallery and the Entities list (issue 21): ordered in SQL (a sort choice above the grid; the
Name and Schema headers), narrowed to what the current search finds, and both combined with the
folder, schema and name filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer import gallery
from viewer.entities import listview
from viewer.entities.listview import IdRole, EntityListModel, EntityListView
from viewer.gallery import GalleryView

from ..helpers.viewer import settled

CHEN = "person-chen-quanguo"


@pytest.fixture
def grid(qtbot, library, sample_path):
    widget = GalleryView()
    qtbot.addWidget(widget)
    widget.set_session(library.open(sample_path))
    return widget


@pytest.fixture
def entity_list(qtbot, library, sample_path):
    widget = EntityListView()
    qtbot.addWidget(widget)
    widget.set_session(library.open(sample_path))
    return widget


def _images(model) -> list[str]:
    return [model.item_id(row) for row in range(model.rowCount())]


def _entities(model) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


def _check_entities(qtmodeltester, model) -> EntityListModel:
    """Run the model tester on a new entity model put in `model`'s state (returned: keep it while the
    test runs). Not on `model` itself: Qt's tester reruns its checks when a model it watches is reset,
    fetching more rows before it has noted that the reset ended, so the next reset of any model with
    more to fetch fails it ("changeInFlight"), whatever the model does."""
    fresh = EntityListModel()
    fresh.set_session(model.session)
    fresh.sort(model.sort_column(), Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder)
    fresh.set_among(model.among)
    fresh.set_filter(model.schema, model.text)
    assert [fresh.entity_id(row) for row in range(fresh.rowCount())] == \
        [model.entity_id(row) for row in range(fresh.rowCount())]
    qtmodeltester.check(fresh)
    return fresh


def _choose_sort(grid, order: str, descending: bool) -> None:
    grid.sort_box.setCurrentIndex(gallery.SORTS.index((order, descending)))


# -- the gallery -------------------------------------------------------------------------------------

def test_gallery_sort_choices_order_the_grid_and_its_titles(grid, qtmodeltester, monkeypatch):
    monkeypatch.setattr(gallery, "TITLE_WINDOW", 5)  # many title windows: the keyset is what is tested
    items = grid.session.archive.items
    assert grid.sort_box.count() == len(gallery.SORTS) and grid.sort_box.currentIndex() == 0
    for order, descending in reversed(gallery.SORTS):
        _choose_sort(grid, order, descending)
        ids = _images(grid.model)
        assert ids == items.ids("image", order=order, descending=descending), (order, descending)
        by_id = {item.id: item for item in items.list("image", limit=1000)}
        assert [grid.model.index(row).data() for row in range(len(ids))] == [by_id[i].title for i in ids]
        if order != "position":
            folders = items.folders_of(ids)
            keys = [folders[i] if order == "folder" else getattr(by_id[i], order) or "" for i in ids]
            assert keys == sorted(keys, reverse=descending)
        qtmodeltester.check(grid.model)
    assert _images(grid.model) == items.ids("image")  # build order again


def test_gallery_order_combines_with_the_folder(grid, qtmodeltester, monkeypatch):
    monkeypatch.setattr(gallery, "TITLE_WINDOW", 3)
    items = grid.session.archive.items
    folder = max(items.folders(), key=lambda f: f[1])[0] if items.folders() else None
    grid.folder_selector.setCurrentIndex(grid.folder_selector.findData(folder))
    _choose_sort(grid, "date", True)
    ids = _images(grid.model)
    assert ids and ids == items.ids("image", folder=folder, order="date", descending=True)
    # Titles are fetched for the folder's images, not for the archive's first ones.
    assert [grid.model.index(row).data() for row in range(len(ids))] == [items.get(i).title for i in ids]
    qtmodeltester.check(grid.model)


def test_gallery_narrows_to_the_current_search(qtbot, window, sample_path, qtmodeltester):
    window.open_paths([sample_path])
    settled(qtbot, window)
    archive = window.library.sessions[0].archive
    window.search.set_query("chen")
    window.gallery.only_results.setChecked(True)
    found = archive.search.matching_items("chen")
    expected = archive.items.ids("image", among=found)
    assert 0 < len(expected) < archive.items.count("image")
    assert _images(window.gallery.model) == expected
    assert "found by the search" in window.gallery.summary.text()
    assert window.statusBar().currentMessage().startswith(f"{len(expected)} images")
    qtmodeltester.check(window.gallery.model)
    _choose_sort(window.gallery, "title", True)  # the order keeps the narrowing
    assert _images(window.gallery.model) == archive.items.ids("image", order="title", descending=True, among=found)
    qtmodeltester.check(window.gallery.model)
    window.gallery.only_results.setChecked(False)
    assert _images(window.gallery.model) == archive.items.ids("image", order="title", descending=True)


@pytest.mark.parametrize(("query", "message"), [("", "Type a search"), ("-foo", "cannot narrow")])
def test_gallery_without_a_usable_search_stays_whole(qtbot, window, sample_path, query, message):
    window.open_paths([sample_path])
    settled(qtbot, window)
    window.search.set_query(query)
    window.gallery.only_results.setChecked(True)
    assert not window.gallery.only_results.isChecked()
    assert message in window.statusBar().currentMessage()
    assert window.gallery.model.rowCount() == window.library.sessions[0].archive.items.count("image")


def test_another_archive_resets_the_narrowing(qtbot, window, sample_path, built):
    window.open_paths([built, sample_path])
    settled(qtbot, window)
    window.search.set_query("chen")
    window.gallery.only_results.setChecked(True)
    window.entity_list.only_results.setChecked(True)
    assert window.gallery.model.among is not None and window.entity_list.model.among is not None
    window.library_view.setCurrentIndex(window.library_model.index(0))
    assert window.current_session().path == built
    for view in (window.gallery, window.entity_list):
        assert not view.only_results.isChecked() and view.model.among is None


# -- the entity list ---------------------------------------------------------------------------------

@pytest.mark.parametrize("schema", [None, "Person"])
def test_entity_headers_order_by_name_and_by_schema_both_ways(entity_list, qtmodeltester, schema):
    entities, header = entity_list.session.archive.entities, entity_list.table.horizontalHeader()
    entity_list.schema_box.setCurrentIndex(entity_list.schema_box.findData(schema))
    list_order, checked = _entities(entity_list.model), []
    for column, order in ((0, "caption"), (1, "schema")):
        for direction in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(column, direction)  # what clicking the header does
            descending = direction == Qt.SortOrder.DescendingOrder
            rows = _entities(entity_list.model)
            expected = [r.id for r in entities.rows(entities.filtered(schema, order=order, descending=descending))]
            assert rows == expected and sorted(rows) == sorted(list_order), (column, direction)
            checked.append(_check_entities(qtmodeltester, entity_list.model))
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert entity_list.model.rowCount() == min(listview.PAGE, len(list_order))  # reloaded: one page again
    assert f"({entity_list.model.rowCount()} loaded)" in entity_list.status.text()
    assert _entities(entity_list.model) == list_order


def test_entity_order_combines_with_the_name_filter(entity_list, qtmodeltester):
    entity_list.name_filter.setText("chen")
    entity_list._apply_filter()
    matching = set(_entities(entity_list.model))
    assert CHEN in matching
    entity_list.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    captions = [entity_list.model.index(row, 0).data() for row in range(entity_list.model.rowCount())]
    assert set(_entities(entity_list.model)) == matching and captions == sorted(captions, reverse=True)
    checked = _check_entities(qtmodeltester, entity_list.model)
    assert checked.total == len(matching) and checked.index(0, 0).data() == captions[0]


def test_the_synthetic_column_has_no_order_of_its_own(entity_list):
    header = entity_list.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    rows = _entities(entity_list.model)
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert _entities(entity_list.model) == rows


def test_entities_narrow_to_the_current_search_with_the_filters(qtbot, window, sample_path, qtmodeltester):
    window.open_paths([sample_path])
    settled(qtbot, window)
    entities, view = window.library.sessions[0].archive.entities, window.entity_list
    window.search.set_query("sanction")
    view.only_results.setChecked(True)
    found = window.library.sessions[0].archive.search.matching_entities("sanction")
    assert 0 < len(found) < entities.count()
    assert sorted(_entities(view.model)) == sorted(found)
    assert "found by the search" in view.status.text()
    checked = [_check_entities(qtmodeltester, view.model)]
    view.schema_box.setCurrentIndex(view.schema_box.findData("Person"))
    people = _entities(view.model)
    assert people and people == [r.id for r in entities.rows(entities.filtered("Person", among=found))]
    checked.append(_check_entities(qtmodeltester, view.model))
    view.name_filter.setText("chen")
    view._apply_filter()
    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    named = _entities(view.model)
    assert set(named) == set(people) & {r.id for r in entities.rows(entities.matching("chen", "Person"))}
    assert "among the entities the search finds" in view.status.text()
    checked.append(_check_entities(qtmodeltester, view.model))
    view.only_results.setChecked(False)
    assert set(_entities(view.model)) == {r.id for r in entities.rows(entities.matching("chen", "Person"))}


def test_entities_without_a_usable_search_stay_whole(qtbot, window, sample_path):
    window.open_paths([sample_path])
    settled(qtbot, window)
    window.entity_list.only_results.setChecked(True)
    assert not window.entity_list.only_results.isChecked()
    assert "Type a search" in window.statusBar().currentMessage()
    assert window.entity_list.model.total == window.library.sessions[0].archive.entities.count()


def test_entities_order_by_their_own_dates_from_the_date_column(entity_list, qtmodeltester):
    """The Date column (a birth, a post's or a sanction's start) orders the list both ways, with the
    name filter too; undated records first going up, last going down."""
    model, header = entity_list.model, entity_list.table.horizontalHeader()
    everyone = set(_entities(model))
    for direction in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        header.setSortIndicator(3, direction)
        rows = _entities(model)
        dates = [model.index(row, 3).data() for row in range(model.rowCount())]
        assert set(rows) == everyone and any(dates)
        assert dates == sorted(dates, reverse=direction == Qt.SortOrder.DescendingOrder)
    assert dates[0] >= "2020"  # newest first: the sanctions of 2020-2021 before the births
    checked = _check_entities(qtmodeltester, model)
    entity_list.name_filter.setText("chen quanguo")
    entity_list._apply_filter()
    dated = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert CHEN in _entities(model) and dated == sorted(dated, reverse=True)
    assert checked.total == len(everyone)
