"""Forge archives the way a hostile publisher would: with any SQLite tool, on a copy of a built archive.

`plant` adds an item whose original is any bytes at all, stored under its true SHA-256 and with its
metadata rows, exactly as a forger bypassing the builder's checks would. `damage` applies one of the
archive cases of corpus.py to a file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import sqlite3
import struct
from pathlib import Path

from archive import schema
from archive.signing import minisign

from ..archive.test_reader import forge

__all__ = ["damage", "forge", "plant"]

# What the hostile items are, in the archive made by tests/hostile/conftest.py: item id -> case id.
IMAGE_ITEMS = {f"hostile/{case_id}": case_id for case_id in
               ("img-bomb-10000", "img-bomb-20000", "img-eps-as-png", "img-truncated-jpeg", "img-huge-exif")}
HTML_ITEMS = {f"hostile/{case_id}": case_id for case_id in
              ("html-remote-img", "html-remote-link", "html-css-url", "html-dev-zero", "html-nested-tables",
               "html-10mb-line", "html-script", "html-javascript-links")}
PDF_ITEMS = {f"hostile/{case_id}": case_id for case_id in
             ("pdf-javascript", "pdf-uri-action", "pdf-garbage", "pdf-encrypted", "pdf-huge-page")}
HUGE_METADATA_ITEM = "hostile/arc-huge-metadata"


def plant(path: Path, item_id: str, kind: str, media_type: str, data: bytes, *, html: str | None = None,
          text: str = "", caption: str | None = None, image: tuple | None = None) -> None:
    """Add an item with `data` as its original; `image` = (format, width, height, exif JSON) for images."""
    sha = hashlib.sha256(data).hexdigest()
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT OR IGNORE INTO blobs (sha256, size, media_type, data) VALUES (?, ?, ?, ?)",
                     (sha, len(data), media_type, data))
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM items").fetchone()[0]
        conn.execute("INSERT INTO items (id, kind, position, title, media_type, file_name, blob_sha256, text, html, "
                     "caption, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                     (item_id, kind, position, f"Hostile {item_id.split('/')[-1]}", media_type,
                      item_id.split("/")[-1], sha, text, html, caption))
        if image is not None:
            conn.execute("INSERT INTO images (item_id, format, width, height, exif) VALUES (?, ?, ?, ?, ?)",
                         (item_id, *image))
        conn.commit()
    finally:
        conn.close()


def huge_metadata() -> tuple[str, str]:
    """(EXIF JSON with 1,000,000 fields, a 20 MB caption) for an image's rows."""
    exif = json.dumps({f"Field{n}": "v" * 40 for n in range(1_000_000)})
    return exif, "caption " * 2_500_000


def damage(case_id: str, path: Path, *, seed: int = 0) -> None:
    """Apply archive case `case_id` (see corpus.py) to the archive at `path`, in place."""
    if case_id == "arc-not-a-database":
        path.write_text("Notes for the hearing, not an archive.\n" * 100, encoding="utf-8")
    elif case_id == "arc-empty":
        path.write_bytes(b"")
    elif case_id == "arc-truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif case_id == "arc-bit-flips":
        flip_bits(path, 200, seed)
    elif case_id == "arc-flipped-original":
        flip_inside_original(path, "images/chart")
    elif case_id == "arc-wal":
        forge(path, "PRAGMA journal_mode = WAL")
    elif case_id == "arc-application-id":
        forge(path, "PRAGMA application_id = 1196444487")  # GeoPackage's
    elif case_id == "arc-newer-format":
        forge(path, "PRAGMA user_version = 99")
    elif case_id == "arc-extra-table":
        forge(path, "CREATE TABLE payload (x BLOB)", "INSERT INTO payload VALUES (zeroblob(1000))")
    elif case_id == "arc-view-functions":
        forge(path, "CREATE VIEW items_v AS SELECT zeroblob(2000000000), load_extension('/tmp/evil.so') FROM items")
    elif case_id == "arc-trigger-functions":
        forge(path, "CREATE TRIGGER t BEFORE DELETE ON items BEGIN SELECT load_extension('/tmp/evil.so'); END")
    elif case_id == "arc-fts-tokenizer":
        forge_fts_tokenizer(path)
    elif case_id == "arc-forged-signature":
        forge_stored_signature(path)
    else:
        raise ValueError(f"no archive damage called {case_id!r}")


