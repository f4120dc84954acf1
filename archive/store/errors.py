"""The store's error: every failure to read or write the reader's own data, said plainly."""

from __future__ import annotations

from ..errors import CasefileError


class StoreError(CasefileError):
    """The annotation store cannot do what was asked; the message says what happened and what to do.

    A failed write always says that nothing was saved: the viewer keeps the text in its editor.
    """
