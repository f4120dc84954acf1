"""Draw Casefile's app icon (our own design: a document with a green "verified" seal) with Pillow.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/casefile.png (512 px, Linux and the window icon), casefile.ico (Windows,
16-256 px) and casefile.icns (macOS). The files are committed; run this again only to change the design.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024  # drawn large, then scaled down with antialiasing
BACKGROUND, PAPER, FOLD, LINES = "#1f3a5f", "#f7f5ef", "#cfd6df", "#8a96a6"
SEAL, CHECK = "#2e9d57", "#ffffff"


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=BACKGROUND)
    left, top, right, bottom, fold = 250, 170, 730, 840, 150
    pen.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)], fill=PAPER)
    pen.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FOLD)
    for row, width in enumerate((330, 390, 300, 390, 240)):
        y = 390 + row * 80
        pen.rounded_rectangle((left + 60, y, left + 60 + width, y + 30), radius=15, fill=LINES)
    cx, cy, radius = 700, 730, 170
    pen.ellipse((cx - radius - 24, cy - radius - 24, cx + radius + 24, cy + radius + 24), fill=BACKGROUND)
    pen.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=SEAL)
    pen.line([(cx - 85, cy + 5), (cx - 20, cy + 70), (cx + 95, cy - 65)], fill=CHECK, width=52, joint="curve")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "casefile.png", optimize=True)
    icon.save(OUT / "casefile.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    icon.save(OUT / "casefile.icns")
    for path in sorted(OUT.glob("casefile.*")):
        print(f"{path.relative_to(OUT.parent.parent)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