def flip_bits(path: Path, count: int, seed: int) -> None:
    """Flip `count` random bits anywhere after the first page (the header page is checked by hand)."""
    data = bytearray(path.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    rng = random.Random(seed)
    for _ in range(count):
        data[rng.randrange(page_size, len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def flip_inside_original(path: Path, item_id: str) -> None:
    """Flip one bit in the middle of an item's original, found by its bytes in the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        original = conn.execute("SELECT data FROM blobs JOIN items ON blob_sha256 = sha256 WHERE id = ?",
                                (item_id,)).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    # 32 bytes of the original that occur once in the file (not across an overflow page's link).
    where = next(data.index(probe) for start in range(len(original) // 2, len(original) - 32, 97)
                 if data.count(probe := bytes(original[start:start + 32])) == 1)
    data[where] ^= 0x01
    path.write_bytes(bytes(data))


def forge_fts_tokenizer(path: Path) -> None:
    """Re-declare the FTS5 table with another tokenizer, by editing sqlite_schema directly."""
    conn = sqlite3.connect(path)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%USING fts5%'"
                           ).fetchone()[0]
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET sql = ? WHERE sql = ?",
                     (sql.replace(schema.FTS_TOKENIZER, "trigram"), sql))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.commit()
    finally:
        conn.close()


def forge_stored_signature(path: Path) -> None:
    """Turn the stored (prehashed) root signature into a legacy 'Ed' one."""
    conn = sqlite3.connect(path)
    try:
        text = conn.execute("SELECT value FROM signature WHERE key = 'signature'").fetchone()[0]
        lines = text.rstrip("\n").split("\n")
        lines[1] = minisign._b64encode(b"Ed" + base64.b64decode(lines[1])[2:])
        conn.execute("UPDATE signature SET value = ? WHERE key = 'signature'", ("\n".join(lines) + "\n",))
        conn.commit()
    finally:
        conn.close()


def _set_schema_sql(path: Path, name: str, sql: str | None) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
        conn.commit()
    finally:
        conn.close()


def rebuild_index(path: Path, index: str, build_sql: str) -> None:
    """Replace one index b-tree by one built from `build_sql` (which must create an index named
    `forged_index`), keeping the index's declared SQL: what a forger with no key does.

    Every table row (all that signing hashes) stays as signed; only the b-tree through which SQLite
    answers lookups changes. The forged b-tree is built by SQLite on the side, then the schema row of
    `index` is pointed at it, which works for autoindexes (primary keys) too.
    """
    conn = sqlite3.connect(path)
    try:
        conn.execute(build_sql)
        conn.commit()
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'forged_index'").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (root, index))
        conn.execute("DELETE FROM sqlite_master WHERE name = 'forged_index'")
        conn.commit()
    finally:
        conn.close()


def redeclare(path: Path, name: str, sql: str | None) -> None:
    """Change only the declared SQL of a table or index, not its b-tree."""
    _set_schema_sql(path, name, sql)


def impostor_of(key: minisign.SecretKey) -> minisign.SecretKey:
    """Another key with `key`'s key id and comment (all a forger can copy) but key material of its own."""
    forged = minisign.SecretKey(key_id=key.key_id, seed=hashlib.sha256(b"forger" + key.seed).digest(),
                                comment=key.comment)
    assert forged.public_key.key != key.public_key.key
    return forged


def set_stored_key_comment(path: Path, comment: str) -> None:
    """Rewrite the comment of the public key in the signature table, which no signature covers."""
    conn = sqlite3.connect(path)
    try:
        text = conn.execute("SELECT value FROM signature WHERE key = 'public_key'").fetchone()[0]
        stored = minisign.PublicKey.parse(text)
        conn.execute("UPDATE signature SET value = ? WHERE key = 'public_key'",
                     (minisign.PublicKey(stored.key_id, stored.key, comment).to_file_text(),))
        conn.commit()
    finally:
        conn.close()
