"""Report, PDF and image readers: what they show, what they refuse to load, and how they move."""

from __future__ import annotations

import base64
import io
import os
import struct
import warnings
import zlib

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDesktopServices, QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from archive import open_archive
from viewer.library.sessions import ArchiveSession
from viewer.readers import report as report_module
from viewer.readers.image import ImageView
from viewer.readers.pdf import MAX_RENDER_PX, PdfView
from viewer.readers.report import ReportView

# The offscreen platform warns when a shown top-level widget's size hints change; nothing is wrong.
IMAGE = QTextDocument.ResourceType.ImageResource.value
STYLESHEET = QTextDocument.ResourceType.StyleSheetResource.value


@pytest.fixture
def sample_session(sample_path):
    session = ArchiveSession(open_archive(sample_path))
    yield session
    session.close()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with warnings.catch_warnings():
        # Deprecated, but the offscreen platform has no window manager to activate a window, and
        # window-wide shortcuts and keyboard focus only work in the active window.
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    return widget


def hit_texts(view: ReportView) -> list[str]:
    raw = view.browser.document().toRawText()
    return [raw[start:end] for start, end in view.hits()]


def href_at(view: ReportView, position: int) -> str:
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().anchorHref()


# -- report reader ----------------------------------------------------------------------------------
def test_report_highlights_query_hits_and_moves_between_them(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/assessment", "xpcc")
    assert hit_texts(view) == ["XPCC", "XPCC"]
    assert view.find_bar.counter.text() == "1 of 2"
    selections = view.browser.extraSelections()
    assert [s.format.background().color() for s in selections] == [report_module.CURRENT_HIT, report_module.HIT]
    view.next_hit()
    assert view.current_hit() == 1 and view.find_bar.counter.text() == "2 of 2"
    assert view.browser.extraSelections()[1].format.background().color() == report_module.CURRENT_HIT
    view.next_hit()
    assert view.current_hit() == 0  # wraps around
    view.previous_hit()
    assert view.current_hit() == 1


def action(view, text: str) -> QAction:
    return next(a for a in view.actions() if a.text() == text)


def test_report_find_field_keys_and_enter(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/assessment")
    assert view.hits() == [] and view.find_bar.counter.text() == ""
    assert "Ctrl+F" in action(view, "Find").toolTip() and "F3" in action(view, "Next hit").toolTip()
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.field.hasFocus()
    qtbot.keyClicks(view.find_bar.field, "chen quanguo")
    assert hit_texts(view) == ["Chen Quanguo"]
    qtbot.keyClicks(view.find_bar.field, " OR xpcc")
    assert len(view.hits()) == 3 and view.current_hit() == 0
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Return)
    assert view.current_hit() == 1
    # QTest sends ShortcutOverride first, as Qt does for a real key: the reader claims the key, runs
    # the action once and swallows the key press that follows.
    qtbot.keyClick(view.browser, Qt.Key.Key_F3)
    assert view.current_hit() == 2
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_hit() == 1
    view.find_bar.field.setText("nothing-like-this")
    assert view.hits() == [] and view.find_bar.counter.text() == "No matches"


def test_reader_keys_win_over_a_window_shortcut(qtbot, session):
    window = QWidget()
    window_find = QAction("Search archive", window)
    window_find.setShortcut(QKeySequence.StandardKey.Find)
    window.addAction(window_find)
    view = ReportView(window)
    QVBoxLayout(window).addWidget(view)
    shown(qtbot, window)
    view.show_item(session, "reports/assessment")
    fired = []
    window_find.triggered.connect(lambda: fired.append("window"))
    action(view, "Find").triggered.connect(lambda: fired.append("reader"))
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["reader"] and view.find_bar.field.hasFocus()
    window_find.setShortcut(QKeySequence("Ctrl+Shift+F"))
    qtbot.keyClick(view.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert fired == ["reader", "window"]  # keys the reader does not use still reach the window


def test_plain_words_are_found_as_the_phrase_they_make(qtbot, session):
    # Typed as in a browser's find bar: "XPCC is mentioned" is one hit, not every XPCC as well.
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/assessment")
    view.find_bar.field.setText("xpcc is mentioned")
    assert hit_texts(view) == ["XPCC is mentioned"] and view.find_bar.counter.text() == "1 of 1"
    view.find_bar.field.setText("xpcc OR mentioned")  # search syntax: the terms, each where it is
    assert hit_texts(view) == ["XPCC", "mentioned", "XPCC"]
    view.find_bar.field.setText("mentioned glucksmann")  # not a phrase here: the words, as a search finds them
    assert hit_texts(view) == ["mentioned", "Glucksmann"]


def test_a_name_is_found_in_the_other_scripts_the_document_writes_it_in(qtbot, sample_session):
    """Issue 21: the find marks the same names search matched, in every script the build recorded as
    that person's mentions in this document; not another person who shares a word of the name."""
    view = shown(qtbot, ReportView())
    view.show_item(sample_session, "reports/glossary-names")
    view.find_bar.field.setText("chen quanguo")
    found = hit_texts(view)
    assert "Chen Quanguo" in found and "陈全国" in found and "چېن چۈەنگو" in found
    assert not any("明国" in text or "Mingguo" in text for text in found)
    view.find_bar.field.setText("陈全国")
    assert "Chen Quanguo" in hit_texts(view)
    view.find_bar.field.setText("xinjiang")  # no person or body named by it alone: words only
    assert {text.lower() for text in hit_texts(view)} == {"xinjiang"}


def test_unparsable_find_text_is_found_word_for_word(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/assessment", "XPCC AND (")
    assert hit_texts(view) == ["XPCC", "XPCC"]


def test_report_zoom_changes_font_within_limits(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/chinese-note")
    size = view.browser.font().pointSizeF()
    view.zoom(2)
    assert view.browser.font().pointSizeF() > size and view.zoom_level() == 2
    view.zoom(100)
    assert view.zoom_level() == report_module.ZOOM_RANGE[1]
    view.zoom(-view.zoom_level())
    assert view.browser.font().pointSizeF() == size


def test_resources_are_never_loaded_from_disk_network_or_data_urls(qtbot, session, tmp_path):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/police-files")
    red = tmp_path / "red.png"
    Image.new("RGB", (10, 10), "red").save(red)
    (tmp_path / "style.css").write_text("p { color: red }")
    inline = "data:image/png;base64," + base64.b64encode(red.read_bytes()).decode()
    document = view.browser.document()
    for url in ("http://example.org/a.png", "https://example.org/a.png", "//example.org/a.png",
                QUrl.fromLocalFile(str(red)).toString(), "red.png", inline, "archive:reports/assessment"):
        loaded = document.loadResource(IMAGE, QUrl(url))
        assert loaded == view.browser.placeholder, url
    assert document.loadResource(STYLESHEET, QUrl.fromLocalFile(str(tmp_path / "style.css"))) == b""
    # Markup that bypassed the sanitiser still cannot reach the file.
    view.browser.setHtml(f'<p><img src="{QUrl.fromLocalFile(str(red)).toString()}"></p>')
    image = document.resource(IMAGE, QUrl.fromLocalFile(str(red)))
    assert image == view.browser.placeholder and image.pixelColor(5, 5) != QColor("red")


def test_archive_images_are_answered_from_the_archive(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/assessment")
    image = view.browser.document().loadResource(IMAGE, QUrl("archive:images/map"))
    thumbnail = session.archive.items.thumbnail("images/map", report_module.INLINE_IMAGE_EDGE)
    assert isinstance(image, QImage) and (image.width(), image.height()) == (thumbnail.width, thumbnail.height)


def test_external_link_opens_only_after_confirmation(qtbot, session, monkeypatch):
    opened, asked = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    view = shown(qtbot, ReportView(confirm=lambda parent, url: asked.append(url.toString()) or False))
    view.show_item(session, "reports/assessment")
    url = QUrl("https://example.org/a?b=1#c")
    view.browser.anchorClicked.emit(url)
    assert asked == ["https://example.org/a?b=1#c"] and opened == []
    view.confirm_external = lambda parent, url: True
    view.browser.anchorClicked.emit(url)
    assert opened == ["https://example.org/a?b=1#c"]


def test_confirmation_dialog_names_the_full_url_and_defaults_to_cancel(qtbot, monkeypatch):
    seen = []

    def fake_exec(box):
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        seen.append((box.textFormat(), box.text(), box.defaultButton() is cancel))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert report_module.confirm_external_link(parent, QUrl("https://example.org/<b>x</b>")) is False
    text_format, text, cancel_default = seen[0]
    assert text_format == Qt.TextFormat.PlainText and cancel_default
    assert "leads outside the archive" in text and "https://example.org/%3Cb%3Ex%3C/b%3E" in text


@pytest.mark.parametrize(("item_id", "name", "entity_id"), [
    ("reports/assessment", "Chen Quanguo", "person-chen-quanguo"),
    ("reports/chinese-note", "陈全国", "person-chen-quanguo"),
    ("reports/police-files", "Kashgar", "place-kashgar"),
])
def test_mentions_become_entity_links(qtbot, session, item_id, name, entity_id):
    view = shown(qtbot, ReportView())
    view.show_item(session, item_id)
    position = view.browser.document().toRawText().index(name)
    assert href_at(view, position) == f"casefile-entity:{entity_id}"


def test_clicking_a_mention_emits_entity_activated(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/assessment")
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(view.browser.document().toRawText().index("XPCC") + 2)
    point = view.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(view.entityActivated) as blocker:
        qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert blocker.args == [session, "org-xpcc"]


def test_uyghur_paragraphs_are_right_to_left_and_english_ones_are_not(qtbot, sample_session):
    view = shown(qtbot, ReportView())
    view.show_item(sample_session, "reports/police-files-uyghur-summary", "قەشقەر")
    # The word (here always within قەشقەر ۋىلايىتى, one highlight), and Kashgar Prefecture, whose name
    # the word spells, as this document writes it in the other scripts.
    assert any("قەشقەر" in text for text in hit_texts(view))
    assert set(hit_texts(view)) <= {"قەشقەر", "قەشقەر ۋىلايىتى", "Kashgar Prefecture", "喀什地区"}
    directions = {}
    block = view.browser.document().begin()
    while block.isValid():
        directions[block.text()[:12]] = block.textDirection()
        block = block.next()
    assert directions["2022-يىلى 24"] == Qt.LayoutDirection.RightToLeft
    assert directions["On 24 May 20"] == Qt.LayoutDirection.LeftToRight


def test_pdf_item_in_report_reader_gives_a_message(qtbot, session):
    view = shown(qtbot, ReportView())
    view.show_item(session, "reports/sanctions")
    assert "not a text report" in view.message()


# -- PDF reader -------------------------------------------------------------------------------------
def test_pdf_jumps_to_first_hit_page_and_navigates(qtbot, session):
    view = shown(qtbot, PdfView())
    view.show_item(session, "reports/sanctions", "kashgar")
    assert view.message() is None and view.document.pageCount() == 2
    assert view.page_total.text().strip() == "of 2"
    qtbot.waitUntil(lambda: view.hit_count() == 1)
    assert view.current_hit() == 0 and view.current_page() == 1 and view.page_box.value() == 2
    assert view.find_bar.counter.text() == "1 of 1"
    view.go_to_page(0)
    assert view.current_page() == 0 and view.page_box.value() == 1
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_PageDown)
    assert view.current_page() == 1  # the page, not a scroll by the view as well
    qtbot.keyClick(view.view, Qt.Key.Key_PageUp)
    assert view.current_page() == 0
    view.page_box.setValue(1)
    assert view.current_page() == 0


def test_pdf_search_next_and_previous(qtbot, sample_session):
    view = shown(qtbot, PdfView())
    view.show_item(sample_session, "reports/chronology-2020-2022", "xinjiang")
    qtbot.waitUntil(lambda: view.hit_count() >= 5 and view.current_hit() == 0)
    qtbot.wait(200)  # let the page-by-page search finish
    count = view.hit_count()
    view.next_hit()
    assert view.current_hit() == 1 and view.view.currentSearchResultIndex() == 1
    assert view.find_bar.counter.text() == f"2 of {count}"
    view.previous_hit()
    view.previous_hit()
    assert view.current_hit() == count - 1
    last_page = view.search_model.resultAtIndex(count - 1).page()
    assert view.current_page() == last_page


def test_pdf_zoom_fit_and_cap(qtbot, session):
    view = shown(qtbot, PdfView())
    view.show_item(session, "reports/sanctions")
    fitted = view.view.zoomFactor()
    width = view.view.viewport().width()
    assert 612 * view._pixels_per_point() * fitted <= width  # fit width (the default)
    view.set_zoom(fitted * 1.25)
    assert view.view.zoomFactor() == pytest.approx(fitted * 1.25)
    for _ in range(40):
        view.set_zoom(view.view.zoomFactor() * 1.25)
    low, high = view.zoom_limits()
    assert view.view.zoomFactor() == high
    assert 792 * view._pixels_per_point() * high <= MAX_RENDER_PX + 1e-6
    view.fit("page")
    assert 792 * view._pixels_per_point() * view.view.zoomFactor() <= view.view.viewport().height()
    view.set_zoom(0.0001)
    assert view.view.zoomFactor() == low


def test_pdf_loaded_before_it_is_shown_fits_the_width_it_gets(qtbot, session):
    """As in a new tab: the document is loaded while the widget is small, then laid out."""
    view = PdfView()
    view.show_item(session, "reports/sanctions")
    shown(qtbot, view)
    page_width = 612 * view._pixels_per_point() * view.view.zoomFactor()
    assert 0.8 * view.view.viewport().width() <= page_width <= view.view.viewport().width()


def test_damaged_pdf_gives_a_message_not_a_crash(qtbot, session, monkeypatch):
    monkeypatch.setattr(session.archive.items, "original", lambda item_id: b"%PDF-1.7\n1 0 obj <<>> garbage")
    view = shown(qtbot, PdfView())
    view.show_item(session, "reports/sanctions", "kashgar")
    assert "cannot be displayed" in view.message() and "damaged or not a PDF" in view.message()
    view.next_hit()  # nothing to move to; must not raise
    view.go_to_page(3)


# -- image viewer -----------------------------------------------------------------------------------
def test_image_zoom_fit_actual_size_and_rotate_change_the_view_only(qtbot, session):
    view = shown(qtbot, ImageView())
    view.show_item(session, "images/map")
    assert view.message() is None
    fitted = view.view.transform().m11()
    assert 0 < fitted == view.zoom()
    view.set_zoom(view.zoom() * 1.25)
    assert view.view.transform().m11() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.view.transform().m11() == pytest.approx(fitted)
    view.set_zoom(1.0)
    assert view.view.transform().m11() == 1.0
    view.rotate(90)
    transform = view.view.transform()
    assert transform.m11() == pytest.approx(0) and transform.m12() == pytest.approx(1.0)
    view.rotate(-180)
    assert view.rotation() == 270
    view.fit()
    rect = view.view.mapFromScene(view.pixmap_item.sceneBoundingRect()).boundingRect()
    assert rect.width() <= view.view.viewport().width() and rect.height() <= view.view.viewport().height()
    assert view.pixmap_item.pixmap().width() == 640  # the picture itself is untouched


def test_image_metadata_panel_shows_exif_caption_and_format(qtbot, session):
    view = shown(qtbot, ImageView())
    view.show_item(session, "images/map")
    rows = dict(view.metadata_rows())
    assert rows["Format"] == "JPEG" and rows["Dimensions"] == "640 × 480 pixels"
    assert rows["ImageDescription"] == "A schematic map" and rows["Artist"] == "Casefile test"
    assert view.caption.text() == "Schematic map of Kashgar (喀什)"
    assert view.caption.textFormat() == Qt.TextFormat.PlainText


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b"")) + \
        _png_chunk(b"IEND", b"")


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


@pytest.mark.parametrize(("data", "reason"), [
    (b"not an image at all", "not an image in an accepted format"),
    (_png_header(100_000, 100_000), "pixel"),
    ("truncated", "damaged image"),
])
def test_rejected_image_gives_a_message(qtbot, session, monkeypatch, data, reason):
    if data == "truncated":
        out = io.BytesIO()
        Image.new("RGB", (400, 300), "blue").save(out, "PNG")
        data = out.getvalue()[:200]
    monkeypatch.setattr(session.archive.items, "original", lambda item_id: data)
    view = shown(qtbot, ImageView())
    view.show_item(session, "images/map")
    assert "cannot be displayed" in view.message() and reason in view.message()
    assert view.pixmap_item.pixmap().isNull()


@pytest.mark.parametrize("query, literal", [("chen quanguo", "Chen Quanguo"), ("quanguo chen", "Chen Quanguo"),
                                            ("kashgar", "Kashgar"), ("mentions", "mentions"),
                                            ("nothing-here", "nothing-here")])
def test_pdf_reader_looks_for_what_the_query_matches_as_typed(session, query, literal):
    # QtPdf finds literal text: the reader asks it for the text the query matches, preferring a span
    # with a word as typed over one with only another form of it ("mention" would also match "mentions").
    assert PdfView._search_string(session, "reports/sanctions", query) == literal


def test_a_pdf_find_also_marks_the_other_names_of_what_it_names(qtbot, sample_session):
    """Issue 21: "xpcc" in a PDF also finds the Corps' full name and Bingtuan, as this PDF writes
    them (one QtPdf search each, painted like the machine-read pages' hits); not for a plain word."""
    from viewer.readers.pdf import PdfView

    view = shown(qtbot, PdfView())
    view.show_item(sample_session, "reports/xpcc-supply-chain-research")
    view.find_bar.field.setText("xpcc")
    qtbot.waitUntil(lambda: any(hit.name == "Bingtuan" for hit in view.hits()), timeout=10_000)
    names = {hit.name for hit in view.hits()}
    assert {"Bingtuan", "Xinjiang Production and Construction Corps"} <= names
    plain = sum(1 for hit in view.hits() if hit.name is None)
    assert plain >= 1  # the word itself, from QtPdf's own search
    other = next(i for i, hit in enumerate(view.hits()) if hit.name == "Bingtuan")
    view.go_to_hit(other)
    page, start, end, quote = view.hit_anchor(other)
    assert quote == "Bingtuan" and (start is None or sample_session.archive.items.text(
        "reports/xpcc-supply-chain-research")[start:end] == "Bingtuan")
    view.find_bar.field.setText("cotton")
    qtbot.waitUntil(lambda: view.hit_count() > 0, timeout=10_000)
    assert all(hit.name is None for hit in view.hits())


def test_a_pdf_find_also_marks_the_other_forms_of_its_words(qtbot, sample_session):
    """"labor" also finds "labour" in a PDF (QtPdf searches one literal string; the other forms a
    search matches get searches of their own)."""
    from viewer.readers.pdf import PdfView

    view = shown(qtbot, PdfView())
    view.show_item(sample_session, "reports/xpcc-supply-chain-research")
    view.find_bar.field.setText("labor")
    qtbot.waitUntil(lambda: any(hit.name == "labour" for hit in view.hits()), timeout=10_000)
    assert {hit.name for hit in view.hits()} <= {None, "labour"}


def test_a_confirmed_link_starts_the_browser_with_the_hosts_environment(qtbot, session, monkeypatch, tmp_path):
    """In portable mode TEMP, TMPDIR and the XDG folders point into the session folder on the stick; the
    browser must get the computer's own, or its profile and caches would land there (issue 24)."""
    from archive import portable

    host = {**os.environ, "TMPDIR": "/tmp", "TEMP": r"C:\Users\host\AppData\Local\Temp"}
    host.pop("XDG_CACHE_HOME", None)
    redirected = {"TMPDIR": str(tmp_path / "session" / "tmp"), "TEMP": str(tmp_path / "session" / "tmp"),
                  "XDG_CACHE_HOME": str(tmp_path / "session" / "cache")}
    for name, value in redirected.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(portable, "_session", portable.PortableSession(tmp_path / "session", host,
                                                                       tmp_path / "data", True))
    seen = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen.append(
        {name: os.environ.get(name) for name in redirected}) or True)
    view = shown(qtbot, ReportView(confirm=lambda parent, url: True))
    view.show_item(session, "reports/assessment")
    view.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert seen == [{"TMPDIR": "/tmp", "TEMP": r"C:\Users\host\AppData\Local\Temp", "XDG_CACHE_HOME": None}]
    assert {name: os.environ.get(name) for name in redirected} == redirected  # Casefile's own stays redirected
