"""Email: single messages (.eml, RFC 5322), mailboxes (.mbox) and Outlook messages (.msg).

A message becomes an email item: its headers (for threads and the reader's header block), its body
(the plain-text part for searching, the HTML part sanitised for display) and its attachments, each
of which becomes a child item read by its own format (a PDF attached is a PDF report, a forwarded
message an email). A mailbox is kept as a file item whose messages are its children, in order.

Everything in a message is the sender's to choose, so every header is length-capped, names of
attachments lose any folder part, and the HTML goes through the same sanitiser as HTML reports
(remote images are never fetched; `cid:` images show as placeholders).
"""

from __future__ import annotations

import mimetypes
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from ...htmlsafe import sanitize_html
from .base import (Attached, EmailHeaders, ExtractedEmail, ExtractedFile, ExtractionError, MissingSupport)

MEDIA_TYPES = {".eml": "message/rfc822", ".mbox": "application/mbox", ".msg": "application/vnd.ms-outlook"}

MAX_HEADER_CHARS = 2_000  # a subject or an address list longer than this is cut
MAX_ADDRESSES = 500
MAX_REFS = 200
MAX_NAME_CHARS = 120
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MBOX_FROM = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,500}>")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def extract(data: bytes) -> ExtractedEmail | ExtractedFile:
    """An Outlook message, a mailbox or a single message, told apart by their first bytes (a
    mailbox is a run of messages each opened by a "From " line); raises ExtractionError."""
    if data.startswith(OLE_MAGIC):
        return extract_msg(data)
    if data.startswith(b"From "):
        messages = split_mbox(data)
        # One envelope line before one message is how some tools save a single .eml.
        return extract_eml(messages[0]) if len(messages) == 1 else extract_mbox(data)
    return extract_eml(data)


# -- RFC 5322 messages ---------------------------------------------------------------------------------
def extract_eml(data: bytes) -> ExtractedEmail:
    """Headers, body and attachments of one RFC 5322 message."""
    if not data.strip():
        raise ExtractionError("the message is empty")
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not message.keys():
        raise ExtractionError("no email headers found at the start of the file")
    warnings: list[str] = []
    plain, html = _body_part(message, "plain"), _body_part(message, "html")
    text = _part_text(plain, warnings) if plain is not None else ""
    markup = None
    if html is not None:
        clean = sanitize_html(_part_text(html, warnings))
        markup, text = clean.html, text or clean.text
    attached = tuple(_attachments(message, {id(plain), id(html)}))
    details = {"attachments": len(attached),
               "body": " + ".join(p.get_content_type() for p in (plain, html) if p is not None) or "none"}
    return ExtractedEmail("message/rfc822", _headers(message, warnings), text, markup,
                          attached=attached, details=details, warnings=tuple(warnings))


def _headers(message: EmailMessage, warnings: list[str]) -> EmailHeaders:
    refs = _ids(_header(message, "references"))[:MAX_REFS]
    ids = _ids(_header(message, "message-id"))
    in_reply_to = _ids(_header(message, "in-reply-to"))
    return EmailHeaders(
        message_id=ids[0] if ids else None, in_reply_to=in_reply_to[0] if in_reply_to else None, refs=tuple(refs),
        sender=next(iter(_addresses(message, "from")), None), to=_addresses(message, "to"),
        cc=_addresses(message, "cc"), bcc=_addresses(message, "bcc"),
        sent=_date(_header(message, "date"), warnings), subject=_header(message, "subject") or None)


