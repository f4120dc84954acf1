"""Many small files in the cheap real formats, for the build benchmark (issue 18: >= 5,000 files).

Each format is made once by its own library as a template holding a fixed-length placeholder; every file
is the template with the placeholder replaced by its number, so the files differ (no two share a hash)
and thousands are written in seconds. Deterministic: the same call writes the same bytes.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

from PIL import Image

from tests.helpers.realcorpus import ZIP_TIME, fixed_zip
from tests.sources import make_pdf

PLACEHOLDER = "VARIANT000000"
SYNTHETIC = "Synthetic test record"
TEXT = f"{SYNTHETIC} {PLACEHOLDER}: Kashgar 喀什 疏附县, Tekes 特克斯县.\n"
TEXT_FORMATS = {  # format: (suffix, template bytes)
    "txt-utf8": (".txt", TEXT.encode("utf-8")),
    "txt-gb18030": (".txt", TEXT.encode("gb18030")),
    "txt-utf16": (".txt", TEXT.encode("utf-16")),
    "txt-latin1": (".txt", f"{SYNTHETIC} {PLACEHOLDER}: données, été.\n".encode("latin-1")),
    "md": (".md", f"# Note {PLACEHOLDER}\n\n{TEXT}".encode("utf-8")),
    "html": (".html", f"<html><body><h1>{PLACEHOLDER}</h1><p>{TEXT}</p></body></html>\n".encode("utf-8")),
    "csv": (".csv", f"id,name,county\n{PLACEHOLDER},Synthetic Person,特克斯县\n".encode("utf-8")),
}


def make_mixed_corpus(root: Path, files: int = 5000) -> dict[str, int]:
    """Write `files` small files under `root` (plus archive.toml), cycling through the formats.

    Returns the number of files written per format."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "archive.toml").write_text(
        'id = "mixed-corpus"\ntitle = "Mixed-format benchmark corpus (synthetic)"\n'
        'publisher = "Casefile benchmarks (synthetic data)"\nedition = "1"\nlanguages = ["en", "zh"]\n'
        'created = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    writers = _writers()
    formats = list(writers)
    counts: Counter[str] = Counter()
    for n in range(files):
        fmt = formats[n % len(formats)]
        folder = root / f"batch {n // 500:02d} 批次" / fmt
        folder.mkdir(parents=True, exist_ok=True)
        suffix, data = writers[fmt](n)
        (folder / f"item {n:05d}{suffix}").write_bytes(data)
        counts[fmt] += 1
    return dict(counts)


def _writers() -> dict:
    """{format: n -> (suffix, bytes)}, templates made once."""
    writers = {fmt: _replacing(suffix, template) for fmt, (suffix, template) in TEXT_FORMATS.items()}
    writers["eml"] = _replacing(".eml", _eml())
    writers["pdf"] = _replacing(".pdf", make_pdf([f"{SYNTHETIC} {PLACEHOLDER} Kashgar"]))  # same length: xref holds
    writers["docx"] = _zip_replacing(".docx", _docx())
    writers["xlsx"] = _zip_replacing(".xlsx", _xlsx())
    for fmt in ("jpeg", "png", "gif"):
        writers[fmt] = _image_writer(fmt)
    rng = random.Random(5000)
    writers["junk"] = lambda n: (".bin", rng.randbytes(256 + n % 256))
    return writers


def _variant(n: int) -> str:
    return f"VARIANT{n:06d}"


def _replacing(suffix: str, template: bytes):
    """Replace the placeholder in whatever encoding the template uses (UTF-16 included)."""
    for codec in ("utf-16-le", "utf-16-be"):
        if PLACEHOLDER.encode(codec) in template:
            return lambda n: (suffix, template.replace(PLACEHOLDER.encode(codec), _variant(n).encode(codec)))
    return lambda n: (suffix, template.replace(PLACEHOLDER.encode("ascii"), _variant(n).encode("ascii")))


def _zip_replacing(suffix: str, template: bytes):
    with zipfile.ZipFile(io.BytesIO(fixed_zip(template))) as source:
        members = [(info.filename, info.compress_type, source.read(info)) for info in source.infolist()]

    def write(n: int) -> tuple[str, bytes]:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for name, compress_type, data in members:
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.compress_type = compress_type
                target.writestr(info, data.replace(PLACEHOLDER.encode(), _variant(n).encode()))
        return suffix, out.getvalue()
    return write


def _image_writer(fmt: str):
    suffix = {"jpeg": ".jpg", "png": ".png", "gif": ".gif"}[fmt]

    def write(n: int) -> tuple[str, bytes]:
        out = io.BytesIO()
        Image.new("RGB", (64 + n % 32, 48), (n % 256, (n // 256) % 256, 90)).save(out, fmt.upper())
        return suffix, out.getvalue()
    return write


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "sender@example.org", "reader@example.org"
    msg["Date"], msg["Subject"] = "Fri, 24 May 2019 10:11:12 +0800", f"Synthetic {PLACEHOLDER}"
    msg["Message-ID"] = f"<{PLACEHOLDER}@casefile.test>"
    msg.set_content(f"{SYNTHETIC} {PLACEHOLDER}: Kashgar, Tekes.\n")
    return msg.as_bytes()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(f"Synthetic note {PLACEHOLDER}", level=1)
    document.add_paragraph(TEXT)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["id", "name", "county"], [PLACEHOLDER, "Synthetic Person", "特克斯县"]]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
