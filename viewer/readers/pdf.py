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

A scanned page has no text layer for QtPdf to search; the archive holds what OCR read on it, with word
boxes (`Items.ocr_pages`). The find text is matched in that page text too, and those hits are painted
here over the page (ocroverlay.py), mapped from the OCR image's pixels to the page as QPdfView lays it
out; F3 steps through both kinds of hit in page order. "Show recognised text" shows a page's OCR text
beside it, where a selection can be highlighted like a find hit.
"""

from __future__ import annotations

import re

from typing import NamedTuple

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QLocale, QObject,
                            QPointF, QRectF, QSize, QSizeF, Qt, Signal)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QSplitter, QWidget

from archive import CasefileError, find_terms, fold

from ..i18n import isolate
from .common import ReaderWidget
from .ocroverlay import HitStepping, hit_boxes, needle_spans, paint_hits, pdf_page_rects, scaled
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
MAX_OTHER_NAMES = 8  # other forms and names searched beside the find text (one more pass each)
MAX_PANEL_CHARS = 500_000  # a forged page text can be any length; a real page holds a few thousand


class Hit(NamedTuple):
    """One find hit: its page (from 0), its boxes in page points, and where it came from: QtPdf's
    result number in the text layer, or (-1 and) its span in the page's OCR text, or (-1 and) the
    other name of the same person or body whose own search found it."""

    page: int
    boxes: tuple[QRectF, ...]
    result: int
    span: tuple[int, int] | None = None
    name: str | None = None  # a hit of another form or name of what the find text asks (its own search)


class _PagesView(QPdfView):
    """QPdfView that lets its reader paint over the pages once they are drawn."""

    def __init__(self, parent: QWidget, paint_over) -> None:
        super().__init__(parent)
        self._paint_over = paint_over

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        self._paint_over(painter)
        painter.end()


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


class PdfView(HitStepping, ReaderWidget):
    """Shows one PDF report: pages, zoom, and text search with highlighted hits."""

    highlightRequested = Signal(int, int, int, str)  # page (from 1), start, end in the item's text (-1: unknown), quote

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PdfView", "PDF reader"), parent)
        self.document = QPdfDocument(self)
        self.view = _PagesView(self, self._paint_ocr_hits)
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.viewport().installEventFilter(self)  # to re-fit once the viewport has its new size
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.search_model.countChanged.connect(self._on_results)
        self.view.setSearchModel(self.search_model)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self.ocr_text = QPlainTextEdit(self)
        self.ocr_text.setReadOnly(True)
        self.ocr_text.setAccessibleName(self.tr("Recognised text of this page"))
        self.ocr_text.hide()
        pane = QSplitter(self)
        pane.addWidget(self.view)
        pane.addWidget(self.ocr_text)
        pane.setStretchFactor(0, 3)
        pane.setStretchFactor(1, 2)
        self.find_bar = self.set_content_with_find_bar(pane, self.find, self.next_hit, self.previous_hit)
        self._build_toolbar()
        self._buffer: QBuffer | None = None
        self._ocr: dict = {}  # page (from 0) -> archive.items.OcrPage
        self._page_sizes: list = []  # QSizeF in points, by page
        self._hits: list[Hit] = []
        self._ocr_hits: list[Hit] = []
        self._name_models: list[QPdfSearchModel] = []  # one search per other name (QtPdf's takes one string)
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
        self.ocr_action = self.add_action(self.tr("Show recognised text"), self._show_ocr_text, ["Ctrl+Shift+T"])
        self.ocr_action.setCheckable(True)
        self.ocr_action.setVisible(False)

    # -- loading ------------------------------------------------------------------------------------
    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Show a PDF report; with `query`, its hits are highlighted and the first hit's page shown."""
        self.search_model.setSearchString("")
        self.document.close()
        self._session, self._item_id, self._wanted_page = session, item_id, None
        self._ocr, self._page_sizes, self._hits, self._ocr_hits = {}, [], [], []
        try:
            item = session.archive.items.get(item_id)
            data = document_bytes(session, item)
            search = self._search_string(session, item_id, query) if query else ""
            self._ocr = {page.page_no - 1: page for page in session.archive.items.ocr_pages(item_id)}
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
        self._page_sizes = [self.document.pagePointSize(page) for page in range(count)]
        self.ocr_action.setVisible(bool(self._ocr))
        self._show_ocr_text()
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
        text (so "chen quanguo" finds "Chen Quanguo"), else for the query as typed. The words as typed
        come before their other forms (camp before camps), whichever the text has first."""
        try:
            compiled = session.archive.search.compile(query)
        except CasefileError:
            return query
        text = session.archive.items.text(item_id)
        spans = find_terms(text, compiled.highlight) if compiled.highlight else []
        typed = set(compiled.terms)
        found = next((span for span in spans if typed & set(fold(text[span[0]:span[1]]).split())),
                     spans[0] if spans else None)
        return re.sub(r"\s+", " ", text[found[0]:found[1]]) if found else query

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
        self._show_ocr_text()

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
        self._ocr_hits = self._find_in_ocr(text)
        self.search_model.setSearchString(text.strip())
        self._search_other_names(text)
        self._on_results()

    def _search_other_names(self, text: str) -> None:
        """Search the text layer for what a search for `text` also matches, as this PDF writes it (QtPdf
        searches one literal string): the other forms of its words (Uyghur beside Uyghurs, labour
        beside labor) and the other names of the people and bodies it names (陈全国 beside Chen
        Quanguo; Bingtuan beside XPCC: archive.search.name_surfaces)."""
        for model in self._name_models:
            model.countChanged.disconnect(self._on_results)
            model.deleteLater()
        self._name_models = []
        if not text.strip() or self._session is None:
            return
        search = self._session.archive.search
        try:
            item_text = self._session.archive.items.text(self._item_id)
            compiled = search.compile(text)
            forms = [" ".join(item_text[start:end].split()) for start, end in find_terms(item_text, compiled.highlight)]
            names = search.name_surfaces(text, self._item_id)
        except CasefileError:
            forms, names = [], []
        typed, seen = text.strip().casefold(), set()
        others = [other for other in (*forms, *names) if other and other.casefold() not in seen
                  and not seen.add(other.casefold())]
        for name in others[:MAX_OTHER_NAMES]:
            if name.casefold() in typed or typed in name.casefold():
                continue  # the find's own search marks it already (QtPdf ignores case)
            model = QPdfSearchModel(self)
            model.setDocument(self.document)
            model.setSearchString(name)
            model.countChanged.connect(self._on_results)
            self._name_models.append(model)

    def _find_in_ocr(self, text: str) -> list[Hit]:
        """Hits of `text` in the machine-read pages, their word boxes mapped to page points."""
        hits = []
        for page_no, page in sorted(self._ocr.items()):
            if not 0 <= page_no < len(self._page_sizes):
                continue  # a forged page number
            size = self._page_sizes[page_no]
            spans = needle_spans(page.text, text)
            for span, boxes in zip(spans, hit_boxes(page, spans)):
                hits.append(Hit(page_no, tuple(scaled(boxes, size.width() / page.width,
                                                      size.height() / page.height)), -1, span))
        return hits

    def printed_page(self, number: int, size: QSize) -> QImage:
        """Page `number` (from 0) with the find's hits painted on it, as an image that fits `size`
        pixels: what Save as PDF prints. A null image for a page QtPdf cannot render."""
        points = self.document.pagePointSize(number)
        if points.isEmpty():
            return QImage()
        target = points.scaled(QSizeF(size), Qt.AspectRatioMode.KeepAspectRatio).toSize()
        rendered = self.document.render(number, target)
        if rendered.isNull():
            return rendered
        image = QImage(rendered.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))  # QtPdf leaves the paper transparent
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        scale = rendered.width() / points.width()
        paint_hits(painter, [scaled(list(hit.boxes), scale, scale) for hit in self._hits if hit.page == number], None)
        painter.end()
        return image

    def page_count(self) -> int:
        return self.document.pageCount() if self.message() is None else 0

    def hit_count(self) -> int:
        return len(self._hits)

    def hits(self) -> list[Hit]:
        """The find hits in page order: the text layer's and those on machine-read pages."""
        return list(self._hits)

    def hit_rects(self) -> list[list[QRectF]]:
        """Each hit's boxes where they are painted, in viewport coordinates."""
        pages = self.page_rects()
        return [self._on_viewport(pages[hit.page], hit.boxes) for hit in self._hits]

    def page_rects(self) -> list[QRectF]:
        """Where each page is in the viewport, as QPdfView lays them out."""
        rects = pdf_page_rects(self._page_sizes, self._scale(), self.view.viewport().width(),
                               self.view.documentMargins(), self.view.pageSpacing())
        scroll = QPointF(self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value())
        return [QRectF(rect).translated(-scroll) for rect in rects]

    def _scale(self) -> float:
        """Viewport pixels per page point."""
        return self.view.zoomFactor() * self._pixels_per_point()

    def _on_viewport(self, page: QRectF, boxes) -> list[QRectF]:
        return [box.translated(page.topLeft()) for box in scaled(list(boxes), self._scale(), self._scale())]

    def _paint_ocr_hits(self, painter: QPainter) -> None:
        # QPdfView paints its own search's hits itself; the machine-read pages' and the other names'
        # are painted here alike.
        if not any(hit.result < 0 for hit in self._hits):
            return
        pages, height = self.page_rects(), self.view.viewport().height()
        shown = [self._on_viewport(pages[hit.page], hit.boxes)
                 if hit.result < 0 and pages[hit.page].bottom() >= 0 and pages[hit.page].top() <= height
                 else [] for hit in self._hits]
        paint_hits(painter, shown, self._current_hit)

    def current_hit(self) -> int | None:
        return self._current_hit

    def _on_results(self) -> None:
        model = self.search_model
        layer = [Hit(link.page(), tuple(link.rectangles()), index)
                 for index, link in ((i, model.resultAtIndex(i)) for i in range(model.count()))
                 if link.page() not in self._ocr]  # what PDFium finds on a scan is not where OCR put it
        names = [Hit(link.page(), tuple(link.rectangles()), -1, None, other.searchString())
                 for other in self._name_models for link in map(other.resultAtIndex, range(other.count()))
                 if link.page() not in self._ocr and link.rectangles()]
        # Stable: each page's hits of the find text in order, then its other names'.
        self._hits = sorted(layer + self._ocr_hits + names, key=lambda hit: hit.page)
        count = len(self._hits)
        if self._wanted_page is not None:
            for index in range(count):
                if self._hits[index].page == self._wanted_page:
                    self._wanted_page = None
                    self.go_to_hit(index)
                    return
        if self._jump_to_first_hit and count:
            self._jump_to_first_hit = False
            self.go_to_hit(0)
            return
        self.find_bar.set_count(self._current_hit, count)

    def go_to_hit(self, index: int) -> None:
        """Make hit `index` (wrapping around) the current one and show its page."""
        count = len(self._hits)
        index %= count
        self._current_hit = index
        hit = self._hits[index]
        self.view.setCurrentSearchResultIndex(hit.result)
        if hit.result >= 0:
            location = self.search_model.resultAtIndex(hit.result).location()
        else:
            location = hit.boxes[0].topLeft()
        self.view.pageNavigator().jump(hit.page, location, self.view.zoomFactor())
        self.view.viewport().update()
        self.find_bar.set_count(index, count)
        self.statusMessage.emit(self.tr("Hit {0} of {1}, page {2}").format(index + 1, count, hit.page + 1))

    # -- highlights ---------------------------------------------------------------------------------
    def hit_anchor(self, index: int) -> tuple[int, int | None, int | None, str]:
        """(page from 1, start, end, quote) of find hit `index` in the item's text; start and end are
        None when the archive's page text does not hold the hit (PDFium and the archive extract text
        differently, e.g. ligatures), and the quote is then the words searched for."""
        hit = self._hits[index]
        if hit.span is not None:
            return self._ocr_anchor(hit.page, *hit.span)
        if hit.name is not None:  # the how-many-th of this name on its page
            page, needle = hit.page, hit.name
            rank = sum(1 for other in self._hits[:index] if other.name == hit.name and other.page == page)
        else:
            link = self.search_model.resultAtIndex(hit.result)
            page, needle = link.page(), self.search_model.searchString()
            rank = sum(1 for i in range(hit.result) if self.search_model.resultAtIndex(i).page() == page)
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

    def _ocr_anchor(self, page: int, start: int, end: int) -> tuple[int, int | None, int | None, str]:
        """hit_anchor() of the span `start`..`end` of page `page`'s (from 0) OCR text."""
        quote = self._ocr[page].text[start:end]
        try:
            text = self._session.archive.items.text(self._item_id)
            stored = next((p for p in self._session.archive.items.pages(self._item_id) if p.number == page + 1), None)
        except CasefileError:
            stored = None
        if stored is None or text[stored.start + start:stored.start + end] != quote:
            return page + 1, None, None, quote
        return page + 1, stored.start + start, stored.start + end, quote

    def _selected_ocr_span(self) -> tuple[int, int] | None:
        """The span selected in the recognised text shown, if any."""
        cursor = self.ocr_text.textCursor()
        if not self.ocr_text.isVisible() or self.current_page() not in self._ocr or not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def _show_ocr_text(self) -> None:
        """Show the current page's recognised text beside it while "Show recognised text" is checked."""
        shown = self.ocr_action.isChecked() and bool(self._ocr)
        self.ocr_text.setVisible(shown)
        if not shown:
            return
        page = self._ocr.get(self.current_page())
        if page is None:
            self.ocr_text.setPlainText("")
            self.ocr_text.setPlaceholderText(self.tr("This page was not machine-read: its text is in the page."))
        else:
            self.ocr_text.setPlainText(page.text[:MAX_PANEL_CHARS])

    def _request_highlight(self) -> None:
        selected = self._selected_ocr_span()
        if selected is not None:
            page, start, end, quote = self._ocr_anchor(self.current_page(), *selected)
            self.highlightRequested.emit(page, -1 if start is None else start, -1 if end is None else end, quote)
            return
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
