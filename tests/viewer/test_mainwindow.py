"""The main window: library with trust badges, opening archives and items, tabs, settings, screenshots."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QDialog

from archive import paths
from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.verify import VerificationState
from viewer.library.sidebar import BADGE_ROLE
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
from viewer.trust import badge as trust_module

from ..helpers.viewer import settled

REPO = Path(__file__).resolve().parents[2]
STATE = VerificationState


def copy_of(path: Path, tmp_path: Path, name: str = "copy.casefile") -> Path:
    target = tmp_path / name
    shutil.copyfile(path, target)
    minisig = path.with_name(path.name + ".minisig")
    if minisig.exists():
        shutil.copyfile(minisig, target.with_name(name + ".minisig"))
    return target


def first_item(path: Path, kind: str) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id FROM items WHERE kind = ? ORDER BY id LIMIT 1", (kind,)).fetchone()[0]
    finally:
        conn.close()


def test_opens_and_verifies_the_signed_sample(qtbot, window, signed_sample):
    assert window.open_paths([signed_sample]) == []
    settled(qtbot, window)
    session = window.library.sessions[0]
    assert session.state is STATE.VERIFIED
    assert window.library_model.index(0).data(BADGE_ROLE) == ("verified", "Verified")
    assert window.badge.headline.text() == "Verified" and "demo" in window.badge.detail.text().lower()
    assert window.items_model.rowCount() == session.archive.items.count()
    assert "reports" in window.summary.text()


def test_unsigned_archive_badge(qtbot, window, built):
    window.open_paths([built])
    settled(qtbot, window)
    assert window.badge.headline.text() == "Unsigned"
    assert window.library_model.index(0).data(BADGE_ROLE)[0] == "unsigned"


def test_tampered_archive_is_red_names_the_item_and_bans_it(qtbot, window, signed_sample, tmp_path):
    path = copy_of(signed_sample, tmp_path)
    item_id = first_item(path, "report")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE items SET title = 'Forged title' WHERE id = ?", (item_id,))
    conn.close()
    window.open_paths([path])
    settled(qtbot, window)
    assert window.badge.headline.text() == "TAMPERED"
    assert window.library_model.index(0).data(BADGE_ROLE)[0] == "tampered"
    listed = [window.badge.failing.item(i).text() for i in range(window.badge.failing.count())]
    assert f"✗ {item_id}" in listed
    tab = window.open_item(window.library.sessions[0], item_id)
    assert tab.banner.alarm and "DOES NOT MATCH" in tab.banner.text()
    assert window.tabs.tabText(window.tabs.indexOf(tab)).startswith("✗")


def test_unknown_key_offers_trust_after_showing_the_fingerprint(qtbot, window, signed_sample, tmp_path,
                                                                monkeypatch):
    path = copy_of(signed_sample, tmp_path)
    key = minisign.SecretKey.generate("Some NGO")
    sign_archive(path, key)
    window.open_paths([path])
    settled(qtbot, window)
    assert window.badge.headline.text() == "Unknown signer"
    assert key.public_key.fingerprint in window.badge.detail.text()
    assert window.badge.trust_button.isVisibleTo(window.badge)
    shown = []

    def accept(dialog):
        shown.append(dialog.public_key.fingerprint)
        dialog.label_edit.setText("Some NGO, checked on the phone")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(trust_module.TrustKeyDialog, "exec", accept)
    window.badge.trust_button.click()
    settled(qtbot, window)
    assert shown == [key.public_key.fingerprint]
    assert window.library.sessions[0].state is STATE.VERIFIED and window.badge.headline.text() == "Verified"


def test_damaged_file_is_refused_with_the_reason(window, tmp_path):
    bogus = tmp_path / "bogus.casefile"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    errors = window.open_paths([bogus])
    assert len(errors) == 1 and "bogus.casefile" in errors[0] and window.library.sessions == []


def test_several_archives_and_closing_one(qtbot, window, signed_sample, built):
    window.open_paths([signed_sample, built])
    settled(qtbot, window)
    assert window.library_model.rowCount() == 2 and window.current_session().path == built
    assert window.open_paths([built]) == [] and window.library_model.rowCount() == 2  # not opened twice
    window.close_current_archive()
    assert window.library_model.rowCount() == 1


def test_open_items_and_entities_in_tabs(qtbot, window, signed_sample):
    window.open_paths([signed_sample])
    session = window.library.sessions[0]
    image = first_item(signed_sample, "image")
    tab = window.open_item(session, image)
    assert window.tabs.currentWidget() is tab and not tab.banner.alarm
    assert window.open_item(session, image) is tab  # switches, does not duplicate
    entity = session.archive.entities.list("Person", limit=1)[0]
    page = window.open_entity(session, entity.id)
    assert window.tabs.currentWidget() is page
    window.close_current_tab()
    assert window._find_tab(page.key()) is None
    settled(qtbot, window)


def test_items_table_activation_opens_the_item(qtbot, window, built):
    window.open_paths([built])
    index = window.items_model.index(0, 0)
    window.items_view.activated.emit(index)
    assert window.tabs.count() == window.fixed_tabs + 1
    settled(qtbot, window)


def test_drop_a_file_to_open_it(qtbot, window, built):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(built))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert [s.path for s in window.library.sessions] == [built]
    settled(qtbot, window)


def test_recent_archives_kept_except_in_portable_mode(qtbot, tmp_path, built, monkeypatch):
    settings = Settings(tmp_path / "viewer.ini")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_paths([built])
    settled(qtbot, win)
    assert settings.recent() == [str(built.resolve())]
    monkeypatch.setattr(paths, "is_portable", lambda: True)
    assert settings.recent() == [] and not settings.keeps_recent
    win.close()


def test_layout_and_theme_are_remembered(qtbot, tmp_path):
    settings = Settings(tmp_path / "viewer.ini")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(700, 500)  # within the offscreen screen (800x600), or restoring clamps it
    win.set_theme("dark")
    win.close()
    again = Settings(tmp_path / "viewer.ini")
    assert again.get("theme") == "dark" and again.get("window/geometry") is not None
    second = MainWindow(again)
    qtbot.addWidget(second)
    assert second.size().width() == 700
    second.set_theme("light")
    second.close()


def test_ctrl_f_focuses_search_from_the_library(qtbot, window, built):
    window.open_paths([built])
    window.tabs.setCurrentIndex(1)
    window.show()
    qtbot.waitExposed(window)
    window.focus_search()
    assert window.tabs.currentWidget() is window.search
    settled(qtbot, window)


def test_screenshot_command_with_search_and_open(signed_sample, tmp_path):
    shot = tmp_path / "shot.png"
    item_id = first_item(signed_sample, "report")
    result = subprocess.run([sys.executable, "-m", "viewer", str(signed_sample), "--search", "Xinjiang",
                             "--open", item_id, "--screenshot", str(shot)],
                            cwd=REPO, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 700


def test_screenshot_of_a_bad_archive_fails_with_the_reason(tmp_path):
    bogus = tmp_path / "bogus.casefile"
    bogus.write_text("not an archive")
    result = subprocess.run([sys.executable, "-m", "viewer", str(bogus), "--screenshot", str(tmp_path / "s.png")],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "bogus.casefile is not a Casefile archive" in result.stderr


def test_sample_is_built_on_first_use_and_rebuilt_when_stale():
    import os

    from viewer.app import ensure_sample

    target = ensure_sample()
    assert target == paths.default_sample_archive() and target.exists()
    assert target.with_name(target.name + ".minisig").exists()
    first = target.stat().st_mtime_ns
    assert ensure_sample().stat().st_mtime_ns == first  # fresh: not rebuilt
    os.utime(target, (0, 0))  # sources now look newer than the archive
    assert ensure_sample().stat().st_mtime_ns != 0


def test_library_and_items_models_pass_the_model_tester(qtbot, qtmodeltester, window, signed_sample, built):
    qtmodeltester.check(window.library_model)
    qtmodeltester.check(window.items_model)
    window.open_paths([signed_sample, built])
    qtmodeltester.check(window.library_model)
    qtmodeltester.check(window.items_model)
    while window.items_model.canFetchMore():
        window.items_model.fetchMore()
    qtmodeltester.check(window.items_model)
    settled(qtbot, window)
    qtmodeltester.check(window.library_model)
    window.close_current_archive()
    qtmodeltester.check(window.library_model)
