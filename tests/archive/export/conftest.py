"""Fixtures for export tests: a signed copy of the test archive, a trust store for its key, a reader's
store with annotations on two items."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive import open_archive
from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.trust import TrustStore
from archive.store import Annotation, Target, UserStore


@pytest.fixture(scope="session")
def publisher_key() -> minisign.SecretKey:
    return minisign.SecretKey.generate("Test publisher")


@pytest.fixture(scope="session")
def exporter_key() -> minisign.SecretKey:
    return minisign.SecretKey.generate("Test lawyer")


@pytest.fixture(scope="session")
def signed_archive(built, tmp_path_factory, publisher_key) -> Path:
    """The test archive, signed once per session (with its .minisig); tests only read it."""
    target = tmp_path_factory.mktemp("export-signed") / "evidence.casefile"
    shutil.copyfile(built, target)
    sign_archive(target, publisher_key)
    return target


@pytest.fixture
def trust(tmp_path, publisher_key) -> TrustStore:
    store = TrustStore(tmp_path / "trusted-keys.json")
    store.add(publisher_key.public_key, "Test NGO")
    return store


@pytest.fixture
def item_ids(signed_archive) -> list[str]:
    with open_archive(signed_archive) as archive:
        return archive.items.ids()


NOTE_TEXT = "Private: the witness is my cousin"


@pytest.fixture
def store(tmp_path, signed_archive):
    """A reader's store with a text highlight (with a note and tags), an image region and a whole-item note."""
    with open_archive(signed_archive) as archive:
        archive_id = archive.metadata.archive_id
        report = archive.items.get("reports/assessment")
        text = archive.items.text(report.id)
        image = archive.items.get("images/map")
    user = UserStore.open(tmp_path / "store.sqlite")
    user.annotations.add(Annotation("", "text", Target(archive_id, item_id=report.id, item_sha256=report.sha256,
                                                       exact=text[0:20], start=0, end=20),
                                    note=NOTE_TEXT, tags=("key-finding",), colour="green"))
    user.annotations.add(Annotation("", "note", Target(archive_id, item_id=report.id, item_sha256=report.sha256),
                                    note="Whole-item note, also private"))
    user.annotations.add(Annotation("", "region", Target(archive_id, item_id=image.id, item_sha256=image.sha256,
                                                         region=(1, 2, 3, 4))))
    yield user
    user.close()
