"""Hostile thumbnails cannot exhaust memory: every thumbnail decode (gallery, report images, exhibit-list
PDF) goes through viewer/images.py, which refuses bombs, absurd declared sizes, truncated files and
formats disguised as PNG before decoding, and decodes the rest at the size shown.

A forger plants 100 image items whose thumbnail rows hold such bytes, and a report citing all of them.
Memory is measured as the growth of the process's peak RSS (VmHWM, reset through clear_refs) while the
viewer decodes them: it must stay far inside the viewer's 300 MB budget.
"""

from __future__ import annotations

import io
import re
import shutil
import sqlite3
import zlib
from itertools import cycle
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QIcon, QTextDocument
from pypdf import PdfReader

from archive.signing.sign import sign_archive

from viewer import cli, images
from viewer.gallery import GalleryView
from viewer.readers.report import INLINE_IMAGE_EDGE, ReportView
from viewer.search.icons import kind_icon
from viewer.search.panel import SearchPanel

from . import corpus
from .conftest import within
from .forge import plant

BUDGET_BYTES = 100 * 1024 * 1024  # growth allowed while decoding all 100: a third of the 300 MB budget
GOOD = "thumbs/good"
REPORT = "thumbs/report"
IMAGE = QTextDocument.ResourceType.ImageResource.value


def _png_header(width: int, height: int) -> bytes:
    """A well-formed PNG that declares width x height and holds one row of data (an IDAT that ends early)."""
    ihdr = corpus._png_chunk(b"IHDR", width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0]))
    idat = corpus._png_chunk(b"IDAT", zlib.compress(b"\x00" + bytes(width * 3)))
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat + corpus._png_chunk(b"IEND", b"")


