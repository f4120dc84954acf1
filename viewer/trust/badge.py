"""How an archive's verification state is shown: the badge, its words, and trusting a new key.

The badge is always visible for the selected archive (and a small one for each archive in the
library). A tampered or damaged archive is red and names what failed; an unknown key shows the
fingerprint (derived from the key material, so no other key can show the same one) and offers to
trust it only after the reader has compared it with the publisher's. A key posing as a trusted one
(same key id, other key material) gets a red warning and no offer to trust it. Nothing the archive
says about its signer (its stored key's comment, its publisher field) is shown as the signer's name
or offered as the name to trust a key under: those are the forger's words if the archive is forged.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from archive import CasefileError, PublicKey, TrustStore, VerificationState

from ..i18n import isolate
from ..library.sessions import ArchiveSession
from ..plaintext import shown_as_is
from ..theme import STATE_COLOURS
from .verdicts import describe_report

STATE = VerificationState


@dataclass(frozen=True)
class Badge:
    key: str  # colour key in theme.STATE_COLOURS
    headline: str  # two or three words, e.g. "Verified"
    detail: str  # one sentence a reader can act on


def badge_for(session: ArchiveSession) -> Badge:
    """What to show for a session right now, in the current language."""
    translate = QCoreApplication.translate
    if session.verifying:
        progress = session.progress
        percent = f" {100 * progress.done // progress.total}%" if progress and progress.total else ""
        return Badge("verifying", translate("Badge", "Verifying…") + percent,
                     translate("Badge", "Checking every byte against the publisher's signature. "
                                        "You can read while this runs."))
    if session.verify_error:
        stopped = translate("Badge", "Verification stopped: {reason}")
        return Badge("damaged", translate("Badge", "Not verified"),
                     stopped.format(reason=isolate(session.verify_error)))
    report = session.report
    if report is None:
        return Badge("unsigned", translate("Badge", "Not verified"),
                     translate("Badge", "Verification was cancelled. Use Archive › Verify again."))
    if report.state is STATE.VERIFIED:
        return Badge("verified", translate("Badge", "Verified"), describe_report(report))
    if report.state is STATE.UNSIGNED:
        return Badge("unsigned", translate("Badge", "Unsigned"), describe_report(report))
    if report.reason == "impersonation":
        return Badge("tampered", translate("Badge", "Possible impersonation"), describe_report(report))
    headlines = {STATE.UNKNOWN_KEY: ("unknown", translate("Badge", "Unknown signer")),
                 STATE.REVOKED_KEY: ("tampered", translate("Badge", "Revoked key")),
                 STATE.TAMPERED: ("tampered", translate("Badge", "TAMPERED"))}
    key, headline = headlines.get(report.state, ("damaged", translate("Badge", "Damaged")))
    return Badge(key, headline, describe_report(report))


def badge_style(key: str) -> str:
    background, text = STATE_COLOURS[key]
    return (f"QLabel {{ background: {background}; color: {text}; border-radius: 4px; padding: 3px 8px; "
            f"font-weight: bold; }}")


class TrustBadgeWidget(QWidget):
    """The selected archive's state: coloured headline, explanation, progress, and what to do next."""

    itemActivated = Signal(object, str, str)  # session, item id, "" (a failing item clicked)
    keyTrusted = Signal(str, str)  # fingerprint, name given to it (the audit log records it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ArchiveSession | None = None
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # a headline may name a key's label
        self.headline.setAccessibleName(self.tr("Verification state"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # messages quote archive strings
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop verifying (reading goes on; the archive is then shown as "
                                              "not verified)"))
        self.cancel_button.clicked.connect(lambda: self.session and self.session.cancel_verification())
        self.trust_button = QPushButton(self.tr("Trust this key…"))
        self.trust_button.clicked.connect(self._trust_key)
        self.verify_button = QPushButton(self.tr("Verify again"))
        self.verify_button.clicked.connect(lambda: self.session and self.session.start_verification())
        self.failing = QListWidget()
        self.failing.setAccessibleName(self.tr("Items that failed verification"))
        self.failing.setMaximumHeight(110)
        self.failing.itemActivated.connect(self._open_failing)
        self._layout()
        self.refresh()  # nothing selected yet: the empty state, without the buttons of an archive

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.headline, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.detail)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        column.addWidget(self.failing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        column.addLayout(buttons)

    def set_session(self, session: ArchiveSession | None) -> None:
        if self.session is not None:
            self.session.verificationChanged.disconnect(self.refresh)
        self.session = session
        if session is not None:
            session.verificationChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        self.setEnabled(session is not None)
        if session is None:
            self.headline.setText(self.tr("No archive open"))
            self.headline.setAccessibleDescription(self.headline.text())
            self.headline.setStyleSheet(badge_style("unsigned"))
            self.detail.setText(self.tr("Open an archive with File › Open (Ctrl+O) or drop one here."))
            for widget in (self.progress, self.cancel_button, self.trust_button, self.verify_button, self.failing):
                widget.hide()
            return
        badge = badge_for(session)
        self.headline.setText(badge.headline)
        # Its accessible name says what the label is; the state itself must be announced too.
        self.headline.setAccessibleDescription(badge.headline)
        self.headline.setStyleSheet(badge_style(badge.key))
        self.detail.setText(badge.detail)
        verifying = session.verifying
        self.progress.setVisible(verifying)
        self.cancel_button.setVisible(verifying)
        if verifying and session.progress and session.progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(1000 * session.progress.done // session.progress.total)
        elif verifying:
            self.progress.setRange(0, 0)  # busy until the first progress report
        report = session.report
        self.trust_button.setVisible(_may_offer_trust(report))
        self.verify_button.setVisible(not verifying)
        self.failing.clear()
        failing = report.failing_items if report else []
        others = [name for name in (report.failing if report else []) if not _is_item_leaf(name)]
        for item_id in failing:
            self.failing.addItem(f"✗ {item_id}")  # an id: ASCII, needs no isolating
            self.failing.item(self.failing.count() - 1).setData(Qt.ItemDataRole.UserRole, item_id)
        for name in others:
            self.failing.addItem(self.tr("✗ {name} (archive structure)").format(name=isolate(name)))
        self.failing.setVisible(bool(failing or others))

    def _open_failing(self, entry) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)  # None for the archive's own structure
        if self.session and item_id:
            self.itemActivated.emit(self.session, item_id, "")

    def _trust_key(self) -> None:
        report = self.session.report if self.session else None
        if report is None or not report.public_key:
            return
        dialog = TrustKeyDialog(PublicKey.parse(report.public_key), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.label():
            return  # no name of the reader's own: the store would fall back on the key's (archive's) comment
        try:
            TrustStore.default().add(dialog.public_key, dialog.label())
        except CasefileError as exc:
            QMessageBox.critical(self, self.tr("Cannot trust the key"), shown_as_is(exc))
            return
        self.keyTrusted.emit(dialog.public_key.fingerprint, dialog.label())
        self.session.start_verification()


def _may_offer_trust(report) -> bool:
    """Offer "Trust this key…" only for a plain unknown key: never for a key posing as a trusted one
    (impersonation), nor for the public demo key (trusting it could not widen what it vouches for)."""
    return bool(report and report.state is STATE.UNKNOWN_KEY and report.reason == "untrusted-key"
                and report.public_key)


def _is_item_leaf(name: str) -> bool:
    return name.split(":", 1)[0] in ("item", "pages", "image", "mentions", "thumb", "blob")


class TrustKeyDialog(QDialog):
    """Trust a publisher's key only after comparing its fingerprint with one obtained another way."""

    def __init__(self, public_key: PublicKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.public_key = public_key
        self.setWindowTitle(self.tr("Trust this signing key?"))
        explain = QLabel(self.tr(
            "Only trust this key if the publisher has given you the same fingerprint, all 40 digits, in person, "
            "on paper or over a channel you already trust (for example read aloud on a phone call to a number "
            "you already had). Anyone can sign an archive with a key of their own."))
        explain.setWordWrap(True)
        fingerprint = QLabel(public_key.fingerprint)
        fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = fingerprint.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        fingerprint.setFont(font)
        fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # compared character by character
        # Empty, never the archive's publisher field or the key's comment: a forger writes those, and the
        # name given here is what every badge will show as the signer.
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("Publisher's name, e.g. the organisation you got the key from"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = buttons.addButton(self.tr("Trust this key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setToolTip(self.tr("Add the key to your trusted keys; archives it signed will show as "
                                             "verified"))
        self.trust_button.setEnabled(False)  # until the reader names the key in their own words
        self.label_edit.textChanged.connect(lambda text: self.trust_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)  # the safe choice
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addWidget(QLabel(self.tr("Key fingerprint:")))
        column.addWidget(fingerprint)
        column.addWidget(QLabel(self.tr("Name to show for this key:")))
        column.addWidget(self.label_edit)
        column.addWidget(buttons)

    def label(self) -> str | None:
        return self.label_edit.text().strip() or None
