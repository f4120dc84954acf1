"""viewer/smoke.py: the clock its timings are measured from, on Linux and elsewhere."""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace

import pytest

from viewer import smoke


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the process start time comes from Linux's /proc")
def test_on_linux_the_age_counts_from_the_process_start():
    since_import = (time.monotonic() - smoke._IMPORTED_AT) * 1000
    age, clock = smoke.process_age_ms()
    assert clock == "process start"
    assert since_import - 50 <= age < 24 * 3600 * 1000  # the process started before the module was imported


def test_elsewhere_the_age_counts_from_the_module_import(monkeypatch):
    """Windows and macOS have no /proc (nor os.sysconf or CLOCK_BOOTTIME on Windows): not even tried."""
    monkeypatch.setattr(smoke, "sys", SimpleNamespace(platform="win32"))
    monkeypatch.setattr(smoke, "Path", None)  # /proc must not be read
    age, clock = smoke.process_age_ms()
    assert clock == "smoke-test module import"
    assert 0 <= age <= (time.monotonic() - smoke._IMPORTED_AT) * 1000
