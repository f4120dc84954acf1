"""Trust store (add, list, revoke, demo key scope, impostor keys) and inclusion proofs."""

from __future__ import annotations

import json
import shutil

import pytest

from archive import open_archive
from archive.cli import main
from archive.errors import KeyFileError, SignatureInvalid
from archive.signing import minisign
from archive.signing.proofs import check_proof, load_proof, make_proof, write_proof
from archive.signing.sign import sign_archive, sign_sample
from archive.signing.trust import TrustStore
from archive.signing.verify import VerificationState, verify_path
from tests.sources import make_source

ITEM = "images/chart"


def test_trust_store_add_list_revoke_persist(tmp_path, test_key, other_key):
    store = TrustStore(tmp_path / "t.json")
    assert store.keys() == [] and store.lookup(test_key.public_key) is None
    entry = store.add(test_key.public_key, "NGO")
    store.add(other_key.public_key)
    again = TrustStore(tmp_path / "t.json")
    assert [k.label for k in again.keys()] == ["NGO", other_key.public_key.comment]
    assert again.lookup(test_key.public_key) == entry
    (revoked,) = again.revoke(test_key.public_key.fingerprint.lower())
    assert revoked.revoked and TrustStore(tmp_path / "t.json").lookup(test_key.public_key).revoked
    with pytest.raises(KeyFileError, match="No trusted key has the fingerprint"):
        again.revoke("0000000000000000")


def test_impostor_key_with_a_copied_key_id_is_not_trusted(tmp_path, test_key):
    store = TrustStore(tmp_path / "t.json")
    store.add(test_key.public_key, "NGO")
    impostor = minisign.SecretKey(key_id=test_key.key_id, seed=bytes(range(32)))
    assert store.lookup(impostor.public_key) is None


