"""Images (JPEG, PNG, WebP, TIFF): checked, measured and thumbnailed by archive.imaging."""

from __future__ import annotations

from ...imaging import ImageFacts, inspect_image

KIND = "image"
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp",
               ".tif": "image/tiff", ".tiff": "image/tiff"}


def extract(data: bytes) -> ImageFacts:
    """Size, EXIF and thumbnail of an image; raises ImageRejected. The stored media type is the one
    the decoder finds, not the one the name claims."""
    return inspect_image(data)
