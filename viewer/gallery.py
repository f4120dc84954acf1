"""The image gallery: a virtualised thumbnail grid that stays smooth with 10,000 images.

`GalleryModel` holds only the image ids; titles are fetched in windows of rows as the view asks for
them, and thumbnails are decoded only for the rows the view paints, a few per event-loop turn, into a
bounded LRU cache. Memory therefore depends on the cache size, never on the size of the archive.
The ids come in build order or ordered by title, date, folder or source, of one folder, narrowed to a search's
results, all in SQL (`archive.items.ids`); the title windows are keyset pages in the same order.

Labels, badges and tooltips are translated; image titles and dates are archive data, isolated when they
sit among translated words.
"""

from __future__ import annotations

import time
from collections import OrderedDict

from PySide6.QtCore import (QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListView, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QVBoxLayout, QWidget)

from archive import CasefileError, Item, Thumbnail

from . import images
from .folders import FolderSelector
from .i18n import isolate
from .plaintext import shown_as_is
from .search.delegate import draw_focus
from .search.narrowing import NarrowingBox

THUMB_EDGE = 160  # decoded size: the stored thumbnails are 256 px, scaled down while decoding
CELL = QSize(184, 212)
# 400 pixmaps of 160x160x4 bytes is at most ~41 MB: far more than a 4K screen shows at once, and
# well inside the app's 300 MB budget after scrolling the whole gallery.
CACHE_SIZE = 400
TITLE_WINDOW = 200  # rows of titles fetched per query
TITLE_WINDOWS_KEPT = 20
DECODE_BUDGET_S = 0.012  # decode for at most this long per event-loop turn, so scrolling never stutters
MAX_PENDING = 120  # rows scrolled past before they were decoded are dropped
# The sort choices above the grid, in the order of their labels: (archive.items.list's order, descending).
SORTS = (("position", False), ("title", False), ("title", True), ("date", False), ("date", True), ("folder", False),
         ("source", False))
FAILED = QColor("#c62828")
SYNTHETIC = QColor("#8d6e00")

IdRole = Qt.ItemDataRole.UserRole + 1
FailedRole = Qt.ItemDataRole.UserRole + 2
SyntheticRole = Qt.ItemDataRole.UserRole + 3


def decode_thumbnail(thumb: Thumbnail | None, edge: int = THUMB_EDGE) -> QImage:
    """Decode archive thumbnail bytes, scaled to fit `edge`; a null QImage if they are unusable
    (refused by the caps every thumbnail decode shares, in viewer/images.py)."""
    return images.decode_thumbnail(thumb, edge)


