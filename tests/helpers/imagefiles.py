"""Small makers of real image files for the image tests: Pillow and pillow-heif write them."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

GPS_IFD, EXIF_IFD = 0x8825, 0x8769


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def photo_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: camera, date, GPS 39°28'13.44" N 75°59' E, UTF-8 and XP text."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Apple", "iPhone 12", orientation
    exif[0x010E] = "喀什 – Kashgar café".encode()  # UTF-8 bytes in an ASCII tag, as phones write them
    exif[0x9C9B] = "标题 title".encode("utf-16-le") + b"\0\0"  # XPTitle
    exif.get_ifd(EXIF_IFD).update({0x9003: "2019:05:24 10:11:12",
                                   0x9286: b"UNICODE\0" + "Камера 相机".encode("utf-16-be")})  # Pillow writes "MM"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (39.0, 28.0, 13.44), 3: "E", 4: (75.0, 59.0, 0.0)})
    return exif


def jpeg_photo(size=(4032, 3024), orientation: int = 1) -> bytes:
    return encoded(Image.new("RGB", size, (90, 120, 150)), "JPEG", exif=photo_exif(orientation), quality=60)


def heic_photo(size=(640, 480)) -> bytes:
    import pillow_heif

    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", size, (200, 40, 40))).save(out, format="HEIF", quality=40,
                                                                         exif=photo_exif().tobytes())
    return out.getvalue()


def tiff_pages(sizes=((300, 200), (310, 210), (320, 220))) -> bytes:
    """A multi-page TIFF whose page n is n tenths grey, so a test can tell the pages apart."""
    pages = [Image.new("L", size, 60 * (n + 1)) for n, size in enumerate(sizes)]
    return encoded(pages[0], "TIFF", save_all=True, append_images=pages[1:])


def animated_gif(frames: int = 3) -> bytes:
    images = [Image.new("RGB", (60, 40), (80 * n, 0, 0)) for n in range(frames)]
    return encoded(images[0], "GIF", save_all=True, append_images=images[1:])


def bilevel_png(width: int, height: int) -> bytes:
    """A 1-bit PNG of any size written row by row (a 300 Mpx one is 60 KB, never 300 MB in memory):
    white, with a black band across the top tenth."""
    chunks = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))]
    packer = zlib.compressobj(9)
    black, white = b"\0" + b"\0" * ((width + 7) // 8), b"\0" + b"\xff" * ((width + 7) // 8)
    data = b"".join(packer.compress(black if row < height // 10 else white) for row in range(height))
    chunks += [_chunk(b"IDAT", data + packer.flush()), _chunk(b"IEND", b"")]
    return b"".join(chunks)


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
