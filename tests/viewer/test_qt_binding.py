"""The Qt binding must survive a long session: PySide6 6.12 on Python 3.11 under-counts None and True."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MANY_VOID_CALLS = """
import sys
{setup}
from PySide6.QtCore import QObject, QPoint, QRect, Signal

class Emitter(QObject):
    changed = Signal(int)

rect, emitter = QRect(), Emitter()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(200_000):
    rect.moveCenter(QPoint())  # returns nothing: None
    emitter.changed.emit(1)  # returns True
print(before[0] - sys.getrefcount(None), before[1] - sys.getrefcount(True))
"""


def run(setup: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", MANY_VOID_CALLS.format(setup=setup)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_two_hundred_thousand_void_calls_do_not_crash_the_viewer():
    result = run("import viewer")
    assert result.returncode == 0, result.stderr[-500:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+")
def test_the_binding_bug_is_real_without_the_fix():
    """Documents the bug qtfix.py works around; skipped (with a note) once a binding release fixes it."""
    result = run("")
    import PySide6

    if result.returncode == 0:
        assert result.stdout.split() == ["0", "0"], "references lost but no crash?"
        pytest.skip(f"PySide6 {PySide6.__version__} no longer under-counts None: viewer/qtfix.py can go")
    assert "none_dealloc" in result.stderr or "bool_dealloc" in result.stderr
