"""Editing one annotation: its note, tags and colour, saved to the store only when the reader says so.

A save that fails (read-only store, full disk, locked) leaves everything typed in the editor and shows
the store's message beside it; the reader can free space or unlock and press Save again. Tags are
typed comma-separated, each completed from the tags already in use.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from archive import CasefileError
from archive.store import Annotation

from ..i18n import isolate
from ..theme import text_colour
from .controller import StoreController
from .model import COLOUR_HEX, anchor_text, colour_label, kind_label, swatch


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "a, b, c": trimmed, empty ones dropped, duplicates kept once in typed order."""
    return tuple(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


class ColourBox(QComboBox):
    """The five annotation colours with swatches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in COLOUR_HEX:
            self.addItem(swatch(name), colour_label(name), name)
        self.setAccessibleName(self.tr("Highlight colour"))

    def colour(self) -> str:
        return self.currentData()

    def set_colour(self, name: str) -> None:
        self.setCurrentIndex(max(self.findData(name), 0))


class TagField(QLineEdit):
    """Comma-separated tags; the tag being typed (after the last comma) is completed from those in use."""

    def __init__(self, store: StoreController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setPlaceholderText(self.tr("tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        self.completer_model = QStringListModel(self)
        # Not setCompleter(): that completes the whole field, and a field holds several tags.
        self.tag_completer = QCompleter(self.completer_model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated.connect(self.complete_with)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        current = text.rsplit(",", 1)[-1].strip()
        if not current:
            self.tag_completer.popup().hide()
            return
        self.completer_model.setStringList(self.store.tags())
        self.tag_completer.setCompletionPrefix(current)
        self.tag_completer.complete()

    def complete_with(self, tag: str) -> None:
        """Replace the tag being typed with `tag`."""
        head = self.text().rsplit(",", 1)[0] + ", " if "," in self.text() else ""
        self.setText(f"{head}{tag}, ")


class AnnotationEditorWidget(QWidget):
    """Note, tags and colour of the annotation chosen in a list, with Save."""

    saved = Signal(object)  # the Annotation as stored

    def __init__(self, store: StoreController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.annotation: Annotation | None = None
        # What was typed and not saved when the store was locked: (annotation id, note, tags, colour).
        # Kept in memory only, off screen, until that annotation is edited again unlocked.
        self._unsaved: tuple[str, str, str, str] | None = None
        store.lockedChanged.connect(self._lock_changed)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # quotes come from the archive
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Annotation being edited"))
        self.colour = ColourBox()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Write a note…"))
        self.tags = TagField(store)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {text_colour(self.palette(), 'error').name()}; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Save problem"))
        self.save_button = QPushButton(self.tr("Save"))
        save = QAction(self.tr("Save"), self)
        save.setShortcuts([QKeySequence("Ctrl+S"), QKeySequence("Ctrl+Return")])
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.save_button.setToolTip(self.tr("Save the note, tags and colour (Ctrl+S, Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self._layout()
        self.edit(None)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Colour:"), self.colour)
        form.addRow(self.tr("Tags:"), self.tags)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.note, 1)
        column.addLayout(form)
        column.addLayout(buttons)

    def edit(self, annotation: Annotation | None) -> None:
        """Show `annotation` for editing (None: nothing to edit)."""
        self.annotation = annotation
        self.error.clear()
        self.error.hide()
        editable = annotation is not None and not annotation.unreadable
        for widget in (self.colour, self.note, self.tags, self.save_button):
            widget.setEnabled(editable)
        if annotation is None:
            self.heading.setText(self.tr("Select an annotation to edit its note, tags and colour."))
            self.note.clear()
            self.tags.clear()
            return
        self.heading.setText(self.tr("{kind}: {anchor}").format(kind=kind_label(annotation.kind),
                                                                anchor=anchor_text(annotation)))
        self.colour.set_colour(annotation.colour)
        self.note.setPlainText("" if annotation.unreadable else annotation.note)
        self.tags.setText("" if annotation.unreadable else ", ".join(annotation.tags))
        if annotation.unreadable:
            # The store's own reason (English, from the Qt-free layer) is shown as it is.
            self._show_error(annotation.problem or self.tr("Locked: unlock the store to read and edit this note."))
        elif self._unsaved is not None and self._unsaved[0] == annotation.id and not self.store.locked:
            self._restore_unsaved()

    # -- Lock Now: nothing decrypted stays on screen, nothing typed is lost ------------------------------
    def _lock_changed(self, locked: bool) -> None:
        if locked:
            self.conceal()

    def conceal(self) -> None:
        """Take the note and tags off the screen; unsaved changes are kept in memory for after unlocking."""
        a = self.annotation
        if a is None or a.unreadable:
            return
        if self.dirty():
            self._unsaved = (a.id, self.note.toPlainText(), self.tags.text(), self.colour.colour())
        # Clearing the fields also drops their undo history, which would otherwise bring the text back.
        self.edit(dataclasses.replace(a, note="", tags=(), unreadable=True, problem=""))
        self.tags.tag_completer.popup().hide()
        self.tags.completer_model.setStringList([])

    def _restore_unsaved(self) -> None:
        _id, note, tags, colour = self._unsaved
        self._unsaved = None
        self.note.setPlainText(note)
        self.tags.setText(tags)
        self.colour.set_colour(colour)

    def dirty(self) -> bool:
        """True if the editor holds changes not yet saved."""
        a = self.annotation
        return a is not None and not a.unreadable and (
            self.note.toPlainText() != a.note or split_tags(self.tags.text()) != tuple(a.tags)
            or self.colour.colour() != a.colour)

    def save(self) -> bool:
        """Write the changes; on failure keep them here, show why and return False."""
        if self.annotation is None or self.annotation.unreadable:
            return False
        changed = dataclasses.replace(self.annotation, note=self.note.toPlainText(),
                                      tags=split_tags(self.tags.text()), colour=self.colour.colour())
        try:
            stored = self.store.update(changed)
        except CasefileError as exc:
            self._show_error(self.tr("Not saved: {error}").format(error=isolate(exc)))
            return False
        self.annotation = stored
        if self._unsaved is not None and self._unsaved[0] == stored.id:
            self._unsaved = None  # what was kept from before a lock is older than what was just saved
        self.error.hide()
        self.saved.emit(stored)
        return True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
