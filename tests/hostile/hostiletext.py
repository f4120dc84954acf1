"""Forge an archive whose every shown string carries a hostile payload, as a forger would with any SQLite tool.

`plant_strings` puts the payload in front of the archive's title, publisher, description and edition,
every item's title, source, language, file name, caption, place and authors, every entity's caption and
names, the search documents the facets and results come from, and EXIF metadata; and plants one image
whose item id and file name are the payload. Used by test_rich_text.py (HTML payloads) and
test_terminal.py (terminal escapes).
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from PIL import Image

from .forge import plant

META_KEYS = ("title", "publisher", "description", "licence")
ITEM_COLUMNS = ("title", "source", "file_name", "caption", "place")


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 40, 40)).save(out, "PNG")
    return out.getvalue()


def planted_id(payload: str) -> str:
    """The id of the image `plant_strings` adds: the payload itself, under a folder."""
    return f"images/{payload}"


def plant_strings(path: Path, payload: str, *, edition: bool = True) -> None:
    """Prefix every string a reader sees in the archive at `path` with `payload` (see the module docstring);
    `edition=False` leaves the edition alone (the signer refuses one with control characters)."""
    data = png()
    plant(path, planted_id(payload), "image", "image/png", data, caption=payload, image=("PNG", 32, 24, "{}"))
    conn = sqlite3.connect(path)
    try:
        for key in META_KEYS + (("edition",) if edition else ()):
            conn.execute("UPDATE meta SET value = ? || ' ' || value WHERE key = ?", (payload, key))
        for column in ITEM_COLUMNS:
            conn.execute(f"UPDATE items SET {column} = ? || ' ' || coalesce({column}, '')", (payload,))
        conn.execute("UPDATE items SET language = ? || coalesce(language, 'en'), authors = ?",
                     (payload, json.dumps([payload + " Author"])))
        conn.execute("UPDATE search_docs SET title = ? || ' ' || coalesce(title, ''), source = ? || ' ' || "
                     "coalesce(source, ''), lang = ? || coalesce(lang, 'en')", (payload, payload, payload))
        conn.execute("UPDATE images SET exif = ?", (json.dumps({payload: payload + " value"}),))
        _plant_entity_names(conn, payload)
        conn.commit()
    finally:
        conn.close()


def _plant_entity_names(conn: sqlite3.Connection, payload: str) -> None:
    rows = conn.execute("SELECT id, properties FROM entities").fetchall()
    for entity_id, properties in rows:
        props = json.loads(properties)
        for prop in ("name", "alias"):
            if prop in props:
                props[prop] = [f"{payload} {value}" for value in props[prop]]
        conn.execute("UPDATE entities SET caption = ? || ' ' || caption, properties = ? WHERE id = ?",
                     (payload, json.dumps(props, ensure_ascii=False), entity_id))
