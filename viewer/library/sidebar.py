"""The library sidebar: every open archive with its trust badge, and the items of the selected one.

Each archive shows its title, then its badge beside the file name and edition: a forger's copy has the
real archive's title, so the file (and folder, when the names are the same too) is what tells them apart.

Both draw right to left in a right-to-left interface (Uyghur): the badge sits under the start of the
title, and archive titles are isolated so their own direction is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive import CasefileError

from ..i18n import isolate
from ..plaintext import shown_as_is
from ..metadata import item_kind_name
from ..search.delegate import dimmed
from ..search.icons import kind_icon
from ..theme import STATE_COLOURS
from ..trust.badge import badge_for
from ..trust.provenance import provenance_tooltip
from .sessions import ArchiveSession, Library

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
WHERE_ROLE = Qt.ItemDataRole.UserRole + 3  # file name (folder too, if needed) and edition

Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractListModel):
    """A row per open archive: title, badge (state key and headline), file and edition, and a tooltip
    with the archive's details and state."""

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        self.library = library
        library.sessionAdded.connect(self._added)
        library.sessionRemoved.connect(self._removed)
        self._rows: list[ArchiveSession] = list(library.sessions)
        for session in self._rows:
            self._watch(session)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        session = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return session.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is(provenance_tooltip(session))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{badge_for(session).headline} · {self._where(session)}"
        if role == WHERE_ROLE:
            return self._where(session)
        if role == SESSION_ROLE:
            return session
        if role == BADGE_ROLE:
            badge = badge_for(session)
            return badge.key, badge.headline
        return None

    def _where(self, session: ArchiveSession) -> str:
        return self.tr("{file}, edition {edition}").format(file=isolate(session.where),
                                                           edition=isolate(session.edition))

    def session_at(self, row: int) -> ArchiveSession | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session: ArchiveSession) -> int:
        return self._rows.index(session) if session in self._rows else -1

    def _watch(self, session: ArchiveSession) -> None:
        session.verificationChanged.connect(lambda s=session: self._changed(s))

    def _added(self, session: ArchiveSession) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(session)
        self.endInsertRows()
        self._watch(session)
        self._relabelled()

    def _removed(self, session: ArchiveSession) -> None:
        row = self.row_of(session)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._relabelled()

    def _relabelled(self) -> None:
        """Opening or closing an archive may change how the others are told apart (WHERE_ROLE)."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _changed(self, session: ArchiveSession) -> None:
        row = self.row_of(session)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)


class LibraryDelegate(QStyledItemDelegate):
    """Title on the first line; a coloured badge with the state's headline, then file and edition, on the
    second."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = option.fontMetrics
        rect = option.rect.adjusted(8, 4, -8, -4)
        title = metrics.elidedText(index.data() or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(option.palette.color(text_role))
        painter.setLayoutDirection(option.direction)
        leading = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), metrics.height()), leading, isolate(title))
        key, headline = index.data(BADGE_ROLE) or ("unsigned", "")
        background, foreground = STATE_COLOURS[key]
        width = min(rect.width(), metrics.horizontalAdvance(headline) + 14)
        pill = QStyle.visualRect(option.direction, rect, QRect(rect.left(), rect.top() + metrics.height() + 4,
                                                               width, metrics.height() + 2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor(foreground))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, headline)
        where = QRect(rect.left() + width + 6, pill.top(), max(0, rect.width() - width - 6), pill.height())
        text = option.palette.color(text_role)
        painter.setPen(text if selected else dimmed(text))  # dimmed is too faint on the selection
        painter.drawText(QStyle.visualRect(option.direction, rect, where), leading,
                         metrics.elidedText(index.data(WHERE_ROLE) or "", Qt.TextElideMode.ElideMiddle, where.width()))
        painter.restore()


PAGE_ROWS = 500
COLUMN_COUNT = 7  # title, kind, date, language, id, source, folder


class ItemsModel(QAbstractTableModel):
    """The items of one archive, fetched a page at a time (ids and a few columns only)."""

    # The list's columns, as archive.items.list orders them.
    ORDERS = ("title", "kind", "date", "language", "id", "source", "folder")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: ArchiveSession | None = None
        self.folder: str | None = None  # None: every folder
        self.among: list[str] | None = None  # the ids of a search's results (None: every item)
        self.order, self.descending = "position", False  # build order until a column header is clicked
        self._rows: list[tuple[str, str, str, str, str, str, str, bool]] = []
        self._total = 0
        self.error: str | None = None

    def set_session(self, session: ArchiveSession | None) -> None:
        """Show another archive's items, from every folder, not narrowed to a search."""
        self.session, self.folder, self.among = session, None, None
        self._reload()

    def set_among(self, item_ids: list[str] | None) -> None:
        """Show only the items among `item_ids` (a search's results; None: every item)."""
        self.among = list(item_ids) if item_ids is not None else None
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (Qt asks with -1 for the build order); in SQL, a page at a time."""
        self.order = self.ORDERS[column] if 0 <= column < len(self.ORDERS) else "position"
        self.descending = order == Qt.SortOrder.DescendingOrder and self.order != "position"
        self._reload()

    def set_folder(self, folder: str | None) -> None:
        """Show only the items in `folder` and the folders below it (None: every item)."""
        self.folder = folder or None
        self._reload()

    def _reload(self) -> None:
        """The first page is loaded inside the reset (a view asks for more during the reset signal
        otherwise, which breaks the model's change protocol)."""
        self.beginResetModel()
        session, self._rows, self.error = self.session, [], None
        try:
            self._total = session.archive.items.count(folder=self.folder, among=self.among) if session else 0
            items = self._page(None) if session else []
        except CasefileError as exc:
            self._total, self.error, items = 0, str(exc), []
        self._rows = self._rows_of(items) if session else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMN_COUNT:
            return (self.tr("Title"), self.tr("Kind"), self.tr("Date"), self.tr("Language"), self.tr("Id"),
                    self.tr("Source"), self.tr("Folder"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.column() < COLUMN_COUNT:
            text = row[index.column()]
            if index.column() == 0 and row[7]:
                return self.tr("{title} (synthetic)").format(title=isolate(text))
            return item_kind_name(text) if index.column() == 1 else text
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return kind_icon(row[1])
        if role == SESSION_ROLE:
            return row[4]
        if role == Qt.ItemDataRole.ForegroundRole and self.session \
                and self.session.item_failed_verification(row[4]):
            return QColor(STATE_COLOURS["tampered"][0])
        return None

    def item_id(self, row: int) -> str | None:
        return self._rows[row][4] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.session is None:
            return
        try:
            items = self._page(self._rows[-1][4] if self._rows else None)
        except CasefileError as exc:
            self.error, self._total = str(exc), len(self._rows)
            return
        if not items:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._rows += self._rows_of(items)
        self.endInsertRows()

    def _rows_of(self, items: list) -> list[tuple]:
        """The list's rows for a page of items, their folders read in one query."""
        try:
            folders = self.session.archive.items.folders_of([item.id for item in items])
        except CasefileError:
            folders = {}
        return [_row(item, folders.get(item.id, "")) for item in items]

    def _page(self, after: str | None) -> list:
        """The page after the item `after` (None: the first), in the list's order, folder and search."""
        return self.session.archive.items.list(limit=PAGE_ROWS, folder=self.folder, after=after, order=self.order,
                                               descending=self.descending, among=self.among)


def _row(item, folder: str) -> tuple[str, str, str, str, str, str, str, bool]:
    return (item.title, item.kind, item.date or "", item.language or "", item.id, item.source or "", folder,
            item.synthetic)
