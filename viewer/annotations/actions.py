"""The main window's menus for the reader's store, and what it records in the audit log.

Annotations menu: bookmark the open item (Ctrl+D), a note on the open item or entity, and the
passphrase protection (protect, unlock, change the passphrase, Lock now with Ctrl+Shift+L). Tools
menu: the audit log and preferences. Verification results are recorded here as each archive's verification ends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenuBar

from archive import CasefileError

from ..i18n import menu_action
from .controller import StoreController
from .dialogs import AuditLogDialog, ChangePassphraseDialog, PassphraseDialog, PreferencesDialog


class StoreActions(QObject):
    """Menu actions of the reader's store for one main window."""

    def __init__(self, window: QMainWindow, store: StoreController) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self._notices: list[str] = []  # what the last protection change could not wipe, shown once it is done
        self.store.ask_author = self.ask_author
        store.changed.connect(lambda _archive_id: self.update_enabled())

    def _action(self, menu, text: str, slot, key: str | None = None, tip: str = "") -> QAction:
        return menu_action(menu, self.window, text, slot, key, tip)

    def install(self, bar: QMenuBar, before: QAction) -> None:
        """Add the Annotations and Tools menus to the menu bar, before the `before` menu (Help)."""
        menu = bar.addMenu(self.tr("A&nnotations"))
        self.bookmark_action = self._action(menu, self.tr("&Bookmark Item"), self.bookmark, "Ctrl+D",
                                            self.tr("Bookmark the open item, or remove its bookmark"))
        self.note_action = self._action(menu, self.tr("&Note on This Item or Entity…"), self.write_note,
                                        tip=self.tr("Write a note about the whole item or entity in the current tab"))
        menu.addSeparator()
        self.protect_action = self._action(menu, self.tr("&Protect Notes with a Passphrase…"), self.protect,
                                           tip=self.tr("Encrypt notes and tags with a passphrase"))
        self.unlock_action = self._action(menu, self.tr("&Unlock Notes…"), self.unlock,
                                          tip=self.tr("Read and edit protected notes"))
        self.change_action = self._action(menu, self.tr("C&hange Passphrase…"), self.change_passphrase,
                                          tip=self.tr("Encrypt protected notes again under a new passphrase and key"))
        self.lock_action = self._action(menu, self.tr("&Lock Now"), self.lock, "Ctrl+Shift+L",
                                        self.tr("Forget the passphrase's key: notes and tags stay locked until "
                                                "unlocked"))
        tools = bar.addMenu(self.tr("&Tools"))
        self._action(tools, self.tr("&Audit Log…"), self.show_audit_log,
                     tip=self.tr("Exports, copies, trusted keys, verifications"))
        self._action(tools, self.tr("&Preferences…"), self.preferences, tip=self.tr("Your name on annotations"))
        for added in (menu, tools):
            bar.insertMenu(before, added)
        self.update_enabled()

    def update_enabled(self) -> None:
        store = self.store
        self.protect_action.setEnabled(store.available and not store.encrypted)
        self.unlock_action.setEnabled(store.locked)
        self.change_action.setEnabled(store.encrypted)
        self.lock_action.setEnabled(store.encrypted and not store.locked)
        for action in (self.bookmark_action, self.note_action):
            action.setEnabled(store.available)

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message)

    def _annotator(self):
        annotator = getattr(self.window.tabs.currentWidget(), "annotator", None)
        if annotator is None:
            self._say(self.tr("Open an item or entity first."))
        return annotator

    # -- annotations --------------------------------------------------------------------------------
    def bookmark(self) -> None:
        annotator = self._annotator()
        if annotator is None or annotator.item_id is None:
            return
        marked = annotator.bookmark()
        if marked is not None:
            self._say(self.tr("Bookmarked.") if marked else self.tr("Bookmark removed."))

    def write_note(self) -> None:
        tab = self.window.tabs.currentWidget()
        if self._annotator() is not None:
            tab.write_note()

    def ask_author(self) -> str | None:
        """Asked once, before the first annotation: the name to put on annotations."""
        dialog = PreferencesDialog(self.store, self.window)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def preferences(self) -> None:
        PreferencesDialog(self.store, self.window).exec()

    # -- passphrase ---------------------------------------------------------------------------------
    def protect(self) -> None:
        self._notices = []
        dialog = PassphraseDialog(lambda p: self._try(self.store.enable_encryption, p), new=True, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say(" ".join(self._notices) or self.tr(
                "Notes, tags, quotes and authors are now encrypted, and the old backups replaced. Lock Now "
                "(Ctrl+Shift+L) forgets the key."))
        self.update_enabled()

    def change_passphrase(self) -> None:
        self._notices = []
        dialog = ChangePassphraseDialog(lambda old, new: self._try(self.store.change_passphrase, old, new),
                                        parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say(" ".join(self._notices) or self.tr(
                "Passphrase changed: the store and its backup are encrypted under a new key; the old passphrase "
                "opens nothing."))
        self.update_enabled()

    def _try(self, change, *passphrases: str) -> str | None:
        """Run a protection change; its error is shown in the dialog (which stays open), its notices after."""
        try:
            self._notices = change(*passphrases)
        except CasefileError as exc:
            return str(exc)
        return None

    def unlock(self) -> None:
        if PassphraseDialog(self.store.unlock, new=False, parent=self.window).exec() == QDialog.DialogCode.Accepted:
            self._say(" ".join(self.store.notices) or self.tr("Notes unlocked."))
        self.update_enabled()

    def lock(self) -> None:
        self.store.lock()
        self.update_enabled()
        self._say(self.tr("Notes locked: the key is gone from memory. Annotations › Unlock Notes… to read them."))

    # -- audit --------------------------------------------------------------------------------------
    def show_audit_log(self) -> None:
        AuditLogDialog(self.store, self.window).exec()

    def record(self, action: str, covered: str, detail: dict | None = None) -> None:
        problem = self.store.record(action, covered, detail)
        if problem:
            self._say(problem)

    def watch(self, session) -> None:
        """Record the result of every full verification of this session's archive."""
        session.verificationChanged.connect(lambda s=session: self._verification_news(s))

    def _verification_news(self, session) -> None:
        # An audit entry is a record, not interface text: written in English whatever the UI language.
        if session.verifying or not (session.report or session.verify_error):
            return
        report = session.report
        state = report.state.value if report else "not verified"
        message = report.message if report else session.verify_error
        self.record("verify", f"{session.path.name}: {state}",
                    {"archive_id": session.archive.metadata.archive_id, "path": str(session.path),
                     "state": state, "message": message})
