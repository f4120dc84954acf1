"""Generate the sample's images and their .meta.json sidecars with Pillow.

What is drawn: charts of public sanctions data, schematic maps (labelled "schematic, not to scale"),
organisation charts, timelines, synthetic document facsimiles with redaction bars and sanction-notice
mock-ups. Never photographs, never faces, never names of victims or detainees. Text inside the
images is ASCII (Pillow's default font has no other glyphs); sidecar captions carry the proper
spellings and some Chinese and Uyghur.

Deterministic: fixed random seeds, no timestamps (EXIF DateTime is a fixed value), fixed order.
Run after make_synthetic.py:  python resources/sample/_tools/make_images.py
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.dont_write_bytecode = True  # keep __pycache__ out of the sample folder
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_synthetic  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "images"

# ---------------------------------------------------------------------------------------------
# Drawing helpers
# ---------------------------------------------------------------------------------------------

INK = (33, 37, 41)
MUTED = (108, 117, 125)
PAPER = (250, 250, 246)
GRID = (222, 226, 230)
BLUE = (47, 94, 153)
TEAL = (32, 128, 120)
ORANGE = (204, 112, 38)
RED = (176, 42, 55)
PURPLE = (111, 66, 150)
OLIVE = (120, 130, 40)
GOLD = (190, 150, 30)
PALETTE = [BLUE, ORANGE, TEAL, RED, PURPLE, OLIVE, GOLD, (90, 90, 90)]

_FONTS: dict[int, ImageFont.FreeTypeFont] = {}


def font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _FONTS:
        _FONTS[size] = ImageFont.load_default(size=size)
    return _FONTS[size]


def new(w: int, h: int, bg=PAPER) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (w, h), bg)
    return img, ImageDraw.Draw(img)


def text_w(d: ImageDraw.ImageDraw, text: str, size: int) -> int:
    box = d.textbbox((0, 0), text, font=font(size))
    return box[2] - box[0]


def wrap(d: ImageDraw.ImageDraw, text: str, size: int, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        cand = f"{cur} {word}".strip()
        if cur and text_w(d, cand, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def text_block(d, xy, text, size=16, fill=INK, width=None, spacing=1.3, anchor_center=False):
    x, y = xy
    lines = wrap(d, text, size, width) if width else text.split("\n")
    for line in lines:
        if anchor_center:
            d.text((x - text_w(d, line, size) / 2, y), line, font=font(size), fill=fill)
        else:
            d.text((x, y), line, font=font(size), fill=fill)
        y += size * spacing
    return y


def header(d, w, title, subtitle=None):
    d.text((32, 22), title, font=font(26), fill=INK)
    if subtitle:
        d.text((32, 58), subtitle, font=font(15), fill=MUTED)
    d.line([(32, 84), (w - 32, 84)], fill=GRID, width=2)


def footer(d, w, h, text="Casefile sample. Drawn for demonstration; see the sidecar for sources."):
    d.line([(32, h - 34), (w - 32, h - 34)], fill=GRID, width=1)
    d.text((32, h - 27), text, font=font(12), fill=MUTED)


def label_box(d, xy, text, size=14, fill=(255, 243, 205), outline=(200, 160, 40), color=INK, pad=6):
    x, y = xy
    tw = text_w(d, text, size)
    d.rectangle([x, y, x + tw + 2 * pad, y + size + 2 * pad], fill=fill, outline=outline, width=2)
    d.text((x + pad, y + pad - 1), text, font=font(size), fill=color)


def schematic_badge(d, w, y=96):
    label_box(d, (w - 300, y), "SCHEMATIC - NOT TO SCALE", size=15)


def synthetic_banner(d, w, text="SYNTHETIC SAMPLE - invented for Casefile, not a real document"):
    d.rectangle([0, 0, w, 30], fill=RED)
    d.text((12, 7), text, font=font(15), fill=(255, 255, 255))


def watermark(img: Image.Image, text: str, alpha: int = 46, size: int = 72, color=(176, 42, 55)):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    tw = text_w(ld, text, size)
    diag = int(math.hypot(*img.size))
    strip = Image.new("RGBA", (diag, size * 2), (0, 0, 0, 0))
    sd = ImageDraw.Draw(strip)
    sd.text(((diag - tw) / 2, size / 2), text, font=font(size), fill=color + (alpha,))
    strip = strip.rotate(math.degrees(math.atan2(img.size[1], img.size[0])), expand=True,
                         resample=Image.Resampling.BICUBIC)
    layer.paste(strip, ((img.size[0] - strip.size[0]) // 2, (img.size[1] - strip.size[1]) // 2), strip)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def arrow(d, p1, p2, fill=MUTED, width=2, head=9):
    d.line([p1, p2], fill=fill, width=width)
    ang = math.atan2(p2[1] - p1[1], p2[0] - p1[0])
    a1 = (p2[0] - head * math.cos(ang - 0.4), p2[1] - head * math.sin(ang - 0.4))
    a2 = (p2[0] - head * math.cos(ang + 0.4), p2[1] - head * math.sin(ang + 0.4))
    d.polygon([p2, a1, a2], fill=fill)


def node(d, rect, title, lines=(), fill=(233, 240, 248), outline=BLUE, size=15, sub=12):
    x0, y0, x1, y1 = rect
    d.rounded_rectangle(rect, radius=8, fill=fill, outline=outline, width=2)
    y = y0 + 8
    for line in wrap(d, title, size, x1 - x0 - 16):
        d.text(((x0 + x1) / 2 - text_w(d, line, size) / 2, y), line, font=font(size), fill=INK)
        y += size * 1.25
    for text in lines:
        for line in wrap(d, text, sub, x1 - x0 - 16):
            d.text(((x0 + x1) / 2 - text_w(d, line, sub) / 2, y), line, font=font(sub), fill=MUTED)
            y += sub * 1.3


def star(d, center, r=9, fill=RED, outline=(255, 255, 255)):
    cx, cy = center
    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.45
        ang = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=fill, outline=outline)


# ---------------------------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------------------------

def bar_chart(title, subtitle, labels, values, colors=None, w=960, h=600, ylabel="", note=None,
              stacked=None, legend=None):
    """Vertical bars; `stacked` is a list of value lists (one per series) instead of `values`."""
    img, d = new(w, h)
    header(d, w, title, subtitle)
    left, right, top, bottom = 90, w - 40, 120, h - 110
    series = stacked or [values]
    totals = [sum(s[i] for s in series) for i in range(len(labels))]
    vmax = max(totals)
    step = next(st for st in (1, 2, 5, 10, 20, 25, 50, 100) if vmax / st <= 9)
    ymax = step * math.ceil((vmax + 0.5) / step)
    for v in range(0, ymax + 1, step):
        y = bottom - (bottom - top) * v / ymax
        d.line([(left, y), (right, y)], fill=GRID, width=1)
        d.text((left - 12 - text_w(d, str(v), 13), y - 8), str(v), font=font(13), fill=MUTED)
    slot = (right - left) / len(labels)
    bw = slot * 0.56
    for i, lab in enumerate(labels):
        x0 = left + slot * i + (slot - bw) / 2
        base = bottom
        for s, vals in enumerate(series):
            v = vals[i]
            if not v:
                continue
            hgt = (bottom - top) * v / ymax
            color = (legend and PALETTE[s]) or (colors[i] if colors else PALETTE[0])
            d.rectangle([x0, base - hgt, x0 + bw, base], fill=color)
            base -= hgt
        d.text((x0 + bw / 2 - text_w(d, str(totals[i]), 15) / 2, base - 22), str(totals[i]),
               font=font(15), fill=INK)
        yy = bottom + 8
        for line in wrap(d, lab, 13, int(slot) - 6):
            d.text((x0 + bw / 2 - text_w(d, line, 13) / 2, yy), line, font=font(13), fill=INK)
            yy += 16
    d.line([(left, bottom), (right, bottom)], fill=INK, width=2)
    if ylabel:
        d.text((32, top - 24), ylabel, font=font(13), fill=MUTED)
    if legend:
        lx = right - 10
        for s, name in reversed(list(enumerate(legend))):
            lx -= text_w(d, name, 13) + 34
            d.rectangle([lx, top - 26, lx + 14, top - 12], fill=PALETTE[s])
            d.text((lx + 20, top - 27), name, font=font(13), fill=INK)
    if note:
        text_block(d, (32, h - 74), note, size=13, fill=MUTED, width=w - 64)
    footer(d, w, h)
    return img


def hbar_chart(title, subtitle, labels, values, w=960, h=560, note=None, color=BLUE, fmt=str):
    img, d = new(w, h)
    header(d, w, title, subtitle)
    left, right, top = 330, w - 90, 115
    vmax = max(values)
    row = min(48, (h - top - 110) / len(labels))
    for i, (lab, v) in enumerate(zip(labels, values)):
        y = top + i * row
        yy = y + row / 2 - 9
        lines = wrap(d, lab, 14, left - 50)
        yy = y + row / 2 - 8 * len(lines)
        for line in lines:
            d.text((left - 14 - text_w(d, line, 14), yy), line, font=font(14), fill=INK)
            yy += 16
        bw = (right - left) * v / vmax
        d.rectangle([left, y + row * 0.18, left + bw, y + row * 0.82], fill=color)
        d.text((left + bw + 8, y + row / 2 - 8), fmt(v), font=font(14), fill=INK)
    if note:
        text_block(d, (32, h - 78), note, size=13, fill=MUTED, width=w - 64)
    footer(d, w, h)
    return img


def gantt(title, subtitle, rows, start, end, w=1000, h=480, note=None, marks=()):
    """rows: (label, start_year_float, end_year_float, color, text, open_ended)."""
    img, d = new(w, h)
    header(d, w, title, subtitle)
    left, right, top = 250, w - 40, 130
    row_h = 56

    def X(year):
        return left + (right - left) * (year - start) / (end - start)

    bottom = top + row_h * len(rows) + 10
    for yr in range(math.ceil(start), int(end) + 1):
        x = X(yr)
        d.line([(x, top - 10), (x, bottom)], fill=GRID, width=1)
        d.text((x - text_w(d, str(yr), 12) / 2, bottom + 6), str(yr), font=font(12), fill=MUTED)
    for i, (lab, s, e, color, text, open_end) in enumerate(rows):
        y = top + i * row_h
        lines = wrap(d, lab, 14, left - 40)
        yy = y + row_h / 2 - 8 * len(lines) - 4
        for line in lines:
            d.text((left - 14 - text_w(d, line, 14), yy), line, font=font(14), fill=INK)
            yy += 16
        d.rectangle([X(s), y + 8, X(e), y + row_h - 16], fill=color)
        if open_end:
            for k in range(3):
                xx = X(e) + 6 + k * 9
                d.rectangle([xx, y + 8, xx + 4, y + row_h - 16], fill=color)
        if text_w(d, text, 13) + 12 <= X(e) - X(s):
            d.text((X(s) + 6, y + row_h / 2 - 12), text, font=font(13), fill=(255, 255, 255))
        else:
            d.text((X(s) - 8 - text_w(d, text, 13), y + row_h / 2 - 12), text, font=font(13), fill=INK)
    for year, text in marks:
        x = X(year)
        d.line([(x, top - 14), (x, bottom)], fill=RED, width=2)
        d.text((x + 4, top - 30), text, font=font(12), fill=RED)
    if note:
        text_block(d, (32, h - 78), note, size=13, fill=MUTED, width=w - 64)
    footer(d, w, h)
    return img


def step_line_chart(title, subtitle, series, x_dates, w=960, h=560, note=None):
    """series: list of (name, color, values per x); x_dates: labels, equally spaced (not to scale)."""
    img, d = new(w, h)
    header(d, w, title, subtitle)
    left, right, top, bottom = 90, w - 60, 130, h - 140
    vmax = max(max(v) for _, _, v in series)
    ymax = 5 * math.ceil((vmax + 1) / 5)
    for v in range(0, ymax + 1, 5):
        y = bottom - (bottom - top) * v / ymax
        d.line([(left, y), (right, y)], fill=GRID)
        d.text((left - 12 - text_w(d, str(v), 13), y - 8), str(v), font=font(13), fill=MUTED)
    n = len(x_dates)
    xs = [left + (right - left) * (i + 0.5) / n for i in range(n)]
    for i, lab in enumerate(x_dates):
        yy = bottom + 10
        for line in lab.split("\n"):
            d.text((xs[i] - text_w(d, line, 13) / 2, yy), line, font=font(13), fill=INK)
            yy += 16
    for s, (name, color, vals) in enumerate(series):
        pts = []
        for i, v in enumerate(vals):
            y = bottom - (bottom - top) * v / ymax
            if pts:
                pts.append((xs[i], pts[-1][1]))
            pts.append((xs[i], y))
        d.line(pts, fill=color, width=4, joint="curve")
        for i, v in enumerate(vals):
            y = bottom - (bottom - top) * v / ymax
            d.ellipse([xs[i] - 5, y - 5, xs[i] + 5, y + 5], fill=color)
            d.text((xs[i] + 8, y - 22), str(v), font=font(13), fill=color)
        d.rectangle([left + 10 + s * 330, top - 30, left + 24 + s * 330, top - 16], fill=color)
        d.text((left + 30 + s * 330, top - 32), name, font=font(13), fill=INK)
    d.line([(left, bottom), (right, bottom)], fill=INK, width=2)
    if note:
        text_block(d, (32, h - 80), note, size=13, fill=MUTED, width=w - 64)
    footer(d, w, h)
    return img


def event_timeline(title, subtitle, events, w=1100, h=450, note=None, color=BLUE):
    """Evenly spaced events along a line (the spacing is not proportional to time)."""
    img, d = new(w, h)
    header(d, w, title, subtitle)
    y = 270
    left, right = 70, w - 70
    d.line([(left, y), (right, y)], fill=INK, width=3)
    n = len(events)
    slot = (right - left) / n
    for i, (date, text) in enumerate(events):
        x = left + slot * (i + 0.5)
        d.ellipse([x - 8, y - 8, x + 8, y + 8], fill=color, outline=(255, 255, 255), width=2)
        up = i % 2 == 0
        d.line([(x, y - 10 if up else y + 10), (x, y - 40 if up else y + 40)], fill=MUTED, width=1)
        d.text((x - text_w(d, date, 15) / 2, (y - 68) if up else (y + 46)), date, font=font(15),
               fill=color)
        lines = wrap(d, text, 13, int(slot * 1.8) - 10)
        ty = (y - 68 - 17 * len(lines) - 4) if up else (y + 68)
        for line in lines:
            d.text((x - text_w(d, line, 13) / 2, ty), line, font=font(13), fill=INK)
            ty += 17
    d.text((right - text_w(d, "Spacing between events is not to scale", 12), y + 115),
           "Spacing between events is not to scale", font=font(12), fill=MUTED)
    if note:
        text_block(d, (32, h - 74), note, size=13, fill=MUTED, width=w - 64)
    footer(d, w, h)
    return img


# ---------------------------------------------------------------------------------------------
# Schematic maps
# ---------------------------------------------------------------------------------------------

# An invented, simplified outline (not a survey of the real boundary) on a 1000 x 640 canvas.
XJ_OUTLINE = [(110, 420), (150, 330), (240, 300), (250, 230), (330, 170), (430, 140), (500, 60),
              (600, 50), (660, 120), (700, 200), (820, 210), (930, 250), (950, 360), (880, 420),
              (860, 520), (760, 590), (560, 610), (400, 600), (300, 570), (200, 540), (150, 480)]
# Approximate relative positions of the prefecture-level divisions (schematic only).
XJ_REGIONS = [
    ("Altay", (580, 130)), ("Tacheng", (420, 200)), ("Bortala", (300, 255)),
    ("Ili", (300, 335)), ("Changji", (560, 275)), ("Urumqi", (600, 330)),
    ("Turpan", (700, 340)), ("Hami", (850, 310)), ("Bayingolin", (690, 480)),
    ("Aksu", (430, 420)), ("Kizilsu", (190, 420)), ("Kashgar", (270, 500)),
    ("Hotan", (470, 555)),
]
KONASHEHER = (228, 496)
TEKES = (322, 362)
URUMQI = (600, 315)


def _region_map(w, h, outline, centers, fills, scale=4):
    """Colour each cell of a schematic outline by its nearest centre; returns (img, label grid)."""
    sw, sh = w // scale, h // scale
    mask = Image.new("L", (sw, sh), 0)
    ImageDraw.Draw(mask).polygon([(x / scale, y / scale) for x, y in outline], fill=255)
    small = Image.new("RGB", (sw, sh), PAPER)
    lab = Image.new("L", (sw, sh), 0)
    mp, sp, lp = mask.load(), small.load(), lab.load()
    cs = [(x / scale, y / scale) for x, y in centers]
    for yy in range(sh):
        for xx in range(sw):
            if mp[xx, yy]:
                best = min(range(len(cs)), key=lambda i: (cs[i][0] - xx) ** 2 + (cs[i][1] - yy) ** 2)
                sp[xx, yy] = fills[best]
                lp[xx, yy] = 20 + best * 10
    big = small.resize((w, h), Image.Resampling.NEAREST)
    edges = lab.resize((w, h), Image.Resampling.NEAREST).filter(ImageFilter.FIND_EDGES)
    edges = edges.point(lambda v: 255 if v > 0 else 0)
    big.paste((255, 255, 255), mask=edges)
    return big


def map_xinjiang(highlight=(), title="", subtitle="", marks=True, w=1000, h=740):
    fills = []
    for name, _ in XJ_REGIONS:
        fills.append((205, 222, 240) if name in highlight else (226, 230, 222))
    body = _region_map(1000, 640, XJ_OUTLINE, [c for _, c in XJ_REGIONS], fills)
    img, d = new(w, h)
    img.paste(body.crop((0, 0, 1000, 640)).resize((1000, 640)), (0, 60))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 92], fill=PAPER)
    header(d, w, title, subtitle)
    d.line([(x, y + 60) for x, y in XJ_OUTLINE] + [(XJ_OUTLINE[0][0], XJ_OUTLINE[0][1] + 60)],
           fill=(90, 100, 90), width=3)
    for name, (x, y) in XJ_REGIONS:
        if name == "Urumqi":
            continue
        size = 15 if name in highlight else 13
        d.text((x - text_w(d, name, size) / 2, y + 60 - 8), name, font=font(size),
               fill=INK if name in highlight else MUTED)
    d.ellipse([URUMQI[0] - 6, URUMQI[1] + 54, URUMQI[0] + 6, URUMQI[1] + 66], fill=INK)
    d.text((URUMQI[0] + 10, URUMQI[1] + 50), "Urumqi (regional capital)", font=font(13), fill=INK)
    if marks:
        star(d, (KONASHEHER[0], KONASHEHER[1] + 60), r=11)
        label_box(d, (40, KONASHEHER[1] + 100), "Konasheher (Shufu) County", size=14,
                  fill=(255, 255, 255), outline=RED)
        d.line([(KONASHEHER[0], KONASHEHER[1] + 70), (120, KONASHEHER[1] + 100)], fill=RED, width=2)
        star(d, (TEKES[0], TEKES[1] + 60), r=11)
        label_box(d, (120, TEKES[1] + 10), "Tekes County", size=14, fill=(255, 255, 255), outline=RED)
        d.line([(TEKES[0] - 8, TEKES[1] + 58), (230, TEKES[1] + 24)], fill=RED, width=2)
    schematic_badge(d, w)
    d.text((w - 300, 130), "Borders simplified and invented;", font=font(12), fill=MUTED)
    d.text((w - 300, 146), "positions approximate.", font=font(12), fill=MUTED)
    footer(d, w, h, "Casefile sample. Schematic drawing, not a map: do not use for navigation "
                    "or to locate places.")
    return img


def map_detail(title, subtitle, cells, focus, extra_dots=(), w=900, h=640, outline=None):
    """A single prefecture drawn schematically with invented county cells; `focus` is highlighted."""
    outline = outline or [(140, 200), (260, 140), (420, 130), (560, 170), (700, 160), (780, 260),
                          (760, 400), (650, 520), (470, 560), (300, 540), (180, 470), (120, 330)]
    fills = [(205, 222, 240) if name == focus else (226, 230, 222) for name, _ in cells]
    body = _region_map(w, h, outline, [c for _, c in cells], fills)
    img = Image.new("RGB", (w, h), PAPER)
    img.paste(body)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 92], fill=PAPER)
    header(d, w, title, subtitle)
    d.line(outline + [outline[0]], fill=(90, 100, 90), width=3)
    for name, (x, y) in cells:
        if name.startswith("_"):
            continue
        size = 16 if name == focus else 13
        d.text((x - text_w(d, name, size) / 2, y - 8), name, font=font(size),
               fill=INK if name == focus else MUTED)
    for name, (x, y) in extra_dots:
        d.ellipse([x - 5, y - 5, x + 5, y + 5], fill=INK)
        d.text((x + 9, y - 8), name, font=font(13), fill=INK)
    schematic_badge(d, w)
    d.text((w - 300, 130), "County cells are invented shapes.", font=font(12), fill=MUTED)
    footer(d, w, h, "Casefile sample. Schematic drawing, not a map: shapes and positions are "
                    "approximate and partly invented.")
    return img


def map_xinjiang_tibet():
    w, h = 1000, 680
    img, d = new(w, h)
    header(d, w, "Chen Quanguo: two regional posts",
           "Tibet Autonomous Region 2011-2016, Xinjiang Uyghur Autonomous Region 2016-2021")
    xj = [(130, 250), (220, 170), (360, 150), (470, 100), (560, 110), (620, 180), (760, 200),
          (820, 280), (760, 330), (620, 360), (430, 370), (260, 350), (150, 320)]
    tb = [(200, 420), (330, 380), (520, 395), (660, 410), (820, 440), (870, 520), (760, 600),
          (560, 610), (380, 590), (240, 540)]
    d.polygon(xj, fill=(205, 222, 240), outline=(90, 100, 90))
    d.polygon(tb, fill=(236, 222, 200), outline=(90, 100, 90))
    d.line(xj + [xj[0]], fill=(90, 100, 90), width=3)
    d.line(tb + [tb[0]], fill=(90, 100, 90), width=3)
    d.text((330, 240), "Xinjiang Uyghur Autonomous Region", font=font(18), fill=INK)
    d.text((400, 268), "Party Secretary 2016-2021", font=font(14), fill=MUTED)
    d.text((380, 480), "Tibet Autonomous Region", font=font(18), fill=INK)
    d.text((400, 508), "Party Secretary 2011-2016", font=font(14), fill=MUTED)
    d.ellipse([514, 164, 526, 176], fill=INK)
    d.text((530, 160), "Urumqi", font=font(13), fill=INK)
    d.ellipse([604, 516, 616, 528], fill=INK)
    d.text((620, 512), "Lhasa", font=font(13), fill=INK)
    arrow(d, (880, 520), (830, 300), fill=RED, width=4, head=14)
    label_box(d, (840, 390), "August 2016", size=14, fill=(255, 255, 255), outline=RED)
    schematic_badge(d, w)
    footer(d, w, h, "Casefile sample. Schematic drawing: shapes, sizes and positions are "
                    "simplified and not to scale.")
    return img


# ---------------------------------------------------------------------------------------------
# Organisation charts
# ---------------------------------------------------------------------------------------------

def org_xpcc():
    w, h = 1000, 700
    img, d = new(w, h)
    header(d, w, "Xinjiang Production and Construction Corps (XPCC): simplified structure",
           "Based on public descriptions; posts as described in sanctions announcements 2020-2021")
    node(d, (330, 110, 670, 190), "XPCC leadership (headquarters, Urumqi)",
         ["Party Committee and Commander"])
    node(d, (30, 240, 300, 350), "Party Secretary",
         ["Sun Jinlong (former; OFAC 2020)", "Wang Junzheng (2020-2021; EU/UK/CA/US 2021)"],
         fill=(248, 236, 222), outline=ORANGE)
    node(d, (320, 240, 590, 350), "Commander",
         ["Peng Jiarui (described by OFAC in 2020 as Deputy Party Secretary and Commander)"],
         fill=(248, 236, 222), outline=ORANGE)
    node(d, (690, 240, 970, 350), "XPCC Public Security Bureau",
         ["Police body of the XPCC", "Listed by EU, UK, Canada 22 Mar 2021"],
         fill=(246, 225, 228), outline=RED)
    node(d, (120, 420, 480, 500), "Divisions (shi)", ["Each with its own administration"])
    node(d, (120, 560, 480, 640), "Regiments (tuan)", ["Farms, settlements and towns"])
    node(d, (560, 420, 900, 500), "Companies and enterprises", ["Cotton, agriculture, industry"])
    arrow(d, (420, 190), (165, 238))
    arrow(d, (455, 190), (455, 238))
    arrow(d, (660, 190), (830, 238))
    d.line([(640, 190), (640, 385), (300, 385)], fill=MUTED, width=2)
    d.line([(640, 385), (730, 385)], fill=MUTED, width=2)
    arrow(d, (300, 385), (300, 418))
    arrow(d, (730, 385), (730, 418))
    label_box(d, (520, 580), "The XPCC was designated by OFAC on 31 July 2020", size=14)
    footer(d, w, h, "Casefile sample. Simplified illustration; not a complete or current "
                    "organisation chart.")
    return img


def org_security():
    w, h = 1000, 760
    img, d = new(w, h)
    header(d, w, "Xinjiang security apparatus: simplified chain of command",
           "Posts as described in sanctions announcements of 2020-2021; not a complete or current structure")
    node(d, (300, 110, 700, 190), "CCP Xinjiang Uyghur Autonomous Region Committee",
         ["Party Secretary: Chen Quanguo (2016-2021)"])
    node(d, (300, 240, 700, 330), "Political and Legal Affairs Commission",
         ["Secretary: Zhu Hailun (former)", "Secretary: Wang Mingshan (as listed in 2021)"])
    node(d, (300, 380, 700, 480), "Xinjiang Public Security Bureau (Department)",
         ["Director and Party Secretary: Wang Mingshan (as described in 2020)",
          "Director: Chen Mingguo (as listed in 2021)", "Party Secretary: Huo Liujun (former)"],
         fill=(246, 225, 228), outline=RED)
    node(d, (300, 530, 700, 590), "Prefecture public security bureaus", ["e.g. Kashgar, Ili"])
    node(d, (300, 640, 700, 700), "County public security bureaus", ["e.g. Konasheher, Tekes"])
    node(d, (750, 380, 970, 480), "Regional government", ["Vice Chairman: Chen Mingguo"],
         fill=(236, 240, 226), outline=OLIVE)
    node(d, (30, 380, 250, 480), "Ministry of Public Security", ["Minister: Zhao Kezhi (2017-2022)"],
         fill=(236, 240, 226), outline=OLIVE)
    for y1, y2 in ((190, 238), (330, 378), (480, 528), (590, 638)):
        arrow(d, (500, y1), (500, y2))
    d.line([(700, 430), (748, 430)], fill=MUTED, width=2)
    d.line([(252, 430), (298, 430)], fill=MUTED, width=2)
    footer(d, w, h, "Casefile sample. Simplified illustration drawn from public sanctions "
                    "announcements; lines show reporting, not every legal relationship.")
    return img


def org_sanctions_network():
    w, h = 1100, 720
    img, d = new(w, h)
    header(d, w, "Who designated whom, July 2020 - March 2021",
           "Lines join each authority to the persons and bodies it designated or listed")
    auths = [("OFAC (US Treasury)", BLUE), ("US State Department", TEAL), ("US CBP", OLIVE),
             ("Council of the EU", PURPLE), ("UK FCDO", RED), ("Global Affairs Canada", ORANGE)]
    targets = ["Chen Quanguo", "Zhu Hailun", "Wang Mingshan", "Huo Liujun",
               "Xinjiang Public Security Bureau", "XPCC", "Sun Jinlong", "Peng Jiarui",
               "Wang Junzheng", "Chen Mingguo", "XPCC Public Security Bureau"]
    links = {
        0: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 1: [0, 1, 2], 2: [5],
        3: [1, 2, 8, 9, 10], 4: [1, 2, 8, 9, 10], 5: [1, 2, 8, 9, 10],
    }
    ay = {i: 140 + i * 92 for i in range(len(auths))}
    ty = {j: 120 + j * 50 for j in range(len(targets))}
    for i, js in links.items():
        for j in js:
            d.line([(300, ay[i] + 20), (720, ty[j] + 14)], fill=auths[i][1], width=2)
    for i, (name, color) in enumerate(auths):
        d.rounded_rectangle([40, ay[i], 300, ay[i] + 40], radius=6, fill=color)
        d.text((52, ay[i] + 11), name, font=font(15), fill=(255, 255, 255))
    for j, name in enumerate(targets):
        body = j in (4, 5, 10)
        d.rounded_rectangle([720, ty[j], 1060, ty[j] + 30], radius=6,
                            fill=(246, 225, 228) if body else (233, 240, 248),
                            outline=RED if body else BLUE)
        d.text((732, ty[j] + 7), name, font=font(14), fill=INK)
    d.text((720, 680 - 24), "Pink: bodies. Blue: persons.", font=font(12), fill=MUTED)
    footer(d, w, h, "Casefile sample. Drawn from the Sanction records in entities/officials.jsonl; "
                    "later amendments or removals are not shown.")
    return img


def org_counter_sanctions():
    w, h = 1000, 680
    img, d = new(w, h)
    header(d, w, "China's counter-sanctions of 22 March 2021",
           "Announced by the Ministry of Foreign Affairs of the People's Republic of China")
    node(d, (290, 105, 710, 175), "PRC Ministry of Foreign Affairs",
         ["Entry ban and restrictions on dealings with China"], fill=(246, 225, 228), outline=RED)
    groups = [
        ("Members of the European Parliament", ["Reinhard Butikofer", "Michael Gahler",
         "Raphael Glucksmann", "Ilhan Kyuchyuk", "Miriam Lexmann"], (30, 230, 330, 470)),
        ("National parliamentarians", ["Sjoerd Sjoerdsma (NL)", "Samuel Cogolati (BE)",
         "Dovile Sakaliene (LT)"], (350, 230, 650, 400)),
        ("Researchers", ["Adrian Zenz", "Bjorn Jerden"], (670, 230, 970, 350)),
        ("Bodies", ["EU Political and Security Committee", "European Parliament Subcommittee on "
         "Human Rights", "MERICS (Berlin)", "Alliance of Democracies Foundation (Copenhagen)"],
         (350, 440, 970, 600)),
    ]
    for title, names, (x0, y0, x1, y1) in groups:
        d.rounded_rectangle([x0, y0, x1, y1], radius=8, fill=(233, 240, 248), outline=BLUE, width=2)
        d.text((x0 + 12, y0 + 10), title, font=font(15), fill=INK)
        y = y0 + 38
        for name in names:
            d.text((x0 + 20, y), "- " + name, font=font(14), fill=INK)
            y += 24
        if title == "Bodies":
            d.line([(710, 140), (988, 140), (988, 520)], fill=MUTED, width=2)
            arrow(d, (988, 520), (x1 + 2, 520))
        else:
            arrow(d, (500, 175), ((x0 + x1) / 2, y0 - 2))
    d.text((30, 500), "Names are shown without diacritics", font=font(12), fill=MUTED)
    d.text((30, 516), "because of the drawing font.", font=font(12), fill=MUTED)
    footer(d, w, h)
    return img


def org_un():
    w, h = 960, 600
    img, d = new(w, h)
    header(d, w, "UN human rights bodies in this archive", "Simplified")
    node(d, (330, 110, 630, 170), "United Nations")
    node(d, (80, 240, 420, 330), "Human Rights Council", ["Intergovernmental body in Geneva",
         "Oct 2022: proposal for a debate rejected"])
    node(d, (540, 240, 880, 330), "OHCHR (Geneva)", ["Office of the UN High Commissioner",
         "for Human Rights"])
    node(d, (540, 390, 880, 490), "High Commissioner", ["Michelle Bachelet (2018-2022)",
         "Volker Turk (from October 2022)"])
    node(d, (80, 390, 420, 490), "Assessment on Xinjiang", ["Published 31 August 2022"],
         fill=(248, 236, 222), outline=ORANGE)
    arrow(d, (480, 170), (250, 238))
    arrow(d, (480, 170), (710, 238))
    arrow(d, (710, 330), (710, 388))
    arrow(d, (540, 440), (422, 440))
    footer(d, w, h)
    return img


def org_synthetic():
    w, h = 900, 620
    img, d = new(w, h)
    synthetic_banner(d, w)
    d.text((32, 46), "Synthetic County Bureau 07: organisation chart", font=font(24), fill=INK)
    d.text((32, 80), "All names invented for the Casefile sample", font=font(15), fill=MUTED)
    node(d, (300, 130, 600, 200), "Synthetic County Bureau 07", ["Synthetic County G"],
         fill=(246, 225, 228), outline=RED)
    node(d, (120, 260, 420, 340), "Director", ["Synthetic Official 013"])
    node(d, (480, 260, 780, 340), "Deputy Director", ["Synthetic Official 014"])
    node(d, (120, 420, 420, 500), "Records Officer", ["Synthetic Official 073"])
    node(d, (480, 420, 780, 500), "Archivist", ["Synthetic Official 141"])
    arrow(d, (450, 200), (270, 258))
    arrow(d, (450, 200), (630, 258))
    arrow(d, (270, 340), (270, 418))
    arrow(d, (630, 340), (630, 418))
    img = watermark(img, "SYNTHETIC SAMPLE", alpha=40, size=70)
    d = ImageDraw.Draw(img)
    footer(d, w, h, "Casefile sample. SYNTHETIC: no real office or person is depicted.")
    return img


# ---------------------------------------------------------------------------------------------
# Synthetic facsimiles and notice mock-ups
# ---------------------------------------------------------------------------------------------

def paper(w, h, seed):
    rng = random.Random(seed)
    img, d = new(w, h, (246, 244, 236))
    for _ in range(40):  # faint fibres, cheap to compress
        x, y = rng.randrange(w), rng.randrange(h)
        d.line([(x, y), (x + rng.randint(-30, 30), y + rng.randint(-3, 3))], fill=(236, 233, 222))
    return img, d, rng


def fake_lines(d, rng, x, y, width, n, size=10, gap=22, color=(150, 150, 150)):
    for _ in range(n):
        ww = int(width * rng.uniform(0.55, 1.0))
        cx = x
        while cx < x + ww:
            seg = rng.randint(20, 70)
            d.rectangle([cx, y, min(cx + seg, x + ww), y + size - 4], fill=color)
            cx += seg + rng.randint(6, 10)
        y += gap
    return y


def redact(d, rect):
    d.rectangle(rect, fill=(12, 12, 12))


def stamp(d, center, text="SYNTHETIC", r=62):
    cx, cy = center
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=RED, width=4)
    d.ellipse([cx - r + 8, cy - r + 8, cx + r - 8, cy + r - 8], outline=RED, width=2)
    d.text((cx - text_w(d, text, 17) / 2, cy - 10), text, font=font(17), fill=RED)


def facsimile(kind, seed, fields, title, ref, w=760, h=1000, table=None):
    img, d, rng = paper(w, h, seed)
    synthetic_banner(d, w, "SYNTHETIC SAMPLE - facsimile invented for Casefile")
    d.text((50, 60), title, font=font(24), fill=INK)
    d.text((50, 94), f"Ref. {ref} (invented)", font=font(14), fill=MUTED)
    d.line([(50, 120), (w - 50, 120)], fill=(120, 120, 120), width=2)
    y = 140
    for label, value, hidden in fields:
        d.text((50, y), label, font=font(15), fill=INK)
        if hidden:
            redact(d, [250, y - 2, 250 + rng.randint(180, 380), y + 18])
        else:
            d.text((250, y), value, font=font(15), fill=(30, 50, 90))
        d.line([(248, y + 21), (w - 50, y + 21)], fill=(200, 200, 190))
        y += 38
    y += 14
    if table:
        cols, rows = table
        cw = (w - 100) / len(cols)
        d.rectangle([50, y, w - 50, y + 26], fill=(225, 222, 210))
        for i, c in enumerate(cols):
            d.text((58 + i * cw, y + 5), c, font=font(13), fill=INK)
        y += 26
        for r, row in enumerate(rows):
            for i, cell in enumerate(row):
                if cell == "#":
                    redact(d, [56 + i * cw, y + 5, 50 + (i + 1) * cw - 10, y + 21])
                else:
                    d.text((58 + i * cw, y + 5), cell, font=font(13), fill=INK)
            d.line([(50, y + 26), (w - 50, y + 26)], fill=(200, 200, 190))
            y += 26
        y += 20
    y = fake_lines(d, rng, 50, y, w - 100, 6)
    redact(d, [50, y + 4, w - 220, y + 20])
    y = fake_lines(d, rng, 50, y + 36, w - 100, 5)
    for _ in range(2):
        yy = rng.randint(y - 100, y - 20)
        redact(d, [rng.randint(60, 300), yy, rng.randint(360, 600), yy + 14])
    stamp(d, (w - 150, h - 170))
    d.text((50, h - 120), "Signature:", font=font(14), fill=INK)
    redact(d, [140, h - 124, 330, h - 104])
    d.text((50, h - 70), "Every name, number and mark on this page is invented. "
                         "Not a real document.", font=font(13), fill=RED)
    return watermark(img, "SYNTHETIC SAMPLE", alpha=52, size=80)


def notice(authority, programme, date, names, subtitle, w=900, h=1200, note=None,
           band=(40, 60, 90)):
    img, d = new(w, h, (252, 252, 250))
    d.rectangle([0, 0, w, 110], fill=band)
    d.text((40, 22), "MOCK-UP - NOT AN OFFICIAL DOCUMENT", font=font(16), fill=(255, 220, 120))
    d.text((40, 50), authority, font=font(24), fill=(255, 255, 255))
    d.text((40, 82), subtitle, font=font(14), fill=(220, 225, 235))
    y = 140
    for label, value in (("Programme", programme), ("Date announced", date)):
        d.text((40, y), label, font=font(15), fill=MUTED)
        y2 = y
        for line in wrap(d, value, 17, w - 300):
            d.text((240, y2), line, font=font(17), fill=INK)
            y2 += 22
        y = max(y + 38, y2 + 14)
    d.line([(40, y), (w - 40, y)], fill=GRID, width=2)
    y += 18
    d.text((40, y), "Persons and bodies named", font=font(18), fill=INK)
    y += 36
    for i, (name, desc) in enumerate(names, 1):
        d.text((50, y), f"{i}.", font=font(16), fill=MUTED)
        d.text((86, y), name, font=font(16), fill=INK)
        y += 22
        for line in wrap(d, desc, 13, w - 150):
            d.text((86, y), line, font=font(13), fill=MUTED)
            y += 17
        y += 12
    if note:
        y += 10
        for line in wrap(d, note, 13, w - 80):
            d.text((40, y), line, font=font(13), fill=INK)
            y += 18
    h = max(int(y) + 150, 560)
    img = img.crop((0, 0, w, h))
    d = ImageDraw.Draw(img)
    d.rectangle([40, h - 120, w - 40, h - 40], outline=RED, width=2)
    text_block(d, (54, h - 110), "Illustration drawn for the Casefile sample. It summarises a public "
               "announcement in a made-up layout; it imitates no real seal, letterhead or form. "
               "Check the official list for the real text and the current status.",
               size=13, fill=RED, width=w - 110)
    return watermark(img, "MOCK-UP", alpha=30, size=110, color=(40, 60, 90))


# ---------------------------------------------------------------------------------------------
# The images
# ---------------------------------------------------------------------------------------------

SAMPLE_SOURCE = "Drawn for the Casefile sample from public announcements"
EXIF_DATETIME = "2026:11:01 00:00:00"
EXIF_COPYRIGHT = "CC BY 4.0 - Casefile demo publisher (sample data)"


def images():
    """Yield (file name, image, sidecar, exif description or None)."""
    synth_counts = Counter(r[1] for r in make_synthetic.build())

    # --- charts ------------------------------------------------------------------------------
    yield ("chart-listings-2021-03-22-by-jurisdiction.png",
           bar_chart("Listings announced on 22 March 2021", "Persons and bodies named, by authority",
                     ["European Union", "United Kingdom", "Canada", "United States (OFAC)",
                      "China (counter-sanctions)"], [5, 5, 5, 2, 14],
                     colors=[PURPLE, RED, ORANGE, BLUE, (90, 90, 90)], ylabel="Number named",
                     note="EU, UK and Canada: Zhu Hailun, Wang Junzheng, Wang Mingshan, Chen Mingguo "
                          "and the XPCC Public Security Bureau. US: Wang Junzheng and Chen Mingguo. "
                          "China: 10 individuals and 4 bodies in Europe."),
           {"title": "Listings announced on 22 March 2021, by authority",
            "caption": ("Bar chart: on 22 March 2021 the EU, the UK and Canada each listed five "
                        "(Zhu Hailun, Wang Junzheng, Wang Mingshan, Chen Mingguo and the XPCC Public "
                        "Security Bureau), the US designated two, and the PRC Ministry of Foreign "
                        "Affairs named 14 in counter-sanctions."),
            "date": "2021-03-22", "place": "Brussels; London; Ottawa; Washington, D.C.; Beijing",
            "entities": ["event-sanctions-2021-03-22", "org-eu-council", "org-uk-fcdo", "org-gac",
                         "org-us-ofac", "org-prc-mfa"]}, None)

    yield ("chart-designations-by-authority-2020-2021.png",
           bar_chart("Designations by authority, July 2020 - March 2021",
                     "Sanction records in this archive, split into persons and bodies",
                     ["OFAC", "US State Dept", "US CBP", "Council of the EU", "UK FCDO",
                      "Global Affairs Canada", "PRC MFA (counter)"], None,
                     stacked=[[8, 3, 0, 4, 4, 4, 10], [2, 0, 1, 1, 1, 1, 4]],
                     legend=["Persons", "Bodies"], ylabel="Records",
                     note="The CBP record is a withhold release order on XPCC cotton, not a "
                          "designation under a sanctions programme."),
           {"title": "Designations by authority, July 2020 - March 2021",
            "caption": ("Stacked bar chart of the Sanction records in this archive: OFAC 10, US "
                        "State Department 3, CBP 1 (withhold release order on XPCC cotton), Council "
                        "of the EU 5, UK FCDO 5, Global Affairs Canada 5, PRC Ministry of Foreign "
                        "Affairs 14 (counter-sanctions)."),
            "date": "2021-03", "place": "", "entities": ["org-us-ofac", "org-us-state", "org-us-cbp",
                                                          "org-eu-council", "org-uk-fcdo", "org-gac",
                                                          "org-prc-mfa"]}, None)

    yield ("chart-cumulative-designations-2020-2021.png",
           step_line_chart("Sanction records over time, 2020-2021",
                           "Cumulative number of records in this archive, by announcement date",
                           [("Western authorities (US, EU, UK, Canada)", BLUE, [8, 11, 12, 29]),
                            ("PRC counter-sanctions", RED, [0, 0, 0, 14])],
                           ["9 Jul 2020\nOFAC + State", "31 Jul 2020\nOFAC (XPCC)",
                            "2 Dec 2020\nCBP order", "22 Mar 2021\ncoordinated"],
                           note="Points are spaced evenly, not in proportion to time. One record per "
                                "authority and target: a person listed by three authorities counts "
                                "three times."),
           {"title": "Sanction records over time, 2020-2021",
            "caption": ("Line chart of the cumulative number of Sanction records in this archive: "
                        "8 after 9 July 2020, 11 after 31 July 2020, 12 after the CBP order of "
                        "2 December 2020 and 29 after 22 March 2021, when China's 14 "
                        "counter-sanctions records also begin."),
            "date": "2021-03-22", "place": "", "entities": ["org-us-ofac", "org-eu-council",
                                                             "org-prc-mfa", "org-xpcc"]}, None)

    yield ("chart-counter-sanctions-2021-03-22.jpg",
           hbar_chart("China's counter-sanctions of 22 March 2021", "Who was named, by category",
                      ["Members of the European Parliament", "National parliamentarians",
                       "Researchers", "EU bodies", "Research institute (MERICS)",
                       "Foundation (Alliance of Democracies)"], [5, 3, 2, 2, 1, 1], color=RED, h=480,
                      note="Announced by the Ministry of Foreign Affairs of the People's Republic "
                           "of China on the day of the EU listings."),
           {"title": "China's counter-sanctions of 22 March 2021, by category",
            "caption": ("中华人民共和国外交部2021年3月22日宣布的反制裁对象：五名欧洲议会议员、三名成员国议员、"
                        "两名研究人员（包括郑国恩）以及四个实体。 / Horizontal bar chart of the "
                        "ten individuals and four bodies named by the PRC Ministry of Foreign Affairs."),
            "date": "2021-03-22", "place": "Beijing", "language": "zh",
            "entities": ["org-prc-mfa", "person-adrian-zenz", "person-reinhard-butikofer",
                         "org-merics", "org-adf", "org-eu-psc", "org-ep-droi"]},
           "Chart: China's counter-sanctions of 22 March 2021 by category")

    yield ("chart-chen-quanguo-career.png",
           gantt("Chen Quanguo: posts 2011-2022", "Tenures recorded in this archive",
                 [("Party Secretary, Tibet Autonomous Region", 2011.6, 2016.6, ORANGE, "Aug 2011 - Aug 2016", False),
                  ("Party Secretary, Xinjiang Uyghur Autonomous Region", 2016.6, 2021.95, BLUE, "Aug 2016 - Dec 2021", False),
                  ("Member of the CCP Politburo", 2017.8, 2022.8, TEAL, "Oct 2017 - Oct 2022", False)],
                 2010, 2023, h=440, marks=[(2020.52, "OFAC designation, 9 Jul 2020")]),
           {"title": "Chen Quanguo: posts 2011-2022",
            "caption": ("Timeline of the posts of Chen Quanguo (陈全国; چېن چۈەنگو): Party Secretary of "
                        "the Tibet Autonomous Region 2011-2016, Party Secretary of the Xinjiang Uyghur "
                        "Autonomous Region 2016-2021, Politburo member 2017-2022; OFAC designation "
                        "on 9 July 2020."),
            "date": "2016-08", "place": "Tibet Autonomous Region; Xinjiang Uyghur Autonomous Region",
            "entities": ["person-chen-quanguo", "pos-tar-party-secretary", "pos-xuar-party-secretary",
                         "org-ccp-politburo", "sanction-us-ofac-2020-chen-quanguo"]}, None)

    yield ("chart-xinjiang-party-secretaries.png",
           gantt("Party Secretaries of the Xinjiang Uyghur Autonomous Region",
                 "Three tenures recorded in this archive",
                 [("Zhang Chunxian", 2010.3, 2016.6, (90, 90, 90), "Apr 2010 - Aug 2016", False),
                  ("Chen Quanguo", 2016.6, 2021.95, BLUE, "Aug 2016 - Dec 2021", False),
                  ("Ma Xingrui", 2021.95, 2023.2, TEAL, "from Dec 2021", True)],
                 2009, 2024, h=420,
                 note="The end of Ma Xingrui's tenure is not recorded in this sample."),
           {"title": "Party Secretaries of the Xinjiang Uyghur Autonomous Region, 2010-2021",
            "caption": ("Timeline: Zhang Chunxian (张春贤) 2010-2016, Chen Quanguo (陈全国) 2016-2021, "
                        "Ma Xingrui (马兴瑞) from December 2021. / شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق "
                        "پارتكوم شۇجىلىرى"),
            "date": "2021-12", "place": "Xinjiang Uyghur Autonomous Region",
            "entities": ["pos-xuar-party-secretary", "person-zhang-chunxian", "person-chen-quanguo",
                         "person-ma-xingrui", "place-xuar"]}, None)

    yield ("chart-un-high-commissioners.png",
           gantt("UN High Commissioners for Human Rights, 2018-2023", "Tenures recorded in this archive",
                 [("Michelle Bachelet", 2018.67, 2022.67, PURPLE, "Sep 2018 - Aug 2022", False),
                  ("Volker Turk", 2022.8, 2023.6, TEAL, "from Oct 2022", True)],
                 2018, 2024, h=380, marks=[(2022.66, "Assessment, 31 Aug 2022")]),
           {"title": "UN High Commissioners for Human Rights, 2018-2023",
            "caption": ("Timeline: Michelle Bachelet, High Commissioner from September 2018 to August "
                        "2022, and Volker Türk from October 2022; the OHCHR assessment on Xinjiang "
                        "was published on 31 August 2022."),
            "date": "2022-08-31", "place": "Geneva",
            "entities": ["pos-un-hchr", "person-michelle-bachelet", "person-volker-turk", "org-ohchr",
                         "event-ohchr-assessment"]}, None)

    order = ["Person", "Organization", "Address", "Position", "Occupancy"]
    yield ("chart-synthetic-entities-by-schema.png",
           bar_chart("SYNTHETIC records in entities/synthetic.csv",
                     "Invented records by FollowTheMoney schema (synthetic data)",
                     order, [synth_counts[s] for s in order], colors=[ORANGE] * 5,
                     ylabel="Records",
                     note="All of these records are invented for demonstration. None is modelled on "
                          "a real person, organisation or place."),
           {"title": "SYNTHETIC: synthetic records by schema",
            "caption": ("Bar chart of the synthetic entity records: " + ", ".join(
                f"{synth_counts[s]} {s}" for s in order) + ". All invented for demonstration."),
            "date": "2026-11", "place": "", "entities": ["synth-person-001", "synth-org-bureau-01",
                                                          "synth-addr-county-a"], "synthetic": True}, None)

    yield ("chart-synthetic-procurement-2031.png",
           hbar_chart("SYNTHETIC procurement totals, invented year 2031",
                      "Invented amounts in synthetic units (SU) from the synthetic procurement register",
                      ["Synthetic County Bureau 01", "Synthetic County Bureau 07",
                       "Synthetic County Bureau 08", "Synthetic County Bureau 12"],
                      [26800, 45520, 48780, 60540], color=ORANGE, h=460,
                      fmt=lambda v: f"{v:,} SU",
                      note="SYNTHETIC DATA: every office, amount and year is invented."),
           {"title": "SYNTHETIC: procurement totals by office, invented year 2031",
            "caption": ("合成数据：虚构的2031年采购总额。Synthetic County Bureau 01: 26,800 SU; 07: "
                        "45,520 SU; 08: 48,780 SU; 12: 60,540 SU. All invented."),
            "date": "2031", "place": "Synthetic County A; Synthetic County G; Synthetic County H; "
                                     "Synthetic County D",
            "entities": ["synth-org-bureau-01", "synth-org-bureau-07", "synth-org-bureau-08",
                         "synth-org-bureau-12"], "synthetic": True}, None)

    # --- maps --------------------------------------------------------------------------------
    yield ("map-xinjiang-prefectures-schematic.png",
           map_xinjiang(highlight=("Kashgar", "Ili"),
                        title="Xinjiang Uyghur Autonomous Region: prefecture-level divisions",
                        subtitle="Konasheher and Tekes counties marked with stars"),
           {"title": "Schematic map of the Xinjiang Uyghur Autonomous Region",
            "caption": ("Schematic, not to scale: prefecture-level divisions of the Xinjiang Uyghur "
                        "Autonomous Region (新疆维吾尔自治区), with Kashgar Prefecture and the Ili "
                        "Kazakh Autonomous Prefecture highlighted, Konasheher (Shufu, 疏附县) and "
                        "Tekes (特克斯县) counties marked, and Ürümqi (乌鲁木齐)."),
            "date": "2022", "place": "Xinjiang Uyghur Autonomous Region",
            "entities": ["place-xuar", "place-kashgar", "place-ili", "place-konasheher",
                         "place-tekes", "place-urumqi"]}, None)

    kashgar_cells = [("Konasheher (Shufu)", (300, 300)), ("Kashgar city", (440, 290)),
                     ("_a", (250, 430)), ("_b", (420, 450)), ("_c", (560, 400)),
                     ("_d", (650, 250)), ("_e", (520, 190)), ("_f", (300, 190))]
    yield ("map-kashgar-konasheher-schematic.jpg",
           map_detail("Kashgar Prefecture and Konasheher County",
                      "Konasheher (Shufu) County lies next to Kashgar city",
                      kashgar_cells, "Konasheher (Shufu)"),
           {"title": "Schematic map: Kashgar Prefecture and Konasheher County",
            "caption": ("قەشقەر ۋىلايىتى ۋە كوناشەھەر ناھىيىسىنىڭ سىزما خەرىتىسى، ماسشتابى توغرا ئەمەس. / "
                        "Schematic, not to scale: Konasheher County (Shufu County, 疏附县) in Kashgar "
                        "Prefecture (喀什地区), one of the two counties of the Xinjiang Police Files. "
                        "County shapes are invented."),
            "date": "2022-05-24", "place": "Konasheher County, Kashgar Prefecture", "language": "ug",
            "entities": ["place-konasheher", "place-kashgar", "event-xinjiang-police-files"]},
           "Schematic map, not to scale: Kashgar Prefecture and Konasheher (Shufu) County")

    ili_cells = [("Tekes", (420, 450)), ("_a", (250, 300)), ("_b", (420, 260)), ("_c", (600, 260)),
                 ("_d", (270, 440)), ("_e", (620, 420)), ("_f", (700, 330))]
    yield ("map-ili-tekes-schematic.png",
           map_detail("Ili Kazakh Autonomous Prefecture and Tekes County",
                      "Tekes County lies in the south of the prefecture",
                      ili_cells, "Tekes", extra_dots=[("Yining (prefecture seat)", (340, 300))]),
           {"title": "Schematic map: Ili Kazakh Autonomous Prefecture and Tekes County",
            "caption": ("Schematic, not to scale: Tekes County (特克斯县; تېكەس ناھىيىسى) in the Ili "
                        "Kazakh Autonomous Prefecture (伊犁哈萨克自治州; ئىلى قازاق ئاپتونوم ئوبلاستى), "
                        "one of the two counties of the Xinjiang Police Files. County shapes are invented."),
            "date": "2022-05-24", "place": "Tekes County, Ili Kazakh Autonomous Prefecture",
            "entities": ["place-tekes", "place-ili", "event-xinjiang-police-files"]}, None)

    yield ("map-police-files-counties-schematic.tif",
           map_xinjiang(highlight=(), title="The Xinjiang Police Files: two counties",
                        subtitle="Material reported to come from Konasheher (Shufu) and Tekes counties",
                        w=1000, h=740),
           {"title": "Schematic map: the two counties of the Xinjiang Police Files",
            "caption": ("Schematic, not to scale: the Xinjiang Police Files (新疆警察文件; شىنجاڭ ساقچى "
                        "ھۆججەتلىرى), published on 24 May 2022, are reported to come from Konasheher "
                        "County (كوناشەھەر ناھىيىسى) in Kashgar Prefecture and Tekes County "
                        "(تېكەس ناھىيىسى) in the Ili Kazakh Autonomous Prefecture."),
            "date": "2022-05-24", "place": "Xinjiang Uyghur Autonomous Region",
            "entities": ["event-xinjiang-police-files", "place-konasheher", "place-tekes",
                         "place-xuar"]}, None)

    yield ("map-xinjiang-tibet-schematic.png", map_xinjiang_tibet(),
           {"title": "Schematic map: Chen Quanguo's posts in Tibet and Xinjiang",
            "caption": ("Schematic, not to scale: Chen Quanguo (陈全国) was Party Secretary of the "
                        "Tibet Autonomous Region (西藏自治区) from 2011 to 2016 and of the Xinjiang "
                        "Uyghur Autonomous Region from 2016 to 2021."),
            "date": "2016-08", "place": "Tibet Autonomous Region; Xinjiang Uyghur Autonomous Region",
            "entities": ["person-chen-quanguo", "place-tibet", "place-xuar",
                         "occ-chen-quanguo-tibet", "occ-chen-quanguo-xinjiang"]}, None)

    # --- organisation charts -----------------------------------------------------------------
    yield ("org-xpcc-structure.png", org_xpcc(),
           {"title": "XPCC: simplified structure",
            "caption": ("Simplified organisation chart of the Xinjiang Production and Construction "
                        "Corps (新疆生产建设兵团; شىنجاڭ ئىشلەپچىقىرىش-قۇرۇلۇش بىڭتۇەنى): leadership, "
                        "divisions and regiments, companies, and the XPCC Public Security Bureau; "
                        "with Sun Jinlong, Wang Junzheng and Peng Jiarui."),
            "date": "2021-03-22", "place": "Ürümqi",
            "entities": ["org-xpcc", "org-xpcc-psb", "person-sun-jinlong", "person-wang-junzheng",
                         "person-peng-jiarui", "pos-xpcc-party-secretary", "pos-xpcc-commander"]}, None)

    yield ("org-xinjiang-security-apparatus.png", org_security(),
           {"title": "Xinjiang security apparatus: simplified chain of command",
            "caption": ("Simplified chart: CCP Xinjiang Committee (Party Secretary Chen Quanguo), "
                        "Political and Legal Affairs Commission (Zhu Hailun, Wang Mingshan), Xinjiang "
                        "Public Security Bureau (Wang Mingshan as described in 2020, Chen Mingguo, Huo "
                        "Liujun), prefecture and county bureaus. 新疆维吾尔自治区公安厅。"),
            "date": "2021-03-22", "place": "Ürümqi",
            "entities": ["org-ccp-xinjiang", "org-xuar-plac", "org-xinjiang-psb",
                         "person-chen-quanguo", "person-zhu-hailun", "person-wang-mingshan",
                         "person-chen-mingguo", "person-huo-liujun", "person-zhao-kezhi", "org-mps",
                         "org-xuar-government"]}, None)

    yield ("org-sanctions-network.png", org_sanctions_network(),
           {"title": "Who designated whom, July 2020 - March 2021",
            "caption": ("Network diagram joining OFAC, the US State Department, CBP, the Council of "
                        "the EU, the UK FCDO and Global Affairs Canada to the officials and bodies "
                        "they designated, including Chen Quanguo, Zhu Hailun, the XPCC and the XPCC "
                        "Public Security Bureau."),
            "date": "2021-03-22", "place": "",
            "entities": ["org-us-ofac", "org-us-state", "org-us-cbp", "org-eu-council", "org-uk-fcdo",
                         "org-gac", "person-chen-quanguo", "person-zhu-hailun", "person-wang-mingshan",
                         "person-huo-liujun", "org-xinjiang-psb", "org-xpcc", "person-sun-jinlong",
                         "person-peng-jiarui", "person-wang-junzheng", "person-chen-mingguo",
                         "org-xpcc-psb"]}, None)

    yield ("org-counter-sanctions-targets.jpg", org_counter_sanctions(),
           {"title": "China's counter-sanctions of 22 March 2021: who was named",
            "caption": ("Chart of the ten individuals and four bodies named by the PRC Ministry of "
                        "Foreign Affairs: MEPs Reinhard Bütikofer, Michael Gahler, Raphaël "
                        "Glucksmann, Ilhan Kyuchyuk and Miriam Lexmann; Sjoerd Sjoerdsma, Samuel "
                        "Cogolati, Dovilė Šakalienė; Adrian Zenz, Björn Jerdén; the EU Political and "
                        "Security Committee, the European Parliament Subcommittee on Human Rights, "
                        "MERICS and the Alliance of Democracies Foundation."),
            "date": "2021-03-22", "place": "Beijing",
            "entities": ["org-prc-mfa", "person-reinhard-butikofer", "person-michael-gahler",
                         "person-raphael-glucksmann", "person-ilhan-kyuchyuk", "person-miriam-lexmann",
                         "person-sjoerd-sjoerdsma", "person-samuel-cogolati", "person-dovile-sakaliene",
                         "person-adrian-zenz", "person-bjorn-jerden", "org-eu-psc", "org-ep-droi",
                         "org-merics", "org-adf"]},
           "Chart: persons and bodies named in China's counter-sanctions of 22 March 2021")

    yield ("org-un-human-rights.png", org_un(),
           {"title": "UN human rights bodies in this archive",
            "caption": ("Simplified chart of the UN Human Rights Council and OHCHR (联合国人权事务高级专员"
                        "办事处), with High Commissioners Michelle Bachelet and Volker Türk and the "
                        "assessment of 31 August 2022."),
            "date": "2022-08-31", "place": "Geneva",
            "entities": ["org-ohchr", "org-un-hrc", "pos-un-hchr", "person-michelle-bachelet",
                         "person-volker-turk", "event-ohchr-assessment"]}, None)

    yield ("org-synthetic-county-bureau-07.png", org_synthetic(),
           {"title": "SYNTHETIC: organisation chart of Synthetic County Bureau 07",
            "caption": ("Synthetic organisation chart: Synthetic County Bureau 07 (合成县局07) with "
                        "Synthetic Official 013 (Director), 014 (Deputy Director), 073 and 141. All "
                        "invented."),
            "date": "2031", "place": "Synthetic County G",
            "entities": ["synth-org-bureau-07", "synth-person-013", "synth-person-014",
                         "synth-person-073", "synth-person-141", "synth-pos-bureau-07-director",
                         "synth-pos-bureau-07-deputy"], "synthetic": True}, None)

    # --- timelines ---------------------------------------------------------------------------
    yield ("timeline-2022-police-files-ohchr.png",
           event_timeline("2022: the Police Files and the OHCHR assessment", "Selected events",
                          [("May 2022", "UN High Commissioner Michelle Bachelet visits China"),
                           ("24 May 2022", "Xinjiang Police Files published"),
                           ("21 Jun 2022", "US forced-labour import presumption takes effect"),
                           ("31 Aug 2022", "OHCHR assessment published"),
                           ("Oct 2022", "Human Rights Council rejects a proposed debate"),
                           ("Oct 2022", "Volker Turk becomes High Commissioner")], w=1100),
           {"title": "2022: the Xinjiang Police Files and the OHCHR assessment",
            "caption": ("Timeline of 2022: Michelle Bachelet's visit to China (May), publication of "
                        "the Xinjiang Police Files (24 May), the OHCHR assessment (31 August) and the "
                        "Human Rights Council vote (October). / 2022年：新疆警察文件与联合国人权高专办评估。"),
            "date": "2022", "place": "Geneva; Xinjiang Uyghur Autonomous Region",
            "entities": ["event-xinjiang-police-files", "event-ohchr-assessment",
                         "person-michelle-bachelet", "person-volker-turk", "org-un-hrc", "org-ohchr"]},
           None)

    yield ("timeline-xpcc.png",
           event_timeline("The XPCC: selected dates", "From foundation to sanctions",
                          [("1954", "XPCC founded"), ("1975", "Dissolved"), ("1981", "Restored"),
                           ("31 Jul 2020", "OFAC designates the XPCC, Sun Jinlong, Peng Jiarui"),
                           ("2 Dec 2020", "CBP withhold release order on XPCC cotton"),
                           ("22 Mar 2021", "EU, UK, Canada list the XPCC Public Security Bureau"),
                           ("21 Jun 2022", "US import presumption for goods from the region")],
                          w=1100, color=TEAL),
           {"title": "The XPCC: selected dates, 1954-2022",
            "caption": ("Timeline of the Xinjiang Production and Construction Corps (新疆生产建设兵团): "
                        "founded 1954, dissolved 1975, restored 1981; OFAC designation 31 July 2020; "
                        "CBP withhold release order 2 December 2020; listing of the XPCC Public "
                        "Security Bureau 22 March 2021."),
            "date": "2020-07-31", "place": "Xinjiang Uyghur Autonomous Region",
            "entities": ["org-xpcc", "org-xpcc-psb", "sanction-us-ofac-2020-xpcc",
                         "sanction-us-cbp-2020-xpcc", "sanction-eu-2021-xpcc-psb"]}, None)

    yield ("timeline-sanctions-2020-2021.jpg",
           event_timeline("Sanctions and counter-sanctions, 2020-2021", "Selected announcements",
                          [("9 Jul 2020", "OFAC: Chen Quanguo, Zhu Hailun, Wang Mingshan, Huo Liujun, Xinjiang PSB"),
                           ("31 Jul 2020", "OFAC: XPCC, Sun Jinlong, Peng Jiarui"),
                           ("2 Dec 2020", "CBP order on XPCC cotton"),
                           ("7 Dec 2020", "EU adopts its global human rights sanctions regime"),
                           ("22 Mar 2021", "EU, UK, Canada and US listings; China's counter-sanctions"),
                           ("May 2021", "European Parliament freezes work on the investment agreement")],
                          w=1100, color=PURPLE),
           {"title": "Sanctions and counter-sanctions, 2020-2021",
            "caption": ("Timeline: OFAC designations of 9 and 31 July 2020, the CBP order of 2 December "
                        "2020, the EU regime of 7 December 2020, the coordinated listings and China's "
                        "counter-sanctions of 22 March 2021, and the European Parliament's decision of "
                        "May 2021."),
            "date": "2021-03-22", "place": "",
            "entities": ["org-us-ofac", "org-us-cbp", "org-eu-council", "org-prc-mfa",
                         "org-european-parliament", "event-sanctions-2021-03-22"]},
           "Timeline: Xinjiang-related sanctions and counter-sanctions, 2020-2021")

    # --- synthetic facsimiles ----------------------------------------------------------------
    yield ("facsimile-synthetic-personnel-form-01.jpg",
           facsimile("personnel", 101,
                     [("Name", "Synthetic Official 013", False), ("Post", "Director", False),
                      ("Office", "Synthetic County Bureau 07", False), ("ID number", "", True),
                      ("Home address", "", True), ("Start date", "2031-02 (invented)", False)],
                     "SYNTHETIC PERSONNEL FORM", "SYN-PF-0013"),
           {"title": "SYNTHETIC: personnel form of Synthetic Official 013",
            "caption": ("Synthetic facsimile with redaction bars: personnel form of Synthetic Official "
                        "013 (合成官员013), Director of Synthetic County Bureau 07. Invented; labelled "
                        "SYNTHETIC SAMPLE."),
            "date": "2031", "place": "Synthetic County G",
            "entities": ["synth-person-013", "synth-org-bureau-07", "synth-pos-bureau-07-director"],
            "synthetic": True},
           "SYNTHETIC SAMPLE: invented personnel form with redactions")

    yield ("facsimile-synthetic-personnel-form-02.jpg",
           facsimile("personnel", 102,
                     [("Name", "Synthetic Official 014", False), ("Post", "Deputy Director", False),
                      ("Office", "Synthetic County Bureau 07", False), ("ID number", "", True),
                      ("Phone", "", True), ("Start date", "2031-01 (invented)", False)],
                     "SYNTHETIC PERSONNEL FORM", "SYN-PF-0014"),
           {"title": "SYNTHETIC: personnel form of Synthetic Official 014",
            "caption": ("合成样本：虚构的人事表格（合成官员014），含涂黑部分。 / Synthetic facsimile: personnel "
                        "form of Synthetic Official 014, Deputy Director of Synthetic County Bureau 07."),
            "date": "2031", "place": "Synthetic County G", "language": "zh",
            "entities": ["synth-person-014", "synth-org-bureau-07", "synth-pos-bureau-07-deputy"],
            "synthetic": True},
           "SYNTHETIC SAMPLE: invented personnel form with redactions")

    yield ("facsimile-synthetic-procurement-order.jpg",
           facsimile("order", 103,
                     [("Buyer", "Synthetic County Bureau 07", False),
                      ("Supplier", "Synthetic Trading Company 11", False),
                      ("Approved by", "Synthetic Official 014", False), ("Account", "", True)],
                     "SYNTHETIC PURCHASE ORDER", "SYN-PO-P003",
                     table=(["Item", "Qty", "Unit", "Amount (SU)"],
                            [["Paper, A4", "400", "ream", "9,800"], ["Toner", "30", "unit", "5,100"],
                             ["Delivery", "1", "trip", "#"]])),
           {"title": "SYNTHETIC: purchase order P-003",
            "caption": ("Synthetic facsimile of purchase order P-003 from Synthetic County Bureau 07 "
                        "to Synthetic Trading Company 11, approved by Synthetic Official 014. "
                        "Invented; see the synthetic procurement register."),
            "date": "2031-02-03", "place": "Synthetic Township 07",
            "entities": ["synth-org-bureau-07", "synth-org-company-11", "synth-person-014"],
            "synthetic": True},
           "SYNTHETIC SAMPLE: invented purchase order with redactions")

    yield ("facsimile-synthetic-meeting-minutes.jpg",
           facsimile("minutes", 104,
                     [("Meeting", "Quarterly review (invented)", False),
                      ("Chair", "Synthetic Official 009", False),
                      ("Attending", "Synthetic Official 013, Synthetic Official 015", False),
                      ("Also present", "", True), ("Venue", "", True)],
                     "SYNTHETIC MEETING MINUTES", "SYN-MM-2031-2"),
           {"title": "SYNTHETIC: minutes of an invented quarterly review",
            "caption": ("Synthetic facsimile of meeting minutes chaired by Synthetic Official 009 with "
                        "Synthetic Officials 013 and 015; names of others redacted. All invented."),
            "date": "2031-06", "place": "Synthetic County E",
            "entities": ["synth-person-009", "synth-person-013", "synth-person-015",
                         "synth-org-bureau-05"], "synthetic": True},
           "SYNTHETIC SAMPLE: invented meeting minutes with redactions")

    yield ("facsimile-synthetic-inspection-checklist.png",
           facsimile("checklist", 105,
                     [("Site", "Synthetic Facility 02", False),
                      ("Inspector", "Synthetic Official 009", False),
                      ("Office", "Synthetic County Bureau 05", False), ("Visit date", "", True)],
                     "SYNTHETIC INSPECTION CHECKLIST", "SYN-IC-02",
                     table=(["Check", "Result", "Note"],
                            [["Fire exits", "pass", "-"], ["Ledger matches stock", "fail", "see audit"],
                             ["Site plan on file", "pass", "#"], ["Signatures", "#", "#"]])),
           {"title": "SYNTHETIC: inspection checklist for Synthetic Facility 02",
            "caption": ("Synthetic facsimile: inspection checklist for Synthetic Facility 02 (合成设施02) "
                        "by Synthetic Official 009 of Synthetic County Bureau 05. Invented."),
            "date": "2031-03", "place": "Synthetic Township 15",
            "entities": ["synth-org-facility-02", "synth-person-009", "synth-org-bureau-05",
                         "synth-addr-township-15"], "synthetic": True}, None)

    yield ("facsimile-synthetic-vehicle-log.png",
           facsimile("vehicle", 106,
                     [("Office", "Synthetic County Bureau 08", False), ("Vehicle", "", True),
                      ("Driver", "", True), ("Signed off by", "Synthetic Official 015", False)],
                     "SYNTHETIC VEHICLE LOG", "SYN-VL-08",
                     table=(["Date", "From", "To", "km"],
                            [["2031-03-02", "Township 08", "County H office", "14"],
                             ["2031-03-05", "County H office", "#", "#"],
                             ["2031-03-09", "Township 08", "Township 16", "31"]])),
           {"title": "SYNTHETIC: vehicle log of Synthetic County Bureau 08",
            "caption": ("Synthetic facsimile of a vehicle log of Synthetic County Bureau 08, signed off "
                        "by Synthetic Official 015; driver and vehicle redacted. Invented."),
            "date": "2031-03", "place": "Synthetic County H",
            "entities": ["synth-org-bureau-08", "synth-person-015", "synth-addr-township-08",
                         "synth-addr-county-h"], "synthetic": True}, None)

    yield ("facsimile-synthetic-budget-table.png",
           facsimile("budget", 107,
                     [("Office", "Synthetic County Bureau 12", False),
                      ("Prepared by", "Synthetic Official 023", False), ("Checked by", "", True)],
                     "SYNTHETIC BUDGET SUMMARY", "SYN-BS-12",
                     table=(["Line", "Planned (SU)", "Spent (SU)", "Note"],
                            [["Furniture", "25,000", "22,500", "-"], ["Cement", "30,000", "31,000", "over"],
                             ["Canteen", "8,000", "7,040", "-"], ["Other", "#", "#", "#"]])),
           {"title": "SYNTHETIC: budget summary of Synthetic County Bureau 12",
            "caption": ("Synthetic facsimile: budget summary of Synthetic County Bureau 12 (合成县局12) "
                        "prepared by Synthetic Official 023. Invented."),
            "date": "2031", "place": "Synthetic County D",
            "entities": ["synth-org-bureau-12", "synth-person-023"], "synthetic": True}, None)

    yield ("facsimile-synthetic-memo.webp",
           facsimile("memo", 108,
                     [("To", "Synthetic Official 001", False), ("From", "Synthetic Official 078", False),
                      ("Copy", "", True), ("Subject", "Canteen supplies order P-010", False)],
                     "SYNTHETIC INTERNAL MEMO", "SYN-MEMO-010"),
           {"title": "SYNTHETIC: internal memo about order P-010",
            "caption": ("Synthetic facsimile memo from Synthetic Official 078 to Synthetic Official 001 "
                        "of Synthetic County Bureau 01 about order P-010. Invented."),
            "date": "2031-05-27", "place": "Synthetic County A",
            "entities": ["synth-person-001", "synth-person-078", "synth-org-bureau-01"],
            "synthetic": True}, None)

    # --- notice mock-ups ---------------------------------------------------------------------
    yield ("notice-mockup-ofac-2020-07-09.png",
           notice("Office of Foreign Assets Control (US Treasury)", "Global Magnitsky (E.O. 13818)",
                  "9 July 2020",
                  [("Chen Quanguo", "Party Secretary of the Xinjiang Uyghur Autonomous Region at the time"),
                   ("Zhu Hailun", "former Deputy Party Secretary of the region"),
                   ("Wang Mingshan", "Director and Party Secretary of the Xinjiang Public Security Bureau, as described"),
                   ("Huo Liujun", "former Party Secretary of the Xinjiang Public Security Bureau"),
                   ("Xinjiang Public Security Bureau", "regional police authority")],
                  "Summary of a designation announcement"),
           {"title": "MOCK-UP: OFAC designations of 9 July 2020",
            "caption": ("Mock-up, not an official document: summary of the OFAC Global Magnitsky "
                        "designations of 9 July 2020 (Chen Quanguo 陈全国, Zhu Hailun 朱海仑, Wang "
                        "Mingshan 王明山, Huo Liujun 霍留军 and the Xinjiang Public Security Bureau)."),
            "date": "2020-07-09", "place": "Washington, D.C.",
            "entities": ["org-us-ofac", "person-chen-quanguo", "person-zhu-hailun",
                         "person-wang-mingshan", "person-huo-liujun", "org-xinjiang-psb",
                         "sanction-us-ofac-2020-chen-quanguo"], "synthetic": True}, None)

    yield ("notice-mockup-ofac-2020-07-31.jpg",
           notice("Office of Foreign Assets Control (US Treasury)", "Global Magnitsky (E.O. 13818)",
                  "31 July 2020",
                  [("Xinjiang Production and Construction Corps (XPCC)", "state economic and paramilitary organisation"),
                   ("Sun Jinlong", "former Party Secretary of the XPCC"),
                   ("Peng Jiarui", "Deputy Party Secretary and Commander of the XPCC, as described")],
                  "Summary of a designation announcement"),
           {"title": "MOCK-UP: OFAC designations of 31 July 2020",
            "caption": ("Mock-up, not an official document: OFAC designation of the Xinjiang Production "
                        "and Construction Corps (新疆生产建设兵团), Sun Jinlong (孙金龙) and Peng Jiarui "
                        "(彭家瑞) on 31 July 2020."),
            "date": "2020-07-31", "place": "Washington, D.C.",
            "entities": ["org-us-ofac", "org-xpcc", "person-sun-jinlong", "person-peng-jiarui",
                         "sanction-us-ofac-2020-xpcc"], "synthetic": True},
           "MOCK-UP, not an official document: OFAC designations of 31 July 2020")

    yield ("notice-mockup-cbp-wro-2020-12-02.jpg",
           notice("U.S. Customs and Border Protection", "Withhold Release Order (forced labour)",
                  "2 December 2020",
                  [("Xinjiang Production and Construction Corps (XPCC)",
                    "cotton and cotton products made by the XPCC to be detained at US ports of entry")],
                  "Summary of a trade measure", band=(30, 80, 70),
                  note="A withhold release order is a customs measure, not a sanctions designation."),
           {"title": "MOCK-UP: CBP withhold release order on XPCC cotton, 2 December 2020",
            "caption": ("Mock-up, not an official document: the US CBP withhold release order of "
                        "2 December 2020 on cotton and cotton products made by the XPCC."),
            "date": "2020-12-02", "place": "Washington, D.C.",
            "entities": ["org-us-cbp", "org-xpcc", "sanction-us-cbp-2020-xpcc"], "synthetic": True},
           "MOCK-UP, not an official document: CBP withhold release order on XPCC cotton")

    listed = [("Zhu Hailun", "former Deputy Party Secretary of the Xinjiang Uyghur Autonomous Region"),
              ("Wang Junzheng", "Party Secretary of the XPCC"),
              ("Wang Mingshan", "Secretary of the regional Political and Legal Affairs Commission"),
              ("Chen Mingguo", "Director of the Xinjiang Public Security Bureau"),
              ("XPCC Public Security Bureau", "police body of the XPCC")]
    listed_ids = ["person-zhu-hailun", "person-wang-junzheng", "person-wang-mingshan",
                  "person-chen-mingguo", "org-xpcc-psb"]
    yield ("notice-mockup-eu-2021-03-22.png",
           notice("Council of the European Union", "EU Global Human Rights Sanctions Regime",
                  "22 March 2021", listed, "Summary of a listing decision", band=(40, 50, 110)),
           {"title": "MOCK-UP: EU listings of 22 March 2021",
            "caption": ("Mock-up, not an official document: the Council of the EU's listings of "
                        "22 March 2021 (Zhu Hailun, Wang Junzheng, Wang Mingshan, Chen Mingguo, XPCC "
                        "Public Security Bureau). / ياۋروپا ئىتتىپاقىنىڭ 2021-يىلى 22-مارتتىكى "
                        "جازا تىزىملىكى (نەمۇنە، رەسمىي ھۆججەت ئەمەس)."),
            "date": "2021-03-22", "place": "Brussels",
            "entities": ["org-eu-council"] + listed_ids + ["sanction-eu-2021-zhu-hailun"],
            "synthetic": True}, None)

    yield ("notice-mockup-uk-2021-03-22.jpg",
           notice("Foreign, Commonwealth & Development Office (UK)",
                  "Global Human Rights Sanctions Regulations 2020", "22 March 2021", listed,
                  "Summary of a designation announcement", band=(70, 40, 60)),
           {"title": "MOCK-UP: UK designations of 22 March 2021",
            "caption": ("Mock-up, not an official document: UK designations of 22 March 2021 under the "
                        "Global Human Rights Sanctions Regulations 2020."),
            "date": "2021-03-22", "place": "London",
            "entities": ["org-uk-fcdo"] + listed_ids + ["sanction-uk-2021-zhu-hailun"],
            "synthetic": True},
           "MOCK-UP, not an official document: UK designations of 22 March 2021")

    yield ("notice-mockup-canada-2021-03-22.png",
           notice("Global Affairs Canada", "Special Economic Measures Act", "22 March 2021", listed,
                  "Summary of a listing announcement", band=(110, 30, 30)),
           {"title": "MOCK-UP: Canadian listings of 22 March 2021",
            "caption": ("Mock-up, not an official document: Canadian listings of 22 March 2021 under "
                        "the Special Economic Measures Act."),
            "date": "2021-03-22", "place": "Ottawa",
            "entities": ["org-gac"] + listed_ids + ["sanction-ca-2021-zhu-hailun"],
            "synthetic": True}, None)

    yield ("notice-mockup-prc-mfa-2021-03-22.png",
           notice("Ministry of Foreign Affairs of the People's Republic of China",
                  "Counter-sanctions", "22 March 2021",
                  [("10 individuals", "five MEPs, three national parliamentarians, two researchers "
                                      "(including Adrian Zenz and Bjorn Jerden)"),
                   ("EU Political and Security Committee", "Council of the European Union"),
                   ("European Parliament Subcommittee on Human Rights", "European Parliament"),
                   ("Mercator Institute for China Studies (MERICS)", "Berlin"),
                   ("Alliance of Democracies Foundation", "Copenhagen")],
                  "Summary of a counter-sanctions announcement", band=(120, 20, 20)),
           {"title": "MOCK-UP: China's counter-sanctions of 22 March 2021",
            "caption": ("Mock-up, not an official document: summary of the counter-sanctions announced "
                        "by the PRC Ministry of Foreign Affairs (中华人民共和国外交部) on 22 March 2021."),
            "date": "2021-03-22", "place": "Beijing",
            "entities": ["org-prc-mfa", "org-eu-psc", "org-ep-droi", "org-merics", "org-adf",
                         "person-adrian-zenz", "person-bjorn-jerden", "sanction-cn-2021-adrian-zenz"],
            "synthetic": True}, None)


def save(name: str, img: Image.Image, exif_desc: str | None) -> None:
    path = OUT / name
    suffix = path.suffix.lower()
    if suffix == ".jpg":
        kwargs = {"quality": 82, "optimize": True, "progressive": False}
        if exif_desc:
            exif = Image.Exif()
            exif[0x010E] = exif_desc          # ImageDescription
            exif[0x013B] = "Casefile sample"  # Artist
            exif[0x0132] = EXIF_DATETIME      # DateTime
            exif[0x8298] = EXIF_COPYRIGHT     # Copyright
            exif[0x0131] = "Casefile sample make_images.py"  # Software
            kwargs["exif"] = exif.tobytes()
        img.save(path, "JPEG", **kwargs)
    elif suffix == ".png":
        img.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, "PNG", optimize=True)
    elif suffix == ".webp":
        img.save(path, "WEBP", quality=80, method=6)
    elif suffix == ".tif":
        img.save(path, "TIFF", compression="tiff_adobe_deflate")
    else:
        raise ValueError(name)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, img, meta, exif_desc in images():
        save(name, img, exif_desc)
        side = {"title": meta["title"], "caption": meta["caption"], "date": meta["date"]}
        if meta.get("place"):
            side["place"] = meta["place"]
        side["source"] = meta.get("source") or (
            "Synthetic image drawn for the Casefile sample; invented content"
            if meta.get("synthetic") and not name.startswith("notice-")
            else "Mock-up drawn for the Casefile sample from a public announcement; not an official document"
            if name.startswith("notice-") else SAMPLE_SOURCE)
        if meta.get("language"):
            side["language"] = meta["language"]
        side["entities"] = meta["entities"]
        side["synthetic"] = bool(meta.get("synthetic", False))
        (OUT / (Path(name).stem + ".meta.json")).write_text(
            json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        count += 1
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"wrote {count} images to {OUT} ({total / 1e6:.2f} MB including sidecars)")


if __name__ == "__main__":
    main()
