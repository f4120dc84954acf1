"""Viewer tests: no worker may outlive its test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_leftover_workers(qapp):
    yield
    from viewer import workers

    assert workers.wait_for_all(10_000), "a background worker was still running after the test"
