"""What OCR gives back: the text of one page, the box of every word in it, and how sure the engine was.

Plain data with no engine behind it, so results can be cached as JSON, sent between processes and
judged (`has_text`, `needs_ocr`) without Tesseract being installed.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.errors import CasefileError

# A picture is worth its OCR text only if the engine read a few words it was sure of: a photo of a
# landscape or a face gives short, low-confidence noise that would only pollute search.
CONFIDENT = 60.0
MIN_CONFIDENT_WORDS = 2
MIN_CONFIDENT_CHARACTERS = 4

# A PDF page whose text layer has fewer letters and digits than this is treated as a scan: scanners
# often stamp a page number or "Scanned by ..." over an image of the page.
MIN_PAGE_CHARACTERS = 32


class OcrFailed(CasefileError):
    """A page could not be read; str() says why (a warning for the build report, never a crash)."""


@dataclass(frozen=True)
class OcrSettings:
    """How to read pages: Tesseract language codes, PDF rendering resolution, seconds allowed per page."""

    languages: tuple[str, ...]
    dpi: int = 300
    timeout: float = 120.0

    def __post_init__(self):
        # pytesseract takes a timeout of 0 to mean none at all.
        if self.dpi <= 0 or self.timeout <= 0:
            raise ValueError(f"OCR needs a positive dpi and timeout, not {self.dpi} and {self.timeout}")


@dataclass(frozen=True)
class OcrWord:
    """One recognised word: `text[start:end]` of its OcrResult, its box in the pixels of the image given
    to `recognise` (upright as given), and the engine's confidence (0-100)."""

    start: int
    end: int
    x: int
    y: int
    w: int
    h: int
    confidence: float


@dataclass(frozen=True)
class OcrResult:
    """The machine-read text of one page or picture, with word boxes; see OcrWord."""

    text: str
    words: tuple[OcrWord, ...]
    confidence: float | None
    width: int
    height: int
    rotation: int
    skew: float

    def to_json(self) -> dict:
        """A JSON-ready dict (for the cache); words are compact lists in OcrWord's field order."""
        return {
            "text": self.text,
            "words": [[w.start, w.end, w.x, w.y, w.w, w.h, w.confidence] for w in self.words],
            "confidence": self.confidence,
            "width": self.width,
            "height": self.height,
            "rotation": self.rotation,
            "skew": self.skew,
        }

    @classmethod
    def from_json(cls, data) -> OcrResult:
        """The result `to_json` gave; raises ValueError for anything else (a damaged cache file)."""
        try:
            words = tuple(_word(row) for row in data["words"])
            confidence = data["confidence"]
            result = cls(text=str(data["text"]), words=words,
                         confidence=None if confidence is None else float(confidence),
                         width=int(data["width"]), height=int(data["height"]),
                         rotation=int(data["rotation"]), skew=float(data["skew"]))
        except (KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"not an OCR result: {exc!r}") from None
        if any(not 0 <= w.start <= w.end <= len(result.text) for w in words):
            raise ValueError("not an OCR result: a word lies outside the text")
        return result


def _word(row) -> OcrWord:
    start, end, x, y, w, h, confidence = row
    return OcrWord(int(start), int(end), int(x), int(y), int(w), int(h), float(confidence))


def has_text(result: OcrResult) -> bool:
    """Whether a picture's OCR is worth keeping: a few words read with confidence, not noise."""
    confident = [w for w in result.words if w.confidence >= CONFIDENT]
    characters = sum(_letters(result.text[w.start:w.end]) for w in confident)
    return len(confident) >= MIN_CONFIDENT_WORDS and characters >= MIN_CONFIDENT_CHARACTERS


def needs_ocr(page_text: str) -> bool:
    """Whether a PDF page's text layer is unusable (empty, or only a few characters) so it needs OCR."""
    return _letters(page_text) < MIN_PAGE_CHARACTERS


def _letters(text: str) -> int:
    # Private-use characters are what a PDF with a broken font map extracts: they are not text.
    return sum(1 for ch in text if ch.isalnum() and not "\ue000" <= ch <= "\uf8ff")
