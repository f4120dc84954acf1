"""The viewer's settings, declared once as data, stored in an INI file in Casefile's data folder.

Nothing is written to the host's registry or home settings: the file lives in `paths.data_dir()`,
which in portable mode is the `data/` folder beside the app. Portable mode also keeps no list of
recent archives, so a USB stick carried between computers leaves no trace of what was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from archive import paths

from .i18n import isolate

SETTINGS_FILE = "viewer.ini"
MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("theme", "system", "Colour theme: system (follow the desktop), light or dark."),
    Setting("language", "system", "Interface language: system (follow the desktop), en, zh_CN or ug "
                                  "(Uyghur, right-to-left); the CASEFILE_LANGUAGE environment variable overrides it."),
    Setting("window/geometry", None, "Main window size and position (saved on exit)."),
    Setting("window/state", None, "Main window toolbars and docks (saved on exit)."),
    Setting("window/splitter", None, "Sidebar width (saved on exit)."),
    Setting("recent", [], "Recently opened archives (never kept in portable mode)."),
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}


class Settings:
    """Typed access to the declared settings; unknown names are a programming error."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / SETTINGS_FILE
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, name: str) -> Any:
        setting = _BY_NAME[name]
        value = self._qsettings.value(name, setting.default)
        return setting.default if value is None else value

    def set(self, name: str, value: Any) -> None:
        _BY_NAME[name]  # noqa: B018 - KeyError for an undeclared setting
        self._qsettings.setValue(name, value)

    def sync(self) -> str | None:
        """Write to disk now; the reason if that failed (read-only media, full disk), else None."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return QCoreApplication.translate("Settings", "Settings cannot be saved in {folder}: {reason}.").format(
                folder=isolate(self.path.parent), reason=isolate(exc.strerror or exc))
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            return QCoreApplication.translate("Settings", "Settings cannot be saved to {file}.").format(file=isolate(self.path))
        return None

    # -- recent archives ---------------------------------------------------------------------------
    @property
    def keeps_recent(self) -> bool:
        return not paths.is_portable()

    def recent(self) -> list[str]:
        if not self.keeps_recent:
            return []
        value = self.get("recent")
        items = [value] if isinstance(value, str) else list(value or [])
        return [item for item in items if isinstance(item, str)]

    def add_recent(self, path: Path) -> None:
        if not self.keeps_recent:
            return
        text = str(Path(path).resolve())
        self.set("recent", [text, *[p for p in self.recent() if p != text]][:MAX_RECENT])

    def clear_recent(self) -> None:
        self.set("recent", [])
