"""Phone photos in HEIC/HEIF (pillow-heif, of the `publish` extra) and AVIF (Pillow's own plug-in).

The reader app does not decode either (their decoders are large and not in archive.imaging's
allowlist), so each photo gets a JPEG rendition (page 1, full size up to imaging.VIEW_EDGE) besides
its thumbnail, size and EXIF; the original is stored as given.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, features

from ...imaging import BUILD_MAX_PIXELS, ImageRejected, describe_image
from .base import ExtractedImage, ExtractionError, MissingSupport
from .images import image_result

MEDIA_TYPES = {".heic": "image/heic", ".heif": "image/heif", ".hif": "image/heif", ".avif": "image/avif"}
_DAMAGED = (OSError, ValueError, SyntaxError, EOFError, RuntimeError, Image.DecompressionBombError)


def extract(data: bytes) -> ExtractedImage:
    """Size, EXIF, thumbnail and a JPEG rendition of a HEIC/HEIF or AVIF photo; raises ExtractionError,
    or MissingSupport when pillow-heif (for HEIC) is not installed."""
    brand = data[8:12]
    image, name = (_open_avif(data), "AVIF") if brand in (b"avif", b"avis") else (_open_heif(data), "HEIF")
    try:
        facts = describe_image(image, max_pixels=BUILD_MAX_PIXELS, view_over=0, format=name)
    except ImageRejected as exc:
        raise ExtractionError(str(exc)) from None
    return image_result(facts)


def _open_heif(data: bytes) -> Image.Image:
    try:
        import pillow_heif  # the publish extra; imported here so that the reader app never loads it
    except ImportError:
        raise MissingSupport("HEIC/HEIF photos") from None
    try:
        heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        _check(heif.size)
        return heif.to_pillow()
    except _DAMAGED as exc:
        raise ExtractionError(f"damaged HEIC/HEIF photo ({exc})") from None


def _open_avif(data: bytes) -> Image.Image:
    if not features.check("avif"):
        raise MissingSupport("AVIF photos (a Pillow built with libavif)")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=["AVIF"])
        except (*_DAMAGED, Image.DecompressionBombWarning) as exc:
            raise ExtractionError(f"damaged AVIF photo ({exc})") from None
    _check(image.size)
    return image


def _check(size: tuple[int, int]) -> None:
    if size[0] * size[1] > BUILD_MAX_PIXELS:
        raise ExtractionError(f"{size[0]} x {size[1]} pixels is over the {BUILD_MAX_PIXELS:,}-pixel limit")
