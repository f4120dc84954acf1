"""The scale-corpus generator (benchmarks/make_corpus.py): reproducible and well-formed."""

import csv
import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image

# benchmarks/ is a folder of scripts, not a package; its modules import each other by bare name.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import make_corpus  # noqa: E402
from corpus_entities import MENTIONABLE  # noqa: E402

TINY = {"entities": 200, "reports": 30, "images": 20}
ENTITY_PROPERTIES = ("addressEntity", "organization", "holder", "post", "member", "entity")
DATE = re.compile(r"^(\d{4})(-\d{2}(-\d{2})?)?$")
# A stretch of prose, longer than any name (names in mentions are at most a few words).
HAN_PROSE = re.compile(r"[\u4e00-\u9fff，。]{20,}")
UYGHUR_PROSE = re.compile(r"(?:[\u0600-\u06ff]+[ ،.]+){8,}")


def generate(out_dir, seed=1, workers=1):
    """A tiny corpus, quietly."""
    return make_corpus.generate(out_dir, **TINY, seed=seed, workers=workers, log=lambda _: None)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """One tiny corpus written by two worker processes, shared by the read-only tests."""
    out_dir = tmp_path_factory.mktemp("corpus")
    generate(out_dir, workers=2)
    return out_dir


def file_hashes(root):
    """{relative path: SHA-256} of every file under root."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def items(corpus, kind):
    """The item files (not sidecars) of one kind."""
    return sorted(p for p in (corpus / kind).iterdir() if not p.name.endswith(".meta.json"))


def sidecar(path):
    """The parsed sidecar of an item file."""
    return json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))


def csv_properties(text):
    """Parse the CSV `properties` column in either of its two forms."""
    if text.startswith("{"):
        return json.loads(text)
    props = {}
    for pair in text.split(";"):
        key, value = pair.split("=", 1)
        props.setdefault(key.strip(), []).append(value.strip())
    return props


def load_entities(corpus):
    """Every record from the JSON-lines parts and the CSV file, as (source, record)."""
    records = []
    for path in sorted((corpus / "entities").glob("*.jsonl")):
        records += [("jsonl", json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]
    with open(corpus / "entities" / "registry.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            props = csv_properties(row["properties"])
            props["name"] = [row["name"]]
            props["alias"] = row["aliases"].split("|") if row["aliases"] else []
            records.append(("csv", {"id": row["id"], "schema": row["schema"], "properties": props}))
    return records


def test_same_arguments_give_identical_files_whatever_the_worker_count(corpus, tmp_path):
    generate(tmp_path, workers=1)
    assert file_hashes(tmp_path) == file_hashes(corpus)


def test_another_seed_gives_another_corpus(corpus, tmp_path):
    generate(tmp_path, seed=2)
    assert file_hashes(tmp_path)["reports/report-000000.meta.json"] != file_hashes(corpus)[
        "reports/report-000000.meta.json"]


def test_refuses_to_write_into_a_non_empty_folder(corpus):
    with pytest.raises(FileExistsError):
        generate(corpus)


def test_archive_toml_has_the_required_keys(corpus):
    meta = tomllib.loads((corpus / "archive.toml").read_text(encoding="utf-8"))
    assert meta["title"] == "Casefile scale corpus (synthetic)"
    assert meta["publisher"] and meta["edition"] and meta["created"]


def test_reports_are_3_to_10_kb_in_three_formats(corpus):
    reports = items(corpus, "reports")
    assert len(reports) == TINY["reports"]
    assert all(3 * 1024 <= p.stat().st_size <= 10_000 for p in reports)
    assert {p.suffix for p in reports} == {".txt", ".md", ".html"}


def test_reports_carry_chinese_and_uyghur_paragraphs_as_their_sidecars_say(corpus):
    by_language = {"zh": 0, "ug": 0}
    for path in items(corpus, "reports"):
        text, languages = path.read_text(encoding="utf-8"), sidecar(path).get("languages", ["en"])
        assert bool(HAN_PROSE.search(text)) == ("zh" in languages)
        assert bool(UYGHUR_PROSE.search(text)) == ("ug" in languages)
        by_language.update({lang: by_language[lang] + 1 for lang in languages if lang != "en"})
    assert by_language == {"zh": TINY["reports"] // 5, "ug": TINY["reports"] // 10}


def test_each_report_mentions_at_least_two_entities(corpus):
    names = {name: record["id"] for _, record in load_entities(corpus)
             if record["schema"] in MENTIONABLE
             for name in record["properties"]["name"] + record["properties"].get("alias", [])}
    for path in items(corpus, "reports"):
        text = path.read_text(encoding="utf-8")
        assert len({eid for name, eid in names.items() if name in text}) >= 2, path.name


def test_entities_are_synthetic_with_names_in_three_scripts(corpus):
    records = [record for _, record in load_entities(corpus)]
    assert len(records) == TINY["entities"]
    assert len({r["id"] for r in records}) == len(records)
    # FtM's Interval schemata (Occupancy...) have no notes: they say it in their description.
    assert all((r["properties"].get("notes") or r["properties"]["description"]) == ["Synthetic benchmark record"]
               for r in records)
    names = " ".join(name for r in records for prop in ("name", "alias")
                     for name in r["properties"].get(prop, []))
    assert re.search(r"[\u4e00-\u9fff]{2,3}", names) and re.search(r"[\u0600-\u06ff]{3,}", names)
    assert re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", names)


def test_about_a_tenth_of_the_entities_are_in_the_csv_file(corpus):
    sources = [source for source, _ in load_entities(corpus)]
    assert sources.count("csv") == TINY["entities"] // 10


def test_every_entity_reference_resolves(corpus):
    records = [record for _, record in load_entities(corpus)]
    ids = {r["id"] for r in records}
    references = [value for r in records for prop in ENTITY_PROPERTIES
                  for value in r["properties"].get(prop, [])]
    assert references and set(references) <= ids
    image_entities = [eid for path in items(corpus, "images") for eid in sidecar(path)["entities"]]
    assert set(image_entities) <= ids


def test_sidecars_parse_with_dates_in_range(corpus):
    for kind in ("reports", "images"):
        for path in items(corpus, kind):
            meta = sidecar(path)
            assert meta["title"] and meta["synthetic"] is True and meta["language"] == "en"
            assert 2014 <= int(DATE.match(meta["date"]).group(1)) <= 2024
            assert meta.get("authors") or kind == "images"
            assert meta.get("caption") or kind == "reports"


def test_images_are_small_jpegs_and_pngs(corpus):
    formats = set()
    for path in items(corpus, "images"):
        with Image.open(path) as image:
            assert 320 <= max(image.size) <= 800
            formats.add(image.format)
    assert formats == {"JPEG", "PNG"}
