"""Viewer tests: no worker may outlive its test; the archives, sessions and stores they share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive import open_archive
from archive.signing.sign import sign_sample


@pytest.fixture(autouse=True)
def no_leftover_workers(qapp):
    yield
    from viewer import workers

    assert workers.wait_for_all(10_000), "a background worker was still running after the test"


@pytest.fixture(scope="session")
def signed_sample(sample_path, tmp_path_factory) -> Path:
    """The sample archive signed with the demo key, as ./run makes it. Read-only: copy it to damage it."""
    target = tmp_path_factory.mktemp("signed") / "sample.casefile"
    shutil.copyfile(sample_path, target)
    sign_sample(target)
    return target


@pytest.fixture
def session(built):
    """The small test archive, opened as the viewer opens it."""
    from viewer.session import ArchiveSession

    opened = ArchiveSession(open_archive(built))
    yield opened
    opened.close()


@pytest.fixture
def store(tmp_path):
    """A reader's store of the test's own, whose author name is already set."""
    from viewer.annotations import StoreController

    controller = StoreController(tmp_path / "store.sqlite")
    controller.ask_author = lambda: "Tester"
    yield controller
    controller.close()
