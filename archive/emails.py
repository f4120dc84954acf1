"""Email items: `archive.emails` gives their headers, the other messages of their thread and their
attachments.

The headers come from the `emails` table (format 2 on; a format 1 archive has no email items and
every answer here is empty). Every value is checked for type and capped on the way out, because a
forged archive can put anything in any column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .items import Item

if TYPE_CHECKING:
    from .reader import Archive

MAX_HEADER_CHARS = 2_000
MAX_ADDRESSES = 500
MAX_REFS = 200
MAX_THREAD = 500
MAX_ATTACHMENTS = 2_000


@dataclass(frozen=True)
class EmailInfo:
    """One message's headers; `sent` is ISO 8601 (with the sender's UTC offset) or None."""

    item_id: str
    message_id: str | None
    in_reply_to: str | None
    refs: tuple[str, ...]
    thread_id: str | None
    sender: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    sent: str | None
    subject: str | None


@dataclass(frozen=True)
class ThreadMessage:
    """Another message of a thread, as a list shows it."""

    item_id: str
    sender: str | None
    sent: str | None
    subject: str | None


@dataclass(frozen=True)
class Attachment:
    """An item attached to a message, and its size in bytes."""

    item: Item
    size: int


class Emails:
    """The email side of an archive, owned by `Archive` as `archive.emails`."""

    def __init__(self, archive: Archive):
        self._archive = archive

    def headers(self, item_id: str) -> EmailInfo | None:
        """The headers of email item `item_id`, or None if it is not an email (or the archive predates email)."""
        if not self._archive.has_table("emails"):
            return None
        row = self._archive.query_one(
            "SELECT message_id, in_reply_to, refs, thread_id, sender, recipients, sent, subject FROM emails "
            "WHERE item_id = ?", (item_id,))
        if row is None:
            return None
        message_id, in_reply_to, refs, thread_id, sender, recipients, sent, subject = row
        people = _json(recipients, {})
        people = people if isinstance(people, dict) else {}
        return EmailInfo(item_id, _text(message_id), _text(in_reply_to), _texts(_json(refs, []), MAX_REFS),
                         _text(thread_id), _text(sender), _texts(people.get("to"), MAX_ADDRESSES),
                         _texts(people.get("cc"), MAX_ADDRESSES), _texts(people.get("bcc"), MAX_ADDRESSES),
                         _text(sent), _text(subject))

    def thread(self, item_id: str, *, limit: int = MAX_THREAD) -> list[ThreadMessage]:
        """The other messages of this item's thread, oldest first (undated ones last)."""
        info = self.headers(item_id)
        if info is None or info.thread_id is None:
            return []
        rows = self._archive.query(
            "SELECT item_id, sender, sent, subject FROM emails WHERE thread_id = ? AND item_id != ? "
            "ORDER BY sent IS NULL, sent, item_id LIMIT ?", (info.thread_id, item_id, min(limit, MAX_THREAD)))
        return [ThreadMessage(str(other), _text(sender), _text(sent), _text(subject))
                for other, sender, sent, subject in rows]

    def attachments(self, item_id: str) -> list[Attachment]:
        """The items attached to this message with their sizes, in the order the message gives them."""
        children = self._archive.items.children(item_id, limit=MAX_ATTACHMENTS)
        shas = sorted({child.sha256 for child in children})
        marks = ", ".join("?" * len(shas))
        sizes = dict(self._archive.query(f"SELECT sha256, size FROM blobs WHERE sha256 IN ({marks})", tuple(shas)))
        return [Attachment(child, _size(sizes.get(child.sha256))) for child in children]


def _json(value, default):
    if not isinstance(value, str) or len(value) > MAX_HEADER_CHARS * MAX_ADDRESSES:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _size(value) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def _text(value) -> str | None:
    return value[:MAX_HEADER_CHARS] if isinstance(value, str) and value else None


def _texts(values, cap: int) -> tuple[str, ...]:
    if not isinstance(values, list):
        return ()
    return tuple(value[:MAX_HEADER_CHARS] for value in values[:cap] if isinstance(value, str) and value)
