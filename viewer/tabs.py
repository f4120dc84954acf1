"""Tabs for what the reader opens: an item (report, PDF or image) or an entity page.

Every item is re-hashed when it is opened (`session.check_item`); one that does not match what was
signed gets a red banner above its content and keeps it while open. The metadata panel beside the
content shows source, date, SHA-256 and the verification state; beside it, the reader's own
annotations of the item (or entity) when the main window has a store to keep them in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QSplitter, QTabBar, QTabWidget, QVBoxLayout, QWidget

from archive import CasefileError, Citation, cite

from . import i18n
from .annotations import AnnotationSidebar, Annotator, StoreController
from .annotations.dialogs import NoteDialog
from .entities.page import EntityPage
from .library.sessions import ArchiveSession
from .metadata import ItemMetadataPanel
from .readers.attachment import AttachmentView
from .readers.email import EmailView
from .readers.image import ImageView
from .readers.pdf import PdfView, has_pdf_view
from .readers.report import ReportView
from .readers.table import TableView
from .printing import save_pages_pdf, save_pdf
from .trust.badge import badge_style
from .trust.verdicts import describe_check


class DocumentTabs(QTabWidget):
    """The main window's tabs: the first `fixed` (Search, Items...) always show their whole names; the
    tabs of opened items and entities shrink, eliding their titles, before the bar has to scroll, so
    that a few open documents never push the fixed tabs out of sight."""

    def __init__(self, fixed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(_DocumentTabBar(fixed))


class _DocumentTabBar(QTabBar):
    def __init__(self, fixed: int) -> None:
        super().__init__()
        self.fixed = fixed
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt naming
        return self.tabSizeHint(index) if index < self.fixed else super().minimumTabSizeHint(index)


class IntegrityBanner(QLabel):
    """Red when the shown item failed its check; grey for an unsigned archive; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Integrity warning"))
        self.alarm = False  # the item failed its check (or could not be checked)
        self.hide()

    def show_check(self, session: ArchiveSession, item_id: str) -> None:
        try:
            check = session.check_item(item_id)
        except CasefileError as exc:
            self._show("tampered", self.tr("✗ This item cannot be checked: {error}").format(error=i18n.isolate(exc)))
            return
        if check.reason == "no-item-proofs":
            self._show("unsigned", describe_check(check))
        elif not check.signed:
            self._show("unsigned", self.tr("This archive is unsigned: nothing vouches that this item is what its "
                                           "publisher released."))
        elif not check.ok:
            alarm = self.tr("✗ DOES NOT MATCH WHAT THE PUBLISHER SIGNED. {reason} "
                            "Do not rely on this item as evidence.")
            self._show("tampered", alarm.format(reason=describe_check(check)))
        else:
            self.hide()

    def _show(self, key: str, text: str) -> None:
        self.alarm = key == "tampered"
        self.setText(text)
        self.setStyleSheet(badge_style(key).replace("QLabel {", "QLabel { padding: 8px;"))
        self.show()


def _quoted(title: str) -> str:
    """An archive title in the UI language's quotation marks (“…” in English and Chinese, «…» in Uyghur)."""
    return QCoreApplication.translate("Documents", "“{title}”").format(title=i18n.isolate(title))


def _annotations(tab: QWidget, store: StoreController | None, subject: str, **target) -> None:
    """Give a tab `sidebar` and `annotator` (both None without a store)."""
    tab.sidebar = tab.annotator = None
    if store is None:
        return
    tab.sidebar = AnnotationSidebar(store, subject)
    tab.annotator = Annotator(store, tab.session, tab.sidebar, parent=tab, **target)
    tab.annotator.noteWanted.connect(tab.write_note)
    tab.annotator.statusMessage.connect(tab.statusMessage)


def _reader_for(item, session: ArchiveSession | None = None) -> QWidget:
    """The reader widget for an item's kind (and, for a report, its media type or its PDF page view);
    every reader has show_item(session, item_id, query)."""
    if item.kind == "file":
        return AttachmentView()
    if item.kind == "image":
        return ImageView()
    if item.kind == "email":
        return EmailView()
    if item.kind == "table":
        return TableView()
    if item.kind == "report" and item.media_type == "application/pdf":
        return PdfView()
    if item.kind == "report" and session is not None and has_pdf_view(session, item.id):
        return PdfView()
    return ReportView()


