"""How many pages PDFium will lay out for a PDF, found before PDFium sees it: bounded, nothing executed.

QPdfView lays out every page of its document as soon as it is loaded: 50,000 pages block the window
for about 3 s and 200,000 for minutes, and a PDF can reference one small page object 200,000 times in
a few MB. So the PDF reader counts pages here first, with pypdf (pure Python, which only parses), and
refuses a PDF over MAX_PAGES before QPdfDocument is given its bytes.

The count mirrors PDFium's own (CPDF_Document::CountPages), because a forger aims at the difference:
a Pages node's /Count is believed when it is between 1 and PDFIUM_COUNT_LIMIT, as PDFium believes it;
otherwise the /Kids are walked, a kid without /Kids counting once each time it is referenced, a node
already on the path (a cycle) skipped. What cannot be counted within the limits (pypdf's own caps on
array sizes and stream lengths, MAX_STEPS kids, MAX_DEPTH levels, TIME_LIMIT_S) is refused rather than
passed on. Two parsers can still read one damaged file differently, so the reader compares PDFium's
count with MAX_PAGES again after loading, before any view is given the document.
"""

from __future__ import annotations

import io
import threading
import time

from pypdf import PdfReader
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, IndirectObject, NumberObject

from archive import CasefileError

MAX_PAGES = 10_000  # QPdfView lays 10,000 pages out in about 0.2 s on the 2-core reference machine
PDFIUM_COUNT_LIMIT = 0xFFFFF  # PDFium's kPageMaxNum: a /Count below it is taken as the page count
MAX_STEPS = 1_000_000  # kids looked at; PDFium would walk the same repeated subtrees at load time
MAX_DEPTH = 64
TIME_LIMIT_S = 2.0


class PageCountUnknown(CasefileError):
    """The page tree could not be counted within the limits; `reason` is "damaged", "encrypted" or
    "complex" (deeper, wider or slower to read than any real document)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the PDF's pages could not be counted ({reason}); export the file to inspect it")
        self.reason = reason


def count_pages(data: bytes) -> int:
    """The number of pages PDFium will report for `data`, or a number over MAX_PAGES once it is clear
    there are more; raises PageCountUnknown. Waits at most TIME_LIMIT_S: pypdf reads the whole
    cross-reference table first, and a forged one can take it much longer (it then finishes unheeded
    in a daemon thread)."""
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(_attempt(data)), name="PDF page count", daemon=True)
    worker.start()
    worker.join(TIME_LIMIT_S)
    if not outcome:
        raise PageCountUnknown("complex")
    if isinstance(outcome[0], PageCountUnknown):
        raise outcome[0]
    return outcome[0]


def _attempt(data: bytes) -> int | PageCountUnknown:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return PageCountUnknown("encrypted")  # PDFium cannot open it either without the password
        reference = reader.trailer["/Root"].get_object().raw_get("/Pages")
        pages = reference.get_object()
        if not isinstance(pages, DictionaryObject):
            return 0
        return _Walk().count(pages, frozenset({_identity(reference, pages)}), 0)
    except PageCountUnknown as exc:
        return exc
    except LimitReachedError:  # an array of over 100,000 kids, a stream over 75 MB: past anything real
        return PageCountUnknown("complex")
    except Exception:  # noqa: BLE001 - pypdf fails on hostile input with any kind of error, all "damaged"
        return PageCountUnknown("damaged")


class _Walk:
    """One walk over a page tree, with its step budget and deadline."""

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + TIME_LIMIT_S

    def count(self, node: DictionaryObject, path: frozenset, depth: int) -> int:
        declared = _number(node.get("/Count"))
        if 0 < declared < PDFIUM_COUNT_LIMIT:
            return declared
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        if not isinstance(kids, ArrayObject):
            return 0
        total = 0
        for reference in kids:
            self._step(depth)
            kid = reference.get_object()
            if not isinstance(kid, DictionaryObject):
                continue
            if "/Kids" not in kid:
                total += 1
            elif (key := _identity(reference, kid)) not in path:
                total += self.count(kid, path | {key}, depth + 1)
            if total > MAX_PAGES:
                break  # enough to refuse; the rest need not be read
        return total

    def _step(self, depth: int) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS or depth > MAX_DEPTH or time.monotonic() > self.deadline:
            raise PageCountUnknown("complex")


def _number(value) -> int:
    """An integer as PDFium's GetIntegerFor reads it: numbers truncated, anything else 0."""
    value = value.get_object() if isinstance(value, IndirectObject) else value
    return int(value) if isinstance(value, (NumberObject, FloatObject)) else 0


def _identity(reference, kid: DictionaryObject) -> object:
    return (reference.idnum, reference.generation) if isinstance(reference, IndirectObject) else id(kid)
