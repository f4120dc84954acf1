"""The folder selector above the Items list: the publisher's folders as collections.

Choosing a folder lists the items in it and in every folder below it (a leak's county folder shows its
yearly sub-folders' files too), as `folder:` does in search. Each folder is one row, indented by depth,
with the number of items it holds including its sub-folders; parent folders that hold no files of
their own are listed too, so the tree reads as it does on the publisher's disk.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from archive import CasefileError

from .i18n import isolate
from .plaintext import shown_as_is

INDENT = "    "


def folder_tree(direct: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every folder and its ancestors, sorted by path, with the items each holds including those of
    its sub-folders; `direct` is (folder, items directly in it) as Items.folders() gives it."""
    totals: Counter[str] = Counter()
    for folder, count in direct:
        parts = folder.split("/") if folder else []
        for depth in range(1, len(parts) + 1):
            totals["/".join(parts[:depth])] += count
    return sorted(totals.items())


class FolderSelector(QComboBox):
    """"All folders", then each folder of the archive; emits the chosen folder (None for all)."""

    folderChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Folder"))
        self.setToolTip(self.tr("List only the items in one folder of the publisher's collection "
                                "(its sub-folders included)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.currentIndexChanged.connect(lambda index: self.folderChosen.emit(self.itemData(index)))

    def set_session(self, session) -> None:
        """List the folders of another archive (none without one), with "All folders" chosen."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All folders"), None)
        try:
            folders = folder_tree(session.archive.items.folders()) if session is not None else []
        except CasefileError:
            folders = []  # the list of items says what is wrong with the archive
        locale = QLocale()
        for folder, count in folders:
            depth, name = folder.count("/"), folder.rpartition("/")[2]
            # Folder names are archive text: a combo box shows them as plain text; the tool tip escapes.
            text = self.tr("{name} ({count})").format(name=isolate(name), count=locale.toString(count))
            self.addItem(INDENT * depth + text, folder)
            self.setItemData(self.count() - 1, shown_as_is(folder), Qt.ItemDataRole.ToolTipRole)
        self.setEnabled(bool(folders))
        self.blockSignals(False)
