"""Tabs for what the reader opens: an item (report, PDF or image) or an entity page.

Every item is re-hashed when it is opened (`session.check_item`); one that does not match what was
signed gets a red banner above its content and keeps it while open. The metadata panel beside the
content shows source, date, SHA-256 and the verification state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from archive import CasefileError

from .entitypage import EntityPage
from .metadata import ItemMetadataPanel
from .readers.image import ImageView
from .readers.pdf import PdfView
from .readers.report import ReportView
from .session import ArchiveSession
from .trust import badge_style


class IntegrityBanner(QLabel):
    """Red when the shown item failed its check; grey for an unsigned archive; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName("Integrity warning")
        self.alarm = False  # the item failed its check (or could not be checked)
        self.hide()

    def show_check(self, session: ArchiveSession, item_id: str) -> None:
        try:
            check = session.check_item(item_id)
        except CasefileError as exc:
            self._show("tampered", f"✗ This item cannot be checked: {exc}")
            return
        if not check.signed:
            self._show("unsigned", "This archive is unsigned: nothing vouches that this item is what its "
                                   "publisher released.")
        elif not check.ok:
            self._show("tampered", f"✗ DOES NOT MATCH WHAT THE PUBLISHER SIGNED. {check.message} "
                                   f"Do not rely on this item as evidence.")
        else:
            self.hide()

    def _show(self, key: str, text: str) -> None:
        self.alarm = key == "tampered"
        self.setText(text)
        self.setStyleSheet(badge_style(key).replace("QLabel {", "QLabel { padding: 8px;"))
        self.show()


class ItemTab(QWidget):
    """One open item: banner, the reader for its kind, and the metadata panel."""

    entityActivated = Signal(object, str)
    statusMessage = Signal(str)

    def __init__(self, session: ArchiveSession, item_id: str, query: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.item_id = session, item_id
        item = session.archive.items.get(item_id)
        self.title = item.title
        self.banner = IntegrityBanner()
        self.banner.show_check(session, item_id)
        if item.kind == "image":
            self.reader = ImageView()
            self.reader.show_item(session, item_id)
        else:
            self.reader = PdfView() if item.media_type == "application/pdf" else ReportView()
            self.reader.show_item(session, item_id, query or None)
        for signal in ("entityActivated", "statusMessage"):
            if hasattr(self.reader, signal):
                getattr(self.reader, signal).connect(getattr(self, signal))
        self.metadata = ItemMetadataPanel()
        self.metadata.show_item(session, item_id)
        splitter = QSplitter()
        splitter.addWidget(self.reader)
        splitter.addWidget(self.metadata)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 260])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(splitter, 1)

    def key(self) -> tuple[str, str, str]:
        return ("item", self.session.key, self.item_id)


class EntityTab(QWidget):
    """An entity page; navigation inside it (relations, back/forward) keeps the same tab."""

    itemActivated = Signal(object, str, str)
    titleChanged = Signal(str)

    def __init__(self, session: ArchiveSession, entity_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.entity_id = session, entity_id
        self.page = EntityPage()
        self.page.show_entity(session, entity_id)
        self.page.itemActivated.connect(self.itemActivated)
        self.page.entityActivated.connect(self._navigated)
        self.title = session.archive.entities.get(entity_id).caption
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.page)

    def _navigated(self, session: ArchiveSession, entity_id: str) -> None:
        self.entity_id = entity_id
        self.title = self.page.entity.caption if self.page.entity else entity_id
        self.titleChanged.emit(self.title)

    def key(self) -> tuple[str, str, str]:
        return ("entity", self.session.key, self.entity_id)
