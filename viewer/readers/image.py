"""Image viewer: zoom, pan, fit and rotate a picture, beside its metadata and EXIF.

The original bytes are decoded by Pillow through `archive.imaging` (format allowlist, bomb and pixel
caps) and only the decoded pixels are handed to Qt, so Qt's own image plug-ins never parse archive
data. Rotation and zoom change the view's transform only: the evidence is never modified.

Regions the reader draws (Draw region, R) are kept in scene coordinates, which are the displayed
picture's pixels (the pixmap sits at the origin; zoom and rotation live in the view), so a region is
the same x, y, w, h at any zoom or rotation. The displayed picture is the EXIF-upright one.

A picture the builder made a rendition of (a HEIC photo, a scan over the reader's pixel cap) is shown
as that rendition, scaled up in the scene to the original's size: scene coordinates, and so regions,
stay the original's pixels. A multi-page TIFF is shown a page at a time (PageUp, PageDown), each page
decoded from the original when it is asked for, so only one page is ever in memory.

A picture read by OCR (`Items.ocr_pages`, page 1 the picture, a TIFF's pages 1..N) gets the query's hits
painted over the words (ocroverlay.py), boxes scaled from the OCR image's pixels to the scene, F3 and
Shift+F3 to step through them, Esc to clear them, and "Show recognised text" beside the picture. Image
annotations are regions, not text spans, so selected recognised text is marked as the region its words
cover (Mark words as region); the text itself can be selected and copied.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, \
    QGraphicsView, QHeaderView, QLabel, QPlainTextEdit, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, \
    QWidget

from archive import CasefileError

from ..i18n import isolate
from ..images import decode_page
from .common import ReaderWidget
from .ocroverlay import MAX_HITS, HitStepping, SceneHits, hit_boxes, query_spans, scaled

ZOOM_RANGE = (0.02, 32.0)
ZOOM_STEP = 1.25
FIT_MARGIN_PX = 4
MIN_REGION_PX = 2  # a click without a drag is not a region
# The panel is a narrow column and Qt re-wraps a label on every layout pass, about 4 s per million
# characters: a forged caption of any length is shown cut to this (`casefile show` prints all of it).
MAX_LABEL_CHARS = 2_000
MAX_PANEL_CHARS = 500_000  # a forged OCR text can be any length; a real picture holds a few thousand


def _cut(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS - 1] + "…"


class _CanvasView(QGraphicsView):
    """A QGraphicsView that turns Ctrl+wheel into zoom requests and lets the wheel scroll otherwise."""

    zoomRequested = Signal(float)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoomRequested.emit(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)


class ImageView(HitStepping, ReaderWidget):
    """Shows one archive image with zoom (Ctrl+wheel, +/-, 1:1, fit), pan (drag) and rotation."""

    regionDrawn = Signal(int, int, int, int)  # x, y, w, h in image pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImageView", "Image viewer"), parent)
        self.scene = QGraphicsScene(self)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.pixmap_item)
        self.view = _CanvasView(self.scene, self)
        self.view.setAccessibleName(self.tr("Image"))
        self.view.setAccessibleDescription(self.tr("+ and - zoom, F fits, [ and ] rotate, R draws a region"))
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.zoomRequested.connect(lambda factor: self.set_zoom(self._scale * factor))
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        panel = self._build_panel()
        # The picture is what the reader came for: the facts beside it get a narrow column (the item's
        # Details tab shows them too), and the splitter can still widen it.
        panel.setMaximumWidth(320)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 240])
        splitter.insertWidget(1, self._build_ocr_text())
        self.set_content(splitter)
        self.add_action(self.tr("Zoom out"), lambda: self.set_zoom(self._scale / ZOOM_STEP), ["Ctrl+-", "-"])
        self.add_action(self.tr("Zoom in"), lambda: self.set_zoom(self._scale * ZOOM_STEP), ["Ctrl+=", "Ctrl++", "+"])
        self.add_action(self.tr("Actual size"), lambda: self.set_zoom(1.0), ["Ctrl+1", "1"])
        self.add_action(self.tr("Fit to window"), self.fit, ["Ctrl+0", "F"])
        self.toolbar.addSeparator()
        self.add_action(self.tr("Rotate left"), lambda: self.rotate(-90), ["Ctrl+[", "["])
        self.add_action(self.tr("Rotate right"), lambda: self.rotate(90), ["Ctrl+]", "]"])
        self.toolbar.addSeparator()
        self.draw_action = self.add_action(self.tr("Draw region"), self._drawing_toggled, ["R"])
        self.draw_action.setCheckable(True)
        self._build_paging()
        self._build_ocr_actions()
        self._scale, self._rotation, self._fitting = 1.0, 0, True
        self._origin: QPointF | None = None  # where the region being drawn started, in image pixels
        self._rubber: QGraphicsRectItem | None = None
        self._regions: dict[str, QGraphicsRectItem] = {}
        # Filters last: they run as soon as they are installed, and need the state above.
        self.view.installEventFilter(self)  # Esc while drawing a region
        self.view.viewport().installEventFilter(self)  # re-fit on resize; mouse events while drawing

    def _build_paging(self) -> None:
        self.paging = [self.toolbar.addSeparator()]
        self.paging.append(self.add_action(self.tr("Previous page"), lambda: self.show_page(self._page - 1),
                                           ["PgUp"]))
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page"))
        self.paging.append(self.toolbar.addWidget(self.page_label))
        self.paging.append(self.add_action(self.tr("Next page"), lambda: self.show_page(self._page + 1), ["PgDown"]))
        self._session, self._item_id, self._info = None, "", None
        self._page, self._pages, self._rendered = 1, 1, frozenset()
        self._set_paging_visible(False)

    def _build_ocr_actions(self) -> None:
        self.ocr_actions = [self.toolbar.addSeparator()]
        self.ocr_actions.append(self.add_action(self.tr("Previous hit"), self.previous_hit, ["Shift+F3"]))
        self.ocr_actions.append(self.add_action(self.tr("Next hit"), self.next_hit, ["F3"]))
        self.ocr_action = self.add_action(self.tr("Show recognised text"), self._show_ocr_text, ["Ctrl+Shift+T"])
        self.ocr_action.setCheckable(True)
        self.ocr_actions.append(self.ocr_action)
        self.ocr_actions.append(self.add_action(self.tr("Mark words as region"), self.mark_selected_words,
                                                ["Ctrl+H"]))
        self._ocr: dict = {}  # page number -> archive.items.OcrPage
        self._hits: list[tuple[int, list[QRectF]]] = []  # (page number, boxes in OCR pixels), page order
        self._current_hit: int | None = None
        self._on_page: list[int] = []  # the hits painted, by index in self._hits
        self._painted = SceneHits(self.scene)
        for action in self.ocr_actions:
            action.setVisible(False)

    def _build_ocr_text(self) -> QPlainTextEdit:
        self.ocr_text = QPlainTextEdit(self)
        self.ocr_text.setReadOnly(True)  # still selectable and copyable
        self.ocr_text.setAccessibleName(self.tr("Recognised text of this picture"))
        self.ocr_text.setPlaceholderText(self.tr("This page was not machine-read."))
        self.ocr_text.hide()
        return self.ocr_text

    def _set_paging_visible(self, visible: bool) -> None:
        for action in self.paging:
            action.setVisible(visible)

    def _build_panel(self) -> QWidget:
        panel = QWidget(self)
        self.caption = self._plain_label(self.tr("Caption"))
        self.place = self._plain_label(self.tr("Place"))
        self.metadata = QTableWidget(0, 2, panel)
        self.metadata.setAccessibleName(self.tr("Image metadata and EXIF"))
        self.metadata.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.metadata.verticalHeader().hide()
        self.metadata.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.metadata.horizontalHeader().setStretchLastSection(True)
        self.metadata.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per field: strip tables in a TIFF are hundreds of numbers and would fill the panel.
        self.metadata.setWordWrap(False)
        self.metadata.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.place)
        layout.addWidget(self.metadata, 1)
        return panel

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # captions come from the archive
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    # -- showing an item ----------------------------------------------------------------------------
    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Decode and show an image item of `session`'s archive, fitted to the window, with its metadata."""
        items = session.archive.items
        title = item_id
        try:
            item = items.get(item_id)
            title = item.title or item_id
            info = items.image_info(item_id)
            details = items.file_info(item_id).details
            rendered = frozenset(r.page_no for r in items.renditions(item_id))
            ocr = {page.page_no: page for page in items.ocr_pages(item_id)}
        except CasefileError as exc:
            self._set_ocr(session, {}, None)
            self._refuse(title, exc)
            return
        pages = details.get("pages")
        self._session, self._item_id, self._item, self._info = session, item_id, item, info
        self._pages = pages if isinstance(pages, int) and 1 < pages <= 100_000 else 1
        self._rendered, self._page = rendered, 0
        self.set_regions([])  # those of the picture shown before
        self._set_ocr(session, ocr, query)
        self.caption.setText(_cut(item.caption or ""))
        self.caption.setVisible(bool(item.caption))
        self.place.setText(_cut(self.tr("Place: {0}").format(isolate(item.place))) if item.place else "")
        self.place.setVisible(bool(item.place))
        self._set_paging_visible(self._pages > 1)
        self._rotation = 0
        self.show_page(1)
        if self._hits:
            self.go_to_hit(0)

    def _refuse(self, title: str, exc: CasefileError) -> None:
        self.pixmap_item.setPixmap(QPixmap())
        self.show_message(self.tr("“{0}” cannot be displayed: {1}.").format(isolate(title), isolate(exc)))

    def page(self) -> tuple[int, int]:
        """The page shown and the number of pages (1, 1 for a single picture)."""
        return self._page, self._pages

    def show_page(self, page_no: int) -> None:
        """Show page `page_no` (1..) of the item shown, fitted to the window, its regions kept in place."""
        if self._session is None or not 1 <= page_no <= self._pages or page_no == self._page:
            return
        item, info = self._item, self._info
        try:
            image = decode_page(self._session.archive.items, self._item_id, page_no, page_no in self._rendered)
        except CasefileError as exc:
            self._refuse(item.title or self._item_id, exc)
            return
        self._page = page_no
        self.pixmap_item.setPixmap(QPixmap.fromImage(image))
        del image
        # A rendition is smaller than the original: scaled back up, scene units stay original pixels.
        # The longest edges compare even when the original's stored size is before EXIF rotation.
        original = max(info.width, info.height) if info and page_no == 1 else 0
        shown = max(self.pixmap_item.pixmap().width(), self.pixmap_item.pixmap().height())
        self.pixmap_item.setScale(original / shown if page_no in self._rendered and original and shown else 1.0)
        self.scene.setSceneRect(self.pixmap_item.sceneBoundingRect())
        self._paint_hits()
        self._show_ocr_text()
        self.page_label.setText(self.tr("Page {0} of {1}").format(page_no, self._pages))
        self._fill_metadata(self._rows(info, page_no))
        self.show_content()
        self.fit()
        width, height = self._size()
        self.statusMessage.emit(self.tr("{0} × {1} pixels").format(width, height))

    def printed_page(self, size: QSize) -> QImage:
        """The page in view as the reader sees it marked (regions, search hits), turned as shown, as
        an image that fits `size` pixels: what Save as PDF prints. A null image when nothing is shown."""
        source = self.pixmap_item.sceneBoundingRect()
        if source.isEmpty() or self.message() is not None:
            return QImage()
        turned = self._rotation % 180 != 0
        fit = QSizeF(size.height(), size.width()) if turned else QSizeF(size)
        target = source.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio).toSize()
        image = QImage(target, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.scene.render(painter, QRectF(0, 0, target.width(), target.height()), source)
        painter.end()
        return image.transformed(QTransform().rotate(self._rotation)) if self._rotation else image

    def caption_text(self) -> str:
        """The picture's caption and place, and which page of how many is printed, as plain text."""
        if self._item is None:
            return ""
        lines = [self._item.caption or "", self.tr("Place: {0}").format(self._item.place) if self._item.place else ""]
        if self._pages > 1:
            lines.append(self.tr("Page {0} of {1}").format(self._page, self._pages))
        return "\n".join(line for line in lines if line)

    def _size(self) -> tuple[int, int]:
        rect = self.pixmap_item.sceneBoundingRect()
        return round(rect.width()), round(rect.height())

    def _rows(self, info, page_no: int) -> list[tuple[str, str]]:
        # A view's scaled size is the original's give or take its rounding: the stored size is exact.
        rendered = page_no in self._rendered and info is not None and page_no == 1
        width, height = (info.width, info.height) if rendered else self._size()
        # EXIF tag names below stay as the camera wrote them: they are data, searchable in other tools.
        rows = [(self.tr("Format"), info.format if info else self._item.media_type),
                (self.tr("Dimensions"), self.tr("{0} × {1} pixels").format(width, height))]
        if page_no in self._rendered:
            pixmap = self.pixmap_item.pixmap()
            rows.append((self.tr("Shown as"), self.tr("a {0} × {1} pixel view made by the publisher")
                         .format(pixmap.width(), pixmap.height())))
        return rows + (sorted(info.exif.items()) if info else [])

    def _fill_metadata(self, rows: list[tuple[str, str]]) -> None:
        self.metadata.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            self.metadata.setItem(row, 0, QTableWidgetItem(str(name)))
            self.metadata.setItem(row, 1, QTableWidgetItem(str(value)))

    def metadata_rows(self) -> list[tuple[str, str]]:
        """The (field, value) rows of the metadata panel, as shown."""
        return [(self.metadata.item(r, 0).text(), self.metadata.item(r, 1).text())
                for r in range(self.metadata.rowCount())]

    # -- view transform -----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._scale

    def rotation(self) -> int:
        return self._rotation

    def set_zoom(self, factor: float) -> None:
        """Scale the picture (1.0 = one image pixel per screen pixel), within ZOOM_RANGE."""
        self._fitting = False
        self._apply(factor)

    def rotate(self, degrees: int) -> None:
        """Turn the view (not the image) by a multiple of 90 degrees."""
        self._rotation = (self._rotation + degrees) % 360
        if self._fitting:
            self.fit()
        else:
            self._apply(self._scale)

    def fit(self) -> None:
        """Scale the whole picture into the window, and keep it fitted as the window resizes."""
        rect = self.pixmap_item.sceneBoundingRect()
        if rect.isEmpty():
            return
        width, height = (rect.height(), rect.width()) if self._rotation % 180 else (rect.width(), rect.height())
        viewport = self.view.viewport().size()
        self._fitting = True
        self._apply(min((viewport.width() - FIT_MARGIN_PX) / width, (viewport.height() - FIT_MARGIN_PX) / height))

    def _apply(self, scale: float) -> None:
        self._scale = min(max(scale, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.view.setTransform(QTransform().rotate(self._rotation).scale(self._scale, self._scale))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport's own resize: fit() measures the viewport, which the view resizes after itself.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self._fitting:
            self.fit()
        if watched in (self.view, self.view.viewport()) and self.draw_action.isChecked() and self._draw_event(event):
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and self._hits:
            self.clear_hits()
            return True
        return super().eventFilter(watched, event)

    # -- regions ------------------------------------------------------------------------------------
    def _drawing_toggled(self) -> None:
        drawing = self.draw_action.isChecked()
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag if drawing else QGraphicsView.DragMode.ScrollHandDrag)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor if drawing else Qt.CursorShape.OpenHandCursor)
        if drawing:
            self.statusMessage.emit(self.tr("Drag a rectangle on the picture to mark a region (R or Esc to stop)."))

    def _draw_event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._origin = self._clamped(self.view.mapToScene(event.position().toPoint()))
            self._rubber = self.scene.addRect(QRectF(self._origin, self._origin), self._pen(QColor("#1e88e5"), 2))
            self._rubber.setZValue(2)
            return True
        if kind == QEvent.Type.MouseMove and self._origin is not None:
            corner = self._clamped(self.view.mapToScene(event.position().toPoint()))
            self._rubber.setRect(QRectF(self._origin, corner).normalized())
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._origin is not None:
            rect = self._rubber.rect()
            self.scene.removeItem(self._rubber)
            self._origin, self._rubber = None, None
            x, y = math.floor(rect.left()), math.floor(rect.top())
            w, h = math.ceil(rect.right()) - x, math.ceil(rect.bottom()) - y
            if w >= MIN_REGION_PX and h >= MIN_REGION_PX:
                self.regionDrawn.emit(x, y, w, h)
            return True
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.draw_action.setChecked(False)
            self._drawing_toggled()
            return True
        return False

    def _clamped(self, point: QPointF) -> QPointF:
        bounds = self.pixmap_item.sceneBoundingRect()
        return QPointF(min(max(point.x(), bounds.left()), bounds.right()),
                       min(max(point.y(), bounds.top()), bounds.bottom()))

    @staticmethod
    def _pen(colour: QColor, width: int) -> QPen:
        pen = QPen(colour, width)
        pen.setCosmetic(True)  # the same width on screen at any zoom
        return pen

    def set_regions(self, regions: list[tuple[str, tuple[int, int, int, int], QColor]]) -> None:
        """Draw (id, (x, y, w, h), colour) rectangles over the picture, replacing those drawn before."""
        for item in self._regions.values():
            self.scene.removeItem(item)
        self._regions = {}
        for region_id, (x, y, w, h), colour in regions:
            fill = QColor(colour)
            fill.setAlpha(80)
            item = self.scene.addRect(QRectF(x, y, w, h), self._pen(colour.darker(170), 3), QBrush(fill))
            item.setZValue(1)
            self._regions[region_id] = item

    def region_rects(self) -> dict[str, tuple[float, float, float, float]]:
        """The drawn regions by id, as (x, y, w, h) in image pixels."""
        return {key: item.rect().getRect() for key, item in self._regions.items()}

    def reveal(self, region_id: str) -> bool:
        """Scroll a region into view and outline it more strongly than the others."""
        item = self._regions.get(region_id)
        if item is None:
            return False
        for other in self._regions.values():
            pen = other.pen()
            pen.setWidth(5 if other is item else 3)
            other.setPen(pen)
        self.view.ensureVisible(item)
        return True

    # -- machine-read text --------------------------------------------------------------------------
    def _set_ocr(self, session, ocr: dict, query: str | None) -> None:
        """Take the item's OCR pages and find `query` in them; the hits are painted as pages are shown."""
        self._ocr, self._current_hit = ocr, None
        self._hits = self._find_in_ocr(session, query or "") if ocr else []
        self._painted.clear()
        for action in self.ocr_actions:
            action.setVisible(bool(ocr))

    def _find_in_ocr(self, session, query: str) -> list[tuple[int, list[QRectF]]]:
        if not query.strip():
            return []
        try:
            groups = session.archive.search.compile(query).highlight
        except CasefileError:
            groups = None  # not a valid query: found as typed
        hits = []
        for page_no, page in sorted(self._ocr.items()):
            hits += [(page_no, boxes) for boxes in hit_boxes(page, query_spans(page.text, groups, query))]
        return hits[:MAX_HITS]

    def _paint_hits(self) -> None:
        """Paint the hits on the page shown, scaled from the OCR image's pixels to the picture's."""
        page = self._ocr.get(self._page)
        self._on_page = [i for i, (page_no, _) in enumerate(self._hits) if page_no == self._page]
        if page is None or not self._on_page:  # a page with hits has a positive size (hit_boxes)
            self._painted.clear()
            return
        rect = self.pixmap_item.sceneBoundingRect()
        sx, sy = rect.width() / page.width, rect.height() / page.height
        current = self._on_page.index(self._current_hit) if self._current_hit in self._on_page else None
        self._painted.show([scaled(self._hits[i][1], sx, sy) for i in self._on_page], current)

    def hits(self) -> list[tuple[int, list[QRectF]]]:
        """The hits of the query on the machine-read pages: (page number, boxes in OCR pixels)."""
        return list(self._hits)

    def hit_rects(self) -> list[list[QRectF]]:
        """Each hit on the page shown, its boxes where they are painted, in scene coordinates."""
        return self._painted.rects()

    def current_hit(self) -> int | None:
        return self._current_hit

    def go_to_hit(self, index: int) -> None:
        """Make hit `index` (wrapping around) the current one, on its page, centred in the view."""
        index %= len(self._hits)
        self._current_hit = index
        page_no = self._hits[index][0]
        if page_no != self._page:
            self.show_page(page_no)  # paints the page's hits
        else:
            self._paint_hits()
        if index in self._on_page:
            self.view.centerOn(self._painted.bounds(self._on_page.index(index)).center())
        self.statusMessage.emit(self.tr("Hit {0} of {1}, page {2}").format(index + 1, len(self._hits), page_no))

    def clear_hits(self) -> None:
        """Forget the hits and stop painting them (Esc)."""
        self._hits, self._current_hit, self._on_page = [], None, []
        self._painted.clear()

    def _show_ocr_text(self) -> None:
        """Show the shown page's recognised text beside it while "Show recognised text" is checked."""
        shown = self.ocr_action.isChecked() and bool(self._ocr)
        self.ocr_text.setVisible(shown)
        if shown:
            page = self._ocr.get(self._page)
            self.ocr_text.setPlainText(page.text[:MAX_PANEL_CHARS] if page else "")

    def mark_selected_words(self) -> None:
        """Mark the words selected in the recognised text as a region (image annotations are regions)."""
        page, cursor = self._ocr.get(self._page), self.ocr_text.textCursor()
        boxes = hit_boxes(page, [(cursor.selectionStart(), cursor.selectionEnd())]) \
            if page and self.ocr_text.isVisible() and cursor.hasSelection() else []
        if not boxes:
            self.statusMessage.emit(self.tr("Select words in the recognised text first (Ctrl+Shift+T)."))
            return
        bounds = self.pixmap_item.sceneBoundingRect()
        rect = QRectF()
        for box in scaled(boxes[0], bounds.width() / page.width, bounds.height() / page.height):
            rect = rect.united(box)
        x, y = math.floor(rect.left()), math.floor(rect.top())
        self.regionDrawn.emit(x, y, max(math.ceil(rect.right()) - x, 1), max(math.ceil(rect.bottom()) - y, 1))
