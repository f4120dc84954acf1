"""Read an image's EXIF (and PNG text chunks) as short, readable name -> text pairs.

Cameras and phones write text tags in whatever encoding they like while Pillow hands them back as
Latin-1, so each kind of text tag is decoded here as its writers use it: ASCII tags that are really
UTF-8, Windows' XP* tags (UCS-2 little-endian bytes), UserComment with its 8-byte charset prefix.
GPS positions become decimal degrees with a hemisphere, the orientation a phrase. Every value comes
from the file and is capped in number and length (a forged file can hold thousands of tags).
"""

from __future__ import annotations

import re
import struct

from PIL import ExifTags, Image

MAX_EXIF_ENTRIES = 200
MAX_EXIF_VALUE = 500

ORIENTATIONS = {1: "upright", 2: "mirrored", 3: "rotated 180°", 4: "mirrored vertically",
                5: "mirrored, rotated 90° CW", 6: "rotated 90° CW", 7: "mirrored, rotated 90° CCW",
                8: "rotated 90° CCW"}
XP_TAGS = frozenset({0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})  # XPTitle .. XPSubject
USER_COMMENT = 0x9286
# UserComment's 8-byte prefix names its character code (EXIF 2.3, table 9).
COMMENT_CODES = {b"ASCII\0\0\0": ("ascii",), b"UNICODE\0": (), b"JIS\0\0\0\0\0": ("iso2022_jp", "shift_jis"),
                 b"\0" * 8: ("utf-8",)}
# Folded into the coordinate they qualify.
GPS_REFS = {"GPSLatitudeRef", "GPSLongitudeRef", "GPSAltitudeRef", "GPSDestLatitudeRef", "GPSDestLongitudeRef"}
EXIF_DATE = re.compile(r"\d{4}:\d\d:\d\d")
_DAMAGED = (OSError, ValueError, SyntaxError, KeyError, TypeError, ZeroDivisionError, struct.error)


def read_exif(image: Image.Image) -> dict[str, str]:
    """EXIF (base, Exif and GPS IFDs) and PNG text chunks as name -> short string."""
    facts: dict[str, str] = {}
    try:
        exif = image.getexif()
        big_endian = getattr(exif, "endian", "<") == ">"
        _add_tags(facts, exif, big_endian)
        _add_tags(facts, exif.get_ifd(ExifTags.IFD.Exif), big_endian)
        _add_gps(facts, exif.get_ifd(ExifTags.IFD.GPSInfo))
    except _DAMAGED:
        facts["ExifError"] = "EXIF block is damaged and was skipped"
    for key, value in image.info.items():
        if isinstance(value, str) and len(facts) < MAX_EXIF_ENTRIES:
            facts[f"PNG:{key}"[:80]] = value[:MAX_EXIF_VALUE]
    return facts


def _add_tags(facts: dict[str, str], tags, big_endian: bool) -> None:
    for tag, value in tags.items():
        if len(facts) >= MAX_EXIF_ENTRIES or tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
            continue
        name = str(ExifTags.TAGS.get(tag, f"Tag{tag:#06x}"))
        if tag in XP_TAGS:
            text = _xp_text(value)
        elif tag == USER_COMMENT:
            text = _user_comment(value, big_endian)
        elif tag == ExifTags.Base.Orientation and value in ORIENTATIONS:
            text = ORIENTATIONS[value]
        else:
            text = _exif_text(value)
        if name.startswith("DateTime") and EXIF_DATE.match(text):
            text = text[:10].replace(":", "-") + text[10:]  # "2019:05:24 10:11:12" as ISO 8601 writes it
        if text:
            facts[name] = _cap(text)


def _add_gps(facts: dict[str, str], gps) -> None:
    named = {str(ExifTags.GPSTAGS.get(tag, f"GPSTag{tag:#06x}")): value for tag, value in gps.items()}
    for name, value in named.items():
        if len(facts) >= MAX_EXIF_ENTRIES or name in GPS_REFS:
            continue
        ref = _exif_text(named.get(f"{name}Ref", "")).strip().upper()
        if name in ("GPSLatitude", "GPSLongitude", "GPSDestLatitude", "GPSDestLongitude"):
            text = _degrees(value, ref)
        elif name == "GPSAltitude":
            text = f"{float(value):.1f} m" + (" below sea level" if ref in ("1", "\x01") else "")
        else:
            text = _exif_text(value)
        if text:
            facts[name if name.startswith("GPS") else f"GPS{name}"] = _cap(text)


def _degrees(value, ref: str) -> str:
    """(degrees, minutes, seconds) and a hemisphere letter as '39.470400 N'."""
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return _exif_text(value)
    decimal = abs(degrees) + minutes / 60 + seconds / 3600
    return f"{decimal:.6f} {ref[:1]}".strip() if ref[:1] in ("N", "S", "E", "W", "") else _exif_text(value)


def _xp_text(value) -> str:
    data = bytes(value) if isinstance(value, (bytes, tuple, list)) else str(value).encode("latin-1", "replace")
    return data.decode("utf-16-le", "replace").rstrip("\x00")


def _user_comment(value, big_endian: bool) -> str:
    if not isinstance(value, bytes):
        return _exif_text(value)
    prefix, body = value[:8], value[8:]
    if prefix not in COMMENT_CODES:
        return _exif_text(value)
    # UNICODE is UCS-2 in the file's byte order unless a byte-order mark says otherwise.
    # Some writers ignore that, so the other order is tried when the file's order is not UTF-16.
    orders = ("utf-16-be", "utf-16-le") if big_endian else ("utf-16-le", "utf-16-be")
    encodings = COMMENT_CODES[prefix] or (("utf-16",) if body[:2] in (b"\xff\xfe", b"\xfe\xff") else orders)
    for encoding in encodings:
        try:
            return body.decode(encoding).rstrip("\x00 ").lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    return f"<{len(body)} bytes>"


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.rstrip(b"\x00")
        if len(value) > MAX_EXIF_VALUE or not value.isascii():
            return f"<{len(value)} bytes>"
        value = value.decode("ascii", "replace")
    if isinstance(value, str):
        value = _utf8_from_latin1(value)
    return str(value).replace("\x00", "")


def _utf8_from_latin1(text: str) -> str:
    """Pillow reads ASCII tags as Latin-1; phones write UTF-8 into them ("é" arrives as "Ã©")."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _cap(text: str) -> str:
    return text[:MAX_EXIF_VALUE]
