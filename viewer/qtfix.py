"""Keep PySide6 6.12.0 from crashing Python 3.11: make None, True and False immortal, as 3.12 does.

PySide6/shiboken6 6.12.0 returns `None` from every Qt method without a result (and from some
getters, such as an empty `QStyleOption.widget`), and `True` from every signal `emit()`, without
taking a new reference. On Python 3.12+ that is harmless, because these singletons are immortal
(PEP 683); on 3.11 each call lowers the count by one and after a few thousand calls the interpreter
aborts ("none_dealloc", "bool_dealloc") — a long reading session, or scrolling the gallery, would
crash. PySide6-Pdf exists only as 6.12, so the older bindings cannot be pinned instead.

The cure is 3.12's own: give these singletons reference counts so large that no session can ever
use them up. tests/viewer/test_qt_binding.py proves both the bug and that this prevents it.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: a million calls a second would need 12 days to use them up.
BALLAST = 1 << 40
_applied = False


SINGLETONS = (None, True, False)


def make_singletons_immortal() -> bool:
    """Add the ballast once, on Python before 3.12 (on 3.12+ they are immortal); True if added."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in SINGLETONS:
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t): id() is its address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += BALLAST
    _applied = True
    return True
