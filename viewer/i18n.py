"""The interface language: which translation is installed, the layout direction, and bundled fonts.

The language comes from, in order: the `CASEFILE_LANGUAGE` environment variable (screenshots, support),
the `language` setting, and the desktop's UI languages ("system"). Casefile's own catalogue
(`resources/translations/casefile_<lang>.qm`) and, when PySide6 ships one, Qt's `qtbase_<lang>.qm`
(standard buttons, file dialog) are installed together; Uyghur also turns the layout right-to-left.

A change at run time (View › Language) goes through `MainWindow.set_language`, which calls
`apply_language` and then rebuilds the window's widgets in the new language.

Archive strings (titles, names, quotes) are data and never translated. Put into a translated sentence,
they are wrapped in Unicode first-strong isolates (`isolate`), so a Latin title inside a Uyghur sentence
(or an Arabic-script name inside an English one) keeps its own direction and cannot reorder the words
around it.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication, QKeySequence

from archive import paths

ENV_VAR = "CASEFILE_LANGUAGE"
SYSTEM = "system"
ENGLISH = "en"
LANGUAGES = (SYSTEM, ENGLISH, "zh_CN", "ug")
# Each language's name in that language: a reader who cannot read the current UI still finds their own.
NATIVE_NAMES = {ENGLISH: "English", "zh_CN": "简体中文", "ug": "ئۇيغۇرچە"}
RIGHT_TO_LEFT = frozenset({"ug"})
# Qt's own catalogue for each language, when PySide6 ships one (it has none for Uyghur).
QT_CATALOGUES = {"zh_CN": "qtbase_zh_CN"}

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"  # FIRST STRONG / LEFT-TO-RIGHT ISOLATE, POP DIRECTIONAL ISOLATE

# The bundled font drawn first for Uyghur: the desktop's default font may have Arabic letters but
# not Uyghur's own (ۆ ۈ ې ۋ), and one font for the whole word keeps it joined and even.
UYGHUR_FAMILY = "Noto Sans Arabic"

_installed: list[QTranslator] = []
_desktop_font: QFont | None = None


def translations_dir() -> Path:
    return paths.resource_dir() / "translations"


def fonts_dir() -> Path:
    return paths.resource_dir() / "fonts"


def isolate(text: object) -> str:
    """`text` (an archive string, a file name, a number) isolated from the sentence it is put in."""
    return f"{FSI}{text}{PDI}"


def left_to_right(text: object) -> str:
    """`text` as a left-to-right isolate: query syntax, which reads left to right in every language. In a
    right-to-left line Qt would otherwise draw "date:[2020 TO 2021]" as "[date:[2020 TO 2021"."""
    return f"{LRI}{text}{PDI}"


def shortcut_tip(text: str, shortcuts: list[QKeySequence]) -> str:
    """A tool tip: what an action does, then its keyboard shortcuts as the platform names them."""
    keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in shortcuts)
    if not keys:
        return text
    #: A button's tooltip: what it does, then its keyboard shortcut in brackets.
    return QCoreApplication.translate("Shortcut", "{action} ({shortcut})").format(action=text, shortcut=keys)


def menu_action(menu, owner, text: str, slot, key: str | None = None, tip: str = "") -> QAction:
    """A menu entry owned by `owner` (a window keeps its actions; a menu rebuilt on a language change
    takes its own with it), with its shortcut named in its tool tip and `tip` in the status bar."""
    action = QAction(text, owner)
    if key:
        action.setShortcut(QKeySequence(key))
    action.setToolTip(shortcut_tip(tip or text, action.shortcuts()))
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of `text`'s first strong letter (HTML's dir="auto"); `fallback` when it has none
    (numbers, punctuation, ids). For archive text laid out on its own: a title, a snippet, a facet value."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return fallback


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the desktop's UI languages that Casefile has, else English."""
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        tag = name.replace("-", "_").lower()
        if tag.startswith("ug"):
            return "ug"
        # Simplified Chinese only: zh_TW / zh_HK / zh_Hant readers are better served by English than by
        # characters they may not read comfortably.
        if tag in ("zh", "zh_cn", "zh_sg", "zh_hans") or tag.startswith(("zh_hans", "zh_cn")):
            return "zh_CN"
        if tag.startswith("en"):
            return ENGLISH
    return ENGLISH


def resolve(choice: str | None) -> str:
    """The language to show for a setting value (env override first); always one of NATIVE_NAMES."""
    wanted = os.environ.get(ENV_VAR) or choice or SYSTEM
    if wanted == SYSTEM or wanted not in LANGUAGES:
        return system_language()
    return wanted


def apply_language(choice: str | None) -> str:
    """Install the translators for `choice` (a LANGUAGES value) and set the layout direction.

    Returns the language now shown. Safe to call again at run time: the previous translators are
    removed first, and Qt then tells every widget that the language changed.
    """
    language = resolve(choice)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if language != ENGLISH:
        _install(app, f"casefile_{language}", translations_dir())
        if language in QT_CATALOGUES:
            qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            _install(app, QT_CATALOGUES[language], qt_folder)
    # Qt's own number and date formatting follows the language; English keeps the desktop's locale.
    QLocale.setDefault(QLocale.system() if language == ENGLISH else QLocale(language))
    direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    QGuiApplication.setLayoutDirection(direction)
    _set_font(language)
    return language


def _set_font(language: str) -> None:
    """Uyghur: the bundled Arabic-script font first, the desktop's font for Latin; others: the desktop's,
    untouched (so it keeps following the desktop)."""
    global _desktop_font
    if language == "ug" and UYGHUR_FAMILY in QFontDatabase.families():
        if _desktop_font is None:
            _desktop_font = QGuiApplication.font()
        font = QFont(_desktop_font)
        font.setFamilies([UYGHUR_FAMILY, *_desktop_font.families()])
        QGuiApplication.setFont(font)
    elif _desktop_font is not None:
        QGuiApplication.setFont(_desktop_font)
        _desktop_font = None


def _install(app: QCoreApplication, name: str, folder: Path) -> None:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        translator.deleteLater()
        return  # a missing catalogue leaves those strings in English rather than failing
    app.installTranslator(translator)
    _installed.append(translator)


# Bundled only for computers without a Simplified Chinese font (resources/fonts/make_han_subset.py).
HAN_SUBSET = "CasefileHanSubset-Regular.otf"


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt; the families now available from them.

    The Uyghur (Arabic-script) fonts join Qt's font fallback in every language, so a Uyghur name in an
    English or Chinese window is drawn even on a desktop without an Arabic-script font; the Uyghur
    interface puts them first. The Han subset is registered only when no installed font can show
    Simplified Chinese: a desktop's own CJK font, complete and hinted for its screen, is never replaced.
    """
    families: list[str] = []
    fonts = sorted(fonts_dir().glob("*.ttf"))
    if not _has_fonts_for(QFontDatabase.WritingSystem.SimplifiedChinese):
        fonts.append(fonts_dir() / HAN_SUBSET)
    for font in fonts:
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def _has_fonts_for(system: QFontDatabase.WritingSystem) -> bool:
    return bool(QFontDatabase.families(system))


def missing_script(language: str) -> bool:
    """True if no font at all can draw `language`'s script (the UI would show empty boxes)."""
    systems = {"zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese, "ug": QFontDatabase.WritingSystem.Arabic}
    system = systems.get(language)
    return system is not None and not QFontDatabase.families(system)
