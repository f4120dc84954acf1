"""Reading one page image with Tesseract, through pytesseract.

pytesseract runs the system `tesseract` binary (Debian's packages: the same engine and language data on
every publisher's machine, nothing to compile) in a process of its own for every call, so a crash or a
hang on a hostile image is contained and can be timed out. `recognise` is a pure function of (image,
settings), so the build can map it over a process pool.
"""

from __future__ import annotations

import functools
import os

from PIL import Image, ImageChops, ImageFilter

from . import orient
from .results import OcrFailed, OcrResult, OcrSettings, OcrWord

MAX_PIXELS = 150_000_000   # an A0 poster at 300 dpi; larger is a decompression bomb, not a page
# Tesseract marks direction with invisible characters (U+200E...), which would break search inside words.
_BIDI_MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
GRAIN_LEVEL = 32           # grey levels: a pixel the median filter moves further than this is grain
GRAIN_SHARE = 0.03         # of a page's pixels
MIN_EDGE = 8               # Tesseract errors on images too small to hold a character


@functools.cache
def engine_version() -> str:
    """The engine's name and version, e.g. "Tesseract 5.3.0" (asked once per process)."""
    import pytesseract

    try:
        return f"Tesseract {pytesseract.get_tesseract_version()}"
    except (OSError, RuntimeError) as exc:
        raise OcrFailed(f"Cannot run Tesseract ({exc}): apt install tesseract-ocr") from None


def recognise(image: Image.Image, settings: OcrSettings) -> OcrResult:
    """The text and word boxes of a page image; orientation and skew are detected and corrected first,
    and boxes are given in the pixels of `image` as given. Raises OcrFailed."""
    # One thread per Tesseract process: the build runs one process per core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    gray = grayscale(image)
    if min(gray.size) < MIN_EDGE:
        return OcrResult("", (), None, gray.width, gray.height, 0, 0.0)
    try:
        return _read(gray, settings)
    except OSError as exc:  # pytesseract's TesseractNotFoundError, and a full temp folder
        raise OcrFailed(f"Cannot run Tesseract: {exc}") from None


def _read(gray: Image.Image, settings: OcrSettings) -> OcrResult:
    gray = despeckled(gray)
    rotation = orient.rotation(gray, settings.timeout)
    skew = orient.skew(orient.turn_for(gray.size, rotation).apply(gray))
    turn = orient.turn_for(gray.size, rotation + skew)
    text, words = _assemble(_tesseract_words(turn.apply(gray), settings), turn)
    confidence = sum(w.confidence for w in words) / len(words) if words else None
    return OcrResult(text, words, confidence, gray.width, gray.height, rotation, skew)


def despeckled(gray: Image.Image) -> Image.Image:
    """The page through a 3x3 median filter when it is grainy (a poor scan, a photo in low light),
    else as it is. Grain breaks the thin strokes of Han characters and the dots of Arabic letters:
    on the benchmark's noisy pages the filter takes Chinese from 58% to 3% character errors and
    Uyghur from 20% to 1%. A page is grainy when the filter changes more than GRAIN_SHARE of its
    pixels by more than GRAIN_LEVEL (measured: clean and skewed pages 0.3-0.7%, noisy ones 9-11%)."""
    filtered = gray.filter(ImageFilter.MedianFilter(3))
    changed = ImageChops.difference(gray, filtered).histogram()[GRAIN_LEVEL:]
    return filtered if sum(changed) > GRAIN_SHARE * gray.width * gray.height else gray


def grayscale(image: Image.Image) -> Image.Image:
    """An 8-bit grayscale copy of any Pillow image: transparency laid on white, 1-bit, palette, CMYK
    and 16-bit or float images (stretched to their own range) included. Raises OcrFailed."""
    try:
        if image.width * image.height > MAX_PIXELS:  # before load(), which would decode a bomb
            raise OcrFailed(f"the image has {image.width * image.height:,} pixels; the limit is {MAX_PIXELS:,}")
        image.load()
        if image.mode in ("I", "I;16", "I;16L", "I;16B", "I;16N", "F"):
            return _stretched(image)
        if image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info:
            rgba = image.convert("RGBA")
            flat = Image.new("RGBA", rgba.size, "white")
            flat.alpha_composite(rgba)
            image = flat
        return image.convert("L")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise OcrFailed(f"the image cannot be read: {exc}") from None


def _stretched(image: Image.Image) -> Image.Image:
    wide = image.convert("F")
    low, high = wide.getextrema()
    if high <= low:
        return Image.new("L", image.size, 255)
    scale = 255.0 / (high - low)
    return wide.point(lambda v: (v - low) * scale).convert("L")


def _tesseract_words(upright: Image.Image, settings: OcrSettings) -> list[dict]:
    """Tesseract's words in reading order, each with its block, paragraph and line numbers."""
    import pytesseract

    try:
        data = pytesseract.image_to_data(upright, lang="+".join(settings.languages), config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=settings.timeout)
    except pytesseract.TesseractError as exc:
        raise OcrFailed(f"Tesseract could not read the page: {exc.message or exc.status}") from None
    except RuntimeError:  # pytesseract's timeout
        raise OcrFailed(f"Tesseract took longer than {settings.timeout:g} s to read the page") from None
    keys = ("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
    rows = [dict(zip(keys, values)) for values in zip(*(data[k] for k in keys))]
    for row in rows:
        row["text"] = str(row["text"]).translate(_BIDI_MARKS).strip()
    return [row for row in rows if row["text"] and float(row["conf"]) >= 0]


def _assemble(rows: list[dict], turn: orient.Turn) -> tuple[str, tuple[OcrWord, ...]]:
    """The page text built from the words, so each word's offsets index it exactly: words joined by a
    space (none between two CJK characters, which would break phrase search), lines by a newline,
    paragraphs and blocks by a blank line."""
    parts: list[str] = []
    words: list[OcrWord] = []
    length, previous = 0, None
    for row in rows:
        word = row["text"]
        if previous is not None:
            separator = _separator(previous, row, parts[-1][-1], word[0])
            parts.append(separator)
            length += len(separator)
        x, y, w, h = turn.box_back(int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
        words.append(OcrWord(length, length + len(word), x, y, w, h, min(100.0, float(row["conf"]))))
        parts.append(word)
        length += len(word)
        previous = row
    return "".join(parts), tuple(words)


def _separator(previous: dict, row: dict, last: str, first: str) -> str:
    if (previous["block_num"], previous["par_num"]) != (row["block_num"], row["par_num"]):
        return "\n\n"
    if previous["line_num"] != row["line_num"]:
        return "\n"
    return "" if _cjk(last) and _cjk(first) else " "


def _cjk(ch: str) -> bool:
    """Han, kana and CJK punctuation: writing with no spaces between words (Korean has them)."""
    return any(low <= ord(ch) <= high for low, high in _CJK_RANGES)


_CJK_RANGES = (
    (0x3000, 0x30FF),    # CJK symbols and punctuation, hiragana, katakana
    (0x3400, 0x4DBF),    # Han extension A
    (0x4E00, 0x9FFF),    # Han
    (0xF900, 0xFAFF),    # Han compatibility
    (0xFF00, 0xFFEF),    # full-width forms
    (0x20000, 0x3FFFF),  # Han extensions B and later
)
