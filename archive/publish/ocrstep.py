"""OCR during a build (`casefile build --ocr`): the pages and pictures whose text only a machine can read.

Applied to what a format extracted, in the build worker, before rows are made:
- a PDF's pages whose text layer is not usable (`ocr.needs_ocr`: a scan has none) are rendered at the
  settings' dpi and read; their text replaces the empty page text, so search, snippets and in-document
  find see it like any text;
- a picture is read upright (as the viewer shows it) and its text kept when there is some
  (`ocr.has_text`: a photo of a street gives noise, not words).
Each page read becomes an `ocr_pages` row: the text, the engine and languages, the mean confidence,
and every word's box, so the viewer can paint a hit where it is on the page. Results are cached per
file (SHA-256, engine version, languages, dpi): a rebuild reads no page twice. A page that fails is
a warning naming it; the file still goes in.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError
from ..imaging import ImageRejected, open_image
from . import formats
from .formats.pdf import PAGE_SEPARATOR

MAX_OCR_PAGES = 2_000  # per file: a 5,000-page scan is read up to here, with a warning


@dataclass(frozen=True)
class OcrJob:
    """What a worker needs to read pages: the settings, the engine as measured once by the parent (so
    every row names the same version), and the cache folder (None: no cache)."""

    settings: object  # ocr.OcrSettings; typed loosely so that this module loads without the extra
    engine: str
    cache_dir: Path | None = None
    threads: int = 1  # pages read at once (the builder's single process uses every core this way)

    @property
    def languages(self) -> str:
        return "+".join(self.settings.languages)


@dataclass(frozen=True)
class OcrOutcome:
    result: formats.Extracted
    rows: list[dict]
    warnings: list[str]
    pages_read: int  # pages actually recognised now (not from the cache)


def apply(result: formats.Extracted, data: bytes, sha256: str, job: OcrJob, item_id: str) -> OcrOutcome:
    """`result` with the text OCR found added, the ocr_pages rows for `item_id`, warnings, pages read."""
    if isinstance(result, formats.ExtractedReport) and result.media_type == "application/pdf":
        return _pdf(result, data, sha256, job, item_id)
    if isinstance(result, formats.ExtractedImage):
        return _picture(result, data, sha256, job, item_id)
    return OcrOutcome(result, [], [], 0)


def _pdf(result: formats.ExtractedReport, data: bytes, sha256: str, job: OcrJob, item_id: str) -> OcrOutcome:
    from . import ocr

    wanted = [n + 1 for n, (_, text) in enumerate(result.pages) if ocr.needs_ocr(text)]
    warnings = []
    if len(wanted) > MAX_OCR_PAGES:
        warnings.append(f"{len(wanted):,} pages need OCR; the first {MAX_OCR_PAGES:,} were read")
        wanted = wanted[:MAX_OCR_PAGES]
    if not wanted:
        return OcrOutcome(result, [], [], 0)
    read, fresh, failed = _read(job, sha256, wanted, lambda pages: ocr.pdf_page_images(data, pages, job.settings.dpi))
    warnings += failed
    texts = [text for _, text in result.pages]
    for page_no, page in read.items():
        texts[page_no - 1] = page.text
    pages, offset = [], 0
    for text in texts:
        pages.append((offset, text))
        offset += len(text) + len(PAGE_SEPARATOR)
    changed = dataclasses.replace(result, text=PAGE_SEPARATOR.join(texts), pages=tuple(pages),
                                  details={**result.details, "ocr_pages": len(read)})
    return OcrOutcome(changed, _rows(item_id, read, job), warnings, fresh)


def _picture(result: formats.ExtractedImage, data: bytes, sha256: str, job: OcrJob, item_id: str) -> OcrOutcome:
    from . import ocr

    def upright(_pages):
        yield 1, _upright_image(result, data)

    read, fresh, failed = _read(job, sha256, [1], upright)
    read = {n: page for n, page in read.items() if ocr.has_text(page)}
    if not read:
        return OcrOutcome(result, [], failed, fresh)
    changed = dataclasses.replace(result, text=read[1].text, details={**result.details, "ocr_pages": 1})
    return OcrOutcome(changed, _rows(item_id, read, job), failed, fresh)


def _upright_image(result: formats.ExtractedImage, data: bytes):
    """The picture as the viewer shows it: its own pixels turned by EXIF orientation, or the view the
    build made (HEIC, or a scan larger than the reader decodes) when there is one."""
    from PIL import Image, ImageOps

    view = next((r for r in result.renditions if r.page_no == 1), None)
    try:
        image = Image.open(io.BytesIO(view.data)) if view is not None else open_image(data)
        image.load()
        return ImageOps.exif_transpose(image) if view is None else image
    except (ImageRejected, OSError, ValueError, Image.DecompressionBombError) as exc:
        from . import ocr

        raise ocr.OcrFailed(f"the picture cannot be decoded for OCR ({exc})") from None


def _read(job: OcrJob, sha256: str, wanted: list[int], images) -> tuple[dict, int, list[str]]:
    """{page number: OcrResult} for the wanted pages, from the cache or read now; pages read now;
    warnings for pages that failed."""
    from . import ocr

    cache = ocr.OcrCache(job.cache_dir) if job.cache_dir is not None else None
    key = cache.key(sha256, job.settings) if cache is not None else ""
    cached = cache.get(key) if cache is not None else None
    if cached is not None and all(page in cached for page in wanted):
        return {page: cached[page] for page in wanted}, 0, []
    read, failed = {}, []

    def recognise(numbered):
        page_no, image = numbered
        try:
            return page_no, ocr.recognise(image, job.settings), None
        except ocr.OcrFailed as exc:
            return page_no, None, f"page {page_no}: OCR failed: {exc}"

    try:
        for page_no, page, problem in _bounded_map(recognise, images(wanted), max(1, job.threads)):
            if page is not None:
                read[page_no] = page
            else:
                failed.append(problem)
    except ocr.OcrFailed as exc:
        failed.append(f"OCR failed: {exc}")
    if cache is not None and read and not failed:
        cache.put(key, read)
    return read, len(read), failed


def _bounded_map(function, items, threads: int):
    """function(item) for each item, in order, `threads` at a time; at most 2 x threads items (rendered
    page images of 25 MB each) are held at once, where Executor.map would take them all up front."""
    with ThreadPoolExecutor(threads) as pool:
        pending = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _rows(item_id: str, read: dict, job: OcrJob) -> list[dict]:
    return [dict(item_id=item_id, page_no=page_no, width=page.width, height=page.height, engine=job.engine,
                 languages=job.languages, confidence=round(page.confidence, 2) if page.confidence is not None else None,
                 text=page.text,
                 words=json.dumps([[w.start, w.end, w.x, w.y, w.w, w.h, round(w.confidence, 1)] for w in page.words]))
            for page_no, page in sorted(read.items())]


def make_job(source_languages, languages: str | None = None, cache_dir: Path | None = None) -> OcrJob:
    """The OCR job for a build: `languages` as given on the command line (comma- or plus-separated,
    archive codes like `en,zh` or Tesseract's like `eng+chi_sim`), else the archive's own languages.
    Raises BuildError when Tesseract or one of the languages' data is missing, saying what to install."""
    try:
        from . import ocr
    except ImportError as exc:
        raise BuildError(f"--ocr needs the publisher's extra ({exc.name} is missing): "
                         f"pip install 'casefile[publish]'") from None
    codes = [code for code in (languages or "").replace("+", ",").split(",") if code.strip()]
    codes = codes or list(source_languages) or ["en"]
    tesseract = [code.strip() for code in codes if len(code.strip()) > 2]  # eng, chi_sim: already Tesseract's
    settings = ocr.OcrSettings(tuple(dict.fromkeys(
        [*ocr.languages_for(code.strip() for code in codes if len(code.strip()) <= 2), *tesseract])))
    if not settings.languages:
        raise BuildError(f"--ocr: no OCR language for {', '.join(codes)}; give Tesseract's codes, e.g. --ocr eng+chi_sim")
    problem = ocr.unavailable(settings)
    if problem:
        raise BuildError(f"--ocr: {problem}")
    return OcrJob(settings, ocr.engine_version(), cache_dir)
