"""The real followthemoney library accepts every entity `casefile export-entities` writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from archive.cli import main
from archive.publish import build_archive

pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402

CONFORMANCE = Path(__file__).resolve().parents[3].parent / "shared" / "conformance" / "ftm-sample.jsonl"
TOML = 'title = "FtM"\npublisher = "Test"\nedition = "1"\ncreated = "2026-01-01T00:00:00Z"\n'


def _exported(archive: Path, tmp_path: Path) -> list[dict]:
    out = tmp_path / "export.jsonl"
    assert main(["export-entities", str(archive), "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _assert_ftm_accepts(record: dict) -> None:
    schema = model.get(record["schema"])
    assert schema is not None and not schema.abstract, record["id"]
    for prop, values in record["properties"].items():
        found = schema.get(prop)
        assert found is not None and found.validate(values) is None, (record["id"], prop, values)
    schema.validate(record)
    proxy = model.get_proxy(record, cleaned=False)
    assert set(proxy.properties) == set(record["properties"]), record["id"]


def _build(tmp_path: Path, lines: list[str] | Path) -> Path:
    source = tmp_path / "source"
    (source / "entities").mkdir(parents=True)
    (source / "archive.toml").write_text(TOML, encoding="utf-8")
    if isinstance(lines, Path):
        shutil.copyfile(lines, source / "entities" / lines.name)
    else:
        (source / "entities" / "e.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.casefile"
    report = build_archive(source, out, strict=True)
    assert report.problems == []
    return out


def test_the_sample_exports_valid_ftm(sample_path, tmp_path):
    records = _exported(sample_path, tmp_path)
    assert len(records) > 500
    for record in records:
        _assert_ftm_accepts(record)


@pytest.mark.skipif(not CONFORMANCE.is_file(), reason="no shared/ folder beside this clone")
def test_the_conformance_sample_exports_valid_ftm(tmp_path):
    records = _exported(_build(tmp_path, CONFORMANCE), tmp_path)
    originals = [json.loads(line) for line in CONFORMANCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {r["id"] for r in records} == {r["id"] for r in originals}
    for record in records:
        _assert_ftm_accepts(record)


def test_extra_top_level_keys_come_back_out(tmp_path):
    line = {"id": "p1", "schema": "Person", "properties": {"name": ["A"]}, "datasets": ["leak"],
            "first_seen": "2024-01-01T00:00:00", "referents": ["q1"], "target": True}
    records = _exported(_build(tmp_path, [json.dumps(line)]), tmp_path)
    assert records == [line]
    _assert_ftm_accepts(records[0])
