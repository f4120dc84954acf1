"""Asking macOS where a translocated app really is (used by `archive.paths` on macOS only).

Gatekeeper runs a quarantined app that was opened where it was unpacked or copied (a stick, a
downloaded folder) from a random read-only copy, /private/var/folders/…/AppTranslocation/<UUID>/d/
(App Translocation, macOS 10.12 and later). The Security framework can name the original:
SecTranslocateCreateOriginalPathForURL, which Sparkle and Electron use for the same purpose. It is
called through ctypes with CoreFoundation's URL functions; any failure gives None, never an error.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

SECURITY = "/System/Library/Frameworks/Security.framework/Security"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
PATH_MAX = 4096


def translocation_original(path: Path) -> Path | None:
    """The original location of a translocated `path` (an .app bundle), or None if it is not
    translocated or macOS cannot say."""
    try:
        security = ctypes.CDLL(SECURITY)
        cf = ctypes.CDLL(CORE_FOUNDATION)
        is_translocated = security.SecTranslocateIsTranslocatedURL
        original_of = security.SecTranslocateCreateOriginalPathForURL
    except (OSError, AttributeError):
        return None
    cf.CFURLCreateFromFileSystemRepresentation.restype = ctypes.c_void_p
    cf.CFURLCreateFromFileSystemRepresentation.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_long,
                                                           ctypes.c_bool]
    cf.CFURLGetFileSystemRepresentation.restype = ctypes.c_bool
    cf.CFURLGetFileSystemRepresentation.argtypes = [ctypes.c_void_p, ctypes.c_bool, ctypes.c_char_p, ctypes.c_long]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    is_translocated.restype = ctypes.c_bool
    is_translocated.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_bool), ctypes.c_void_p]
    original_of.restype = ctypes.c_void_p
    original_of.argtypes = [ctypes.c_void_p, ctypes.c_void_p]

    encoded = str(path).encode("utf-8")
    url = cf.CFURLCreateFromFileSystemRepresentation(None, encoded, len(encoded), True)
    if not url:
        return None
    try:
        translocated = ctypes.c_bool(False)
        if not is_translocated(url, ctypes.byref(translocated), None) or not translocated.value:
            return None
        original = original_of(url, None)
        if not original:
            return None
        try:
            buffer = ctypes.create_string_buffer(PATH_MAX)
            if not cf.CFURLGetFileSystemRepresentation(original, True, buffer, PATH_MAX):
                return None
            return Path(buffer.value.decode("utf-8"))
        finally:
            cf.CFRelease(original)
    finally:
        cf.CFRelease(url)
