"""The item metadata panel: what an item is, where it came from, and whether it is what was signed.

The item's own check (`session.check_item`, re-hashing what the item shows) answers at once; the
archive's state comes from the background verification (`session.report`), so the panel says
"still verifying" until that ends and updates itself when `session.verificationChanged` fires.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from archive import CasefileError
from archive.signing.verify import VerificationState

OK, WARN, BAD, NEUTRAL = "#2e7d32", "#8d6e00", "#c62828", "gray"
FIELDS = ("Title", "Kind", "Source", "Date", "Authors", "Languages", "File name", "Media type")


def item_state(session, item_id: str) -> tuple[str, str]:
    """(text, colour) of an item's verification state in this session."""
    try:
        check = session.check_item(item_id)
    except CasefileError as exc:
        return f"✗ Cannot be checked: {exc}", BAD
    report = session.report
    if check.signed and (not check.ok or session.item_failed_verification(item_id)):
        return f"✗ Failed verification: {check.message if not check.ok else report.message}", BAD
    if not check.signed:
        return "Unsigned: nothing vouches for this item.", NEUTRAL
    if report is None:
        waiting = "still verifying the archive…" if session.verifying else "archive not verified yet."
        return f"✓ Matches the signed manifest; {waiting}", OK
    if report.state is VerificationState.VERIFIED:
        return f"✓ Verified. {report.message}", OK
    if report.state is VerificationState.TAMPERED:
        return f"✓ This item matches what was signed, but other parts of the archive do not: {report.message}", WARN
    if report.state is VerificationState.DAMAGED:
        return f"✗ The archive is damaged: {report.message}", BAD
    return f"✓ Matches what was signed, but the archive is {report.state.value}: {report.message}", WARN


class ItemMetadataPanel(QWidget):
    """Source, date, SHA-256, verification state, archive and edition of one item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.item_id: str | None = None
        self.fields = {name: self._value(name) for name in FIELDS}
        self.sha256 = QLineEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setAccessibleName("SHA-256 of the original file")
        self.sha256.setToolTip("SHA-256 of the original file, as signed by the publisher")
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton("Copy")
        self.copy_button.setAccessibleName("Copy SHA-256")
        self.copy_button.setToolTip("Copy the SHA-256 to the clipboard")
        self.copy_button.clicked.connect(self.copy_sha256)
        self.state = self._value("Verification")
        self.archive = self._value("Archive")
        self.edition = self._value("Edition")
        self.synthetic = self._value("Synthetic")
        self._layout()
        self.clear()

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # archive strings: never rich text
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setAccessibleName(name)
        return label

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Verification:", self.state)
        for name, label in self.fields.items():
            form.addRow(f"{name}:", label)
        sha = QHBoxLayout()
        sha.addWidget(self.sha256, 1)
        sha.addWidget(self.copy_button)
        form.addRow("SHA-256:", sha)
        form.addRow("Synthetic:", self.synthetic)
        form.addRow("Archive:", self.archive)
        form.addRow("Edition:", self.edition)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_item(self, session, item_id: str) -> None:
        """Show `item_id` of `session`; follows the session's verification until another item is shown."""
        if session is not self.session:
            if self.session is not None:
                self.session.verificationChanged.disconnect(self._refresh_state)
            if session is not None:
                session.verificationChanged.connect(self._refresh_state)
        self.session, self.item_id = session, item_id
        try:
            item = session.archive.items.get(item_id)
        except CasefileError as exc:
            self.clear()
            self.state.setText(str(exc))
            return
        values = (item.title, item.kind, item.source or "", item.date or "", ", ".join(item.authors),
                  ", ".join(item.languages or ((item.language,) if item.language else ())),
                  item.file_name, item.media_type)
        for label, value in zip(self.fields.values(), values):
            label.setText(_shown(value) or "—")
        self.sha256.setText(item.sha256)
        self.sha256.setCursorPosition(0)
        self.copy_button.setEnabled(bool(item.sha256))
        meta = session.archive.metadata
        self.archive.setText(_shown(f"{meta.title} — {meta.publisher}"))
        self.edition.setText(_shown(meta.edition))
        self._set(self.synthetic, "Yes: invented for demonstration, not evidence" if item.synthetic else "No",
                  WARN if item.synthetic else "")
        self._refresh_state()

    def clear(self) -> None:
        """Show nothing (no item selected)."""
        for label in (*self.fields.values(), self.state, self.archive, self.edition, self.synthetic):
            label.clear()
        self.sha256.clear()
        self.copy_button.setEnabled(False)

    def copy_sha256(self) -> None:
        """Put the SHA-256 on the clipboard."""
        QGuiApplication.clipboard().setText(self.sha256.text())

    def _refresh_state(self) -> None:
        if self.session is None or self.item_id is None:
            return
        text, colour = item_state(self.session, self.item_id)
        self._set(self.state, text, colour)

    @staticmethod
    def _set(label: QLabel, text: str, colour: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {colour}; font-weight: bold" if colour else "")


# A forged archive can put megabytes into a title; a wrapped label re-lays it out on every resize
# (about 4 s per million characters), so what a label shows is cut, with the cut marked.
MAX_SHOWN = 2_000


def _shown(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + " … (cut: the archive holds more)"
