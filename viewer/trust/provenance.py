"""Where a row comes from: the state a result row carries, and the archive's details for its tool tip.

Several archives can be open at once, and a forger's copy of a real archive has the same title and
archive id. Every row that names its archive uses the session's `label` (unique among the open
archives, see `Library`), carries the archive's state when it is not Verified, and has the full
details (file, edition, signer, fingerprint, state) in its tool tip.

Tool tips are built as plain text: archive strings in them are isolated, never marked up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QPalette

from archive import VerificationState

from ..i18n import isolate
from ..library.sessions import ArchiveSession, Library
from ..theme import text_colour
from .badge import Badge, badge_for

# The text colour (theme.TEXT_COLOURS) of a state named in a list of values, where a pill does not fit.
STATE_TEXT = {"tampered": "error", "damaged": "error", "unknown": "warning", "unsigned": "secondary",
              "verifying": "secondary", "verified": "ok"}


def row_state(session: ArchiveSession | None) -> Badge | None:
    """The badge a row from `session` carries: None while the archive is Verified (or no longer open)."""
    if session is None:
        return None
    badge = badge_for(session)
    return None if badge.key == "verified" else badge


def state_colour(palette: QPalette, badge: Badge) -> QColor:
    """A readable text colour for `badge`'s state on `palette`."""
    return text_colour(palette, STATE_TEXT[badge.key])


def signer_text(session: ArchiveSession) -> str:
    """Who signed the archive, as far as verification knows (the trust store's label of the key)."""
    translate = QCoreApplication.translate
    report = session.report
    if report is None:
        return translate("Provenance", "not known until verification ends")
    if report.state is VerificationState.UNSIGNED:
        return translate("Provenance", "unsigned")
    if report.signer:
        return isolate(report.signer)
    return translate("Provenance", "unknown signer")


def provenance_tooltip(session: ArchiveSession) -> str:
    """The archive's label, file, edition, signer and state, one per line (plain text)."""
    translate = QCoreApplication.translate
    badge = badge_for(session)
    lines = [translate("Provenance", "Archive: {label}").format(label=isolate(session.label)),
             translate("Provenance", "File: {path}").format(path=isolate(session.path)),
             translate("Provenance", "Edition: {edition}").format(edition=isolate(session.edition)),
             translate("Provenance", "Signer: {signer}").format(signer=signer_text(session))]
    if session.report and session.report.fingerprint:
        lines.append(translate("Provenance", "Fingerprint: {fingerprint}").format(
            fingerprint=isolate(session.report.fingerprint)))
    lines.append(translate("Provenance", "State: {headline}. {detail}").format(headline=badge.headline,
                                                                               detail=badge.detail))
    return "\n".join(lines)



class VerificationWatcher(QObject):
    """Says whose verification moved on (progress, result, error), for a model whose rows carry the
    state of their archive; a child of that model, so it stops with it."""

    changed = Signal(str)  # the session's key

    def __init__(self, library: Library, parent: QObject) -> None:
        super().__init__(parent)
        library.sessionAdded.connect(self._watch)
        for session in library.sessions:
            self._watch(session)

    def _watch(self, session: ArchiveSession) -> None:
        session.verificationChanged.connect(self._relay)

    def _relay(self) -> None:
        self.changed.emit(self.sender().key)
