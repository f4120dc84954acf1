"""Decode images from untrusted bytes with Pillow, safely; make thumbnails and display views; read EXIF.

Used by the builder and by anything that decodes image bytes taken from an archive. Safety rules:
only an allowlist of formats is tried (so an EPS or PSD disguised as .png never reaches a riskier
decoder), decompression-bomb warnings are errors, and a pixel cap applies before any pixel is decoded.
The reader's cap (MAX_PIXELS) guards against forged archives; the publisher's build takes larger
scans (BUILD_MAX_PIXELS) from its own folder and stores a downsampled view (VIEW_EDGE) of each one
the reader will not decode, so the archive records the original's true size while the reader shows
the view.
"""

from __future__ import annotations

import io
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import CasefileError
from .exif import MAX_EXIF_ENTRIES, MAX_EXIF_VALUE, read_exif

__all__ = ["BUILD_MAX_PIXELS", "FORMATS", "MAX_EXIF_ENTRIES", "MAX_EXIF_VALUE", "MAX_PIXELS", "ImageFacts",
           "ImageRejected", "View", "describe_image", "inspect_image", "make_thumbnail", "open_image",
           "read_exif"]

# GIF and BMP are simple decoders; HEIC and AVIF are not here on purpose: the builder reads them
# (archive.publish.formats.photos) and stores a JPEG view, so the reader never runs their decoders.
FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "GIF", "BMP")
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "TIFF": "image/tiff",
               "GIF": "image/gif", "BMP": "image/bmp", "HEIF": "image/heic", "AVIF": "image/avif"}
MAX_PIXELS = 64_000_000  # about 8000 x 8000: larger than any evidence photo, smaller than a bomb
# An A3 scan at 600 dpi is 70 Mpx, an A1 one 280 Mpx. A scan decodes at one byte a pixel (greyscale
# or bilevel), which keeps this within the builder's 800 MB budget; colour takes three times that.
BUILD_MAX_PIXELS = 300_000_000
VIEW_EDGE = 4096  # longest edge of the view stored for a picture the reader does not decode itself
MAX_VIEW_PAGES = 1_000
THUMBNAIL_SIZE = 256
BAND_ROWS = 256  # output rows made per step when downsampling: peak memory is the original plus one band
_ORIENTATION = 0x0112
_TRANSPOSE = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
              5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
              8: Image.Transpose.ROTATE_90}
_DAMAGED = (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError)
_limit_lock = threading.Lock()


class ImageRejected(CasefileError):
    """The bytes are not an image Casefile will decode; the message says why."""


@dataclass(frozen=True)
class View:
    """A JPEG of one page (1..), upright and at most VIEW_EDGE on its longest edge."""

    page_no: int
    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class ImageFacts:
    format: str
    media_type: str
    width: int  # the original's, as stored (before EXIF orientation)
    height: int
    exif: dict[str, str]
    thumbnail: bytes
    thumbnail_size: tuple[int, int]
    frames: int = 1  # an animation's frames (GIF, WebP); only the first is shown
    pages: int = 1  # a multi-page TIFF's pages
    views: tuple[View, ...] = ()


