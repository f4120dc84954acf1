"""check-bundle on hostile bundles: clear errors, no crash, nothing written outside; and its CLI."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from archive import cli
from archive.export import BundleInvalid, check_bundle, export_bundle
from archive.export.document import MAX_DOCUMENT_BYTES


@pytest.fixture
def bundle(signed_archive, item_ids, trust, tmp_path):
    return export_bundle(signed_archive, item_ids[:3], tmp_path / "bundle", trust=trust).target


def _document(bundle):
    return json.loads((bundle / "exhibits.json").read_text(encoding="utf-8"))


def _rewrite(bundle, document):
    (bundle / "exhibits.json").write_text(json.dumps(document), encoding="utf-8")


@pytest.mark.parametrize("name", ["../../outside.txt", "/etc/passwd", "sub/dir.pdf", "..", "CON.txt", "a\u202eb"])
def test_path_traversal_in_file_names_is_refused(bundle, trust, name):
    document = _document(bundle)
    document["exhibits"][0]["file"] = name
    _rewrite(bundle, document)
    with pytest.raises(BundleInvalid, match="not a plain file name"):
        check_bundle(bundle, trust=trust)


def test_symlinked_exhibit_is_refused(bundle, trust, tmp_path):
    first = _document(bundle)["exhibits"][0]
    secret = tmp_path / "secret.txt"
    secret.write_text("not evidence")
    (bundle / first["file"]).unlink()
    os.symlink(secret, bundle / first["file"])
    report = check_bundle(bundle, trust=trust)
    assert not report.ok and "symbolic link" in report.exhibits[0].problem


def test_missing_exhibit_is_named(bundle, trust):
    first = _document(bundle)["exhibits"][0]
    (bundle / first["file"]).unlink()
    report = check_bundle(bundle, trust=trust)
    assert not report.ok and report.exhibits[0].problem.endswith("is missing") and first["number"] in report.verdict


@pytest.mark.parametrize("content, message", [
    (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
    (b"\xff\xfe not json", "not valid JSON"),
    (b'{"format": "something-else"}', "not a Casefile evidence bundle"),
    (b'{"format": "casefile-evidence-bundle", "version": 99}', "version 99"),
    (b'{"format": "casefile-evidence-bundle", "version": 1, "exhibits": []}', "no exhibits"),
])
def test_malformed_documents(bundle, trust, content, message):
    (bundle / "exhibits.json").write_bytes(content)
    with pytest.raises(BundleInvalid, match=message):
        check_bundle(bundle, trust=trust)


def test_huge_document_is_refused_before_parsing(bundle, trust):
    with open(bundle / "exhibits.json", "wb") as handle:
        handle.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(BundleInvalid, match="larger than"):
        check_bundle(bundle, trust=trust)


def test_proof_for_another_item_fails(bundle, trust):
    document = _document(bundle)
    document["exhibits"][0]["proof"], document["exhibits"][1]["proof"] = (document["exhibits"][1]["proof"],
                                                                          document["exhibits"][0]["proof"])
    _rewrite(bundle, document)
    report = check_bundle(bundle, trust=trust)
    assert [c.ok for c in report.exhibits[:2]] == [False, False] and report.exhibits[2].ok


def _zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)


def test_zip_bomb_is_refused(bundle, trust, tmp_path):
    document = _document(bundle)
    target = tmp_path / "bomb.zip"
    members = [(p.name, p.read_bytes()) for p in bundle.iterdir() if p.is_file()]
    members = [(name, data) for name, data in members if name != document["exhibits"][0]["file"]]
    _zip(target, members + [(document["exhibits"][0]["file"], b"\0" * (64 * 2**20))])
    report = check_bundle(target, trust=trust)
    assert not report.ok and "zip bomb" in report.exhibits[0].problem


def test_zip_with_traversal_members_writes_nothing_outside(bundle, trust, tmp_path):
    target = tmp_path / "evil.zip"
    members = [(p.name, p.read_bytes()) for p in bundle.iterdir() if p.is_file()]
    _zip(target, members + [("../../escaped.txt", b"x"), ("/abs.txt", b"y")])
    before = set(tmp_path.parent.iterdir())
    report = check_bundle(target, trust=trust)  # the extra members are named, never read
    assert all(check.ok for check in report.exhibits) and not report.ok
    assert any("'../../escaped.txt' is in the bundle but exhibits.json does not list it" in problem
               for problem in report.problems)
    assert set(tmp_path.parent.iterdir()) == before and not (tmp_path / "escaped.txt").exists()


def test_not_a_bundle(tmp_path, trust):
    (tmp_path / "junk.zip").write_bytes(b"PK\3\4 not really")
    with pytest.raises(BundleInvalid, match="not a readable ZIP"):
        check_bundle(tmp_path / "junk.zip", trust=trust)
    (tmp_path / "empty").mkdir()
    with pytest.raises(BundleInvalid, match="exhibits.json is missing"):
        check_bundle(tmp_path / "empty", trust=trust)
    with pytest.raises(BundleInvalid, match="does not exist"):
        check_bundle(tmp_path / "nowhere", trust=trust)


def test_cli_passes_and_names_a_changed_exhibit(bundle, publisher_key, exporter_key, tmp_path, capsys):
    pub, other = tmp_path / "publisher.pub", tmp_path / "other.pub"
    pub.write_text(publisher_key.public_key.to_file_text())
    other.write_text(exporter_key.public_key.to_file_text())
    assert cli.main(["check-bundle", str(bundle), "--pubkey", str(pub)]) == 0
    assert "PASS" in capsys.readouterr().out
    assert cli.main(["check-bundle", str(bundle)]) == 2  # intact, but the key is not in the reader's store
    capsys.readouterr()
    assert cli.main(["check-bundle", str(bundle), "--pubkey", str(other)]) == 2
    capsys.readouterr()
    victim = _document(bundle)["exhibits"][1]
    with open(bundle / victim["file"], "r+b") as handle:
        handle.write(b"X")
    assert cli.main(["check-bundle", str(bundle), "--pubkey", str(pub), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert not report["ok"] and victim["number"] in report["verdict"]
    assert [e["hash_ok"] for e in report["exhibits"]] == [True, False, True]


def test_cli_error_is_one_line(tmp_path, capsys):
    assert cli.main(["check-bundle", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("casefile: error:") and err.count("\n") == 1


def test_a_bundle_naming_its_exporter_by_key_id_still_checks(signed_archive, item_ids, trust, exporter_key,
                                                             tmp_path):
    """Bundles exported before fingerprints were derived from the key name the exporter by its key id."""
    from archive.signing import minisign

    target = export_bundle(signed_archive, item_ids[:2], tmp_path / "old", trust=trust,
                           signing_key=exporter_key).target
    document = _document(target)
    document["exporter"]["key_fingerprint"] = exporter_key.public_key.key_id_hex
    raw = json.dumps(document).encode("utf-8")
    (target / "exhibits.json").write_bytes(raw)
    signature = minisign.sign_bytes(raw, exporter_key, "casefile exhibits")
    (target / "exhibits.json.minisig").write_text(signature.to_file_text())
    assert check_bundle(target, trust=trust).signature.startswith("valid")
    document["exporter"]["key_fingerprint"] = "0123456789ABCDEF"
    raw = json.dumps(document).encode("utf-8")
    (target / "exhibits.json").write_bytes(raw)
    (target / "exhibits.json.minisig").write_text(minisign.sign_bytes(raw, exporter_key, "x").to_file_text())
    assert check_bundle(target, trust=trust).signature.startswith("INVALID")
