"""Files written atomically, so a crash or a yanked stick never leaves half a file under its name."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
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
            replace_file(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_folder(target.parent)
    except OSError as exc:
        raise CasefileError(f"Cannot write {target}: {rename_failure(exc)}.") from None


# Windows refuses to rename or replace a file another program holds open (without FILE_SHARE_DELETE,
# as the C runtime and SQLite open files): the reader's viewer, an antivirus or the search indexer,
# which let go within a second or two. POSIX renames onto open files. ~3 s of waiting in all.
RENAME_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)
# ERROR_ACCESS_DENIED (what a pending delete or a held handle gives), ERROR_SHARING_VIOLATION,
# ERROR_LOCK_VIOLATION.
_HELD_OPEN_WINERRORS = {5, 32, 33}


def replace_file(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """os.replace, retried while Windows says another program has either file open. It is atomic, so
    a refusal leaves the old `target` whole; the caller keeps `source` (the new copy) or removes it."""
    _retrying(os.replace, source, target)


def rename_file(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """os.rename (no replacing: a folder, or a name checked to be free), retried as `replace_file` is."""
    _retrying(os.rename, source, target)


def _retrying(rename: Callable[[str | os.PathLike, str | os.PathLike], None], source, target) -> None:
    for delay in (*RENAME_RETRY_DELAYS, None):
        try:
            rename(source, target)
            return
        except PermissionError as exc:
            if delay is None or getattr(exc, "winerror", None) not in _HELD_OPEN_WINERRORS:
                raise
        time.sleep(delay)


def rename_failure(exc: OSError) -> str:
    """Why a write, rename or replace failed, in plain words: for a file Windows would not replace
    because it is open elsewhere, that and what to do; else the system's own reason."""
    if isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _HELD_OPEN_WINERRORS:
        return ("another program has it open (Windows replaces no open file): close it there, "
                "or wait for the virus scanner, and try again")
    return exc.strerror or str(exc)


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
