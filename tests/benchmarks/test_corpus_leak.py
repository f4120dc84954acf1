"""The leak-scale option of the corpus generator (benchmarks/make_corpus.py --detainees/--lists/--leak)."""

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import make_corpus  # noqa: E402
from corpus_leak import LIST_NAMES, make_detainees  # noqa: E402

from archive import open_archive  # noqa: E402
from archive.publish.builder import build_archive  # noqa: E402

TINY_LEAK = {"entities": 200, "reports": 4, "images": 2, "detainees": 600, "lists": 5}


def generate(out_dir, workers=1):
    return make_corpus.generate(out_dir, **TINY_LEAK, seed=1, workers=workers, log=lambda _: None)


@pytest.fixture(scope="module")
def leak(tmp_path_factory):
    """A tiny leak-shaped corpus (two worker processes) and its statistics."""
    out_dir = tmp_path_factory.mktemp("leak")
    return out_dir, generate(out_dir, workers=2)


def detainees(corpus):
    """The detainee records (regenerated: some went to the CSV file in its flattened form), by id;
    checks first that every one of them is in the corpus's entity files."""
    records = {r["id"]: r for r in make_detainees(TINY_LEAK["detainees"], 1)}
    written = "".join(p.read_text(encoding="utf-8") for p in (corpus / "entities").iterdir())
    assert written.count("syn-detainee-") == len(records)
    return records


def list_rows(path):
    """The data rows of a list file as lists of cells (header and Markdown rule left out)."""
    lines = [line.strip("| ") for line in path.read_text(encoding="utf-8").splitlines() if " | " in line]
    return [line.split(" | ") for line in lines[1:] if not line.startswith("---")]


def test_same_arguments_give_identical_files_whatever_the_worker_count(leak, tmp_path):
    generate(tmp_path, workers=1)
    hashes = [{p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in root.rglob("*") if p.is_file()} for root in (leak[0], tmp_path)]
    assert hashes[0] == hashes[1]


def test_detainees_are_synthetic_people_with_visibly_synthetic_id_numbers(leak):
    register = detainees(leak[0])
    assert len(register) == TINY_LEAK["detainees"] and leak[1]["lists"] == TINY_LEAK["lists"]
    for record in register.values():
        props = record["properties"]
        assert record["schema"] == "Person" and record["synthetic"] is True
        assert props["idNumber"][0].startswith("SYN") and props["address"][0].endswith(" County")
        assert props["birthDate"] and props["notes"] == ["Synthetic benchmark record"]


def test_each_list_names_distinct_detainees_as_their_records_give_them(leak):
    register = list(detainees(leak[0]).values())
    by_id_number = {r["properties"]["idNumber"][0]: r for r in register}
    for path in sorted((leak[0] / "reports").glob("list-*.*")):
        if path.name.endswith(".meta.json"):
            continue
        rows = list_rows(path)
        assert min(LIST_NAMES[0], len(register)) <= len(rows) <= LIST_NAMES[1]
        assert len({row[2] for row in rows}) == len(rows)  # no one twice in a list
        for number, name, id_number, born, county, _ in rows:
            props = by_id_number[id_number]["properties"]
            assert name in props["name"] + props.get("alias", [])
            assert born == props["birthDate"][0] and county == props["address"][0]
        assert "Synthetic" in path.read_text(encoding="utf-8").splitlines()[0]


def test_lists_need_detainees(tmp_path):
    with pytest.raises(ValueError, match="--lists needs --detainees"):
        make_corpus.generate(tmp_path, entities=200, reports=1, images=1, lists=1, log=lambda _: None)


def test_built_lists_give_about_one_mention_per_row(leak, tmp_path):
    """What makes the corpus leak-shaped: mention rows grow with the names in the lists."""
    build_archive(leak[0], tmp_path / "leak.casefile", workers=1)
    with open_archive(tmp_path / "leak.casefile") as archive:
        for path in sorted((leak[0] / "reports").glob("list-*.txt")):
            item_id = f"reports/{path.stem}"
            mentioned = {m.entity_id for m in archive.items.mentions(item_id)}
            assert len(mentioned) >= 0.9 * len(list_rows(path))
