"""File names for exhibits that are safe on every operating system, and the check that a bundle's
names are such names.

An item's title comes from the archive, which may be hostile, and the bundle is read on Windows,
macOS and Linux and from ZIP files: a title like `../../etc/passwd`, `CON`, `a\u202etxt.exe` or a
300-character sentence must become a plain, short name that lands inside the bundle folder on all
of them and shows the extension it really has.

That extension comes from the item's media type, through an allowlist, and never from the archive's
file name: the forger chooses the file name (`x.pdf.exe`, `x.lnk`, `x.desktop`), while the media type of
an original the viewer shows is the one it was checked and displayed as. Anything not on the list is
`.bin`, which no desktop runs or renders.
"""

from __future__ import annotations

import re
import unicodedata

# NTFS and FAT forbid these in names; "/" and "\\" also separate folders somewhere.
_FORBIDDEN = frozenset('<>:"/\\|?*')
# Windows refuses these as a file's stem whatever the extension ("con.txt" opens the console).
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
                      | {f"{prefix}{n}" for prefix in ("COM", "LPT") for n in "0123456789¹²³"})
# The media types an archive's originals have (the builder's reports and imaging's image formats).
EXTENSIONS = {"application/pdf": "pdf", "text/html": "html", "text/markdown": "md", "text/plain": "txt",
              "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/tiff": "tif"}
NEUTRAL_EXTENSION = "bin"
_SPACES = re.compile(r"\s+")
# Bytes, not characters: ext4 and most other filesystems cap a name at 255 bytes; 120 leaves room
# for the folder path on Windows (260 characters in all, for tools that are not long-path aware).
MAX_NAME_BYTES = 120
EXHIBIT_PREFIX = "EX-"


def exhibit_number(position: int) -> str:
    """`EX-0001` for the first exhibit; wider numbers past 9,999 keep the order when sorted by name."""
    return f"{EXHIBIT_PREFIX}{position:04d}"


def _clean(text: str) -> str:
    """The title as a name part: normalised, without control, format or forbidden characters."""
    text = unicodedata.normalize("NFC", text)
    # Categories C* are control, format (bidi overrides that can disguise an extension), surrogate,
    # private use and unassigned characters: none belongs in a file name.
    kept = "".join(" " if ch in _FORBIDDEN or unicodedata.category(ch).startswith("C") else ch for ch in text)
    return _SPACES.sub(" ", kept).strip(" .")


def _truncate(text: str, max_bytes: int) -> str:
    """Cut at a character boundary so the UTF-8 form fits in `max_bytes`."""
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore").rstrip(" .")


def extension_for(media_type: str) -> str:
    """The exhibit's extension: its media type's on the allowlist, else `NEUTRAL_EXTENSION`."""
    return EXTENSIONS.get(media_type.partition(";")[0].strip().lower(), NEUTRAL_EXTENSION)


def exhibit_file_name(number: str, title: str, extension: str) -> str:
    """`EX-0001 <safe title>.<ext>`, at most MAX_NAME_BYTES bytes of UTF-8."""
    suffix = f".{extension}"
    room = MAX_NAME_BYTES - len(number.encode()) - 1 - len(suffix.encode())
    title = _truncate(_clean(title), room)
    return f"{number} {title}{suffix}" if title else f"{number}{suffix}"


def suggested_file_name(title: str, extension: str, fallback: str) -> str:
    """`<safe title>.<ext>` for a Save dialog to propose (the reader may change it): the same cleaning
    as exhibit names; `fallback` when the title leaves nothing or a name Windows reserves."""
    suffix = f".{extension}"
    stem = _truncate(_clean(title), MAX_NAME_BYTES - len(suffix.encode()))
    if not stem or stem.partition(".")[0].strip().upper() in _RESERVED:
        stem = fallback
    return f"{stem}{suffix}"


def is_safe_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> bool:
    """True for a plain file name that stays inside its folder on every OS (checked when reading a
    bundle, whose exhibits.json may name anything)."""
    if not name or name in (".", "..") or len(name.encode("utf-8", errors="replace")) > max_bytes:
        return False
    if name != name.strip(" .") or any(ch in _FORBIDDEN or unicodedata.category(ch).startswith("C")
                                       for ch in name):
        return False
    return name.partition(".")[0].strip().upper() not in _RESERVED


def is_safe_path(path: str) -> bool:
    """A relative path of safe names separated by "/", at most two deep (`thumbnails/EX-0001.jpg`)."""
    parts = path.split("/")
    return 0 < len(parts) <= 2 and all(is_safe_name(part) for part in parts)
