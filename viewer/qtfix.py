"""Keep PySide6 6.12.0 from crashing Python 3.11: make `None` immortal, as Python 3.12 does.

PySide6/shiboken6 6.12.0 returns `None` from every Qt method without a result (and from some
getters, such as an empty `QStyleOption.widget`) without taking a new reference to it. On Python
3.12+ that is harmless, because None is immortal (PEP 683); on 3.11 each call lowers None's reference
count by one and after a few thousand calls the interpreter aborts with "none_dealloc" — a long
reading session, or scrolling the gallery, would crash. PySide6-Pdf exists only as 6.12, so the older
bindings cannot be pinned instead.

The cure is 3.12's own: give None a reference count so large that no session can ever use it up.
tests/viewer/test_qt_binding.py proves both the bug and that this prevents it.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: a million calls a second would need 12 days to use them up.
BALLAST = 1 << 40
_applied = False


def make_none_immortal() -> bool:
    """Add the ballast once, on Python before 3.12 (on 3.12+ None already is immortal); True if added."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t): id() is its address.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += BALLAST
    _applied = True
    return True
