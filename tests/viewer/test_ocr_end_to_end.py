"""Issue 19's acceptance in the viewer: a word that exists only in a scanned page, read by the real
Tesseract at build time, is found by search, and the opened page paints a rectangle over it."""

from __future__ import annotations

import shutil

import pytest

from archive import open_archive
from archive.publish import build_archive

from tests.archive.publish.test_build_ocr import WORD, _page
from tests.sources import make_source

pytest.importorskip("pytesseract")
if shutil.which("tesseract") is None:
    pytest.skip("Tesseract is not installed (./test installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def scanned_archive(tmp_path_factory):
    from archive.publish import ocrstep

    root = tmp_path_factory.mktemp("ocr-e2e")
    source = make_source(root / "source")
    (source / "scans").mkdir()
    first, second = _page("Synthetic scanned notice\nNothing here"), _page(f"Inspector {WORD} signed it")
    first.save(source / "scans" / "notice.pdf", save_all=True, append_images=[second], resolution=150)
    build_archive(source, root / "scanned.casefile", ocr=ocrstep.make_job(("en",), None, None))
    return root / "scanned.casefile"


def test_the_search_hit_is_painted_over_the_scanned_word(qtbot, scanned_archive):
    from viewer.library.sessions import ArchiveSession
    from viewer.readers.pdf import PdfView

    session = ArchiveSession(open_archive(scanned_archive))
    try:
        hit = session.archive.search.find(WORD).hits[0]
        assert (hit.id, hit.page) == ("scans/notice", 2)
        view = PdfView()
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        view.show_item(session, hit.id, WORD)
        qtbot.waitUntil(lambda: view.current_hit() == 0, timeout=5000)
        assert view.current_page() == 1
        page = session.archive.items.ocr_pages(hit.id)[1]
        word = next(w for w in page.words if page.text[w.start:w.end] == WORD)
        shown = view.page_rects()[1]
        painted = view.hit_rects()[0][0]
        # The painted box is the stored one, scaled from the OCR image to the page on screen.
        scale = shown.width() / page.width
        assert abs(painted.x() - (shown.x() + word.x * scale)) < 2 and abs(painted.width() - word.w * scale) < 2
        assert abs(painted.y() - (shown.y() + word.y * scale)) < 2 and painted.height() > 5
    finally:
        session.close()
