"""The public API in archive/__init__.py: every name it lists resolves, and importing it stays quick."""

from __future__ import annotations

import subprocess
import sys

import archive


def test_every_public_name_resolves():
    missing = [name for name in archive.__all__ if getattr(archive, name, None) is None]
    assert missing == []
    assert issubclass(archive.ImageRejected, archive.CasefileError)
    assert archive.VerificationState.VERIFIED.name == "VERIFIED"


def test_importing_the_api_leaves_the_slow_libraries_for_first_use():
    code = ("import sys, archive; "
            "print(sorted(m for m in ('whoosh', 'PIL', 'cryptography') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error():
    try:
        archive.no_such_name  # noqa: B018 - the lookup is the test
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("archive.no_such_name resolved")
