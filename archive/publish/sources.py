"""Read a publisher's source folder: `archive.toml`, every file in it (sub-folders included), and
their sidecars.

The folder format is described in docs/source-format.md. Everything here is cheap (no file contents
are parsed beyond TOML and JSON sidecars) so problems are reported before the slow work starts.
Every file becomes an item: its id is its path without the suffix when that is safe and unique
(`reports/xpcc-overview`, `leak/疏附县 名单 2018`), its path in full when another file shares the
stem, and a cleaned path with a short hash of the real one when the name holds characters an id
must not (controls, bidi overrides, `\\ : * ? " < > |`). The real path is stored and shown.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import tomllib
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from .. import __version__
from ..errors import BuildError, SourceError
from ..reader import Metadata

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 1_000_000

SIDECAR_STRINGS = ("title", "date", "source", "language", "caption", "place")
SIDECAR_LISTS = ("languages", "authors", "entities")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


ENTITY_FOLDER = "entities"
ENTITY_FILE_SUFFIXES = (".jsonl", ".ftm.json", ".ndjson", ".csv")
# Files an operating system leaves in folders; never evidence. Hidden files and folders are skipped
# too (a .git folder would add thousands of items); each one skipped is listed in the build report.
SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "__macosx", "$recycle.bin"})
MAX_ID_CHARS = 240
# Characters an item id may hold besides letters, marks and digits of any script.
ID_PUNCTUATION = frozenset(" -_.,()[]{}'&+!@#%=~;")


@dataclass(frozen=True)
class SourceFile:
    """One file to add, with its (validated) sidecar metadata. `path` is where to read it (a child's
    is its name inside the parent, never opened); `rel_path` its path as shown in the archive."""

    item_id: str
    path: Path | PurePosixPath
    rel_path: str
    sidecar: dict
    parent_id: str | None = None

    @property
    def folder(self) -> str:
        return self.rel_path.rpartition("/")[0]


@dataclass(frozen=True)
class Skipped:
    """A file not added, and why (hidden or system files, links, unreadable folders)."""

    rel_path: str
    reason: str
    listed: bool = False  # left out as archive.toml asks: reported, not a warning


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


def read_exclude(source_dir: Path) -> tuple[str, ...]:
    """archive.toml's `exclude`: patterns of paths that are not evidence (tools, notes, keys)."""
    try:
        data = tomllib.loads((source_dir / "archive.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ()  # read_archive_toml has said what is wrong
    patterns = data.get("exclude", [])
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p.strip("/") for p in patterns):
        raise BuildError(f"{source_dir / 'archive.toml'}: 'exclude' must be a list of path patterns, "
                         f"e.g. [\"notes/\", \"*.tmp\"].")
    return tuple(patterns)


def _excluded(rel: str, patterns: tuple[str, ...]) -> str | None:
    for pattern in patterns:
        folder = pattern.rstrip("/")
        if fnmatch.fnmatchcase(rel, folder) or rel.startswith(folder + "/") or (
                "/" not in pattern.rstrip("/") and fnmatch.fnmatchcase(rel.rpartition("/")[2], folder)):
            return pattern
    return None


def discover(source_dir: Path, exclude: tuple[Path, ...] = ()) -> tuple[list[SourceFile], list[SourceError],
                                                                      list[Skipped]]:
    """Every file in the folder, recursively and sorted by path, with its sidecar; the problems
    (bad sidecars, sidecars without a file); the files left out and why (archive.toml's `exclude`,
    hidden and system files, links). `exclude`: the build's own output files, when they are inside
    the folder."""
    paths, skipped = _walk(source_dir, {p.resolve() for p in exclude})
    patterns = read_exclude(source_dir)
    rel_paths = {}
    for path in paths:
        rel = _rel(source_dir, path)
        pattern = _excluded(rel, patterns)
        if pattern is None:
            rel_paths[rel] = path
        else:
            skipped.append(Skipped(rel, f"excluded by archive.toml ({pattern!r})", listed=True))
    sidecars = {rel for rel in rel_paths if rel.endswith(SIDECAR_SUFFIX)}
    files = sorted(rel for rel in rel_paths if rel not in sidecars and not _is_entity_file(rel))
    ids = item_ids(files)
    found, problems, used = [], [], set()
    for rel in files:
        sidecar_rel = _sidecar_of(rel)
        used.add(sidecar_rel)
        try:
            sidecar = _read_sidecar(rel_paths[sidecar_rel], sidecar_rel) if sidecar_rel in sidecars else {}
        except SourceError as exc:
            problems.append(exc)
            sidecar = {}
        found.append(SourceFile(ids[rel], rel_paths[rel], rel, sidecar))
    problems += [SourceError(rel, f"sidecar without a file: no file named {rel[:-len(SIDECAR_SUFFIX)]}.* "
                                  f"beside it; its metadata was not used") for rel in sorted(sidecars - used)]
    return found, problems, skipped


def _walk(folder: Path, exclude: set[Path]) -> tuple[list[Path], list[Skipped]]:
    files, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=lambda exc: skipped.append(
            Skipped(_rel(folder, Path(exc.filename)), f"folder cannot be read ({exc.strerror})"))):
        here = Path(dirpath)
        for name in sorted(dirnames):
            if _hidden(name) or (here / name).is_symlink():
                dirnames.remove(name)
                skipped.append(Skipped(_rel(folder, here / name) + "/", _why_skipped(here / name)))
        for name in sorted(filenames):
            path = here / name
            if here == folder and name == "archive.toml" or path.resolve() in exclude:
                continue
            if _hidden(name) or path.is_symlink() or not path.is_file():
                skipped.append(Skipped(_rel(folder, path), _why_skipped(path)))
            else:
                files.append(path)
    return files, skipped


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.lower() in SYSTEM_FILES