def test_damaged_trust_store_is_named(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("{not json")
    with pytest.raises(KeyFileError, match="damaged"):
        TrustStore(path).keys()


def test_app_keys_folder_is_trusted_and_revocable(tmp_path, test_key):
    folder = tmp_path / "keys"
    folder.mkdir()
    (folder / "ngo.pub").write_text(test_key.public_key.to_file_text())
    (folder / "broken.pub").write_text("nonsense")
    store = TrustStore(tmp_path / "t.json", ((folder, "app", None),))
    assert store.lookup(test_key.public_key).source == "app" and store.problems
    store.revoke(test_key.public_key.fingerprint)
    assert store.lookup(test_key.public_key).revoked


def test_cli_keys(tmp_path, test_key, capsys):
    pub = tmp_path / "ngo.pub"
    pub.write_text(test_key.public_key.to_file_text())
    assert main(["keys", "add", str(pub), "--label", "The NGO"]) == 0
    assert test_key.public_key.fingerprint in capsys.readouterr().out
    assert main(["keys", "list"]) == 0
    listing = capsys.readouterr().out
    assert "The NGO" in listing and "DEMO key" in listing
    assert main(["keys", "revoke", test_key.public_key.fingerprint]) == 0
    main(["keys", "list"])
    assert "REVOKED" in capsys.readouterr().out


def test_cli_keygen_unencrypted_and_with_password_file(tmp_path, archive_copy, capsys, quick_scrypt):
    assert main(["keygen", "-o", str(tmp_path / "plain"), "--unencrypted", "--comment", "Plain NGO"]) == 0
    assert minisign.PublicKey.load(tmp_path / "plain.pub").comment == "Plain NGO"
    assert main(["keygen", "-o", str(tmp_path / "plain"), "--unencrypted"]) == 1  # no silent overwrite
    assert "exists" in capsys.readouterr().err
    (tmp_path / "pw").write_text("correct horse\n")
    assert main(["keygen", "-o", str(tmp_path / "enc"), "--password-file", str(tmp_path / "pw")]) == 0
    assert quick_scrypt[-1] == {}  # keygen asked for minisign's default cost; the fixture lowered it
    assert minisign.SecretKey.file_is_encrypted(tmp_path / "enc.key")
    assert (tmp_path / "enc.key").stat().st_mode & 0o077 == 0
    (tmp_path / "wrong").write_text("wrong horse\n")
    assert main(["sign", str(archive_copy), "--key", str(tmp_path / "enc.key"), "--password-file",
                 str(tmp_path / "wrong"), "-q"]) == 1
    assert "wrong password" in capsys.readouterr().err


def test_proof_round_trip(signed, trust, source_dir, tmp_path, capsys):
    original = source_dir / "images" / "chart.png"
    with open_archive(signed) as archive:
        proof = make_proof(archive, ITEM)
    assert [leaf["name"].split(":")[0] for leaf in proof["leaves"]] == ["blob", "item"]
    result = check_proof(proof, original, trust)
    assert result.trusted and result.item_id == ITEM and result.title == "Chart"
    path = tmp_path / "proof.json"
    write_proof(proof, path)
    assert check_proof(load_proof(path), original, trust).file_sha256 == proof["leaves"][0]["sha256"]
    assert main(["prove", str(signed), ITEM, "-o", str(tmp_path / "cli.json")]) == 0
    assert main(["check-proof", str(tmp_path / "cli.json"), str(original)]) == 2  # key not in the reader's store
    assert "not one you trust" in capsys.readouterr().out


def test_proof_fails_on_another_file_or_a_changed_proof(signed, trust, source_dir, other_key):
    with open_archive(signed) as archive:
        proof = make_proof(archive, ITEM)
    original = source_dir / "images" / "chart.png"
    with pytest.raises(SignatureInvalid, match="not the file this proof is about"):
        check_proof(proof, source_dir / "images" / "map.jpg", trust)
    changed = json.loads(json.dumps(proof))
    changed["leaves"][0]["path"][0] = "00" * 32
    with pytest.raises(SignatureInvalid, match="Merkle path does not lead to the root"):
        check_proof(changed, original, trust)
    changed = json.loads(json.dumps(proof))
    changed["edition"] = "2"
    with pytest.raises(SignatureInvalid):
        check_proof(changed, original, trust)
    changed = json.loads(json.dumps(proof))
    changed["leaves"][1]["canonical"] = changed["leaves"][1]["canonical"][:-8] + "AAAAAAA="
    with pytest.raises(SignatureInvalid, match="item record"):
        check_proof(changed, original, trust)


def test_proof_by_another_key_is_valid_but_untrusted(signed, trust, source_dir, other_key):
    sign_archive(signed, other_key)
    with open_archive(signed) as archive:
        proof = make_proof(archive, ITEM)
    result = check_proof(proof, source_dir / "images" / "chart.png", trust)
    assert not result.trusted and result.fingerprint == other_key.public_key.fingerprint
    # The other key's signature paired with our public key: refused.
    proof["public_key"] = trust.keys()[0].public_key
    with pytest.raises(SignatureInvalid, match="signed by another key"):
        check_proof(proof, source_dir / "images" / "chart.png", trust)


def test_no_proof_for_a_changed_item_or_an_unsigned_archive(signed, archive_copy):
    import sqlite3

    conn = sqlite3.connect(signed)
    with conn:
        conn.execute("UPDATE items SET title = 'Forged' WHERE id = ?", (ITEM,))
    conn.close()
    with open_archive(signed) as archive, pytest.raises(SignatureInvalid, match="Refusing to prove"):
        make_proof(archive, ITEM)
    with open_archive(archive_copy) as archive, pytest.raises(SignatureInvalid, match="not signed"):
        make_proof(archive, ITEM)


def test_sample_is_signed_with_the_demo_key(sample_path, tmp_path):
    sample = tmp_path / "sample.casefile"
    shutil.copyfile(sample_path, sample)
    sign_sample(sample)
    assert verify_path(sample, TrustStore.default()).state is VerificationState.VERIFIED
    assert verify_path(sample, TrustStore(tmp_path / "none.json")).state is VerificationState.UNKNOWN_KEY
    report = verify_path(sample)
    assert report.ok and "DEMO" in report.signer


def test_demo_key_vouches_for_nothing_but_the_sample(tmp_path):
    from archive.publish import build_archive

    other = tmp_path / "other.casefile"
    build_archive(make_source(tmp_path / "src"), other, strict=True)
    sign_sample(other)
    report = verify_path(other, TrustStore.default())
    assert report.state is VerificationState.UNKNOWN_KEY and "demo key" in report.message
    assert report.reason == "demo-key-elsewhere"


@pytest.mark.parametrize("how", ["stick keys folder", "keys add"])
def test_demo_key_stays_sample_only_wherever_it_is_found(tmp_path, monkeypatch, how):
    """Its secret half is public: a copy on a stick, or added by hand, must not vouch for a forgery."""
    from archive import paths
    from archive.publish import build_archive

    demo_pub = paths.sample_keys_dir() / "demo.pub"
    other = tmp_path / "other.casefile"
    build_archive(make_source(tmp_path / "src"), other, strict=True)
    sign_sample(other)
    keys = tmp_path / "keys"
    keys.mkdir()
    store = TrustStore(tmp_path / "trusted.json", ((keys, "stick", None),))
    if how == "keys add":
        store.add(minisign.PublicKey.load(demo_pub), "I trust this")
    else:
        shutil.copyfile(demo_pub, keys / "demo.pub")
    report = verify_path(other, store)
    assert report.state is VerificationState.UNKNOWN_KEY and "demo key" in report.message
    assert report.reason == "demo-key-elsewhere"


def test_sign_refuses_a_file_that_is_not_an_archive(tmp_path, test_key, capsys):
    bogus = tmp_path / "x.casefile"
    bogus.write_text("not an archive")
    key = tmp_path / "k.key"
    key.write_text(test_key.to_file_text(None))
    assert main(["sign", str(bogus), "--key", str(key), "-q"]) == 1
    assert "not a Casefile archive" in capsys.readouterr().err and not (tmp_path / "x.casefile.minisig").exists()
