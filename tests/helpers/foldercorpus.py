"""A source folder shaped like a real collection: nested Chinese and Uyghur folder names, a .zip, a file
with no suffix and one of an unknown type, for the folder, path and attachment tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.sources import make_image

LEAK = "leak/疏附县"
UYGHUR = "leak/قەشقەر"
ZIP_TEXT = "inventory of the camp documents\n"


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("inside.txt", ZIP_TEXT)
    return out.getvalue()


def make_folder_source(root: Path) -> Path:
    """The source folder; items: notes/top, leak/疏附县/名单 2018, leak/疏附县/2019/photo, leak/قەشقەر/
    bundle.zip, leak/قەشقەر/README (no suffix) and leak/قەشقەر/data.xyz (unknown type)."""
    src = root / "folders-src"
    for folder in ("notes", f"{LEAK}/2019", UYGHUR):
        (src / folder).mkdir(parents=True)
    (src / "archive.toml").write_text('title = "Folders"\npublisher = "Test"\nedition = "1"\n', encoding="utf-8")
    (src / "notes/top.txt").write_text("A note at the top about Kashgar.\n", encoding="utf-8")
    (src / LEAK / "名单 2018.txt").write_text("疏附县 名单: detainee list for 2018.\n", encoding="utf-8")
    make_image(src / LEAK / "2019/photo.png", "PNG", size=(64, 48))
    (src / UYGHUR / "bundle.zip").write_bytes(_zip())
    (src / UYGHUR / "README").write_bytes(b"\x00\x01\x02 plain bytes with no suffix")
    (src / UYGHUR / "data.xyz").write_bytes(b"\x89XYZ\x00\x00 unknown format payload")
    return src


MARKUP = '<b>bold</b><img src="/dev/zero"><a href="x">link</a>'


def forge_markup(built: Path, target: Path) -> Path:
    """A copy of the folder archive whose item_files rows carry rich-text markup in path and reason, with
    README made a child of bundle.zip (as if found inside it)."""
    import shutil
    import sqlite3

    shutil.copyfile(built, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE item_files SET path = ?, reason = ? WHERE item_id = ?",
                     (f"{UYGHUR}/{MARKUP}.xyz", MARKUP, f"{UYGHUR}/data"))
        conn.execute("UPDATE item_files SET parent_id = ? WHERE item_id = ?",
                     (f"{UYGHUR}/bundle", f"{UYGHUR}/README"))
    conn.close()
    return target
