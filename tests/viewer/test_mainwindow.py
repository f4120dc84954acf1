"""The first viewer window: opens archives through the library and lists what they hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from archive import open_archive
from viewer.mainwindow import MainWindow

REPO = Path(__file__).resolve().parents[2]


def test_lists_items_of_the_open_archive(qtbot, built):
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_archive(open_archive(built))
    assert window.library.count() == 1 and window.library.currentRow() == 0
    assert window.items_model.rowCount() == 8
    titles = {window.items_model.item(row, 0).text() for row in range(8)}
    assert {"Assessment", "Police files"} <= titles
    assert window.title.text() == "Test archive" and "4 reports" in window.summary.text()
    window.close()


def test_several_archives_in_the_library(qtbot, built, archive_copy):
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_archive(open_archive(built))
    window.add_archive(open_archive(archive_copy))
    assert window.library.count() == 2 and window.library.currentRow() == 1
    window.library.setCurrentRow(0)
    assert window.items_model.rowCount() == 8
    window.close()


def test_screenshot_command(built, tmp_path):
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "viewer", str(built), "--screenshot", str(shot)],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500


def test_screenshot_of_a_bad_archive_fails_with_the_reason(tmp_path):
    bogus = tmp_path / "bogus.casefile"
    bogus.write_text("not an archive")
    result = subprocess.run([sys.executable, "-m", "viewer", str(bogus), "--screenshot", str(tmp_path / "s.png")],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "bogus.casefile is not a Casefile archive" in result.stderr


def test_sample_is_built_on_first_use_and_rebuilt_when_stale(tmp_path, monkeypatch):
    import os

    from archive import paths
    from viewer.app import ensure_sample

    target = ensure_sample()
    assert target == paths.default_sample_archive() and target.exists()
    first = target.stat().st_mtime_ns
    assert ensure_sample().stat().st_mtime_ns == first  # fresh: not rebuilt
    os.utime(target, (0, 0))  # sources now look newer than the archive
    assert ensure_sample().stat().st_mtime_ns != 0
