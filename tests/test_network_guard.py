"""The suite-wide network guard (tests/conftest.py) really refuses internet sockets, at every level."""

import _socket
import socket

import pytest

from tests.conftest import NETWORK_ATTEMPTS, NetworkUsed


@pytest.fixture
def attempts():
    """The attempts a test made on purpose: checked, then forgotten so the guard does not fail it."""
    yield NETWORK_ATTEMPTS
    NETWORK_ATTEMPTS.clear()


def test_internet_sockets_are_refused(attempts):
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    assert len(attempts) == 3


def test_the_c_level_socket_and_resolver_are_refused_too(attempts):
    """Code that kept a reference to `_socket` (or to `socket.socket` before any patching) is caught."""
    with pytest.raises(NetworkUsed):
        _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        _socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkUsed):
        socket.gethostbyname("localhost")
    assert [attempt.split("(")[0] for attempt in attempts] == [
        "socket.__new__", "socket.getaddrinfo", "socket.gethostbyname"]


def test_a_swallowed_attempt_is_still_recorded(attempts):
    try:
        socket.socket()
    except Exception:
        pass  # what careless code would do; the guard's teardown would fail this test
    assert len(attempts) == 1 and attempts[0].startswith("socket.__new__")


def test_local_pipes_still_work():
    left, right = socket.socketpair(socket.AF_UNIX)
    left.sendall(b"x")
    assert right.recv(1) == b"x"
    left.close()
    right.close()