def _header(message: EmailMessage, name: str) -> str:
    """A header decoded (encoded words included), on one line and capped; "" when absent or unparsable."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError, AttributeError):  # the stdlib parser's ways of giving up
        value = None
    return " ".join(str(value).split())[:MAX_HEADER_CHARS] if value is not None else ""


def _ids(value: str) -> list[str]:
    return _MESSAGE_ID.findall(value)


def _addresses(message: EmailMessage, name: str) -> tuple[str, ...]:
    """Each address of a header as "Name <address>" (or the bare address), decoded."""
    found = getaddresses([_header(message, name)])[:MAX_ADDRESSES]
    return tuple(f"{person} <{address}>" if person else address for person, address in found if address or person)


def _date(value: str, warnings: list[str]) -> str | None:
    """The Date header as ISO 8601 with the sender's UTC offset kept."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        warnings.append(f"the Date header {value[:80]!r} is not a date; the message is stored without one")
        return None


def _body_part(message: EmailMessage, subtype: str) -> EmailMessage | None:
    try:
        return message.get_body(preferencelist=(subtype,))
    except (KeyError, ValueError, TypeError, AttributeError):
        return None


def _part_text(part: EmailMessage, warnings: list[str]) -> str:
    """A text part decoded from its transfer encoding and charset; an unknown or wrong charset is
    read as UTF-8 with the bad bytes replaced, and said so."""
    try:
        return part.get_content()
    except (LookupError, UnicodeDecodeError, ValueError, AssertionError):
        charset = part.get_content_charset() or "us-ascii"
        warnings.append(f"a {part.get_content_type()} part declares charset {charset[:40]!r}, which does not "
                        "decode it; it was read as UTF-8 with unreadable bytes replaced")
        return (part.get_payload(decode=True) or b"").decode("utf-8", "replace")


def _leaves(part: EmailMessage):
    """The non-multipart parts of a message in order; an attached message is one leaf, not descended into."""
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        for sub in part.iter_parts():
            yield from _leaves(sub)
    else:
        yield part


def _attachments(message: EmailMessage, body_ids: set[int]):
    for number, part in enumerate(_leaves(message), start=1):
        if id(part) in body_ids or part is message:
            continue
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessage):
                yield Attached(_name(part.get_filename(), number, ".eml", _header(inner, "subject")),
                               inner.as_bytes(policy=policy.default.clone(linesep="\r\n")))
                continue
            # Some mailers send an attached message base64-encoded, against RFC 2046: its bytes are the message.
            yield Attached(_name(part.get_filename(), number, ".eml"), part.get_payload(decode=True) or b"")
            continue
        data = part.get_payload(decode=True) or b""
        if data or part.get_filename():
            yield Attached(_name(part.get_filename(), number, mimetypes.guess_extension(content_type) or ".bin"), data)


def _name(given: str | None, number: int, suffix: str, hint: str = "") -> str:
    """A safe file name for a part: the name it gives without folders or control characters, else one
    made from its number (and subject, for a message). A message always ends in the suffix that says
    how to read it; another part's name is kept as given, a made-up one gets `suffix`."""
    name = _UNSAFE_NAME.sub("_", (given or "").replace("\\", "/").rsplit("/", 1)[-1]).strip(" ._")[:MAX_NAME_CHARS]
    if not name:
        name = f"part {number} {_UNSAFE_NAME.sub('_', hint)[:60]}".strip()
    elif suffix not in (".eml", ".msg") or name.lower().endswith(suffix):
        return name
    return f"{name}{suffix}"


