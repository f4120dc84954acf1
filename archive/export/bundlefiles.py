"""Read a bundle that may be hostile, from a folder or a ZIP, without following links or writing outside.

Only files that exhibits.json names (checked to be plain names first) are ever opened. In a folder,
symbolic links and anything but regular files are refused and files are opened with O_NOFOLLOW; in
a ZIP nothing is extracted beside the bundle: small members are read into memory under a cap, and an
exhibit is streamed into a private temporary file for hashing, with the sizes and compression ratios
of zip bombs refused before any byte is inflated.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .document import BundleInvalid

MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 8 * 2**30
MAX_TOTAL_BYTES = 64 * 2**30
# Real originals (JPEG, PDF, text) rarely deflate past 20:1; a bomb is 1000:1. Small members may be
# anything: they cannot hurt.
MAX_RATIO, RATIO_FROM_BYTES = 200, 16 * 2**20
CHUNK = 2**20
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError)


class MemberProblem(Exception):
    """One named file of the bundle cannot be used; the text says why (shown against its exhibit)."""


class FolderBundle:
    def __init__(self, path: Path):
        self.path = path

    def exists(self, name: str) -> bool:
        return os.path.lexists(self.path / name)

    def read(self, name: str, cap: int) -> bytes:
        with self._open(name) as handle:
            data = handle.read(cap + 1)
        if len(data) > cap:
            raise MemberProblem(f"{name} is larger than {cap // 2**20} MB")
        return data

    @contextmanager
    def local_file(self, name: str) -> Iterator[Path]:
        with self._open(name):
            pass
        yield self.path / name

    def _open(self, name: str):
        path = self.path / name
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            raise MemberProblem(f"{name} is missing") from None
        except OSError as exc:
            raise MemberProblem(f"{name} cannot be read: {exc.strerror or exc}") from None
        if stat.S_ISLNK(info.st_mode):
            raise MemberProblem(f"{name} is a symbolic link; a bundle holds only plain files")
        if not stat.S_ISREG(info.st_mode):
            raise MemberProblem(f"{name} is not a regular file")
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise MemberProblem(f"{name} cannot be read: {exc.strerror or exc}") from None
        return os.fdopen(fd, "rb")

    def names(self) -> list[str]:
        """Every entry under the folder as a "/"-separated relative path (folders end in "/"); links are
        listed, never followed. MemberProblem if a folder cannot be listed or holds too many entries."""
        found, pending = [], [""]
        while pending:
            prefix = pending.pop()
            try:
                with os.scandir(self.path / prefix) as entries:
                    for entry in entries:
                        is_folder = entry.is_dir(follow_symlinks=False)
                        found.append(f"{prefix}{entry.name}/" if is_folder else f"{prefix}{entry.name}")
                        if is_folder:
                            pending.append(found[-1])
                        if len(found) > MAX_MEMBERS:
                            raise MemberProblem(f"the bundle holds more than {MAX_MEMBERS:,} files")
            except OSError as exc:
                raise MemberProblem(f"the folder {prefix or '.'} cannot be listed: {exc.strerror or exc}") from None
        return found

    def close(self) -> None:
        """Nothing to release: files are opened per read."""


class ZipBundle:
    def __init__(self, path: Path):
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except ZIP_ERRORS as exc:
            raise BundleInvalid(f"{path.name} is not a readable ZIP file ({exc}).") from None
        if len(infos) > MAX_MEMBERS:
            self._zip.close()
            raise BundleInvalid(f"{path.name} holds {len(infos):,} files; a bundle holds at most {MAX_MEMBERS:,}.")
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            self._zip.close()
            raise BundleInvalid(f"{path.name} would inflate to more than {MAX_TOTAL_BYTES // 2**30} GB: refused "
                                f"(a zip bomb, or not an evidence bundle).")
        self._dupes = {name for name, count in Counter(info.filename for info in infos).items() if count > 1}
        self._infos = {info.filename: info for info in infos}

    def exists(self, name: str) -> bool:
        return name in self._infos

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._infos.get(name)
        if info is None:
            raise MemberProblem(f"{name} is missing")
        if name in self._dupes:
            raise MemberProblem(f"the ZIP holds two files named {name}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise MemberProblem(f"{name} is a symbolic link; a bundle holds only plain files")
        if info.is_dir():
            raise MemberProblem(f"{name} is a folder, not a file")
        if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(1, info.compress_size)):
            raise MemberProblem(f"{name} would inflate to {info.file_size:,} bytes from {info.compress_size:,}: "
                                f"refused as a zip bomb")
        return info

    def read(self, name: str, cap: int) -> bytes:
        info = self._info(name)
        if info.file_size > cap:
            raise MemberProblem(f"{name} is larger than {cap // 2**20} MB")
        try:
            with self._zip.open(info) as handle:
                data = handle.read(cap + 1)
        except ZIP_ERRORS as exc:
            raise MemberProblem(f"{name} cannot be read from the ZIP ({exc})") from None
        if len(data) > cap:
            raise MemberProblem(f"{name} is larger than {cap // 2**20} MB")
        return data

    @contextmanager
    def local_file(self, name: str) -> Iterator[Path]:
        """The member streamed into a private temporary file (the proof checker reads a path)."""
        info = self._info(name)
        folder = tempfile.mkdtemp(prefix="casefile-check-")
        try:
            target = Path(folder) / "exhibit"
            try:
                with self._zip.open(info) as source, open(target, "xb") as out:
                    shutil.copyfileobj(source, out, CHUNK)
            except ZIP_ERRORS as exc:
                raise MemberProblem(f"{name} cannot be read from the ZIP ({exc})") from None
            yield target
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def names(self) -> list[str]:
        """Every member's name as the ZIP stores it (folders end in "/"), duplicates included."""
        return [info.filename for info in self._zip.infolist()]

    def close(self) -> None:
        self._zip.close()


def open_bundle(path: Path) -> FolderBundle | ZipBundle:
    """A folder or a ZIP file; BundleInvalid for anything else."""
    if path.is_dir():
        return FolderBundle(path)
    if path.is_file():
        return ZipBundle(path)
    raise BundleInvalid(f"{path} is neither a bundle folder nor a ZIP file." if path.exists()
                        else f"{path} does not exist.")