def _why_skipped(path: Path) -> str:
    if path.is_symlink():
        return "a symbolic link: not followed (copy the file itself into the folder)"
    if not path.is_dir() and not path.is_file():
        return "not a regular file (a device, pipe or socket)"
    return "a hidden or system file" + (" folder: nothing in it was read" if path.is_dir() else "")


def _rel(root: Path, path: Path) -> str:
    # One spelling of each name: macOS hands out decomposed (NFD) names, Windows and Linux composed.
    return unicodedata.normalize("NFC", path.relative_to(root).as_posix())


def _is_entity_file(rel: str) -> bool:
    folder, _, name = rel.rpartition("/")
    return folder == ENTITY_FOLDER and name.lower().endswith(ENTITY_FILE_SUFFIXES)


def _sidecar_of(rel: str) -> str:
    stem = _stem(rel)
    return stem + SIDECAR_SUFFIX


def _stem(rel: str) -> str:
    folder, slash, name = rel.rpartition("/")
    dot = name.rfind(".")
    return folder + slash + (name[:dot] if dot > 0 else name)


def item_ids(rel_paths: list[str]) -> dict[str, str]:
    """The item id of each path: deterministic, unique, and the same for a file whatever else the
    folder holds, except that files sharing a stem (`same.pdf`, `same.txt`) keep their suffixes."""
    stems: dict[str, int] = {}
    for rel in rel_paths:
        stems[_stem(rel)] = stems.get(_stem(rel), 0) + 1
    ids = {}
    for rel in rel_paths:
        wanted = _stem(rel) if stems[_stem(rel)] == 1 else rel
        ids[rel] = wanted if safe_id(wanted) == wanted else _hashed_id(safe_id(wanted), rel)
    return ids


def child_id(parent_id: str, name: str, taken: set[str]) -> str:
    """The id of a file inside item `parent_id` (an attachment): parent id + "/" + its cleaned name,
    numbered when two parts share a name."""
    base = f"{parent_id}/{safe_id(name.replace('/', '_')) or 'part'}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base} ({n})"
    taken.add(candidate)
    return candidate


def safe_id(path: str) -> str:
    """`path` with every character an item id must not hold replaced by "_", and each folder name
    trimmed of spaces and dots at its ends."""
    parts = []
    for part in path.split("/"):
        cleaned = "".join(ch if _id_char(ch) else "_" for ch in part).strip(" .")
        parts.append(cleaned or "_")
    return "/".join(parts)[:MAX_ID_CHARS]


def _id_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" or ch in ID_PUNCTUATION


def _hashed_id(cleaned: str, rel: str) -> str:
    # The hash of the real path keeps two names that clean to the same text apart.
    return f"{cleaned[:MAX_ID_CHARS - 9]}~{hashlib.sha256(rel.encode()).hexdigest()[:8]}"


def _read_sidecar(path: Path, rel: str) -> dict:
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
