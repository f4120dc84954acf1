"""Read a publisher's source folder: `archive.toml`, the report and image files, and their sidecars.

The folder format is described in docs/source-format.md. Everything here is cheap (no file contents
are parsed beyond TOML and JSON sidecars) so problems are reported before the slow work starts.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..errors import BuildError, SourceError
from ..reader import Metadata
from . import formats

REPORT_SUFFIXES = formats.suffixes("report")
IMAGE_SUFFIXES = formats.suffixes("image")
SIDECAR_SUFFIX = ".meta.json"
ITEM_ID_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
MAX_SIDECAR_BYTES = 1_000_000

SIDECAR_STRINGS = ("title", "date", "source", "language", "caption", "place")
SIDECAR_LISTS = ("languages", "authors", "entities")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class SourceFile:
    """One report or image to add, with its (validated) sidecar metadata."""

    item_id: str
    kind: str
    path: Path
    rel_path: str
    sidecar: dict


def read_archive_toml(source_dir: Path) -> Metadata:
    """Parse archive.toml into the metadata the archive will carry; title, publisher and edition are
    required."""
    path = source_dir / "archive.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildError(f"{source_dir} has no archive.toml; see docs/source-format.md.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"{path}: {exc}") from None
    missing = [key for key in ("title", "publisher", "edition") if not isinstance(data.get(key), str)]
    if missing:
        raise BuildError(f"{path}: missing required text field(s): {', '.join(missing)}.")
    languages = data.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(code, str) for code in languages):
        raise BuildError(f"{path}: 'languages' must be a list of language codes.")
    archive_id = data.get("id") or str(uuid.uuid5(uuid.NAMESPACE_URL, f"casefile:{data['publisher']}:{data['title']}"))
    return Metadata(
        archive_id=str(archive_id),
        title=data["title"],
        publisher=data["publisher"],
        description=str(data.get("description", "")),
        languages=tuple(languages),
        licence=str(data.get("licence", "")),
        edition=data["edition"],
        created=_created(data.get("created")),
        generator=f"casefile {__version__}",
    )


def _created(value: object) -> str:
    """archive.toml's `created`, else SOURCE_DATE_EPOCH (reproducible builds), else now."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, str) and value:
        return value
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch and epoch.isdigit() else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def discover(source_dir: Path) -> tuple[list[SourceFile], list[SourceError]]:
    """Every report and image in the folder, sorted, with sidecars; plus the files that cannot be used."""
    found: list[SourceFile] = []
    problems: list[SourceError] = []
    seen: dict[str, str] = {}
    for kind, folder, suffixes in (("report", "reports", REPORT_SUFFIXES), ("image", "images", IMAGE_SUFFIXES)):
        for path in sorted((source_dir / folder).glob("*")) if (source_dir / folder).is_dir() else ():
            rel = f"{folder}/{path.name}"
            if path.name.endswith(SIDECAR_SUFFIX) or path.name.startswith(".") or not path.is_file():
                continue
            suffix = path.suffix.lower()
            if suffix not in suffixes:
                problems.append(SourceError(rel, f"unsupported file type {suffix or '(none)'}; "
                                            f"expected one of {', '.join(sorted(suffixes))}"))
                continue
            try:
                found.append(_source_file(kind, folder, path, rel, seen))
            except SourceError as exc:
                problems.append(exc)
    return found, problems


def _source_file(kind: str, folder: str, path: Path, rel: str, seen: dict[str, str]) -> SourceFile:
    stem = path.name[: -len(path.suffix)]
    if not ITEM_ID_STEM.match(stem):
        raise SourceError(rel, "file name must use only letters, digits, '-', '_' and '.' (it becomes the item id)")
    item_id = f"{folder}/{stem}"
    if item_id in seen:
        raise SourceError(rel, f"has the same item id {item_id!r} as {seen[item_id]}; rename one of them")
    seen[item_id] = rel
    return SourceFile(item_id, kind, path, rel, _read_sidecar(path.with_name(stem + SIDECAR_SUFFIX), folder))


def _read_sidecar(path: Path, folder: str) -> dict:
    rel = f"{folder}/{path.name}"
    if not path.exists():
        return {}
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise SourceError(rel, "sidecar is larger than 1 MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SourceError(rel, f"sidecar is not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise SourceError(rel, "sidecar must be a JSON object")
    for key in SIDECAR_STRINGS:
        if key in data and not isinstance(data[key], str):
            raise SourceError(rel, f"'{key}' must be a string")
    for key in SIDECAR_LISTS:
        if key in data and not (isinstance(data[key], list) and all(isinstance(v, str) for v in data[key])):
            raise SourceError(rel, f"'{key}' must be a list of strings")
    if "date" in data and not DATE.match(data["date"]):
        raise SourceError(rel, f"'date' must be YYYY, YYYY-MM or YYYY-MM-DD, not {data['date']!r}")
    if "synthetic" in data and not isinstance(data["synthetic"], bool):
        raise SourceError(rel, "'synthetic' must be true or false")
    return data
