"""The exhibit list of a bundle (HTML, also the source of the PDF); VERIFY.txt is instructions.py's.

The HTML is self-contained and inert: inline CSS, thumbnails as relative files, no script, no URL
that could reach a network. It keeps to the HTML and CSS subset Qt's QTextDocument lays out (tables,
attributes for widths, simple CSS), because the PDF is printed from this same markup without a
browser engine. Everything from the archive or the reader's store is escaped, and characters that
can make text display other than it reads (controls, bidi overrides) are shown as U+FFFD.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

from .document import EXPORTER_KEY_NAME, PUBLISHER_KEY_NAME, Exhibit

THUMB_WIDTH = 96  # CSS pixels: about 25 mm in print, enough to recognise a photo or a chart
MARK_COLOURS = {"yellow": "#fff3a3", "green": "#c8f0c0", "blue": "#cfe3ff", "pink": "#ffd3e4", "purple": "#e6d6ff"}
# Text and background of the verification box: green verified, red tampered, amber for the rest.
STATE_COLOURS = {"verified": ("#1b5e20", "#e8f5e9"), "tampered": ("#b00020", "#fdecea")}
OTHER_STATE = ("#7a4f00", "#fff4e0")
LABEL_WIDTH = 80

STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt; color: #111; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 0 0; }
p.sub { font-size: 10pt; color: #444; margin: 0 0 6pt 0; }
td.label { color: #555; }
code { font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 8pt; }
span.hash { font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 7.5pt; white-space: nowrap; }
td.verdict { font-size: 10pt; font-weight: bold; }
td.thumb { color: #666; font-size: 7pt; }
p.title { font-size: 10.5pt; margin: 0 0 2pt 0; }
p.mark { margin: 2pt 0 0 0; }
p.foot { color: #555; font-size: 8pt; margin-top: 8pt; }
hr { color: #999; }
"""


@dataclass(frozen=True)
class Mark:
    """One of the reader's annotations as the exhibit list shows it."""

    kind: str  # text, pdf, region, note, bookmark
    quote: str = ""
    page: int | None = None
    region: tuple[int, int, int, int] | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str = "yellow"


def shown(text: object) -> str:
    """Escaped text with invisible or reordering characters made visible (newlines and tabs kept)."""
    text = "" if text is None else str(text)
    safe = "".join(ch if ch in "\n\t" or not unicodedata.category(ch).startswith("C") else "\ufffd" for ch in text)
    return html.escape(safe, quote=True)


def plain(text: object) -> str:
    """One line of plain text: a title cannot start a new line of VERIFY.txt (a fake hash line)."""
    text = "" if text is None else str(text)
    return "".join(ch if not unicodedata.category(ch).startswith("C") else "\ufffd" for ch in text)


def _row(label: str, value: str) -> str:
    return f'<tr><td class="label" width="{LABEL_WIDTH}">{label}</td><td>{value}</td></tr>'


