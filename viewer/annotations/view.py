"""The Annotations tab: every annotation of the selected archive, filtered and searched.

Filters (tag, colour, kind) and the note search are passed to the store's own `list` query, so the
view and the CLI's `annotations list` agree on what matches. Activating a row asks the main window to
open the item (or entity) and show the annotation there. The list is re-read whenever the store says
the archive's annotations changed.
"""

from __future__ import annotations


from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from archive import CasefileError
from archive.store import Annotation, importing

from .. import filedialogs
from ..i18n import isolate, shortcut_tip
from .controller import StoreController
from .importreport import ImportReportDialog
from .model import COLOUR_HEX, KIND_LABELS, AnnotationTableModel, colour_label, kind_label, swatch

SEARCH_DELAY_MS = 200


class AnnotationsView(QWidget):
    """Filter bar above a table of the archive's annotations."""

    annotationActivated = Signal(object, object)  # ArchiveSession, Annotation
    statusMessage = Signal(str)

    def __init__(self, store: StoreController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session = None
        self._titles: dict[str, str] = {}
        self._hidden_filters: tuple[str, str] | None = None  # (note search, tag) taken off screen by a lock
        self.model = AnnotationTableModel(title_of=self._title, parent=self)
        self.table = self._table()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, quotes and tags"))
        self.search.setAccessibleName(self.tr("Search annotations"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.tag.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag.currentTextChanged.connect(self.search_timer.start)
        self.colour = self._choice(self.tr("Filter by colour"), self.tr("Any colour"),
                                   [(colour_label(name), name) for name in COLOUR_HEX], icons=True)
        self.kind = self._choice(self.tr("Filter by kind"), self.tr("Any kind"),
                                 [(kind_label(kind), kind) for kind in KIND_LABELS])
        self.origin = self._choice(self.tr("Filter by whose and by fit"), self.tr("Everyone's"),
                                   [(self.tr("Yours"), "own"), (self.tr("Collaborators'"), "imported"),
                                    (self.tr("Orphans (imported, not anchored)"), "orphans")])
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # the store's problem may name a file
        self.count.setAccessibleName(self.tr("Annotations shown"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the selected annotations (or, with none selected, those listed) "
                                              "as a W3C Web Annotation file that other tools can read"))
        self.export_button.clicked.connect(self.export_annotations)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add annotations from a W3C Web Annotation file (a colleague's, or a "
                                              "backup); ones you already have are not duplicated"))
        self.import_button.clicked.connect(self.import_annotations)
        # File dialogs, replaceable in tests: each returns a path or None.
        self.ask_save_path = lambda: filedialogs.save_file_name(self, self.tr("Export annotations"),
                                                                "annotations.jsonld", self._file_types())
        self.ask_open_path = lambda: filedialogs.open_file_name(self, self.tr("Import annotations"), self._file_types())
        self.import_report: ImportReportDialog | None = None  # the last import's summary (kept until the next)
        self._layout()
        store.changed.connect(self._store_changed)
        store.lockedChanged.connect(self._lock_changed)
        store.undoAvailable.connect(self.undo_action.setEnabled)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Annotations in the archive"))
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header, em = table.horizontalHeader(), table.fontMetrics().horizontalAdvance("M")
        for column, width in ((0, 9), (1, 16), (2, 24), (4, 10), (5, 9), (6, 10)):
            header.resizeSection(column, width * em)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        self.delete_action = self._action(table, self.tr("Delete"), self.delete_current, "Delete",
                                          Qt.ShortcutContext.WidgetShortcut)
        self.undo_action = self._action(self, self.tr("Undo delete"), self.undo_delete, "Ctrl+Z",
                                        Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(self.store.can_undo())
        return table

    def _action(self, owner: QWidget, text: str, slot, key: str, context: Qt.ShortcutContext) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)
        action.setToolTip(shortcut_tip(text, action.shortcuts()))
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _choice(self, name: str, anything: str, options: list[tuple[str, str]], icons: bool = False) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(anything, None)
        for label, value in options:
            if icons:
                box.addItem(swatch(value), label, value)
            else:
                box.addItem(label, value)
        box.currentIndexChanged.connect(self.refresh)
        return box

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for label, widget in ((self.tr("Tag:"), self.tag), (self.tr("Colour:"), self.colour),
                              (self.tr("Kind:"), self.kind), (self.tr("Show:"), self.origin)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget, 1)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.import_button)
        footer.addWidget(self.export_button)
        column.addLayout(footer)

    # -- contents -----------------------------------------------------------------------------------
    def set_session(self, session) -> None:
        """Show the annotations of `session`'s archive (None: nothing)."""
        self.session = session
        self._titles = {}
        self.refresh()

    def _store_changed(self, archive_id: str) -> None:
        if self.session is not None and archive_id in ("", self.session.archive.metadata.archive_id):
            self.refresh()

    def _lock_changed(self, locked: bool) -> None:
        """The note search and the tag filter spell out words of notes and tags: off screen while locked."""
        if locked:
            self._hidden_filters = (self.search.text(), self.tag.currentText())
            self.tag.hidePopup()
            self._set_filter_texts("", "")
            self._refill_tags()  # the list of tags goes too (refresh does it only with an archive shown)
            if self.import_report is not None:
                self.import_report.close()  # its reasons quote the imported annotations
            return
        if self._hidden_filters is not None and not self.search.text() and not self.tag.currentText():
            self._set_filter_texts(*self._hidden_filters)  # unless the reader has typed new ones meanwhile
            self.refresh()
        self._hidden_filters = None

    def _set_filter_texts(self, search: str, tag: str) -> None:
        """Set both fields without starting a search; setting a field's text also clears its undo history."""
        for widget in (self.search, self.tag):
            widget.blockSignals(True)
        self.search.setText(search)
        self.tag.setCurrentText(tag)
        for widget in (self.search, self.tag):
            widget.blockSignals(False)

    def filters(self) -> dict[str, str | None]:
        tag = self.tag.currentText().strip()
        return {"tag": tag or None, "colour": self.colour.currentData(), "kind": self.kind.currentData(),
                "text": self.search.text().strip() or None}

    def refresh(self) -> None:
        """Re-read the list from the store with the current filters."""
        self.search_timer.stop()
        annotations: list[Annotation] = []
        if self.session is not None:
            try:
                annotations = self.store.list(self.session.archive.metadata.archive_id, **self.filters())
                annotations = [a for a in annotations if _shown_for(self.origin.currentData(), a)]
            except CasefileError as exc:
                self.statusMessage.emit(str(exc))
        self.model.set_annotations(annotations)
        self._refill_tags()
        self.count.setText(self.store.problem if not self.store.available else self._count_text(len(annotations)))

    def _count_text(self, total: int) -> str:
        shown = self.tr("1 annotation.") if total == 1 \
            else self.tr("{count} annotations.").format(count=QLocale().toString(total))
        if self.store.locked:
            return self.tr("{annotations} Notes and tags are locked.",
                           "annotations: the sentence saying how many annotations are listed").format(annotations=shown)
        return shown

    def _refill_tags(self) -> None:
        current = self.tag.currentText()
        tags = self.store.tags()
        if [self.tag.itemText(i) for i in range(self.tag.count())] == tags:
            return
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItems(tags)
        self.tag.setCurrentText(current)
        self.tag.blockSignals(False)

    def _title(self, annotation: Annotation) -> str:
        target = annotation.target
        key = target.item_id or f"entity:{target.entity_id}"
        if key not in self._titles:
            self._titles[key] = self._lookup_title(target.item_id, target.entity_id)
        return self._titles[key]

    def _lookup_title(self, item_id: str | None, entity_id: str | None) -> str:
        try:
            if item_id:
                return self.session.archive.items.get(item_id).title or item_id
            return self.session.archive.entities.get(entity_id).caption or entity_id
        except (CasefileError, AttributeError):
            return self.tr("{id} (not in this archive)").format(id=isolate(item_id or entity_id))

    # -- actions ------------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        annotation = self.model.annotation(index.row())
        if annotation is not None and self.session is not None:
            self.annotationActivated.emit(self.session, annotation)

    def delete_current(self) -> None:
        annotation = self.model.annotation(self.table.currentIndex().row())
        if annotation is not None:
            self.statusMessage.emit(self.store.delete_reporting(annotation))

    def undo_delete(self) -> None:
        restored, problem = self.store.undo_delete_reporting()
        if problem:
            self.statusMessage.emit(problem)
        elif restored is not None:
            self.table.selectRow(self.model.row_of(restored.id))

    # -- W3C export and import ----------------------------------------------------------------------
    def _file_types(self) -> str:
        return self.tr("W3C Web Annotations (*.jsonld *.json);;All files (*)")

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [self.model.annotation(row) for row in rows]
        return [a.id for a in chosen if a is not None]

    def export_annotations(self) -> None:
        """Export the selected annotations, or every one listed when none is selected."""
        if self.session is None:
            return
        ids = self.selected_ids() or [a.id for a in (self.model.annotation(r) for r in range(self.model.rowCount()))
                                      if a is not None]
        path = self.ask_save_path()
        if path is None:
            return
        try:
            count = self.store.export_w3c(self.session.archive.metadata.archive_id, path, ids)
        except CasefileError as exc:
            self.statusMessage.emit(self.tr("Not exported: {error}").format(error=isolate(exc)))
            return
        done = self.tr("Exported 1 annotation to {path}.") if count == 1 \
            else self.tr("Exported {count} annotations to {path}.")
        self.statusMessage.emit(done.format(count=QLocale().toString(count), path=isolate(path)))

    def show_import_report(self, report: importing.ImportReport) -> None:
        """What became of each annotation, in a dialog beside the tab (not modal: the list stays usable)."""
        if self.import_report is not None:
            self.import_report.close()
            self.import_report.deleteLater()
        self.import_report = ImportReportDialog(report, self)
        self.import_report.show()

    def import_annotations(self) -> None:
        """Import a W3C or Hypothesis file; the summary dialog lists what became of each annotation."""
        if self.session is None:
            return
        path = self.ask_open_path()
        if path is None:
            return
        try:
            report = self.store.import_w3c(self.session.archive, path)
        except CasefileError as exc:
            self.statusMessage.emit(self.tr("Not imported: {error}").format(error=isolate(exc)))
            return
        added, present = report.added, report.count(importing.PRESENT)
        self.show_import_report(report)
        number = QLocale().toString
        imported = self.tr("Imported 1 annotation from {file}.") if added == 1 \
            else self.tr("Imported {count} annotations from {file}.")
        already = self.tr("1 was already here.") if present == 1 \
            else self.tr("{count} were already here.")
        # Two sentences, each with its own count, so each can agree with its number.
        self.statusMessage.emit(" ".join((imported.format(count=number(added), file=isolate(path.name)),
                                          already.format(count=number(present)))))


def _shown_for(origin: str | None, annotation: Annotation) -> bool:
    """Whether the "Show:" filter keeps the annotation: everyone's, the reader's own, collaborators', orphans."""
    if origin == "own":
        return not annotation.imported
    if origin == "imported":
        return annotation.imported
    if origin == "orphans":
        return bool(annotation.orphan)
    return True
