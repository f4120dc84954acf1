"""Which Tesseract languages an archive needs, and whether this machine can read them."""

from __future__ import annotations

from collections.abc import Iterable

from .engine import engine_version
from .results import OcrFailed, OcrSettings

INSTALL_EXTRA = "pip install 'casefile[publish]'"

# archive.toml's ISO 639-1 codes -> Tesseract's traineddata names. Chinese is read in both scripts:
# leaked documents mix simplified and traditional ones.
_TESSERACT = {
    "en": ("eng",), "zh": ("chi_sim", "chi_tra"), "zh-hans": ("chi_sim",), "zh-hant": ("chi_tra",),
    "ug": ("uig",), "ar": ("ara",), "bo": ("bod",), "de": ("deu",), "es": ("spa",), "fa": ("fas",),
    "fr": ("fra",), "it": ("ita",), "ja": ("jpn",), "kk": ("kaz",), "ko": ("kor",), "ky": ("kir",),
    "mn": ("mon",), "nl": ("nld",), "pt": ("por",), "ru": ("rus",), "tr": ("tur",), "uk": ("ukr",),
    "ur": ("urd",), "uz": ("uzb",),
}

_NAMES = {"eng": "English", "chi_sim": "Simplified Chinese", "chi_tra": "Traditional Chinese",
          "uig": "Uyghur", "osd": "orientation detection"}


def languages_for(codes: Iterable[str]) -> tuple[str, ...]:
    """Tesseract languages for archive.toml language codes (en -> eng, zh -> chi_sim + chi_tra,
    ug -> uig, ...), in order, without repeats; codes with no Tesseract model are dropped."""
    found: list[str] = []
    for code in codes:
        code = str(code).strip().lower().replace("_", "-")
        for language in _TESSERACT.get(code) or _TESSERACT.get(code.split("-")[0], ()):
            if language not in found:
                found.append(language)
    return tuple(found)


def unavailable(settings: OcrSettings) -> str | None:
    """None if OCR with these settings can run here; else what is missing and how to install it."""
    try:
        import pypdfium2  # noqa: F401  (PDF pages are rendered with it)
        import pytesseract
    except ImportError as exc:
        return f"OCR needs the Python package {exc.name}, which is not installed: {INSTALL_EXTRA}"
    if not settings.languages:
        return "No OCR language is set: give them to --ocr or in archive.toml's languages (en, zh, ug)."
    try:
        engine_version()
        installed = set(pytesseract.get_languages(config=""))
    except (OcrFailed, OSError, RuntimeError):
        return "Tesseract is not installed: apt install tesseract-ocr"
    missing = [language for language in ("osd", *settings.languages) if language not in installed]
    if missing:
        names = ", ".join(_NAMES.get(language, language) for language in missing)
        packages = " ".join(f"tesseract-ocr-{language.replace('_', '-')}" for language in missing)
        return f"Tesseract's {names} data is not installed: apt install {packages}"
    return None
