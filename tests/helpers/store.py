"""Store fixtures used across test folders. Loaded as a plugin by tests/conftest.py."""

from __future__ import annotations

import pytest

from archive.store import crypto


@pytest.fixture
def quick_kdf(monkeypatch):
    """Argon2id at its minimum cost: these tests are about the GUI, not the key derivation."""
    create = crypto.FieldCipher.create.__func__
    monkeypatch.setattr(crypto.FieldCipher, "create", classmethod(
        lambda cls, passphrase: create(cls, passphrase, opslimit=crypto.argon2id.OPSLIMIT_MIN,
                                       memlimit=crypto.argon2id.MEMLIMIT_MIN)))
