"""OCR at build time: Tesseract (through pytesseract) reads scanned PDF pages and pictures of documents.

Publisher side only: the viewer never imports this package. pytesseract and pypdfium2 are optional
(`pip install 'casefile[publish]'`) and imported inside the functions that use them; `unavailable()`
says what is missing before a build starts.
"""

from .cache import OcrCache
from .engine import engine_version, recognise
from .languages import languages_for, unavailable
from .pdfimages import pdf_page_images
from .results import OcrFailed, OcrResult, OcrSettings, OcrWord, has_text, needs_ocr

__all__ = ["OcrCache", "OcrFailed", "OcrResult", "OcrSettings", "OcrWord", "engine_version", "has_text",
           "languages_for", "needs_ocr", "pdf_page_images", "recognise", "unavailable"]
