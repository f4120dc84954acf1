"""Images, PDFs and email for the real-format corpus (see realcorpus.py), each made by its own library.

Every writer returns the manifest facts of what it wrote. All content is synthetic and says so.
"""

from __future__ import annotations

import io
import mailbox
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

from tests.sources import make_pdf

SYNTHETIC = "Synthetic test record"
WHEN = datetime(2019, 5, 24, 10, 11, 12, tzinfo=timezone(timedelta(hours=8)))
PDF_PASSWORD = "casefile-synthetic"

# EXIF tag numbers (TIFF/EXIF 2.32 and Microsoft's XP tags).
_DESCRIPTION, _MAKE, _MODEL, _ORIENTATION, _XP_COMMENT = 0x010E, 0x010F, 0x0110, 0x0112, 0x9C9C
_EXIF_IFD, _GPS_IFD, _DATE_ORIGINAL, _USER_COMMENT = 0x8769, 0x8825, 0x9003, 0x9286

PHOTO_DESCRIPTION = "喀什 合成测试照片 (Synthetic test photo, Kashgar)"
PHOTO_XP_COMMENT = "合成 XP 注释 Synthetic XPComment"
PHOTO_USER_COMMENT = "合成 用户注释 Synthetic UserComment"


def _picture(size: tuple[int, int], label: str, mode: str = "RGB", shade: int = 0) -> Image.Image:
    """A flat picture with a few shapes and a label: cheap to encode, still a real image."""
    image = Image.new(mode, size, "white" if mode == "L" else (40 + shade % 200, 60, 90))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((w // 10, h // 10, w // 2, h // 2), fill="black" if mode == "L" else (200, 180, 40))
    draw.text((w // 10, h - h // 5), label, fill="gray" if mode == "L" else "white",
              font=ImageFont.load_default(size=max(10, h // 30)))
    return image


def _exif() -> Image.Exif:
    exif = Image.Exif()
    # Pillow writes str tags as ASCII; bytes go in as they are, which is how phones store UTF-8 descriptions.
    exif[_DESCRIPTION] = PHOTO_DESCRIPTION.encode("utf-8")
    exif[_MAKE], exif[_MODEL], exif[_ORIENTATION] = "SyntheticCam", "Model S-1 (synthetic)", 6
    exif[_XP_COMMENT] = PHOTO_XP_COMMENT.encode("utf-16-le") + b"\0\0"  # XP tags are always UCS-2 LE
    sub = exif.get_ifd(_EXIF_IFD)
    sub[_DATE_ORIGINAL] = WHEN.strftime("%Y:%m:%d %H:%M:%S")
    # Pillow writes big-endian ("MM") EXIF; a UNICODE UserComment follows the file's byte order.
    sub[_USER_COMMENT] = b"UNICODE\0" + PHOTO_USER_COMMENT.encode("utf-16-be")
    gps = exif.get_ifd(_GPS_IFD)
    gps.update({0: b"\x02\x02\x00\x00", 1: "N", 2: (39.0, 28.0, 13.44), 3: "E", 4: (75.0, 59.0, 0.0)})
    return exif


def write_phone_photo(path: Path) -> dict:
    """A 4032x3024 JPEG with GPS (Kashgar), dates, camera, orientation and text tags in three encodings."""
    _picture((4032, 3024), "Synthetic test photo 4032x3024").save(path, "JPEG", quality=80, exif=_exif())
    return {"kind": "image", "width": 4032, "height": 3024, "format": "JPEG",
            "gps": (round(39 + 28 / 60 + 13.44 / 3600, 6), round(75 + 59 / 60, 6)),
            "date": "2019-05-24T10:11:12", "make": "SyntheticCam", "model": "Model S-1 (synthetic)",
            "orientation": 6, "description": PHOTO_DESCRIPTION, "xp_comment": PHOTO_XP_COMMENT,
            "user_comment": PHOTO_USER_COMMENT}


def write_gif(path: Path) -> dict:
    """An animated GIF of three frames."""
    frames = [_picture((320, 240), f"Synthetic frame {n}", shade=60 * n) for n in range(3)]
    frames[0].save(path, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)
    return {"kind": "image", "width": 320, "height": 240, "format": "GIF", "frames": 3}


def write_bmp(path: Path) -> dict:
    _picture((300, 200), "Synthetic BMP").save(path, "BMP")
    return {"kind": "image", "width": 300, "height": 200, "format": "BMP"}


def write_tiff(path: Path) -> dict:
    """A three-page TIFF whose pages differ in size, as a fax or scanner writes them."""
    sizes = [(850, 1100), (1100, 850), (400, 300)]
    pages = [_picture(size, f"Synthetic scan page {n + 1}") for n, size in enumerate(sizes)]
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    return {"kind": "image", "width": 850, "height": 1100, "format": "TIFF", "pages": 3,
            "page_sizes": [list(size) for size in sizes]}


def write_heic(path: Path) -> dict:
    import pillow_heif  # publisher-side library, optional for the app

    pillow_heif.register_heif_opener()
    _picture((640, 480), "Synthetic HEIC").save(path, "HEIF", quality=50)
    return {"kind": "image", "width": 640, "height": 480, "format": "HEIF"}


def write_avif(path: Path) -> dict:
    """An AVIF from Pillow's own encoder; pillow-heif 1.x dropped AVIF writing."""
    from PIL import features

    if not features.check("avif"):
        return {"skipped": "this Pillow was built without AVIF support"}
    _picture((640, 480), "Synthetic AVIF").save(path, "AVIF", quality=50)
    return {"kind": "image", "width": 640, "height": 480, "format": "AVIF"}


def write_a3_scan(path: Path) -> dict:
    """An A3 page scanned at 600 dpi (7016x9921, 69.6 Mpx grayscale): mostly white, so it compresses."""
    scan = _picture((7016, 9921), "Synthetic A3 scan at 600 dpi - 疏附县", mode="L")
    scan.save(path, "PNG", compress_level=1, dpi=(600, 600))
    return {"kind": "image", "width": 7016, "height": 9921, "format": "PNG", "mode": "L"}


PDF_PAGES = ["Synthetic test record. Report (final) v2 on Kashgar prefecture.",
             "Page two: Chen Quanguo, Party Secretary 2016-2021.",
             "Page three: Tekes county, synthetic figures only."]


def write_pdfs(folder: Path) -> dict[str, dict]:
    """A plain PDF and two encrypted copies: one with an empty user password, one with a real password."""
    plain = make_pdf(PDF_PAGES)
    (folder / "report (final) v2.pdf").write_bytes(plain)
    (folder / "encrypted empty password.pdf").write_bytes(_encrypted(plain, ""))
    (folder / "encrypted (password).pdf").write_bytes(_encrypted(plain, PDF_PASSWORD))
    facts = {"kind": "report", "pages": 3, "text_contains": ["Kashgar", "Chen Quanguo", "Tekes"]}
    return {"report (final) v2.pdf": facts,
            "encrypted empty password.pdf": {**facts, "encrypted": True, "user_password": ""},
            "encrypted (password).pdf": {"kind": "file", "encrypted": True, "user_password": PDF_PASSWORD}}


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


THREAD_ID = "<synthetic-0001@casefile.test>"
SUBJECT = "Synthetic notice: 疏附县 list 2018"
MAIL_ATTACHMENTS = ["report (final).pdf", "照片 1.jpg"]


def _message(subject: str, message_id: str, when: datetime, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Synthetic Sender <sender@example.org>"
    msg["To"] = "Synthetic Reader <reader@example.org>, 合成 收件人 <zh@example.org>"
    msg["Cc"] = "archive@example.org"
    msg["Date"] = format_datetime(when)
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content(f"{SYNTHETIC}.\n{body}\n")
    msg.add_alternative(f"<html><body><p><b>{SYNTHETIC}.</b></p><p>{body}</p>"
                        "<script>alert(1)</script></body></html>", subtype="html")
    return msg


def _fix_boundaries(message: EmailMessage) -> None:
    """MIME boundaries are random unless set: fixed ones make the same message the same bytes."""
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"casefile-synthetic-boundary-{number}")


def write_emails(folder: Path) -> dict[str, dict]:
    """A message with a PDF and a JPEG attached, a reply in the same thread, and an mbox of three messages."""
    first = _message(SUBJECT, THREAD_ID, WHEN, "The list for Shufu county (疏附县) is attached.")
    first.add_attachment(make_pdf(["Synthetic attachment: Kashgar list summary."]), maintype="application",
                         subtype="pdf", filename=MAIL_ATTACHMENTS[0])
    photo = io.BytesIO()
    _picture((120, 90), "att").save(photo, "JPEG")
    first.add_attachment(photo.getvalue(), maintype="image", subtype="jpeg", filename=MAIL_ATTACHMENTS[1])
    reply = _message("Re: " + SUBJECT, "<synthetic-0002@casefile.test>", WHEN + timedelta(hours=2),
                     "Received, thank you. Tekes next.")
    reply["In-Reply-To"] = THREAD_ID
    reply["References"] = THREAD_ID
    _fix_boundaries(first)
    _fix_boundaries(reply)
    (folder / "2019-05 notice.eml").write_bytes(first.as_bytes())
    (folder / "2019-05 notice reply.eml").write_bytes(reply.as_bytes())
    common = {"kind": "email", "from": "sender@example.org", "to": ["reader@example.org", "zh@example.org"],
              "cc": ["archive@example.org"], "thread": THREAD_ID}
    return {"2019-05 notice.eml": {**common, "subject": SUBJECT, "message_id": THREAD_ID,
                                   "date": WHEN.isoformat(), "attachments": MAIL_ATTACHMENTS,
                                   "text_contains": ["Shufu county", "疏附县"]},
            "2019-05 notice reply.eml": {**common, "subject": "Re: " + SUBJECT,
                                         "message_id": "<synthetic-0002@casefile.test>", "in_reply_to": THREAD_ID,
                                         "date": (WHEN + timedelta(hours=2)).isoformat(), "attachments": [],
                                         "text_contains": ["Tekes next"]},
            "archive (3 messages).mbox": _write_mbox(folder / "archive (3 messages).mbox")}


def _write_mbox(path: Path) -> dict:
    subjects = [f"Synthetic mbox message {n}: Kashgar" for n in range(1, 4)]
    box = mailbox.mbox(path, create=True)
    for n, subject in enumerate(subjects, 1):
        body = _message(subject, f"<synthetic-mbox-{n}@casefile.test>", WHEN + timedelta(days=n),
                        f"Body of message {n}.")
        _fix_boundaries(body)
        message = mailbox.mboxMessage(body)
        message.set_from("sender@example.org", time.gmtime(WHEN.timestamp() + 86400 * n))  # not "now"
        box.add(message)
    box.flush()
    box.close()
    return {"kind": "email", "messages": 3, "subjects": subjects, "text_contains": ["Body of message 2"]}
