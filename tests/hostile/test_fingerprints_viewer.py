"""The viewer's side of issue 15's fingerprint class (offscreen): the trust dialog shows the fingerprint
derived from the key material and never pre-fills the key's name from the archive; a key posing as a
trusted one gets a warning, not an offer to trust it; and an item's green mark waits until the archive's
signer is known to be trusted."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from archive import QueryCancelled
from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.trust import TrustStore
from archive.signing.verify import VerificationState
from viewer.library import sessions as session_module
from viewer.metadata import OK
from viewer.theme import text_colour
from viewer.trust import badge as trust_module

from ..helpers.viewer import settled
from .forge import impostor_of, set_stored_key_comment

STATE = VerificationState
ITEM = "reports/assessment"
CLAIM = "Human Rights Watch (verified publisher)"


@pytest.fixture(autouse=True)
def no_leftover_workers(qapp):
    yield
    from viewer import workers

    assert workers.wait_for_all(10_000), "a background worker was still running after the test"


def signed_by(built: Path, key: minisign.SecretKey, folder: Path, *, comment: str | None = None) -> Path:
    """A copy of the test archive signed by `key`; `comment` rewrites the stored key's (unsigned) comment."""
    path = folder / f"{hashlib.sha256(key.public_key.key).hexdigest()[:8]}.casefile"
    shutil.copyfile(built, path)
    sign_archive(path, key)
    if comment is not None:
        set_stored_key_comment(path, comment)
        path.with_name(path.name + ".minisig").unlink()
    return path


# -- the trust dialog and the badge --------------------------------------------------------------------


def test_the_trust_dialog_shows_the_fingerprint_and_prefills_nothing(qtbot, keys):
    key = minisign.PublicKey(keys[1].key_id, keys[1].public_key.key, CLAIM)
    dialog = trust_module.TrustKeyDialog(key)
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert key.fingerprint in shown and key.key_id_hex not in " ".join(shown)
    assert not any(CLAIM in text for text in shown)
    assert dialog.label_edit.text() == "" and not dialog.trust_button.isEnabled()
    dialog.label_edit.setText("  ")
    assert not dialog.trust_button.isEnabled()
    dialog.label_edit.setText("The NGO I phoned")
    assert dialog.trust_button.isEnabled() and dialog.label() == "The NGO I phoned"


def test_a_key_posing_as_a_trusted_one_gets_a_warning_not_a_trust_offer(qtbot, window, built, keys, tmp_path):
    TrustStore.default().add(keys[0].public_key, "The NGO")
    impostor = impostor_of(keys[0])
    window.open_paths([signed_by(built, impostor, tmp_path)])
    settled(qtbot, window)
    badge = window.badge
    assert window.library.sessions[0].report.reason == "impersonation"
    assert badge.headline.text() == "Possible impersonation" and not badge.trust_button.isVisibleTo(badge)
    assert impostor.public_key.fingerprint in badge.detail.text()
    assert keys[0].public_key.fingerprint not in badge.detail.text() and "The NGO" not in badge.detail.text()


def test_an_unknown_signer_is_named_only_as_the_reader_names_it(qtbot, window, built, keys, tmp_path, monkeypatch):
    window.open_paths([signed_by(built, keys[1], tmp_path, comment=CLAIM)])
    settled(qtbot, window)
    badge = window.badge
    assert badge.headline.text() == "Unknown signer" and CLAIM not in badge.detail.text()
    assert keys[1].public_key.fingerprint in badge.detail.text() and badge.trust_button.isVisibleTo(badge)
    seen, name = [], [None]

    def answer(dialog):
        seen.append((dialog.label_edit.text(), dialog.public_key.fingerprint))
        if name[0]:
            dialog.label_edit.setText(name[0])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(trust_module.TrustKeyDialog, "exec", answer)
    badge.trust_button.click()  # accepted without a name of the reader's own: nothing is trusted
    settled(qtbot, window)
    assert TrustStore.default().lookup(keys[1].public_key) is None
    name[0] = "Someone I met in Geneva"
    badge.trust_button.click()
    settled(qtbot, window)
    assert seen == [("", keys[1].public_key.fingerprint)] * 2
    assert TrustStore.default().lookup(keys[1].public_key).label == "Someone I met in Geneva"
    assert badge.headline.text() == "Verified"
    assert "Someone I met in Geneva" in badge.detail.text() and CLAIM not in badge.detail.text()


# -- the per-item mark ---------------------------------------------------------------------------------


def is_green(panel) -> bool:
    return text_colour(panel.palette(), OK).name() in panel.state.styleSheet() or "✓" in panel.state.text()


def test_no_green_mark_while_verifying_or_after_a_cancel(qtbot, library, panel, built, keys, tmp_path, monkeypatch):
    TrustStore.default().add(keys[0].public_key, "The NGO")
    started = threading.Event()

    def verify_until_cancelled(path, trust, *, cancel, progress):
        started.set()
        cancel.wait(10)
        raise QueryCancelled("cancelled")

    monkeypatch.setattr(session_module, "verify_path", verify_until_cancelled)
    session = library.open(signed_by(built, keys[0], tmp_path))
    panel.show_item(session, ITEM)
    session.start_verification()
    assert started.wait(10) and session.check_item(ITEM).ok  # the item itself matches its manifest
    assert panel.state.text().startswith("Not verified yet") and not is_green(panel)
    session.cancel_verification()
    qtbot.waitUntil(lambda: not session.verifying, timeout=10_000)
    assert session.report is None and "cancelled" in panel.state.text() and not is_green(panel)
    panel.show_item(session, ITEM)  # shown again later: still not green
    assert not is_green(panel)


@pytest.mark.parametrize("signer", ["unknown", "revoked"])
def test_no_green_mark_for_an_untrusted_signer(qtbot, library, panel, built, keys, tmp_path, signer):
    if signer == "revoked":
        store = TrustStore.default()
        store.add(keys[0].public_key, "The NGO")
        store.revoke(keys[0].public_key.fingerprint)
    session = library.open(signed_by(built, keys[0], tmp_path))
    panel.show_item(session, ITEM)
    session.start_verification()
    qtbot.waitUntil(lambda: session.report is not None and not session.verifying, timeout=30_000)
    assert session.report.state is (STATE.UNKNOWN_KEY if signer == "unknown" else STATE.REVOKED_KEY)
    assert panel.state.text().startswith("Not verified: the archive is signed by a key") and not is_green(panel)


def test_the_green_mark_comes_with_a_trusted_verdict_and_red_stays_red(qtbot, window, built, keys, tmp_path):
    TrustStore.default().add(keys[0].public_key, "The NGO")
    path = signed_by(built, keys[0], tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE items SET title = 'Forged title' WHERE id = 'images/map'")
    conn.close()
    window.open_paths([path])
    session = window.library.sessions[0]
    bad = window.open_item(session, "images/map")
    assert bad.metadata.state.text().startswith("✗ Failed verification")  # red at once, verdict or not
    settled(qtbot, window)
    assert session.report.state is STATE.TAMPERED
    assert bad.metadata.state.text().startswith("✗ Failed verification")
    good = window.open_item(session, ITEM)
    assert good.metadata.state.text().startswith("Not verified: this item matches") and not is_green(good.metadata)
    window.library.remove(session)
    (tmp_path / "clean").mkdir()
    window.open_paths([signed_by(built, keys[0], tmp_path / "clean")])
    settled(qtbot, window)
    tab = window.open_item(window.library.sessions[0], ITEM)
    assert tab.metadata.state.text().startswith("✓ Verified.") and is_green(tab.metadata)
