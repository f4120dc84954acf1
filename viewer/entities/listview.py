"""Browse an archive's entity records: a lazy table filtered by schema and by name in any script.

`EntityListModel` pages through `archive.entities.list` as the view scrolls (canFetchMore/fetchMore).
A name filter scans forward in batches and keeps what matches, folded as the search index folds
(case, diacritics, Arabic-script variants), so "chen" finds Chen Quanguo and 陈全国 finds him too.

Labels are translated; names, ids and FollowTheMoney schema names ("Person", "Sanction") are archive
data and stay as they are.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView,
                               QVBoxLayout, QWidget)

from archive import CasefileError, Entity, fold

from ..i18n import isolate
from ..plaintext import shown_as_is
from ..theme import text_colour
from .labels import readable

PAGE = 200  # rows added per fetchMore
SCAN_BATCH = 500  # rows read per query while a name filter is set
SCAN_BUDGET_S = 0.05  # one filtered fetch never blocks the GUI longer than this
NAME_PROPERTIES = ("name", "alias", "weakAlias", "previousName")
COLUMNS = (QT_TRANSLATE_NOOP("EntityListModel", "Name"), QT_TRANSLATE_NOOP("EntityListModel", "Schema"),
           QT_TRANSLATE_NOOP("EntityListModel", "Synthetic"))  # translated in headerData

IdRole = Qt.ItemDataRole.UserRole + 1


def _names(entity: Entity) -> list[str]:
    names = [entity.caption]
    for prop in NAME_PROPERTIES:
        names.extend(v for v in entity.properties.get(prop, ()) if v not in names)
    return names


class EntityListModel(QAbstractTableModel):
    """Entity rows of one session, fetched a page at a time."""

    filterProgress = Signal()  # rows found or the scan finished while a name filter is set

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session = None
        self.schema: str | None = None
        self.text = ""
        self._folded = ""
        self._rows: list[Entity] = []
        self._offset = 0  # rows of entities.list consumed so far
        self._exhausted = True
        self._resume = QTimer(self, singleShot=True, interval=0)
        self._resume.timeout.connect(self._resume_scan)

    @property
    def exhausted(self) -> bool:
        """True once every matching entity is in the model."""
        return self._exhausted

    def set_session(self, session) -> None:
        self.session = session
        self.set_filter(None, "")

    def set_filter(self, schema: str | None, text: str) -> None:
        """Show only `schema` (None: all) and entities with a name containing `text`."""
        self.beginResetModel()
        self.schema, self.text, self._folded = schema, text.strip(), fold(text.strip())
        self._rows, self._offset = [], 0
        self._exhausted = self.session is None
        self.endResetModel()
        if self.session is not None:
            self.fetchMore(QModelIndex())

    def entity_id(self, row: int) -> str:
        return self._rows[row].id

    # -- lazy loading ----------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        found = self._scan() if self._folded else self._page()
        if found:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()
        if self._folded:
            # The view asks again only after rows were inserted: a scan that found nothing resumes itself.
            if not found and not self._exhausted:
                self._resume.start()
            self.filterProgress.emit()

    def _resume_scan(self) -> None:
        self.fetchMore(QModelIndex())

    def _batch(self, size: int) -> list[Entity]:
        try:
            batch = self.session.archive.entities.list(self.schema, limit=size, offset=self._offset)
        except CasefileError:
            batch = []
        self._offset += len(batch)
        if len(batch) < size:
            self._exhausted = True
        return batch

    def _page(self) -> list[Entity]:
        return self._batch(PAGE)

    def _scan(self) -> list[Entity]:
        deadline = time.perf_counter() + SCAN_BUDGET_S
        found: list[Entity] = []
        while not self._exhausted and len(found) < PAGE:
            found.extend(e for e in self._batch(SCAN_BATCH) if any(self._folded in fold(n) for n in _names(e)))
            if time.perf_counter() > deadline:  # checked after a batch, so every call makes progress
                break
        return found

    # -- QAbstractItemModel ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entity, column = self._rows[index.row()], index.column()
        if role == IdRole:
            return entity.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (entity.caption, readable(entity.schema), self.tr("synthetic") if entity.synthetic else "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            note = "\n" + self.tr("Synthetic record: invented for demonstration, not real.") if entity.synthetic else ""
            return shown_as_is(" / ".join(_names(entity)) + f"\n{entity.schema} · {entity.id}" + note)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return text_colour(QApplication.palette(), "synthetic")
        return None


class EntityListView(QWidget):
    """Schema chooser, name filter and the entity table; Enter or double-click opens an entity."""

    entityActivated = Signal(object, str)  # session, entity id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.model = EntityListModel(self)
        self.schema_box = QComboBox()
        self.schema_box.setAccessibleName(self.tr("Entity type"))
        self.schema_box.setToolTip(self.tr("Show only entities of this FollowTheMoney schema"))
        self.name_filter = QLineEdit()
        self.name_filter.setAccessibleName(self.tr("Filter entities by name"))
        self.name_filter.setPlaceholderText(self.tr("Filter by name, in any script…"))
        self.name_filter.setToolTip(self.tr("Matches names and aliases: Latin, Chinese or Uyghur. Enter moves to the "
                                            "list."))
        self.name_filter.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Entity count"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Entities"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._apply_filter)
        self.schema_box.currentIndexChanged.connect(self._apply_filter)
        self.name_filter.textChanged.connect(self._debounce.start)
        self.name_filter.returnPressed.connect(self._focus_table)
        self.table.activated.connect(self._activate)
        self.model.filterProgress.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.schema_box)
        bar.addWidget(self.name_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.status)

    def set_session(self, session) -> None:
        """List the entities of `session` (None: empty)."""
        self.session = session
        self.schema_box.blockSignals(True)
        self.schema_box.clear()
        if session is not None:
            counts = session.archive.entities.schemata()
            locale = QLocale()
            self.schema_box.addItem(self.tr("All types ({count})").format(count=locale.toString(sum(counts.values()))),
                                    None)
            for schema, count in counts.items():
                #: An entity type and how many entities of it the archive has: "Person (184)".
                label = self.tr("{type} ({count})").format(type=readable(schema), count=locale.toString(count))
                self.schema_box.addItem(label, schema)
        self.schema_box.blockSignals(False)
        self.model.set_session(session)
        self._update_status()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.schema_box.currentData(), self.name_filter.text())
        self._update_status()

    def _update_status(self) -> None:
        if self.session is None:
            self.status.setText(self.tr("No archive open"))
            return
        shown = QLocale().toString(self.model.rowCount())
        if self.model.text:
            status = self.tr("{count} matching \"{text}\"") if self.model.exhausted \
                else self.tr("{count} matching \"{text}\" so far (still looking)")
            self.status.setText(status.format(count=shown, text=isolate(self.model.text)))
        else:
            total = self.session.archive.entities.count(self.model.schema)
            status = self.tr("1 entity ({loaded} loaded)") if total == 1 \
                else self.tr("{count} entities ({loaded} loaded)")
            self.status.setText(status.format(count=QLocale().toString(total), loaded=shown))

    def _focus_table(self) -> None:
        self._apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entityActivated.emit(self.session, self.model.entity_id(index.row()))
