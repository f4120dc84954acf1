"""The reader's annotations (`store.annotations`): add, change, find, and the tags behind `tag:`.

Annotations are keyed by archive id + item id, and remember the item's SHA-256, so they reattach when
the same archive is opened from another path and `changed_items` can flag items whose content changed.

In an encrypted store the note and the tags are sealed with the store's FieldCipher, and so are, together
in the column `sealed`, the quote with its prefix and suffix, the position, page and region, the author
and an import's reasons; AAD names the annotation and column so a ciphertext moved to another row fails
to open. Ids, kind, archive, item or entity, the item's hash, colour and times stay readable, so the
store can be browsed (and changed items flagged) while locked. Tags are not given a
searchable token (a keyed hash would still show which annotations share a tag and how often each tag is
used, which is the pattern a seized laptop should not give away): `tag:` filtering, autocomplete and
note search decrypt in memory instead, which takes milliseconds for a personal store.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .errors import StoreError
from .model import Annotation, Target, now, validate

if TYPE_CHECKING:
    from .crypto import FieldCipher
    from .db import UserStore

COLUMNS = ("id, kind, archive_id, item_id, entity_id, item_sha256, exact, prefix, suffix, start, end_, page, "
           "region, note, tags, colour, author, created, modified, motivation, note_format, author_id, imported, "
           "orphan, sealed")
COLUMN_NAMES = COLUMNS.split(", ")
LOCKED = "The store is locked: unlock it with your passphrase to read this annotation's note, tags and quote."
TAMPERED = ("This annotation's note, tags or quote failed their integrity check: they were changed outside "
            "Casefile and are not shown. Restore a backup if you did not expect this.")
# Sealed together in a protected store (column `sealed`): what says which words, which place and whose.
PRIVATE_TARGET = ("exact", "prefix", "suffix", "start", "end", "page", "region")
PRIVATE_FIELDS = ("author", "author_id", "orphan")


class Annotations:
    """Query and change the annotations of one store; each change is one transaction."""

    def __init__(self, store: UserStore):
        self._store = store

    # -- changes -------------------------------------------------------------------------------------
    def add(self, annotation: Annotation) -> Annotation:
        """Save a new annotation; fills in a blank id, created/modified time and author (preferences)."""
        return self.add_many([annotation], "your annotation")[0]

    def add_many(self, annotations: builtins.list[Annotation],
                 what: str = "the imported annotations") -> builtins.list[Annotation]:
        """Add several annotations in one transaction: all are saved, or none (import uses this)."""
        self._require_key()
        stamp, author = now(), self._store.get_setting("author", "") or ""
        ready = [self._checked(replace(
            a, id=a.id or f"urn:uuid:{uuid.uuid4()}", created=a.created or stamp,
            modified=a.modified or a.created or stamp,
            # A collaborator's anonymous annotation must not become the reader's own.
            author=a.author if a.imported else a.author or author)) for a in annotations]
        with self._store.writing(what) as conn:
            for annotation in ready:
                if conn.execute("SELECT 1 FROM annotations WHERE id = ?", (annotation.id,)).fetchone():
                    raise StoreError(f"An annotation with id {annotation.id} already exists; nothing was saved.")
                conn.execute(f"INSERT INTO annotations ({COLUMNS}) VALUES ({', '.join('?' * len(COLUMN_NAMES))})",
                             self._encode(annotation, self._store.cipher))
        return ready

    def update(self, annotation: Annotation) -> Annotation:
        """Save changes to an existing annotation (by id) and stamp its modified time."""
        annotation = self._checked(replace(annotation, modified=now()))
        values = self._encode(annotation, self._store.cipher)
        assignments = ", ".join(f"{name} = ?" for name in COLUMNS.split(", ")[1:] if name != "created")
        with self._store.writing("your changes to the annotation") as conn:
            row = conn.execute("SELECT created FROM annotations WHERE id = ?", (annotation.id,)).fetchone()
            if row is None:
                raise StoreError(f"No annotation {annotation.id}: it was deleted; nothing was saved.")
            conn.execute(f"UPDATE annotations SET {assignments} WHERE id = ?",
                         (*values[1:17], *values[18:], annotation.id))
        return replace(annotation, created=row[0])

    def delete(self, annotation_id: str) -> None:
        """Remove an annotation; removing one that is already gone is not an error."""
        with self._store.writing("the deletion") as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    def _checked(self, annotation: Annotation) -> Annotation:
        if annotation.unreadable:
            raise StoreError("This annotation's note could not be read, so saving it would erase the note; "
                             "unlock the store first. Nothing was saved.")
        self._require_key()
        return validate(annotation)

    def _require_key(self) -> None:
        # In a protected store every annotation has something sealed (its place, its author), even a bookmark.
        if self._store.locked:
            raise StoreError("The annotation store is locked: unlock it with your passphrase to add or change "
                             "annotations. Nothing was saved.")

    # -- queries -------------------------------------------------------------------------------------
    def get(self, annotation_id: str) -> Annotation:
        """One annotation by id; StoreError if there is none."""
        found = self._select("WHERE id = ?", (annotation_id,))
        if not found:
            raise StoreError(f"No annotation {annotation_id}: it may have been deleted.")
        return found[0]

    def contains(self, annotation_id: str) -> bool:
        """Whether the store holds an annotation with this id (import merges by id)."""
        return bool(self._store.query("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)))

    def for_item(self, archive_id: str, item_id: str) -> list[Annotation]:
        """An item's annotations in reading order (page, then position, then time)."""
        found = self._select("WHERE archive_id = ? AND item_id = ? ORDER BY created, rowid", (archive_id, item_id))
        # Sorted here, not in SQL: a protected store keeps pages and positions sealed.
        return sorted(found, key=lambda a: (a.target.page or 0, -1 if a.target.start is None else a.target.start))

    def for_entity(self, archive_id: str, entity_id: str) -> list[Annotation]:
        """Notes on one entity, oldest first."""
        return self._select("WHERE archive_id = ? AND entity_id = ? ORDER BY created, rowid", (archive_id, entity_id))

    def list(self, archive_id: str | None = None, *, tag: str | None = None, colour: str | None = None,
             kind: str | None = None, text: str | None = None) -> builtins.list[Annotation]:
        """Annotations, oldest first, filtered; `text` searches notes, quotes and tags, ignoring case."""
        clauses, params = [], []
        for column, value in (("archive_id", archive_id), ("colour", colour), ("kind", kind)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        found = self._select(f"{where} ORDER BY created, rowid", params)
        if tag is not None:
            wanted = tag.casefold()
            found = [a for a in found if any(t.casefold() == wanted for t in a.tags)]
        if text:
            needle = text.casefold()
            found = [a for a in found if needle in _searchable(a)]
        return found

    def tags(self, prefix: str = "") -> builtins.list[tuple[str, int]]:
        """Tags starting with `prefix` (any case) and how often each is used, most used first."""
        counts: Counter[str] = Counter()
        for annotation in self._select("WHERE tags IS NOT NULL", ()):
            counts.update(t for t in annotation.tags if t.casefold().startswith(prefix.casefold()))
        return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold()))

    def item_ids_with_tag(self, archive_id: str, tag: str) -> set[str]:
        """Items and entities of one archive with an annotation tagged `tag` (any case): search's
        `tag:` filter, which finds entity records as well as reports and images."""
        return {a.target.item_id or a.target.entity_id for a in self.list(archive_id, tag=tag)
                if (a.target.item_id or a.target.entity_id) is not None}

    def changed_items(self, archive_id: str, current_sha: Callable[[str], str | None]) -> builtins.list[str]:
        """Ids of annotated items whose SHA-256 is no longer the one annotated (None: item gone)."""
        rows = self._store.query("SELECT DISTINCT item_id, item_sha256 FROM annotations "
                                 "WHERE archive_id = ? AND item_id IS NOT NULL", (archive_id,))
        return sorted({item for item, sha in rows if current_sha(item) != sha})

    # -- encoding ------------------------------------------------------------------------------------
    def _select(self, where: str, params) -> builtins.list[Annotation]:
        rows = self._store.query(f"SELECT {COLUMNS} FROM annotations {where}", params)
        encrypted, cipher = self._store.encrypted, self._store.cipher
        return [_decode(row, encrypted, cipher) for row in rows]

    def _encode(self, a: Annotation, cipher: FieldCipher | None) -> tuple:
        sealed = None
        if cipher is not None:
            a, sealed = _seal_private(a, cipher)
        t = a.target
        note: str | bytes | None = a.note or None
        tags: str | bytes | None = json.dumps(list(a.tags), ensure_ascii=False) if a.tags else None
        if cipher is not None:
            note = cipher.seal(note, _aad(a.id, "note")) if note else None
            tags = cipher.seal(tags, _aad(a.id, "tags")) if tags else None
        region = ",".join(map(str, t.region)) if t.region else None
        return (a.id, a.kind, t.archive_id, t.item_id, t.entity_id, t.item_sha256, t.exact, t.prefix, t.suffix,
                t.start, t.end, t.page, region, note, tags, a.colour, a.author, a.created, a.modified,
                a.motivation, a.note_format, a.author_id, int(a.imported), a.orphan, sealed)

    def reseal(self, conn, old: FieldCipher | None, new: FieldCipher) -> None:
        """Rewrite every annotation sealed with `new`, inside the caller's transaction; `old` opens what is
        sealed now (None: the store is not protected yet). One that cannot be opened stops it all."""
        assignments = ", ".join(f"{name} = ?" for name in COLUMN_NAMES[1:])
        for row in conn.execute(f"SELECT {COLUMNS} FROM annotations").fetchall():
            annotation = _decode(row, old is not None, old)
            if annotation.unreadable:
                raise StoreError(f"The annotation {annotation.id} could not be read: {annotation.problem} "
                                 f"Delete it or restore a backup, then try again. Nothing was changed.")
            conn.execute(f"UPDATE annotations SET {assignments} WHERE id = ?",
                         (*self._encode(annotation, new)[1:], annotation.id))


