"""The exhibit list as PDF (QTextDocument → QPdfWriter) and `casefile export` end to end."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from archive.export import check_bundle, export_bundle
from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.trust import TrustStore
from viewer import cli
from viewer.export.pdf import render_pdf

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def publisher():
    return minisign.SecretKey.generate("PDF test publisher")


@pytest.fixture(scope="module")
def signed(built, tmp_path_factory, publisher) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "evidence.casefile"
    shutil.copyfile(built, target)
    sign_archive(target, publisher)
    return target


@pytest.fixture
def trust(tmp_path, publisher):
    store = TrustStore(tmp_path / "keys.json")
    store.add(publisher.public_key, "PDF test publisher")
    return store


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def test_pdf_holds_every_hash_and_the_verification(qapp, signed, trust, tmp_path):
    result = export_bundle(signed, ["images/map", "reports/assessment", "images/chart"], tmp_path / "b",
                           trust=trust, render_pdf=render_pdf)
    pdf = (result.target / "exhibit-list.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    text = _text(pdf)
    document = json.loads((result.target / "exhibits.json").read_text(encoding="utf-8"))
    for exhibit in document["exhibits"]:
        assert exhibit["sha256"] in text and exhibit["number"] in text
    assert "VERIFIED" in text and document["signed_root"]["root"] in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Exhibit list"


def test_renderer_reads_no_resource_it_was_not_given(qapp, tmp_path):
    (tmp_path / "local.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    html = f'<p>x</p><img src="{(tmp_path / "local.png").as_uri()}"><img src="http://example.invalid/a.png">'
    assert _text(render_pdf(html, {})) == "x1"  # the text and the page number only: no image was loaded


def test_cli_export_zip_signed_no_notes(qapp, signed, publisher, tmp_path, capsys):
    key = minisign.SecretKey.generate("Lawyer")
    (tmp_path / "me.key").write_text(key.to_file_text("pw", opslimit=minisign.OPSLIMIT_MIN,
                                                      memlimit=minisign.MEMLIMIT_MIN))
    (tmp_path / "pw").write_text("pw\n")
    (tmp_path / "pub").write_text(publisher.public_key.to_file_text())
    out = tmp_path / "bundle.zip"
    code = cli.main(["export", str(signed), "--items", "images/map", "reports/assessment", "-o", str(out),
                     "--no-notes", "--sign-with", str(tmp_path / "me.key"), "--password-file", str(tmp_path / "pw"),
                     "-q"])
    assert code == 0, capsys.readouterr().err
    assert "Exported 2 exhibits" in capsys.readouterr().out
    report = check_bundle(out, pubkey=publisher.public_key)
    assert report.ok and report.signature.startswith("valid")
    assert cli.main(["export", str(signed), "--query", "nothing-matches-this", "-o", str(tmp_path / "x")]) == 1
    assert "Nothing to export" in capsys.readouterr().err


def test_cli_export_by_query_records_the_audit(qapp, signed, tmp_path, capsys):
    assert cli.main(["export", str(signed), "--query", "kind:image", "-o", str(tmp_path / "b"), "-q"]) == 0
    assert (tmp_path / "b" / "exhibit-list.pdf").is_file()
    from archive.store import UserStore

    with UserStore.open() as store:
        entry = store.audit.entries()[0]
    assert entry.action == "export" and len(entry.detail["items"]) == 4


@pytest.mark.parametrize("option", ["--query", "--tag", "--items", "--output", "--no-notes", "--sign-with",
                                    "--password-file", "--quiet"])
def test_export_options_documented(option):
    section = README.split("`casefile export ")[1].split("\n#")[0]
    assert option in section
