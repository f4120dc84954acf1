"""A tiny deterministic PDF writer for the Casefile sample reports.

* Standard Type 1 fonts only (Helvetica, Helvetica-Bold), WinAnsiEncoding: no fonts embedded.
  Text must therefore be encodable in Windows-1252 (Latin script).
* A4 pages, text wrapped to the page width using the Helvetica glyph widths below.
* Explicit page breaks plus automatic breaks when a page is full; a footer on every page.
* Uncompressed content streams, a correct cross-reference table, no /CreationDate, no /ID and no
  other time- or randomness-dependent data: the same input always gives the same bytes.

Usage:
    doc = Document(title="...", author="...", subject="...")
    doc.heading("Title", level=1)
    doc.paragraph("Body text ...")
    doc.bullet("A point")
    doc.page_break()
    data = doc.to_bytes()
    doc.page_texts   # the text lines placed on each page, for checking extraction
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 64, 64, 72, 72

# Helvetica advance widths (units of 1/1000 em) for printable ASCII, from the standard AFM metrics.
_ASCII_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space .. /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0 .. ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ .. O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P .. _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` .. o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       # p .. ~
]
# Helvetica-Bold is wider; these are its widths for the same range.
_ASCII_WIDTHS_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]


def text_width(text: str, size: float, bold: bool = False) -> float:
    table = _ASCII_WIDTHS_BOLD if bold else _ASCII_WIDTHS
    total = 0
    for ch in text:
        code = ord(ch)
        if 32 <= code <= 126:
            total += table[code - 32]
        elif ch in "\u2013":  # en dash
            total += 556
        elif ch in "\u2014":  # em dash
            total += 1000
        elif ch in "\u2018\u2019":
            total += 222 if not bold else 278
        elif ch in "\u201c\u201d":
            total += 333 if not bold else 500
        else:  # accented Latin letters: close to their base letters
            total += 556 if ch.islower() else 667
    return total * size / 1000


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap; a single over-long word is put on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")  # raises for characters outside WinAnsi: fail loudly
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_string(text: str) -> bytes:
    """A PDF text string for the Info dictionary (PDFDocEncoding is close to Latin-1 for our needs)."""
    try:
        raw = text.encode("latin-1")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    except UnicodeEncodeError:
        return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


@dataclass
class _Line:
    text: str
    font: str  # "F1" regular, "F2" bold
    size: float
    x: float
    y: float


@dataclass
class Document:
    title: str = ""
    author: str = ""
    subject: str = ""
    footer: str = "Casefile sample"
    body_size: float = 10.5
    leading: float = 14.5
    _pages: list[list[_Line]] = field(default_factory=lambda: [[]])
    _y: float = PAGE_H - MARGIN_T
    _after_bullet: bool = False

    # -- layout -------------------------------------------------------------------------------

    @property
    def page_texts(self) -> list[list[str]]:
        """Body lines per page (footers included), in drawing order."""
        return [[ln.text for ln in page] for page in self._finished_pages()]

    def _space(self, needed: float) -> None:
        if self._y - needed < MARGIN_B:
            self.page_break()

    def page_break(self) -> None:
        if self._pages[-1]:
            self._pages.append([])
        self._y = PAGE_H - MARGIN_T

    def _emit(self, text: str, font: str, size: float, leading: float, indent: float = 0) -> None:
        self._space(leading)
        self._y -= leading
        self._pages[-1].append(_Line(text, font, size, MARGIN_L + indent, self._y))

    def heading(self, text: str, level: int = 2) -> None:
        size = {1: 17.0, 2: 12.5, 3: 11.0}[level]
        lead = size * 1.35
        width = PAGE_W - MARGIN_L - MARGIN_R
        lines = wrap(text, width, size, bold=True)
        self._space(lead * len(lines) + self.leading * 2)  # keep a heading with what follows
        if self._pages[-1]:
            self._y -= 8 if level > 1 else 0
        for line in lines:
            self._emit(line, "F2", size, lead)
        self._y -= 4
        self._after_bullet = False

    def paragraph(self, text: str, indent: float = 0, gap: float = 6) -> None:
        if self._after_bullet:
            self._y -= 5
        self._after_bullet = False
        width = PAGE_W - MARGIN_L - MARGIN_R - indent
        for line in wrap(text, width, self.body_size):
            self._emit(line, "F1", self.body_size, self.leading, indent)
        self._y -= gap

    def bullet(self, text: str) -> None:
        width = PAGE_W - MARGIN_L - MARGIN_R - 14
        lines = wrap(text, width, self.body_size)
        for i, line in enumerate(lines):
            self._emit(("- " if i == 0 else "") + line, "F1", self.body_size, self.leading,
                       4 if i == 0 else 14)
        self._y -= 2
        self._after_bullet = True

    def _finished_pages(self) -> list[list[_Line]]:
        pages = [p for p in self._pages if p]
        total = len(pages)
        out = []
        for number, page in enumerate(pages, 1):
            label = f"{self.footer} - page {number} of {total}"
            out.append(page + [_Line(label, "F1", 8, MARGIN_L, MARGIN_B - 30)])
        return out

    # -- serialisation ------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        pages = self._finished_pages()
        n = len(pages)
        # Object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then (page, content) pairs.
        objects: dict[int, bytes] = {}
        kids = [6 + 2 * i for i in range(n)]
        objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objects[2] = (b"<< /Type /Pages /Count " + str(n).encode() + b" /Kids ["
                      + b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
        objects[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                      b"/Encoding /WinAnsiEncoding >>")
        objects[4] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                      b"/Encoding /WinAnsiEncoding >>")
        info = [b"/Producer (Casefile sample minipdf)"]
        if self.title:
            info.append(b"/Title " + _pdf_string(self.title))
        if self.author:
            info.append(b"/Author " + _pdf_string(self.author))
        if self.subject:
            info.append(b"/Subject " + _pdf_string(self.subject))
        objects[5] = b"<< " + b" ".join(info) + b" >>"
        for i, page in enumerate(pages):
            page_no, content_no = 6 + 2 * i, 7 + 2 * i
            stream = self._content(page)
            objects[page_no] = (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_W, PAGE_H)
                + b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                + b"/Contents %d 0 R >>" % content_no)
            objects[content_no] = (b"<< /Length %d >>\nstream\n" % len(stream) + stream
                                   + b"\nendstream")

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for number in sorted(objects):
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
        xref_at = len(out)
        count = max(objects) + 1
        out += b"xref\n0 %d\n" % count
        out += b"0000000000 65535 f \n"
        for number in range(1, count):
            out += b"%010d 00000 n \n" % offsets[number]
        out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (count, xref_at))
        return bytes(out)

    @staticmethod
    def _content(page: list[_Line]) -> bytes:
        """One text object per page; lines are placed with relative Td moves to keep files small."""

        def num(value: float) -> bytes:
            return (b"%.2f" % value).rstrip(b"0").rstrip(b".") or b"0"

        parts = [b"BT"]
        font = None
        x = y = 0.0
        for ln in page:
            if (ln.font, ln.size) != font:
                parts.append(b"/%s %s Tf" % (ln.font.encode(), num(ln.size)))
                font = (ln.font, ln.size)
            parts.append(b"%s %s Td (%s) Tj" % (num(ln.x - x), num(ln.y - y), _escape(ln.text)))
            x, y = ln.x, ln.y
        parts.append(b"ET")
        return b"\n".join(parts)
