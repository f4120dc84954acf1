"""Suite-wide fixtures: Qt offscreen, no writes outside tmp, no threads left behind."""

from __future__ import annotations

import gc
import os
import shutil
import socket
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import settings

from archive import open_archive, paths
from archive.publish import build_archive

from .sources import make_source
# Other systems' rules emulated on Linux (issue 24): fixtures for every test.
from .helpers.platforms import no_pread, python_org_sqlite, windows_fsync, windows_open_files  # noqa: E402,F401

# Fixtures shared by tests in several folders (the viewer's window, library and panel; a cheap KDF).
pytest_plugins = ["tests.helpers.viewer", "tests.helpers.store"]

# Property tests replay a fixed sequence of examples by default, so a red run is always
# reproducible and main never turns red at random. To hunt for new failures, run with
# HYPOTHESIS_PROFILE=explore (random examples; failures are saved in .hypothesis/ and replayed).
settings.register_profile("fixed", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_tests_run = 0


@pytest.fixture(autouse=True)
def cycles_collected_on_this_thread():
    """Once the viewer's first worker has switched automatic garbage collection off (viewer/gcguard.py),
    tests that run no Qt event loop would never collect cycles: collect the young ones after every
    test, and everything every 25 tests, here on the main thread."""
    global _tests_run
    yield
    if not gc.isenabled():
        _tests_run += 1
        gc.collect(2 if _tests_run % 25 == 0 else 1)


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


# Every attempt, even one the code under test caught and swallowed: `no_network` fails the test for it.
NETWORK_ATTEMPTS: list[str] = []
_INTERNET = (socket.AF_INET, socket.AF_INET6)
_LOOKUPS = frozenset(f"socket.{name}" for name in
                     ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"))


def _network_audit(event: str, args: tuple) -> None:
    """Below the monkeypatched names: CPython raises these audit events in C for every socket, so a
    module that imported `socket.socket` or `_socket` before the patch is caught as well."""
    if event == "socket.__new__":
        attempt = args[1] in (*_INTERNET, -1)  # -1: the default family, AF_INET
    elif event in ("socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"):
        attempt = getattr(args[0], "family", None) in _INTERNET
    else:
        attempt = event in _LOOKUPS
    if attempt:
        NETWORK_ATTEMPTS.append(f"{event}{args[1:]!r}"[:200])
        raise NetworkUsed(f"a test tried to use the network ({event})")


sys.addaudithook(_network_audit)


@pytest.fixture(autouse=True)
def no_network():
    """Any attempt to create an internet socket, connect or resolve a name fails the test, even when
    the code caught the error (local AF_UNIX pipes stay allowed)."""
    NETWORK_ATTEMPTS.clear()
    yield
    attempts = list(NETWORK_ATTEMPTS)
    NETWORK_ATTEMPTS.clear()
    assert not attempts, f"the test tried to use the network: {attempts}"


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
