"""Fingerprints that cannot be copied, and a demo key that cannot be borrowed (issue 15).

A forger can give a key of their own any minisign key id, and can sign anything with the public demo
key. Neither may make an archive Verified, nor show the reader what they would compare for a real
publisher's key: through the library, `casefile verify` (text and --json) and `casefile keys`.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from archive import cli as archive_cli
from archive import paths
from archive.publish import build_archive
from archive.signing import manifest, merkle, minisign
from archive.signing.commands import EXIT_CODES
from archive.signing.sign import leaf_hashes, sign_archive, sign_sample
from archive.signing.trust import SAMPLE_ROOT_NAME, TrustStore, sample_root
from archive.signing.verify import VerificationState, verify_path
from archive.reader import open_archive

from .conftest import copy_signed
from .forge import impostor_of, set_stored_key_comment

STATE = VerificationState
UNKNOWN = EXIT_CODES[VerificationState.UNKNOWN_KEY]
FINGERPRINT = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){9}")


def cli(capsys, *argv) -> tuple[int, str]:
    code = archive_cli.main([str(arg) for arg in argv])
    return code, capsys.readouterr().out


def trust_by_cli(capsys, key: minisign.SecretKey, folder: Path, label: str = "The NGO") -> None:
    pub = folder / "publisher.pub"
    pub.write_text(key.public_key.to_file_text(), encoding="utf-8")
    code, out = cli(capsys, "keys", "add", pub, "--label", label)
    assert code == 0 and key.public_key.fingerprint in out


# -- the fingerprint itself -----------------------------------------------------------------------------


def test_the_fingerprint_comes_from_the_key_material_not_the_key_id(keys):
    real, impostor = keys[0].public_key, impostor_of(keys[0]).public_key
    assert FINGERPRINT.fullmatch(real.fingerprint)
    assert real.fingerprint.replace(" ", "") == hashlib.sha256(real.key).hexdigest()[:40].upper()
    assert impostor.key_id_hex == real.key_id_hex and impostor.fingerprint != real.fingerprint
    # A signature carries a key id only: nothing on it may pass for a fingerprint.
    assert not hasattr(minisign.Signature, "fingerprint")


def test_a_key_with_a_trusted_key_id_is_not_verified(keys, signed, tmp_path, capsys):
    trust_by_cli(capsys, keys[0], tmp_path)
    forged = copy_signed(signed, tmp_path)
    impostor = impostor_of(keys[0])
    sign_archive(forged, impostor)
    report = verify_path(forged)
    assert report.state is STATE.UNKNOWN_KEY and report.reason == "impersonation"
    assert report.fingerprint == impostor.public_key.fingerprint != keys[0].public_key.fingerprint
    assert report.key_id == keys[0].public_key.key_id_hex and report.signer is None
    assert keys[0].public_key.fingerprint not in report.message

    code, out = cli(capsys, "verify", "-q", forged)
    assert code == UNKNOWN and f"Fingerprint: {impostor.public_key.fingerprint}" in out and "impersonation" in out
    assert keys[0].public_key.fingerprint not in out and "Signer:" not in out

    code, out = cli(capsys, "verify", "-q", "--json", forged)
    data = json.loads(out)
    assert code == UNKNOWN and data["state"] == "unknown_key" and data["reason"] == "impersonation"
    assert data["fingerprint"] == impostor.public_key.fingerprint and data["key_id"] == keys[0].public_key.key_id_hex
    assert data["signer"] is None


def test_verify_names_the_fingerprint_and_the_key_id_apart(keys, signed, tmp_path, capsys):
    trust_by_cli(capsys, keys[0], tmp_path)
    path = copy_signed(signed, tmp_path)
    code, out = cli(capsys, "verify", "-q", path)
    public = keys[0].public_key
    assert code == 0 and f"Fingerprint: {public.fingerprint}" in out and f"Key id:      {public.key_id_hex}" in out
    assert "Signer:      The NGO" in out
    data = json.loads(cli(capsys, "verify", "-q", "--json", path)[1])
    assert (data["state"], data["fingerprint"], data["key_id"]) == ("verified", public.fingerprint, public.key_id_hex)


def test_an_unknown_signers_key_comment_is_never_the_signers_name(keys, signed, tmp_path, capsys):
    """The stored key's comment is the archive's claim: no 'Signed by <comment>'."""
    forged = copy_signed(signed, tmp_path)
    sign_archive(forged, keys[1])
    set_stored_key_comment(forged, "Human Rights Watch (verified publisher)")
    forged.with_name(forged.name + ".minisig").unlink()  # it covers the file as signed, before the edit
    report = verify_path(forged)
    assert report.state is STATE.UNKNOWN_KEY and report.signer is None
    assert "Human Rights Watch" not in report.message
    code, out = cli(capsys, "verify", "-q", forged)
    assert code == UNKNOWN and "Human Rights Watch" not in out


def test_keys_list_shows_fingerprints_and_revoke_takes_them_however_typed(keys, signed, tmp_path, capsys):
    trust_by_cli(capsys, keys[0], tmp_path)
    public = keys[0].public_key
    code, out = cli(capsys, "keys", "list")
    assert code == 0 and f"{public.fingerprint}  trusted" in out and f"key id {public.key_id_hex}" in out
    # The key id is not a fingerprint: it revokes nothing.
    assert archive_cli.main(["keys", "revoke", public.key_id_hex]) == archive_cli.EXIT_ERROR
    assert "No trusted key has the fingerprint" in capsys.readouterr().err
    code, out = cli(capsys, "keys", "revoke", *public.fingerprint.lower().split())
    assert code == 0 and public.fingerprint in out
    assert verify_path(copy_signed(signed, tmp_path)).state is STATE.REVOKED_KEY


def test_a_trust_store_from_before_fingerprints_keeps_working(keys, signed, tmp_path, capsys):
    """Older stores list each key under its key id: the fingerprint is derived on load."""
    public = keys[0].public_key
    entry = {"fingerprint": public.key_id_hex, "public_key": public.to_file_text(), "label": "Old NGO",
             "added": "2025-01-01T00:00:00Z", "revoked": None, "source": "user", "scope": None}
    store_path = paths.trust_store_path()
    store_path.parent.mkdir(parents=True, exist_ok=True)
    store_path.write_text(json.dumps({"version": 1, "keys": [entry]}), encoding="utf-8")
    assert TrustStore.default().lookup(public).fingerprint == public.fingerprint
    report = verify_path(copy_signed(signed, tmp_path))
    assert report.state is STATE.VERIFIED and report.signer == "Old NGO" and report.fingerprint == public.fingerprint
    # An entry listed under another key's id or fingerprint is a damaged store, not a trusted key.
    store_path.write_text(json.dumps({"version": 1, "keys": [{**entry, "fingerprint": keys[1].public_key.key_id_hex}]}),
                          encoding="utf-8")
    assert archive_cli.main(["keys", "list"]) == archive_cli.EXIT_ERROR
    assert "is damaged" in capsys.readouterr().err


# -- the demo key --------------------------------------------------------------------------------------


def _root_of(path: Path) -> str:
    with open_archive(path) as archive:
        return merkle.merkle_root(leaf_hashes(manifest.compute_leaves(archive))).hex()


def test_the_pinned_sample_root_is_the_sample_as_built(sample_path):
    root = _root_of(sample_path)
    assert sample_root() == root, (f"The sample's content changed: put its new root {root} in "
                                   f"resources/sample/keys/{SAMPLE_ROOT_NAME}, or the sample will not verify.")


def test_the_real_sample_still_verifies_with_the_demo_key(sample_path, tmp_path, capsys):
    sample = tmp_path / "xinjiang-sample.casefile"
    shutil.copyfile(sample_path, sample)
    sign_sample(sample)
    report = verify_path(sample)
    assert report.state is STATE.VERIFIED and report.reason == "trusted-key" and "DEMO" in report.signer
    assert cli(capsys, "verify", "-q", sample)[0] == 0


@pytest.fixture(scope="module")
def fake_sample(tmp_path_factory) -> Path:
    """Another archive that claims to be the sample (same archive.toml, so the same archive id and
    edition), with one report rewritten, signed with the demo key's public secret half."""
    folder = tmp_path_factory.mktemp("fake-sample")
    source = folder / "source"
    shutil.copytree(paths.sample_source_dir(), source)
    report = sorted((source / "reports").rglob("*.md"))[0]
    report.write_text(report.read_text(encoding="utf-8") + "\n\nForged: the detainee was released.\n",
                      encoding="utf-8")
    path = folder / "xinjiang-sample.casefile"
    build_archive(source, path, strict=True)
    sign_sample(path)
    return path


