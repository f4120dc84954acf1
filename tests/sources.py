"""A small source folder holding one of every source type, for build, reader, CLI and viewer tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject


def make_pdf(page_texts: list[str]) -> bytes:
    """A PDF with one line of Helvetica text per page (ASCII only)."""
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for text in page_texts:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        content = StreamObject()
        content.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def make_image(path: Path, fmt: str, size=(640, 480), exif: dict | None = None) -> None:
    image = Image.new("RGB", size, (40, 60, 90))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, size[0] // 2, size[1] // 2), fill=(200, 180, 40))
    draw.text((30, size[1] - 60), f"test image {path.stem}", fill="white")
    kwargs = {}
    if exif:
        data = Image.Exif()
        data.update(exif)
        kwargs["exif"] = data
    image.save(path, fmt, **kwargs)


ENTITIES = [
    {"id": "person-chen-quanguo", "schema": "Person",
     "properties": {"name": ["Chen Quanguo"], "alias": ["陈全国", "چېن چۈەنگو"], "nationality": ["cn"]}},
    {"id": "person-raphael-glucksmann", "schema": "Person",
     "properties": {"name": ["Raphaël Glucksmann"]}},
    {"id": "org-xpcc", "schema": "PublicBody",
     "properties": {"name": ["Xinjiang Production and Construction Corps"], "alias": ["XPCC", "新疆生产建设兵团"]}},
    {"id": "place-kashgar", "schema": "Address",
     "properties": {"name": ["Kashgar"], "alias": ["喀什", "قەشقەر"]}},
    {"id": "position-xuar-secretary", "schema": "Position",
     "properties": {"name": ["Party Secretary of Xinjiang"], "organization": ["org-xpcc"]}},
    {"id": "occ-chen", "schema": "Occupancy",
     "properties": {"holder": ["person-chen-quanguo"], "post": ["position-xuar-secretary"],
                    "startDate": ["2016-08"], "endDate": ["2021-12"]}},
    {"id": "sanction-us-chen", "schema": "Sanction",
     "properties": {"entity": ["person-chen-quanguo"], "authority": ["US Treasury"], "startDate": ["2020-07-09"]}},
]

CSV = (
    "id,schema,name,aliases,properties\n"
    "syn-001,Person,Synthetic Official 001,合成官员001|Synthetic Officer One,synthetic=true; nationality=cn\n"
    'syn-002,Organization,Synthetic County Bureau 02,,"{""synthetic"": [""true""], ""notes"": [""invented""]}"\n'
)

MARKDOWN = """# Assessment summary

Chen Quanguo led the region from 2016. The XPCC is mentioned twice: XPCC.

Raphael Glucksmann was named in the counter-sanctions.
"""

HTML = """<html><head><title>Police files</title><script>alert(1)</script></head>
<body><h1>Police files</h1><p>Photos from <b>Kashgar</b> prefecture.</p>
<p><img src="https://example.org/x.png" alt="remote"> <a href="javascript:alert(1)">click</a></p>
<p lang="ug" dir="rtl">قەشقەر ۋىلايىتى</p></body></html>
"""

CHINESE = "新疆党委书记陈全国于2016年到任。新疆生产建设兵团受到制裁。\n"


def make_source(root: Path) -> Path:
    """A source folder with one of each source type. Returns its path."""
    (root / "reports").mkdir(parents=True)
    (root / "images").mkdir()
    (root / "entities").mkdir()
    (root / "archive.toml").write_text(
        'id = "test-archive"\ntitle = "Test archive"\npublisher = "Test publisher"\n'
        'edition = "1"\nlanguages = ["en", "zh", "ug"]\ncreated = "2026-01-01T00:00:00Z"\n',
        encoding="utf-8",
    )
    (root / "reports" / "assessment.md").write_text(MARKDOWN, encoding="utf-8")
    write_json(root / "reports" / "assessment.meta.json",
               {"title": "Assessment", "date": "2022-08-31", "source": "Test", "language": "en", "authors": ["A"]})
    (root / "reports" / "police-files.html").write_text(HTML, encoding="utf-8")
    (root / "reports" / "chinese-note.txt").write_text(CHINESE, encoding="utf-8")
    pdf = make_pdf(["Page one mentions Chen Quanguo.", "Page two mentions Kashgar."])
    (root / "reports" / "sanctions.pdf").write_bytes(pdf)
    make_image(root / "images" / "chart.png", "PNG")
    make_image(root / "images" / "map.jpg", "JPEG", exif={0x010E: "A schematic map", 0x013B: "Casefile test"})
    write_json(root / "images" / "map.meta.json", {"caption": "Schematic map of Kashgar (喀什)", "date": "2021"})
    make_image(root / "images" / "facsimile.webp", "WEBP")
    make_image(root / "images" / "scan.tif", "TIFF")
    (root / "entities" / "officials.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False) for e in ENTITIES) + "\n", encoding="utf-8")
    (root / "entities" / "synthetic.csv").write_text(CSV, encoding="utf-8")
    return root
