"""Ties one open item (or entity) to the store: new annotations from the reader, anchors back into it.

On every open and after every change the item's annotations are read from the store and re-anchored:
a text highlight with `anchoring.anchor` against `archive.items.text(item_id)` (position first, else
the quote where its context fits best), then painted by the report reader; a region is drawn on the
image; a PDF highlight is shown by finding its quote on its page. Whatever cannot be anchored stays
in the sidebar with a flag, as does an annotation of an item whose SHA-256 changed since, and a note
that is locked or failed its integrity check.

An item that failed its own check (`session.check_item`) may show something other than its stored
text (a forger edited one and not the other), so its highlights are found in the text on screen and
flagged as on an item that no longer matches what was signed, rather than "not found".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QComboBox

from archive import CasefileError
from archive.store import Annotation, Target, anchor, quote_context

from ..i18n import isolate
from .controller import StoreController
from .editor import ColourBox
from .model import colour_of
from .sidebar import AnnotationSidebar

# Flags shown beside an annotation; translated where they are used (self.tr: context "Annotator").
NOT_FOUND = QT_TRANSLATE_NOOP("Annotator", "not found in the text")
CHANGED = QT_TRANSLATE_NOOP("Annotator", "the item changed since this was made")
TAMPERED = QT_TRANSLATE_NOOP("Annotator", "the item no longer matches what was signed")
ANCHORED_KINDS = ("text", "pdf", "region")  # annotations that point into the item's content


class Annotator(QObject):
    """The annotations of one item or entity, kept in step between store, reader and sidebar."""

    statusMessage = Signal(str)
    noteWanted = Signal()  # the reader asked for a note on the whole item or entity
    annotationMade = Signal(str)  # id of an annotation just made here (the sidebar should be in view)

    def __init__(self, store: StoreController, session, sidebar: AnnotationSidebar, *,
                 item_id: str | None = None, entity_id: str | None = None, reader=None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.session, self.sidebar, self.reader = store, session, sidebar, reader
        self.item_id, self.entity_id = item_id, entity_id
        self.archive_id = session.archive.metadata.archive_id
        self.item_sha = session.archive.items.get(item_id).sha256 if item_id else None
        self._text: str | None = None  # the item's text, read once (anchoring needs it on every refresh)
        self.colour_box: QComboBox | None = None
        self._failed = False  # the item failed its check (as of the last refresh): anchored in what is shown
        store.changed.connect(self._store_changed)
        if item_id:
            # Full verification, ending after the item opened, may name it: its highlights are then re-placed.
            session.verificationChanged.connect(self._verification_changed)
        sidebar.annotationActivated.connect(self.reveal)
        sidebar.noteRequested.connect(self.noteWanted)
        sidebar.statusMessage.connect(self.statusMessage)
        if reader is not None:
            self._connect_reader(reader)
        self.refresh()

    def _connect_reader(self, reader) -> None:
        if hasattr(reader, "highlightRequested") or hasattr(reader, "regionDrawn"):
            # New highlights and regions take the colour chosen here, in the reader's own toolbar.
            self.colour_box = ColourBox()
            self.colour_box.setToolTip(self.tr("Colour of new highlights and regions"))
            reader.toolbar.addWidget(self.colour_box)
        signal = getattr(reader, "highlightRequested", None)
        if signal is not None and hasattr(reader, "selection_span"):
            signal.connect(self._text_highlight)
        elif signal is not None:
            signal.connect(self._pdf_highlight)
        if hasattr(reader, "regionDrawn"):
            reader.regionDrawn.connect(self._region)

    def set_entity(self, entity_id: str) -> None:
        """Follow an entity tab that moved to another entity."""
        self.entity_id = entity_id
        self.refresh()

    # -- reading from the store ---------------------------------------------------------------------
    def _store_changed(self, archive_id: str) -> None:
        if archive_id in ("", self.archive_id):
            self.refresh()

    def _verification_changed(self) -> None:
        if self._failed_verification() != self._failed:
            self.refresh()

    def refresh(self) -> None:
        """Read this item's annotations, anchor them in the reader and list them with their flags."""
        self._failed = self._failed_verification()
        try:
            if self.item_id:
                annotations = self.store.for_item(self.archive_id, self.item_id)
            else:
                annotations = self.store.for_entity(self.archive_id, self.entity_id)
        except CasefileError as exc:
            annotations = []
            self.statusMessage.emit(str(exc))
        flags = {a.id: self._problem(a) for a in annotations}
        for key, value in self._paint(annotations).items():
            flags[key] = "; ".join(part for part in (flags.get(key), value) if part)
        self.sidebar.show_annotations(annotations, {key: value for key, value in flags.items() if value})

    def _problem(self, annotation: Annotation) -> str:
        if annotation.unreadable:
            # Locked notes say so in their own line; a tampered one is flagged as well (the store's reason,
            # from the Qt-free layer, as it is).
            return "" if self.store.locked else annotation.problem or self.tr("unreadable")
        if self.item_sha and annotation.target.item_sha256 and annotation.target.item_sha256 != self.item_sha:
            return self.tr(CHANGED)
        if annotation.kind in ANCHORED_KINDS and self._failed:
            return self.tr(TAMPERED)
        return ""

    def _failed_verification(self) -> bool:
        """True if this item no longer matches what its publisher signed (its own check, or full verification)."""
        if not self.item_id:
            return False
        try:
            self.session.check_item(self.item_id)  # cached: the item tab's banner ran it already
        except CasefileError:
            return True  # an item that cannot even be checked is no more to be relied on than a failed one
        return self.session.item_failed_verification(self.item_id)

    def _paint(self, annotations: list[Annotation]) -> dict[str, str]:
        """Paint highlights and regions; returns flags for the text highlights that are not found."""
        flags: dict[str, str] = {}
        if hasattr(self.reader, "set_highlights"):
            # The stored text of a forged item may differ from what is shown; the reader highlighted what was shown.
            displayed = self._failed and hasattr(self.reader, "displayed_text")
            text = self.reader.displayed_text() if displayed else self._item_text()
            spans = []
            for a in annotations:
                if a.unreadable:
                    continue  # locked: a protected store seals where a highlight is, along with its note
                found = anchor(text, a.target) if a.kind == "text" else None
                if a.kind == "text" and found is None:
                    flags[a.id] = self.tr(NOT_FOUND)
                elif found is not None:
                    spans.append((a.id, found[0], found[1], colour_of(a.colour)))
            flags.update((key, self.tr(NOT_FOUND)) for key in self.reader.set_highlights(spans, displayed=displayed))
        if hasattr(self.reader, "set_regions"):
            self.reader.set_regions([(a.id, a.target.region, colour_of(a.colour))
                                     for a in annotations if a.kind == "region" and a.target.region])
        return flags

    def _item_text(self) -> str:
        if self._text is None:
            self._text = self.session.archive.items.text(self.item_id)
        return self._text

    def reveal(self, annotation: Annotation) -> None:
        """Show an annotation's anchor in the reader (select the text, scroll to the region or hit)."""
        if self.reader is None or not hasattr(self.reader, "reveal"):
            return
        if annotation.kind == "pdf" and annotation.target.exact:
            self.reader.reveal(annotation.target.page or 1, annotation.target.exact)
        elif annotation.kind in ("text", "region") and not self.reader.reveal(annotation.id):
            self.statusMessage.emit(self.tr("This annotation's place was not found in the item."))

    def reveal_id(self, annotation_id: str) -> bool:
        """Select an annotation in the sidebar and show its anchor; False if this item has no such one."""
        if not self.sidebar.select(annotation_id):
            return False
        row = self.sidebar.model.row_of(annotation_id)
        self.reveal(self.sidebar.model.annotation(row))
        return True

    # -- making annotations -------------------------------------------------------------------------
    def _colour(self) -> str:
        return self.colour_box.colour() if self.colour_box else "yellow"

    def _target(self, **where) -> Target:
        return Target(self.archive_id, item_id=self.item_id, item_sha256=self.item_sha, **where)

    def _text_highlight(self, start: int, end: int, with_note: bool) -> None:
        exact, prefix, suffix = quote_context(self._item_text(), start, end)
        target = self._target(exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)
        self.add(Annotation("", "text", target, colour=self._colour()), edit_note=with_note)

    def _pdf_highlight(self, page: int, start: int, end: int, quote: str) -> None:
        where = {"exact": quote, "page": page}
        if start >= 0 and end >= 0:
            exact, prefix, suffix = quote_context(self._item_text(), start, end)
            where.update(exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)
        self.add(Annotation("", "pdf", self._target(**where), colour=self._colour()), edit_note=True)

    def _region(self, x: int, y: int, w: int, h: int) -> None:
        self.add(Annotation("", "region", self._target(region=(x, y, w, h)), colour=self._colour()), edit_note=True)

    def add(self, annotation: Annotation, *, edit_note: bool = False) -> Annotation | None:
        """Save a new annotation and select it in the sidebar; None (and a message) if it was not saved."""
        try:
            added = self.store.add(annotation)
        except CasefileError as exc:
            self.statusMessage.emit(self.tr("Not saved: {error}").format(error=isolate(exc)))
            return None
        self.annotationMade.emit(added.id)
        self.sidebar.select(added.id, edit_note=edit_note)
        self.statusMessage.emit(self.tr("Annotation saved. Write its note in the sidebar.") if edit_note
                                else self.tr("Annotation saved."))
        return added

    def add_note(self, text: str) -> str | None:
        """Save a note on the whole item or entity; the message to show if it was not saved, else None."""
        target = self._target() if self.item_id else Target(self.archive_id, entity_id=self.entity_id)
        try:
            added = self.store.add(Annotation("", "note", target, note=text))
        except CasefileError as exc:
            return self.tr("Not saved: {error}").format(error=isolate(exc))
        self.annotationMade.emit(added.id)
        self.sidebar.select(added.id)
        return None

    def bookmark(self) -> bool | None:
        """Bookmark the item, or remove its bookmark: True if now bookmarked, None if that failed."""
        existing = [a for a in self.sidebar.annotations() if a.kind == "bookmark"]
        try:
            for mark in existing:
                self.store.delete(mark)
            if not existing:
                self.store.add(Annotation("", "bookmark", self._target()))
        except CasefileError as exc:
            self.statusMessage.emit(self.tr("Bookmark not changed: {error}").format(error=isolate(exc)))
            return None
        return not existing
