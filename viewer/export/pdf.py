"""The exhibit list as PDF: the bundle's own HTML laid out by QTextDocument and printed by QPdfWriter.

No browser engine (QtWebEngine is not shipped): QTextDocument understands the HTML subset that
archive/export/listing.py writes. Thumbnails are handed in as bytes, decoded within the caps every
thumbnail shares (viewer/images.py) and registered as the document's resources; every other resource
request is refused, so printing reads no file and no URL. Printing from a QThreadPool worker is fine:
QTextDocument, QPdfWriter and QImage are reentrant.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..images import decode_image

RESOLUTION = 300  # dots per inch: sharp text and thumbnails at any zoom
PRINT_THUMB_EDGE = 512  # pixels: a thumbnail is printed about 25 mm wide, some 300 dots at RESOLUTION
# QTextDocument.print_ adds its own 2 cm margin (and the page numbers in it) to the writer's.
MARGIN_MM = 0
BASE_FONT = ("DejaVu Sans", 9)

_application: QGuiApplication | None = None


def ensure_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (fonts need one; the CLI has no window)."""
    global _application
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _application = QGuiApplication(["casefile"])
    return app


class _ListDocument(QTextDocument):
    """A document that uses only the images it was given, never reading files or URLs for others."""

    def __init__(self, images: dict[str, QImage]):
        super().__init__()
        self._images = images

    def loadResource(self, kind: int, name: QUrl):
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._images.get(name.toString(), QImage())
        return None


def render_pdf(html: str, images: dict[str, bytes], title: str = "Exhibit list") -> bytes:
    """Print `html` on A4 pages (numbered) and return the PDF; `images` maps each img src to its bytes."""
    decoded = {src: decode_image(data, PRINT_THUMB_EDGE) for src, data in images.items()}
    document = _ListDocument({src: image for src, image in decoded.items() if not image.isNull()})
    document.setDefaultFont(QFont(*BASE_FONT))
    document.setHtml(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Casefile")
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes away
    buffer.close()
    return bytes(buffer.data())

