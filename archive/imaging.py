"""Decode images from untrusted bytes with Pillow, safely; make thumbnails; read EXIF.

Used by the builder and by anything that decodes image bytes taken from an archive. Safety rules:
only an allowlist of formats is tried (so an EPS or PSD disguised as .png never reaches a riskier
decoder), decompression-bomb warnings are errors, and a pixel cap applies before any pixel is decoded.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from .errors import CasefileError

FORMATS = ("JPEG", "PNG", "WEBP", "TIFF")
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "TIFF": "image/tiff"}
MAX_PIXELS = 64_000_000  # about 8000 x 8000: larger than any evidence photo, smaller than a bomb
THUMBNAIL_SIZE = 256
MAX_EXIF_ENTRIES = 200
MAX_EXIF_VALUE = 500


class ImageRejected(CasefileError):
    """The bytes are not an image Casefile will decode; the message says why."""


@dataclass(frozen=True)
class ImageFacts:
    format: str
    media_type: str
    width: int
    height: int
    exif: dict[str, str]
    thumbnail: bytes
    thumbnail_size: tuple[int, int]


def open_image(data: bytes) -> Image.Image:
    """Open (lazily) an image from bytes, refusing unknown formats and oversized pictures."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=FORMATS)
        except UnidentifiedImageError:
            raise ImageRejected(f"not an image in an accepted format ({', '.join(FORMATS)})") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageRejected(f"refused as a decompression bomb ({exc})") from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageRejected(f"damaged image ({exc})") from None
    if image.width * image.height > MAX_PIXELS:
        raise ImageRejected(f"{image.width} x {image.height} pixels is over the {MAX_PIXELS:,}-pixel limit")
    return image


def inspect_image(data: bytes) -> ImageFacts:
    """Dimensions, EXIF and a JPEG thumbnail (longest edge THUMBNAIL_SIZE) of an image."""
    image = open_image(data)
    exif = read_exif(image)
    try:
        thumbnail = make_thumbnail(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageRejected(f"damaged image data ({exc})") from None
    return ImageFacts(
        format=image.format or "",
        media_type=MEDIA_TYPES.get(image.format or "", "application/octet-stream"),
        width=image.width,
        height=image.height,
        exif=exif,
        thumbnail=thumbnail.getvalue(),
        thumbnail_size=thumbnail.size,
    )


class _Thumb(io.BytesIO):
    size: tuple[int, int]


def make_thumbnail(image: Image.Image, edge: int = THUMBNAIL_SIZE) -> _Thumb:
    """A JPEG no larger than edge x edge, upright per EXIF orientation, alpha flattened on white."""
    if image.format == "JPEG":
        # Let libjpeg decode at 1/2..1/8 scale: the biggest single saving for large photos.
        image.draft("RGB", (edge * 2, edge * 2))
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((edge, edge))
    if upright.mode in ("RGBA", "LA", "P"):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        upright = flat
    elif upright.mode != "RGB":
        upright = upright.convert("RGB")
    out = _Thumb()
    upright.save(out, "JPEG", quality=82)
    out.size = upright.size
    return out


def read_exif(image: Image.Image) -> dict[str, str]:
    """EXIF (base, Exif and GPS IFDs) and PNG text chunks as name -> short string."""
    facts: dict[str, str] = {}
    try:
        exif = image.getexif()
        _add_tags(facts, exif, ExifTags.TAGS)
        _add_tags(facts, exif.get_ifd(ExifTags.IFD.Exif), ExifTags.TAGS)
        _add_tags(facts, exif.get_ifd(ExifTags.IFD.GPSInfo), ExifTags.GPSTAGS, prefix="GPS")
    except (OSError, ValueError, SyntaxError, KeyError, TypeError, struct.error):
        facts["ExifError"] = "EXIF block is damaged and was skipped"
    for key, value in image.info.items():
        if isinstance(value, str) and len(facts) < MAX_EXIF_ENTRIES:
            facts[f"PNG:{key}"[:80]] = value[:MAX_EXIF_VALUE]
    return facts


def _add_tags(facts: dict[str, str], tags, names: dict, prefix: str = "") -> None:
    for tag, value in tags.items():
        if len(facts) >= MAX_EXIF_ENTRIES or tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
            continue
        name = prefix + str(names.get(tag, f"Tag{tag:#06x}"))
        text = _exif_text(value)
        if text:
            facts[name] = text


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.rstrip(b"\x00")
        if len(value) > MAX_EXIF_VALUE or not value.isascii():
            return f"<{len(value)} bytes>"
        value = value.decode("ascii", "replace")
    text = str(value).replace("\x00", "")
    return text[:MAX_EXIF_VALUE]
