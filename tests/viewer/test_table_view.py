"""The table reader: sheets, SQL sorting and filtering, copying, and row hits opening at their row."""

from __future__ import annotations

import pytest

from archive.publish import build_archive
from tests.helpers.tables import write_table_source


@pytest.fixture(scope="module")
def tables_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("tableview")
    build_archive(write_table_source(root / "source"), root / "tables.casefile")
    return root / "tables.casefile"


@pytest.fixture
def tables_session(tables_path, open_session):
    return open_session(tables_path)


def _item(session, file_name: str) -> str:
    return next(item.id for item in session.archive.items.list(limit=50) if item.file_name == file_name)


@pytest.fixture
def view(qtbot, tables_session):
    from viewer.readers.table import TableView

    widget = TableView()
    qtbot.addWidget(widget)
    widget.show_item(tables_session, _item(tables_session, "people.csv"))
    return widget


def _column(view, column: int) -> list:
    return [view.model.cell(row, column) for row in range(view.model.rowCount())]


def test_model_passes_qt_checks(qtmodeltester, view):
    qtmodeltester.check(view.model)


def test_shows_rows_with_original_row_numbers(view):
    from PySide6.QtCore import Qt

    assert _column(view, 0) == ["Ablimit", "Chen", "Gulnar", None, "Zeynep"]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert view.model.headerData(0, Qt.Orientation.Vertical) == "2"  # the header is row 1
    assert view.count.text() == "5 rows"
    assert not view.sheet_tabs.isVisible()
    assert view.message() is None  # the reader interface the smoke test and tabs rely on


def test_header_click_sorts_in_sql(view):
    from PySide6.QtCore import Qt

    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(view, 0)[:3] == ["Chen", "Ablimit", "Gulnar"]
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _column(view, 0)[:3] == ["Gulnar", "Ablimit", "Chen"]


def test_filter_with_count(qtbot, view):
    from PySide6.QtCore import Qt

    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.filter, "tekes")
    assert view.count.text() == "5 rows"  # not yet: the filter waits for a pause in typing
    qtbot.waitUntil(lambda: view.count.text() == "2 of 5 rows", timeout=2000)
    assert _column(view, 0) == ["Chen", "Zeynep"]
    qtbot.keyClicks(view.filter, "x")
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)  # Enter filters at once
    assert view.count.text() == "0 of 5 rows"


def test_copy_selected_cells(view):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QGuiApplication

    selection = view.table.selectionModel()
    for row, column in ((0, 0), (0, 2), (1, 0), (1, 2)):
        selection.select(view.model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    view.copy_selection()
    assert QGuiApplication.clipboard().text() == "Ablimit\tKonasheher\nChen\tTekes"


def test_sheets_and_show_row(qtbot, tables_session):
    from viewer.readers.table import TableView

    widget = TableView()
    qtbot.addWidget(widget)
    widget.show_item(tables_session, _item(tables_session, "book.xlsx"))
    widget.filter.setText("Ablimit")
    assert [widget.sheet_tabs.tabText(i) for i in range(widget.sheet_tabs.count())] == ["Detainees", "Camps"]
    assert widget.show_row(1, 2)  # the filter hid it: cleared
    assert widget.filter.text() == "" and widget.table.selectionModel().selectedRows()[0].row() == 1
    assert widget.show_row(2, 2)
    assert widget.sheet_tabs.currentIndex() == 1 and widget.model.cell(1, 1) == "800.5"
    assert not widget.show_row(9, 1)


def test_row_hit_opens_the_table_at_its_row(qtbot, tables_session):
    from viewer.search.models import row_place
    from viewer.tabs import ItemTab

    hit = tables_session.archive.search.find("Mehmet").hits[0]
    assert "Detainees" in row_place(hit) and row_place(hit).endswith(", row 5")
    tab = ItemTab(tables_session, hit.id)
    qtbot.addWidget(tab)
    assert tab.reader.show_row(hit.row.sheet_no, hit.row.row_no)
    selected = tab.reader.table.selectionModel().selectedRows()[0].row()
    assert tab.reader.model.cell(selected, 0) == "Mehmet"
