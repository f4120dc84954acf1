"""Trace-free portable mode: keep every write of this process on the stick, and ask when it cannot be.

With the `portable` marker present (see `archive.paths.portable_root`), Casefile's own files already go
to the stick's `data/`. What would still land on the host are the files other code writes where the
environment says: Qt's file-dialog settings (XDG_CONFIG_HOME/QtProject.conf), fontconfig's and Mesa's
caches (XDG_CACHE_HOME), GTK's recently-used.xbel (XDG_DATA_HOME), state files (XDG_STATE_HOME),
temporary files of Python and SQLite (TMPDIR, SQLITE_TMPDIR; TEMP and TMP on Windows) and, where no
XDG_RUNTIME_DIR is set, the runtime folder Qt would create as /tmp/runtime-USER. `prepare()` points
all of them at one folder for this session before anything starts, and removes it at exit: host
caches and dialog history are neither left on the computer nor carried away on the stick.

The session folder sits in `data/tmp/`. When `data/` is read-only (a write-protected stick), it goes
to the host's temporary folder instead (the only writable place left) and is still removed at exit;
`data_location_question()` then tells the reader where notes can go, for the viewer to ask.

A crash or a kill -9 skips that removal. So each running Casefile holds a lock on a file in its own
session folder, and the next start removes every session folder whose lock nobody holds: an OS lock
(flock, or msvcrt's byte lock on Windows) is let go by the system when its process ends however it
ends, where a process id written in a file could belong to another process by then, or to another
computer the stick was used on.

Every command runs it (the headless ones too), so it lives in the Qt-free core; the viewer adds the
Qt-side settings (`viewer.app`).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import paths

SESSION_FOLDER = "tmp"  # inside data/: one subfolder per running Casefile
SESSION_PREFIX = "casefile-"
SESSION_LOCK = "session.lock"  # in each session folder, locked by the Casefile that runs in it
XDG_FOLDERS = {"XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache", "XDG_DATA_HOME": "share",
               "XDG_STATE_HOME": "state"}
# Where Python (tempfile), Qt (QDir::tempPath) and SQLite (unix VFS) put temporary files.
TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR")
RUNTIME_VARIABLE = "XDG_RUNTIME_DIR"


@dataclass(frozen=True)
class PortableSession:
    """The redirected environment of one portable run."""

    folder: Path  # removed at exit; holds config/, cache/, share/, state/, tmp/ (and runtime/)
    host_environ: dict[str, str]  # the environment before redirection, for offering the host's folders
    data_dir: Path  # where Casefile's own files were to go when the session started
    data_writable: bool


_session: PortableSession | None = None


def prepare() -> PortableSession | None:
    """In portable mode, redirect the environment to a session folder (once per process); else None."""
    global _session
    if _session is not None or not paths.is_portable():
        return _session
    host_environ = dict(os.environ)
    data = paths.data_dir()
    writable = is_writable(data)
    # The host's temporary folder is looked up only when needed: tempfile probes it by writing a file.
    parent = data / SESSION_FOLDER if writable else Path(tempfile.gettempdir())
    parent.mkdir(parents=True, exist_ok=True)
    remove_stale_sessions(parent)
    folder = Path(tempfile.mkdtemp(prefix=SESSION_PREFIX, dir=parent))
    atexit.register(_remove_session, folder, _hold(folder / SESSION_LOCK))
    _redirect(folder, host_environ)
    _session = PortableSession(folder, host_environ, data, writable)
    return _session


def remove_stale_sessions(parent: Path) -> list[Path]:
    """Remove the session folders in `parent` that a crashed or killed Casefile left (nobody holds
    their lock); the folders removed. A folder without a lock file is left alone: it may be one that
    another Casefile is making at this moment."""
    removed = []
    for folder in sorted(parent.glob(f"{SESSION_PREFIX}*")):
        try:
            with open(folder / SESSION_LOCK, "r+b") as handle:
                stale = _lock(handle)
        except OSError:
            continue
        if stale:  # unlocked again (the file is closed) before removal: Windows removes no open file
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _hold(path: Path) -> BinaryIO:
    """Create `path` and lock it for as long as this process runs (the file stays open)."""
    handle = open(path, "w+b")  # noqa: SIM115 - open until exit, closed by _remove_session
    _lock(handle)  # a file system without locks: no other start can take it for stale either
    return handle


def _lock(handle: BinaryIO) -> bool:
    """Lock an open file for this process without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_session(folder: Path, lock: BinaryIO) -> None:
    lock.close()
    shutil.rmtree(folder, ignore_errors=True)


