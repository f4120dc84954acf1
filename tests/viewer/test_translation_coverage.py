"""Every string the interface shows goes through Qt's translation system.

A pseudo-translation marks every message lupdate extracts from viewer/ as ⟦…⟧ and is installed in
place of a real catalogue; then every screen of the workflow is shown and every text a reader can see
or hear (labels, buttons, menus, tabs, headers, tool tips, placeholders, accessible names) is read
back. What is left after removing the marked parts, the isolated archive strings put into them, and
the archive's own data (titles, names) must have no English words: an English word left is a string
nobody can translate. This catches both an unwrapped string and one lupdate cannot extract.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu,
                               QTabBar, QWidget)

from archive.signing.itemcheck import ItemCheck
from archive.signing.verify import REASONS, VerificationReport, VerificationState
from viewer.mainwindow import MainWindow
from viewer.settings import Settings
from viewer.trust.verdicts import describe_check, describe_report

from .translations import OPEN, english_left
from .workflow import open_window, visit_workflow

# The archive's own texts a screen shows as they are: its title and publisher, item titles and sources,
# entity names and property values, image details. Not its kinds or language codes: those are shown
# through translated labels.
DATA_COLUMNS = {"meta": ["value"], "items": ["id", "title", "date", "source", "authors", "file_name", "media_type",
                                             "caption", "place"],
                "entities": ["id", "caption", "properties"], "images": ["format", "exif"],
                "item_files": ["path", "folder", "reason", "details"]}


def archive_strings(path: Path) -> list[str]:
    """The archive data a screen may show untranslated, longest first."""
    found = {path.name, str(path)}

    def collect(value) -> None:
        if isinstance(value, str):
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = value
            if isinstance(parsed, str):
                found.add(parsed)
            else:
                collect(parsed)
        elif isinstance(value, dict):
            for key, inner in value.items():
                found.add(key)
                collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for table, columns in DATA_COLUMNS.items():
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                for value in row:
                    collect(value)
    finally:
        conn.close()
    return sorted((value for value in found if len(value) >= 2), key=len, reverse=True)


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text


def shown_texts(root: QWidget) -> dict[str, str]:
    """Every visible text under `root`, keyed by where it is."""
    texts: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        if text and text.strip():
            texts[where] = text

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"
        add(f"{name}.toolTip", plain(widget.toolTip()))
        add(f"{name}.accessibleName", widget.accessibleName())
        add(f"{name}.accessibleDescription", widget.accessibleDescription())
        if widget.isWindow():
            add(f"{name}.windowTitle", widget.windowTitle())
        if isinstance(widget, QLabel):
            add(f"{name}.text", plain(widget.text()))
        if isinstance(widget, QAbstractButton):
            add(f"{name}.text", widget.text())
        if isinstance(widget, QLineEdit):
            add(f"{name}.placeholderText", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(f"{name}.title", widget.title())
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                add(f"{name}.item{row}", widget.itemText(row))
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(f"{name}.tab{tab}", widget.tabText(tab))
                add(f"{name}.tabToolTip{tab}", widget.tabToolTip(tab))
        header = isinstance(widget, QAbstractItemView) and (getattr(widget, "horizontalHeader", None)
                                                             or getattr(widget, "header", None))
        if header and header().isVisible():
            model = widget.model()
            for column in range(header().count()):
                add(f"{name}.header{column}", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for number, action in enumerate(widget.actions()):
            add(f"{name}.action{number}", action.text())
            add(f"{name}.action{number}.toolTip", action.toolTip() if action.toolTip() != action.text() else "")
    return texts


def test_every_shown_string_is_translatable(qtbot, tmp_path, signed_sample, pseudo_translated):
    window = open_window(qtbot, tmp_path, signed_sample)
    data = archive_strings(signed_sample)
    untranslated: dict[str, str] = {}
    messages: list[str] = []  # the status bar's, as each screen shows them
    window.statusBar().messageChanged.connect(messages.append)

    def inspect(root: QWidget) -> None:
        for where, text in shown_texts(root).items():
            left = english_left(text, data)
            if left:
                untranslated[where] = f"{text!r}  (English left: {left})"

    inspect(window)
    for menu in window.menuBar().findChildren(QMenu):
        inspect(menu)
    visit_workflow(qtbot, window, signed_sample, inspect)
    window.close()
    for number, message in enumerate(messages):
        left = english_left(message, data)
        if left:
            untranslated[f"status bar message {number}"] = f"{message!r}  (English left: {left})"
    assert not untranslated, "shown without translation:\n" + "\n".join(f"{k}: {v}" for k, v in untranslated.items())


def test_the_pseudo_catalogue_reaches_the_window(qtbot, tmp_path, pseudo_translated):
    """The check above is only as good as the catalogue: it must actually replace the window's strings."""
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus and all(text.startswith(OPEN) for text in menus), menus


@pytest.mark.parametrize("reason", REASONS)
def test_every_verification_outcome_is_worded_in_the_interface_language(pseudo_translated, reason):
    """The verifier's sentences are English (the CLI prints them); the badge and item panel word each
    outcome from its `reason` and fields instead, quoting only isolated archive data."""
    failing = [f"item:reports/r{n}" for n in range(7)]
    report = VerificationReport(VerificationState.TAMPERED, "An English sentence from the verifier.",
                                failing=failing, fingerprint="3EE88EC9CAF42D48", signer="Example Publisher",
                                reason=reason, revoked_on="2026-01-02")
    text = describe_report(report)
    assert not english_left(text, failing + ["Example Publisher", "3EE88EC9CAF42D48"]), text


@pytest.mark.parametrize("reason", ["matches", "differs", "manifest-unreliable", "unsigned"])
def test_every_item_check_is_worded_in_the_interface_language(pseudo_translated, reason):
    failing = ["item:reports/a", "blob:0f3a"]
    check = ItemCheck("reports/a", ok=reason == "matches", signed=reason != "unsigned", failing=failing,
                      message="An English sentence from the verifier.", reason=reason)
    text = describe_check(check)
    assert not english_left(text, failing + ["reports/a"]), text