def test_an_archive_claiming_the_samples_id_is_not_verified_by_the_demo_key(fake_sample, sample_path, tmp_path,
                                                                          capsys):
    with open_archive(fake_sample) as fake, open_archive(sample_path) as real:
        assert (fake.metadata.archive_id, fake.metadata.edition) == (real.metadata.archive_id, real.metadata.edition)
    report = verify_path(fake_sample)
    assert report.state is STATE.UNKNOWN_KEY and report.reason == "demo-key-elsewhere"
    code, out = cli(capsys, "verify", "-q", fake_sample)
    assert code == UNKNOWN and "demo key" in out and "exact contents" in out


@pytest.mark.parametrize("how", ["keys add", "stick keys folder"])
def test_the_demo_key_stays_pinned_wherever_it_is_found(fake_sample, tmp_path, how):
    demo_pub = paths.sample_keys_dir() / "demo.pub"
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir()
    store = TrustStore(tmp_path / "trusted.json", ((keys_dir, "stick", None),))
    if how == "keys add":
        store.add(minisign.PublicKey.load(demo_pub), "I trust this")
    else:
        shutil.copyfile(demo_pub, keys_dir / "demo.pub")
    report = verify_path(fake_sample, store)
    assert report.state is STATE.UNKNOWN_KEY and report.reason == "demo-key-elsewhere"


def test_an_unreadable_pin_vouches_for_nothing(sample_path, tmp_path, monkeypatch):
    sample = tmp_path / "xinjiang-sample.casefile"
    shutil.copyfile(sample_path, sample)
    sign_sample(sample)
    keys_dir = tmp_path / "keys"
    shutil.copytree(paths.sample_keys_dir(), keys_dir)
    (keys_dir / SAMPLE_ROOT_NAME).write_text("not a root\n", encoding="ascii")
    monkeypatch.setattr(paths, "sample_keys_dir", lambda: keys_dir)
    report = verify_path(sample)
    assert report.state is STATE.UNKNOWN_KEY and report.reason == "demo-key-elsewhere"
