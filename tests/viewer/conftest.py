"""Viewer tests: no worker may outlive its test; the archives, sessions and stores they share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

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
def session(built, open_session):
    """The small test archive, opened as the viewer opens it."""
    return open_session(built)


@pytest.fixture(scope="session")
def folders_path(tmp_path_factory) -> Path:
    """An archive of nested Chinese- and Uyghur-named folders and files kept as given."""
    from archive.publish import build_archive

    from tests.helpers.foldercorpus import make_folder_source

    root = tmp_path_factory.mktemp("folders")
    build_archive(make_folder_source(root), root / "folders.casefile")
    return root / "folders.casefile"


@pytest.fixture
def store(tmp_path):
    """A reader's store of the test's own, whose author name is already set."""
    from viewer.annotations import StoreController

    controller = StoreController(tmp_path / "store.sqlite")
    controller.ask_author = lambda: "Tester"
    yield controller
    controller.close()


@pytest.fixture(scope="session")
def fresh_catalogue(tmp_path_factory) -> Path:
    """The viewer's messages as lupdate finds them in the code now (one run per test session)."""
    from .translations import extract_messages

    return extract_messages(tmp_path_factory.mktemp("catalogue") / "fresh.ts")


@pytest.fixture(scope="session")
def pseudo_catalogue(fresh_catalogue, tmp_path_factory) -> Path:
    """casefile_pseudo.qm: every message of viewer/ translated as ⟦source⟧."""
    from .translations import pseudo_translate

    return pseudo_translate(fresh_catalogue, tmp_path_factory.mktemp("pseudo") / "casefile_pseudo.qm")


@pytest.fixture
def pseudo_translated(qapp, pseudo_catalogue):
    """The pseudo-translation installed for one test, in place of a real catalogue."""
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
