"""The viewer's file dialogs in portable mode (issue 24): they start on the stick, and the host's own
Qt dialog history (the Windows registry, a macOS plist: QSettings' native format, which
setDefaultFormat does not reach) is left exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from archive import paths
from viewer import filedialogs

HOST_HISTORY = {"FileDialog/lastVisited": "file:///C:/Users/host/Documents",
                "FileDialog/history": ["file:///C:/Users/host/Documents", "file:///C:/Users/host/Downloads"],
                "Qt/customColors/0": 4294901760}


@pytest.fixture
def host_registry(tmp_path):
    """QSettings' native user store moved to a folder standing for the host's registry or plists: like
    them, it is where it is whatever the portable session redirected."""
    folder = tmp_path / "host-registry"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    settings = QSettings(QSettings.Scope.UserScope, filedialogs.QT_ORGANISATION)
    for key, value in HOST_HISTORY.items():
        settings.setValue(key, value)
    settings.sync()
    yield folder
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


@pytest.fixture
def stick(tmp_path, monkeypatch):
    root = tmp_path / "stick"
    (root / "archives").mkdir(parents=True)
    monkeypatch.setattr(paths, "portable_root", lambda: root)
    return root


def host_values() -> dict:
    settings = QSettings(QSettings.Scope.UserScope, filedialogs.QT_ORGANISATION)
    settings.sync()
    return {key: settings.value(key) for key in settings.allKeys()}


def cancel_when_shown(qtbot, shown: list) -> None:
    def cancel():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, cancel)
            return
        shown.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(20, cancel)


def test_qt_itself_would_write_the_stick_into_the_host_history(qapp, qtbot, host_registry, stick):
    """The finding, shown: QFileDialog records where it was in the native store when it closes."""
    cancel_when_shown(qtbot, [])
    QFileDialog.getSaveFileName(None, "Save", str(stick / "x.pdf"), "", options=QFileDialog.Option.DontUseNativeDialog)
    assert host_values()["FileDialog/lastVisited"] == stick.as_uri()


def test_a_portable_dialog_starts_on_the_stick_and_leaves_the_host_history_as_it_was(qapp, qtbot, host_registry,
                                                                                    stick):
    shown = []
    cancel_when_shown(qtbot, shown)
    assert filedialogs.save_file_name(None, "Save Item as PDF", "report.pdf", "PDF (*.pdf)") is None
    assert shown == [str(stick / "exports")]
    cancel_when_shown(qtbot, shown)
    assert filedialogs.open_file_names(None, "Open archive", "Casefile archives (*.casefile)") == []
    assert shown[1] == str(stick)
    assert host_values() == HOST_HISTORY
    stored = b"".join(path.read_bytes() for path in host_registry.rglob("*") if path.is_file())
    assert b"stick" not in stored


def test_a_host_without_qt_history_is_left_without_one(qapp, qtbot, host_registry, stick):
    QSettings(QSettings.Scope.UserScope, filedialogs.QT_ORGANISATION).clear()
    cancel_when_shown(qtbot, [])
    filedialogs.open_file_name(None, "Import annotations", "")
    assert host_values() == {}


def test_outside_portable_mode_dialogs_start_at_home(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "portable_root", lambda: None)
    monkeypatch.setattr(filedialogs.Path, "home", lambda: tmp_path / "home")
    assert filedialogs.default_folder() == tmp_path / "home"


def test_a_write_protected_stick_offers_the_stick_itself(stick, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setattr(filedialogs.Path, "mkdir", refuse)
    assert filedialogs.default_folder() == stick


def test_portable_mode_sends_qts_default_settings_to_ini_files_in_the_session(qapp, tmp_path):
    """QSettings() (what Qt and PySide code use by default) writes INI files in the session folder, on
    every system: not the registry or a plist, the native format elsewhere (issue 24)."""
    from archive import portable
    from viewer import app as viewer_app

    session = portable.PortableSession(tmp_path / "session", {}, tmp_path / "data", True)
    try:
        viewer_app._keep_qt_off_the_host(session)
        settings = QSettings("Somebody", "Something")  # the (organisation, application) form: native
        default = QSettings()
        assert default.format() == QSettings.Format.IniFormat
        assert Path(default.fileName()).is_relative_to(tmp_path / "session" / "config")
        assert settings.format() == QSettings.Format.NativeFormat  # why the file dialogs need their guard
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        default_path = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, default_path if scope == QSettings.Scope.UserScope
                              else "/etc/xdg")
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
