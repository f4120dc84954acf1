"""Hostile PDFs cannot freeze the window: the page count is capped, counted before QtPdf sees the bytes
(viewer/readers/pdfpages.py), counted the way PDFium counts, and checked again after PDFium loads.

The PDFs are written by hand as bytes: one page object referenced 200,000 times from /Kids costs 1.2 MB
and no time, yet QPdfView would lay out 200,000 pages.
"""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument

from viewer.readers import pdf as pdf_reader
from viewer.readers import pdfpages
from viewer.readers.pdfpages import MAX_PAGES, PageCountUnknown, count_pages

from .conftest import within
from .forge import plant
from .test_gui import opened, still_works, window  # noqa: F401 - the window fixture

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"


def write_pdf(objects: list[bytes], xref_entries: int = 0) -> bytes:
    """A PDF of `objects` (numbered from 1, the first the catalog) with a correct cross-reference table,
    padded with `xref_entries` free entries."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    size = len(objects) + 1 + xref_entries
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"0000000000 00000 f \n" * xref_entries
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start)
    return bytes(out)


def _count(count: object) -> bytes:
    return b"" if count is None else b" /Count %s" % str(count).encode()


def shared_page_pdf(kids: int, count: object = None, xref_entries: int = 0) -> bytes:
    """Object 3, one page, referenced `kids` times from the root Pages node (with /Count `count`)."""
    return write_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [%s]%s >>" % (b"3 0 R " * kids, _count(count)), PAGE], xref_entries)


def tree_pdf(nodes: int, per_node: int, count: object = None, cycle: bool = False) -> bytes:
    """A root with `nodes` intermediate Pages nodes (objects 4..), each with `per_node` references to page 3;
    with `cycle`, each intermediate node also lists the root among its kids."""
    inner = [b"<< /Type /Pages /Parent 2 0 R /Kids [%s%s] >>" % (b"3 0 R " * per_node, b"2 0 R" if cycle else b"")
             for _ in range(nodes)]
    refs = b" ".join(b"%d 0 R" % (4 + n) for n in range(nodes))
    return write_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s]%s >>" % (refs, _count(count)),
                      PAGE, *inner])


def pdfium_count(qapp, data: bytes) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document.pageCount()


# What a forger can do to the count: make /Count lie either way, leave it out, make it 0, negative, a
# float or too big for PDFium to believe, repeat one page, nest and repeat subtrees, and loop.
FORGERIES = {
    "count lies low": shared_page_pdf(5, 1),
    "no count": shared_page_pdf(7),
    "count 0": shared_page_pdf(7, 0),
    "negative count": shared_page_pdf(7, -3),
    "float count": shared_page_pdf(7, 2.9),
    "count not a number": shared_page_pdf(7, "(many)"),
    "count lies high": shared_page_pdf(5, 2_000_000),
    "count 200,000": shared_page_pdf(5, 200_000),
    "repeated subtrees": tree_pdf(20, 600),
    "repeated subtrees over the cap": tree_pdf(20, 10_000),
    "cycle": tree_pdf(3, 4, cycle=True),
    "subtree count believed": tree_pdf(2, 3, count=0),
}


@pytest.mark.parametrize("case", FORGERIES)
def test_the_count_agrees_with_pdfium(qapp, case):
    """Within the cap the pre-check counts exactly what PDFium will show; over it, both are over."""
    data = FORGERIES[case]
    with within(2.0):
        counted = count_pages(data)
    pdfium = pdfium_count(qapp, data)
    assert counted == pdfium or (counted > MAX_PAGES and pdfium > MAX_PAGES), (counted, pdfium)


def test_a_kids_array_too_big_to_parse_is_refused_quickly():
    with within(2.0), pytest.raises(PageCountUnknown) as caught:
        count_pages(shared_page_pdf(200_000))
    assert caught.value.reason == "complex"


def test_a_cross_reference_table_too_slow_to_read_is_refused_in_time(monkeypatch):
    """A million cross-reference entries take pypdf about a second: past the (shortened) time limit."""
    monkeypatch.setattr(pdfpages, "TIME_LIMIT_S", 0.05)
    with within(1.0), pytest.raises(PageCountUnknown) as caught:
        count_pages(shared_page_pdf(1, xref_entries=1_000_000))
    assert caught.value.reason == "complex"


# The messages name the cap, in the locale's digits (the tests run in the C locale: "10000").
MORE_THAN = r"more than 10.?000 pages"
TOO_TANGLED = r"too large or too tangled to count \(this reader opens PDFs of at most 10.?000 pages\)"
HUGE = {  # pypdf refuses a /Kids array of more than 100,000 before /Count is read
    "hostile/pdf-200000-counted": (shared_page_pdf(200_000, 200_000), TOO_TANGLED),
    "hostile/pdf-200000-uncounted": (shared_page_pdf(200_000), TOO_TANGLED),
    "hostile/pdf-tree-200000": (tree_pdf(20, 10_000), MORE_THAN),
}


@pytest.fixture(scope="module")
def huge(built, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf-limits") / "huge.casefile"
    shutil.copyfile(built, path)
    for item_id, (data, _) in HUGE.items():
        plant(path, item_id, "report", "application/pdf", data, text="A 200,000-page PDF.")
    return path


def responsive(qtbot) -> None:
    """The event loop turns within half a second."""
    turned = []
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: bool(turned), timeout=500)


@pytest.mark.parametrize("item_id", HUGE)
def test_a_200000_page_pdf_is_refused_with_a_message(qtbot, window, huge, item_id):  # noqa: F811
    session = opened(qtbot, window, huge)
    with within(3.0):
        tab = window.open_item(session, item_id)
        responsive(qtbot)
    message = tab.reader.message()
    assert "cannot be displayed" in message and re.search(HUGE[item_id][1], message), message
    assert tab.reader.document.pageCount() == 0  # the view was never given the pages
    still_works(window, session)


def test_pdfium_is_checked_again_when_the_pre_check_is_fooled(qtbot, window, huge, monkeypatch):  # noqa: F811
    """Two parsers can disagree on a damaged file: if the pre-check said 1 page, PDFium's own 200,000 is
    still refused before the view lays anything out."""
    monkeypatch.setattr(pdf_reader, "count_pages", lambda data: 1)
    session = opened(qtbot, window, huge)
    with within(3.0):
        tab = window.open_item(session, "hostile/pdf-200000-counted")
        responsive(qtbot)
    assert re.search(MORE_THAN, tab.reader.message())
    assert tab.reader.view.document().pageCount() == 0
    still_works(window, session)
