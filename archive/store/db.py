"""The reader's own database (`UserStore`): annotations, audit log, searches, settings and the key envelope.

One SQLite file per reader, never inside an archive. WAL with synchronous=FULL so a committed note
survives a crash or a yanked stick; one writer (the process that opened it) takes the write lock with
BEGIN IMMEDIATE and waits politely (busy timeout) for another Casefile process. Every write goes through
`UserStore.writing()`, which rolls back and raises a `StoreError` that says nothing was saved, so the
store stays usable after a full disk or a read-only medium.

Protection (`enable_encryption`, `change_passphrase`) seals notes, tags, quotes with their context,
positions, regions, author names, an import's reasons, the audit log's particulars and the reader's
searches (history and saved); it leaves readable which items and entities of which archive carry
annotations, of what kind, their colours and times, whether they were imported (with which motivation and note format), and the time and kind of
each audit entry (item ids stay readable so the store can be browsed while locked). Every connection
deletes securely (`secure_delete`), and each protection step ends by rewriting the whole file (VACUUM, WAL checkpointed and truncated) and replacing
every backup: SQLite builds without SECURE_DELETE (CPython's on Windows) leave deleted text in free
pages, and the backups were copied before protection. A marker in `meta` says a rewrite is owed until
it is done, so a crash or a full disk part-way is finished at the next open.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from . import backup, searches
from .annotations import Annotations
from .audit import AuditLog
from ..errors import CasefileError
from .errors import StoreError

if TYPE_CHECKING:
    from .crypto import FieldCipher, KeyEnvelope

STORE_NAME = "casefile-store.sqlite"
BUSY_TIMEOUT_SECONDS = 5.0
ENVELOPE_SETTING = "key-envelope"
DROP_BOX_PUBLIC = "drop-box-public"   # audit entries are sealed to this public key, even while locked
DROP_BOX_SECRET = "drop-box-secret"   # its secret key, sealed with the data key
REWRITE_PENDING = "rewrite-pending"   # set with every sealing; removed once no unprotected copy is left
# Settings that name the reader or say what they look for: sealed in a protected store.
PRIVATE_SETTINGS = ("author", searches.HISTORY_SETTING, searches.SAVED_SETTING)

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
    (  # 3: what an imported annotation keeps from another tool, and why it may not fit (w3c import)
        "ALTER TABLE annotations ADD COLUMN motivation TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE annotations ADD COLUMN note_format TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE annotations ADD COLUMN author_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE annotations ADD COLUMN imported INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE annotations ADD COLUMN orphan TEXT NOT NULL DEFAULT ''",
    ),
    (  # 4: what a protected store seals beyond notes and tags (quotes, positions, authors, audit particulars)
        "ALTER TABLE annotations ADD COLUMN sealed BLOB",
        "ALTER TABLE audit ADD COLUMN sealed BLOB",
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
        self._envelope = ""  # the envelope `_cipher` came from: another window may change the passphrase
        self.annotations = Annotations(self)
        self.audit = AuditLog(self)
        self.searches = searches.Searches(self)

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
            store = cls(path, conn, notices)
            if store._rewrite_pending():  # a rewrite cut short: it makes a fresh backup when done
                notices.extend(store.wipe_plain_copies())
            elif existed:
                notices.extend(backup.backup_if_due(conn, path))
        except BaseException:
            conn.close()
            raise
        return store

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
        """A preference kept in the store (e.g. "author"), or `default`; StoreError if it is sealed and
        the store is locked."""
        rows = self.query("SELECT value FROM meta WHERE name = ?", (f"setting:{name}",))
        return self._decoded_setting(name, rows[0][0]) if rows else default

    def set_setting(self, name: str, value: Any) -> None:
        """Keep a JSON-able preference in the store (sealed, if it is private and the store is protected)."""
        stored = self._encoded_setting(name, value)
        with self.writing(f"the setting {name!r}") as conn:
            conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (f"setting:{name}", stored))

    def update_setting(self, name: str, default: Any, change: Callable[[Any], Any], what: str = "") -> Any:
        """Read a setting (or `default`), pass it to `change` and keep what that returns, in one write
        transaction, so a change made by another Casefile window in between is not lost. StoreError
        (from reading, writing or `change` itself) leaves the setting as it was."""
        with self.writing(what or f"the setting {name!r}") as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (f"setting:{name}",)).fetchone()
            value = change(self._decoded_setting(name, row[0]) if row else default)
            conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                         (f"setting:{name}", self._encoded_setting(name, value)))
        return value

    def _decoded_setting(self, name: str, value: str | bytes) -> Any:
        if isinstance(value, bytes):  # a private setting of a protected store
            value = self._open_setting(name, value)
        return json.loads(value)

    def _encoded_setting(self, name: str, value: Any) -> str | bytes:
        stored = json.dumps(value)
        if name in PRIVATE_SETTINGS and self.encrypted:
            cipher = self.cipher
            if cipher is None:
                raise StoreError(f"The annotation store is locked: unlock it with your passphrase to change the "
                                 f"setting {name!r}. Nothing was saved.")
            return cipher.seal(stored, _setting_aad(name))
        return stored

    def _open_setting(self, name: str, sealed: bytes) -> str:
        from .crypto import TamperedValue

        cipher = self.cipher
        if cipher is None:
            raise StoreError(f"The annotation store is locked: unlock it with your passphrase to use the "
                             f"setting {name!r}.")
        try:
            return cipher.open(sealed, _setting_aad(name))
        except TamperedValue as exc:
            raise StoreError(f"The setting {name!r}: {exc}") from None

    def _meta(self, name: str) -> Any:
        rows = self.query("SELECT value FROM meta WHERE name = ?", (name,))
        return rows[0][0] if rows else None

    # -- encryption ----------------------------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return self._meta(ENVELOPE_SETTING) is not None

    @property
    def locked(self) -> bool:
        """Encrypted and no key in memory: notes, tags, quotes and authors are unreadable."""
        return self.cipher is None and self.encrypted

    @property
    def cipher(self) -> FieldCipher | None:
        """The unlocked field cipher, or None (plain store, or locked)."""
        if self._cipher is not None and self._meta(ENVELOPE_SETTING) != self._envelope:
            self.lock()  # the passphrase was changed elsewhere: this key would seal what nobody can open
        return self._cipher

    @property
    def drop_box(self) -> bytes | None:
        """The public key audit entries are sealed to (None: the store is not protected)."""
        return self._meta(DROP_BOX_PUBLIC)

    def open_dropped(self, value: bytes) -> str:
        """A value sealed to `drop_box` (an audit entry); StoreLocked or TamperedValue if it cannot be read."""
        from .crypto import StoreLocked

        cipher = self.cipher
        if cipher is None:
            raise StoreLocked()
        return cipher.open_dropped(self._meta(DROP_BOX_SECRET), value)

    def enable_encryption(self, passphrase: str, **cost: int) -> list[str]:
        """Seal everything private (see the module docstring) under a new passphrase, then rewrite the
        store and replace its backups so no unprotected copy is left. Returns what the rewrite could not
        do (the notes are sealed even then); `cost` (opslimit, memlimit) goes to FieldCipher.create."""
        from .crypto import FieldCipher  # PyNaCl is loaded only by readers who encrypt

        if self.encrypted:
            raise StoreError("This annotation store is already encrypted; unlock it with its passphrase.")
        if not passphrase:
            raise StoreError("An empty passphrase protects nothing; choose one to encrypt the store.")
        cipher, envelope = FieldCipher.create(passphrase, **cost)
        self._reseal("the encryption of your notes", None, cipher, envelope)
        return self.wipe_plain_copies()

    def change_passphrase(self, current: str, new: str, **cost: int) -> list[str]:
        """Re-encrypt everything under a new data key wrapped by `new`, in one transaction (a failure
        leaves the store as it was), then rewrite the store and replace its backups, so neither the old
        passphrase nor an old backup opens anything. WrongPassphrase if `current` is not this store's."""
        from .crypto import FieldCipher

        if not new:
            raise StoreError("An empty passphrase protects nothing; choose a new one. Nothing was changed.")
        old = FieldCipher.unlock(current, self._envelope_record())
        try:
            cipher, envelope = FieldCipher.create(new, **cost)
            self._reseal("the change of passphrase", old, cipher, envelope)
        finally:
            old.lock()
        return self.wipe_plain_copies()

    def unlock(self, passphrase: str) -> list[str]:
        """Derive the key from the passphrase; WrongPassphrase if it is not this store's. Seals what an
        older Casefile left readable; returns the problems of doing so (the store is unlocked even then)."""
        from .crypto import FieldCipher

        envelope = self._envelope_record()
        self.lock()
        self._cipher = FieldCipher.unlock(passphrase, envelope)
        self._envelope = self._meta(ENVELOPE_SETTING)
        if self._plain_leftovers():
            try:
                self._reseal("the sealing of what older Casefile versions left readable", self._cipher,
                             self._cipher, None)
            except CasefileError as exc:
                return [str(exc)]
        return self.wipe_plain_copies() if self._rewrite_pending() else []

    def lock(self) -> None:
        """"Lock now": zero the key in memory; notes and tags read as unreadable until unlock()."""
        if self._cipher is not None:
            self._cipher.lock()
            self._cipher = None

    def _envelope_record(self) -> KeyEnvelope:
        from .crypto import KeyEnvelope

        text = self._meta(ENVELOPE_SETTING)
        if text is None:
            raise StoreError("This annotation store is not encrypted; there is nothing to unlock.")
        return KeyEnvelope.from_json(text)

    def _reseal(self, what: str, old: FieldCipher | None, new: FieldCipher, envelope: KeyEnvelope | None) -> None:
        """Write every private value sealed by `new` (read with `old`; None: plain), in one transaction."""
        public, secret = new.new_drop_box()
        old_secret = self._meta(DROP_BOX_SECRET)
        opener = (lambda value: old.open_dropped(old_secret, value)) if old else None
        with self.writing(what) as conn:
            self.annotations.reseal(conn, old, new)
            self.audit.reseal(conn, opener, public)
            for name in PRIVATE_SETTINGS:
                _reseal_setting(conn, name, old, new)
            meta = [(DROP_BOX_PUBLIC, public), (DROP_BOX_SECRET, secret), (REWRITE_PENDING, "1")]
            if envelope is not None:
                meta.append((ENVELOPE_SETTING, envelope.to_json()))
            conn.executemany("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", meta)
        if new is not self._cipher:
            self.lock()
            self._cipher = new
        self._envelope = self._meta(ENVELOPE_SETTING)

    def _plain_leftovers(self) -> bool:
        """Whether a protected store still holds values an older Casefile did not seal."""
        private = ", ".join("?" * len(PRIVATE_SETTINGS))
        return bool(self.query(
            "SELECT EXISTS (SELECT 1 FROM annotations WHERE sealed IS NULL) "
            "OR EXISTS (SELECT 1 FROM audit WHERE sealed IS NULL) "
            "OR NOT EXISTS (SELECT 1 FROM meta WHERE name = ?) "
            f"OR EXISTS (SELECT 1 FROM meta WHERE name IN ({private}) AND typeof(value) <> 'blob')",
            (DROP_BOX_PUBLIC, *(f"setting:{name}" for name in PRIVATE_SETTINGS)))[0][0])

    # -- leaving no unprotected copy -----------------------------------------------------------------
    def _rewrite_pending(self) -> bool:
        return self._meta(REWRITE_PENDING) is not None

    def wipe_plain_copies(self) -> list[str]:
        """Rewrite every page of the store, empty its WAL, delete the backups and any damaged store set
        aside, then make one new backup. Returns what could not be done; the marker stays until it is."""
        try:
            self._conn.execute("VACUUM")
            self._checkpoint()
            backup.purge(self.path)
            with self.writing("the end of the store's rewrite") as conn:
                conn.execute("DELETE FROM meta WHERE name = ?", (REWRITE_PENDING,))
            self._checkpoint()
        except (sqlite3.Error, OSError, StoreError) as exc:
            return [f"Your notes are sealed, but older unprotected copies of them could not all be removed "
                    f"({exc}). Casefile tries again each time it opens the store; free some disk space and "
                    f"close other Casefile windows."]
        return backup.backup_if_due(self._conn, self.path)

    def _checkpoint(self) -> None:
        """Fold the WAL into the file and truncate it to nothing, so no old page version stays in it."""
        busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError("another Casefile window was reading the store, so its log could not be emptied")


def _setting_aad(name: str) -> bytes:
    return f"setting:{name}".encode()


def _reseal_setting(conn: sqlite3.Connection, name: str, old: FieldCipher | None, new: FieldCipher) -> None:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (f"setting:{name}",)).fetchone()
    if row is None:
        return
    value = row[0]
    if isinstance(value, bytes):  # sealed only in a protected store, whose cipher `old` then is
        if old is None:
            raise StoreError(f"The setting {name!r} is stored encrypted in a store that is not; set it again.")
        value = old.open(value, _setting_aad(name))
    conn.execute("UPDATE meta SET value = ? WHERE name = ?", (new.seal(value, _setting_aad(name)), f"setting:{name}"))


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
        # macOS: a commit's fsync is F_FULLFSYNC, or it sits in the drive's cache a pulled stick loses.
        # (Elsewhere SQLite ignores both.)
        conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA checkpoint_fullfsync = ON")
        # Deleted text is overwritten, not left in free pages (off by default in some builds, e.g. Windows').
        conn.execute("PRAGMA secure_delete = ON")
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
