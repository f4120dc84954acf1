"""The suite-wide network guard (tests/conftest.py) really refuses internet sockets."""

import socket

import pytest

from tests.conftest import NetworkUsed


def test_internet_sockets_are_refused():
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))


def test_local_pipes_still_work():
    left, right = socket.socketpair(socket.AF_UNIX)
    left.sendall(b"x")
    assert right.recv(1) == b"x"
    left.close()
    right.close()
