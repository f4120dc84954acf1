"""Where things live: bundled resources, the reader's own data folder, and what a USB stick ships.

Every path the app uses is resolved here, and this is the only module that knows about frozen builds
(`sys._MEIPASS`) and portable mode, so a USB-stick copy never writes into the host's home folder.

Portable mode has one root, found by `portable_root()`: the folder holding the `portable` marker.
That is either the app's own folder (a plain portable copy) or, when the app runs from
`<stick>/Casefile-<OS>/` as `packaging/make_usb.py` lays it out, the stick itself, so the apps for
every OS share one `data/`, `keys/` and `archives/`.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Casefile"
PORTABLE_MARKER = "portable"
DATA_DIR_ENV = "CASEFILE_DATA_DIR"
SAMPLE_ARCHIVE_NAME = "xinjiang-sample.casefile"
TRUST_STORE_NAME = "trusted-keys.json"
# The app folders on a stick made by packaging/make_usb.py: one per OS, beside the shared folders.
STICK_APP_FOLDERS = ("Casefile-Linux", "Casefile-Windows", "Casefile-macOS")
ARCHIVE_SUFFIX = ".casefile"


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


def app_bundle() -> Path | None:
    """The macOS `.app` bundle the app runs in (its executable is in Contents/MacOS), else None."""
    app = app_dir()
    if app.parent.name == "Contents" and app.parent.parent.suffix == ".app":
        return app.parent.parent
    return None


def install_dir() -> Path:
    """The folder a user sees the app in: `app_dir()`, or the folder holding a macOS `.app` bundle
    (where the reader put it, also when macOS runs it from a translocated copy)."""
    bundle = app_bundle()
    return untranslocated(bundle).parent if bundle is not None else app_dir()


TRANSLOCATION_FOLDER = "AppTranslocation"
MACOS_VOLUMES = Path("/Volumes")


@functools.lru_cache(maxsize=4)  # asked at every portable_root(); a process is not moved while it runs
def untranslocated(bundle: Path) -> Path:
    """Where a macOS `.app` really is. Gatekeeper runs a quarantined app opened from a stick or a
    downloaded folder from a random read-only copy (…/AppTranslocation/<UUID>/d/Casefile.app), above
    which no stick is found: the portable marker, archives and keys would all be missed, and notes
    written to the host. The Security framework names the original (`archive.macos`); failing that, the
    one mounted volume holding this app beside a portable marker. Unresolved: the copy itself."""
    if TRANSLOCATION_FOLDER not in bundle.parts:
        return bundle
    original = _translocation_original(bundle)
    if original is not None:
        return original
    on_volumes = [candidate for volume in _volumes() for candidate in
                  (volume / bundle.name, *(volume / folder / bundle.name for folder in STICK_APP_FOLDERS))
                  if candidate.is_dir() and any((marker / PORTABLE_MARKER).is_file()
                                                for marker in (candidate.parent, candidate.parent.parent))]
    return on_volumes[0] if len(on_volumes) == 1 else bundle


def runs_translocated() -> bool:
    """A macOS app run from a translocated copy whose original place could not be found: the stick's
    archives, keys and data folder were not found, and the reader should be told."""
    bundle = app_bundle()
    return bundle is not None and TRANSLOCATION_FOLDER in bundle.parts and untranslocated(bundle) == bundle


def _translocation_original(bundle: Path) -> Path | None:
    if sys.platform != "darwin":
        return None
    from .macos import translocation_original

    return translocation_original(bundle)


def _volumes() -> list[Path]:
    try:
        return sorted(path for path in MACOS_VOLUMES.iterdir() if path.is_dir())
    except OSError:
        return []


def portable_root() -> Path | None:
    """The folder holding the `portable` marker: beside the app, or the stick above `Casefile-<OS>/`."""
    here = install_dir()
    candidates = [here, here.parent] if here.name in STICK_APP_FOLDERS else [here]
    for folder in candidates:
        if (folder / PORTABLE_MARKER).is_file():
            return folder
    return None


def on_stick() -> bool:
    """The app runs from a stick laid out by make_usb.py (its marker is one folder up, shared by every OS)."""
    root = portable_root()
    return root is not None and root != install_dir()


def app_keys_dir() -> Path:
    """Publishers' keys shipped with the app, trusted: `keys/` of the portable root (a stick), else of
    the app's own folder. A macOS `.app` keeps them inside the bundle (Contents/Resources/keys): the
    folder that holds the bundle is the user's (~/Downloads, ~/Applications), and a `keys/` found
    there was trusted without any portable marker (issue 24)."""
    root = portable_root()
    if root is not None:
        return root / "keys"
    bundle = app_bundle()
    return bundle / "Contents" / "Resources" / "keys" if bundle is not None else app_dir() / "keys"


def shipped_archives() -> list[Path]:
    """The archives in the portable root's `archives/` folder, opened when no archive is named."""
    root = portable_root()
    folder = root / "archives" if root else None
    if folder is None or not folder.is_dir():
        return []
    # A Mac leaves an AppleDouble file ("._name.casefile": the real file's Finder metadata) beside every
    # file it copies onto a FAT or exFAT stick; opened as an archive, it was an error at every start.
    return sorted(path for path in folder.iterdir()
                  if path.suffix == ARCHIVE_SUFFIX and not path.name.startswith("._") and path.is_file())


def trust_store_path() -> Path:
    """The keys this reader chose to trust or revoked, in the reader's own data folder."""
    return data_dir() / TRUST_STORE_NAME


def is_portable() -> bool:
    """A `portable` marker (see `portable_root`) sends every write to the `data/` folder beside it."""
    return portable_root() is not None


def portable_data_dir() -> Path | None:
    """`data/` beside the portable marker, whatever $CASEFILE_DATA_DIR says; None when not portable."""
    root = portable_root()
    return root / "data" if root else None


def data_dir() -> Path:
    """The reader's own data folder: $CASEFILE_DATA_DIR, else portable `data/`, else the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return portable_data_dir() or platform_data_dir()


def platform_data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The platform's per-user data folder for Casefile, as `environ` (the host's, by default) names it.

    Portable mode points XDG_DATA_HOME at a session folder on the stick, so the viewer passes the
    environment it started with when it offers this computer's folder as the place for notes.
    """
    if sys.platform == "win32":
        # The local folder, not the roaming %APPDATA%: organisations often put that on a network share
        # (or copy it to a server at logout), and notes on evidence must not travel there.
        return Path(environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME.lower()


def use_data_dir(folder: Path) -> None:
    """Send this process's (and its children's) data to `folder` from now on, as $CASEFILE_DATA_DIR does."""
    os.environ[DATA_DIR_ENV] = str(folder)


def default_sample_archive() -> Path:
    """Where `casefile sample` puts the built sample archive by default (and the viewer looks for it)."""
    return data_dir() / "sample" / SAMPLE_ARCHIVE_NAME
