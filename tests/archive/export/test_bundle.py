"""Export then check: a bundle passes, names the exhibit that changed, and fails with another key."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import threading
import zipfile
from html.parser import HTMLParser

import pytest

from archive import CasefileError, SignatureInvalid
from archive.export import ExportCancelled, check_bundle, export_bundle
from archive.signing import minisign
from archive.signing.trust import TrustStore

from .conftest import NOTE_TEXT


def _export(signed_archive, ids, target, trust, **options):
    return export_bundle(signed_archive, ids, target, trust=trust, **options)


def test_export_then_check_passes(signed_archive, item_ids, trust, tmp_path, store):
    events = []
    result = _export(signed_archive, item_ids, tmp_path / "bundle", trust, annotations=store.annotations.for_item,
                     audit=store.audit.record, progress=lambda done, total: events.append((done, total)))
    assert result.exhibits == len(item_ids) and result.verification.ok
    assert events[-1][0] == events[-1][1] and [d for d, _ in events] == sorted(d for d, _ in events)
    report = check_bundle(tmp_path / "bundle", trust=trust)
    assert report.ok, report.verdict
    assert [c.number for c in report.exhibits] == [f"EX-{n:04d}" for n in range(1, len(item_ids) + 1)]
    entry = store.audit.entries()[0]
    assert entry.action == "export" and entry.detail["items"] == item_ids and str(tmp_path / "bundle") in entry.covered


def test_bundle_contents(signed_archive, item_ids, trust, tmp_path, store):
    _export(signed_archive, item_ids, tmp_path / "b", trust, annotations=store.annotations.for_item)
    document = json.loads((tmp_path / "b" / "exhibits.json").read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("casefile-evidence-bundle", 1)
    assert document["verification"]["state"] == "verified" and document["verification"]["method"] == "whole file"
    assert (tmp_path / "b" / "publisher.pub").read_text() == document["signed_root"]["public_key"]
    for exhibit in document["exhibits"]:
        data = (tmp_path / "b" / exhibit["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == exhibit["sha256"]
        assert exhibit["proof"]["root"] == document["signed_root"]["root"]
        assert exhibit["annotations"]["type"] == "AnnotationCollection"
    by_item = {e["item_id"]: e for e in document["exhibits"]}
    assert by_item["reports/assessment"]["annotations"]["total"] == 2
    assert by_item["reports/chinese-note"]["annotations"]["total"] == 0
    assert by_item["images/map"]["thumbnail"] == f"thumbnails/{by_item['images/map']['number']}.jpg"
    assert NOTE_TEXT in (tmp_path / "b" / "exhibit-list.html").read_text(encoding="utf-8")
    verify = (tmp_path / "b" / "VERIFY.txt").read_text(encoding="utf-8")
    assert "casefile check-bundle" in verify and "sha256sum" in verify and "is not signed" in verify
    assert f"{by_item['images/map']['sha256']}  {by_item['images/map']['file']}" in verify
    assert not list(tmp_path.glob(".*partial*"))


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.tags = [], set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.urls += [value for name, value in attrs if name in ("src", "href", "srcset", "action", "data")]


def test_html_loads_nothing_remote(signed_archive, item_ids, trust, tmp_path):
    _export(signed_archive, item_ids, tmp_path / "b", trust)
    html = (tmp_path / "b" / "exhibit-list.html").read_text(encoding="utf-8")
    parser = _Resources()
    parser.feed(html)
    assert parser.urls, "the thumbnails should be there"
    for url in parser.urls:
        assert not re.match(r"[a-z][a-z0-9+.-]*:|//|/|\\", url, re.I) and ".." not in url
        assert (tmp_path / "b" / url).is_file()
    assert not {"script", "link", "iframe", "object", "embed", "base"} & parser.tags
    assert "url(" not in html and "@import" not in html and "http" not in html.lower()


def test_one_changed_byte_names_the_exhibit(signed_archive, item_ids, trust, tmp_path):
    _export(signed_archive, item_ids, tmp_path / "b", trust)
    document = json.loads((tmp_path / "b" / "exhibits.json").read_text(encoding="utf-8"))
    victim = document["exhibits"][2]
    path = tmp_path / "b" / victim["file"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    report = check_bundle(tmp_path / "b", trust=trust)
    assert not report.ok
    failing = [c for c in report.exhibits if not c.ok]
    assert [c.number for c in failing] == [victim["number"]] and not failing[0].hash_ok
    assert victim["number"] in report.verdict and victim["file"] in report.verdict


def test_another_public_key_fails(signed_archive, item_ids, trust, tmp_path, exporter_key):
    _export(signed_archive, item_ids[:2], tmp_path / "b", trust)
    other = exporter_key.public_key
    wrong = check_bundle(tmp_path / "b", pubkey=other)
    assert not wrong.ok and wrong.intact and other.fingerprint in wrong.key_status
    assert not check_bundle(tmp_path / "b", trust=TrustStore(tmp_path / "nobody.json")).ok
    (tmp_path / "b" / "publisher.pub").write_text(other.to_file_text())
    swapped = check_bundle(tmp_path / "b", trust=trust)
    assert not swapped.ok and "publisher.pub" in swapped.verdict


def test_key_swapped_inside_exhibits_json_fails(signed_archive, item_ids, trust, tmp_path, exporter_key):
    _export(signed_archive, item_ids[:2], tmp_path / "b", trust)
    path = tmp_path / "b" / "exhibits.json"
    text = path.read_text(encoding="utf-8")
    original = json.loads(text)["signed_root"]["public_key"]
    path.write_text(text.replace(json.dumps(original)[1:-1], json.dumps(exporter_key.public_key.to_file_text())[1:-1]))
    (tmp_path / "b" / "publisher.pub").write_text(exporter_key.public_key.to_file_text())
    report = check_bundle(tmp_path / "b", pubkey=exporter_key.public_key)
    assert not report.ok and not any(c.proof_ok for c in report.exhibits)


def test_no_notes_keeps_highlights_only(signed_archive, item_ids, trust, tmp_path, store):
    _export(signed_archive, item_ids, tmp_path / "b", trust, annotations=store.annotations.for_item, notes=False)
    for name in ("exhibits.json", "exhibit-list.html"):
        text = (tmp_path / "b" / name).read_text(encoding="utf-8")
        assert NOTE_TEXT not in text and "Whole-item note" not in text and "key-finding" not in text
    document = json.loads((tmp_path / "b" / "exhibits.json").read_text(encoding="utf-8"))
    assert document["notes_included"] is False
    kept = {e["item_id"]: e["annotations"]["total"] for e in document["exhibits"]}
    assert kept["reports/assessment"] == 1 and kept["images/map"] == 1  # the highlight and the region
    assert check_bundle(tmp_path / "b", trust=trust).ok


def test_signed_with_the_exporters_key(signed_archive, item_ids, trust, tmp_path, exporter_key):
    result = _export(signed_archive, item_ids[:3], tmp_path / "b", trust, signing_key=exporter_key)
    assert result.signed_by == exporter_key.public_key.fingerprint
    signature = minisign.Signature.load(tmp_path / "b" / "exhibits.json.minisig")
    minisign.verify_file(tmp_path / "b" / "exhibits.json", signature, exporter_key.public_key)
    report = check_bundle(tmp_path / "b", trust=trust)
    assert report.ok and report.signature.startswith("valid")
    assert "minisign -Vm exhibits.json -p exporter.pub" in (tmp_path / "b" / "VERIFY.txt").read_text(encoding="utf-8")
    (tmp_path / "b" / "exhibits.json").write_bytes((tmp_path / "b" / "exhibits.json").read_bytes() + b" ")
    tampered = check_bundle(tmp_path / "b", trust=trust)
    assert not tampered.ok and "minisig" in tampered.verdict


def test_signature_checks_with_real_minisign(signed_archive, item_ids, trust, tmp_path, exporter_key):
    binary = shutil.which("minisign")
    if binary is None:
        pytest.skip("the minisign CLI is not installed")
    import subprocess

    _export(signed_archive, item_ids[:2], tmp_path / "b", trust, signing_key=exporter_key)
    run = subprocess.run([binary, "-Vm", "exhibits.json", "-p", "exporter.pub"], cwd=tmp_path / "b",
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr


def test_zip_bundle(signed_archive, item_ids, trust, tmp_path):
    result = _export(signed_archive, item_ids, tmp_path / "bundle.zip", trust)
    assert zipfile.is_zipfile(result.target)
    with zipfile.ZipFile(result.target) as archive:
        assert archive.testzip() is None and "exhibits.json" in archive.namelist()
    assert check_bundle(result.target, trust=trust).ok
    assert not list(tmp_path.glob(".*partial*"))


@pytest.mark.parametrize("target", ["bundle", "bundle.zip"])
def test_cancel_leaves_nothing(signed_archive, item_ids, trust, tmp_path, target):
    cancel = threading.Event()

    def progress(done, total):
        if done > total // 2:
            cancel.set()

    before = set(tmp_path.iterdir())
    with pytest.raises(ExportCancelled):
        _export(signed_archive, item_ids, tmp_path / target, trust, progress=progress, cancel=cancel)
    assert set(tmp_path.iterdir()) == before


def test_failing_renderer_leaves_nothing(signed_archive, item_ids, trust, tmp_path):
    def broken(html, images):
        raise CasefileError("the printer caught fire")

    before = set(tmp_path.iterdir())
    with pytest.raises(CasefileError, match="caught fire"):
        _export(signed_archive, item_ids, tmp_path / "b", trust, render_pdf=broken)
    assert set(tmp_path.iterdir()) == before


def test_never_overwrites(signed_archive, item_ids, trust, tmp_path):
    (tmp_path / "b").mkdir()
    with pytest.raises(CasefileError, match="already exists"):
        _export(signed_archive, item_ids, tmp_path / "b", trust)


def test_unsigned_archive_is_refused(built, item_ids, trust, tmp_path):
    with pytest.raises(SignatureInvalid, match="not signed"):
        _export(built, item_ids, tmp_path / "b", trust)
    assert list(tmp_path.iterdir()) == [tmp_path / "trusted-keys.json"]
