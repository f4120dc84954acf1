"""Other systems' rules, emulated on Linux (issue 24): the tests that use these run pieces of Casefile
as Windows or macOS would, where only a real machine could otherwise show the difference."""

from __future__ import annotations

import errno
import fcntl
import os

import pytest


@pytest.fixture
def windows_fsync(monkeypatch):
    """Windows' FlushFileBuffers refuses a handle opened read-only: os.fsync raises EBADF there.
    Folders cannot be opened at all on Windows, so a folder's fsync is left alone (fsync_folder skips
    it on Windows already). Yields the list of files flushed."""
    real, flushed = os.fsync, []

    def fsync(fd: int) -> None:
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
                raise OSError(errno.EBADF, "Bad file descriptor (Windows cannot flush a read-only handle)")
            flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    yield flushed


@pytest.fixture
def no_pread(monkeypatch):
    """Windows' os module has no pread."""
    monkeypatch.delattr(os, "pread")


class HeldOpen:
    """Files another program has open, as Windows treats them: a rename or replace of one, or onto
    one, is refused with a sharing violation (ERROR_SHARING_VIOLATION, winerror 32), where POSIX
    allows it. `hold(path, refusals=N)` lets go after N refusals, as a virus scanner does; without N
    the file stays open (a viewer) until `release(path)`."""

    def __init__(self) -> None:
        self._held: dict[str, int | None] = {}
        self.refused: list[str] = []

    def hold(self, path, refusals: int | None = None) -> None:
        self._held[os.fspath(path)] = refusals

    def release(self, path) -> None:
        self._held.pop(os.fspath(path), None)

    def check(self, *paths) -> None:
        for path in map(os.fspath, paths):
            if path not in self._held:
                continue
            left = self._held[path]
            if left is not None:
                if left == 0:
                    self.release(path)
                    continue
                self._held[path] = left - 1
            self.refused.append(path)
            error = PermissionError(errno.EACCES, "The process cannot access the file because it is being "
                                                  "used by another process", path)
            error.winerror = 32  # what Windows' OSError carries; POSIX has no such attribute
            raise error


@pytest.fixture
def windows_open_files(monkeypatch):
    """os.replace and os.rename under Windows' rule for open files; yields the HeldOpen to hold files with."""
    held = HeldOpen()
    for name in ("replace", "rename"):
        def refusing(source, target, *args, _real=getattr(os, name), **kwargs):
            held.check(source, target)
            return _real(source, target, *args, **kwargs)

        monkeypatch.setattr(os, name, refusing)
    yield held


@pytest.fixture
def python_org_sqlite(monkeypatch):
    """SQLite as python.org's Windows and macOS installers build it: without SQLITE_SECURE_DELETE, so
    every connection starts with secure_delete off (Debian's, which the suite otherwise runs on, has
    it on). Deleted text then stays in free pages unless Casefile turns it on itself."""
    import sqlite3

    real = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
