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


def test_protect_then_change_the_passphrase_from_files_or_the_terminal(built, tmp_path, capsys, monkeypatch):
    from archive.store import crypto

    create = crypto.FieldCipher.create.__func__
    monkeypatch.setattr(crypto.FieldCipher, "create", classmethod(lambda cls, p: create(cls, p, **fast_cost())))
    archive, first, second = str(built), tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("first words\n")
    second.write_text("second words\n")
    run(capsys, "add", archive, "reports/assessment", "--quote", "Chen Quanguo", "--note", "private")
    code, out, _ = run(capsys, "protect", "--new-passphrase-file", str(first))
    assert code == 0 and out.startswith("Protected:")
    code, _, err = run(capsys, "protect", "--new-passphrase-file", str(first))
    assert code == 1 and "already protected" in err and "change-passphrase" in err
    code, _, err = run(capsys, "change-passphrase", "--passphrase-file", str(second), "--new-passphrase-file",
                       str(second))
    assert code == 1 and "passphrase is not the one" in err
    answers = iter(["first words", "third words", "third words"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, out, _ = run(capsys, "change-passphrase")
    assert code == 0 and out.startswith("Passphrase changed:")
    code, _, err = run(capsys, "list", archive, "--passphrase-file", str(first))
    assert code == 1 and "passphrase is not the one" in err
    third = tmp_path / "third.txt"
    third.write_text("third words\n")
    code, out, _ = run(capsys, "list", archive, "--json", "--passphrase-file", str(third))
    assert [(a["note"], a["target"]["exact"]) for a in json.loads(out)] == [("private", "Chen Quanguo")]
    answers = iter(["third words", "one", "another"])
    code, _, err = run(capsys, "change-passphrase")
    assert code == 1 and "differ" in err
