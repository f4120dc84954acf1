"""The bundled sample archive meets its brief: content mix, scripts, entities, synthetic labels."""

from __future__ import annotations

import re

HAN = re.compile(r"[\u4e00-\u9fff]")
UYGHUR = re.compile(r"[\u0600-\u06ff]")


def test_content_mix(sample):
    reports = sample.items.list("report", limit=1000)
    assert len(reports) >= 12
    assert sum(r.media_type == "application/pdf" for r in reports) >= 3
    assert sum(len(HAN.findall(sample.items.text(r.id))) > 200 for r in reports) >= 3
    assert sum(len(UYGHUR.findall(sample.items.text(r.id))) > 500 for r in reports) >= 2
    images = sample.items.list("image", limit=1000)
    assert len(images) >= 30 and all(sample.items.thumbnail(i.id) for i in images)
    assert {i.media_type for i in images} >= {"image/png", "image/jpeg", "image/webp", "image/tiff"}


def test_entities_real_and_synthetic(sample):
    entities = list(sample.entities.iter_all())
    real = [e for e in entities if not e.synthetic]
    synthetic = [e for e in entities if e.synthetic]
    assert len(real) >= 60 and len(synthetic) >= 300
    assert all("Synthetic" in e.caption or "合成" in e.caption or e.schema in ("Occupancy", "Membership")
               for e in synthetic)
    chen = sample.entities.get("person-chen-quanguo")
    assert "陈全国" in chen.properties["alias"]
    sanctions = {e.id for e in entities if e.schema == "Sanction"}
    assert "sanction-eu-2021-zhu-hailun" in sanctions


def test_chen_quanguo_is_found_in_three_scripts(sample):
    matched = set()
    for mention in sample.entities.mentions("person-chen-quanguo"):
        item = sample.items.get(mention.item_id)
        field = {"text": sample.items.text(item.id), "title": item.title, "caption": item.caption or ""}[mention.field]
        matched.add(field[mention.start:mention.end])
    assert "Chen Quanguo" in matched and "陈全国" in matched
    assert any(name.startswith("چېن چۈەنگو") for name in matched)


def test_hostile_markup_in_the_reading_list_is_stripped(sample):
    html = sample.items.html("reports/reading-list")
    assert "<script" not in html and "<img" not in html and "example.org" not in html
    assert not re.search(r"href=[\"']?javascript", html, re.IGNORECASE)
    assert "[image removed" in html  # the reader is told something was there


def test_synthetic_items_are_flagged(sample):
    for item in sample.items.list(limit=1000):
        if "synthetic" in item.id:
            assert item.synthetic, item.id


def test_synthetic_tenures_are_in_invented_years_and_agree_with_the_synthetic_documents(sample):
    """Issue 23, E4: no synthetic tenure falls in the real years the sample covers, and every Director or
    Deputy Director who approved an order in the synthetic procurement register held that post that day."""
    tenures = {}
    for occ in sample.entities.iter_all("Occupancy"):
        if not occ.synthetic:
            continue
        dates = occ.properties.get("startDate", []) + occ.properties.get("endDate", [])
        assert dates and all(int(d[:4]) >= 2029 for d in dates), (occ.id, dates)
        tenures[occ.properties["holder"][0]] = occ.properties
    register = sample.items.text("reports/synthetic-procurement-register")
    approvals = re.findall(r"^P-\d{3}\s+(2031-\d\d-\d\d)\s.*Synthetic Official (\d{3})\s*$", register, re.M)
    assert len(approvals) == 12
    checked = 0
    for day, number in approvals:
        tenure = tenures.get(f"synth-person-{number}")
        if tenure is None:  # a member of staff, not a Director or Deputy Director
            continue
        start, end = tenure["startDate"][0], (tenure.get("endDate") or ["9999"])[0]
        assert start <= day[:len(start)] and day[:len(end)] <= end, (number, day, start, end)
        checked += 1
    assert checked == 11
