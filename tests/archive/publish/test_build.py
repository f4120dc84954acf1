"""casefile build: every source type, byte-identical originals, mentions across scripts, bad input,
interrupted builds."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from archive import BuildError, open_archive, schema
from archive.publish import build_archive

from tests.sources import make_image, write_json

REPO = Path(__file__).resolve().parents[3]


def test_counts_and_kinds(built):
    with open_archive(built) as archive:
        stats = archive.stats()
        assert (stats["reports"], stats["images"], stats["entities"]) == (4, 4, 9)
        assert stats["pdf_pages"] == 2 and stats["thumbnails"] == 4
        kinds = {item.id: (item.kind, item.media_type) for item in archive.items.list()}
    assert kinds == {
        "reports/assessment": ("report", "text/markdown"),
        "reports/chinese-note": ("report", "text/plain"),
        "reports/police-files": ("report", "text/html"),
        "reports/sanctions": ("report", "application/pdf"),
        "images/chart": ("image", "image/png"),
        "images/facsimile": ("image", "image/webp"),
        "images/map": ("image", "image/jpeg"),
        "images/scan": ("image", "image/tiff"),
    }


def test_originals_are_byte_identical(built):
    source = built.parent / "source"
    with open_archive(built) as archive:
        for item in archive.items.list():
            original = (source / item.id.split("/")[0] / item.file_name).read_bytes()
            assert archive.items.original(item.id) == original
            assert item.sha256 == hashlib.sha256(original).hexdigest()


def test_file_format_header(built):
    conn = sqlite3.connect(built)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.FORMAT_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_metadata(built):
    with open_archive(built) as archive:
        meta = archive.metadata
    assert (meta.archive_id, meta.title, meta.publisher, meta.edition) == ("test-archive", "Test archive", "Test publisher", "1")
    assert meta.languages == ("en", "zh", "ug") and meta.created == "2026-01-01T00:00:00Z"


def test_markdown_report(built):
    with open_archive(built) as archive:
        item = archive.items.get("reports/assessment")
        html = archive.items.html(item.id)
        text = archive.items.text(item.id)
    assert (item.title, item.date, item.language, item.authors) == ("Assessment", "2022-08-31", "en", ("A",))
    assert "<h1" in html and "Chen Quanguo led the region" in text


def test_html_report_is_sanitised(built):
    with open_archive(built) as archive:
        item = archive.items.get("reports/police-files")
        html = archive.items.html(item.id)
        text = archive.items.text(item.id)
    assert item.title == "Police files"
    assert "<script" not in html and "alert(1)" not in html and "javascript:" not in html
    assert "example.org" not in html.split("[")[0]  # never as an image source
    assert "<img" not in html
    assert "قەشقەر ۋىلايىتى" in text and "alert" not in text


def test_plain_text_report_language_is_guessed(built):
    with open_archive(built) as archive:
        item = archive.items.get("reports/chinese-note")
        assert item.language == "zh"
        assert archive.items.text(item.id).startswith("新疆党委书记陈全国")


def test_pdf_text_per_page(built):
    with open_archive(built) as archive:
        pages = archive.items.pages("reports/sanctions")
        text = archive.items.text("reports/sanctions")
    assert [p.number for p in pages] == [1, 2]
    assert "Page one mentions Chen Quanguo." in pages[0].text
    assert "Page two mentions Kashgar." in pages[1].text
    for page in pages:
        assert text[page.start:page.start + len(page.text)] == page.text


def test_images_have_dimensions_thumbnails_and_exif(built):
    with open_archive(built) as archive:
        for item_id in archive.items.ids("image"):
            info = archive.items.image_info(item_id)
            assert (info.width, info.height) == (640, 480)
            thumb = archive.items.thumbnail(item_id)
            decoded = Image.open(io.BytesIO(thumb.data))
            assert decoded.format == "JPEG" and max(decoded.size) == 256 == max(thumb.width, thumb.height)
        exif = archive.items.image_info("images/map").exif
        assert exif["ImageDescription"] == "A schematic map" and exif["Artist"] == "Casefile test"
        assert archive.items.get("images/map").caption == "Schematic map of Kashgar (喀什)"


def _mentioned(archive, item_id: str) -> dict[str, set[str]]:
    """entity id -> the set of exact strings that were matched for it in the item."""
    found: dict[str, set[str]] = {}
    item = archive.items.get(item_id)
    fields = {"title": item.title, "text": archive.items.text(item_id), "caption": item.caption or ""}
    for m in archive.items.mentions(item_id):
        found.setdefault(m.entity_id, set()).add(fields[m.field][m.start:m.end])
    return found


def test_mentions_across_scripts(built):
    with open_archive(built) as archive:
        assessment = _mentioned(archive, "reports/assessment")
        chinese = _mentioned(archive, "reports/chinese-note")
        police = _mentioned(archive, "reports/police-files")
        pdf = _mentioned(archive, "reports/sanctions")
        caption = _mentioned(archive, "images/map")
    assert assessment["person-chen-quanguo"] == {"Chen Quanguo"}
    assert assessment["org-xpcc"] == {"XPCC"}
    assert assessment["person-raphael-glucksmann"] == {"Raphael Glucksmann"}  # diacritics folded
    assert chinese["person-chen-quanguo"] == {"陈全国"}
    assert chinese["org-xpcc"] == {"新疆生产建设兵团"}
    assert police["place-kashgar"] == {"Kashgar", "قەشقەر"}
    assert pdf["person-chen-quanguo"] == {"Chen Quanguo"} and "place-kashgar" in pdf
    assert caption["place-kashgar"] == {"Kashgar", "喀什"}


def test_entities_relations_and_synthetic_flag(built):
    with open_archive(built) as archive:
        chen = archive.entities.get("person-chen-quanguo")
        out, incoming = archive.entities.relations("person-chen-quanguo")
        occupancy = archive.entities.get("occ-chen")
        sanction = archive.entities.get("sanction-us-chen")
        synthetic = archive.entities.get("syn-001")
        bureau = archive.entities.get("syn-002")
        mentioned_in = {m.item_id for m in archive.entities.mentions("person-chen-quanguo")}
    assert chen.properties["alias"] == ["陈全国", "چېن چۈەنگو"] and not chen.synthetic
    assert {(r.source_id, r.prop) for r in incoming} == {("occ-chen", "holder"), ("sanction-us-chen", "entity")}
    assert out == []
    assert occupancy.caption == "Chen Quanguo holds Party Secretary of Xinjiang"
    assert sanction.caption == "Sanction on Chen Quanguo (US Treasury)"
    assert synthetic.synthetic and synthetic.properties["alias"] == ["合成官员001", "Synthetic Officer One"]
    assert synthetic.properties["nationality"] == ["cn"] and "synthetic" not in synthetic.properties
    assert bureau.synthetic and bureau.properties["notes"] == ["invented"]
    assert mentioned_in == {"reports/assessment", "reports/chinese-note", "reports/sanctions"}


def test_rebuild_is_reproducible(source_dir, tmp_path):
    first, second = tmp_path / "a.casefile", tmp_path / "b.casefile"
    build_archive(source_dir, first)
    build_archive(source_dir, second, workers=2)
    assert first.read_bytes() == second.read_bytes()


def test_identical_originals_are_stored_once(source_dir, tmp_path):
    (source_dir / "images" / "chart-copy.png").write_bytes((source_dir / "images" / "chart.png").read_bytes())
    out = tmp_path / "dedup.casefile"
    build_archive(source_dir, out)
    with open_archive(out) as archive:
        assert archive.stats()["images"] == 5
        assert archive.items.get("images/chart-copy").sha256 == archive.items.get("images/chart").sha256
        assert archive.query_one("SELECT count(*) FROM blobs")[0] == 8


BAD_FILES = {
    "reports/broken.pdf": (b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
    "images/fake.png": (b"%!PS-Adobe-3.0 EPSF-3.0\n", "not an image in an accepted format"),
    "images/truncated.jpg": (None, "damaged image"),
}


def _add_bad_files(source_dir: Path) -> None:
    for rel, (data, _) in BAD_FILES.items():
        if data is None:
            make_image(source_dir / rel, "JPEG")
            data = (source_dir / rel).read_bytes()[:400]
        (source_dir / rel).write_bytes(data)
    write_json(source_dir / "reports" / "assessment.meta.json", {"date": "31 August 2022"})
    with (source_dir / "entities" / "officials.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "x", "schema": "Spaceship", "properties": {}}\nnot json\n')


def test_bad_sources_are_kept_as_files_and_reported(source_dir, tmp_path):
    _add_bad_files(source_dir)
    report = build_archive(source_dir, tmp_path / "out.casefile")
    messages = report.warnings
    for rel, (_, reason) in BAD_FILES.items():
        assert any(m.startswith(rel) and "kept as given" in m and reason in m for m in messages), (rel, messages)
    assert any("assessment.meta.json" in m and "'date'" in m for m in messages)
    assert any("officials.jsonl:8" in m and "Spaceship" in m for m in messages)
    assert any("officials.jsonl:9" in m and "not valid JSON" in m for m in messages)
    with open_archive(tmp_path / "out.casefile") as archive:
        # A bad sidecar costs only its metadata: the report itself is still in.
        assert archive.stats()["reports"] == 4 and archive.stats()["images"] == 4
        for rel, (data, reason) in BAD_FILES.items():
            item_id = rel.rpartition(".")[0]
            kept = archive.items.get(item_id)
            assert kept.kind == "file" and reason in archive.items.file_info(item_id).reason
            assert archive.items.original(item_id) == (source_dir / rel).read_bytes()


def test_strict_fails_and_writes_nothing(source_dir, tmp_path):
    _add_bad_files(source_dir)
    with pytest.raises(BuildError, match="--strict"):
        build_archive(source_dir, tmp_path / "out.casefile", strict=True)
    assert list(tmp_path.glob("*")) == [source_dir]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_the_archive_gets_the_permissions_the_umask_allows(source_dir, tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        build_archive(source_dir, tmp_path / "out.casefile")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.casefile").stat().st_mode) == mode


def test_interrupted_build_leaves_no_file(source_dir, tmp_path):
    out = tmp_path / "out" / "archive.casefile"

    def interrupt(stage, done, total):
        if stage == "items" and done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_archive(source_dir, out, progress=interrupt)
    assert list(out.parent.iterdir()) == []


def test_interrupted_build_keeps_the_previous_archive(source_dir, tmp_path, built):
    out = tmp_path / "archive.casefile"
    out.write_bytes(built.read_bytes())

    def interrupt(stage, done, total):
        if stage == "items" and done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_archive(source_dir, out, progress=interrupt)
    assert out.read_bytes() == built.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.casefile", "source"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_killed_cli_build_cleans_up(source_dir, tmp_path, sig):
    """A real `casefile build` process stopped mid-way by a signal removes its temporary file."""
    for n in range(150):  # enough items that the build is still running when the signal arrives
        make_image(source_dir / "images" / f"bulk-{n:03}.png", "PNG", size=(1600, 1200))
    out = tmp_path / "out.casefile"
    proc = subprocess.Popen([sys.executable, "-m", "viewer.cli", "build", str(source_dir), "-o", str(out)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.casefile.*.partial")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"interrupted" in err
    assert not out.exists() and not list(tmp_path.glob(".*partial"))


def test_missing_or_bad_archive_toml(tmp_path):
    with pytest.raises(BuildError, match="no archive.toml"):
        build_archive(tmp_path, tmp_path / "x.casefile")
    (tmp_path / "archive.toml").write_text('title = "t"\n', encoding="utf-8")
    with pytest.raises(BuildError, match="publisher, edition"):
        build_archive(tmp_path, tmp_path / "x.casefile")
    with pytest.raises(BuildError, match="not a folder"):
        build_archive(tmp_path / "missing", tmp_path / "x.casefile")
