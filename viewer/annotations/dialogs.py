"""Small dialogs of the reader's store: passphrase (protect, unlock, change), a note on a whole item,
preferences, audit log.

The passphrase and note dialogs try their action before closing (`attempt(text)` returns the message
to show, or None): a wrong passphrase or a failed save keeps the dialog open with what was typed and
says why, so nothing has to be typed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QTableView, QVBoxLayout, QWidget)

from archive import CasefileError

from .. import filedialogs
from ..i18n import isolate
from ..plaintext import shown_as_is
from ..theme import text_colour
from .controller import StoreController, audit_action_label
from .model import AnyIndex, ColumnsTableModel

Attempt = Callable[[str], str | None]


class _TryingDialog(QDialog):
    """A dialog whose OK runs `attempt` and stays open, showing the message, if that fails."""

    def __init__(self, title: str, attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.attempt = attempt
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {text_colour(self.palette(), 'error').name()}; font-weight: bold;")
        # Not self.tr(): in a base class it would look the text up under the subclass's name.
        self.error.setAccessibleName(QCoreApplication.translate("Annotations", "Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)

    def problem(self) -> str | None:
        """Why the input cannot be used before even trying (e.g. passphrases differ), else None."""
        return None

    def accept(self) -> None:
        # Subclasses define value(): the text the attempt is made with.
        message = self.problem() or self.attempt(self.value())
        if message:
            self.error.setText(message)
            self.error.show()
            return
        super().accept()


def _busy(attempt: Callable[..., str | None], *args: str) -> str | None:
    """Run a slow attempt (key derivation, re-encrypting the store: about 2.5 s for 10,000 annotations
    measured on 2 cores) under a wait cursor; the store is one connection on this thread, so no worker."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return attempt(*args)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _passphrase_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PassphraseDialog(_TryingDialog):
    """Ask for the store's passphrase: twice when protecting the store, once to unlock it."""

    def __init__(self, attempt: Attempt, *, new: bool, parent: QWidget | None = None) -> None:
        title = self.tr("Protect notes with a passphrase") if new else self.tr("Unlock notes")
        super().__init__(title, lambda passphrase: _busy(attempt, passphrase), parent)
        self.new = new
        self.column.addWidget(_explanation(
            self.tr("Notes, tags, highlighted words with the words around them, where each highlight and region "
                    "is, author names and the audit log's details will be encrypted with this passphrase. "
                    "Without it they cannot be read: there is no way to recover a forgotten passphrase.") if new else
            self.tr("Enter the passphrase that protects your notes and tags.")))
        if new:
            self.readable = _explanation(self.tr(
                "Still readable without it: which items and entities of which archive carry annotations, their "
                "kind (highlight, region, note, bookmark), colour and dates, whether they were imported and with "
                "which motivation and note format, and the date and kind of each audit entry. The daily backups "
                "and any damaged store set aside, made before protection, are deleted; one protected backup "
                "replaces them."))
            self.column.addWidget(self.readable)
        self.passphrase = _passphrase_field(self.tr("Passphrase"))
        self.repeat = _passphrase_field(self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("Again:"), self.repeat)
        self.column.addLayout(form)
        self.column.addWidget(self.error)
        self.column.addWidget(self.buttons)

    def value(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str | None:
        if not self.passphrase.text():
            return self.tr("Type a passphrase.")
        if self.new and self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ; type the same one twice.")
        return None

    def accept(self) -> None:
        super().accept()
        if not self.new and self.result() != QDialog.DialogCode.Accepted:
            # A wrong passphrase: start again with an empty field rather than edit a hidden one.
            self.passphrase.clear()
            self.passphrase.setFocus()


class ChangePassphraseDialog(_TryingDialog):
    """Ask for the current passphrase and a new one twice; `change(current, new)` re-encrypts everything."""

    def __init__(self, change: Callable[[str, str], str | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change passphrase"), lambda pair: _busy(change, *pair), parent)
        self.column.addWidget(_explanation(self.tr(
            "Everything the passphrase protects is encrypted again under a new key, and the backups are replaced "
            "by one encrypted under it: the old passphrase will open neither the store nor any backup. This "
            "takes a few seconds.")))
        self.current = _passphrase_field(self.tr("Current passphrase"))
        self.passphrase = _passphrase_field(self.tr("New passphrase"))
        self.repeat = _passphrase_field(self.tr("New passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.repeat)
        self.column.addLayout(form)
        self.column.addWidget(self.error)
        self.column.addWidget(self.buttons)

    def value(self) -> tuple[str, str]:
        return self.current.text(), self.passphrase.text()

    def problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Type your current passphrase.")
        if not self.passphrase.text():
            return self.tr("Type a new passphrase.")
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two new passphrases differ; type the same one twice.")
        return None

    def accept(self) -> None:
        tried = self.problem() is None
        super().accept()
        if tried and self.result() != QDialog.DialogCode.Accepted:
            # A wrong current passphrase most likely: type it again rather than edit a hidden one.
            self.current.clear()
            self.current.setFocus()


class NoteDialog(_TryingDialog):
    """Write a note about a whole item or entity."""

    def __init__(self, about: str, attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Note"), attempt, parent)
        # `about` comes already quoted, its archive title isolated (tabs._quoted).
        heading = QLabel(self.tr("Note on {subject}").format(subject=about))
        heading.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the archive
        heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Note"))
        self.column.addWidget(heading)
        self.column.addWidget(self.text, 1)
        self.column.addWidget(self.error)
        self.column.addWidget(self.buttons)
        self.resize(460, 280)

    def value(self) -> str:
        return self.text.toPlainText()

    def problem(self) -> str | None:
        return None if self.value().strip() else self.tr("Write the note first.")


class PreferencesDialog(_TryingDialog):
    """The author name put on new annotations."""

    def __init__(self, store: StoreController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preferences"), lambda name: _saved(store.set_author, name), parent)
        # Never guessed from the computer's account name (it may be "root", or the reader's real name):
        # annotations are anonymous unless the reader types a name here.
        self.author = QLineEdit(store.author())
        self.author.setPlaceholderText(self.tr("Anonymous"))
        self.author.setAccessibleName(self.tr("Author name"))
        self.author.setToolTip(self.tr("Put on every annotation you make, and in exported annotations. Leave it "
                                       "empty to stay anonymous."))
        form = QFormLayout()
        form.addRow(self.tr("Your name on annotations:"), self.author)
        self.column.addLayout(form)
        self.column.addWidget(self.error)
        self.column.addWidget(self.buttons)

    def value(self) -> str:
        return self.author.text()


def _saved(write: Callable[[str], None], value: str) -> str | None:
    try:
        write(value)
    except CasefileError as exc:
        return str(exc)
    return None


class AuditModel(ColumnsTableModel):
    """Audit entries, newest first. What each covered is stored as written (English) and shown so."""

    # Marked here, translated in headerData.
    COLUMNS = (QT_TRANSLATE_NOOP("AuditModel", "Time"), QT_TRANSLATE_NOOP("AuditModel", "Action"),
               QT_TRANSLATE_NOOP("AuditModel", "What it covered"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.row_at(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.time.replace("T", " ")[:19], audit_action_label(entry.action), entry.covered)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is("\n".join(f"{key}: {value}" for key, value in sorted(entry.detail.items()))) or None
        return None


class AuditLogDialog(QDialog):
    """The audit log of the reader's store, with Export… to a JSON-lines file."""

    def __init__(self, store: StoreController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.store = store
        try:
            entries = store.store.audit.entries() if store.available else []
            problem = "" if store.available else store.problem
        except CasefileError as exc:
            entries, problem = [], str(exc)
        self.model = AuditModel(entries, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.message = QLabel(problem or self._summary(len(entries)))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.setToolTip(self.tr("Save the whole log as JSON lines"))
        export.setEnabled(store.available)
        export.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.resize(760, 440)

    def _summary(self, count: int) -> str:
        if count == 1:
            return self.tr("1 entry (newest first): exports, copies, trusted keys, verifications and imports.")
        return self.tr("{count} entries (newest first): exports, copies, trusted keys, verifications and "
                       "imports.").format(count=QLocale().toString(count))

    def _export(self) -> None:
        path = filedialogs.save_file_name(self, self.tr("Export audit log"), "casefile-audit.jsonl",
                                          self.tr("JSON lines (*.jsonl);;All files (*)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> int | None:
        """Write the log to `path`; shows the count or the reason it failed."""
        try:
            count = self.store.store.audit.export(path)
        except CasefileError as exc:
            self.message.setText(self.tr("Not exported: {error}").format(error=isolate(exc)))
            return None
        done = self.tr("Exported 1 entry to {path}.") if count == 1 else self.tr("Exported {count} entries to {path}.")
        self.message.setText(done.format(count=QLocale().toString(count), path=isolate(path)))
        return count
