"""Suite-wide fixtures: Qt offscreen, no writes outside tmp, no threads left behind."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

from archive import open_archive, paths
from archive.build import build_archive

from .sources import make_source

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    """Send the reader's data, config and cache folders to a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASEFILE_DATA_DIR", str(home / "casefile-data"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data")):
        monkeypatch.setenv(var, str(home / sub))
    return home


class NetworkUsed(AssertionError):
    """Casefile must never open a network connection."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to create an internet socket fails the test (local AF_UNIX pipes stay allowed)."""
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6) or (family == -1 and not args):
                raise NetworkUsed(f"a test tried to open a network socket (family {family})")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse_network)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse_network)


def _refuse_network(*args, **kwargs):
    raise NetworkUsed(f"a test tried to reach the network: {args[:1]}")


@pytest.fixture(autouse=True)
def no_leftover_threads():
    """A test that leaves a thread running would leak work into the next test: fail it."""
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leftover:
        thread.join(timeout=2)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def source_dir(tmp_path) -> Path:
    return make_source(tmp_path / "source")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """One archive built from the test source folder, shared read-only by many tests."""
    root = tmp_path_factory.mktemp("built")
    out = root / "test.casefile"
    build_archive(make_source(root / "source"), out, strict=True)
    return out


@pytest.fixture
def archive_copy(built, tmp_path) -> Path:
    """A private copy of the built archive that a test may damage."""
    target = tmp_path / "copy.casefile"
    shutil.copyfile(built, target)
    return target


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory) -> Path:
    """The bundled sample archive, built once per test session (strict: any source problem fails)."""
    out = tmp_path_factory.mktemp("sample") / "sample.casefile"
    report = build_archive(paths.sample_source_dir(), out, strict=True)
    assert report.problems == []
    return out


@pytest.fixture
def sample(sample_path):
    with open_archive(sample_path) as archive:
        yield archive
