"""Exported exhibits take their extension from the allowlisted media type, never from the archive's file
name, and a hostile title makes only a plain name part: through the library and `casefile export`."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

import pytest

from archive.export import check_bundle, export_bundle
from archive.export.names import is_safe_name
from archive.signing.sign import sign_archive
from archive.signing.trust import TrustStore
from viewer.cli import main as casefile

from .forge import plant
from .hostiletext import png

# item id (its last part is the planted file name) -> (media type, the extension the exhibit must have)
DISGUISED = {
    "hostile/x.pdf.exe": ("image/png", "png"),
    "hostile/x.lnk": ("image/png", "png"),
    "hostile/x.desktop": ("image/png", "png"),
    "hostile/x.html": ("image/png", "png"),
    "hostile/setup.exe": ("application/x-msdownload", "bin"),
    "hostile/page.svg": ("image/svg+xml", "bin"),
}
# item id -> a hostile title, planted over the one `plant` gives
TITLES = {
    "hostile/x.pdf.exe": "../../..\\Windows\\evil:stream",
    "hostile/x.lnk": "CON",
    "hostile/x.desktop": "invoice\u202egnp.exe\x1b[2J\u2066",
    "hostile/x.html": " . ",
}


@pytest.fixture(scope="module")
def disguised(built, keys, tmp_path_factory) -> Path:
    """A signed archive with originals whose file names and titles lie about what they are."""
    path = tmp_path_factory.mktemp("disguised") / "disguised.casefile"
    shutil.copyfile(built, path)
    for item_id, (media_type, _) in DISGUISED.items():
        kind = "image" if media_type == "image/png" else "report"
        plant(path, item_id, kind, media_type, png() if kind == "image" else b"MZ" + item_id.encode(),
              image=("PNG", 32, 24, "{}") if kind == "image" else None, text="A disguised file.")
    conn = sqlite3.connect(path)
    conn.executemany("UPDATE items SET title = ? WHERE id = ?", [(t, i) for i, t in TITLES.items()])
    conn.commit()
    conn.close()
    sign_archive(path, keys[0])
    return path


@pytest.fixture
def trust(tmp_path, keys) -> TrustStore:
    store = TrustStore(tmp_path / "trusted-keys.json")
    store.add(keys[0].public_key, "Test publisher")
    return store


def assert_safe_exhibits(names: list[str]) -> None:
    """One file per disguised item, each ending in its media type's extension, each a plain name."""
    exhibits = sorted(name for name in names if name.startswith("EX-"))
    assert len(exhibits) == len(DISGUISED), names
    for name, (_, extension) in zip(exhibits, DISGUISED.values()):
        assert name.endswith(f".{extension}") and name.count(f".{extension}") == 1, name
        assert is_safe_name(name) and "/" not in name and "\\" not in name, name
        assert not any(unicodedata.category(ch).startswith("C") for ch in name), repr(name)
        for lie in (".exe", ".lnk", ".desktop", ".html"):
            assert not name.endswith(lie), name


def test_library_export_names_exhibits_by_media_type(disguised, trust, tmp_path):
    target = tmp_path / "bundle"
    export_bundle(disguised, list(DISGUISED), target, trust=trust)
    names = [path.name for path in target.iterdir() if path.is_file()]
    assert_safe_exhibits(names)
    assert all(path.parent == target for path in target.rglob("EX-*"))  # nothing escaped its folder
    assert check_bundle(target).intact


def test_cli_export_names_exhibits_by_media_type(qapp, disguised, keys, tmp_path, capsys):
    """(qapp first: the exhibit list is drawn with Qt, and a CLI-made QGuiApplication would outlive the test.)"""
    pub = tmp_path / "publisher.pub"
    pub.write_text(keys[0].public_key.to_file_text(), encoding="utf-8")
    assert casefile(["keys", "add", str(pub)]) == 0
    target = tmp_path / "bundle.zip"
    assert casefile(["export", str(disguised), "--items", *DISGUISED, "-o", str(target), "-q"]) == 0
    with zipfile.ZipFile(target) as bundle:
        assert_safe_exhibits([name for name in bundle.namelist() if "/" not in name])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert casefile(["check-bundle", str(target), "--pubkey", str(pub)]) == 0
