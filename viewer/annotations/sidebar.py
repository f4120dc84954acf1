"""The annotation sidebar of one open item or entity: its annotations, an editor, delete and undo.

The sidebar shows what it is given (`show_annotations`, from the `Annotator` that anchors them) and
writes through the `StoreController`; the store's `changed` signal brings the new state back, so the
list never drifts from the store. Choosing another annotation saves the one being edited first; if
that save fails, the editor stays where it is with the text and the reason. The editor always edits
the annotation selected in the list: each re-read of the list selects again, by id, the one being
edited, and a choice made while saving is applied after the save's re-read, never to a stale row.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QSplitter, QVBoxLayout, QWidget

from archive.store import Annotation

from ..i18n import shortcut_tip
from .controller import StoreController
from .editor import AnnotationEditorWidget
from .model import AnnotationTableModel


class AnnotationSidebar(QWidget):
    """List of an item's (or entity's) annotations above an editor for the one selected."""

    annotationActivated = Signal(object)  # Annotation: show its anchor in the reader
    noteRequested = Signal()  # a note on the whole item or entity
    statusMessage = Signal(str)

    def __init__(self, store: StoreController, subject: str = "item", parent: QWidget | None = None) -> None:
        """`subject` is "item" or "entity": what the annotations are on."""
        super().__init__(parent)
        self.store = store
        self.entity = entity = subject == "entity"
        # Whole sentences per subject: "item" and "entity" change the words around them in other languages.
        name = self.tr("Annotations on this entity") if entity else self.tr("Annotations on this item")
        self.setAccessibleName(name)
        self.model = AnnotationTableModel(compact=True, parent=self)
        self._syncing = False  # the list's current row is being set to match the editor, not by the reader
        self.list = QListView()
        self.list.setAccessibleName(name)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list.clicked.connect(self._activated)
        self.list.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Annotation summary"))
        self.editor = AnnotationEditorWidget(store)
        self.note_button = QPushButton(self.tr("Note on this entity…") if entity else self.tr("Note on this item…"))
        self.note_button.setToolTip(self.tr("Write a note about the whole entity") if entity
                                    else self.tr("Write a note about the whole item"))
        self.note_button.clicked.connect(self.noteRequested)
        self.delete_action = self._action(self.tr("Delete"), self.delete_current, "Delete", self.list)
        self.undo_action = self._action(self.tr("Undo delete"), self.undo_delete, "Ctrl+Z", self)
        self.undo_action.setEnabled(store.can_undo())
        store.undoAvailable.connect(self.undo_action.setEnabled)
        self._layout()
        self._update_summary()

    def _action(self, text: str, slot, key: str, owner: QWidget) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(key))
        # The list alone takes Delete (in the note editor it deletes characters).
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if owner is self.list
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(shortcut_tip(text, action.shortcuts()))
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        for action in (self.delete_action, self.undo_action):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    # -- what is shown ------------------------------------------------------------------------------
    def show_annotations(self, annotations: list[Annotation], flags: dict[str, str]) -> None:
        """Show these annotations (flags: id → warning); the selection and unsaved edits stay."""
        editing = self.editor.annotation
        self.model.set_annotations(annotations, flags)
        self._update_summary()
        row = self.model.row_of(editing.id) if editing else -1
        if row < 0:
            self.editor.edit(None)
            return
        # The editor's annotation stays the selected one; a reset must not leave the list on another.
        self._set_current(row)
        if not self.editor.dirty():
            self.editor.edit(self.model.annotation(row))

    def _update_summary(self) -> None:
        if not self.store.available:
            self.summary.setText(self.store.problem)
        elif self.store.locked:
            self.summary.setText(self.tr("Notes and tags are locked. Annotations › Unlock Notes… to read them."))
        else:
            count, flagged = self.model.rowCount(), sum(bool(self.model.flag(a.id)) for a in self.annotations())
            self.summary.setText(self._count_text(count, flagged))
        self.delete_action.setEnabled(self.store.available and self.model.rowCount() > 0)

    def _count_text(self, count: int, flagged: int) -> str:
        if count == 0 and self.entity:  # an entity page has no text to highlight, only notes
            return self.tr("No notes yet. Note on this entity… adds one.")
        if count == 0:
            return self.tr("No annotations yet. Select text and press Ctrl+H to highlight.")
        number = QLocale().toString
        shown = self.tr("1 annotation") if count == 1 else self.tr("{count} annotations").format(count=number(count))
        if not flagged:
            return shown
        attention = self.tr("{annotations}, 1 needs attention (⚠).") if flagged == 1 \
            else self.tr("{annotations}, {flagged} need attention (⚠).")
        return attention.format(annotations=shown, flagged=number(flagged))

    def annotations(self) -> list[Annotation]:
        return [self.model.annotation(row) for row in range(self.model.rowCount())]

    def select(self, annotation_id: str, *, edit_note: bool = False) -> bool:
        """Select an annotation in the list (and put the cursor in its note); False if not listed."""
        row = self.model.row_of(annotation_id)
        if row < 0:
            return False
        self.list.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if edit_note:
            self.editor.note.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _set_current(self, row: int) -> None:
        """Make `row` the list's current row without treating it as the reader's choice."""
        self._syncing = True
        try:
            self.list.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._syncing = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        chosen = self.model.annotation(current.row())
        editing = self.editor.annotation
        if editing is not None and chosen is not None and chosen.id == editing.id:
            return
        # Saving re-reads the list from the store (a model reset), so rows are found again by id afterwards.
        if self.editor.dirty() and not self.editor.save():
            # Keep the unsaved text in view: go back to the annotation being edited.
            self._set_current(self.model.row_of(editing.id))
            return
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        self._set_current(row)
        self.editor.edit(self.model.annotation(row))

    def _activated(self, index: QModelIndex) -> None:
        annotation = self.model.annotation(index.row())
        if annotation is not None:
            self.annotationActivated.emit(annotation)

    # -- delete and undo ----------------------------------------------------------------------------
    def delete_current(self) -> None:
        """Delete the selected annotation; its unsaved edits are saved first, so Undo delete brings them back."""
        if self.editor.dirty() and not self.editor.save():
            return  # the editor says why; nothing is deleted with the reader's text unsaved
        annotation = self.model.annotation(self.list.currentIndex().row())
        if annotation is not None:
            self.statusMessage.emit(self.store.delete_reporting(annotation))

    def undo_delete(self) -> None:
        restored, problem = self.store.undo_delete_reporting()
        if problem:
            self.statusMessage.emit(problem)
        elif restored is not None:
            self.select(restored.id)
            self.statusMessage.emit(self.tr("Annotation restored."))
