"""Image viewer: zoom, pan, fit and rotate a picture, beside its metadata and EXIF.

The original bytes are decoded by Pillow through `archive.imaging` (format allowlist, bomb and pixel
caps) and only the decoded pixels are handed to Qt, so Qt's own image plug-ins never parse archive
data. Rotation and zoom change the view's transform only: the evidence is never modified.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QHeaderView, \
    QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from archive import CasefileError

from .common import ReaderWidget, image_to_qimage

ZOOM_RANGE = (0.02, 32.0)
ZOOM_STEP = 1.25
FIT_MARGIN_PX = 4


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


class ImageView(ReaderWidget):
    """Shows one archive image with zoom (Ctrl+wheel, +/-, 1:1, fit), pan (drag) and rotation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Image viewer", parent)
        self.scene = QGraphicsScene(self)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.pixmap_item)
        self.view = _CanvasView(self.scene, self)
        self.view.setAccessibleName("Image")
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.zoomRequested.connect(lambda factor: self.set_zoom(self._scale * factor))
        self.view.installEventFilter(self)  # to re-fit on resize
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([620, 380])
        self.set_content(splitter)
        self.add_action("Zoom out", lambda: self.set_zoom(self._scale / ZOOM_STEP), ["Ctrl+-", "-"])
        self.add_action("Zoom in", lambda: self.set_zoom(self._scale * ZOOM_STEP), ["Ctrl+=", "Ctrl++", "+"])
        self.add_action("Actual size", lambda: self.set_zoom(1.0), ["Ctrl+1", "1"])
        self.add_action("Fit to window", self.fit, ["Ctrl+0", "F"])
        self.toolbar.addSeparator()
        self.add_action("Rotate left", lambda: self.rotate(-90), ["Ctrl+[", "["])
        self.add_action("Rotate right", lambda: self.rotate(90), ["Ctrl+]", "]"])
        self._scale, self._rotation, self._fitting = 1.0, 0, True

    def _build_panel(self) -> QWidget:
        panel = QWidget(self)
        self.caption = self._plain_label("Caption")
        self.place = self._plain_label("Place")
        self.metadata = QTableWidget(0, 2, panel)
        self.metadata.setAccessibleName("Image metadata and EXIF")
        self.metadata.setHorizontalHeaderLabels(["Field", "Value"])
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
    def show_item(self, session, item_id: str) -> None:
        """Decode and show an image item of `session`'s archive, fitted to the window, with its metadata."""
        items = session.archive.items
        title = item_id
        try:
            item = items.get(item_id)
            title = item.title or item_id
            image = image_to_qimage(items.original(item_id))
            info = items.image_info(item_id)
        except CasefileError as exc:
            self.pixmap_item.setPixmap(QPixmap())
            self.show_message(f"“{title}” cannot be displayed: {exc}.")
            return
        self.pixmap_item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self.pixmap_item.boundingRect())
        self.caption.setText(item.caption or "")
        self.caption.setVisible(bool(item.caption))
        self.place.setText(f"Place: {item.place}" if item.place else "")
        self.place.setVisible(bool(item.place))
        rows = [("Format", info.format if info else item.media_type),
                ("Dimensions", f"{image.width()} × {image.height()} pixels")]
        rows += sorted(info.exif.items()) if info else []
        self._fill_metadata(rows)
        self.show_content()
        self._rotation = 0
        self.fit()
        self.statusMessage.emit(f"{image.width()} × {image.height()} pixels")

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
        rect = self.pixmap_item.boundingRect()
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
        if watched is self.view and event.type() == QEvent.Type.Resize and self._fitting:
            self.fit()
        return super().eventFilter(watched, event)
