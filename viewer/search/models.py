"""Item models of the search panel: the merged result list and the facet tree.

Both are thin adapters: they hold what the last search answered (rows of `runner.Row`, facet counts)
and never query an archive themselves. The result list pages lazily: Qt asks `fetchMore` when the
view scrolls to the end, the model says so with `moreWanted`, and the panel runs the next page in a
worker and hands the rows to `extend`.

Labels and tooltips are translated; archive values (titles, facet values, filter text) are not, and are
isolated when they sit in a translated sentence.

Every row says which archive it comes from (viewer/trust/provenance.py): the archive's label, its state while
it is not Verified (updated as verification moves on), and the archive's details in the tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QAbstractListModel, QCoreApplication, QLocale,
                            QModelIndex, QObject, Qt, Signal)
from PySide6.QtGui import QFont, QGuiApplication

from ..i18n import isolate
from ..library.sessions import ArchiveSession, Library
from ..plaintext import shown_as_is
from ..trust.provenance import VerificationWatcher, provenance_tooltip, row_state, state_colour
from .filters import facet_clause
from .icons import kind_icon
from .messages import count_results
from .runner import Row

HitRole = Qt.ItemDataRole.UserRole + 1          # archive.search.engine.Hit
SourceLabelRole = Qt.ItemDataRole.UserRole + 2  # archive's label (unique), "" when only one archive is open
ClauseRole = Qt.ItemDataRole.UserRole + 3       # facet value's filter text, None if it has none
FacetRole = Qt.ItemDataRole.UserRole + 4        # facet name ("kind", "source"...) of a group or value
StateRole = Qt.ItemDataRole.UserRole + 5        # trust.Badge of the row's archive unless it is Verified
ARCHIVE_FACET = "archive"  # the panel's own facet: hits per open archive (values are session keys)

# Marked for translation here and translated when shown, since the language can change at run time.
KIND_LABELS = {
    "report": QT_TRANSLATE_NOOP("SearchModels", "Reports"),
    "image": QT_TRANSLATE_NOOP("SearchModels", "Images"),
    "table": QT_TRANSLATE_NOOP("SearchModels", "Tables"),
    "row": QT_TRANSLATE_NOOP("SearchModels", "Table rows"),
    "email": QT_TRANSLATE_NOOP("SearchModels", "Emails"),
    "file": QT_TRANSLATE_NOOP("SearchModels", "Files kept as given"),
    "entity": QT_TRANSLATE_NOOP("SearchModels", "People and organisations"),
}
FACET_TITLES = {
    "kind": QT_TRANSLATE_NOOP("SearchModels", "Kind"),
    "year": QT_TRANSLATE_NOOP("SearchModels", "Year"),
    "language": QT_TRANSLATE_NOOP("SearchModels", "Language"),
    "entity": QT_TRANSLATE_NOOP("SearchModels", "Mentions"),
    "source": QT_TRANSLATE_NOOP("SearchModels", "Source"),
    "folder": QT_TRANSLATE_NOOP("SearchModels", "Folder"),
    "filetype": QT_TRANSLATE_NOOP("SearchModels", "File type"),
    "archive": QT_TRANSLATE_NOOP("SearchModels", "Archive"),
}
# The archive's own languages: Qt would name them in English whatever the interface language.
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("SearchModels", "English"),
    "zh": QT_TRANSLATE_NOOP("SearchModels", "Chinese"),
    "ug": QT_TRANSLATE_NOOP("SearchModels", "Uyghur"),
}


def _shown(labels: dict[str, str], key: str, fallback: str) -> str:
    """`labels[key]` in the interface language, `fallback` for a key it does not have."""
    return QCoreApplication.translate("SearchModels", labels[key]) if key in labels else fallback


def kind_label(kind: str) -> str:
    """`report` -> `Reports`; an unknown kind is shown as it is."""
    return _shown(KIND_LABELS, kind, kind)


def language_name(code: str) -> str:
    """`zh` -> `Chinese`; a code Qt does not know is shown as it is."""
    if code in LANGUAGE_NAMES:
        return _shown(LANGUAGE_NAMES, code, code)
    language = QLocale(code).language()
    return code if language == QLocale.Language.C else QLocale.languageToString(language)


def row_place(hit) -> str | None:
    """Where a table-row hit is: "Sheet1, row 4,712" (the sheet name isolated: it is archive text)."""
    if hit.row is None:
        return None
    return QCoreApplication.translate("SearchModels", "{sheet}, row {row}").format(
        sheet=isolate(hit.row.sheet), row=QLocale().toString(hit.row.shown_row))


class ResultsModel(QAbstractListModel):
    """The merged hits of the current query, one row each, loaded a page at a time."""

    moreWanted = Signal()  # the view reached the end and more hits exist

    def __init__(self, parent: QObject | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self._rows: list[Row] = []
        self._has_more = False
        self._pending = False
        self._show_sources = False
        self._library = library
        if library is not None:
            VerificationWatcher(library, self).changed.connect(self._verification_changed)

    def reset(self, rows: list[Row], has_more: bool, *, query: str = "", show_sources: bool = False) -> None:
        """Replace every row (a new query, or none)."""
        self.beginResetModel()
        self.query, self._rows, self._has_more = query, list(rows), has_more
        self._pending, self._show_sources = False, show_sources
        self.endResetModel()

    def extend(self, rows: list[Row], has_more: bool) -> None:
        """Append the next page."""
        self._pending, self._has_more = False, has_more
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def page_failed(self) -> None:
        """The page asked for did not come (cancelled or failed): let the view ask again."""
        self._pending = False

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title or hit.id
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(hit.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is(self._tooltip(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = row_state(self._session(row))
            parts = [hit.title or hit.id, state and state.headline, self._show_sources and isolate(row.source.label)]
            return " · ".join(part for part in parts if part)
        if role == HitRole:
            return hit
        if role == SourceLabelRole:
            return row.source.label if self._show_sources else ""
        if role == StateRole:
            return row_state(self._session(row))
        return None

    def _tooltip(self, row: Row) -> str:
        """The hit's details, then where it comes from (plain text)."""
        hit = row.hit
        page = hit.page and self.tr("page {page}").format(page=QLocale().toString(hit.page))
        details = [kind_label(hit.kind), row_place(hit), hit.date and isolate(hit.date),
                   hit.language and language_name(hit.language), page]
        text = f"{hit.title or hit.id}\n" + " · ".join(str(d) for d in details if d)
        session = self._session(row)
        return f"{text}\n\n{provenance_tooltip(session)}" if session else f"{text}\n{isolate(row.source.label)}"

    def _session(self, row: Row) -> ArchiveSession | None:
        return self._library.find(row.source.key) if self._library is not None else None

    def _verification_changed(self, key: str) -> None:
        """Repaint the rows of the archive whose verification moved on: their state marker changed."""
        rows = [number for number, row in enumerate(self._rows) if row.source.key == key]
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more and not self._pending

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._pending = True
            self.moreWanted.emit()


