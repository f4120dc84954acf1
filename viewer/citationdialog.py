"""What Copy Citation put on the clipboard, shown so the reader sees what they will paste (`casefile cite
--format html` gives the footnote as HTML).

The citation (archive.cite) is shown as plain text, selectable, with its footnote form beside it and a
button to copy that form instead. Every value in it comes from the archive: the text boxes are plain
text, never markup. Non-modal: reading on stays possible, Escape closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from archive import Citation


class CitationDialog(QDialog):
    def __init__(self, citation: Citation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.citation = citation
        self.setWindowTitle(self.tr("Citation copied"))
        self.note = QLabel(self.tr("This citation is on the clipboard:")
                           if citation.verified else
                           self.tr("This citation is on the clipboard. The archive's signature is not verified, and "
                                   "the citation says so: check the archive before you rely on it."))
        self.note.setWordWrap(True)
        self.text = self._box(citation.plain(), self.tr("Citation"))
        self.footnote = self._box(citation.footnote(), self.tr("Footnote form"))
        self.copy_footnote = QPushButton(self.tr("Copy Footnote Form"))
        self.copy_footnote.clicked.connect(self._copy_footnote)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_footnote, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.text, 3)
        column.addWidget(QLabel(self.tr("Footnote form:")))
        column.addWidget(self.footnote, 2)
        column.addWidget(buttons)
        self.resize(720, 420)

    def _box(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)  # plain text: archive values are never read as markup
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return box

    def _copy_footnote(self) -> None:
        QGuiApplication.clipboard().setText(self.citation.footnote())  # text only: see ItemTab.copy_citation
        self.note.setText(self.tr("The footnote form is on the clipboard."))
