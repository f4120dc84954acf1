"""`casefile annotations ...` run as a user would: ids printed, filters, JSON-LD files, one-line errors."""

from __future__ import annotations

import json

from archive.cli import main
from archive.store import UserStore

from .conftest import fast_cost


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["annotations", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_every_kind_then_list(built, capsys):
    archive = str(built)
    code, out, _ = run(capsys, "add", archive, "reports/assessment", "--quote", "XPCC", "--note", "check",
                       "--tag", "xpcc", "--tag", "Later", "--colour", "green")
    assert code == 0 and out.startswith("urn:uuid:")
    assert run(capsys, "add", archive, "reports/sanctions", "--quote", "Kashgar")[0] == 0
    assert run(capsys, "add", archive, "images/chart", "--region", "10,20,100,50", "--tag", "later")[0] == 0
    assert run(capsys, "add", archive, "person-chen-quanguo", "--note", "entity note")[0] == 0
    assert run(capsys, "add", archive, "images/map")[0] == 0

    code, out, _ = run(capsys, "list", archive, "--json")
    found = {a["kind"]: a for a in json.loads(out)}
    assert set(found) == {"text", "pdf", "region", "note", "bookmark"}
    text = found["text"]["target"]
    assert text["exact"] == "XPCC" and text["prefix"].endswith("2016. The ") and text["suffix"].startswith(" is ")
    assert found["pdf"]["target"]["page"] == 2 and found["region"]["target"]["region"] == [10, 20, 100, 50]
    assert found["note"]["target"]["entity_id"] == "person-chen-quanguo"
    code, out, _ = run(capsys, "list", archive, "--tag", "LATER")
    assert code == 0 and out.strip().endswith("2 annotation(s).")


def test_export_then_import_into_another_store(built, tmp_path, capsys, monkeypatch):
    archive, out_file = str(built), tmp_path / "notes.jsonld"
    run(capsys, "add", archive, "reports/assessment", "--quote", "Chen Quanguo", "--note", "n")
    run(capsys, "add", archive, "images/map", "--region", "0,0,5,5")
    code, out, _ = run(capsys, "export", archive, "-o", str(out_file))
    assert code == 0 and "Exported 2 annotation(s)" in out and out_file.exists()
    monkeypatch.setenv("CASEFILE_DATA_DIR", str(tmp_path / "elsewhere"))
    assert "Imported 2 annotation(s); 0 were" in run(capsys, "import", archive, str(out_file))[1]
    assert "Imported 0 annotation(s); 2 were" in run(capsys, "import", archive, str(out_file))[1]


def test_errors_are_one_line_with_exit_code_1(built, tmp_path, capsys):
    archive = str(built)
    for argv, message in (
        (("add", archive, "reports/assessment", "--quote", "not in the text"), "does not occur"),
        (("add", archive, "reports/assessment", "--region", "1,2,3,4"), "not an image"),
        (("add", archive, "images/chart", "--region", "600,0,100,10"), "not inside the 640 x 480"),
        (("add", archive, "images/chart", "--region", "a,b"), "whole pixels"),
        (("add", archive, "no/such-item"), "No item"),
        (("import", archive, str(tmp_path / "missing.jsonld")), "Cannot read"),
    ):
        code, _, err = run(capsys, *argv)
        assert code == 1 and message in err and err.count("\n") == 1, err


def test_encrypted_store_reads_the_passphrase_file(built, tmp_path, capsys):
    with UserStore.open() as store:
        store.enable_encryption("secret words", **fast_cost())
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("secret words\n")
    bad.write_text("wrong\n")
    archive = str(built)
    code, out, _ = run(capsys, "add", archive, "reports/assessment", "--note", "private", "--passphrase-file",
                       str(good))
    assert code == 0
    code, _, err = run(capsys, "list", archive, "--passphrase-file", str(bad))
    assert code == 1 and "passphrase is not the one" in err
    code, out, _ = run(capsys, "list", archive, "--json", "--passphrase-file", str(good))
    assert json.loads(out)[0]["note"] == "private"
