"""The image gallery: a lazy model over the archive's images, bounded thumbnail cache, markers, activation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from archive.items import Thumbnail
from viewer import gallery
from viewer.gallery import FailedRole, GalleryView, IdRole, SyntheticRole, decode_thumbnail

from .test_metadata import IMAGE, signed_copy, tamper_thumbnail


@pytest.fixture
def view(qtbot, library, sample_path):
    widget = GalleryView()
    qtbot.addWidget(widget)
    widget.set_session(library.open(sample_path))
    widget.resize(1000, 700)
    return widget


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_model_has_one_row_per_image_and_passes_modeltester(view, qtmodeltester):
    model, archive = view.model, view.session.archive
    assert model.rowCount() == archive.items.count("image") == 38
    assert [model.index(r).data(IdRole) for r in range(model.rowCount())] == archive.items.ids("image")
    first = archive.items.get(model.item_id(0))
    assert model.index(0).data() == first.title
    qtmodeltester.check(model)


def test_synthetic_images_are_marked(view):
    model, archive = view.model, view.session.archive
    for row in range(model.rowCount()):
        assert model.index(row).data(SyntheticRole) == archive.items.get(model.item_id(row)).synthetic
    assert any(model.index(row).data(SyntheticRole) for row in range(model.rowCount()))
    synthetic_row = next(r for r in range(model.rowCount()) if model.index(r).data(SyntheticRole))
    assert "synthetic" in model.index(synthetic_row).data(Qt.ItemDataRole.ToolTipRole)


def test_thumbnails_are_decoded_on_demand(view, qtbot):
    model = view.model
    assert model.cached_thumbnails() == 0
    loading = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.cached_thumbnails() >= 1)
    thumb = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert thumb.cacheKey() != loading.cacheKey()
    assert max(thumb.width(), thumb.height()) == gallery.THUMB_EDGE
    view.show()
    qtbot.waitUntil(lambda: model.cached_thumbnails() > 10)
    # Only what the 1000x700 view shows is decoded, not the whole archive.
    assert model.cached_thumbnails() < model.rowCount()


def test_thumbnail_cache_is_bounded(view, qtbot, monkeypatch):
    monkeypatch.setattr(gallery, "CACHE_SIZE", 5)
    decoded = []
    real_decode = gallery.decode_thumbnail
    monkeypatch.setattr(gallery, "decode_thumbnail", lambda thumb: decoded.append(1) or real_decode(thumb))
    model = view.model
    for row in range(model.rowCount()):
        model.index(row).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(decoded) == model.rowCount())
    assert model.cached_thumbnails() == 5
    # Rows are decoded newest request first, so row 0 was decoded last and is still cached.
    model.index(0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.wait(20)
    assert len(decoded) == model.rowCount()


# The JPEG decoder complains about the garbage it is fed: that is the point of the test.
@pytest.mark.qt_log_ignore("Corrupt JPEG data", "JPEG datastream contains no image")
def test_bad_thumbnail_bytes_give_a_placeholder(view, qtbot, monkeypatch):
    assert decode_thumbnail(Thumbnail("image/jpeg", 10, 10, b"\xff\xd8 not a jpeg")).isNull()
    assert decode_thumbnail(Thumbnail("image/png", 4000, 10, _png(4000, 10))).isNull()  # over the edge cap
    assert decode_thumbnail(None).isNull()
    good = decode_thumbnail(Thumbnail("image/png", 300, 150, _png(300, 150)))
    assert (good.width(), good.height()) == (160, 80)
    monkeypatch.setattr(view.session.archive.items, "thumbnail",
                        lambda item_id, size=256: Thumbnail("image/jpeg", 9, 9, b"garbage"))
    model = view.model
    model.index(1).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.cached_thumbnails() == 1)
    placeholder = model.index(1).data(Qt.ItemDataRole.DecorationRole).toImage()
    assert placeholder.pixelColor(2, 2) == QColor("#9e9e9e")


def test_enter_opens_the_current_image(view, qtbot):
    view.show()
    view.view.setFocus()
    view.view.setCurrentIndex(view.model.index(0))
    qtbot.keyClick(view.view, Qt.Key.Key_Right)
    assert view.view.currentIndex().row() == 1
    with qtbot.waitSignal(view.itemActivated) as signal:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert signal.args == [view.session, view.model.item_id(1), ""]


def test_failed_item_gets_a_marker(qtbot, library, sample_path, tmp_path):
    path = signed_copy(sample_path, tmp_path / "tampered.casefile")
    tamper_thumbnail(path, IMAGE)
    widget = GalleryView()
    qtbot.addWidget(widget)
    session = library.open(path)
    widget.set_session(session)
    row = widget.model.row_of(IMAGE)
    assert widget.model.index(row).data(FailedRole) is False
    with qtbot.waitSignal(widget.model.dataChanged):
        session.check_item(IMAGE)
    assert widget.model.index(row).data(FailedRole) is True
    assert "FAILED" in widget.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    other = (row + 1) % widget.model.rowCount()
    assert widget.model.index(other).data(FailedRole) is False


def test_no_session_is_empty(qtbot, qtmodeltester):
    widget = GalleryView()
    qtbot.addWidget(widget)
    widget.set_session(None)
    assert widget.model.rowCount() == 0
    qtmodeltester.check(widget.model)
