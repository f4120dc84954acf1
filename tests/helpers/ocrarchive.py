"""A small archive with machine-read pages: a PDF whose second page is a "scan" and a photo of a notice.

The OCR rows are written straight into the built (unsigned) archive, as the builder's OCR step would
store them: `ocr_pages` rows with word boxes, the scanned page's text in `pages`, and the item text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from PIL import Image

from archive.publish import build_archive
from tests.helpers.imagefiles import encoded
from tests.sources import make_pdf

ENGINE = "Tesseract 5.3.0"
PDF_ID, PHOTO_ID = "scan", "photo"
PDF_FIRST_PAGE = "Text layer about Kashgar camps"
SCAN_TEXT = "Detention order Kashgar camp 陈全国 signed"  # page 2 of the PDF
SCAN_SIZE = (1700, 2200)  # a US Letter page read at 200 dpi
PHOTO_TEXT = "Notice Kashgar re-education centre"
PHOTO_SIZE = (800, 600)
PHOTO_OCR_SIZE = (1600, 1200)  # read at twice the size shown: boxes must be scaled down by 2


def word_boxes(text: str, x0: int = 100, y0: int = 300, step: int = 150, height: int = 40) -> list[list]:
    """[start, end, x, y, w, h, confidence] for each word of `text`, laid out left to right."""
    return [[m.start(), m.end(), x0 + step * i, y0, step - 30, height, 90.0]
            for i, m in enumerate(re.finditer(r"\S+", text))]


def add_ocr_page(path: Path, item_id: str, page_no: int, size: tuple[int, int], text: str,
                 words: list | str | None = None, languages: str = "eng+chi_sim", confidence=91.0) -> None:
    """Store one ocr_pages row (words: a list, or raw JSON to forge one)."""
    words = word_boxes(text) if words is None else words
    with sqlite3.connect(path) as db:
        db.execute("INSERT OR REPLACE INTO ocr_pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (item_id, page_no, size[0], size[1], ENGINE, languages, confidence, text,
                    words if isinstance(words, str) else json.dumps(words)))
    db.close()


def set_texts(path: Path) -> None:
    """The item and page texts an OCR build would store for the scan and the photo."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE pages SET text = ? WHERE item_id = ? AND page_no = 2", (SCAN_TEXT, PDF_ID))
        db.execute("UPDATE items SET text = ? WHERE id = ?", (f"{PDF_FIRST_PAGE}\f{SCAN_TEXT}", PDF_ID))
        db.execute("UPDATE items SET text = ? WHERE id = ?", (PHOTO_TEXT, PHOTO_ID))
    db.close()


def make_ocr_archive(root: Path) -> Path:
    """Build the archive under `root` and add its OCR rows; returns its path."""
    src = root / "src"
    src.mkdir()
    (src / "archive.toml").write_text('title = "OCR"\npublisher = "Test"\nedition = "1"\n', encoding="utf-8")
    (src / f"{PDF_ID}.pdf").write_bytes(make_pdf([PDF_FIRST_PAGE, " "]))
    (src / f"{PHOTO_ID}.png").write_bytes(encoded(Image.new("RGB", PHOTO_SIZE, (250, 250, 250)), "PNG"))
    path = root / "ocr.casefile"
    build_archive(src, path)
    set_texts(path)
    add_ocr_page(path, PDF_ID, 2, SCAN_SIZE, SCAN_TEXT)
    add_ocr_page(path, PHOTO_ID, 1, PHOTO_OCR_SIZE, PHOTO_TEXT, languages="eng")
    return path
