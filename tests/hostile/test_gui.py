"""The viewer meets the hostile corpus: every item opened in the main window (offscreen) shows its message
or renders safely within a time bound, and a good item opened right after still works."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage

from viewer.readers.pdf import MAX_RENDER_PX
from viewer.readers.report import SafeTextBrowser

from .conftest import within
from .forge import HTML_ITEMS, HUGE_METADATA_ITEM, IMAGE_ITEMS, PDF_ITEMS, damage
from .test_archives import REFUSED
from .test_content import HTML_CHECKS, IMAGES

# The offscreen platform warns when a shown top-level widget's size hints change; nothing is wrong.
PDF_MESSAGES = {"pdf-garbage": "damaged or not a PDF", "pdf-encrypted": "it is encrypted"}


@pytest.fixture
def window(qtbot, window):
    """The shared main window (tests/helpers/viewer.py), shown."""
    window.show()
    qtbot.waitExposed(window)
    return window


def opened(qtbot, window, path):
    assert window.open_paths([path]) == []
    qtbot.waitUntil(lambda: all(not s.verifying for s in window.library.sessions), timeout=60_000)
    return window.library.sessions[-1]


def still_works(window, session) -> None:
    """A good report and a good image open and render after the hostile item."""
    report = window.open_item(session, "reports/assessment", "chen")
    assert report.reader.message() is None and report.reader.hits()
    image = window.open_item(session, "images/map")
    assert image.reader.message() is None and not image.reader.pixmap_item.pixmap().isNull()


@pytest.mark.parametrize("item_id", IMAGE_ITEMS)
def test_hostile_image(qtbot, window, hostile, item_id):
    session = opened(qtbot, window, hostile)
    with within(5.0):
        tab = window.open_item(session, item_id)
        qtbot.wait(10)
    expected = IMAGES[IMAGE_ITEMS[item_id]]
    if expected is None:
        assert tab.reader.message() is None
        assert len(tab.reader.metadata_rows()) <= 2 + 200
    else:
        assert "cannot be displayed" in tab.reader.message() and expected in tab.reader.message()
        assert tab.reader.pixmap_item.pixmap().isNull()
    still_works(window, session)


def test_absurd_metadata_rows(qtbot, window, hostile):
    session = opened(qtbot, window, hostile)
    with within(5.0):
        tab = window.open_item(session, HUGE_METADATA_ITEM)
        qtbot.wait(10)
    assert tab.reader.message() is None
    assert len(tab.reader.metadata_rows()) == 2  # the forged million-field EXIF is over the cap: none shown
    assert 0 < len(tab.reader.caption.text()) <= 2_000
    still_works(window, session)


class Resources:
    """Records what the report browser was asked to load, and what it answered."""

    def __init__(self, monkeypatch):
        self.asked: list[tuple[str, object]] = []
        real = SafeTextBrowser.loadResource

        def spy(browser, kind, url):
            answer = real(browser, kind, url)
            self.asked.append((url.toString(), answer))
            return answer
        monkeypatch.setattr(SafeTextBrowser, "loadResource", spy)


@pytest.mark.parametrize("item_id", HTML_ITEMS)
def test_hostile_html(qtbot, window, hostile, item_id, monkeypatch):
    resources = Resources(monkeypatch)
    session = opened(qtbot, window, hostile)
    with within(15.0):  # the 10 MB line: ~3 s of Qt layout on an idle 2-core machine
        tab = window.open_item(session, item_id)
        qtbot.wait(10)
    browser = tab.reader.browser
    assert tab.reader.message() is None
    assert HTML_CHECKS[HTML_ITEMS[item_id]][0] in browser.document().toPlainText()[:200_000]
    for url, answer in resources.asked:  # only placeholders: nothing read from disk or network
        assert isinstance(answer, QImage) and answer == browser.placeholder or answer.isEmpty(), url
    markup = browser.toHtml() if item_id != "hostile/html-10mb-line" else ""
    assert not re.search(r'(src|href)="(javascript|vbscript|data|file|https?):|url\(', markup)
    still_works(window, session)


class UrlCatcher(QObject):
    """Stands in for the desktop's browser: any URL Qt (C++ included) tries to open lands here."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def url_catcher():
    catcher = UrlCatcher()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")
    yield catcher
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.mark.parametrize("item_id", PDF_ITEMS)
def test_hostile_pdf(qtbot, window, hostile, item_id, url_catcher):
    session = opened(qtbot, window, hostile)
    with within(5.0):
        tab = window.open_item(session, item_id)
        qtbot.wait(50)
    view = tab.reader
    case_id = PDF_ITEMS[item_id]
    if case_id in PDF_MESSAGES:
        assert "cannot be displayed" in view.message() and PDF_MESSAGES[case_id] in view.message()
    else:
        assert view.message() is None and view.document.pageCount() == 1
        page = view.view.viewport()
        qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=QPoint(page.width() // 2, page.height() // 3))
        view.set_zoom(1000.0)
        longest = max(view.document.pagePointSize(0).width(), view.document.pagePointSize(0).height())
        assert longest * view._pixels_per_point() * view.view.zoomFactor() <= MAX_RENDER_PX + 1
        qtbot.wait(50)
    assert url_catcher.urls == []
    still_works(window, session)


@pytest.mark.parametrize("case_id", REFUSED)
def test_refused_archive_message_then_a_good_one_opens(qtbot, window, archive_copy, built, case_id):
    damage(case_id, archive_copy)
    with within(3.0):
        errors = window.open_paths([archive_copy])
    assert len(errors) == 1 and re.search(REFUSED[case_id][1], errors[0]), errors
    assert window.library.sessions == []
    still_works(window, opened(qtbot, window, built))


@pytest.mark.parametrize("seed", range(3))
def test_bit_flipped_archive_never_breaks_the_window(qtbot, window, archive_copy, built, seed):
    damage("arc-bit-flips", archive_copy, seed=seed)
    errors = window.open_paths([archive_copy])
    if not errors:
        session = window.library.sessions[0]
        qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)
        for item_id in session.archive.items.ids():
            window.open_item(session, item_id)  # a tab with a message, or a status-bar message
    else:
        assert errors[0] and "\n" not in errors[0]
    still_works(window, opened(qtbot, window, built))
