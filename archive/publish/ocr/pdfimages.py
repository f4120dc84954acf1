"""PDF pages as images for OCR, rendered with pypdfium2 (PDFium, the engine of Chrome's PDF viewer)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from PIL import Image

from archive.publish.formats.pdf import MAX_PDF_PAGES

from .results import OcrFailed

MAX_PAGE_PIXELS = 100_000_000  # an A2 page at 300 dpi; a larger page is rendered at a lower resolution


def pdf_page_images(data: bytes, page_numbers: Iterable[int], dpi: int) -> Iterator[tuple[int, Image.Image]]:
    """(page number from 1, grayscale image) for each page asked for, rendered at `dpi` (lower for a
    page too large to render whole). Raises OcrFailed for an unreadable PDF or a page it lacks.
    PDFium is not thread-safe: render in one thread and hand the images to the OCR workers."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise OcrFailed(f"the PDF cannot be opened: {exc}") from None
    try:
        count = len(pdf)
        if count > MAX_PDF_PAGES:
            raise OcrFailed(f"the PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}")
        for number in page_numbers:
            if not 1 <= number <= count:
                raise OcrFailed(f"the PDF has no page {number}; it has {count:,}")
            yield number, _render(pdf, number, dpi)
    finally:
        pdf.close()


def _render(pdf, number: int, dpi: int) -> Image.Image:
    import pypdfium2

    try:
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            scale = dpi / 72
            if width * height * scale * scale > MAX_PAGE_PIXELS:
                scale = math.sqrt(MAX_PAGE_PIXELS / (width * height))
            return page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
    except (pypdfium2.PdfiumError, ValueError, ZeroDivisionError) as exc:
        raise OcrFailed(f"page {number} of the PDF cannot be rendered: {exc}") from None
