"""Files written atomically, so a crash or a yanked stick never leaves half a file under its name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from .errors import CasefileError


def write_atomically(target: Path, data: bytes, mode: int = 0o644) -> None:
    """Temp file beside the target, fsync, rename, fsync the folder."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                full_fsync(handle.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_folder(target.parent)
    except OSError as exc:
        raise CasefileError(f"Cannot write {target}: {exc.strerror or exc}.") from None


def fsync_file(path: Path) -> None:
    """Make a file's data durable. Opened for writing: Windows' FlushFileBuffers refuses a read-only
    handle (EBADF), where POSIX takes any. On macOS, F_FULLFSYNC: plain fsync there leaves the data in
    the drive's cache, which a stick pulled out loses."""
    with open(path, "rb+") as handle:
        full_fsync(handle.fileno())


def full_fsync(fd: int) -> None:
    """fsync, or on macOS F_FULLFSYNC (falling back to fsync where the file system refuses it)."""
    full = getattr(fcntl, "F_FULLFSYNC", None) if fcntl is not None else None
    if full is not None:
        try:
            fcntl.fcntl(fd, full)
            return
        except OSError:
            pass  # not supported by this file system (some network shares): fsync is the best there is
    os.fsync(fd)


def fsync_folder(path: Path) -> None:
    """Make a rename into `path` durable (POSIX); Windows cannot open folders and needs no such step."""
    if os.name == "posix":
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def first_line_secret(path: Path, what: str, error: type[CasefileError]) -> str:
    """The first line of a file holding a password or passphrase (for scripts: never on the command
    line, where other users can read it); `error` names an unreadable or empty file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"Cannot read the {what} file {path}: {exc}.") from None
    if not lines or not lines[0]:
        raise error(f"The {what} file {path} is empty; its first line is the {what}.")
    return lines[0]
