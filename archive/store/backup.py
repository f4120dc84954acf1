"""Integrity check, rotating backups and recovery for the reader's store (as Anki does for collections).

On open the store is checked (`PRAGMA quick_check`). At most once a day an online copy is written into
`backups/` beside the store with SQLite's backup API (consistent even while the store is open), and the
oldest copies beyond `KEEP` are removed. A damaged store is kept aside, never deleted, and the newest
backup that passes the same check takes its place. Protecting the store `purge`s them all (they were
copied before protection), damaged stores set aside included.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..files import fsync_file, fsync_folder, replace_file
from .errors import StoreError

BACKUP_FOLDER = "backups"
KEEP = 7
INTERVAL = timedelta(days=1)
STAMP = "%Y%m%dT%H%M%SZ"
# SQLite's own "this is not a usable database" answers; anything else (busy, I/O) is not damage.
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def backup_folder(store_path: Path) -> Path:
    """`backups/` beside the store, so a portable copy keeps its backups inside its own folder."""
    return store_path.parent / BACKUP_FOLDER


def backups(store_path: Path) -> list[Path]:
    """This store's backups, newest first."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{store_path.stem}-*.sqlite") if _stamp(store_path, p) is not None]
    return sorted(found, key=lambda p: _stamp(store_path, p), reverse=True)


def _stamp(store_path: Path, backup: Path) -> datetime | None:
    text = backup.name[len(store_path.stem) + 1:-len(".sqlite")]
    try:
        return datetime.strptime(text, STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def check_file(path: Path) -> str:
    """"" if `path` passes SQLite's quick check, else what is wrong with it."""
    try:
        conn = sqlite3.connect(path, timeout=5.0)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the annotation store at {path}: {exc}.") from None
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in DAMAGE_CODES:
            return str(exc)
        raise StoreError(f"Cannot check the annotation store at {path}: {exc}. Try again; if it goes on, "
                         f"restore a copy from {backup_folder(path)}.") from None
    finally:
        conn.close()
    problems = [row[0] for row in rows if row[0] != "ok"]
    return "; ".join(problems[:3])


def make_backup(conn: sqlite3.Connection, store_path: Path, now: datetime | None = None,
                keep: int = KEEP) -> Path:
    """Copy the open store into backups/ (written aside, then renamed) and drop the oldest beyond `keep`."""
    now = now or datetime.now(timezone.utc)
    folder = backup_folder(store_path)
    target = folder / f"{store_path.stem}-{now.strftime(STAMP)}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            copy.execute("PRAGMA secure_delete = ON")
            conn.backup(copy)
            # A backup is one self-contained file: no -wal beside it to lose when it is copied.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        fsync_file(partial)  # opened for writing: Windows refuses to flush a read-only handle
        replace_file(partial, target)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StoreError(f"The backup of the annotation store could not be written to {folder} ({exc}); "
                         f"your annotations are safe, but free some space so backups can resume.") from None
    for old in backups(store_path)[keep:]:
        with contextlib.suppress(OSError):  # an old copy left over does no harm; the next rotation retries
            old.unlink(missing_ok=True)
    return target


def backup_if_due(conn: sqlite3.Connection, store_path: Path, now: datetime | None = None,
                  keep: int = KEEP) -> list[str]:
    """Back up when the newest backup is a day old (or from the future: a clock was changed).

    Returns notices for the reader instead of raising: a failed backup must not stop them reading.
    """
    now = now or datetime.now(timezone.utc)
    existing = backups(store_path)
    if existing:
        age = now - _stamp(store_path, existing[0])
        if timedelta(0) <= age < INTERVAL:
            return []
    try:
        make_backup(conn, store_path, now, keep)
    except StoreError as exc:
        return [str(exc)]
    return []


def purge(store_path: Path) -> None:
    """Delete every backup of the store (partial ones and their journals too) and every damaged store
    set aside beside it, overwriting each with zeros first; StoreError naming the first that resists.

    Overwriting in place is what a program can do: on SSDs and copy-on-write file systems the old blocks
    may survive until reused, which only full-disk encryption covers.
    """
    folder = backup_folder(store_path)
    doomed = sorted(folder.glob(f"{store_path.stem}-*")) if folder.is_dir() else []
    doomed += sorted(store_path.parent.glob(f"{store_path.name}.damaged-*"))
    for path in doomed:
        try:
            _overwrite(path)
            path.unlink()
        except OSError as exc:
            raise StoreError(f"{path} could not be deleted ({exc.strerror or exc}); delete it yourself") from None
    for parent in {path.parent for path in doomed}:
        fsync_folder(parent)


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for _ in range(0, size, 1 << 20):
            handle.write(bytes(min(1 << 20, size - handle.tell())))
        handle.flush()
        os.fsync(handle.fileno())


def recover(store_path: Path, problem: str, now: datetime | None = None) -> str:
    """Keep the damaged store aside and put the newest good backup in its place; returns what was done."""
    now = now or datetime.now(timezone.utc)
    aside = store_path.with_name(f"{store_path.name}.damaged-{now.strftime(STAMP)}")
    try:
        # The -wal belongs to the damaged file: left behind, it would be replayed onto the backup.
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{store_path}{suffix}")
            if source.exists():
                replace_file(source, Path(f"{aside}{suffix}"))
        good = next((b for b in backups(store_path) if not check_file(b)), None)
        if good is not None:
            shutil.copyfile(good, store_path)
            fsync_folder(store_path.parent)
    except OSError as exc:
        raise StoreError(f"The annotation store at {store_path} is damaged ({problem}) and could not be "
                         f"moved aside ({exc.strerror or exc}); copy it somewhere safe and move it away "
                         f"to start afresh.") from None
    if good is None:
        return (f"The annotation store was damaged ({problem}) and no good backup was found: it was kept at "
                f"{aside} and Casefile started an empty store.")
    when = _stamp(store_path, good).strftime("%Y-%m-%d %H:%M UTC")
    return (f"The annotation store was damaged ({problem}): it was kept at {aside} and the backup of {when} "
            f"was restored. Annotations made after that time are not in it.")
