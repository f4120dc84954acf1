"""What every format hands back, and the text decoding the text-based formats share.

A format's `extract(data)` returns one of the Extracted* results below; its type decides the item's
kind (report, image, table, email, file). Every result may also carry renditions (views made now for
originals the reader app does not decode), attached files (an email's attachments, a mailbox's
messages: each becomes a child item, read by its own format), format facts for the build report and
the item's details, and warnings (something in the file could not be used as given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...imaging import ImageFacts
from .encoding import Undecodable, detect_and_decode

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
PUBLISH_EXTRA = "pip install 'casefile[publish]'"


class ExtractionError(Exception):
    """The file cannot be read as the format its name says; the message says why. The file is kept
    as a `file` item with that reason."""


class MissingSupport(ExtractionError):
    """Reading this format needs a library of the optional `publish` extra that is not installed."""

    def __init__(self, what: str):
        super().__init__(f"reading {what} needs the publisher's extra: {PUBLISH_EXTRA}")


@dataclass(frozen=True)
class Rendition:
    """A view made at build time: page_no 0 for a whole document (PDF), 1.. per page or frame."""

    page_no: int
    media_type: str
    data: bytes
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class Attached:
    """A file inside another one (an email attachment, a mailbox message), read as an item of its own."""

    name: str
    data: bytes


@dataclass(frozen=True, kw_only=True)
class Extracted:
    renditions: tuple[Rendition, ...] = ()
    attached: tuple[Attached, ...] = ()
    details: dict = field(default_factory=dict)  # JSON-able facts: encoding, frames, sheets...
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtractedReport(Extracted):
    media_type: str
    title: str | None
    text: str
    html: str | None
    pages: tuple[tuple[int, str], ...]  # (offset of the page in `text`, page text), paged formats only


@dataclass(frozen=True)
class ExtractedImage(Extracted):
    facts: ImageFacts
    text: str = ""  # what OCR read in the picture (casefile build --ocr), else nothing


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]  # data rows only, each as long as `columns`
    header_row: int | None  # 1-based number of the header row in the original sheet; None: none found


@dataclass(frozen=True)
class ExtractedTable(Extracted):
    media_type: str
    title: str | None
    sheets: tuple[Sheet, ...]


@dataclass(frozen=True)
class EmailHeaders:
    message_id: str | None
    in_reply_to: str | None
    refs: tuple[str, ...]
    sender: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    sent: str | None  # ISO 8601
    subject: str | None

    @property
    def thread_id(self) -> str | None:
        """The first message of the thread as far as this message knows: the same for all its replies."""
        return (self.refs[0] if self.refs else None) or self.in_reply_to or self.message_id


@dataclass(frozen=True)
class ExtractedEmail(Extracted):
    media_type: str
    headers: EmailHeaders
    text: str
    html: str | None


@dataclass(frozen=True)
class ExtractedFile(Extracted):
    """Kept as given: no content read (reason says why), or a container (a mailbox) whose parts are
    `attached`; text is what there is to search besides its name (e.g. a mailbox's subjects)."""

    media_type: str
    reason: str | None
    text: str = ""


def decode_text(data: bytes, *, sniff_meta: bool = False) -> str:
    """The text of `data` in whatever encoding it is (see encoding.py); with `sniff_meta`, the charset
    an HTML <meta> declares is tried before guessing. Raises ExtractionError if nothing decodes it."""
    return decode_text_as(data, sniff_meta=sniff_meta)[0]


def decode_text_as(data: bytes, *, sniff_meta: bool = False) -> tuple[str, str]:
    """(text, encoding name) of `data`, as decode_text."""
    declared = META_CHARSET.search(data[:4096]) if sniff_meta else None
    try:
        return detect_and_decode(data, declared.group(1).decode("ascii") if declared else None)
    except Undecodable as exc:
        raise ExtractionError(f"not readable as text: {exc}; save it as UTF-8") from None


def encoding_details(encoding: str) -> dict:
    """The item details that record a text's encoding: none for plain UTF-8."""
    return {} if encoding in ("utf-8", "ascii") else {"encoding": encoding}
