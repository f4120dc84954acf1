"""Report reader for HTML, Markdown and plain-text reports.

The stored markup is sanitised again before display (a forged archive can hold anything), shown in a
QTextBrowser that loads nothing by itself: every resource is answered from the archive or with a
placeholder, never from disk or the network, and links are never followed without the user
confirming. Entity mentions become internal links, search hits are painted as extra selections (the
document itself is not changed by finding) and found with the same `find_terms` that highlights
result snippets, so the reader and the result list agree on what a query matches. The reader's own
highlights are extra selections too, placed by offsets in the item's text (as mentions are), so
annotating never changes the document either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QUrl, Qt, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QKeySequence, QPainter, QTextCharFormat, QTextCursor, \
    QTextDocument
from PySide6.QtWidgets import QMenu, QMessageBox, QTextBrowser, QTextEdit, QWidget

from archive import CasefileError, ItemMention, find_terms, portable

from ..i18n import isolate
from ..images import decode_thumbnail
from .common import ReaderWidget
from .textmap import align, document_span, document_spans, span_in_document, span_in_text

ENTITY_SCHEME = "casefile-entity"
ARCHIVE_SCHEME = "archive"
EXTERNAL_SCHEMES = ("http", "https", "mailto")
ZOOM_RANGE = (-6, 12)  # font steps around the default: unreadable below, useless above
INLINE_IMAGE_EDGE = 512
HIT, CURRENT_HIT = QColor("#ffe066"), QColor("#ff9933")


def confirm_external_link(parent: QWidget, url: QUrl) -> bool:
    """Ask before a link leaves the archive, showing the whole URL (a link's text can say anything)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("ReportView", "Open link outside the archive?"), "",
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("ReportView", "This link leads outside the archive:\n\n{0}\n\nOpen in your browser?")
                .format(isolate(url.toString())))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def entity_url(entity_id: str) -> QUrl:
    url = QUrl()
    url.setScheme(ENTITY_SCHEME)
    url.setPath(entity_id)
    return url