def _redirect(folder: Path, host_environ: dict[str, str]) -> None:
    if sys.platform != "win32" and not host_environ.get(RUNTIME_VARIABLE):
        os.environ[RUNTIME_VARIABLE] = str(_runtime_dir(folder))
    # A set XDG_RUNTIME_DIR stays: it holds the Wayland and D-Bus sockets the window needs, it is a
    # tmpfs emptied at logout, and Casefile writes nothing there itself.
    for variable, name in XDG_FOLDERS.items():
        (folder / name).mkdir()
        os.environ[variable] = str(folder / name)
    temp = folder / "tmp"
    temp.mkdir()
    for variable in TEMP_VARIABLES:
        os.environ[variable] = str(temp)
    tempfile.tempdir = str(temp)  # tempfile caches the folder it found first


@contextmanager
def host_environment() -> Iterator[None]:
    """The environment Casefile started with, for the length of the block (outside portable mode,
    nothing changes). For a program started on the reader's behalf, such as the browser for a link
    they confirmed: it must not inherit the session's redirection, or it keeps its profile, caches and
    temporary files in the session folder (on the stick, removed at exit) instead of its own.

    The swap is process-wide for as long as the block runs (starting the program), so keep it short."""
    if _session is None:
        yield
        return
    redirected = dict(os.environ)
    _set_environ(_session.host_environ)
    try:
        yield
    finally:
        _set_environ(redirected)


def _set_environ(wanted: Mapping[str, str]) -> None:
    for name in [name for name in os.environ if name not in wanted]:
        del os.environ[name]
    for name, value in wanted.items():
        if os.environ.get(name) != value:
            os.environ[name] = value


def _runtime_dir(folder: Path) -> Path:
    """A private (0700) runtime folder; Qt refuses one that others can read.

    On a stick formatted FAT or exFAT permissions cannot be set, so the folder then goes to the host's
    temporary folder (mkdtemp makes it 0700) and is removed at exit like the session folder.
    """
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    if runtime.stat().st_mode & 0o777 == 0o700:
        return runtime
    private = Path(tempfile.mkdtemp(prefix="casefile-runtime-"))
    atexit.register(shutil.rmtree, private, ignore_errors=True)
    return private


def is_writable(folder: Path) -> bool:
    """Can a file be created in `folder` (made if missing)? Tried for real: a read-only mount, a
    write-protect switch or Windows' read-only attribute all answer only to an actual write."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".casefile-write-test-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.unlink(name)
    return True


# -- where notes go when the stick's data folder is read-only ---------------------------------------
CHOICE_HOST, CHOICE_TEMPORARY, CHOICE_NONE = "host", "temporary", "none"


@dataclass(frozen=True)
class DataLocationQuestion:
    """What to ask when `data/` is read-only: the read-only folder and the two places notes can go."""

    read_only: Path
    host: Path  # this computer's Casefile folder: lasting, but leaves the notes on the computer
    temporary: Path  # inside the session folder: removed when Casefile closes


def data_location_question(session: PortableSession) -> DataLocationQuestion | None:
    """The question to ask, or None when the data folder is writable (nothing to decide)."""
    if session.data_writable:
        return None
    return DataLocationQuestion(session.data_dir, paths.platform_data_dir(session.host_environ),
                                session.folder / "notes")


def apply_data_location(question: DataLocationQuestion, choice: str) -> None:
    """Send the reader's data where they chose (CHOICE_NONE: leave it on the read-only folder, unused).

    The sentences that ask and that say where notes went are the viewer's, in the reader's language.
    """
    if choice == CHOICE_HOST:
        paths.use_data_dir(question.host)
    elif choice == CHOICE_TEMPORARY:
        paths.use_data_dir(question.temporary)
