"""The reader's own database (`UserStore`): annotations, audit log, settings and the key envelope.

One SQLite file per reader, never inside an archive. WAL with synchronous=FULL so a committed note
survives a crash or a yanked stick; one writer (the process that opened it) takes the write lock with
BEGIN IMMEDIATE and waits politely (busy timeout) for another Casefile process. Every write goes through
`UserStore.writing()`, which rolls back and raises a `StoreError` that says nothing was saved, so the
store stays usable after a full disk or a read-only medium.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from . import backup
from .annotations import Annotations
from .audit import AuditLog
from .errors import StoreError

if TYPE_CHECKING:
    from .crypto import FieldCipher

STORE_NAME = "casefile-store.sqlite"
BUSY_TIMEOUT_SECONDS = 5.0
ENVELOPE_SETTING = "key-envelope"

# The store's history, in order: user_version N means migrations 1..N have run. Never edit a shipped
# step; add a new one, so a store written by any older Casefile upgrades the same way.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: annotations and settings
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE annotations (
               id TEXT PRIMARY KEY, kind TEXT NOT NULL, archive_id TEXT NOT NULL,
               item_id TEXT, entity_id TEXT, item_sha256 TEXT,
               exact TEXT, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
               start INTEGER, end_ INTEGER, page INTEGER, region TEXT,
               note, tags, colour TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
               created TEXT NOT NULL, modified TEXT NOT NULL,
               CHECK ((item_id IS NULL) <> (entity_id IS NULL)))""",
        "CREATE INDEX annotations_item ON annotations (archive_id, item_id)",
    ),
    (  # 2: the audit log
        """CREATE TABLE audit (
               id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, action TEXT NOT NULL,
               covered TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}')""",
        "CREATE INDEX annotations_entity ON annotations (archive_id, entity_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    """Where the store lives: the reader's data folder (portable `data/`, $CASEFILE_DATA_DIR, platform)."""
    return paths.data_dir() / STORE_NAME


class UserStore:
    """The reader's own database: annotations, audit log, settings. Never inside an archive."""

    def __init__(self, path: Path, conn: sqlite3.Connection, notices: list[str]):
        self.path = path
        self.notices = notices
        self._conn = conn
        self._cipher: FieldCipher | None = None
        self.annotations = Annotations(self)
        self.audit = AuditLog(self)

    @classmethod
    def open(cls, path: Path | None = None) -> UserStore:
        """Open (creating, migrating, checking and backing up) the store; `notices` tells of recoveries."""
        path = Path(path) if path else default_path()
        _prepare_folder(path)
        notices: list[str] = []
        existed = path.exists()
        if existed:
            problem = backup.check_file(path)
            if problem:
                notices.append(backup.recover(path, problem))
                existed = path.exists()
        conn = _connect(path)
        try:
            migrate(conn, path)
            if existed:
                notices.extend(backup.backup_if_due(conn, path))
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, notices)

    def close(self) -> None:
        """Forget the key and close the database (a WAL checkpoint folds the log back into the file)."""
        self.lock()
        self._conn.close()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading and writing -------------------------------------------------------------------------
    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        """Rows of one read-only statement; a damaged or vanished file raises StoreError."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the annotation store at {self.path}: {exc}.") from None

    @contextmanager
    def writing(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any failure rolls it back and raises StoreError naming `what`."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise write_error(exc, self.path, what) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (e.g. after SQLITE_FULL): nothing left to undo

    # -- settings ------------------------------------------------------------------------------------
    def get_setting(self, name: str, default: Any = None) -> Any:
        """A preference kept in the store (e.g. "author"), or `default`."""
        rows = self.query("SELECT value FROM meta WHERE name = ?", (f"setting:{name}",))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, name: str, value: Any) -> None:
        """Keep a JSON-able preference in the store."""
        with self.writing(f"the setting {name!r}") as conn:
            conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                         (f"setting:{name}", json.dumps(value)))

    # -- encryption ----------------------------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return bool(self.query("SELECT 1 FROM meta WHERE name = ?", (ENVELOPE_SETTING,)))

    @property
    def locked(self) -> bool:
        """Encrypted and no key in memory: note bodies and tags are unreadable."""
        return self._cipher is None and self.encrypted

    @property
    def cipher(self) -> FieldCipher | None:
        """The unlocked field cipher, or None (plain store, or locked)."""
        return self._cipher

    def enable_encryption(self, passphrase: str, **cost: int) -> None:
        """Encrypt every note and tag under a new passphrase; later writes are encrypted too.

        `cost` (opslimit, memlimit) goes to FieldCipher.create: tests pass libsodium's minimum.
        """
        from .crypto import FieldCipher  # PyNaCl is loaded only by readers who encrypt

        if self.encrypted:
            raise StoreError("This annotation store is already encrypted; unlock it with its passphrase.")
        if not passphrase:
            raise StoreError("An empty passphrase protects nothing; choose one to encrypt the store.")
        cipher, envelope = FieldCipher.create(passphrase, **cost)
        with self.writing("the encryption of your notes and tags") as conn:
            self.annotations.seal_all(conn, cipher)
            conn.execute("INSERT INTO meta (name, value) VALUES (?, ?)", (ENVELOPE_SETTING, envelope.to_json()))
        self._cipher = cipher

    def unlock(self, passphrase: str) -> None:
        """Derive the key from the passphrase; WrongPassphrase if it is not this store's."""
        from .crypto import FieldCipher, KeyEnvelope

        rows = self.query("SELECT value FROM meta WHERE name = ?", (ENVELOPE_SETTING,))
        if not rows:
            raise StoreError("This annotation store is not encrypted; there is nothing to unlock.")
        self.lock()
        self._cipher = FieldCipher.unlock(passphrase, KeyEnvelope.from_json(rows[0][0]))

    def lock(self) -> None:
        """"Lock now": zero the key in memory; notes and tags read as unreadable until unlock()."""
        if self._cipher is not None:
            self._cipher.lock()
            self._cipher = None


