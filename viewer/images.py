"""The one way the viewer decodes a thumbnail from an archive: Qt's reader, inside fixed caps.

Gallery cells, images inline in reports and the exhibit-list PDF all show the archive's pre-made
thumbnails, and a forged archive can put anything in those rows: a 30,000 x 30,000 PNG that inflates
from a few KB, an SVG or XBM named image/png, a file cut in half. The builder writes 256-px JPEGs, so
what is refused here is never a thumbnail Casefile made: bytes over MAX_THUMB_BYTES, content that is
not JPEG or PNG by its own signature, a file without its end marker, a declared size over
MAX_THUMB_EDGE. Only then is the named decoder (no format guessing) run, with an allocation limit and
asked for the size it will be shown at. A refused thumbnail is a null QImage: each caller shows its
placeholder. Originals in the image reader go through Pillow (`archive.imaging`) instead, at full size
(`decode_page`), or, for a picture the builder made a rendition of (a HEIC photo, a scan over the
reader's pixel cap), that rendition, decoded under the same caps.
"""

from __future__ import annotations

import warnings

from PIL import Image, ImageOps
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from archive import ImageRejected, Thumbnail, open_image

MAX_THUMB_BYTES = 2_000_000
MAX_THUMB_EDGE = 1024  # four times the builder's thumbnails; 1024 x 1024 x 4 bytes is 4 MB decoded
MAX_PAGE_PIXELS = 64_000_000  # archive.imaging's cap, which open_image applies to the first page only
ALLOCATION_LIMIT_MB = 8  # Qt's own cap on one decode, in case a decoder allocates beyond the header's size
# Format name for Qt -> (leading signature, trailing end marker). The end markers turn a truncated
# file into a refusal instead of a half-grey picture and a decoder warning.
THUMB_FORMATS = {
    b"jpeg": (b"\xff\xd8\xff", b"\xff\xd9"),
    b"png": (b"\x89PNG\r\n\x1a\n", b"IEND\xae\x42\x60\x82"),
}


def thumbnail_format(data: bytes) -> bytes | None:
    """The Qt format name of thumbnail bytes, judged by their signature and end marker; None if neither."""
    for name, (head, tail) in THUMB_FORMATS.items():
        if data.startswith(head) and data.endswith(tail):
            return name
    return None


def decode_image(data: bytes, edge: int) -> QImage:
    """Decode thumbnail bytes to fit within `edge` pixels; a null QImage if they are refused or damaged.

    Nothing is decoded before the byte, format and dimension caps are met, and the decoder is asked for
    the shown size directly (libjpeg then decodes at 1/2..1/8 scale)."""
    name = thumbnail_format(data) if len(data) <= MAX_THUMB_BYTES else None
    if name is None:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, name)
    reader.setAutoDetectImageFormat(False)  # only the named decoder, never a plug-in guessed from content
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()
    if not size.isValid() or size.width() > MAX_THUMB_EDGE or size.height() > MAX_THUMB_EDGE:
        return QImage()
    if size.width() > edge or size.height() > edge:
        reader.setScaledSize(size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def decode_thumbnail(thumb: Thumbnail | None, edge: int) -> QImage:
    """`decode_image` on a thumbnail row's bytes (None, the item has no thumbnail: a null QImage)."""
    return QImage() if thumb is None else decode_image(thumb.data, edge)


def decode_page(items, item_id: str, page_no: int, rendered: bool) -> QImage:
    """Page `page_no` (1..) of an image item, upright, as a QImage: its stored rendition if `rendered`,
    else decoded from the original. Raises CasefileError (ImageRejected, LimitExceeded...) with the reason."""
    if rendered:
        data = items.rendition_data(item_id, page_no)
        if data is None:
            raise ImageRejected(f"the view of page {page_no} is missing")
        image = open_image(data)
    else:
        image = open_image(items.original(item_id))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            if page_no > 1 and not rendered:
                image.seek(page_no - 1)
                # open_image capped the first page only; a later page has a size of its own.
                _check_page(image, page_no)
            # EXIF orientation is applied to the displayed copy only, as a camera's viewer would.
            rgba = ImageOps.exif_transpose(image).convert("RGBA")
        except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError,
                Image.DecompressionBombWarning) as exc:
            where = f" on page {page_no}" if page_no > 1 else ""
            raise ImageRejected(f"damaged image data{where} ({exc})") from None
    width, height, raw = rgba.width, rgba.height, rgba.tobytes("raw", "RGBA")
    del rgba, image  # a 64 Mpx page is 256 MB as RGBA: free Pillow's copies before Qt makes its own
    # .copy(): the QImage must own its pixels, `raw` is freed when this function returns.
    return QImage(raw, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def _check_page(image: Image.Image, page_no: int) -> None:
    if image.width * image.height > MAX_PAGE_PIXELS:
        raise ImageRejected(f"page {page_no} is {image.width} x {image.height} pixels, over the "
                            f"{MAX_PAGE_PIXELS:,}-pixel limit")
