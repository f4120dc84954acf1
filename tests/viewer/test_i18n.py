"""Interface languages: catalogues load, Uyghur turns the layout right to left, switching from the menu
keeps what is open, and regenerating the catalogues keeps the translations already written."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sqlite3
import unicodedata
import xml.etree.ElementTree as ElementTree
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


def test_qt_strings_we_translate_are_qt_own(qapp):
    """viewer/qtstrings.py lists Qt's strings under Qt's contexts for our catalogues (Qt has no Uyghur one);
    a typo would be a string Qt never asks for. Each must be one Qt's Chinese catalogue translates."""
    import ast

    from PySide6.QtCore import QLibraryInfo, QTranslator

    qtbase = QTranslator()
    assert qtbase.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    tree = ast.parse((REPO / "viewer" / "qtstrings.py").read_text(encoding="utf-8"))
    pairs = [(call.args[0].value, call.args[1].value) for call in ast.walk(tree)
             if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"]
    assert len(pairs) > 100
    unknown = [pair for pair in pairs if not qtbase.translate(*pair)]
    assert not unknown, f"not strings of Qt's: {unknown}"


@pytest.mark.parametrize("language, cancel", [("ug", "بىكار قىلىش"), ("zh_CN", "取消")])
def test_standard_buttons_are_translated_even_without_a_qt_catalogue(qapp, language, cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.apply_language(language)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


# Qt's own contexts (viewer/qtstrings.py): for Chinese, Qt's catalogue translates them and is asked first.
QT_CONTEXTS = {"QPlatformTheme", "QMessageBox", "QProgressDialog", "CloseButton", "QTabBar", "QLineEdit",
               "QWidgetTextControl", "QAbstractSpinBox", "QScrollBar", "QFileDialog", "QFileSystemModel"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


def catalogue_messages(language: str) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every message the code still has."""
    tree = ElementTree.parse(TRANSLATIONS / f"casefile_{language}.ts")
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in tree.getroot().iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("vanished", "obsolete")]


def test_catalogues_are_up_to_date_with_the_code(fresh_catalogue):
    """A string added to the code and not yet run through update.py (so untranslated) fails here."""
    fresh = {(context.findtext("name"), message.findtext("source"))
             for context in ElementTree.parse(fresh_catalogue).getroot().iter("context")
             for message in context.iter("message")}
    for language in ("zh_CN", "ug"):
        known = {(context, source) for context, source, _ in catalogue_messages(language)}
        assert fresh <= known, f"run resources/translations/update.py: new in the code {sorted(fresh - known)[:10]}"


@pytest.mark.parametrize("language", ["zh_CN", "ug"])
def test_every_message_is_translated_with_its_placeholders(language):
    untranslated, broken = [], []
    for context, source, translation in catalogue_messages(language):
        text = translation.text or ""
        if not text.strip():
            if not (language == "zh_CN" and context in QT_CONTEXTS):
                untranslated.append(f"{context}: {source}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            broken.append(f"{context}: {source!r} -> {text!r}")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            broken.append(f"{context}: accelerator {source!r} -> {text!r}")
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:10]}"
    assert not broken, "\n".join(broken)


def first_strong_direction(text: str) -> str | None:
    """The bidi class ("L", "R" or "AL") of the first strong letter outside isolates (Unicode bidi rule P2),
    None if there is none. A placeholder counts as Latin: the text put there may be a Latin title."""
    depth = 0
    for char in PLACEHOLDER.sub("A", text):
        if char in "\u2066\u2067\u2068":  # LRI, RLI, FSI
            depth += 1
        elif char == "\u2069":  # PDI
            depth = max(depth - 1, 0)
        elif depth == 0 and unicodedata.bidirectional(char) in ("L", "R", "AL"):
            return unicodedata.bidirectional(char)
    return None


def test_first_strong_direction_skips_isolates_and_counts_placeholders_as_latin():
    assert first_strong_direction("Casefile ھەققىدە") == "L"
    assert first_strong_direction("«{quote}» نى") == "L"
    assert first_strong_direction("\u200f{count} ئىزاھات") == "R"
    assert first_strong_direction("\u2066kind:image\u2069 رەسىملەر") == "AL"
    assert first_strong_direction(" / 12 ") is None


def test_uyghur_sentences_opening_with_latin_text_start_right_to_left():
    """Qt lays a line out in the direction of its first strong letter: a Uyghur sentence opening with a Latin
    title, a product name or a key name (Casefile, NOT, SHA-256, Enter) would run left to right unless it
    starts with a RIGHT-TO-LEFT MARK (README, Rules)."""
    wrong = [f"{context}: {translation.text!r}" for context, _, translation in catalogue_messages("ug")
             if translation.text and first_strong_direction(translation.text) == "L"]
    assert not wrong, "\n".join(wrong)


def test_query_examples_stay_left_to_right_in_uyghur(qtbot):
    """In a right-to-left window Qt draws "date:[2020 TO 2021]" as "[date:[2020 TO 2021" unless the
    text is a left-to-right isolate (seen on a real X server, not only offscreen)."""
    from PySide6.QtWidgets import QPushButton

    from viewer.search.examples import Example
    from viewer.search.help import EmptyStateWidget

    i18n.apply_language("ug")
    widget = EmptyStateWidget()
    qtbot.addWidget(widget)
    examples = [Example("date:[2020 TO 2021]", "only a period"), Example('"Xinjiang Public Security Bureau"', "x")]
    widget.set_has_archives(True)
    widget.set_examples(examples)
    texts = [button.text() for button in widget.findChildren(QPushButton) if button.isVisibleTo(widget)]
    assert texts == [f"{i18n.LRI}{example.query}{i18n.PDI}" for example in examples]


def _han(text: str) -> set[str]:
    return {char for char in text if "\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0002ffff"}


def test_the_han_subset_draws_the_chinese_interface_and_the_sample(qapp):
    """On a computer without a Chinese font the bundled subset is all there is: every Han character of
    the catalogue and of the sample archive's sources must be in it."""
    from PySide6.QtGui import QRawFont

    font = QRawFont(str(i18n.fonts_dir() / i18n.HAN_SUBSET), 12)
    assert font.isValid() and font.familyName() == "Casefile Han Subset"
    wanted = _han("".join(translation.text or "" for _, _, translation in catalogue_messages("zh_CN")))
    for path in (REPO / "resources" / "sample").rglob("*"):
        if path.suffix in (".md", ".html", ".txt", ".json", ".jsonl", ".csv", ".toml"):
            wanted |= _han(path.read_text(encoding="utf-8", errors="ignore"))
    assert len(wanted) > 500
    # Glyph 0 is .notdef, the empty box. (QRawFont.supportsCharacter answers False for some characters the
    # font has and draws, so the glyph index is asked instead.)
    missing = sorted(char for char in wanted if font.glyphIndexesForString(char) in ([], [0]))
    assert not missing, f"not in the Han subset (run resources/fonts/make_han_subset.py): {''.join(missing)}"


@pytest.mark.parametrize("system_has_chinese", [True, False])
def test_the_han_subset_is_registered_only_without_a_chinese_font(qapp, monkeypatch, system_has_chinese):
    from PySide6.QtGui import QFontDatabase

    monkeypatch.setattr(i18n, "_has_fonts_for", lambda system: system_has_chinese)
    registered = []
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", lambda path: registered.append(Path(path).name) or -1)
    i18n.load_fonts()
    assert "NotoSansArabic-Regular.ttf" in registered
    assert (i18n.HAN_SUBSET in registered) is not system_has_chinese