def _seal_private(a: Annotation, cipher: FieldCipher) -> tuple[Annotation, bytes]:
    """The annotation with its quote, place, author and import reason blanked, and those sealed together."""
    private = {name: getattr(a.target, name) for name in PRIVATE_TARGET}
    private.update((name, getattr(a, name)) for name in PRIVATE_FIELDS)
    blank = replace(a, target=replace(a.target, exact=None, prefix="", suffix="", start=None, end=None, page=None,
                                      region=None), author="", author_id="", orphan="")
    return blank, cipher.seal(json.dumps(private, ensure_ascii=False), _aad(a.id, "private"))


def _with_private(annotation: Annotation, text: str | None) -> Annotation:
    try:
        private = json.loads(text or "")
        place = {name: private[name] for name in PRIVATE_TARGET}
        place["region"] = tuple(place["region"]) if place["region"] is not None else None
        target = replace(annotation.target, **place)
        return replace(annotation, target=target, **{name: private[name] for name in PRIVATE_FIELDS})
    except (ValueError, TypeError, KeyError):
        raise _Unreadable(TAMPERED) from None


def _aad(annotation_id: str, column: str) -> bytes:
    """Binds a ciphertext to its row and column, so one moved elsewhere fails authentication."""
    return f"annotation:{annotation_id}:{column}".encode()


