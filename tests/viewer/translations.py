"""What the translation tests share: the code's messages as lupdate finds them, a pseudo-translation
(every message as ⟦source⟧) and the check for English left on a screen under it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from viewer import i18n

REPO = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
# Names that are the same in every language. (Qt's own strings that the window shows, such as its standard
# buttons, are in our catalogue too, through viewer/qtstrings.py: Qt has no Uyghur catalogue.)
NOT_OURS = {"Casefile", *i18n.NATIVE_NAMES.values()}


def qt_tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def extract_messages(ts: Path) -> Path:
    """Run pyside6-lupdate over every viewer/ module into a new catalogue `ts`, as update.py does."""
    sources = sorted(str(path.relative_to(REPO)) for path in (REPO / "viewer").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], cwd=REPO, check=True, capture_output=True)
    return ts


def pseudo_translate(ts: Path, qm: Path) -> Path:
    """Compile `ts` into `qm` with every message translated as ⟦source⟧."""
    tree = ElementTree.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = OPEN + message.findtext("source") + CLOSE
        translation.attrib.pop("type", None)
    pseudo = qm.with_suffix(".ts")
    tree.write(pseudo, encoding="utf-8", xml_declaration=True)
    subprocess.run([qt_tool("pyside6-lrelease"), str(pseudo), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def english_left(text: str, data: list[str]) -> str:
    """What of `text` is neither translated, nor isolated archive text, nor archive data, nor a shortcut."""
    rest = text.replace("&&", "").replace("&", "")
    # viewer.plaintext.shown_as_is wraps archive text for rich-text sinks: the wrapper is markup, not words.
    rest = re.sub(r'^<p style="white-space:pre-wrap">(.*)</p>$', r"\1", rest, flags=re.S)
    innermost = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # a translated sentence may hold translated parts
    while innermost.search(rest):
        rest = innermost.sub(" ", rest)
    rest = re.sub(f"[{i18n.FSI}{i18n.LRI}].*?{i18n.PDI}", " ", rest, flags=re.S)  # isolated: archive text, queries
    for value in data:
        if value in rest:  # whole words only: a title "Image" must not hide the English word "Images"
            rest = re.sub(rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])", " ", rest)
    # A shortcut shown on its own (inside a translated sentence it is already gone): Qt names its keys.
    rest = re.sub(r"\b(Ctrl|Shift|Alt|Meta|F\d+|PgUp|PgDown|Esc|Del|Home|End|Enter|Return)\b", " ", rest)
    words = [word for word in re.findall(r"[A-Za-z]{2,}", rest) if word not in NOT_OURS]
    return " ".join(words)
