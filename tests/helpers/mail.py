"""Email files made by the stdlib `email` package: a message with a plain+HTML body and PDF and JPEG
attachments, a reply to it, and a mailbox of three, written into a source folder."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from PIL import Image

from tests.sources import make_pdf

ORIGINAL_ID = "<camp-report@example.org>"


def jpeg_bytes(size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def original_message() -> EmailMessage:
    """From 陈全国 (as an encoded word), plain + HTML alternative, a PDF and a JPEG attached."""
    message = EmailMessage()
    message["From"] = "陈全国 <chen@example.org>"
    message["To"] = "Desk A <a@example.org>, b@example.org"
    message["Cc"] = "Archivist <c@example.org>"
    message["Subject"] = "Camp report from Kashgar"
    message["Date"] = "Tue, 24 May 2022 10:11:12 +0800"
    message["Message-ID"] = ORIGINAL_ID
    message.set_content("The transfer list is attached. Quarterly figures for Tekes follow.\n")
    message.add_alternative("<p>The transfer list is <b>attached</b>. Quarterly figures for Tekes follow."
                            "<img src='http://tracker.example/pixel.png'></p>", subtype="html")
    message.add_attachment(make_pdf(["Attached transfer list page"]), maintype="application", subtype="pdf",
                           filename="transfer list.pdf")
    message.add_attachment(jpeg_bytes(), maintype="image", subtype="jpeg", filename="gate.jpg")
    return message


def reply_message() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Desk A <a@example.org>"
    message["To"] = "chen@example.org"
    message["Subject"] = "Re: Camp report from Kashgar"
    message["Date"] = "Wed, 25 May 2022 09:00:00 +0200"
    message["Message-ID"] = "<reply-1@example.org>"
    message["In-Reply-To"] = ORIGINAL_ID
    message["References"] = ORIGINAL_ID
    message.set_content("Received; the figures for Tekes do not add up.\n")
    return message


def mailbox_bytes(count: int = 3) -> bytes:
    """An mbox of `count` short messages, "From " envelope lines as mailbox.mbox writes them."""
    chunks = []
    for number in range(1, count + 1):
        message = EmailMessage()
        message["From"] = f"Sender {number} <s{number}@example.org>"
        message["To"] = "desk@example.org"
        message["Subject"] = f"Weekly note {number}"
        message["Date"] = f"Mon, 0{number} Aug 2022 08:00:00 +0000"
        message["Message-ID"] = f"<weekly-{number}@example.org>"
        message.set_content(f"Weekly note number {number} mentions Konasheher.\n")
        chunks.append(b"From s%d@example.org Mon Aug  1 08:00:00 2022\n" % number + bytes(message) + b"\n")
    return b"".join(chunks)


def write_mail_source(root: Path) -> Path:
    """A source folder holding the message, its reply and the mailbox under mail/."""
    (root / "mail").mkdir(parents=True)
    (root / "archive.toml").write_text('id = "mail-archive"\ntitle = "Mail"\npublisher = "Test publisher"\n'
                                       'edition = "1"\nlanguages = ["en"]\ncreated = "2026-01-01T00:00:00Z"\n',
                                       encoding="utf-8")
    (root / "mail" / "camp report.eml").write_bytes(bytes(original_message()))
    (root / "mail" / "reply.eml").write_bytes(bytes(reply_message()))
    (root / "mail" / "weekly.mbox").write_bytes(mailbox_bytes())
    return root


def outlook_message(properties: dict[str, str]) -> bytes:
    """A minimal Outlook .msg (an OLE compound file of MAPI string properties, as [MS-OXMSG] lays it out),
    written by extract-msg's own OLE writer: {property tag in hex, e.g. "0037" subject: value}."""
    import struct

    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    table = b"\x00" * 32  # the message's property-stream header: reserved, next ids and counts, all zero
    for tag, value in {"001A": "IPM.Note", **properties}.items():
        data = value.encode("utf-16-le")
        writer.addEntry(f"__substg1.0_{tag}001F", data)
        table += struct.pack("<IIII", int(f"{tag}001F", 16), 6, len(data), 0)  # flags 6: readable, writable
    writer.addEntry("__properties_version1.0", table)
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):  # the (empty) named-property mapping
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
