"""The item metadata panel: what an item is, where it came from, and whether it is what was signed.

The item's own check (`session.check_item`, re-hashing what the item shows) answers at once; the
archive's state comes from the background verification (`session.report`), so the panel says
"still verifying" until that ends and updates itself when `session.verificationChanged` fires.
The green mark waits for that verdict: an item matching its archive's manifest proves nothing until
the manifest's signer is known to be one the reader trusts (any forger can sign a manifest), so while
verifying, after a cancel, or for an unknown or revoked signer the mark is neutral and says why. An
item whose own check fails is red at once.

Labels and states are in the interface language; the item's facts are the archive's, and the verifier's
messages (which quote archive data) stay in English, isolated inside the translated sentence.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from archive import CasefileError, VerificationState

from .i18n import isolate
from .plaintext import plain_value_label
from .search.models import language_name
from .theme import text_colour
from .trust.verdicts import describe_check, describe_report

# An item's kind as its label; a kind this version does not know is shown as the archive names it.
ITEM_KINDS = {"report": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Report"),
              "image": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Image"),
              "table": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Table"),
              "email": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Email"),
              "file": QT_TRANSLATE_NOOP("ItemMetadataPanel", "File kept as given")}


def item_kind_name(kind: str) -> str:
    """`report` -> "Report" in the interface language; a kind this version does not know, as it is."""
    return QCoreApplication.translate("ItemMetadataPanel", ITEM_KINDS[kind]) if kind in ITEM_KINDS else kind


OK, WARN, BAD, NEUTRAL = "ok", "warning", "error", ""  # theme.TEXT_COLOURS meanings
# The item's facts: key (stable; `fields` is keyed by it) and the label shown, translated when shown.
FIELDS = {
    "Title": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Title"),
    "Kind": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Kind"),
    "Source": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Source"),
    "Date": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Date"),
    "Authors": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Authors"),
    "Languages": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Languages"),
    "File name": QT_TRANSLATE_NOOP("ItemMetadataPanel", "File name"),
    "Media type": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Media type"),
}
# Where the item came from (format 2 archives record it; format 1's is derived from the item id).
ORIGIN = {
    "Path": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Path"),
    "Folder": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Folder"),
    "Parent": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Inside"),
    "Content": QT_TRANSLATE_NOOP("ItemMetadataPanel", "Content"),
    "Facts": QT_TRANSLATE_NOOP("ItemMetadataPanel", "File facts"),
}
# An item that matches its manifest, in an archive whose signer is not trusted: not verified. A revoked
# key is a warning (its holder was judged unfit to vouch), an unknown one only a fact.
UNTRUSTED = {
    VerificationState.UNKNOWN_KEY: (QT_TRANSLATE_NOOP(
        "ItemMetadataPanel", "Not verified: the archive is signed by a key you have not chosen to trust. {message}"),
        NEUTRAL),
    VerificationState.REVOKED_KEY: (QT_TRANSLATE_NOOP(
        "ItemMetadataPanel", "Not verified: the archive is signed by a key you revoked. {message}"), WARN),
}


def item_state(session, item_id: str) -> tuple[str, str]:
    """(text, colour) of an item's verification state in this session, in the interface language."""
    translate = QCoreApplication.translate
    try:
        check = session.check_item(item_id)
    except CasefileError as exc:
        return translate("ItemMetadataPanel", "✗ Cannot be checked: {reason}").format(reason=isolate(exc)), BAD
    report = session.report
    if check.reason == "no-item-proofs":  # signed only as a whole file: the archive's verdict is the item's
        if report is not None and report.state is VerificationState.VERIFIED:
            return translate("ItemMetadataPanel", "✓ Verified with the whole file, which has no item proofs. "
                                                  "{message}").format(message=describe_report(report)), OK
        return describe_check(check), NEUTRAL
    if check.signed and (not check.ok or session.item_failed_verification(item_id)):
        reason = describe_check(check) if not check.ok else describe_report(report)
        return translate("ItemMetadataPanel", "✗ Failed verification: {reason}").format(reason=reason), BAD
    if not check.signed:
        return translate("ItemMetadataPanel", "Unsigned: nothing vouches for this item."), NEUTRAL
    if report is None:
        return _not_yet_verified(session)
    message = describe_report(report)  # in the interface language, archive parts isolated
    if report.state is VerificationState.VERIFIED:
        return translate("ItemMetadataPanel", "✓ Verified. {message}").format(message=message), OK
    if report.state is VerificationState.TAMPERED:
        text = translate("ItemMetadataPanel", "Not verified: this item matches the archive's list of contents, but "
                                              "other parts of the archive do not: {message}")
        return text.format(message=message), WARN
    if report.state is VerificationState.DAMAGED:
        return translate("ItemMetadataPanel", "✗ The archive is damaged: {message}").format(message=message), BAD
    if report.state in UNTRUSTED:
        text, colour = UNTRUSTED[report.state]
        return translate("ItemMetadataPanel", text).format(message=message), colour
    return translate("ItemMetadataPanel", "Not verified: {message}").format(message=message), WARN