class ItemTab(QWidget):
    """One open item: banner, the reader for its kind, and the metadata panel beside its annotations."""

    entityActivated = Signal(object, str)
    itemActivated = Signal(object, str, str)  # an item this one leads to (an email's attachment)
    statusMessage = Signal(str)
    exportRequested = Signal()  # the reader asked to export this item as evidence

    def __init__(self, session: ArchiveSession, item_id: str, query: str = "", parent: QWidget | None = None, *,
                 store: StoreController | None = None):
        super().__init__(parent)
        self.session, self.item_id, self.query = session, item_id, query
        item = session.archive.items.get(item_id)
        self.title = item.title
        self.banner = IntegrityBanner()
        self.banner.show_check(session, item_id)
        self.reader = _reader_for(item, session)
        self.reader.show_item(session, item_id, query or None)
        for signal in ("entityActivated", "itemActivated", "statusMessage", "exportRequested"):
            if hasattr(self.reader, signal):
                getattr(self.reader, signal).connect(getattr(self, signal))
        self.metadata = ItemMetadataPanel()
        self.metadata.show_item(session, item_id)
        self.store = store
        _annotations(self, store, "item", item_id=item_id, reader=self.reader)
        splitter = QSplitter()
        splitter.addWidget(self.reader)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([740, 300])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(splitter, 1)

    def _side_panel(self) -> QWidget:
        if self.annotator is None:
            return self.metadata
        self.sidebar_tabs = QTabWidget()
        self.sidebar_tabs.setAccessibleName(self.tr("Details and annotations of this item"))
        self.sidebar_tabs.setDocumentMode(True)
        self.sidebar_tabs.addTab(self.metadata, self.tr("Details"))
        self.sidebar_tabs.addTab(self.sidebar, self.tr("Annotations"))
        if self.sidebar.model.rowCount():
            self.sidebar_tabs.setCurrentWidget(self.sidebar)
        self.annotator.annotationMade.connect(lambda _id: self.sidebar_tabs.setCurrentWidget(self.sidebar))
        if hasattr(self.reader, "textCopied"):
            self.reader.textCopied.connect(lambda text: self._copied("text", f"{len(text)} characters"))
        self.metadata.copy_button.clicked.connect(lambda: self._copied("sha256", "the SHA-256"))
        return self.sidebar_tabs

    def cited_passage(self) -> tuple[int | None, str]:
        """The page in view (None for an item without pages) and the passage selected in the reader."""
        reader, page = self.reader, None
        if isinstance(reader, PdfView):
            page = reader.current_page() + 1
        elif isinstance(reader, ImageView):
            number, pages = reader.page()
            page = number if pages > 1 else None
        quote = ""
        span = reader.selection_span() if hasattr(reader, "selection_span") else None
        if span is not None:
            quote = reader.item_text()[span[0]:span[1]]
        return page, quote

    def copy_citation(self) -> Citation:
        """Put a citation of this item (and of the passage selected) on the clipboard as text; it names
        the signature check only once the archive verified. Plain text only: a QMimeData made in Python
        and left on the clipboard crashes Qt's offscreen platform at exit (PySide6 6.x; tests and
        screenshots run there), and a brief takes the text as it is."""
        page, quote = self.cited_passage()
        citation = cite(self.session.archive, self.item_id, report=self.session.report, page=page, quote=quote)
        QGuiApplication.clipboard().setText(citation.plain())
        if self.store is not None:
            self._copied("citation", "a citation")
        return citation

    @property
    def printable(self) -> bool:
        """Whether Save as PDF can print this item as shown: a report or an email (its text), a picture
        (the page in view) or a PDF (every page); not a table or a file kept as given."""
        reader = self.reader
        if isinstance(reader, (ReportView, ImageView)):
            return reader.message() is None
        return isinstance(reader, PdfView) and reader.page_count() > 0

    def save_pdf(self, path: Path) -> int:
        """Print this item to `path` with the reader's highlights, notes and a citation footer; returns
        the number of pages. OSError if the file cannot be written."""
        notes, locked = self._printed_notes()
        citation = cite(self.session.archive, self.item_id, report=self.session.report)
        reader = self.reader
        if isinstance(reader, ImageView):
            pages = save_pages_pdf(1, lambda _number, size: reader.printed_page(size), reader.caption_text(),
                                   notes, citation, path, notes_locked=locked)
        elif isinstance(reader, PdfView):
            pages = save_pages_pdf(reader.page_count(), reader.printed_page, "", notes, citation, path,
                                   notes_locked=locked)
        else:
            pages = save_pdf(reader.browser.document(), reader.highlight_marks(), notes, citation, path,
                             notes_locked=locked)
        if self.store is not None:
            meta = self.session.archive.metadata
            self.store.record("export", f"{self.item_id} ({meta.title}) printed to PDF",
                              {"archive_id": meta.archive_id, "item_id": self.item_id, "what": "pdf"})
        return pages

    def _printed_notes(self) -> tuple[list[str], bool]:
        """The reader's notes and highlighted quotes on this item, as lines; and whether they are locked."""
        if self.store is None or not self.store.available:
            return [], False
        if self.store.locked:
            return [], True
        lines = []
        for annotation in self.store.for_item(self.session.archive.metadata.archive_id, self.item_id):
            quote = f"“{annotation.target.exact}”" if annotation.target.exact else ""
            tags = f" [{', '.join(annotation.tags)}]" if annotation.tags else ""
            text = " — ".join(part for part in (quote, annotation.note) if part)
            lines.append(f"• {text or annotation.kind}{tags}")
        return lines, False

    def _copied(self, what: str, amount: str) -> None:
        """Record in the audit log that something of this item left the viewer through the clipboard."""
        meta = self.session.archive.metadata
        problem = self.store.record("copy", f"{amount} of {self.item_id} ({meta.title})",
                                    {"archive_id": meta.archive_id, "item_id": self.item_id, "what": what})
        if problem:
            self.statusMessage.emit(problem)

    def reveal_annotation(self, annotation_id: str) -> bool:
        """Show an annotation: the sidebar selects it and the reader scrolls to its place."""
        if self.annotator is None or not self.annotator.reveal_id(annotation_id):
            return False
        self.sidebar_tabs.setCurrentWidget(self.sidebar)
        return True

    def write_note(self) -> None:
        """Ask for a note on the whole item (the dialog stays open, with the text, if saving fails)."""
        if self.annotator is not None:
            NoteDialog(_quoted(self.title), self.annotator.add_note, self).exec()

    def key(self) -> tuple[str, str, str]:
        return ("item", self.session.key, self.item_id)