def _saved(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _oversized_png() -> bytes:
    """A real 64 x 64 PNG carrying 3 MB of text: over the byte cap."""
    png = _saved(Image.new("RGB", (64, 64), "navy"), "PNG")
    return png[:-12] + corpus._png_chunk(b"tEXt", b"Comment\x00" + b"x" * 3_000_000) + png[-12:]


def hostile_thumbnails() -> dict[str, bytes]:
    """Name -> thumbnail bytes that must never be decoded in full."""
    good_png = _saved(Image.new("RGB", (300, 200), "navy"), "PNG")
    return {
        "bomb-10000": corpus.png_bomb(10_000),  # 100 Mpx: over Pillow's cap too
        "bomb-7000": corpus.png_bomb(7_000),  # 49 Mpx: under Pillow's cap, 196 MB as RGBA
        "declared-30000": _png_header(30_000, 30_000),
        "svg-as-png": b'<svg xmlns="http://www.w3.org/2000/svg" width="30000" height="30000"><rect width="30000" '
                      b'height="30000"/></svg>',
        "xbm-as-png": b"#define t_width 30000\n#define t_height 30000\nstatic char t_bits[] = { 0x00 };\n",
        "eps-as-png": corpus.MAKERS["img-eps-as-png"](),
        "truncated-jpeg": corpus.MAKERS["img-truncated-jpeg"](),
        "truncated-png": good_png[: len(good_png) // 2],
        "over-3mb": _oversized_png(),
    }


def _index(conn: sqlite3.Connection, item_id: str) -> None:
    """Make a planted image findable by the word "hostile", as the builder would have indexed it."""
    row = conn.execute("INSERT INTO search_docs (doc_kind, item_id, lang, title, body, names) "
                       "VALUES ('image', ?, 'en', 'hostile thumbnail', '', '')", (item_id,)).lastrowid
    conn.execute("INSERT INTO search_docs_fts (rowid, title, body, names) VALUES (?, 'hostile thumbnail', '', '')",
                 (row,))


@pytest.fixture(scope="module")
def thumbs(built, keys, tmp_path_factory) -> Path:
    """The test archive plus 99 images with hostile thumbnails, one good one, and a report showing all 100;
    signed (a forger signs with their own key), so that it can be exported."""
    path = tmp_path_factory.mktemp("thumbs") / "thumbs.casefile"
    shutil.copyfile(built, path)
    hostile = cycle(hostile_thumbnails().items())
    ids = [f"thumbs/{n:02d}" for n in range(99)]
    rows = [(item_id, *next(hostile)) for item_id in ids]
    good = _saved(Image.new("RGB", (900, 600), "darkgreen"), "JPEG", quality=80)
    rows.append((GOOD, "good", good))
    for item_id, name, _ in rows:
        plant(path, item_id, "image", "image/png", f"original of {name}".encode(), image=("PNG", 64, 64, "{}"))
    conn = sqlite3.connect(path)
    for item_id, name, data in rows:
        conn.execute("INSERT INTO thumbnails (item_id, size, media_type, width, height, data) VALUES (?, 256, ?, ?, "
                     "?, ?)", (item_id, "image/jpeg" if "jpeg" in name or item_id == GOOD else "image/png",
                               30_000, 30_000, data))
        _index(conn, item_id)
    conn.commit()
    conn.close()
    markup = "<h1>Hundred pictures</h1>" + "".join(f'<p><img src="archive:{item_id}"></p>' for item_id, *_ in rows)
    plant(path, REPORT, "report", "text/html", markup.encode(), html=markup, text="Hundred pictures")
    sign_archive(path, keys[1])
    return path


def _status(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1)) * 1024


def peak_growth(action) -> int:
    """How far the process's peak RSS rose above its RSS before `action` (Linux)."""
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    before = _status("VmRSS")
    action()
    return _status("VmHWM") - before


@pytest.mark.parametrize("name", list(hostile_thumbnails()))
def test_each_hostile_thumbnail_is_refused_before_decoding(qapp, name):
    data = hostile_thumbnails()[name]
    with within(1.0):
        growth = peak_growth(lambda: images.decode_image(data, 512))
        assert images.decode_image(data, 512).isNull()
    assert growth < 16 * 1024 * 1024, growth


def test_a_good_thumbnail_is_decoded_at_the_size_shown(qapp):
    data = _saved(Image.new("RGB", (900, 600), "darkgreen"), "JPEG")
    image = images.decode_image(data, 160)
    assert image.width() == 160 and image.height() in (106, 107)
    assert images.decode_image(data, 2000).size().toTuple() == (900, 600)  # never enlarged


def test_report_with_100_hostile_images_shows_placeholders_within_budget(qtbot, library, thumbs):
    session = library.open(thumbs)
    view = ReportView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    with within(10.0):
        growth = peak_growth(lambda: (view.show_item(session, REPORT), view.browser.grab()))
    assert view.message() is None
    assert growth < BUDGET_BYTES, f"peak RSS grew {growth / 2**20:.0f} MB"
    document = view.browser.document()
    for n in range(99):
        image = document.resource(IMAGE, QUrl(f"archive:thumbs/{n:02d}"))
        assert image == view.browser.placeholder, n
    good = document.resource(IMAGE, QUrl(f"archive:{GOOD}"))
    assert good != view.browser.placeholder and max(good.width(), good.height()) == INLINE_IMAGE_EDGE


def test_gallery_of_hostile_thumbnails_shows_no_preview_within_budget(qtbot, library, thumbs):
    view = GalleryView()
    qtbot.addWidget(view)
    view.set_session(library.open(thumbs))
    view.resize(1000, 700)
    model = view.model

    def decode_all():
        for row in range(model.rowCount()):
            model.index(row).data(Qt.ItemDataRole.DecorationRole)
        qtbot.waitUntil(lambda: not model._pending, timeout=20_000)
    with within(20.0):
        growth = peak_growth(decode_all)
    assert growth < BUDGET_BYTES, f"peak RSS grew {growth / 2**20:.0f} MB"
    broken = model._broken.cacheKey()
    for row in range(model.rowCount()):
        item_id = model.item_id(row)
        if item_id.startswith("thumbs/"):
            shown = model.index(row).data(Qt.ItemDataRole.DecorationRole)
            assert (shown.cacheKey() == broken) == (item_id != GOOD), item_id


def test_search_results_decode_no_archive_image(qtbot, library, thumbs, monkeypatch):
    """Result icons are drawn by Casefile, per kind: no byte of a hit's thumbnail is decoded to show it."""
    decoded = []
    monkeypatch.setattr(images, "decode_image", lambda data, edge: decoded.append(edge))
    library.open(thumbs)
    panel = SearchPanel(library)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.set_query("hostile")
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    model = panel.results_model
    assert model.rowCount() > 0
    with within(5.0):
        panel.grab()
    icons = [model.index(row).data(Qt.ItemDataRole.DecorationRole) for row in range(model.rowCount())]
    assert all(isinstance(icon, QIcon) and icon.cacheKey() == kind_icon("image").cacheKey() for icon in icons)
    assert decoded == []
    panel.cancel()


def _embedded_images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_exhibit_list_pdf_of_hostile_thumbnails_within_budget(qapp, thumbs, tmp_path, capsys):
    """`casefile export` prints the exhibit list with only the good thumbnail in it."""
    out = tmp_path / "bundle"
    items = [f"thumbs/{n:02d}" for n in range(99)] + [GOOD]
    codes = []
    with within(60.0):
        growth = peak_growth(lambda: codes.append(cli.main(["export", str(thumbs), "--items", *items, "-o", str(out),
                                                            "-q"])))
    assert codes == [0], capsys.readouterr().err
    assert growth < BUDGET_BYTES, f"peak RSS grew {growth / 2**20:.0f} MB"
    assert _embedded_images((out / "exhibit-list.pdf").read_bytes()) == 1