def _not_yet_verified(session) -> tuple[str, str]:
    """The mark of an item that passed its own check while the archive's verdict is not in: never green."""
    translate = QCoreApplication.translate
    if session.verifying:
        return translate("ItemMetadataPanel", "Not verified yet: still verifying the archive and its signer…"), \
            NEUTRAL
    if session.verify_error:
        return translate("ItemMetadataPanel", "Not verified: verification stopped: {reason}").format(
            reason=isolate(session.verify_error)), WARN
    return translate("ItemMetadataPanel", "Not verified: verification was cancelled. Use Archive › Verify again."), \
        NEUTRAL


class ItemMetadataPanel(QWidget):
    """Source, date, SHA-256, verification state, archive and edition of one item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = None
        self.item_id: str | None = None
        self.fields = {key: plain_value_label(QCoreApplication.translate("ItemMetadataPanel", label))
                       for key, label in FIELDS.items()}
        self.sha256 = QLineEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setAccessibleName(self.tr("SHA-256 of the original file"))
        self.sha256.setToolTip(self.tr("SHA-256 of the original file, as signed by the publisher"))
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy SHA-256"))
        self.copy_button.setToolTip(self.tr("Copy the SHA-256 to the clipboard"))
        self.copy_button.clicked.connect(self.copy_sha256)
        self.state = plain_value_label(self.tr("Verification"))
        self.archive = plain_value_label(self.tr("Archive"))
        self.edition = plain_value_label(self.tr("Edition"))
        self.synthetic = plain_value_label(self.tr("Synthetic"))
        self.ocr = plain_value_label(self.tr("Machine-read text"))
        self.origin = {key: plain_value_label(QCoreApplication.translate("ItemMetadataPanel", label))
                       for key, label in ORIGIN.items()}
        self._layout()
        self.clear()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each value is labelled with its accessible name, the field's name.
        for label in (self.state, *self.fields.values(), *self.origin.values(), self.ocr):
            form.addRow(self._row_label(label.accessibleName()), label)
        self._form = form
        sha = QHBoxLayout()
        sha.addWidget(self.sha256, 1)
        sha.addWidget(self.copy_button)
        form.addRow(self._row_label(self.tr("SHA-256")), sha)
        for label in (self.synthetic, self.archive, self.edition):
            form.addRow(self._row_label(label.accessibleName()), label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def _row_label(self, name: str) -> str:
        #: A label in the item's facts: the field's name, then a colon.
        return self.tr("{0}:").format(name)

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
        languages = item.languages or ((item.language,) if item.language else ())
        values = (item.title, item_kind_name(item.kind), item.source or "", item.date or "", ", ".join(item.authors),
                  ", ".join(language_name(code) for code in languages),
                  item.file_name, item.media_type)
        for label, value in zip(self.fields.values(), values):
            label.setText(_shown(value) or "—")
        self.sha256.setText(item.sha256)
        self.sha256.setCursorPosition(0)
        self.copy_button.setEnabled(bool(item.sha256))
        meta = session.archive.metadata
        self.archive.setText(_shown(f"{meta.title} — {meta.publisher}"))
        self.edition.setText(_shown(meta.edition))
        if item.synthetic:
            self._set(self.synthetic, self.tr("Yes: invented for demonstration, not evidence"), WARN)
        else:
            self._set(self.synthetic, self.tr("No"), "")
        self._show_origin(session, item_id)
        self._show_ocr(session, item_id)
        self._refresh_state()

    def _show_ocr(self, session, item_id: str) -> None:
        """Say that the item's text, or some of it, was machine-read, by what and how confidently."""
        try:
            pages = session.archive.items.ocr_pages(item_id)
            total = len(session.archive.items.pages(item_id)) or session.archive.items.file_info(item_id).details.get("pages")
        except CasefileError:
            pages, total = [], None
        self._form.setRowVisible(self.ocr, bool(pages))
        if not pages:
            self.ocr.clear()
            return
        scores = [page.confidence for page in pages if page.confidence is not None]
        total = total if isinstance(total, int) and total >= len(pages) else len(pages)
        self.ocr.setText(_shown(self.tr("Machine-read text (OCR): {engine}, {languages}, mean confidence {confidence}, "
                                        "{read} of {pages} pages").format(
            engine=isolate(pages[0].engine or "?"), languages=isolate("+".join(pages[0].languages) or "?"),
            confidence=f"{min(max(sum(scores) / len(scores), 0), 100):.0f}%" if scores else "?",
            read=len(pages), pages=total)))

    def _show_origin(self, session, item_id: str) -> None:
        """Where the item came from in the publisher's folder, and whether its content was read."""
        items = session.archive.items
        try:
            info = items.file_info(item_id)
            parent = items.get(info.parent_id) if info.parent_id else None
        except CasefileError as exc:
            for label in self.origin.values():
                label.clear()
            self.origin["Content"].setText(str(exc))
            return
        parent_text = self.tr("{title} ({id})").format(title=isolate(parent.title), id=isolate(parent.id)) \
            if parent else (self.tr("{id} (missing)").format(id=isolate(info.parent_id)) if info.parent_id else "")
        if info.outcome == "kept":
            content = self.tr("Kept as given, not read: {reason}").format(reason=isolate(info.reason or "—"))
        else:
            content = self.tr("Read: its text and views were made from it")
        values = {"Path": info.path, "Folder": info.folder or self.tr("(top level)"), "Parent": parent_text,
                  "Content": content, "Facts": _facts(info.details)}
        for key, value in values.items():
            self.origin[key].setText(_shown(value) or "—")

    def clear(self) -> None:
        """Show nothing (no item selected)."""
        for label in (*self.fields.values(), *self.origin.values(), self.state, self.archive, self.edition,
                      self.synthetic, self.ocr):
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

    def _set(self, label: QLabel, text: str, meaning: str) -> None:
        label.setText(text)
        colour = text_colour(self.palette(), meaning).name() if meaning else ""
        label.setStyleSheet(f"color: {colour}; font-weight: bold" if colour else "")


# A forged archive can put megabytes into a title; a wrapped label re-lays it out on every resize
# (about 4 s per million characters), so what a label shows is cut, with the cut marked.
MAX_SHOWN = 2_000


def _facts(details: dict) -> str:
    """The builder's facts about the file (encoding, frames, pages, sheets, warnings), one per line, as
    the archive gives them: names and values are archive text."""
    lines = []
    for name, value in details.items():
        if isinstance(value, list) and name == "warnings":
            lines += [f"⚠ {warning}" for warning in value]
        else:
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            lines.append(f"{name}: {shown}")
    return "\n".join(lines)


def _shown(text: str) -> str:
    if len(text) <= MAX_SHOWN:
        return text
    return QCoreApplication.translate("ItemMetadataPanel", "{text} … (cut: the archive holds more)").format(
        text=isolate(text[:MAX_SHOWN]))
