"""Fixtures for signing tests: throwaway keys, a signed copy of the test archive, a private trust store."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.trust import TrustStore


def minisign_binary() -> str:
    """The real minisign: skipped when missing locally, a failure in CI (interop must be tested there)."""
    found = shutil.which("minisign")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("minisign is not installed in CI: the interop tests must run (apt-get install minisign)")
        pytest.skip("the minisign CLI is not on PATH (apt-get install minisign)")
    return found


def run_minisign(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([minisign_binary(), *map(str, args)], input=stdin, capture_output=True,
                          encoding="utf-8", timeout=120, stdin=None if stdin is not None else subprocess.DEVNULL)


@pytest.fixture
def quick_scrypt(monkeypatch) -> list[dict]:
    """Password-protected keys written during the test use scrypt's lowest cost (16 MiB) instead of
    minisign's 1 GiB, seconds per key and per unlock; the product's default stays as it is. Returns
    the cost arguments each write asked for, so a test can check the product asked for the default."""
    asked: list[dict] = []
    write = minisign.SecretKey.to_file_text

    def cheap(key, password, **costs):
        asked.append(costs)
        return write(key, password, **({"opslimit": minisign.OPSLIMIT_MIN, "memlimit": minisign.MEMLIMIT_MIN} | costs))

    monkeypatch.setattr(minisign.SecretKey, "to_file_text", cheap)
    return asked


@pytest.fixture(scope="session")
def minisign_encrypted_key(tmp_path_factory) -> tuple[Path, Path, str]:
    """(public, secret, password): a key pair made by the real `minisign -G` with a password, once per
    session, as minisign always encrypts at its full scrypt cost (a few seconds)."""
    folder = tmp_path_factory.mktemp("minisign-key")
    pub, sec, password = folder / "mini.pub", folder / "mini.key", "s3cret pw"
    made = run_minisign("-G", "-p", pub, "-s", sec, "-c", "lawyer's key", stdin=f"{password}\n{password}\n")
    assert made.returncode == 0, made.stderr
    return pub, sec, password


@pytest.fixture(scope="session")
def test_key() -> minisign.SecretKey:
    return minisign.SecretKey.generate("Test publisher")


@pytest.fixture(scope="session")
def other_key() -> minisign.SecretKey:
    return minisign.SecretKey.generate("Someone else")


@pytest.fixture
def trust(tmp_path, test_key) -> TrustStore:
    """A trust store that trusts the test key and nothing else (no app or demo folders)."""
    store = TrustStore(tmp_path / "trusted-keys.json")
    store.add(test_key.public_key, "Test NGO")
    return store


@pytest.fixture
def empty_trust(tmp_path) -> TrustStore:
    return TrustStore(tmp_path / "nobody.json")


@pytest.fixture(scope="session")
def signed_master(built, tmp_path_factory, test_key) -> Path:
    """The test archive, signed once per session; tests work on copies (`signed`)."""
    target = tmp_path_factory.mktemp("signed") / "signed.casefile"
    shutil.copyfile(built, target)
    sign_archive(target, test_key)
    return target


@pytest.fixture
def signed(signed_master, tmp_path) -> Path:
    """A private signed archive (with its .minisig) that a test may damage."""
    target = tmp_path / "evidence.casefile"
    shutil.copyfile(signed_master, target)
    shutil.copyfile(f"{signed_master}.minisig", f"{target}.minisig")
    return target
