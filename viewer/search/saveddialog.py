"""Searches › Manage Saved Searches: the saved searches listed by name, to run, rename or delete (with undo)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout,
                               QWidget)

from archive.store import SavedSearch

from ..i18n import isolate
from ..plaintext import shown_as_is
from .saved import SearchesMenu

QueryRole = Qt.ItemDataRole.UserRole + 1


class SavedSearchesModel(QAbstractListModel):
    """The saved searches, one row each: the name shown, the query as tool tip and under QueryRole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._searches: list[SavedSearch] = []

    def set_searches(self, searches: list[SavedSearch]) -> None:
        self.beginResetModel()
        self._searches = list(searches)
        self.endResetModel()

    def search(self, row: int) -> SavedSearch | None:
        return self._searches[row] if 0 <= row < len(self._searches) else None

    def row_of(self, name: str) -> int:
        return next((row for row, s in enumerate(self._searches) if s.name == name), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._searches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        saved = self.search(index.row()) if index.isValid() else None
        if saved is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return saved.name  # an item view shows its display text as plain text
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is(saved.query)  # a tool tip would take markup as rich text
        if role == QueryRole:
            return saved.query
        return None


class SavedSearchesDialog(QDialog):
    """The reader's saved searches: Run, Rename…, Delete and Undo Delete; follows changes made elsewhere."""

    def __init__(self, searches: SearchesMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.searches = searches
        self._deleted: list[SavedSearch] = []
        self._problem = ""  # said when no search is selected: why there is none
        self.setWindowTitle(self.tr("Saved Searches"))
        self.model = SavedSearchesModel(self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.setModel(self.model)
        self.list.activated.connect(lambda _index: self.run())
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the query and archive title are the reader's
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.run_button = QPushButton(self.tr("&Run"), self)
        self.rename_button = QPushButton(self.tr("Re&name…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.undo_button = QPushButton(self.tr("&Undo Delete"), self)
        for button, slot in ((self.run_button, self.run), (self.rename_button, self.rename),
                             (self.delete_button, self.delete), (self.undo_button, self.undo_delete)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self.run_button.setDefault(True)
        buttons = QVBoxLayout()
        for button in (self.run_button, self.rename_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        searches.changed.connect(self.reload)
        self.resize(560, 360)
        self.reload()

    def current(self) -> SavedSearch | None:
        return self.model.search(self.list.currentIndex().row())

    def reload(self) -> None:
        """Read the saved searches again, keeping the one selected if it is still there."""
        keep = self.current()
        searches, problem = self.searches.saved()
        self.model.set_searches(searches)
        row = self.model.row_of(keep.name) if keep else -1
        self.list.setCurrentIndex(self.model.index(max(row, 0)) if searches else QModelIndex())
        self._problem = problem or ("" if searches else self.tr("No saved searches yet: Searches › Save This "
                                                                "Search keeps the search typed."))
        self._show_current()

    def _show_current(self) -> None:
        saved = self.current()
        for button in (self.run_button, self.rename_button, self.delete_button):
            button.setEnabled(saved is not None)
        self.undo_button.setEnabled(bool(self._deleted) and not self.searches.store.locked)
        if saved is None:
            self.status.setText(self._problem)
        elif saved.archive_title:
            self.status.setText(self.tr("{query}\nSaved from {archive}").format(
                query=isolate(saved.query), archive=isolate(saved.archive_title)))
        else:
            self.status.setText(saved.query)

    def run(self) -> None:
        saved = self.current()
        if saved is not None:
            self.searches.run(saved.query, saved.archive_id, saved.archive_title)

    def rename(self) -> None:
        saved = self.current()
        renamed = self.searches.rename(saved) if saved else None
        if renamed is not None:
            self.list.setCurrentIndex(self.model.index(self.model.row_of(renamed.name)))

    def delete(self) -> None:
        saved = self.current()
        deleted = self.searches.delete(saved) if saved else None
        if deleted is not None:
            self._deleted.append(deleted)
            self._show_current()
            self.status.setText(self.tr("Deleted the saved search {name}. Undo Delete brings it back.").format(
                name=isolate(deleted.name)))

    def undo_delete(self) -> None:
        if self._deleted and self.searches.restore(self._deleted[-1]) is not None:
            restored = self._deleted.pop()
            self.list.setCurrentIndex(self.model.index(self.model.row_of(restored.name)))
