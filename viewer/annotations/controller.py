"""The main window's handle on the reader's store: the one writer, and the signal every view follows.

One `UserStore` is opened per main window and only the GUI thread writes to it. Every change made
through here emits `changed(archive_id)`, so an item's sidebar, its reader's painted highlights and
the Annotations view all redraw from the store rather than patching their own copies. If the store
cannot be opened (read-only media, a damaged file), `problem` says why and the viewer reads on
without annotations; write errors (`StoreError`, a `CasefileError`) are raised to the caller, which
shows the message and keeps what the reader typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QToolTip

from archive import CasefileError

from archive.store import Annotation, UserStore, importing, w3c

from ..i18n import isolate

AUTHOR_SETTING = "author"
# The audit log's actions (`archive.store.audit.ACTIONS`, stored as they are) as the reader sees them.
AUDIT_ACTION_LABELS = {"export": QT_TRANSLATE_NOOP("Annotations", "Export"),
                       "copy": QT_TRANSLATE_NOOP("Annotations", "Copy"),
                       "trust-key": QT_TRANSLATE_NOOP("Annotations", "Key trusted"),
                       "revoke-key": QT_TRANSLATE_NOOP("Annotations", "Key revoked"),
                       "verify": QT_TRANSLATE_NOOP("Annotations", "Verification"),
                       "import": QT_TRANSLATE_NOOP("Annotations", "Import")}


def audit_action_label(action: str) -> str:
    """An audit action in the UI language (an unknown one as stored)."""
    label = AUDIT_ACTION_LABELS.get(action)
    return QCoreApplication.translate("Annotations", label) if label else action


class StoreController(QObject):
    """Annotations, settings, encryption and audit of the reader's store, for the GUI."""

    changed = Signal(str)  # archive id whose annotations changed; "" for all (locked, unlocked)
    undoAvailable = Signal(bool)
    # True just before `changed("")` on Lock Now (views take every note and tag off the screen), False
    # just after it on unlock (they put back what the reader had typed and not saved).
    lockedChanged = Signal(bool)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: UserStore | None = None
        self.problem = ""
        self.notices: list[str] = []  # what opening repaired (a damaged file restored from a backup)
        try:
            self.store = UserStore.open(path)
            self.notices = list(self.store.notices)
        except (CasefileError, OSError) as exc:
            self.problem = self.tr("Annotations are off: {error} Reading works as usual.").format(error=isolate(exc))
        self._deleted: list[Annotation] = []
        # Asked the first time an annotation is made without an author name; tests replace it.
        self.ask_author: Callable[[], str | None] = lambda: None

    @property
    def available(self) -> bool:
        return self.store is not None

    @property
    def locked(self) -> bool:
        return self.store is not None and self.store.locked

    @property
    def encrypted(self) -> bool:
        return self.store is not None and self.store.encrypted

    # -- reading ------------------------------------------------------------------------------------
    def for_item(self, archive_id: str, item_id: str) -> list[Annotation]:
        return self.store.annotations.for_item(archive_id, item_id) if self.store else []

    def for_entity(self, archive_id: str, entity_id: str) -> list[Annotation]:
        return self.store.annotations.for_entity(archive_id, entity_id) if self.store else []

    def list(self, archive_id: str, **filters) -> list[Annotation]:
        """Annotations of an archive, filtered as `Annotations.list` filters (tag, colour, kind, text)."""
        return self.store.annotations.list(archive_id, **filters) if self.store else []

    def tagged_ids(self, archive_id: str, tag: str) -> set[str]:
        """Ids of the items and entities tagged `tag` in this archive (the search's tag: filter)."""
        return self.store.annotations.item_ids_with_tag(archive_id, tag) if self.store else set()

    def tags(self) -> list[str]:
        """Every tag in use, most used first (for autocompletion)."""
        return [tag for tag, _count in self.store.annotations.tags()] if self.store else []

    # -- writing: StoreError (a CasefileError) reaches the caller, which keeps the reader's text ------
    def add(self, annotation: Annotation) -> Annotation:
        self._require()
        self._ensure_author()
        added = self.store.annotations.add(annotation)
        self.changed.emit(added.target.archive_id)
        return added

    def update(self, annotation: Annotation) -> Annotation:
        self._require()
        updated = self.store.annotations.update(annotation)
        self.changed.emit(updated.target.archive_id)
        return updated

    def delete(self, annotation: Annotation) -> None:
        """Delete an annotation; `undo_delete` brings it back (same id, note, tags and colour)."""
        self._require()
        self.store.annotations.delete(annotation.id)
        self._deleted.append(annotation)
        self.undoAvailable.emit(True)
        self.changed.emit(annotation.target.archive_id)

    def undo_delete(self) -> Annotation | None:
        """Restore the annotation deleted last; None if there is none."""
        if not self._deleted:
            return None
        self._require()
        restored = self.store.annotations.add(self._deleted[-1])
        self._deleted.pop()
        self.undoAvailable.emit(bool(self._deleted))
        self.changed.emit(restored.target.archive_id)
        return restored

    def delete_reporting(self, annotation: Annotation) -> str:
        """`delete`, returning what to tell the reader: why it failed, or how to undo it."""
        try:
            self.delete(annotation)
        except CasefileError as exc:
            return self.tr("Not deleted: {error}").format(error=isolate(exc))
        return self.tr("Annotation deleted. Undo delete (Ctrl+Z) brings it back.")

    def undo_delete_reporting(self) -> tuple[Annotation | None, str | None]:
        """`undo_delete`, with the reason it failed (None when it did not)."""
        try:
            return self.undo_delete(), None
        except CasefileError as exc:
            return None, self.tr("Not restored: {error}").format(error=isolate(exc))

    def can_undo(self) -> bool:
        return bool(self._deleted)

    def _require(self) -> None:
        if self.store is None:
            raise CasefileError(self.problem)

    # -- author --------------------------------------------------------------------------------------
    def author(self) -> str:
        """The name put on new annotations; "" if none, or if it is sealed in a locked store."""
        try:
            return (self.store.get_setting(AUTHOR_SETTING) or "") if self.store else ""
        except CasefileError:
            return ""

    def set_author(self, name: str) -> None:
        self._require()
        self.store.set_setting(AUTHOR_SETTING, name.strip())

    def _ensure_author(self) -> None:
        """Ask for the author name once; an empty answer is kept too, so the question is not repeated."""
        if self.store.get_setting(AUTHOR_SETTING) is None:
            answer = self.ask_author()
            self.set_author(answer or "")

    # -- encryption ----------------------------------------------------------------------------------
    def enable_encryption(self, passphrase: str) -> list[str]:
        """Protect the store; returns what could not be wiped of the unprotected copies (usually nothing)."""
        self._require()
        notices = self.store.enable_encryption(passphrase)
        self.changed.emit("")
        return notices

    def change_passphrase(self, current: str, new: str) -> list[str]:
        """Re-encrypt under `new` (a new key); returns what could not be wiped of the old copies."""
        self._require()
        was_locked = self.store.locked
        notices = self.store.change_passphrase(current, new)
        self.changed.emit("")
        if was_locked:  # the change unlocks with the new key
            self.lockedChanged.emit(False)
        return notices

    def unlock(self, passphrase: str) -> str | None:
        """Unlock with `passphrase`; the message to show if that failed, else None."""
        try:
            self._require()
            # What sealing an older store's readable fields could not do; the store is unlocked anyway.
            self.notices = self.store.unlock(passphrase)
        except CasefileError as exc:
            return str(exc)
        self.changed.emit("")
        self.lockedChanged.emit(False)
        return None

    def lock(self) -> None:
        """Forget the key (Lock Now); every view takes its decrypted notes and tags off the screen."""
        if self.store is not None and self.store.encrypted:
            self.store.lock()
            # A tool tip showing a note (list rows show it in full) would stay up until the mouse moves.
            QToolTip.hideText()
            self.lockedChanged.emit(True)
            self.changed.emit("")

    # -- W3C Web Annotation files ------------------------------------------------------------------
    def export_w3c(self, archive_id: str, path: Path, ids: list[str] | None = None) -> int:
        """Write annotations as W3C JSON-LD (all of the archive's, or `ids`); audit-logged by the store."""
        self._require()
        return w3c.export(self.store, archive_id, path, ids)

    def import_w3c(self, archive, path: Path) -> importing.ImportReport:
        """Add the file's annotations of this (open) archive, matched and checked against it."""
        self._require()
        report = importing.import_(self.store, archive.metadata.archive_id, path, archive)
        self.changed.emit(archive.metadata.archive_id)
        return report

    # -- audit ---------------------------------------------------------------------------------------
    def record(self, action: str, covered: str, detail: dict | None = None) -> str | None:
        """Add an audit entry; the message to show if it could not be written, else None."""
        if self.store is None:
            return None
        try:
            self.store.audit.record(action, covered, detail)
        except CasefileError as exc:
            return self.tr("The audit log could not record this entry ({action}): {error}").format(
                action=audit_action_label(action), error=isolate(exc))
        return None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
            self.problem = self.tr("The annotation store is closed.")