def exhibit_list_html(document: dict, exhibits: list[Exhibit], marks: dict[str, list[Mark]],
                      thumbnail_sizes: dict[str, tuple[int, int]]) -> str:
    """The exhibit list: archive, verification result, then one block per exhibit."""
    archive, root, check = document["archive"], document["signed_root"], document["verification"]
    colour, background = STATE_COLOURS.get(check["state"], OTHER_STATE)
    head = [_row("Archive", f"{shown(archive['title'])} (edition {shown(archive['edition'])})"),
            _row("Publisher", shown(archive["publisher"])), _row("Archive id", f"<code>{shown(archive['id'])}</code>"),
            _row("Exported", f"{shown(document['exported_at'])} with {shown(document['exported_with'])}"),
            _row("Signed root", f'<span class="hash">{shown(root["root"])}</span>'),
            _row("Signed at", f"{shown(root['signed_at'])} by key <code>{shown(root['key_fingerprint'])}</code> "
                              f"({PUBLISHER_KEY_NAME})"),
            _row("Exhibits", f"{len(exhibits):,}" + ("" if document["notes_included"]
                                                     else " (highlights only: notes withheld)"))]
    exporter = document.get("exporter")
    if exporter:
        head.append(_row("Signed by", f"the exporter's key <code>{shown(exporter['key_fingerprint'])}</code> "
                                      f"({EXPORTER_KEY_NAME})"))
    blocks = [_exhibit_block(e, marks.get(e.number, []), thumbnail_sizes.get(e.number)) for e in exhibits]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>Exhibit list: {shown(archive['title'])}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        "<h1>Exhibit list</h1>", f'<p class="sub">{shown(archive["title"])} &#8212; {shown(archive["publisher"])}</p>',
        f'<table cellspacing="0" cellpadding="1">{"".join(head)}</table><p></p>',
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{background}"><tr><td class="verdict" '
        f'style="color: {colour}">Verification at export: {shown(check["state"]).upper()}</td></tr>'
        f'<tr><td style="color: {colour}">{shown(check["message"])}</td></tr></table>',
        f"<h2>Exhibits ({len(exhibits):,})</h2>", *blocks, "<hr>",
        '<p class="foot">Each file\'s SHA-256 and its inclusion proof against the signed root are in '
        'exhibits.json. VERIFY.txt explains how to check them with Casefile, minisign or sha256sum.</p>',
        "</body>", "</html>", ""])


def _exhibit_block(exhibit: Exhibit, marks: list[Mark], size: tuple[int, int] | None) -> str:
    if exhibit.thumbnail and size:
        width, height = THUMB_WIDTH, max(1, round(size[1] * THUMB_WIDTH / max(1, size[0])))
        picture = f'<img src="{shown(exhibit.thumbnail)}" width="{width}" height="{height}" alt="">'
    else:
        picture = f"{shown(exhibit.kind or 'file')}<br>{shown(exhibit.media_type)}"
    fields = [_row("File", shown(exhibit.file)), _row("SHA-256", f'<span class="hash">{exhibit.sha256}</span>'),
              _row("Item id", f"<code>{shown(exhibit.item_id)}</code>")]
    fields += [_row(label, shown(value)) for label, value in (("Date", exhibit.date), ("Source", exhibit.source))
               if value]
    fields.append(_row("Size", f"{exhibit.size:,} bytes, {shown(exhibit.media_type)}"))
    notes = "".join(_mark(mark) for mark in marks)
    return (f'<hr><table width="100%" cellspacing="0" cellpadding="3"><tr>'
            f'<td class="thumb" width="{THUMB_WIDTH + 8}" valign="top">{picture}</td><td valign="top">'
            f'<p class="title"><b>{exhibit.number}</b>&#160;&#160;<b>{shown(exhibit.title)}</b></p>'
            f'<table cellspacing="0" cellpadding="1">{"".join(fields)}</table>{notes}</td></tr></table>')


def _mark(mark: Mark) -> str:
    where = f" (page {mark.page})" if mark.page else ""
    if mark.kind in ("text", "pdf") and mark.quote:
        colour = MARK_COLOURS.get(mark.colour, MARK_COLOURS["yellow"])
        what = f'Highlight{where}: <span style="background-color: {colour}">&#8220;{shown(mark.quote)}&#8221;</span>'
    elif mark.kind == "region" and mark.region:
        x, y, w, h = mark.region
        what = f"Region of the image: {w} &#215; {h} px at ({x}, {y})"
    elif mark.kind == "bookmark":
        what = "Bookmarked"
    else:
        what = "Note"
    note = f"<br><i>Note:</i> {shown(mark.note)}" if mark.note and mark.kind != "note" else (
        f" {shown(mark.note)}" if mark.note else "")
    tags = f" <i>Tags:</i> {shown(', '.join(mark.tags))}" if mark.tags else ""
    return f'<p class="mark">&#8226; {what}{note}{tags}</p>'

