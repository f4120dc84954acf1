"""Browse an archive's entity records: a lazy table filtered by schema and by name in any script.

`EntityListModel` pages through `archive.entities.page` as the view scrolls (canFetchMore/fetchMore):
keyset pages over the (schema, caption) index, rows holding only id, caption, schema and the synthetic
flag, so the 100,000th row costs what the first does and browsing them all stays small. A name filter
asks the search index once (`archive.entities.matching`: every word a prefix of a name, alias or
transliteration, analysed as search analyses text), so "chen" finds Chen Quanguo and 陈 finds him too,
then pages through the matching keys the same way. The full record is read only for a tool tip.
The Name and Schema headers order the list by caption or by (schema, caption), either way round, and
the list can be narrowed to the entities a search finds; both in SQL (`archive.entities.filtered`),
combined with the schema and name filters.

Labels are translated; names, ids and FollowTheMoney schema names ("Person", "Sanction") are archive
data and stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from archive import CasefileError, Entity, open_archive

from .. import workers
from ..i18n import isolate
from ..plaintext import shown_as_is
from ..search.narrowing import NarrowingBox
from ..theme import text_colour
from .labels import readable

PAGE = 200  # rows added per fetchMore
NAME_PROPERTIES = ("name", "alias", "weakAlias", "previousName")
COLUMNS = (QT_TRANSLATE_NOOP("EntityListModel", "Name"), QT_TRANSLATE_NOOP("EntityListModel", "Schema"),
           QT_TRANSLATE_NOOP("EntityListModel", "Synthetic"), QT_TRANSLATE_NOOP("EntityListModel", "Date"))
# (translated in headerData)

# Columns the rows can be ordered by, and archive.entities' name of that order.
ORDER_OF_COLUMN = {0: "caption", 1: "schema", 3: "date"}

IdRole = Qt.ItemDataRole.UserRole + 1


def _names(entity: Entity) -> list[str]:
    names = [entity.caption]
    for prop in NAME_PROPERTIES:
        names.extend(v for v in entity.properties.get(prop, ()) if v not in names)
    return names


class EntityListModel(QAbstractTableModel):
    """Entity rows of one session, fetched a page at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session = None
        self.schema: str | None = None
        self.text = ""
        self.among: list[str] | None = None  # the ids of a search's entities (None: every entity)
        self.order, self.descending = "schema", False  # list order: by schema, then by name
        self.total = 0  # entities the current filters match, counted in SQL
        self._rows: list = []  # archive.entities.EntityRow
        self._keys: list[int] | None = None  # with a name filter or a search: every matching row key, in order
        self._next_key = 0  # index in _keys of the next page's first key
        self._exhausted = True
        self._tip: tuple[str, Entity | None] = ("", None)  # the last record read for a tool tip

    @property
    def exhausted(self) -> bool:
        """True once every matching entity is in the model."""
        return self._exhausted

    def set_session(self, session) -> None:
        """Show another archive's entities: every type, no name filter, not narrowed to a search."""
        self.session, self.among = session, None
        self.set_filter(None, "")

    def set_filter(self, schema: str | None, text: str) -> None:
        """Show only `schema` (None: all) and, with `text`, entities with a name, alias or transliteration
        whose words begin with the words of `text`."""
        self.schema, self.text = schema, text.strip()
        self._reload()

    def set_among(self, entity_ids: list[str] | None) -> None:
        """Show only the entities among `entity_ids` (a search's; None: every entity), with the filters."""
        self.among = list(entity_ids) if entity_ids is not None else None
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by name (column 0) or by schema, then name (column 1: the list order); in SQL. The
        other columns have no order of their own: asked for one, the model stays as it is."""
        if column not in ORDER_OF_COLUMN:
            return
        self.order, self.descending = ORDER_OF_COLUMN[column], order == Qt.SortOrder.DescendingOrder
        self._reload()

    def sort_column(self) -> int:
        """The column the rows are ordered by, for the header's indicator."""
        return next(column for column, order in ORDER_OF_COLUMN.items() if order == self.order)

    def _reload(self) -> None:
        """Count and load the first page inside one reset, as the Items list does (no insertion
        signalled right after it)."""
        self.beginResetModel()
        self._rows, self._keys, self._next_key, self.total = [], None, 0, 0
        self._tip = ("", None)  # the session may have changed
        self._exhausted = self.session is None
        if self.session is not None:
            self._count()
            if not self._exhausted:
                self._rows = self._next_page()
        self.endResetModel()

    def entity_id(self, row: int) -> str:
        return self._rows[row].id

    # -- lazy loading ----------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        found = self._next_page()
        if found:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()

    def _count(self) -> None:
        """Count what the filters match; with a name filter or a search, also fetch the matching keys once."""
        entities = self.session.archive.entities
        try:
            if self.text or self.among is not None or self.order == "date":  # date: no keyset pages
                self._keys = entities.filtered(self.schema, text=self.text, among=self.among, order=self.order,
                                               descending=self.descending)
                self.total = len(self._keys)
            else:
                self.total = entities.count(self.schema)
        except CasefileError:
            self._keys, self.total = [], 0
        self._exhausted = self.total == 0

    def _next_page(self) -> list:
        entities = self.session.archive.entities
        try:
            if self._keys is not None:
                # rows() leaves out a key it cannot find: the end is where the keys end, not a short page.
                page = entities.rows(self._keys[self._next_key:self._next_key + PAGE])
                self._next_key += PAGE
                self._exhausted = self._next_key >= len(self._keys)
                return page
            page = entities.page(self.schema, after=self._rows[-1] if self._rows else None, limit=PAGE,
                                 order=self.order, descending=self.descending)
        except CasefileError:
            page = []
        self._exhausted = len(page) < PAGE
        return page

    def _record(self, entity_id: str) -> Entity | None:
        """The whole record of `entity_id` (its names), read when a tool tip asks, the last one kept."""
        if self._tip[0] != entity_id:
            try:
                self._tip = (entity_id, self.session.archive.entities.get(entity_id))
            except CasefileError:
                self._tip = (entity_id, None)
        return self._tip[1]

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
            return (entity.caption, readable(entity.schema), self.tr("synthetic") if entity.synthetic else "",
                    entity.date)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            note = "\n" + self.tr("Synthetic record: invented for demonstration, not real.") if entity.synthetic else ""
            record = self._record(entity.id)
            names = " / ".join(_names(record)) if record is not None else entity.caption
            return shown_as_is(names + f"\n{entity.schema} · {entity.id}" + note)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return text_colour(QApplication.palette(), "synthetic")
        return None


