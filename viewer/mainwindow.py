"""The main window: a library sidebar of open archives and the contents of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive import Archive, CasefileError, open_archive

ITEM_COLUMNS = ("Title", "Kind", "Date", "Language", "Id")


class MainWindow(QMainWindow):
    """Lists open archives on the left; the selected archive's summary and items on the right."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Casefile")
        self.archives: list[Archive] = []
        self.library = QListWidget()
        self.library.setAccessibleName("Open archives")
        self.library.currentRowChanged.connect(self._show_archive)
        # Archive strings are untrusted: plain text only, never rich text that could load resources.
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName("Archive title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName("Archive summary")
        self.items_model = QStandardItemModel(0, len(ITEM_COLUMNS), self)
        self.items_model.setHorizontalHeaderLabels(ITEM_COLUMNS)
        self.items_view = QTableView()
        self.items_view.setAccessibleName("Items in the archive")
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.items_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items_view.verticalHeader().hide()
        self._layout()
        self._menus()
        self.statusBar().showMessage("Ready. Everything stays on this computer: Casefile never uses the network.")

    def _layout(self) -> None:
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.items_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.library)
        splitter.addWidget(right)
        splitter.setSizes([260, 940])
        self.setCentralWidget(splitter)

    def _menus(self) -> None:
        open_action = QAction("&Open archive…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._open_dialog)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu("&File")
        menu.addAction(open_action)
        menu.addSeparator()
        menu.addAction(quit_action)

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open archive", "", "Casefile archives (*.casefile);;All files (*)")
        if not path:
            return
        try:
            self.add_archive(open_archive(path))
        except CasefileError as exc:
            QMessageBox.critical(self, "Cannot open archive", str(exc))

    def add_archive(self, archive: Archive) -> None:
        """Add an opened archive to the library sidebar and select it."""
        self.archives.append(archive)
        self.library.addItem(archive.metadata.title)
        self.library.setCurrentRow(len(self.archives) - 1)

    def _show_archive(self, row: int) -> None:
        if row < 0:
            return
        archive = self.archives[row]
        meta, stats = archive.metadata, archive.stats()
        self.title.setText(meta.title)
        self.summary.setText(
            f"Edition {meta.edition} · published by {meta.publisher}\n"
            f"{stats['reports']:,} reports · {stats['images']:,} images · {stats['entities']:,} entities · "
            f"{stats['mentions']:,} mentions\n{meta.description}"
        )
        self.items_model.removeRows(0, self.items_model.rowCount())
        for item in archive.items.list(limit=10_000):
            cells = [item.title, item.kind, item.date or "", item.language or "", item.id]
            self.items_model.appendRow([_cell(text) for text in cells])
        self.items_view.resizeColumnsToContents()
        self.items_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        for archive in self.archives:
            archive.close()
        super().closeEvent(event)


def _cell(text: str) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    return cell
