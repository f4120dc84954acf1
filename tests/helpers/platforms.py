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
