"""Write a bundle so that it appears complete or not at all: a folder or a ZIP built under a temporary
name beside the target and renamed into place only once every file is written.

A cancelled or failed export (or a Ctrl+C) removes the temporary folder or file, so the reader never
finds half a bundle under the name they chose, and nothing is ever overwritten.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from ..errors import CasefileError
from ..files import fsync_file, fsync_folder, rename_failure, rename_file

# Originals and thumbnails are mostly compressed already (JPEG, PDF); deflating them again costs
# time for nothing, so only text members are compressed.
_DEFLATE_SUFFIXES = (".json", ".html", ".txt", ".md", ".csv", ".xml", ".pub", ".minisig")


class BundleWriter:
    """Collects a bundle's files under a temporary sibling of `target`; `commit()` renames it."""

    def __init__(self, target: Path):
        self.target = target
        self.is_zip = target.suffix.lower() == ".zip"
        self.bytes_written = 0
        if target.exists() or target.is_symlink():
            raise CasefileError(f"{target} already exists; give a new name (an export never overwrites).")
        if not target.parent.is_dir():
            raise CasefileError(f"The folder {target.parent} does not exist; create it first.")
        try:
            if self.is_zip:
                fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
                os.close(fd)
                os.chmod(name, 0o644)  # mkstemp's 0600 would keep the bundle from whoever it is handed to
                self._temp = Path(name)
                self._zip: zipfile.ZipFile | None = zipfile.ZipFile(self._temp, "w", allowZip64=True)
            else:
                self._temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
                os.chmod(self._temp, 0o755)
                self._zip = None
        except OSError as exc:
            raise CasefileError(f"Cannot write into {target.parent}: {exc.strerror or exc}.") from None

    def add(self, name: str, data: bytes) -> None:
        """Add one file; `name` is a safe relative path such as `thumbnails/EX-0001.jpg`."""
        try:
            if self._zip is not None:
                kind = zipfile.ZIP_DEFLATED if name.lower().endswith(_DEFLATE_SUFFIXES) else zipfile.ZIP_STORED
                self._zip.writestr(name, data, compress_type=kind)
            else:
                path = self._temp / name
                path.parent.mkdir(exist_ok=True)
                with open(path, "xb") as handle:  # "x": two exhibits can never share a file
                    handle.write(data)
        except OSError as exc:
            raise CasefileError(f"Cannot write the bundle into {self.target.parent}: {exc.strerror or exc}.") from None
        self.bytes_written += len(data)

    def commit(self) -> None:
        """Flush everything to disk and give the bundle its name."""
        if self.target.exists():
            self.abort()
            raise CasefileError(f"{self.target} appeared while exporting; the export was not renamed onto it.")
        try:
            if self._zip is not None:
                self._zip.close()
                self._zip = None
                fsync_file(self._temp)
            else:
                _fsync_tree(self._temp)
            rename_file(self._temp, self.target)
            fsync_folder(self.target.parent)
        except OSError as exc:
            self.abort()
            raise CasefileError(f"Cannot finish writing {self.target}: {rename_failure(exc)}.") from None

    def abort(self) -> None:
        """Remove everything written so far (idempotent)."""
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        if self.is_zip:
            self._temp.unlink(missing_ok=True)
        else:
            shutil.rmtree(self._temp, ignore_errors=True)


def _fsync_tree(folder: Path) -> None:
    """Data of every file, then the folders: the rename must not publish files still in the page cache."""
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            fsync_file(path)  # opened for writing: Windows refuses to flush a read-only handle
    for sub in [p for p in folder.rglob("*") if p.is_dir()] + [folder]:
        fsync_folder(sub)
