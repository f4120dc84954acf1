"""Interface languages: catalogues load, Uyghur turns the layout right to left, switching from the menu
keeps what is open, and regenerating the catalogues keeps the translations already written."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication

from viewer import i18n
from viewer.mainwindow import FIXED_TABS, MainWindow
from viewer.settings import Settings

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch):
    """Every other test expects English, left to right, whatever this one switched to."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield
    i18n.apply_language(i18n.ENGLISH)


@pytest.mark.parametrize("language, verified", [("zh_CN", "已验证"), ("ug", "تەستىقلانغان")])
def test_catalogue_translates_a_known_string(language, verified):
    assert i18n.apply_language(language) == language
    assert QCoreApplication.translate("Badge", "Verified") == verified
    assert QCoreApplication.translate("MainWindow", "Library") != "Library"


def test_qt_own_strings_follow_chinese():
    i18n.apply_language("zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase_zh_CN, shipped by PySide6


def test_english_has_no_catalogue():
    i18n.apply_language("zh_CN")
    i18n.apply_language(i18n.ENGLISH)
    assert QCoreApplication.translate("Badge", "Verified") == "Verified"


def test_layout_direction_flips_for_uyghur_and_back():
    i18n.apply_language("ug")
    assert QGuiApplication.layoutDirection() == RTL
    i18n.apply_language("zh_CN")
    assert QGuiApplication.layoutDirection() == LTR
    i18n.apply_language("ug")
    i18n.apply_language(i18n.ENGLISH)
    assert QGuiApplication.layoutDirection() == LTR


@pytest.mark.parametrize("ui_languages, expected", [
    (["ug-CN"], "ug"), (["zh-Hans-CN"], "zh_CN"), (["zh-CN"], "zh_CN"), (["zh-TW"], "en"),
    (["fr-FR", "zh-CN"], "zh_CN"), (["en-US", "ug"], "en"), ([], "en"),
])
def test_system_language(ui_languages, expected):
    assert i18n.system_language(ui_languages) == expected


def test_environment_overrides_the_setting(monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "ug")
    assert i18n.resolve("zh_CN") == "ug"
    monkeypatch.setenv(i18n.ENV_VAR, "klingon")  # unknown: follow the desktop rather than fail
    assert i18n.resolve("zh_CN") == i18n.system_language()


def test_uyghur_font_is_bundled_and_loaded(qapp):
    assert "Noto Sans Arabic" in i18n.load_fonts()
    assert (i18n.fonts_dir() / "OFL.txt").is_file()
    assert not i18n.missing_script("ug")


def test_archive_strings_are_isolated_in_translated_sentences(qtbot, tmp_path, sample_path):
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    i18n.apply_language("ug")
    window.rebuild()
    window.open_paths([sample_path])
    message = window.statusBar().currentMessage()
    assert f"{i18n.FSI}{sample_path.name}{i18n.PDI}" in message and "ئېچىلدى" in message
    assert window.title.text() == i18n.isolate(window.library.sessions[0].archive.metadata.title)
    qtbot.waitUntil(lambda: not window.library.sessions[0].verifying, timeout=60_000)
    window.close()


def test_status_bar_keeps_an_english_message_in_order_in_uyghur(qtbot, tmp_path):
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window.statusBar().showMessage("24 results · 13 ms")
    assert window.statusBar().currentMessage() == "24 results · 13 ms"  # left to right: left alone
    window.set_language("ug")
    window.statusBar().showMessage("24 results · 13 ms")
    assert window.statusBar().currentMessage() == i18n.isolate("24 results · 13 ms")
    window.close()


def _first_report(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id FROM items WHERE kind = 'report' ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def _language_action(window: MainWindow, language: str):
    return next(action for action in window.language_menu.actions() if action.data() == language)


def test_switching_language_from_the_menu_keeps_what_is_open(qtbot, tmp_path, sample_path):
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window.open_paths([sample_path])
    session = window.library.sessions[0]
    qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)
    report = session.report
    item_id = _first_report(sample_path)
    window.open_item(session, item_id, "police")
    window.search.set_query("police")
    window.search.run_now()
    window.items_view.selectRow(2)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=30_000)

    _language_action(window, "ug").trigger()

    assert QGuiApplication.layoutDirection() == RTL and window.settings.get("language") == "ug"
    assert window.tabs.tabText(0) == "ئىزدەش" and window.menuBar().actions()[0].text() == "ھۆججەت(&F)"
    assert window.library.sessions == [session] and session.report is report  # not verified again
    assert window.current_session() is session
    assert window.badge.headline.text() == "ئىمزاسىز"  # "Unsigned": the sample is not signed
    assert window.tabs.count() == FIXED_TABS + 1
    tab = window.tabs.currentWidget()
    assert (tab.item_id, tab.query) == (item_id, "police")
    assert window.search.query_edit.text() == "police"
    assert [index.row() for index in window.items_view.selectionModel().selectedRows()] == [2]
    qtbot.waitUntil(lambda: not window.search.busy, timeout=30_000)

    _language_action(window, "en").trigger()
    assert QGuiApplication.layoutDirection() == LTR and window.tabs.tabText(0) == "Search"
    assert window.tabs.count() == FIXED_TABS + 1 and window.search.query_edit.text() == "police"
    qtbot.waitUntil(lambda: not window.search.busy, timeout=30_000)
    window.close()


def test_rebuilding_twice_leaves_no_orphaned_menu_actions(qtbot, tmp_path):
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    def actions() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the replaced widgets' deleteLater
        return len(window.findChildren(QAction))

    before = actions()
    for language in ("zh_CN", "ug"):
        window.set_language(language)
    assert actions() == before
    window.close()


def _load_update_script():
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_update_script_keeps_existing_translations(tmp_path):
    root, folder = tmp_path / "repo", tmp_path / "translations"
    shutil.copytree(REPO / "viewer", root / "viewer", ignore=shutil.ignore_patterns("__pycache__"))
    folder.mkdir()
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, folder)
    (root / "viewer" / "brandnew.py").write_text(
        "from PySide6.QtCore import QObject\n\n\nclass Brandnew(QObject):\n"
        "    def label(self):\n        return self.tr('A string nobody has translated yet')\n", encoding="utf-8")

    _load_update_script().update(root, folder)

    chinese = (folder / "casefile_zh_CN.ts").read_text(encoding="utf-8")
    assert "<source>Verified</source>" in chinese and ">已验证</translation>" in chinese
    assert "A string nobody has translated yet</source>" in chinese
    assert ">تەستىقلانغان</translation>" in (folder / "casefile_ug.ts").read_text(encoding="utf-8")
    assert (folder / "casefile_zh_CN.qm").stat().st_size > 1000
