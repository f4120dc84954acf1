"""Make the bundled Han-character font: a subset of Noto Sans CJK SC, for computers that have none.

    .venv/bin/pip install fonttools        # a developer tool only; the app does not need it
    .venv/bin/python resources/fonts/make_han_subset.py [/path/to/NotoSansCJK-Regular.ttc]

Windows, macOS and most Linux desktops have a font for Simplified Chinese; a minimal Linux may not,
and would draw the Chinese interface and every Chinese name as empty boxes. Noto Sans CJK is 16-19 MB,
so Casefile bundles a subset of its Simplified Chinese face instead: the 6,763 characters of GB 2312
(which cover nearly all of modern Chinese text), every character the Chinese interface and the
sample archive use, and CJK punctuation and full-width forms. `viewer/i18n.py` registers it only when
no installed font can show Simplified Chinese, so a desktop's own CJK font is never replaced.

The subset is a Modified Version under the SIL Open Font License 1.1 (resources/fonts/OFL.txt); it is
renamed "Casefile Han Subset" so that it is never mistaken for the full Noto Sans CJK SC.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # Debian/Ubuntu fonts-noto-cjk
FACE = "Noto Sans CJK SC"
OUTPUT = HERE / "CasefileHanSubset-Regular.otf"
FAMILY = "Casefile Han Subset"


def gb2312() -> set[str]:
    """Every character of GB 2312: levels 1 and 2 of the Han characters, and its symbols."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def used_by_casefile() -> set[str]:
    """The characters of the Chinese catalogue and of the sample archive's sources."""
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "casefile_zh_CN.ts")
    text = "".join(node.text or "" for node in tree.iter("translation"))
    for path in (ROOT / "resources" / "sample").rglob("*"):
        if path.suffix in (".md", ".html", ".txt", ".json", ".toml", ".csv", ".ftm", ".jsonl"):
            text += path.read_text(encoding="utf-8", errors="ignore")
    return {char for char in text if ord(char) >= 0x2E80}


def punctuation() -> set[str]:
    ranges = [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2018, 0x201F), (0x2026, 0x2026), (0x00B7, 0x00B7)]
    return {chr(code) for start, end in ranges for code in range(start, end + 1)}


def main(source: Path = SOURCE) -> int:
    try:
        from fontTools import subset
        from fontTools.ttLib import TTCollection
    except ImportError:
        sys.exit("make_han_subset.py needs fonttools: .venv/bin/pip install fonttools")
    collection = TTCollection(str(source))
    number = next(i for i, font in enumerate(collection.fonts) if font["name"].getDebugName(1) == FACE)
    font = collection.fonts[number]
    wanted = gb2312() | used_by_casefile() | punctuation()
    options = subset.Options()
    options.layout_features = ["*"]  # vertical forms, locl: keep what the face does with what is kept
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in wanted])
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    names.setName(FAMILY, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(f"{FAMILY} Regular; subset of {FACE} by Casefile", 3, 3, 1, 0x409)
    names.setName(f"{FAMILY} Regular", 4, 3, 1, 0x409)
    names.setName(FAMILY.replace(" ", "") + "-Regular", 6, 3, 1, 0x409)
    font.save(str(OUTPUT))
    covered = sum(1 for char in wanted if ord(char) in font.getBestCmap())
    print(f"{OUTPUT.name}: {covered:,} characters, {OUTPUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE))