def placeholder_image() -> QImage:
    """What any image the archive cannot supply is shown as: a grey box with a cross."""
    image = QImage(96, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#e4e4e4"))
    painter = QPainter(image)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(0, 0, 95, 63)
    painter.drawLine(0, 0, 95, 63)
    painter.drawLine(0, 63, 95, 0)
    painter.end()
    return image


def _directions_from_text(document: QTextDocument) -> None:
    """Give every paragraph the direction of its own first strong character (HTML's dir="auto").

    Qt's HTML importer carries a container's `dir` (a <div dir="rtl"> around Uyghur paragraphs) on
    to every block after the container, so an English section that follows is laid out right to left;
    Markdown and plain text have no `dir` at all. Deciding per paragraph is right for both, at the cost
    of an explicit dir on a paragraph that opens with a word of the other direction."""
    block = document.begin()
    while block.isValid():
        layout = block.blockFormat()
        if layout.layoutDirection() != Qt.LayoutDirection.LayoutDirectionAuto:
            layout.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            QTextCursor(block).setBlockFormat(layout)
        block = block.next()


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that never opens links or loads resources from outside the archive."""

    copied = Signal(str)  # text the reader copied or dragged out (the audit log records it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.session = None  # the ArchiveSession whose `archive:` images may be shown
        self.placeholder = placeholder_image()
        # Set while the reader copies (Ctrl+C, the context menu) or may drag the selection out. Without
        # it, merely selecting text would count as a copy: on X11 each new selection is handed to the
        # primary-selection clipboard through the same createMimeDataFromSelection.
        self.exporting = False

    def loadResource(self, kind: int, url: QUrl) -> object:
        """Every resource request ends here. Never return None: QTextDocument then reads the URL as
        a local file itself, and decodes `data:` URLs."""
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()
        if url.scheme().lower() == ARCHIVE_SCHEME and self.session is not None:
            return self._archive_image(url.path()) or self.placeholder
        return self.placeholder

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        # Every copy (Ctrl+C, the context menu, a drag) passes through here, and so does every selection.
        data = super().createMimeDataFromSelection()
        if self.exporting:
            self.copied.emit(data.text())
        return data

    def copy(self) -> None:
        """Copy the selection (a menu's or the program's Copy): a copy, unlike merely selecting."""
        self.exporting = True
        try:
            super().copy()
        finally:
            self.exporting = False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.exporting = event.matches(QKeySequence.StandardKey.Copy)
        try:
            super().keyPressEvent(event)
        finally:
            self.exporting = False

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A press inside the selection may start a drag of it (a drop elsewhere is a copy).
        cursor, at = self.textCursor(), self.cursorForPosition(event.position().toPoint()).position()
        self.exporting = cursor.hasSelection() and cursor.selectionStart() <= at < cursor.selectionEnd()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.exporting = False
        super().mouseReleaseEvent(event)

    def exec_menu(self, menu: QMenu, position: QPoint) -> None:
        """Show a context menu of this browser: its Copy entry counts as a copy."""
        self.exporting = True
        try:
            menu.exec(self.viewport().mapToGlobal(position))
        finally:
            self.exporting = False

    def _archive_image(self, item_id: str) -> QImage | None:
        items = self.session.archive.items
        try:
            if items.get(item_id).kind != "image":
                return None
            image = decode_thumbnail(items.thumbnail(item_id, INLINE_IMAGE_EDGE), INLINE_IMAGE_EDGE)
        except CasefileError:
            return None
        return None if image.isNull() else image


class ReportView(ReaderWidget):
    """Shows one text report with clickable entity mentions, highlighted hits and a find bar."""

    entityActivated = Signal(object, str)  # ArchiveSession, entity id
    highlightRequested = Signal(int, int, bool)  # start, end in the item's text; True: write a note too
    textCopied = Signal(str)
    KINDS = ("report",)  # the item kinds this reader shows (the email reader is one of these too)

    def __init__(self, parent: QWidget | None = None, *,
                 confirm: Callable[[QWidget, QUrl], bool] = confirm_external_link) -> None:
        super().__init__(QCoreApplication.translate("ReportView", "Report reader"), parent)
        self.confirm_external = confirm
        self.browser = SafeTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Report text"))
        # A caret the keyboard can move and select with (Shift+arrows), so Highlight (Ctrl+H) needs no mouse.
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.highlighted.connect(self._on_hover)
        self.browser.copied.connect(self.textCopied)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)
        self.find_bar = self.set_content_with_find_bar(self.browser, lambda text: self.find(text, jump=True), self.next_hit, self.previous_hit)
        self.add_action(self.tr("Find"), self.focus_find, [QKeySequence.StandardKey.Find])
        self.add_action(self.tr("Previous hit"), self.previous_hit, ["Shift+F3"])
        self.add_action(self.tr("Next hit"), self.next_hit, ["F3"])
        self.toolbar.addSeparator()
        self.add_action(self.tr("Zoom out"), lambda: self.zoom(-1), ["Ctrl+-"])
        self.add_action(self.tr("Zoom in"), lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"])
        self.add_action(self.tr("Normal size"), lambda: self.zoom(-self._zoom), ["Ctrl+0"])
        self.toolbar.addSeparator()
        self.highlight_action = self.add_action(self.tr("Highlight"), lambda: self._request_highlight(False), ["Ctrl+H"])
        self.note_action = self.add_action(self.tr("Add note…"), lambda: self._request_highlight(True), ["Ctrl+M"])
        self._session = None
        self._item_id: str | None = None
        self._text = ""
        self._positions: list[int] = []  # document position of each character of the item's text
        self._marks: list[tuple[str, int, int, QColor]] = []  # the reader's highlights: id, document span, colour
        self._hits: list[tuple[int, int]] = []
        self._current: int | None = None
        self._zoom = 0

    # -- showing an item ----------------------------------------------------------------------------
    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Show a report of `session`'s archive, with the hits of `query` highlighted and the first in view."""
        self._session, self._item_id = session, item_id
        self.browser.session = session
        items = session.archive.items
        try:
            item = items.get(item_id)
            if item.kind not in self.KINDS or item.media_type == "application/pdf":
                self.show_message(self.tr("“{0}” is not a text report ({1}).").format(isolate(item.title), isolate(item.media_type)))
                return
            text = items.text(item_id)
            markup = items.display_html(item_id)
            mentions = items.mentions(item_id)
        except CasefileError as exc:
            self.show_message(self.tr("This report cannot be shown: {0}").format(isolate(exc)))
            return
        document = self.browser.document()
        document.clear()  # also drops cached resources, which belong to the previous archive
        document.setUndoRedoEnabled(False)
        self.browser.setHtml(markup)
        _directions_from_text(document)
        self._text, self._positions = text, align(text, document.toRawText())
        self._marks = []
        self._link_mentions(mentions)
        self.show_content()
        self.find_bar.set_text(query or "")
        self.find(query or "", jump=True)

    def _link_mentions(self, mentions: list[ItemMention]) -> None:
        """Turn each mention of an entity into a `casefile-entity:` link, at its place in the document."""
        document = self.browser.document()
        positions = self._positions
        cursor, probe = QTextCursor(document), QTextCursor(document)
        unplaced = 0
        for mention in mentions:
            if mention.field != "text":
                continue  # title mentions are not part of the body
            span = span_in_document(self._text, positions, mention.start, mention.end)
            if span is None:
                unplaced += 1
                continue
            probe.setPosition(span[0] + 1)  # the format of the mention's first character
            if probe.charFormat().isAnchor():
                continue  # an existing link, or another entity sharing the same name: the first wins
            link = QTextCharFormat()
            link.setAnchor(True)
            link.setAnchorHref(entity_url(mention.entity_id).toString(QUrl.ComponentFormattingOption.FullyEncoded))
            link.setFontUnderline(True)
            link.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(link)
        if unplaced:
            self.statusMessage.emit(self.tr("{0} entity mentions could not be placed: this report's text "
                                            "and its markup differ.").format(unplaced))

    # -- links --------------------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == ENTITY_SCHEME:
            self.entityActivated.emit(self._session, url.path())
        elif not scheme and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
        elif scheme in EXTERNAL_SCHEMES:
            if self.confirm_external(self, url):
                with portable.host_environment():  # the browser gets the host's TEMP and XDG folders
                    QDesktopServices.openUrl(url)
        else:
            self.statusMessage.emit(self.tr("Link not followed: {0}").format(isolate(url.toString())))

    def _on_hover(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            self.statusMessage.emit(self.tr("Outside the archive: {0} (you will be asked before it opens)")
                                    .format(isolate(url.toString())))
        elif url.scheme() == ENTITY_SCHEME:
            self.statusMessage.emit(self.tr("Open the entity page"))

    # -- finding ------------------------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.field.selectAll()

    def find(self, text: str, *, jump: bool = False) -> int:
        """Highlight where `text` (search syntax, or literal words if it does not parse) occurs; returns
        the number of hits. With `jump`, the first hit is scrolled into view."""
        raw = self.browser.document().toRawText()
        groups = self._groups(text, raw)
        self._hits = document_spans(raw, find_terms(raw, groups)) if groups else []
        self._current = 0 if self._hits else None
        self._paint()
        if jump and self._hits:
            self._scroll_to_current()
        return len(self._hits)

    def _groups(self, text: str, raw: str) -> tuple[tuple[str, ...], ...]:
        """What to find: `_typed_groups`, and the names in other scripts of the people and bodies the
        words name, as this document writes them (陈全国 and چېن چۈەنگو for "chen quanguo")."""
        typed = self._typed_groups(text, raw)
        if not typed or self._item_id is None:
            return typed
        try:
            names = self._session.archive.search.names_in(text, self._item_id)
        except CasefileError:
            names = ()
        return typed + tuple(group for group in names if group not in typed)

    def _typed_groups(self, text: str, raw: str) -> tuple[tuple[str, ...], ...]:
        """Words typed as in a browser's find bar (no search syntax) are looked for as the phrase they
        make, if the document has it; otherwise, and for search syntax, the terms a search for `text`
        highlights (other forms included)."""
        if not text.strip() or self._session is None:
            return ()
        search = self._session.archive.search
        if _plain_words(text):
            try:
                words = search.compile('"' + text.strip() + '"').highlight  # one group per word
            except CasefileError:
                words = ()
            # One group of all the words is one phrase to find_terms (a Chinese run is one already).
            phrase = (tuple(group[0] for group in words),) if len(words) > 1 and all(
                len(group) == 1 for group in words) else ()
            if phrase and find_terms(raw, phrase, most=1):
                return phrase
        try:
            return search.compile(text).highlight
        except CasefileError:
            # Half-typed syntax ("chen AND (") is still worth finding word for word.
            return tuple((word,) for word in text.split() if any(ch.isalnum() for ch in word))

    def hits(self) -> list[tuple[int, int]]:
        """(start, end) document positions of the highlighted hits."""
        return list(self._hits)

    def current_hit(self) -> int | None:
        return self._current

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._hits:
            return
        self._current = ((self._current or 0) + delta) % len(self._hits)
        self._paint()
        self._scroll_to_current()

    def _paint(self) -> None:
        # Highlights first: a hit inside a highlight is painted over it and stays visible.
        spans = [(start, end, colour) for _, start, end, colour in self._marks]
        spans += [(start, end, CURRENT_HIT if index == self._current else HIT)
                  for index, (start, end) in enumerate(self._hits)]
        self.browser.setExtraSelections([self._selection(*span) for span in spans])
        self.find_bar.set_count(self._current, len(self._hits))

    def _selection(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(self.browser.document())
        selection.cursor.setPosition(start)
        selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        paint = QTextCharFormat()
        paint.setBackground(colour)
        paint.setForeground(QColor("black"))  # painted text stays readable in a dark theme
        selection.format = paint
        return selection

    def _scroll_to_current(self) -> None:
        start, end = self._hits[self._current]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(end)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self.statusMessage.emit(self.tr("Hit {0} of {1}").format(self._current + 1, len(self._hits)))

    # -- the reader's highlights ----------------------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as offsets in the item's text (surrounding spaces left out), or None."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection() or not self._positions:
            return None
        start, end = span_in_text(self._positions, cursor.selectionStart(), cursor.selectionEnd())
        while start < end and self._text[start].isspace():
            start += 1
        while end > start and self._text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def highlight_marks(self) -> list[tuple[int, int, QColor]]:
        """The reader's highlights as placed in the displayed document: (start, end, colour)."""
        return [(start, end, colour) for _id, start, end, colour in self._marks]

    def item_text(self) -> str:
        """The item's text that highlight offsets refer to (`archive.items.text`)."""
        return self._text

    def displayed_text(self) -> str:
        """The text on screen, paragraphs ending in "\\n" as in the item's text. On an item that no longer
        matches its signature the stored text may not be what is shown, so highlights are found in this."""
        return self.browser.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _request_highlight(self, with_note: bool) -> None:
        span = self.selection_span()
        if span is None:
            self.statusMessage.emit(self.tr("Select some text first, then Highlight (Ctrl+H) or Add note (Ctrl+M)."))
            return
        self.highlightRequested.emit(span[0], span[1], with_note)

    def set_highlights(self, highlights: list[tuple[str, int, int, QColor]], *, displayed: bool = False) -> list[str]:
        """Paint (id, start, end, colour) spans of the item's text (with `displayed`, of `displayed_text()`);
        returns the ids that cannot be placed in the document (beyond where text and markup agree)."""
        self._marks, unplaced = [], []
        shown = self.displayed_text() if displayed else ""
        for mark_id, start, end, colour in highlights:
            span = document_span(shown, start, end) if displayed \
                else span_in_document(self._text, self._positions, start, end)
            if span is None:
                unplaced.append(mark_id)
            else:
                self._marks.append((mark_id, span[0], span[1], colour))
        self._paint()
        return unplaced

    def highlight_ids(self) -> list[str]:
        """Ids of the highlights painted, in the order given."""
        return [mark[0] for mark in self._marks]

    def reveal(self, mark_id: str) -> bool:
        """Select a painted highlight and scroll it into view; False if it is not painted."""
        for current, start, end, _ in self._marks:
            if current == mark_id:
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return True
        return False

    def _context_menu(self, position: QPoint) -> None:
        menu = self.browser.createStandardContextMenu(position)
        menu.addSeparator()
        selected = self.selection_span() is not None
        for action in (self.highlight_action, self.note_action):
            entry = menu.addAction(action.text(), action.trigger)
            entry.setShortcut(action.shortcut())
            entry.setEnabled(selected)
        self.browser.exec_menu(menu, position)
        menu.deleteLater()

    # -- zoom ---------------------------------------------------------------------------------------
    def zoom(self, steps: int) -> None:
        """Make the text `steps` font steps larger (negative: smaller), within ZOOM_RANGE."""
        target = min(max(self._zoom + steps, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.browser.zoomIn(target - self._zoom)
        self._zoom = target

    def zoom_level(self) -> int:
        return self._zoom


_SYNTAX = re.compile(r'["()*~:\[\]{}]|(^|\s)-|\b(AND|OR|NOT)\b')


def _plain_words(text: str) -> bool:
    """Whether `text` is two or more words with no search syntax: what a reader types to find a phrase."""
    return len(text.split()) >= 2 and _SYNTAX.search(text) is None
