"""Whether the README's screenshots were rendered from the UI as it is now (Qt-free, shared with the tests).

`capture.py` writes `rendered-from.txt`: a SHA-256 over every file the pictures depend on, then the
name of each picture it rendered. `tests/test_screenshots.py` recomputes the hash and fails when the
viewer, its translations, fonts, icons, the sample or the script changed since the last capture.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RECORD = HERE / "rendered-from.txt"
# What is drawn: the viewer's code (styles and themes live in it), translations, fonts, icons, the sample
# archive's sources (not the tools that generated them) and the script that arranges each picture.
DEPENDENCIES = ("viewer/**/*.py", "resources/translations/*.qm", "resources/fonts/*", "resources/icons/*",
                "resources/sample/**/*", "docs/screenshots/capture.py", "docs/screenshots/freshness.py")
EXCLUDED = ("resources/sample/_tools/",)
# A checkout with Windows line endings holds the same text: hash these with \n line ends.
TEXT_SUFFIXES = {".py", ".md", ".toml", ".json", ".jsonl", ".csv", ".txt", ".svg", ".html"}


def dependencies(root: Path = ROOT) -> list[Path]:
    """Every file the screenshots depend on, sorted by its path relative to `root`."""
    found = {path for pattern in DEPENDENCIES for path in root.glob(pattern) if path.is_file()}
    relative = (path.relative_to(root).as_posix() for path in found)
    return [root / rel for rel in sorted(relative)
            if not rel.startswith(EXCLUDED) and "__pycache__" not in rel]


def ui_hash(root: Path = ROOT) -> str:
    """SHA-256 over each dependency's relative path and bytes, in path order."""
    digest = hashlib.sha256()
    for path in dependencies(root):
        data = path.read_bytes()
        if path.suffix in TEXT_SUFFIXES:
            data = data.replace(b"\r\n", b"\n")
        rel = path.relative_to(root).as_posix().encode()
        digest.update(len(rel).to_bytes(8, "big") + rel + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def write_record(images: list[str], record: Path = RECORD) -> None:
    """Record the current UI hash and the pictures rendered from it."""
    lines = [f"sha256 {ui_hash()}", *(f"image {name}" for name in sorted(images))]
    record.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_record(record: Path = RECORD) -> tuple[str, list[str]]:
    """The hash and picture names `write_record` stored ("" and [] if there is no record)."""
    if not record.exists():
        return "", []
    fields = [line.split(" ", 1) for line in record.read_text(encoding="utf-8").splitlines() if " " in line]
    digest = next((value for key, value in fields if key == "sha256"), "")
    return digest, [value for key, value in fields if key == "image"]
