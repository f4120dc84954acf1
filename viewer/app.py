"""Start the Qt application and show the main window.

This first version is deliberately small: it opens archives through the `archive` library and lists
what they hold. Search, readers, verification badges and annotations build on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from archive import CasefileError, open_archive, paths

from .mainwindow import MainWindow


def ensure_sample() -> Path:
    """The sample archive, built (a few seconds) on first use or when its sources have changed."""
    target = paths.default_sample_archive()
    if _is_stale(target, paths.sample_source_dir()):
        from archive.build import build_archive
        from archive.signing.sign import sign_sample

        print(f"Building the sample archive into {target} ...", file=sys.stderr)
        build_archive(paths.sample_source_dir(), target, strict=True)
        sign_sample(target)
    return target


def _is_stale(target: Path, source_dir: Path) -> bool:
    """Missing, older than its sources, or unreadable by this version (built by an older one)."""
    if not target.exists():
        return True
    built = target.stat().st_mtime
    if any(path.stat().st_mtime > built for path in source_dir.rglob("*") if path.is_file()):
        return True
    try:
        open_archive(target).close()
    except CasefileError:
        return True
    return False


def run(archive_paths: list[Path], *, screenshot: Path | None = None) -> int:
    """Open the given archives (or the sample) in the main window; with `screenshot`, save a PNG and exit."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casefile")
    window = MainWindow()
    errors = []
    for path in archive_paths or [ensure_sample()]:
        try:
            window.add_archive(open_archive(path))
        except CasefileError as exc:
            errors.append(str(exc))
    window.resize(1200, 760)
    window.show()
    if screenshot is not None:
        for message in errors:
            window.statusBar().showMessage(message)
        QTimer.singleShot(0, lambda: (window.grab().save(str(screenshot)), app.quit()))
        app.exec()
        for message in errors:
            print(f"casefile: error: {message}", file=sys.stderr)
        return 1 if errors else 0
    for message in errors:
        QMessageBox.critical(window, "Cannot open archive", message)
    return app.exec()
