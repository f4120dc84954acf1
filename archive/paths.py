"""Where things live: bundled resources and the reader's own data folder.

Every path the app uses is resolved here, and this is the only module that knows about frozen builds
(`sys._MEIPASS`) and portable mode, so a USB-stick copy never writes into the host's home folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Casefile"
PORTABLE_MARKER = "portable"
DATA_DIR_ENV = "CASEFILE_DATA_DIR"
SAMPLE_ARCHIVE_NAME = "xinjiang-sample.casefile"
TRUST_STORE_NAME = "trusted-keys.json"


def app_dir() -> Path:
    """The folder holding the app: the frozen bundle's folder, or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    """The `resources/` folder, also inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else app_dir() / "resources"


def sample_source_dir() -> Path:
    return resource_dir() / "sample"


def sample_keys_dir() -> Path:
    """The demo key pair that signs the sample archive (public by design: never for real evidence)."""
    return sample_source_dir() / "keys"


def app_keys_dir() -> Path:
    """`keys/` beside the app: publishers' public keys shipped with it (e.g. on a USB stick), trusted."""
    return app_dir() / "keys"


def trust_store_path() -> Path:
    """The keys this reader chose to trust or revoked, in the reader's own data folder."""
    return data_dir() / TRUST_STORE_NAME


def is_portable() -> bool:
    """A `portable` marker file beside the app sends every write to `data/` beside it."""
    return (app_dir() / PORTABLE_MARKER).is_file()


def data_dir() -> Path:
    """The reader's own data folder: $CASEFILE_DATA_DIR, else portable `data/`, else the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if is_portable():
        return app_dir() / "data"
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME.lower()


def default_sample_archive() -> Path:
    """Where `casefile sample` puts the built sample archive by default (and the viewer looks for it)."""
    return data_dir() / "sample" / SAMPLE_ARCHIVE_NAME