def migrate(conn: sqlite3.Connection, path: Path, upto: int = SCHEMA_VERSION) -> None:
    """Run the migrations after the file's user_version, up to `upto`, in one transaction."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.execute("ROLLBACK")
            raise StoreError(f"The annotation store was written by a newer Casefile (store version {version}, "
                             f"this one reads up to {SCHEMA_VERSION}); update Casefile to open it.")
        for number in range(version + 1, upto + 1):
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {max(version, upto)}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise write_error(exc, path, "the store's upgrade") from None


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder {path.parent} for the annotation store: "
                         f"{exc.strerror or exc}. Choose a writable folder (set CASEFILE_DATA_DIR).") from None


def _connect(path: Path) -> sqlite3.Connection:
    """Open with the durability settings; isolation_level=None because writing() owns transactions."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the annotation store at {path}: {exc}. Check that the folder "
                         f"is writable, or set CASEFILE_DATA_DIR to one that is.") from None
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise StoreError(f"The annotation store at {path} cannot use write-ahead logging (got {mode!r}); "
                             f"keep it on a local, writable disk.")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Sorts and indexes in memory: a portable copy must leave no temp files on the host.
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.Error as exc:
        conn.close()
        raise write_error(exc, path, "opening the store") from None
    except StoreError:
        conn.close()
        raise
    return conn


def write_error(exc: sqlite3.Error, path: Path, what: str) -> StoreError:
    """Turn an SQLite failure into a message saying what happened, that nothing was saved, what to do."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return StoreError(f"The disk is full: {what} was not saved. Free some space on the disk holding "
                          f"{path.parent} and try again.")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return StoreError(f"The annotation store at {path} is read-only ({exc}): {what} was not saved. "
                          f"Copy Casefile to a writable place or set CASEFILE_DATA_DIR to a writable folder.")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(f"Another Casefile window is writing to the annotation store at {path}: {what} "
                          f"was not saved. Try again in a moment.")
    if code == sqlite3.SQLITE_IOERR:
        return StoreError(f"A disk error stopped Casefile writing to {path} ({exc}): {what} was not saved. "
                          f"Check the disk or stick, then try again.")
    return StoreError(f"The annotation store at {path} could not be written ({exc}): {what} was not saved.")
