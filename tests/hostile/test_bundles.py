"""Evidence bundles, honestly: nothing unlisted passes, thumbnails are checked, VERIFY.txt's commands all work
and claim no more than they prove, and check_proofs.py needs nothing but Python.

Every command VERIFY.txt gives is run here with the real tool (casefile, minisign, python3 -I -S, sha256sum).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from archive import cli as archive_cli
from archive import open_archive
from archive.export import check_bundle, export_bundle
from archive.signing.trust import TrustStore

PLANTED = ("EX-0014 Confession.pdf", "thumbnails/EX-0099.jpg", "extra/notes.txt")


@pytest.fixture
def trust(keys, tmp_path) -> TrustStore:
    store = TrustStore(tmp_path / "trusted-keys.json")
    store.add(keys[0].public_key, "Test publisher")
    return store


@pytest.fixture
def bundle(signed, trust, tmp_path) -> Path:
    """Every item of the signed test archive (images with thumbnails included), exported unsigned."""
    with open_archive(signed) as archive:
        ids = [item for item in archive.items.ids() if not item.startswith("hostile/")]
    return export_bundle(signed, ids, tmp_path / "bundle", trust=trust).target


@pytest.fixture
def pub(keys, tmp_path) -> Path:
    path = tmp_path / "their-key.pub"
    path.write_text(keys[0].public_key.to_file_text(), encoding="ascii")
    return path


def _document(bundle: Path) -> dict:
    return json.loads((bundle / "exhibits.json").read_text(encoding="utf-8"))


def _check_bundle_cli(target: Path, pub: Path, capsys) -> tuple[int, str]:
    code = archive_cli.main(["check-bundle", str(target), "--pubkey", str(pub)])
    return code, capsys.readouterr().out


def _plant(bundle: Path) -> None:
    for name in PLANTED:
        (bundle / name).parent.mkdir(exist_ok=True)
        (bundle / name).write_bytes(b"%PDF-1.4 planted")


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=60)


def _proof_script(bundle: Path) -> subprocess.CompletedProcess:
    """check_proofs.py in an isolated Python without site-packages: nothing of Casefile is importable."""
    return _run([sys.executable, "-I", "-S", "check_proofs.py"], bundle)


# -- check-bundle names everything exhibits.json does not list -------------------------------------------


def test_a_clean_bundle_passes_with_its_thumbnails_checked(bundle, pub, capsys):
    code, out = _check_bundle_cli(bundle, pub, capsys)
    assert code == 0, out
    assert re.search(r"Thumbnails: +\d+ checked against exhibits.json \(previews: the publisher's signature does "
                     r"not cover them; exhibits.json is unsigned", out)
    assert any(exhibit["thumbnail"] for exhibit in _document(bundle)["exhibits"])


def test_planted_files_in_a_folder_fail_and_are_named(bundle, pub, capsys):
    _plant(bundle)
    code, out = _check_bundle_cli(bundle, pub, capsys)
    assert code == archive_cli.EXIT_ERROR
    for name in PLANTED:
        assert f"PROBLEM: '{name}' is in the bundle but exhibits.json does not list it" in out
    assert "PROBLEM: 'extra/' is in the bundle" in out  # the folder too
    assert out.rstrip().splitlines()[-1].startswith("FAIL")


def test_planted_files_in_a_zip_fail_and_are_named(bundle, pub, tmp_path, capsys):
    _plant(bundle)
    target = tmp_path / "bundle.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(bundle).as_posix())
        archive.writestr("./EX-0001 shadow.pdf", b"another copy")
    code, out = _check_bundle_cli(target, pub, capsys)
    assert code == archive_cli.EXIT_ERROR
    for name in (*PLANTED, "./EX-0001 shadow.pdf"):
        assert f"'{name}' is in the bundle but exhibits.json does not list it" in out


def test_a_planted_symlink_or_control_character_name_is_named_safely(bundle, trust, tmp_path):
    (tmp_path / "secret").write_text("host file")
    (bundle / "EX-0015 link.pdf").symlink_to(tmp_path / "secret")
    (bundle / "EX-0016 \x1b[2Jclear.pdf").write_bytes(b"x")
    report = check_bundle(bundle, trust=trust)
    text = " ".join(report.problems)
    assert not report.ok and "'EX-0015 link.pdf' is in the bundle" in text
    assert "'EX-0016 \ufffd[2Jclear.pdf' is in the bundle" in text and "\x1b" not in text


def test_a_changed_thumbnail_fails_naming_it(bundle, trust):
    thumbnail = next(e["thumbnail"] for e in _document(bundle)["exhibits"] if e["thumbnail"])
    (bundle / thumbnail).write_bytes((bundle / thumbnail).read_bytes() + b"\0")
    report = check_bundle(bundle, trust=trust)
    assert not report.ok and any(f"The thumbnail {thumbnail}" in problem for problem in report.problems)


def test_thumbnails_without_a_listed_hash_are_said_to_be_unchecked(bundle, trust):
    document = _document(bundle)
    for exhibit in document["exhibits"]:
        exhibit.pop("thumbnail_sha256")  # as a bundle written before thumbnails were hashed
    (bundle / "exhibits.json").write_text(json.dumps(document), encoding="utf-8")
    report = check_bundle(bundle, trust=trust)
    assert report.ok and re.fullmatch(r"\d+ NOT checked \(exhibits.json lists no hash for them\)", report.thumbnails)


def test_a_changed_proof_script_or_root_statement_is_refused(bundle, trust):
    (bundle / "check_proofs.py").write_text("print('PASS: all exhibits are fine')\n")
    (bundle / "root-statement.txt").write_bytes((bundle / "root-statement.txt").read_bytes().replace(b"\n1", b"\n2"))
    report = check_bundle(bundle, trust=trust)
    assert not report.ok
    assert any("check_proofs.py is not the script this Casefile writes" in p for p in report.problems)
    assert any("root-statement.txt is not the publisher's signed root" in p for p in report.problems)


# -- VERIFY.txt: every command works, and none claims more than it proves -------------------------------


def _commands(verify: str) -> list[str]:
    """The command lines VERIFY.txt gives (indented, starting with a tool's name)."""
    return [line.strip() for line in verify.splitlines()
            if re.match(r"   (casefile|minisign|python3|sha256sum) ", line)]


def test_every_command_in_verify_txt_works_on_an_unsigned_bundle(bundle, pub, capsys):
    verify = (bundle / "VERIFY.txt").read_text(encoding="utf-8")
    commands = _commands(verify)
    assert [c.split()[0] for c in commands] == ["casefile", "minisign", "python3", "sha256sum"]
    assert "publisher's signature covers every file" not in verify
    assert "exhibits.json is NOT signed" in verify and "this list is not signed by the publisher" in verify
    root = _document(bundle)["signed_root"]["root"]
    for command in commands:
        words = command.split()
        if words[0] == "casefile":
            assert words[1:] == ["check-bundle", "THIS_FOLDER_OR_ZIP", "--pubkey", "THE_PUBLISHERS_KEY.pub"]
            assert _check_bundle_cli(bundle, pub, capsys)[0] == 0
        elif words[0] == "python3":
            done = _proof_script(bundle)
            assert done.returncode == 0 and "PASS: all" in done.stdout, done.stdout + done.stderr
        else:
            done = _run(words, bundle)
            assert done.returncode == 0, done.stdout + done.stderr
            if words[0] == "minisign":
                assert f"root={root}" in done.stdout and "Signature and comment signature verified" in done.stdout


def test_verify_txt_gives_the_exporters_command_when_signed(signed, trust, tmp_path, keys):
    target = export_bundle(signed, ["reports/assessment"], tmp_path / "b", trust=trust, signing_key=keys[1]).target
    commands = _commands((target / "VERIFY.txt").read_text(encoding="utf-8"))
    assert "minisign -Vm exhibits.json -p exporter.pub" in commands
    for command in commands:
        if command.startswith("minisign"):
            assert _run(command.split(), target).returncode == 0, command


def test_sha256sum_names_a_changed_exhibit(bundle):
    exhibit = _document(bundle)["exhibits"][0]
    (bundle / exhibit["file"]).write_bytes(b"forged")
    done = _run(["sha256sum", "-c", "VERIFY.txt"], bundle)
    assert done.returncode == 1 and f"{exhibit['file']}: FAILED" in done.stdout


# -- check_proofs.py: stand-alone, and it fails on what it must -----------------------------------------


def test_proof_script_runs_without_casefile(bundle):
    assert _run([sys.executable, "-I", "-S", "-c", "import archive"], bundle).returncode != 0
    done = _proof_script(bundle)
    assert done.returncode == 0, done.stderr
    exhibits = _document(bundle)["exhibits"]
    assert done.stdout.count("\nok  ") == len(exhibits)


def test_proof_script_fails_naming_a_tampered_exhibit(bundle):
    exhibit = _document(bundle)["exhibits"][1]
    (bundle / exhibit["file"]).write_bytes(b"not the original")
    done = _proof_script(bundle)
    assert done.returncode == 1
    assert f"FAIL  {exhibit['number']}  {exhibit['file']!r}: the file's SHA-256 is" in done.stdout


def test_proof_script_fails_when_file_and_listed_hash_are_both_forged(bundle):
    """A forger who also rewrites exhibits.json (unsigned) is stopped by the Merkle path to the signed root."""
    document = _document(bundle)
    exhibit = document["exhibits"][0]
    forged = b"forged evidence"
    sha = hashlib.sha256(forged).hexdigest()
    (bundle / exhibit["file"]).write_bytes(forged)
    exhibit["sha256"] = sha
    blob = next(leaf for leaf in exhibit["proof"]["leaves"] if leaf["name"].startswith("blob:"))
    blob.update(name=f"blob:{sha}", sha256=sha)
    (bundle / "exhibits.json").write_text(json.dumps(document), encoding="utf-8")
    done = _proof_script(bundle)
    assert done.returncode == 1
    assert f"{exhibit['number']}  {exhibit['file']!r}: the file's Merkle path does not lead" in done.stdout


def test_proof_script_names_planted_files(bundle):
    _plant(bundle)
    done = _proof_script(bundle)
    assert done.returncode == 1
    for name in PLANTED:
        assert f"NOT LISTED  {name!r}" in done.stdout


def test_proof_script_knows_the_items_row_of_this_format():
    """check_proofs.py cannot import the schema: its cell positions must be the format's."""
    from archive import schema
    from archive.export.document import proof_script

    columns = schema.TABLES_BY_NAME["items"].column_names
    assert (f"ITEM_CELLS, ID_CELL, BLOB_CELL = {len(columns)}, {columns.index('id')}, "
            f"{columns.index('blob_sha256')}") in proof_script().decode("utf-8")
