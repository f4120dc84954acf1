"""Archives macOS hands over as open-file events (Finder double-click, a drop on the Dock icon), issue 24.
Qt delivers no such event on Linux by itself; the tests send it as Cocoa's integration does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from viewer.fileopen import FileOpenEvents


class Window:
    """What FileOpenEvents uses of the main window."""

    def __init__(self) -> None:
        self.opened, self.reported, self.raised = [], [], 0

    def open_paths(self, paths):
        self.opened.append(paths)
        return [f"{path.name}: not an archive" for path in paths if path.suffix != ".casefile"]

    def _report_errors(self, errors):
        self.reported.append(errors)

    def raise_(self):
        self.raised += 1

    def activateWindow(self):
        pass


@pytest.fixture
def file_opens(qapp):
    events = FileOpenEvents(qapp)
    yield events
    qapp.removeEventFilter(events)
    events.deleteLater()


def hand_over(path: Path) -> bool:
    event = QFileOpenEvent(str(path))
    return QCoreApplication.sendEvent(QCoreApplication.instance(), event)


def test_the_launching_archive_waits_for_the_window(qtbot, file_opens, tmp_path):
    hand_over(tmp_path / "evidence.casefile")
    assert file_opens.pending == [tmp_path / "evidence.casefile"]
    assert file_opens.take_pending() == [tmp_path / "evidence.casefile"] and file_opens.pending == []


def test_archives_handed_over_later_open_in_the_window(qtbot, file_opens, tmp_path):
    window = Window()
    hand_over(tmp_path / "first.casefile")
    file_opens.attach(window)
    qtbot.waitUntil(lambda: window.opened == [[tmp_path / "first.casefile"]], timeout=2000)
    hand_over(tmp_path / "notes.txt")
    qtbot.waitUntil(lambda: len(window.opened) == 2, timeout=2000)
    assert window.opened[1] == [tmp_path / "notes.txt"] and window.reported[1] == ["notes.txt: not an archive"]
    assert window.raised == 2


def test_a_url_that_is_no_file_is_left_alone(qtbot, file_opens):
    event = QFileOpenEvent(QUrl("https://example.org/a.casefile"))
    QCoreApplication.sendEvent(QCoreApplication.instance(), event)
    assert file_opens.pending == []
