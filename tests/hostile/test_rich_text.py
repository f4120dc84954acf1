"""Archive text never reaches Qt as HTML: an archive whose titles, entity names, captions, facet values
(source, language), file names, item ids and metadata start with `<img src="FIFO">`, `<img src="/dev/zero">`,
`<b>bold</b>` and `&amp;` is opened in the offscreen main window, every view is visited, and every tool tip,
status tip, "What's This?", tab tool tip, action tip, label and message box that Qt would render as rich
text is checked to hold none of those tags raw; then every tool tip is shown, within a time bound, with a
real FIFO at the image's path (reading it would block the window until a writer came)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QTabBar, QToolTip

from viewer.annotations.dialogs import AuditLogDialog
from viewer.cli import main as casefile
from viewer.mainwindow import MainWindow
from viewer.plaintext import shown_as_is
from viewer.settings import Settings

from ..viewer.workflow import open_window
from .conftest import within
from .hostiletext import planted_id, plant_strings

RICH_TAGS = ("<img", "<b>")
TIP_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole)
MAX_ROWS = 200  # per model level: the test archive's views are far smaller
might_be_rich = GuiQt.mightBeRichText  # Qt's own guess, the one tool tips and AutoText labels make


def payload(fifo: Path) -> str:
    return f'<img src="{fifo}"><img src="/dev/zero"><b>bold</b> &amp; '


@pytest.fixture(scope="module")
def fifo(tmp_path_factory) -> Path:
    """A FIFO, and a process that opens and closes its writing end five times a second: Qt reading it as an
    image blocks until a writer comes, and opens it again and again (measured: forever without the writer,
    ~4 s with it), so a regression fails the time bound instead of hanging the test run."""
    path = tmp_path_factory.mktemp("fifo") / "image.png"
    os.mkfifo(path)
    unblock = ("import os, time\nwhile True:\n    time.sleep(0.2)\n    try:\n"
               f"        os.close(os.open({str(path)!r}, os.O_WRONLY | os.O_NONBLOCK))\n"
               "    except OSError:\n        pass\n")
    writer = subprocess.Popen([sys.executable, "-c", unblock])
    yield path
    writer.kill()
    writer.wait()


@pytest.fixture(scope="module")
def rich_archive(built, fifo, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rich") / "rich.casefile"
    path.write_bytes(built.read_bytes())
    plant_strings(path, payload(fifo))
    return path


def tip_texts(window) -> list[tuple[str, str, bool]]:
    """(where, text, rendered as rich text) for every tip, label and model tip of every widget shown."""
    found = []
    for widget in QApplication.allWidgets():
        name = type(widget).__name__
        for what in ("toolTip", "statusTip", "whatsThis"):
            text = getattr(widget, what)()
            found.append((f"{name}.{what}", text, might_be_rich(text)))
        for action in widget.actions():
            for what in ("toolTip", "whatsThis"):
                text = getattr(action, what)()
                found.append((f"QAction.{what}", text, might_be_rich(text)))
        if isinstance(widget, QLabel):
            found.append((f"{name}.text", widget.text(), _label_is_rich(widget)))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found += [("QTabBar.tabToolTip", widget.tabToolTip(i), might_be_rich(widget.tabToolTip(i))),
                          ("QTabBar.tabWhatsThis", widget.tabWhatsThis(i), might_be_rich(widget.tabWhatsThis(i)))]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model(), QModelIndex())
    for action in window.findChildren(QAction):
        found.append(("QAction.toolTip", action.toolTip(), might_be_rich(action.toolTip())))
    return found


def _label_is_rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and might_be_rich(label.text()))


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[tuple[str, str, bool]]:
    found = []
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in TIP_ROLES:
                text = model.data(index, role)
                if isinstance(text, str):
                    found.append((f"{type(model).__name__}.{role.name}", text, might_be_rich(text)))
            if column == 0 and _columns(model, index) and model.rowCount(index) > 0:
                found += _model_texts(model, index)
    return found


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: columnCount is private, and there are no children
        return 0 if parent.isValid() else 1


def visit_every_view(qtbot, window, session, hostile: str) -> list:
    """Search, facets, every fixed tab, a report, an image, the planted image, an entity page, the audit log."""
    window.search.set_query("chen OR kashgar OR schematic")
    window.search.run_now()
    qtbot.waitUntil(lambda: window.search.result_count() > 0 and not window.search.busy, timeout=20_000)
    for tab in range(window.fixed_tabs):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
    for item_id in (planted_id(hostile), "reports/assessment", "images/map"):
        assert window.open_item(session, item_id) is not None
    window.open_entity(session, "person-chen-quanguo")
    window.store_actions.record("trust-key", "key (hostile label)", {"label": hostile})
    audit = AuditLogDialog(window.store, window)
    audit.show()
    qtbot.wait(50)
    return [audit]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # a tool tip raises itself; offscreen cannot
def test_no_archive_string_reaches_qt_as_html(qtbot, rich_archive, fifo, tmp_path):
    assert casefile(["annotations", "add", str(rich_archive), "reports/assessment", "--quote", "Chen Quanguo",
                     "--note", payload(fifo)]) == 0
    window = open_window(qtbot, tmp_path, rich_archive)
    session = window.library.sessions[0]
    assert session.archive.metadata.title.startswith(payload(fifo))
    dialogs = visit_every_view(qtbot, window, session, payload(fifo))
    texts = tip_texts(window)
    raw = [(where, text[:120]) for where, text, rich in texts if rich and any(tag in text for tag in RICH_TAGS)]
    assert raw == []
    reached = {where.split(".")[0] for where, text, _ in texts if "bold" in text}
    assert {"ResultsModel", "FacetsModel", "LibraryModel", "EntityListModel", "GalleryModel", "AnnotationTableModel",
            "AuditModel", "QTabBar"} <= reached, reached
    tips = {text for where, text, _ in texts if "bold" in text and "Tip" in where}
    for text in tips:
        with within(1.5):
            QToolTip.showText(QPoint(20, 20), text, window)
            qtbot.wait(1)
        QToolTip.hideText()
    for dialog in dialogs:
        dialog.close()


def test_open_error_naming_a_hostile_file_is_shown_as_plain_text(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text))
    hostile = tmp_path / '<img src="image.png"><b>bold &amp;.casefile'  # no "/" in a file name
    hostile.write_text("not an archive")
    window = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(window)
    window._report_errors(window.open_paths([hostile]))
    assert len(shown) == 1 and might_be_rich(shown[0]) and "<b>" not in shown[0]
    document = QTextDocument()
    document.setHtml(shown[0])
    assert hostile.name in document.toPlainText()  # shown exactly as the file is called


@pytest.mark.parametrize("text", ["a<b", "<b>bold</b> &amp; x", "two\nlines  and\ttabs", " <img src='/dev/zero'>"])
def test_shown_as_is_is_rich_text_that_shows_the_original(qapp, text):
    rich = shown_as_is(text)
    document = QTextDocument()
    document.setHtml(rich)
    assert might_be_rich(rich) and document.toPlainText() == text and "<img" not in rich