# -- mailboxes -----------------------------------------------------------------------------------------
def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file, each without its "From " envelope line (as Python's `mailbox`
    reads them: every line starting "From " opens a message)."""
    data = data.replace(b"\r\n", b"\n")
    starts = [match.end() for match in _MBOX_FROM.finditer(data)]
    ends = [match.start() for match in _MBOX_FROM.finditer(data)][1:] + [len(data)]
    return [data[start:end] for start, end in zip(starts, ends)]


def extract_mbox(data: bytes) -> ExtractedFile:
    """A mailbox: kept as a file whose messages are attached (each becomes a child email), with one
    line per message (date, sender, subject) as its searchable text."""
    messages = split_mbox(data)
    if not messages:
        raise ExtractionError("not a mailbox: no line starts with 'From '")
    lines, attached = [], []
    for number, raw in enumerate(messages, start=1):
        head = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
        subject = _header(head, "subject")
        lines.append("  ".join((_date(_header(head, "date"), []) or "", _header(head, "from"), subject)))
        attached.append(Attached(f"{number:04d} {_UNSAFE_NAME.sub('_', subject)[:80].strip() or 'message'}.eml", raw))
    return ExtractedFile("application/mbox", None, "\n".join(lines), attached=tuple(attached),
                         details={"messages": len(messages)})


# -- Outlook .msg --------------------------------------------------------------------------------------
def extract_msg(data: bytes) -> ExtractedEmail:
    """An Outlook message through extract-msg (the `publish` extra): headers, body, attachments."""
    try:
        import extract_msg as outlook
    except ImportError:
        raise MissingSupport("Outlook .msg files") from None
    try:
        message = outlook.openMsg(data, delayAttachments=False)
    except Exception as exc:  # extract-msg raises many types (olefile, its own, struct) for damaged files
        raise ExtractionError(f"not a readable Outlook message ({type(exc).__name__}: {str(exc)[:200]})") from None
    try:
        return _msg_email(message)
    finally:
        message.close()


def _msg_email(message) -> ExtractedEmail:
    warnings: list[str] = []
    # The transport headers, when Outlook kept them, are what the message carried; else its properties.
    transport = message.headerText
    if transport:
        headers = _headers(BytesParser(policy=policy.default).parsebytes(transport.encode("utf-8", "replace"),
                                                                        headersonly=True), warnings)
    else:
        headers = _msg_headers(message, " ".join(str(message.subject or "").split())[:MAX_HEADER_CHARS] or None)
    html_bytes = message.htmlBody
    markup = sanitize_html(html_bytes.decode("utf-8", "replace")).html if html_bytes else None
    text = message.body or (sanitize_html(html_bytes.decode("utf-8", "replace")).text if html_bytes else "")
    if not text and message.rtfBody:
        text = _rtf_text(message.rtfBody, warnings)
    attached = tuple(_msg_attachments(message, warnings))
    return ExtractedEmail("application/vnd.ms-outlook", headers, text or "", markup, attached=attached,
                          details={"attachments": len(attached)}, warnings=tuple(warnings))


def _msg_headers(message, subject: str | None) -> EmailHeaders:
    """Headers from the message's MAPI properties, for a .msg saved without its transport headers."""
    def people(value) -> tuple[str, ...]:
        return tuple(" ".join(part.split()) for part in str(value or "").split(";") if part.strip())[:MAX_ADDRESSES]
    sent = message.date
    return EmailHeaders(message_id=_first_id(message.messageId), in_reply_to=_first_id(message.inReplyTo), refs=(),
                        sender=(people(message.sender) or (None,))[0], to=people(message.to), cc=people(message.cc),
                        bcc=people(message.bcc), sent=sent.isoformat() if sent else None, subject=subject)


def _first_id(value) -> str | None:
    found = _ids(str(value or ""))
    return found[0] if found else None


def _rtf_text(rtf: bytes, warnings: list[str]) -> str:
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        warnings.append(f"the message body is RTF only and was not read: {MissingSupport('RTF message bodies')}")
        return ""
    return rtf_to_text(rtf.decode("latin-1"), errors="ignore")


def _msg_attachments(message, warnings: list[str]):
    for number, attachment in enumerate(message.attachments, start=1):
        data = attachment.data
        if hasattr(data, "exportBytes"):  # an embedded Outlook message
            try:
                yield Attached(_name(attachment.getFilename(), number, ".msg"), data.exportBytes())
            except Exception as exc:  # extract-msg's writer raises its own types for odd embeddings
                warnings.append(f"embedded message {number} could not be kept ({type(exc).__name__})")
        elif isinstance(data, bytes):
            yield Attached(_name(attachment.getFilename(), number, ".bin"), data)
        else:
            warnings.append(f"attachment {number} holds no file data and was left out")
