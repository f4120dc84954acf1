"""The "Only the … the current search finds" box of the Items, Gallery and Entities lists.

Ticking it narrows its list to what the search typed in the Search tab finds (the main window does
that on `toggled`); a new archive, or a search that cannot narrow anything, unticks it again
without telling anyone, since whoever unticks it shows the whole list itself."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox


class NarrowingBox(QCheckBox):
    def untick_quietly(self) -> None:
        """Untick without emitting `toggled`: the caller shows the whole list already."""
        with QSignalBlocker(self):
            self.setChecked(False)
