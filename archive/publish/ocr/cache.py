"""The publisher's OCR cache: one JSON file per source file, so a rebuild redoes no OCR.

A key covers everything the result depends on: the file's SHA-256, the engine and its version, the
languages and the rendering resolution. A damaged or unreadable cache file is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from archive.errors import CasefileError
from archive.files import write_atomically

from .engine import engine_version
from .results import OcrResult, OcrSettings

FORMAT = 1  # bump when OcrResult's JSON changes, so old entries miss
_KEY = re.compile(r"[0-9a-f]{64}")


class OcrCache:
    """OCR results by file, in `folder` (created when first written)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def key(self, sha256: str, settings: OcrSettings) -> str:
        """The cache key of a file (by its SHA-256) read with these settings on this engine."""
        parts = [FORMAT, sha256.lower(), engine_version(), list(settings.languages), settings.dpi]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()

    def get(self, key: str) -> dict[int, OcrResult] | None:
        """Page number -> result, as put under `key`; None if there is none or it cannot be read."""
        try:
            data = json.loads(self._path(key).read_bytes())
            return {int(page): OcrResult.from_json(result) for page, result in data["pages"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, pages: dict[int, OcrResult]) -> None:
        """Store `pages` under `key`, atomically; a cache that cannot be written never fails the build."""
        data = {"pages": {str(page): result.to_json() for page, result in pages.items()}}
        try:
            write_atomically(self._path(key), json.dumps(data, ensure_ascii=False).encode())
        except (OSError, CasefileError):
            pass

    def _path(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"not an OCR cache key: {key!r}")
        return self.folder / f"{key}.json"
