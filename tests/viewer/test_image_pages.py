"""The image reader shows renditions (HEIC photos, large scans) in original coordinates, and TIFF pages."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt

from archive import open_archive
from archive.publish import build_archive
from tests.helpers.imagefiles import encoded, heic_photo, tiff_pages
from viewer.library.sessions import ArchiveSession
from viewer.readers.image import ImageView

SCAN = (7016, 9921)  # A3 at 600 dpi: over the reader's own decoding cap


@pytest.fixture(scope="module")
def photos_archive(tmp_path_factory):
    src = tmp_path_factory.mktemp("photos")
    (src / "archive.toml").write_text('title = "Photos"\npublisher = "Test"\nedition = "1"\n', encoding="utf-8")
    (src / "phone.heic").write_bytes(heic_photo())
    (src / "pages.tif").write_bytes(tiff_pages())
    (src / "scan.png").write_bytes(encoded(Image.new("L", SCAN, 220), "PNG"))
    build_archive(src, src.parent / "photos.casefile")
    return src.parent / "photos.casefile"


@pytest.fixture
def view(qtbot, photos_archive):
    session = ArchiveSession(open_archive(photos_archive))
    widget = ImageView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.session = session
    yield widget
    session.close()


def _item(view, file_name: str) -> str:
    items = view.session.archive.items
    return next(i for i in items.ids() if items.get(i).file_name == file_name)


def test_a_heic_photo_is_shown_as_its_rendition(view):
    view.show_item(view.session, _item(view, "phone.heic"))
    assert view.message() is None and not view.pixmap_item.pixmap().isNull()
    rows = dict(view.metadata_rows())
    assert rows["Dimensions"] == "640 × 480 pixels" and "640 × 480" in rows["Shown as"]
    assert rows["Model"] == "iPhone 12"


def test_a_three_page_tiff_pages_with_page_up_and_down(view, qtbot):
    view.show_item(view.session, _item(view, "pages.tif"))
    assert view.page() == (1, 3) and view.page_label.text() == "Page 1 of 3"
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_PageDown)
    assert view.page() == (2, 3) and view.page_label.text() == "Page 2 of 3"
    assert view.pixmap_item.pixmap().width() == 310
    assert view.pixmap_item.pixmap().toImage().pixelColor(5, 5).red() == 120
    qtbot.keyClick(view.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view.view, Qt.Key.Key_PageDown)  # no page 4: stays on 3
    assert view.page() == (3, 3)
    qtbot.keyClick(view.view, Qt.Key.Key_PageUp)
    assert view.page() == (2, 3)


def test_a_single_picture_has_no_paging(view):
    view.show_item(view.session, _item(view, "phone.heic"))
    assert view.page() == (1, 1) and not view.page_label.isVisible()


def test_a_region_on_a_downsampled_scan_is_in_original_pixels(view, qtbot):
    view.show_item(view.session, _item(view, "scan.png"))
    assert view.message() is None and view.pixmap_item.pixmap().height() == 4096
    rect = view.scene.sceneRect()
    assert abs(rect.width() - SCAN[0]) <= 3 and abs(rect.height() - SCAN[1]) <= 3
    assert dict(view.metadata_rows())["Dimensions"].startswith("7016 × 9921")
    view.draw_action.trigger()
    port = view.view.viewport()
    start, end = view.view.mapFromScene(QPointF(1000, 2000)), view.view.mapFromScene(QPointF(5000, 8000))
    with qtbot.waitSignal(view.regionDrawn) as drawn:
        qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(port, end)
        qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)
    x, y, w, h = drawn.args
    tolerance = 1 / view.zoom() + 2  # one screen pixel, in original pixels
    assert abs(x - 1000) <= tolerance and abs(y - 2000) <= tolerance
    assert abs(w - 4000) <= 2 * tolerance and abs(h - 6000) <= 2 * tolerance