class EntityTab(QWidget):
    """An entity page; navigation inside it (relations, back/forward) keeps the same tab."""

    itemActivated = Signal(object, str, str)
    titleChanged = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, session: ArchiveSession, entity_id: str, parent: QWidget | None = None, *,
                 store: StoreController | None = None):
        super().__init__(parent)
        self.session, self.entity_id = session, entity_id
        self.page = EntityPage()
        self.page.show_entity(session, entity_id)
        self.page.itemActivated.connect(self.itemActivated)
        self.page.entityActivated.connect(self._navigated)
        self.title = session.archive.entities.get(entity_id).caption
        _annotations(self, store, "entity", entity_id=entity_id)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        if self.sidebar is None:
            column.addWidget(self.page)
            return
        splitter = QSplitter()
        splitter.addWidget(self.page)
        splitter.addWidget(self.sidebar)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 280])
        column.addWidget(splitter)

    def _navigated(self, session: ArchiveSession, entity_id: str) -> None:
        self.entity_id = entity_id
        self.title = self.page.entity.caption if self.page.entity else entity_id
        if self.annotator is not None:
            self.annotator.set_entity(entity_id)
        self.titleChanged.emit(self.title)

    def write_note(self) -> None:
        """Ask for a note on the entity shown."""
        if self.annotator is not None:
            NoteDialog(_quoted(self.title), self.annotator.add_note, self).exec()

    def key(self) -> tuple[str, str, str]:
        return ("entity", self.session.key, self.entity_id)
