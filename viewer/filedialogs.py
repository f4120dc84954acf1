"""The viewer's file dialogs, in one place, so that in portable mode every one of them follows two rules.

1. **They start on the stick.** An export, a saved PDF or a graph picture goes to `exports/` on the
   stick by default, not to the host's home folder, where it would be left behind.
2. **The host keeps its own dialog history.** QFileDialog itself records the folders it showed
   (`FileDialog/history`, `lastVisited`, the sidebar) through `QSettings(UserScope, "QtProject")`,
   and that constructor always uses the *native* format: the Windows registry
   (HKCU\\Software\\QtProject) or a macOS plist (com.qtproject.plist). `QSettings.setDefaultFormat`
   does not reach it, and on those systems the redirected XDG variables mean nothing. So in portable
   mode the host's QtProject settings are read before each dialog and put back as they were after it:
   no stick path or archive folder is left in the host's registry or preferences.

Outside portable mode the dialogs start in the reader's home folder and Qt keeps its history as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from archive import paths

EXPORTS_FOLDER = "exports"  # on the stick, beside archives/ and data/
QT_ORGANISATION = "QtProject"  # where QFileDialog keeps its history (qfiledialog.cpp)


def default_folder() -> Path:
    """Where a dialog that saves a file starts: `exports/` on the stick in portable mode (the stick
    itself if that cannot be made, e.g. on a write-protected stick), else the home folder."""
    root = paths.portable_root()
    if root is None:
        return Path.home()
    exports = root / EXPORTS_FOLDER
    try:
        exports.mkdir(exist_ok=True)
    except OSError:
        return root
    return exports


def save_file_name(parent: QWidget | None, title: str, suggested: str | Path, filters: str) -> Path | None:
    """Ask where to save; `suggested` is a file name (put in `default_folder()`) or a full path.
    None if the reader cancelled."""
    suggested = Path(suggested)
    start = suggested if suggested.is_absolute() else default_folder() / suggested
    with host_dialog_history_kept():
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return Path(name) if name else None


def open_file_name(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for one file to open; None if the reader cancelled."""
    with host_dialog_history_kept():
        name, _filter = QFileDialog.getOpenFileName(parent, title, _open_folder(), filters)
    return Path(name) if name else None


def open_file_names(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    """Ask for files to open; [] if the reader cancelled."""
    with host_dialog_history_kept():
        names, _filter = QFileDialog.getOpenFileNames(parent, title, _open_folder(), filters)
    return [Path(name) for name in names]


def _open_folder() -> str:
    """In portable mode the stick (its archives are there); else Qt's own choice (the last folder)."""
    root = paths.portable_root()
    return str(root) if root is not None else ""


@contextmanager
def host_dialog_history_kept() -> Iterator[None]:
    """In portable mode, put the host's QtProject settings back as they were once the block is done
    (QFileDialog writes them when it closes); outside it, nothing."""
    if not paths.is_portable():
        yield
        return
    before = _read(QSettings(QSettings.Scope.UserScope, QT_ORGANISATION))
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, QT_ORGANISATION)
        for key in settings.allKeys():
            if key not in before:
                settings.remove(key)
        for key, value in before.items():
            settings.setValue(key, value)
        settings.sync()


def _read(settings: QSettings) -> dict[str, Any]:
    return {key: settings.value(key) for key in settings.allKeys()}