def _placeholder(text: str) -> QPixmap:
    pixmap = QPixmap(THUMB_EDGE, THUMB_EDGE)
    pixmap.fill(QColor("#9e9e9e"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#f5f5f5"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return pixmap


def _badge_width(option: QStyleOptionViewItem, text: str, minimum: int) -> int:
    """Wide enough for `text` in any language, as wide as the English badge at least, half the cell at most."""
    return min(max(minimum, option.fontMetrics.horizontalAdvance(text) + 10), CELL.width() // 2)


class GalleryModel(QAbstractListModel):
    """The images of one session, as ids; titles and thumbnails are fetched only when shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session = None
        self.folder: str | None = None  # None: every folder
        self.among: list[str] | None = None  # the ids of a search's results (None: every image)
        self.order, self.descending = "position", False  # build order until another is chosen
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._windows: OrderedDict[int, list[Item]] = OrderedDict()
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: OrderedDict[int, None] = OrderedDict()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._decode_pending)
        self._loading = _placeholder(self.tr("Loading…"))
        self._broken = _placeholder(self.tr("No preview"))

    def set_session(self, session, folder: str | None = None) -> None:
        """Show the images of `session` (None: nothing), or only those in `folder` and below it; not
        narrowed to a search. The order chosen stays."""
        self.session, self.folder, self.among = session, folder, None
        self._reload()

    def set_folder(self, folder: str | None) -> None:
        """Show only the images in `folder` and the folders below it (None: every folder)."""
        self.folder = folder or None
        self._reload()

    def set_order(self, order: str, descending: bool = False) -> None:
        """Order the images as archive.items.list orders them ("position": build order, "title",
        "date"...), in SQL."""
        self.order, self.descending = order, descending and order != "position"
        self._reload()

    def set_among(self, item_ids: list[str] | None) -> None:
        """Show only the images among `item_ids` (a search's results; None: every image)."""
        self.among = list(item_ids) if item_ids is not None else None
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        try:
            self._ids = self.session.archive.items.ids(
                "image", folder=self.folder, order=self.order, descending=self.descending,
                among=self.among) if self.session is not None else []
        except CasefileError:
            self._ids = []
        self._rows = {item_id: row for row, item_id in enumerate(self._ids)}
        self._windows.clear()
        self._pixmaps.clear()
        self._pending.clear()
        self.endResetModel()

    def item_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int | None:
        return self._rows.get(item_id)

    def cached_thumbnails(self) -> int:
        """How many decoded thumbnails are held now (never more than CACHE_SIZE)."""
        return len(self._pixmaps)

    def refresh_markers(self) -> None:
        """Verification changed: repaint the failure markers (the view repaints only what is visible)."""
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [FailedRole])

    def refresh_item(self, item_id: str) -> None:
        row = self._rows.get(item_id)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row), [FailedRole])

    # -- QAbstractItemModel ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(row)
        if role == IdRole:
            return self._ids[row]
        if role == FailedRole:
            return self.session.item_failed_verification(self._ids[row])
        item = self._item(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title if item and item.title else self._ids[row]
        if role == SyntheticRole:
            return bool(item and item.synthetic)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is(self._describe(row, item))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(row, item)
        return None

    def _describe(self, row: int, item: Item | None) -> str:
        parts = [isolate(item.title if item and item.title else self._ids[row])]
        if item and item.date:
            parts.append(isolate(item.date))
        if item and item.synthetic:
            parts.append(self.tr("synthetic (invented for demonstration)"))
        if self.session.item_failed_verification(self._ids[row]):
            parts.append(self.tr("FAILED verification"))
        return " · ".join(parts)

    # -- lazy titles -----------------------------------------------------------------------------
    def _item(self, row: int) -> Item | None:
        start = row - row % TITLE_WINDOW
        window = self._windows.get(start)
        if window is None:
            try:
                # Keyset from the row before the window, in the ids' own order, folder and search.
                window = self.session.archive.items.list(
                    "image", limit=TITLE_WINDOW, after=self._ids[start - 1] if start else None,
                    folder=self.folder, order=self.order, descending=self.descending, among=self.among)
            except CasefileError:
                window = []
            self._windows[start] = window
            if len(self._windows) > TITLE_WINDOWS_KEPT:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(start)
        offset = row - start
        # Both are in the same SQL order; the id check guards against a forged, inconsistent file.
        if offset < len(window) and window[offset].id == self._ids[row]:
            return window[offset]
        return None

    # -- lazy thumbnails -------------------------------------------------------------------------
    def _pixmap(self, row: int) -> QPixmap:
        item_id = self._ids[row]
        pixmap = self._pixmaps.get(item_id)
        if pixmap is not None:
            self._pixmaps.move_to_end(item_id)
            return pixmap
        self._pending[row] = None
        self._pending.move_to_end(row)
        while len(self._pending) > MAX_PENDING:
            self._pending.popitem(last=False)
        self._timer.start()
        return self._loading

    def _decode_pending(self) -> None:
        """Decode the most recently requested rows first, for at most DECODE_BUDGET_S."""
        deadline = time.perf_counter() + DECODE_BUDGET_S
        while self._pending and time.perf_counter() < deadline:
            row, _ = self._pending.popitem(last=True)
            if row >= len(self._ids):
                continue
            self._store(self._ids[row], self._load(self._ids[row]))
            self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])
        if self._pending:
            self._timer.start()

    def _load(self, item_id: str) -> QPixmap:
        try:
            image = decode_thumbnail(self.session.archive.items.thumbnail(item_id, THUMB_EDGE))
        except CasefileError:
            image = QImage()
        return self._broken if image.isNull() else QPixmap.fromImage(image)

    def _store(self, item_id: str, pixmap: QPixmap) -> None:
        self._pixmaps[item_id] = pixmap
        while len(self._pixmaps) > CACHE_SIZE:
            self._pixmaps.popitem(last=False)


