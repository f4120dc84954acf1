"""Images in: true sizes, GIF and BMP, HEIC and AVIF with renditions, TIFF pages, large scans, EXIF."""

from __future__ import annotations

import io
import sys

import pytest
from PIL import Image

from archive import open_archive
from archive.imaging import MAX_PIXELS, VIEW_EDGE
from archive.publish import build_archive
from archive.publish.formats import ExtractionError, MissingSupport, images, photos
from tests.helpers.imagefiles import (animated_gif, bilevel_png, encoded, heic_photo, jpeg_photo, photo_exif,
                                      tiff_pages)


def test_a_phone_jpeg_keeps_its_real_size():
    result = images.extract(jpeg_photo())
    assert (result.facts.width, result.facts.height) == (4032, 3024)
    assert result.facts.thumbnail_size == (256, 192) and not result.renditions


def test_exif_is_readable():
    exif = images.extract(jpeg_photo((64, 48), orientation=6)).facts.exif
    assert exif["GPSLatitude"] == "39.470400 N" and exif["GPSLongitude"] == "75.983333 E"
    assert not any(name.startswith("GPSGPS") or name.endswith("Ref") for name in exif)
    assert exif["DateTimeOriginal"] == "2019-05-24 10:11:12"
    assert (exif["Make"], exif["Model"], exif["Orientation"]) == ("Apple", "iPhone 12", "rotated 90° CW")
    assert exif["ImageDescription"] == "喀什 – Kashgar café"
    assert exif["XPTitle"] == "标题 title" and exif["UserComment"] == "Камера 相机"


@pytest.mark.parametrize(("prefix", "body", "text"), [
    (b"ASCII\0\0\0", b"plain words", "plain words"),
    (b"JIS\0\0\0\0\0", "東京".encode("iso2022_jp"), "東京"),
    (b"UNICODE\0", "Ürümqi".encode("utf-16-be"), "Ürümqi"),  # the file's byte order
    (b"UNICODE\0", "Ürümqi".encode("utf-16-le"), "Ürümqi"),  # the other one, as some writers do
])
def test_user_comment_follows_its_charset_prefix(prefix, body, text):
    exif = photo_exif()
    exif.get_ifd(0x8769)[0x9286] = prefix + body
    data = encoded(Image.new("RGB", (32, 32)), "JPEG", exif=exif)
    assert images.extract(data).facts.exif["UserComment"] == text


def test_thumbnail_is_upright():
    thumb = images.extract(jpeg_photo((400, 200), orientation=6)).facts.thumbnail
    assert Image.open(io.BytesIO(thumb)).size == (128, 256)


def test_gif_shows_its_first_frame_and_counts_frames_and_bmp_is_read():
    gif = images.extract(animated_gif(4))
    assert (gif.facts.media_type, gif.details) == ("image/gif", {"frames": 4})
    assert Image.open(io.BytesIO(gif.facts.thumbnail)).getpixel((5, 5))[0] < 20  # frame 1 is black
    bmp = images.extract(encoded(Image.new("RGB", (30, 20), "green"), "BMP"))
    assert (bmp.facts.media_type, bmp.facts.width) == ("image/bmp", 30)


def test_multi_page_tiff_counts_its_pages():
    result = images.extract(tiff_pages())
    assert result.details == {"pages": 3} and (result.facts.width, result.facts.height) == (300, 200)


def test_heic_and_avif_get_a_jpeg_rendition_and_their_exif():
    for data, media_type in ((heic_photo(), "image/heic"),
                             (encoded(Image.new("RGB", (640, 480), "red"), "AVIF", exif=photo_exif()), "image/avif")):
        result = photos.extract(data)
        assert result.facts.media_type == media_type and result.facts.exif["Model"] == "iPhone 12"
        (view,) = result.renditions
        assert (view.page_no, view.media_type, view.width, view.height) == (1, "image/jpeg", 640, 480)
        assert Image.open(io.BytesIO(view.data)).format == "JPEG"


def test_heic_without_pillow_heif_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pillow_heif", None)
    with pytest.raises(MissingSupport, match=r"casefile\[publish\]"):
        photos.extract(_HEIC)


_HEIC = heic_photo((32, 32))


def test_an_a3_scan_gets_a_downsampled_rendition():
    result = images.extract(encoded(Image.new("L", (7016, 9921), 230), "PNG"))
    assert (result.facts.width, result.facts.height) == (7016, 9921)
    (view,) = result.renditions
    assert view.page_no == 1 and max(view.width, view.height) == VIEW_EDGE


def test_a_300_megapixel_scan_goes_in():
    result = images.extract(bilevel_png(20_000, 15_000))
    assert result.facts.width * result.facts.height == 300_000_000 > MAX_PIXELS
    (view,) = result.renditions
    assert (view.width, view.height) == (VIEW_EDGE, 3072)
    shown = Image.open(io.BytesIO(view.data))
    assert shown.getpixel((10, 10)) < 50 and shown.getpixel((10, 3000)) > 200  # the black band survives


def test_a_bomb_over_the_build_cap_is_kept_as_a_file():
    with pytest.raises(ExtractionError, match="pixel"):
        images.extract(bilevel_png(30_000, 20_000))


def test_built_archive_holds_sizes_details_and_renditions(tmp_path):
    src = tmp_path / "src"
    (src / "photos").mkdir(parents=True)
    (src / "archive.toml").write_text('title = "Photos"\npublisher = "Test"\nedition = "1"\n', encoding="utf-8")
    files = {"photos/phone.jpeg": jpeg_photo(), "photos/phone.heic": heic_photo(), "photos/anim.gif": animated_gif(),
             "photos/pages.tif": tiff_pages()}
    for name, data in files.items():
        (src / name).write_bytes(data)
    build_archive(src, tmp_path / "out.casefile")
    with open_archive(tmp_path / "out.casefile") as archive:
        by_name = {archive.items.get(i).file_name: i for i in archive.items.ids()}
        assert all(archive.items.get(i).kind == "image" for i in by_name.values())
        info = archive.items.image_info(by_name["phone.jpeg"])
        assert (info.width, info.height) == (4032, 3024)
        assert archive.items.file_info(by_name["anim.gif"]).details == {"frames": 3}
        assert archive.items.file_info(by_name["pages.tif"]).details == {"pages": 3}
        heic = by_name["phone.heic"]
        assert [r.page_no for r in archive.items.renditions(heic)] == [1]
        assert archive.items.rendition_data(heic, 1).startswith(b"\xff\xd8\xff")
        assert archive.items.original(heic) == files["photos/phone.heic"]
