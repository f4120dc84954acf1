"""The reader for table items (spreadsheets, CSV): sheets of rows, sorted and filtered in SQL.

The model holds only the row numbers in the order shown (one integer per row) and a few windows of
rows fetched by number as the view scrolls, so a 100,000-row sheet opens as fast as a 100-row one and
no widget is ever made per cell. Cells are archive text: shown as plain text, tool tips escaped.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QTableView, QTabBar, QVBoxLayout,
                               QWidget)

from archive import CasefileError

from ..plaintext import shown_as_is

WINDOW = 200  # rows fetched at a time
CACHED_WINDOWS = 32
MAX_TIP = 2000  # characters of a cell shown in its tool tip
MAX_COPY_CELLS = 100_000
FILTER_DELAY_MS = 250

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """One sheet of a table item; sort() and set_filter() ask SQL for the row numbers to show."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tables = None
        self._item_id = ""
        self._sheet = None
        self._numbers: list[int] = []
        self._windows: dict[int, dict[int, tuple]] = {}
        self._order: tuple[int | None, bool] = (None, False)
        self._filter = ""
        self.error: CasefileError | None = None  # why the last sort or filter shows nothing

    def set_sheet(self, tables, item_id: str, sheet) -> None:
        """Show `sheet` (an archive.tables.SheetInfo) of `item_id`, unsorted and unfiltered."""
        self._tables, self._item_id, self._sheet = tables, item_id, sheet
        self._order, self._filter = (None, False), ""
        self._reload()

    def set_filter(self, text: str) -> None:
        """Show only the rows with `text` in some cell (ignoring case)."""
        self._filter = text
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003
        """Sort by a column in SQL; column -1 is the sheet's own order."""
        self._order = (column if column >= 0 else None, order == Qt.SortOrder.DescendingOrder)
        self._reload()

    def total(self) -> int:
        return self._sheet.row_count if self._sheet is not None else 0

    def position_of(self, row_no: int) -> int | None:
        """Where row `row_no` is shown (None: filtered out)."""
        try:
            return self._numbers.index(row_no)
        except ValueError:
            return None

    def _reload(self) -> None:
        self.beginResetModel()
        self._windows.clear()
        self._numbers, self.error = [], None
        if self._sheet is not None:
            column, descending = self._order
            try:
                self._numbers = self._tables.row_numbers(self._item_id, self._sheet.sheet_no, order_by=column,
                                                         descending=descending, contains=self._filter)
            except CasefileError as exc:  # deadline or a damaged file: shown by the view, never raised into Qt
                self.error = exc
        self.endResetModel()

    # -- Qt model interface ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._numbers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is(cell[:MAX_TIP]) if len(cell) > 40 or "\n" in cell else None
        return cell

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self._sheet is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self._sheet.columns
            return columns[section] if 0 <= section < len(columns) else None
        if 0 <= section < len(self._numbers):
            return QLocale().toString(self._sheet.original_row(self._numbers[section]))
        return None

    def cell(self, row: int, column: int) -> str | None:
        """The text of one shown cell (None: empty), fetching its window of rows if needed."""
        if not 0 <= row < len(self._numbers):
            return None
        cells = self._window(row // WINDOW).get(self._numbers[row], ())
        return cells[column] if 0 <= column < len(cells) else None

    def _window(self, number: int) -> dict[int, tuple]:
        window = self._windows.get(number)
        if window is None:
            if len(self._windows) >= CACHED_WINDOWS:
                self._windows.pop(next(iter(self._windows)))
            wanted = self._numbers[number * WINDOW:(number + 1) * WINDOW]
            try:
                rows = self._tables.rows(self._item_id, self._sheet.sheet_no, wanted)
            except CasefileError:
                rows = []  # shown empty; the next scroll tries again
            window = self._windows[number] = {row.row_no: row.cells for row in rows}
        return window


class TableView(QWidget):
    """Sheet tabs, a filter box (Ctrl+F) with its count, and the rows of the chosen sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._item_id, self._sheets = None, "", []
        self.sheet_tabs = QTabBar()
        self.sheet_tabs.setAccessibleName(self.tr("Sheets"))
        self.sheet_tabs.currentChanged.connect(self._show_sheet)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter rows (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter rows"))
        # Filtering a sorted 100,000-row sheet takes about half a second in SQL: wait for a pause in
        # typing instead of running it for every key.
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self._filter_changed(self.filter.text()))
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self._filter_now)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RowsModel(self)
        self.table = self._table_view()
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sheet_tabs)
        column.addLayout(top)
        column.addWidget(self.table, 1)

    def _table_view(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Table rows"))
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # opened in the sheet's own order
        header.setSortIndicatorClearable(True)
        header.setDefaultSectionSize(160)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._show_count)
        return table

    # -- reader interface ------------------------------------------------------------------------------
    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Show a table item's first sheet (`query` is not used: a row hit is shown with `show_row`)."""
        self._session, self._item_id = session, item_id
        self._sheets = session.archive.tables.sheets(item_id)
        self.sheet_tabs.blockSignals(True)
        while self.sheet_tabs.count():
            self.sheet_tabs.removeTab(0)
        for sheet in self._sheets:
            self.sheet_tabs.addTab(sheet.name)
        self.sheet_tabs.blockSignals(False)
        self.sheet_tabs.setVisible(len(self._sheets) > 1)
        self._show_sheet(0)

    def show_row(self, sheet_no: int, row_no: int) -> bool:
        """Scroll to and select row `row_no` of sheet `sheet_no` (a row search hit); False if it is not
        in the table. A filter that hides the row is cleared."""
        index = next((i for i, sheet in enumerate(self._sheets) if sheet.sheet_no == sheet_no), None)
        if index is None:
            return False
        if index != self.sheet_tabs.currentIndex():
            self.sheet_tabs.setCurrentIndex(index)
        if self._filter_timer.isActive():  # typed but not yet applied: the row is judged by it
            self._filter_now()
        position = self.model.position_of(row_no)
        if position is None and self.filter.text():
            self.filter.clear()
            self._filter_now()
            position = self.model.position_of(row_no)
        if position is None:
            return False
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def message(self) -> str | None:
        """Why the rows cannot be shown, or None when they are (every reader answers this)."""
        return None if self.model.error is None else str(self.model.error)

    def copy_selection(self) -> None:
        """Copy the selected cells as tab-separated lines (what spreadsheets paste)."""
        indexes = sorted(self.table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes[:MAX_COPY_CELLS]:
            lines.setdefault(index.row(), []).append(self.model.cell(index.row(), index.column()) or "")
        if lines:
            QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in lines.values()))

    # -- internals -------------------------------------------------------------------------------------
    def _show_sheet(self, index: int) -> None:
        if not 0 <= index < len(self._sheets):
            return
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_sheet(self._session.archive.tables, self._item_id, self._sheets[index])
        self._show_count()

    def _filter_now(self) -> None:
        self._filter_timer.stop()
        self._filter_changed(self.filter.text())

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_count()

    def _show_count(self, *_sort) -> None:
        """The row count, or why the rows cannot be shown (a query over its deadline, a damaged file)."""
        if self.model.error is not None:
            self.count.setText(self.tr("Cannot show these rows: {error}").format(error=self.model.error))
            return
        shown, total = self.model.rowCount(), self.model.total()
        locale = QLocale()
        if self.filter.text().strip():
            text = self.tr("{shown} of {total} rows").format(shown=locale.toString(shown), total=locale.toString(total))
        else:
            text = self.tr("{total} rows").format(total=locale.toString(total))
        self.count.setText(text)

    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()