class EntityListView(QWidget):
    """Schema chooser, name filter and the entity table; Enter or double-click opens an entity."""

    entityActivated = Signal(object, str)  # session, entity id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self._reading_order: dict[object, workers.Worker] = {}  # session -> its list order's reader
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Click Name or Schema to order by it (in SQL, a page at a time); the list opens in list order.
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.only_results = NarrowingBox(self.tr("Only the entities the current search finds"))
        self.only_results.setToolTip(self.tr("List only the entities among the results of the search typed in the "
                                             "Search tab"))
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._apply_filter)
        self.schema_box.currentIndexChanged.connect(self._apply_filter)
        self.name_filter.textChanged.connect(self._debounce.start)
        self.name_filter.returnPressed.connect(self._focus_table)
        self.table.activated.connect(self._activate)
        self.model.rowsInserted.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)  # a header click reorders and reloads
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.schema_box)
        bar.addWidget(self.name_filter, 1)
        bar.addWidget(self.only_results)
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
        self.only_results.untick_quietly()  # another archive: the list starts whole again
        self.model.set_session(session)
        self._update_status()
        if session is not None and not session.archive.entities.has_list_order \
                and session not in self._reading_order:
            self._read_list_order(session)

    def _read_list_order(self, session) -> None:
        """Read the entities' list order on a worker's own connection, for the first name filter: at
        100,000 entities it takes 0.2-0.3 s, which the first typed letter would otherwise wait for."""
        path = session.archive.path

        def read(task):
            with open_archive(path) as archive:
                task.on_cancel(archive.cancel)
                return archive.entities.list_order()

        worker = workers.Worker(read)
        # Kept by the archive's own Entities even if the view has moved on: it is that file's order.
        worker.signals.result.connect(session.archive.entities.use_list_order)
        worker.signals.finished.connect(lambda s=session: self._reading_order.pop(s, None))
        self._reading_order[session] = worker  # the GUI keeps a reference while it runs (workers.Worker)
        workers.start(worker)

    def set_among(self, entity_ids: list[str] | None) -> None:
        """List only the entities among `entity_ids` (a search's; None: every entity), with the filters."""
        self.model.set_among(entity_ids)
        self._update_status()

    def _keep_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        """A column with no order of its own was clicked: the indicator goes back to the list's order."""
        if section not in ORDER_OF_COLUMN:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.schema_box.currentData(), self.name_filter.text())
        self._update_status()

    def _update_status(self) -> None:
        if self.session is None:
            self.status.setText(self.tr("No archive open"))
            return
        total, loaded = QLocale().toString(self.model.total), QLocale().toString(self.model.rowCount())
        if self.model.text and self.model.among is not None:
            self.status.setText(self.tr("{count} matching \"{text}\" among the entities the search finds").format(
                count=total, text=isolate(self.model.text)))
        elif self.model.text:
            self.status.setText(self.tr("{count} matching \"{text}\"").format(count=total,
                                                                             text=isolate(self.model.text)))
        elif self.model.among is not None:
            status = self.tr("1 entity found by the search") if self.model.total == 1 \
                else self.tr("{count} entities found by the search ({loaded} loaded)")
            self.status.setText(status.format(count=total, loaded=loaded))
        else:
            status = self.tr("1 entity ({loaded} loaded)") if self.model.total == 1 \
                else self.tr("{count} entities ({loaded} loaded)")
            self.status.setText(status.format(count=total, loaded=loaded))

    def _focus_table(self) -> None:
        self._apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entityActivated.emit(self.session, self.model.entity_id(index.row()))
