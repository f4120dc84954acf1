"""Protecting the store and changing its passphrase from the Annotations menu: what the dialogs say, what
they refuse, and that afterwards no file of the data folder holds an earlier note in plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from archive import CasefileError
from archive.store import Annotation, Target
from archive.store.crypto import WrongPassphrase
from viewer.annotations import StoreController
from viewer.annotations.dialogs import ChangePassphraseDialog, PassphraseDialog
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
from viewer.tabs import ItemTab

REPORT = "reports/assessment"
NOTE = "Source: Aygul Tursun, met at the Kashgar bazaar"
TAG = "witness-aygul-tursun"



def in_plain_text(folder: Path, *secrets: str) -> list[str]:
    """Files under `folder` whose raw bytes hold a secret (UTF-8 or UTF-16), as `strings` would show."""
    return [f"{path}: {secret}" for path in folder.rglob("*") if path.is_file() for secret in secrets
            if any(secret.encode(encoding) in path.read_bytes() for encoding in ("utf-8", "utf-16-le", "utf-16-be"))]


def highlight(store: StoreController, session) -> Annotation:
    item = session.archive.items.get(REPORT)
    target = Target(session.archive.metadata.archive_id, REPORT, item_sha256=item.sha256, exact="Chen Quanguo")
    return store.add(Annotation("", "text", target, note=NOTE, tags=(TAG,)))


def answer(dialog_class, monkeypatch, **fields: str) -> list[QDialog]:
    """Make `dialog_class.exec()` type `fields` and press OK, as the reader would; returns the dialogs."""
    shown = []

    def typed(dialog):
        shown.append(dialog)
        for name, text in fields.items():
            getattr(dialog, name).setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", typed)
    return shown


def test_the_protect_dialog_says_exactly_what_stays_readable(qtbot):
    dialog = PassphraseDialog(lambda passphrase: None, new=True)
    qtbot.addWidget(dialog)
    readable = dialog.readable.text()
    assert "Still readable without it" in readable
    for kept in ("items and entities", "kind", "colour", "dates", "audit entry"):
        assert kept in readable
    assert "backups" in readable and "deleted" in readable
    unlock = PassphraseDialog(lambda passphrase: None, new=False)
    qtbot.addWidget(unlock)
    assert not hasattr(unlock, "readable")


def test_protecting_from_the_menu_leaves_no_plain_note_in_the_data_folder(qtbot, tmp_path, built, session,
                                                                         monkeypatch, quick_kdf):
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window.store.ask_author = lambda: "Tester"
    made = highlight(window.store, session)
    data = window.store.store.path.parent
    assert in_plain_text(data, NOTE, TAG)
    actions = window.store_actions
    assert actions.protect_action.isEnabled() and not actions.change_action.isEnabled()
    dialogs = answer(PassphraseDialog, monkeypatch, passphrase="correct horse", repeat="correct horse")
    actions.protect_action.trigger()
    assert dialogs[0].result() == QDialog.DialogCode.Accepted and QGuiApplication.overrideCursor() is None
    assert "now encrypted" in window.statusBar().currentMessage()
    assert window.store.encrypted and not window.store.locked
    assert not actions.protect_action.isEnabled() and actions.change_action.isEnabled()
    assert in_plain_text(data, NOTE, TAG, "Chen Quanguo") == []
    assert window.store.store.annotations.get(made.id).note == NOTE
    window.close()


def test_change_passphrase_dialog_refuses_then_changes_the_key(qtbot, store, session, quick_kdf):
    made = highlight(store, session)
    store.enable_encryption("old horse")

    def change(current: str, new: str) -> str | None:  # as the menu action does: the error stays in the dialog
        try:
            store.change_passphrase(current, new)
        except CasefileError as exc:
            return str(exc)
        return None

    dialog = ChangePassphraseDialog(change)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.current.setText("old horse")
    dialog.passphrase.setText("new horse")
    dialog.repeat.setText("new hose")
    ok.click()
    assert "differ" in dialog.error.text() and dialog.current.text() == "old horse"  # nothing tried
    dialog.repeat.setText("new horse")
    dialog.current.setText("wrong horse")
    ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and "not the one" in dialog.error.text()
    assert dialog.current.text() == "" and QGuiApplication.overrideCursor() is None
    dialog.current.setText("old horse")
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not store.locked
    store.lock()
    with pytest.raises(WrongPassphrase):
        store.store.unlock("old horse")
    assert store.unlock("new horse") is None
    assert store.store.annotations.get(made.id).note == NOTE


def test_change_passphrase_from_the_menu_says_so_and_unlocks_a_locked_store(qtbot, tmp_path, session,
                                                                           monkeypatch, quick_kdf):
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window.store.ask_author = lambda: "Tester"
    highlight(window.store, session)
    window.store.enable_encryption("old horse")
    window.store_actions.lock_action.trigger()
    assert window.store.locked and window.store_actions.change_action.isEnabled()
    unlocked = []
    window.store.lockedChanged.connect(unlocked.append)
    answer(ChangePassphraseDialog, monkeypatch, current="old horse", passphrase="new horse", repeat="new horse")
    window.store_actions.change_action.trigger()
    assert "Passphrase changed" in window.statusBar().currentMessage()
    assert not window.store.locked and unlocked == [False]
    assert window.store_actions.lock_action.isEnabled() and not window.store_actions.unlock_action.isEnabled()
    window.close()


def test_a_locked_highlight_is_neither_placed_nor_flagged_as_lost(qtbot, store, session, quick_kdf):
    made = highlight(store, session)
    store.enable_encryption("correct horse")
    tab = ItemTab(session, REPORT, store=store)
    qtbot.addWidget(tab)
    row = tab.sidebar.model.row_of(made.id)
    store.lock()
    assert not tab.sidebar.model.flag(made.id)  # its place is sealed, not lost
    assert "Chen Quanguo" not in tab.sidebar.model.index(row, 0).data()
    assert store.unlock("correct horse") is None
    assert not tab.sidebar.model.flag(made.id) and "Chen Quanguo" in tab.sidebar.model.index(row, 0).data()