class FacetsModel(QAbstractItemModel):
    """Facet groups (Kind, Year, ...) with their values and counts: two levels, two columns.

    A group's index has internal id 0; a value's has its group's row + 1, which is all `parent` needs.
    The Archive group's values are open archives: their label, state and details come from `library`."""

    def __init__(self, parent: QObject | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[tuple[str, int, str | None]]]] = []  # (name, [(label, count, clause)])
        self._active: set[str] = set()
        self._archives: list[str] = []  # session keys of the Archive group's values, in order
        self._library = library
        if library is not None:
            VerificationWatcher(library, self).changed.connect(self._verification_changed)

    def set_facets(self, facets: dict[str, list[tuple[str, str, int]]], active: set[str]) -> None:
        """Show `facets` (as archive.search.find returns them); values whose filter is in `active` are bold."""
        self.beginResetModel()
        self._groups = [(name, [(self._label(name, value, label), count, facet_clause(name, value))
                                for value, label, count in values])
                        for name, values in facets.items() if values]
        self._active = set(active)
        self._archives = [value for value, _label, _count in facets.get(ARCHIVE_FACET, [])]
        self.endResetModel()

    @staticmethod
    def _label(name: str, value: str, label: str) -> str:
        if name == "kind":
            return _shown(KIND_LABELS, value, label)
        if name == "language":
            return language_name(value)
        if name == "folder" and not value:
            return QCoreApplication.translate("SearchModels", "(top level)")
        if name == "filetype":
            return value.upper()  # PDF, XLSX, EML: how people name file types
        return label

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, child: QModelIndex = QModelIndex()) -> QModelIndex:
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() and self._value(index)[2] is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == FacetRole:
            return self._groups[index.internalId() - 1 if index.internalId() else index.row()][0]
        if index.internalId() == 0:
            return self._group_data(index, role)
        if self._groups[index.internalId() - 1][0] == ARCHIVE_FACET:
            found = self._archive_data(index, role)
            if found is not None:
                return found
        label, count, clause = self._value(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == 0 else QLocale().toString(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            if clause is None:
                return shown_as_is(f"{label}\n" + self.tr("(cannot be used as a filter)"))
            action = self.tr("{results}; click to remove the filter: {filter}") if clause in self._active \
                else self.tr("{results}; click to show only these results: {filter}")
            return shown_as_is(f"{label}\n" + action.format(results=count_results(count), filter=isolate(clause)))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and clause in self._active:
            font = QFont()
            font.setBold(True)
            return font
        if role == ClauseRole:
            return clause
        return None

    def _archive_data(self, index: QModelIndex, role: int):
        """An open archive as a value: its state, then its label (the view cuts the end, the label's
        least telling part), and its details in the tool tip."""
        session = self._library.find(self._archives[index.row()]) if self._library is not None else None
        state = row_state(session)
        label, count, _clause = self._value(index)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{state.headline} · {label}" if state else label
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and state is not None:
            return state_colour(QGuiApplication.palette(), state)
        if role == Qt.ItemDataRole.ToolTipRole and session is not None:
            return shown_as_is(f"{provenance_tooltip(session)}\n{count_results(count)}")
        if role == StateRole:
            return state
        return None

    def _verification_changed(self, key: str) -> None:
        group = next((number for number, (name, _values) in enumerate(self._groups) if name == ARCHIVE_FACET), None)
        if group is not None and key in self._archives:
            parent = self.index(group, 0)
            row = self._archives.index(key)
            self.dataChanged.emit(self.index(row, 0, parent), self.index(row, 1, parent))

    def _group_data(self, index: QModelIndex, role: int):
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            name = self._groups[index.row()][0]
            return _shown(FACET_TITLES, name, name.capitalize())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value(self, index: QModelIndex) -> tuple[str, int, str | None]:
        return self._groups[index.internalId() - 1][1][index.row()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("Narrow down"), self.tr("Results"))[section]
        return None
