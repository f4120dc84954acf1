"""Images (JPEG, PNG, WebP, TIFF, GIF, BMP): checked, measured and thumbnailed by archive.imaging.

The build takes pictures up to imaging.BUILD_MAX_PIXELS; a page over the reader's own decoding cap
(a large scan) gets a downsampled JPEG rendition with the same page number, which the reader shows
instead. Multi-page TIFFs keep their pages in the original: the reader decodes the page it shows.
"""

from __future__ import annotations

from ...imaging import BUILD_MAX_PIXELS, MAX_PIXELS, ImageFacts, ImageRejected, inspect_image
from .base import ExtractedImage, ExtractionError, Rendition

MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".jpe": "image/jpeg", ".png": "image/png",
               ".webp": "image/webp", ".tif": "image/tiff", ".tiff": "image/tiff", ".gif": "image/gif",
               ".bmp": "image/bmp", ".dib": "image/bmp"}


def extract(data: bytes) -> ExtractedImage:
    """Size, EXIF and thumbnail of an image; raises ExtractionError. The stored media type is the one
    the decoder finds, not the one the name claims."""
    try:
        facts = inspect_image(data, BUILD_MAX_PIXELS, view_over=MAX_PIXELS)
    except ImageRejected as exc:
        raise ExtractionError(str(exc)) from None
    return image_result(facts)


def image_result(facts: ImageFacts) -> ExtractedImage:
    """The result for an inspected picture: its views as renditions, its frames or pages as details."""
    details = {}
    if facts.frames > 1:
        details["frames"] = facts.frames
    if facts.pages > 1:
        details["pages"] = facts.pages
    renditions = tuple(Rendition(view.page_no, "image/jpeg", view.data, view.width, view.height)
                       for view in facts.views)
    return ExtractedImage(facts, renditions=renditions, details=details)