@contextmanager
def _pillow_limit(max_pixels: int):
    """Let Pillow's own bomb check pass pictures up to max_pixels, which is then the only cap."""
    if max_pixels <= (Image.MAX_IMAGE_PIXELS or 0):
        yield
        return
    with _limit_lock:
        saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, max_pixels
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def open_image(data: bytes, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Open (lazily) an image from bytes, refusing unknown formats and pictures over max_pixels."""
    with warnings.catch_warnings(), _pillow_limit(max_pixels):
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=FORMATS)
        except UnidentifiedImageError:
            raise ImageRejected(f"not an image in an accepted format ({', '.join(FORMATS)})") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageRejected(f"refused as a decompression bomb ({exc})") from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageRejected(f"damaged image ({exc})") from None
    _check_size(image, max_pixels)
    return image


def _check_size(image: Image.Image, max_pixels: int) -> None:
    if image.width * image.height > max_pixels:
        raise ImageRejected(f"{image.width} x {image.height} pixels is over the {max_pixels:,}-pixel limit")


def inspect_image(data: bytes, max_pixels: int = MAX_PIXELS, view_over: int | None = None) -> ImageFacts:
    """Dimensions, EXIF, frame or page count and a JPEG thumbnail (longest edge THUMBNAIL_SIZE) of an
    image; with `view_over`, also a View of every page of more pixels than that."""
    image = open_image(data, max_pixels)
    with _pillow_limit(max_pixels):
        return describe_image(image, max_pixels=max_pixels, view_over=view_over)


def describe_image(image: Image.Image, *, max_pixels: int = MAX_PIXELS, view_over: int | None = None,
                   format: str | None = None) -> ImageFacts:
    """inspect_image's facts for an opened picture (one a format module decoded itself, e.g. HEIC)."""
    name = format or image.format or ""
    width, height = image.size  # now: a JPEG's draft() below shrinks image.size to the decoded scale
    exif = read_exif(image)
    try:
        count = min(getattr(image, "n_frames", 1), 1_000_000)
        views = _views(image, count if name == "TIFF" else 1, max_pixels, view_over)
        image.seek(0)
        thumbnail = make_thumbnail(views[0][1] if views and views[0][0].page_no == 1 else image)
    except _DAMAGED as exc:
        raise ImageRejected(f"damaged image data ({exc})") from None
    return ImageFacts(format=name, media_type=MEDIA_TYPES.get(name, "application/octet-stream"),
                      width=width, height=height, exif=exif, thumbnail=thumbnail.getvalue(),
                      thumbnail_size=thumbnail.size, frames=count if name != "TIFF" else 1,
                      pages=count if name == "TIFF" else 1, views=tuple(view for view, _ in views))


def _views(image: Image.Image, pages: int, max_pixels: int, view_over: int | None) -> list[tuple[View, Image.Image]]:
    views = []
    for page in range(min(pages, MAX_VIEW_PAGES) if view_over is not None else 0):
        image.seek(page)
        _check_size(image, max_pixels)
        if image.width * image.height > view_over:
            small = downsample(image)
            out = io.BytesIO()
            small.save(out, "JPEG", quality=85)
            views.append((View(page + 1, out.getvalue(), small.width, small.height), small))
    return views


def downsample(image: Image.Image, edge: int = VIEW_EDGE) -> Image.Image:
    """The current page, upright per EXIF orientation, as RGB or greyscale at most `edge` on its
    longest edge; never converts the full-size picture at once."""
    orientation = image.getexif().get(_ORIENTATION)
    if image.format == "JPEG":
        image.draft("RGB" if image.mode == "RGB" else image.mode, (edge, edge))  # libjpeg decodes at 1/2..1/8
    factor = max(1, max(image.size) // edge)
    mode = "L" if image.mode in ("1", "L", "I", "I;16", "F") else "RGBA" if _has_alpha(image) else "RGB"
    small = Image.new(mode, (-(-image.width // factor), -(-image.height // factor)))
    band = BAND_ROWS * factor
    for top in range(0, image.height, band):
        strip = image.crop((0, top, image.width, min(image.height, top + band))).convert(mode)
        small.paste(strip.reduce(factor) if factor > 1 else strip, (0, top // factor))
    small.thumbnail((edge, edge))
    if orientation in _TRANSPOSE:
        small = small.transpose(_TRANSPOSE[orientation])
    return _flatten(small)


def _has_alpha(image: Image.Image) -> bool:
    return "A" in image.mode or "transparency" in image.info


def _flatten(image: Image.Image) -> Image.Image:
    """RGB or L for JPEG: alpha flattened on white."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


class _Thumb(io.BytesIO):
    size: tuple[int, int]


def make_thumbnail(image: Image.Image, edge: int = THUMBNAIL_SIZE) -> _Thumb:
    """A JPEG no larger than edge x edge, upright per EXIF orientation, alpha flattened on white."""
    if image.format == "JPEG":
        # Let libjpeg decode at 1/2..1/8 scale: the biggest single saving for large photos.
        image.draft("RGB", (edge * 2, edge * 2))
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((edge, edge))
    upright = _flatten(upright)
    if upright.mode != "RGB":
        upright = upright.convert("RGB")
    out = _Thumb()
    upright.save(out, "JPEG", quality=82)
    out.size = upright.size
    return out
