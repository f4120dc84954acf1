"""A citation of an item, or of a passage of it, that a lawyer can paste into a brief or a note.

It names the archive (title, edition, publisher, id), the item (id, title, date, page), the SHA-256 of
the item as the publisher gave it, and what the signature check found: the publisher key's
fingerprint and the date, only when the archive was verified against a key the reader trusts; in
every other state it says plainly that the citation is not backed by a verified signature. A quote
is the passage as selected.

Every value but Casefile's own words comes from the archive, which may be forged: control characters
are dropped and bidi embeddings, overrides and isolates removed (a title could otherwise reorder the
hash printed after it, as `terminal` explains for terminals), line breaks become spaces, and the
HTML form escapes everything it includes. Lengths are capped so a forged title cannot fill a page.
"""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass

from . import __version__
from .signing.verify import VerificationReport, VerificationState

__all__ = ["Citation", "cite"]

MAX_FIELD = 300  # characters of one archive value (a title, a source)
MAX_QUOTE = 2_000
_DROPPED = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0),
                          *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_SPACES = re.compile(r"\s+")


def _plain(value, limit: int = MAX_FIELD) -> str:
    """An archive value as one plain line: controls and bidi overrides dropped, blanks collapsed."""
    text = _SPACES.sub(" ", str(value or "").translate(_DROPPED)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Citation:
    archive_title: str
    edition: str
    publisher: str
    archive_id: str
    item_id: str
    item_title: str
    item_date: str
    sha256: str
    page: int | None = None
    quote: str = ""
    verified: bool = False
    fingerprint: str = ""  # only when verified
    checked_on: str = ""  # the date the signature was checked, when verified
    state: str = ""  # the verification state in words ("unsigned", "tampered", "signed by an unknown key"...)

    def signature_text(self) -> str:
        if self.verified:
            return (f"Signature verified on {self.checked_on} against the publisher's key, fingerprint "
                    f"{self.fingerprint}.")
        return f"NOT backed by a verified signature (archive state: {self.state})."

    def plain(self) -> str:
        """Several lines: what a note or an evidence log takes."""
        lines = [f"“{self.quote}”"] if self.quote else []
        where = f", p. {self.page}" if self.page else ""
        dated = f", {self.item_date}" if self.item_date else ""
        lines += [f"{self.item_title}{dated}{where}.",
                  f"Item {self.item_id} in “{self.archive_title}”, edition {self.edition}, published by "
                  f"{self.publisher} (archive {self.archive_id}).",
                  f"SHA-256 of the item: {self.sha256}",
                  self.signature_text(),
                  f"Cited with Casefile {__version__}."]
        return "\n".join(lines) + "\n"

    def footnote(self) -> str:
        """One sentence, the order a brief's footnote uses: source, pinpoint, then the quote."""
        dated = f" ({self.item_date})" if self.item_date else ""
        where = f", at {self.page}" if self.page else ""
        quote = f" (quoting “{self.quote}”)" if self.quote else ""
        return (f"{self.item_title}{dated}{where}, in {self.archive_title} ({self.publisher}, ed. {self.edition}), "
                f"item {self.item_id}, SHA-256 {self.sha256}{quote}; {self._signature_clause()}")

    def _signature_clause(self) -> str:
        """The signature sentence continuing a footnote: "signature verified ..." in lower case."""
        text = self.signature_text()
        return text[0].lower() + text[1:] if self.verified else text

    def html(self) -> str:
        """The footnote as HTML for word processors (title in italics), every value escaped."""
        dated = f" ({html.escape(self.item_date)})" if self.item_date else ""
        where = f", at {self.page}" if self.page else ""
        quote = f" (quoting “{html.escape(self.quote)}”)" if self.quote else ""
        return (f"<p><i>{html.escape(self.item_title)}</i>{dated}{where}, in <i>{html.escape(self.archive_title)}</i> "
                f"({html.escape(self.publisher)}, ed. {html.escape(self.edition)}), item "
                f"<code>{html.escape(self.item_id)}</code>, SHA-256 <code>{html.escape(self.sha256)}</code>{quote}; "
                f"{html.escape(self._signature_clause())}</p>")


def cite(archive, item_id: str, *, report: VerificationReport | None = None, page: int | None = None,
         quote: str = "", today: datetime.date | None = None) -> Citation:
    """The citation of `item_id` in `archive`; `report` is the archive's verification (None: not
    checked), `page` counted from 1, `quote` the passage selected (ItemNotFound for an unknown id)."""
    item = archive.items.get(item_id)
    meta = archive.metadata
    verified = report is not None and report.state is VerificationState.VERIFIED and bool(report.fingerprint)
    state = report.state.value if report is not None else "not checked"
    return Citation(
        archive_title=_plain(meta.title), edition=_plain(meta.edition), publisher=_plain(meta.publisher),
        archive_id=_plain(meta.archive_id), item_id=_plain(item.id), item_title=_plain(item.title) or _plain(item.id),
        item_date=_plain(item.date or ""), sha256=_plain(item.sha256, 64),
        page=page if isinstance(page, int) and page > 0 else None, quote=_plain(quote, MAX_QUOTE),
        verified=verified, fingerprint=(report.fingerprint or "") if verified else "",
        checked_on=(today or datetime.date.today()).isoformat() if verified else "", state=state)
