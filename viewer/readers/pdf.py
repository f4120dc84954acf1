"""PDF reader: QtPdf (PDFium, no JavaScript) on the original bytes, kept in memory.

The document is loaded from a QBuffer, never a temporary file, so nothing from the archive is written
to the reader's disk. Zoom is capped so that no page is rendered larger than MAX_RENDER_PX on its
longest edge: QPdfView renders whole pages, and a hostile PDF can declare a page 200 inches square.
Fit width and fit page are computed here (not by QPdfView's own modes) so that they obey the same cap.
QPdfView also lays out every page on loading, so a PDF of more than MAX_PAGES pages is refused, counted
before QPdfDocument is given its bytes and checked again before the view is (pdfpages.py).

QPdfView offers no text selection, so a PDF highlight is made from a find hit: the reader finds the
words, moves to the right hit and presses Highlight hit. The hit's page and its rank among that page's
hits locate the same words in the archive's page text, which gives the quote and its offsets in the
item's text (what the annotation store anchors by). Showing a highlight again is a find for its quote
that stops on its page, painted by QPdfView's own search highlighting.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QLocale, QObject,
                            QPointF, Qt, Signal)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from archive import CasefileError, find_terms

from ..i18n import isolate
from .common import ReaderWidget
from .pdfpages import MAX_PAGES, PageCountUnknown, count_pages

MAX_RENDER_PX = 6000
ZOOM_RANGE = (0.1, 8.0)
ZOOM_STEP = 1.25
FIT_MARGIN_PX = 40  # page margins and a vertical scroll bar
# Marked for translation here, translated when shown (PdfView.load).
_LOAD_ERRORS = {
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP("PdfView", "it is damaged or not a PDF"),
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP("PdfView", "it is encrypted"),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP("PdfView", "it is encrypted with an unsupported "
                                                                              "scheme"),
    QPdfDocument.Error.DataNotYetAvailable: QT_TRANSLATE_NOOP("PdfView", "its data is incomplete"),
}
_UNREADABLE = QT_TRANSLATE_NOOP("PdfView", "PDFium could not read it")
_COUNT_ERRORS = {
    "damaged": _LOAD_ERRORS[QPdfDocument.Error.InvalidFileFormat],
    "encrypted": _LOAD_ERRORS[QPdfDocument.Error.IncorrectPassword],
    "complex": QT_TRANSLATE_NOOP("PdfView", "its page tree is too large or too tangled to count (this reader "
                                            "opens PDFs of at most {0} pages)"),
}
_TOO_MANY_PAGES = QT_TRANSLATE_NOOP("PdfView", "it has more than {0} pages, the most this reader opens")


def has_pdf_view(session, item_id: str) -> bool:
    """Whether the build made a PDF page view of this item (an office document converted to PDF)."""
    try:
        return any(r.page_no == 0 and r.media_type == "application/pdf"
                   for r in session.archive.items.renditions(item_id))
    except CasefileError:
        return False


def document_bytes(session, item) -> bytes:
    """The PDF to show for `item`: its PDF page view if the build made one, else the original."""
    if item.media_type != "application/pdf" and has_pdf_view(session, item.id):
        return session.archive.items.rendition_data(item.id, 0)
    return session.archive.items.original(item.id)


def _count_refusal(data: bytes) -> str | None:
    """Why a PDF is refused before loading (translated), from its page tree; None if it may be loaded."""
    try:
        pages = count_pages(data)
    except PageCountUnknown as exc:
        return QCoreApplication.translate("PdfView", _COUNT_ERRORS[exc.reason]).format(QLocale().toString(MAX_PAGES))
    return _too_many(pages)


def _load_refusal(document: QPdfDocument) -> str | None:
    """Why a document PDFium loaded is not shown (translated); None if it may be shown."""
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return QCoreApplication.translate("PdfView", _LOAD_ERRORS.get(document.error(), _UNREADABLE))
    return _too_many(document.pageCount())


def _too_many(pages: int) -> str | None:
    if pages <= MAX_PAGES:
        return None
    return QCoreApplication.translate("PdfView", _TOO_MANY_PAGES).format(QLocale().toString(MAX_PAGES))


class PdfView(ReaderWidget):
    """Shows one PDF report: pages, zoom, and text search with highlighted hits."""

    highlightRequested = Signal(int, int, int, str)  # page (from 1), start, end in the item's text (-1: unknown), quote

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PdfView", "PDF reader"), parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.viewport().installEventFilter(self)  # to re-fit once the viewport has its new size
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.search_model.countChanged.connect(self._on_results)
        self.view.setSearchModel(self.search_model)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self.find_bar = self.set_content_with_find_bar(self.view, self.find, self.next_hit, self.previous_hit)
        self._build_toolbar()
        self._buffer: QBuffer | None = None
        self._fit: str | None = "width"
        self._current_hit: int | None = None
        self._jump_to_first_hit = False
        self._wanted_page: int | None = None  # reveal(): stop on the first hit on this page (from 0)
        self._session, self._item_id = None, None

    def _build_toolbar(self) -> None:
        self.add_action(self.tr("Previous page"), lambda: self.go_to_page(self.current_page() - 1), ["PgUp"])
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setToolTip(self.tr("Page number (type a number and press Enter)"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_total = QLabel(self)
        self.page_total.setTextFormat(Qt.TextFormat.PlainText)
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.page_total)
        self.add_action(self.tr("Next page"), lambda: self.go_to_page(self.current_page() + 1), ["PgDown"])
        self.toolbar.addSeparator()
        self.add_action(self.tr("Zoom out"), lambda: self.set_zoom(self.view.zoomFactor() / ZOOM_STEP), ["Ctrl+-"])
        self.add_action(self.tr("Zoom in"), lambda: self.set_zoom(self.view.zoomFactor() * ZOOM_STEP), ["Ctrl+=", "Ctrl++"])
        self.add_action(self.tr("Fit width"), lambda: self.fit("width"), ["Ctrl+9"])
        self.add_action(self.tr("Fit page"), lambda: self.fit("page"), ["Ctrl+0"])
        self.toolbar.addSeparator()
        self.add_action(self.tr("Find"), self.focus_find, [QKeySequence.StandardKey.Find])
        self.add_action(self.tr("Previous hit"), self.previous_hit, ["Shift+F3"])
        self.add_action(self.tr("Next hit"), self.next_hit, ["F3"])
        self.toolbar.addSeparator()
        self.add_action(self.tr("Highlight hit"), self._request_highlight, ["Ctrl+H"])

    # -- loading ------------------------------------------------------------------------------------
    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Show a PDF report; with `query`, its hits are highlighted and the first hit's page shown."""
        self.search_model.setSearchString("")
        self.document.close()
        self._session, self._item_id, self._wanted_page = session, item_id, None
        try:
            item = session.archive.items.get(item_id)
            data = document_bytes(session, item)
            search = self._search_string(session, item_id, query) if query else ""
        except CasefileError as exc:
            self.show_message(self.tr("This PDF cannot be shown: {0}").format(isolate(exc)))
            return
        document, reason = self._load(data)
        if reason is not None:
            self.show_message(self.tr("“{0}” cannot be displayed: {1}. The archive holds the original bytes "
                                      "unchanged; export the file to inspect it with other tools.")
                              .format(isolate(item.title), reason))
            return
        self._attach(document)
        self.show_content()
        count = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, count)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr(" of {0} ").format(count))
        self.fit(self._fit or "width")
        self.go_to_page(0)
        self.find_bar.set_text(search)
        self._jump_to_first_hit = bool(search)
        self.find(search)

    def _load(self, data: bytes) -> tuple[QPdfDocument | None, str | None]:
        """(a loaded document no view shows yet, None), or (None, why it is refused, translated).

        The pages are counted before PDFium sees the bytes, and PDFium's own count is checked again
        before the view lays a single page out (see pdfpages.py)."""
        reason = _count_refusal(data)
        if reason is not None:
            return None, reason
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self._buffer)
        reason = _load_refusal(document)
        if reason is None:
            return document, None
        document.close()
        document.deleteLater()
        return None, reason

    def _attach(self, document: QPdfDocument) -> None:
        """Make `document` the one shown and searched; the previous one is closed already."""
        previous, self.document = self.document, document
        self.view.setDocument(document)
        self.search_model.setDocument(document)
        previous.deleteLater()

    @staticmethod
    def _search_string(session, item_id: str, query: str) -> str:
        """QtPdf finds literal text only: search for what the query first matches in the extracted
        text (so "chen quanguo" finds "Chen Quanguo"), else for the query as typed."""
        try:
            groups = session.archive.search.compile(query).highlight
        except CasefileError:
            return query
        text = session.archive.items.text(item_id)
        spans = find_terms(text, groups) if groups else []
        return re.sub(r"\s+", " ", text[spans[0][0]:spans[0][1]]) if spans else query

    # -- pages and zoom -----------------------------------------------------------------------------
    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if self.document.pageCount() == 0:
            return
        page = min(max(page, 0), self.document.pageCount() - 1)
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _on_page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    def zoom_limits(self) -> tuple[float, float]:
        """Smallest and largest zoom factor for this document (the largest keeps pages under MAX_RENDER_PX)."""
        longest = max((max(self.document.pagePointSize(p).width(), self.document.pagePointSize(p).height())
                       for p in range(self.document.pageCount())), default=0.0)
        if longest <= 0:
            return ZOOM_RANGE
        cap = MAX_RENDER_PX / (longest * self._pixels_per_point())
        return min(ZOOM_RANGE[0], cap), min(ZOOM_RANGE[1], cap)

    def set_zoom(self, factor: float, *, keep_fit: bool = False) -> None:
        low, high = self.zoom_limits()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, low), high))
        if not keep_fit:
            self._fit = None

    def fit(self, mode: str) -> None:
        """Zoom so the widest page fits the width ("width") or the current page fits entirely ("page")."""
        pages = self.document.pageCount()
        if pages == 0:
            return
        available = self.view.viewport().size()
        scale = self._pixels_per_point()
        if mode == "width":
            widest = max(self.document.pagePointSize(p).width() for p in range(pages))
            factor = (available.width() - FIT_MARGIN_PX) / max(widest * scale, 1.0)
        else:
            size = self.document.pagePointSize(self.current_page())
            factor = min((available.width() - FIT_MARGIN_PX) / max(size.width() * scale, 1.0),
                         (available.height() - FIT_MARGIN_PX) / max(size.height() * scale, 1.0))
        self.set_zoom(factor, keep_fit=True)
        self._fit = mode

    def _pixels_per_point(self) -> float:
        screen = QGuiApplication.primaryScreen()
        return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0  # as QPdfView converts points

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self._fit:
            self.fit(self._fit)
        return super().eventFilter(watched, event)

    # -- search -------------------------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.field.selectAll()

    def find(self, text: str) -> None:
        """Search the PDF's text for `text` (literally, ignoring case); results arrive page by page."""
        self._current_hit = None
        self.view.setCurrentSearchResultIndex(-1)
        self.search_model.setSearchString(text.strip())
        self._on_results()

    def hit_count(self) -> int:
        return self.search_model.count()

    def current_hit(self) -> int | None:
        return self._current_hit

    def _on_results(self) -> None:
        count = self.search_model.count()
        if self._wanted_page is not None:
            for index in range(count):
                if self.search_model.resultAtIndex(index).page() == self._wanted_page:
                    self._wanted_page = None
                    self.go_to_hit(index)
                    return
        if self._jump_to_first_hit and count:
            self._jump_to_first_hit = False
            self.go_to_hit(0)
            return
        self.find_bar.set_count(self._current_hit, count)

    def next_hit(self) -> None:
        if self.search_model.count():
            self.go_to_hit(0 if self._current_hit is None else self._current_hit + 1)

    def previous_hit(self) -> None:
        if self.search_model.count():
            self.go_to_hit(-1 if self._current_hit is None else self._current_hit - 1)

    def go_to_hit(self, index: int) -> None:
        """Make hit `index` (wrapping around) the current one and show its page."""
        count = self.search_model.count()
        index %= count
        self._current_hit = index
        self.view.setCurrentSearchResultIndex(index)
        link = self.search_model.resultAtIndex(index)
        self.view.pageNavigator().jump(link.page(), link.location(), self.view.zoomFactor())
        self.find_bar.set_count(index, count)
        self.statusMessage.emit(self.tr("Hit {0} of {1}, page {2}").format(index + 1, count, link.page() + 1))

    # -- highlights ---------------------------------------------------------------------------------
    def hit_anchor(self, index: int) -> tuple[int, int | None, int | None, str]:
        """(page from 1, start, end, quote) of find hit `index` in the item's text; start and end are
        None when the archive's page text does not hold the hit (PDFium and the archive extract text
        differently, e.g. ligatures), and the quote is then the words searched for."""
        link = self.search_model.resultAtIndex(index)
        page, needle = link.page(), self.search_model.searchString()
        rank = sum(1 for i in range(index) if self.search_model.resultAtIndex(i).page() == page)
        try:
            text = self._session.archive.items.text(self._item_id)
            stored = next((p for p in self._session.archive.items.pages(self._item_id) if p.number == page + 1), None)
        except CasefileError:
            stored = None
        pattern = r"\s+".join(re.escape(word) for word in needle.split())
        matches = list(re.finditer(pattern, stored.text, re.IGNORECASE)) if stored and pattern else []
        if rank >= len(matches):
            return page + 1, None, None, needle
        start, end = stored.start + matches[rank].start(), stored.start + matches[rank].end()
        quote = text[start:end]
        if quote != matches[rank].group(0):  # page offsets that do not agree with the item's text
            return page + 1, None, None, matches[rank].group(0)
        return page + 1, start, end, quote

    def _request_highlight(self) -> None:
        if self._current_hit is None:
            self.statusMessage.emit(self.tr("Find the words to highlight first (Ctrl+F), move to the hit (F3), "
                                            "then Highlight hit (Ctrl+H)."))
            return
        page, start, end, quote = self.hit_anchor(self._current_hit)
        self.highlightRequested.emit(page, -1 if start is None else start, -1 if end is None else end, quote)

    def reveal(self, page: int, quote: str) -> None:
        """Show a highlight: find its quote and stop on its page (from 1)."""
        self.go_to_page(page - 1)
        self._wanted_page = page - 1
        self._jump_to_first_hit = False
        self.find_bar.set_text(quote)
        self.find(quote)