class GalleryDelegate(QStyledItemDelegate):
    """Paints a thumbnail, its elided caption, and the synthetic and failed-verification markers."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # Kept here rather than read from option.widget: PySide6 6.12 corrupts None's reference count
        # each time a null option.widget is read, which aborts the interpreter after enough paints.
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self._view)
        draw_focus(self._view.style(), option, painter, self._view)
        cell = option.rect.adjusted(6, 6, -6, -6)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        image_box = QRect(cell.left(), cell.top(), cell.width(), THUMB_EDGE)
        if isinstance(pixmap, QPixmap):
            target = pixmap.size().scaled(image_box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRect(0, 0, target.width(), target.height())
            rect.moveCenter(image_box.center())
            painter.drawPixmap(rect, pixmap)
        text_rect = QRect(cell.left(), image_box.bottom() + 4, cell.width(), cell.bottom() - image_box.bottom() - 4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        title = option.fontMetrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title)
        if index.data(SyntheticRole):
            text = self.tr("synthetic")
            self._badge(painter, QRect(cell.left(), cell.top(), _badge_width(option, text, 76), 18), text, SYNTHETIC)
        if index.data(FailedRole):
            painter.setPen(QPen(FAILED, 3))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            text = self.tr("✗ failed")
            width = _badge_width(option, text, 70)
            self._badge(painter, QRect(cell.right() - width, cell.top(), width, 18), text, FAILED)
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
        painter.fillRect(rect, colour)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class GalleryView(QWidget):
    """All images of an archive as a thumbnail grid; Enter or double-click opens one."""

    itemActivated = Signal(object, str, str)  # session, item id, query to highlight (none here)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.model = GalleryModel(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Gallery summary"))
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Image gallery"))
        self.view.setToolTip(self.tr("Arrow keys move, Enter opens the image"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setUniformItemSizes(True)
        self.view.setGridSize(CELL)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        # Batched layout keeps the first paint instant however many images there are.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(500)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setItemDelegate(GalleryDelegate(self.view))
        self.view.setModel(self.model)
        self.view.activated.connect(self._activate)
        self.folder_selector = FolderSelector()
        self.folder_selector.folderChosen.connect(self._show_folder)
        self.sort_box = self._sort_box()
        self.only_results = NarrowingBox(self.tr("Only the images the current search finds"))
        self.only_results.setToolTip(self.tr("Show only the images among the results of the search typed in the "
                                             "Search tab"))
        self._layout()
        self.setFocusProxy(self.view)

    def _sort_box(self) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Sort images by"))
        box.addItems([self.tr("Build order"), self.tr("Title, A to Z"), self.tr("Title, Z to A"),
                      self.tr("Date, oldest first"), self.tr("Date, newest first"), self.tr("Folder"),
                      self.tr("Source")])  # as SORTS
        box.currentIndexChanged.connect(self._sort)
        return box

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.folder_selector)
        sort_label = QLabel(self.tr("Sort by"))
        sort_label.setBuddy(self.sort_box)
        controls = QHBoxLayout()
        controls.addWidget(self.only_results)
        controls.addStretch(1)
        controls.addWidget(sort_label)
        controls.addWidget(self.sort_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.view)

    def set_session(self, session) -> None:
        """Show the images of `session` (None: empty), from every folder and not narrowed to a search;
        failure markers follow its verification."""
        if self.session is not None:
            self.session.verificationChanged.disconnect(self.model.refresh_markers)
            self.session.itemCheckFailed.disconnect(self._check_failed)
        self.session = session
        self.folder_selector.set_session(session)
        self.only_results.untick_quietly()  # another archive: the gallery starts whole again
        if session is not None:
            session.verificationChanged.connect(self.model.refresh_markers)
            session.itemCheckFailed.connect(self._check_failed)
        self.model.set_session(session)
        self._shown()

    def set_among(self, item_ids: list[str] | None) -> None:
        """Show only the images among `item_ids` (a search's results; None: every image)."""
        self.model.set_among(item_ids)
        self._shown()

    def _show_folder(self, folder: str | None) -> None:
        """The images of the session in `folder` and below it (None: all of them)."""
        self.model.set_folder(folder)
        self._shown()

    def _sort(self, choice: int) -> None:
        order, descending = SORTS[choice]
        self.model.set_order(order, descending)
        self._shown()

    def _shown(self) -> None:
        """Say how many images are shown, and make the first one current."""
        if self.session is None:
            self.summary.setText(self.tr("No archive open"))
            return
        count = self.model.rowCount()
        if self.model.among is not None:
            summary = self.tr("1 image found by the search in {archive}") if count == 1 \
                else self.tr("{count} images found by the search in {archive}")
        else:
            summary = self.tr("1 image in {archive}") if count == 1 else self.tr("{count} images in {archive}")
        self.summary.setText(summary.format(count=QLocale().toString(count), archive=isolate(self.session.label)))
        if count:
            self.view.setCurrentIndex(self.model.index(0))

    def _check_failed(self, item_id: str, _message: str) -> None:
        self.model.refresh_item(item_id)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.itemActivated.emit(self.session, self.model.item_id(index.row()), "")
