"""Item models of the search panel: the merged result list and the facet tree.

Both are thin adapters: they hold what the last search answered (rows of `runner.Row`, facet counts)
and never query an archive themselves. The result list pages lazily: Qt asks `fetchMore` when the
view scrolls to the end, the model says so with `moreWanted`, and the panel runs the next page in a
worker and hands the rows to `extend`.

Labels and tooltips are translated; archive values (titles, facet values, filter text) are not, and are
isolated when they sit in a translated sentence.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QAbstractListModel, QCoreApplication, QLocale,
                            QModelIndex, QObject, Qt, Signal)
from PySide6.QtGui import QFont

from ..i18n import isolate
from .filters import facet_clause
from .icons import kind_icon
from .messages import count_results
from .runner import Row

HitRole = Qt.ItemDataRole.UserRole + 1          # archive.search.engine.Hit
SourceTitleRole = Qt.ItemDataRole.UserRole + 2  # archive title, "" when only one archive is open
ClauseRole = Qt.ItemDataRole.UserRole + 3       # facet value's filter text, None if it has none
FacetRole = Qt.ItemDataRole.UserRole + 4        # facet name ("kind", "source"...) of a group or value

# Marked for translation here and translated when shown, since the language can change at run time.
KIND_LABELS = {
    "report": QT_TRANSLATE_NOOP("SearchModels", "Reports"),
    "image": QT_TRANSLATE_NOOP("SearchModels", "Images"),
    "entity": QT_TRANSLATE_NOOP("SearchModels", "People and organisations"),
}
FACET_TITLES = {
    "kind": QT_TRANSLATE_NOOP("SearchModels", "Kind"),
    "year": QT_TRANSLATE_NOOP("SearchModels", "Year"),
    "language": QT_TRANSLATE_NOOP("SearchModels", "Language"),
    "entity": QT_TRANSLATE_NOOP("SearchModels", "Mentions"),
    "source": QT_TRANSLATE_NOOP("SearchModels", "Source"),
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


class ResultsModel(QAbstractListModel):
    """The merged hits of the current query, one row each, loaded a page at a time."""

    moreWanted = Signal()  # the view reached the end and more hits exist

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self._rows: list[Row] = []
        self._has_more = False
        self._pending = False
        self._show_sources = False

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
            page = hit.page and self.tr("page {page}").format(page=QLocale().toString(hit.page))
            details = [kind_label(hit.kind), hit.date and isolate(hit.date),
                       hit.language and language_name(hit.language), page, isolate(row.source.title)]
            return f"{hit.title or hit.id}\n" + " · ".join(str(d) for d in details if d)
        if role == HitRole:
            return hit
        if role == SourceTitleRole:
            return row.source.title if self._show_sources else ""
        return None

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more and not self._pending

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._pending = True
            self.moreWanted.emit()


class FacetsModel(QAbstractItemModel):
    """Facet groups (Kind, Year, ...) with their values and counts: two levels, two columns.

    A group's index has internal id 0; a value's has its group's row + 1, which is all `parent` needs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[tuple[str, int, str | None]]]] = []  # (name, [(label, count, clause)])
        self._active: set[str] = set()

    def set_facets(self, facets: dict[str, list[tuple[str, str, int]]], active: set[str]) -> None:
        """Show `facets` (as archive.search.find returns them); values whose filter is in `active` are bold."""
        self.beginResetModel()
        self._groups = [(name, [(self._label(name, value, label), count, facet_clause(name, value))
                                for value, label, count in values])
                        for name, values in facets.items() if values]
        self._active = set(active)
        self.endResetModel()

    @staticmethod
    def _label(name: str, value: str, label: str) -> str:
        if name == "kind":
            return _shown(KIND_LABELS, value, label)
        if name == "language":
            return language_name(value)
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
        label, count, clause = self._value(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == 0 else QLocale().toString(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            if clause is None:
                return f"{label}\n" + self.tr("(cannot be used as a filter)")
            action = self.tr("{results}; click to remove the filter: {filter}") if clause in self._active \
                else self.tr("{results}; click to show only these results: {filter}")
            return f"{label}\n" + action.format(results=count_results(count), filter=isolate(clause))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and clause in self._active:
            font = QFont()
            font.setBold(True)
            return font
        if role == ClauseRole:
            return clause
        return None

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