def _decode(row: tuple, encrypted: bool, cipher: FieldCipher | None) -> Annotation:
    (id_, kind, archive_id, item_id, entity_id, sha, exact, prefix, suffix, start, end, page, region,
     note, tags, colour, author, created, modified, motivation, note_format, author_id, imported, orphan,
     sealed) = row
    target = Target(archive_id, item_id, entity_id, sha, exact, prefix, suffix, start, end, page,
                    tuple(int(v) for v in region.split(",")) if region else None)
    annotation = Annotation(id_, kind, target, colour=colour, author=author, created=created, modified=modified,
                            motivation=motivation, note_format=note_format, author_id=author_id,
                            imported=bool(imported), orphan=orphan)
    try:
        if sealed is not None:
            annotation = _with_private(annotation, _open(sealed, encrypted, cipher, id_, "private"))
        plain_note = _open(note, encrypted, cipher, id_, "note")
        plain_tags = _tag_list(_open(tags, encrypted, cipher, id_, "tags"))
    except _Unreadable as exc:
        return replace(annotation, unreadable=True, problem=str(exc))
    return replace(annotation, note=plain_note or "", tags=tuple(plain_tags))


class _Unreadable(Exception):
    """A sealed value that cannot be shown: the store is locked, or the ciphertext was tampered with."""


def _open(value, encrypted: bool, cipher: FieldCipher | None, annotation_id: str, column: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        if encrypted:
            # Plain text where a ciphertext belongs: someone wrote it there behind Casefile's back.
            raise _Unreadable(TAMPERED)
        return value
    if not isinstance(value, bytes):  # a number where a ciphertext belongs: forged, like the text above
        raise _Unreadable(TAMPERED)
    if cipher is None:
        raise _Unreadable(LOCKED)
    from .crypto import StoreLocked, TamperedValue

    try:
        return cipher.open(value, _aad(annotation_id, column))
    except TamperedValue:
        raise _Unreadable(TAMPERED) from None
    except StoreLocked:  # "Lock now" pressed while this list was being read
        raise _Unreadable(LOCKED) from None


def _tag_list(text: str | None) -> list[str]:
    try:
        tags = json.loads(text or "[]")
    except ValueError:
        raise _Unreadable(TAMPERED) from None
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _Unreadable(TAMPERED)
    return tags


def _searchable(a: Annotation) -> str:
    return "\n".join((a.note, a.target.exact or "", *a.tags)).casefold()
