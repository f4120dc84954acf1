"""The reader for a file kept as given (item kind "file"): what it is, why its content was not read,
the items found inside it, and a way to export it. Nothing of the file itself is rendered.

The file's bytes were not read by the builder (an archive format, an unknown type, a file that failed
to open), so the viewer must not try either: a crafted file is only ever handed back out through the
evidence export, with its proofs. Every fact shown here is archive text: labels are plain text, tool
tips go through `shown_as_is`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from archive import CasefileError

from ..i18n import isolate
from ..plaintext import plain_value_label, shown_as_is
from ..search.icons import kind_icon
from .common import ReaderWidget

MAX_SHOWN = 2_000  # a forged archive can hold megabytes in a path or reason; a label re-lays it out on resize
MAX_CHILDREN = 1_000  # as Items.children lists them; a mailbox of more says how many are not listed
ID_ROLE = Qt.ItemDataRole.UserRole


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


class AttachmentView(ReaderWidget):
    """Name, path, media type, size, SHA-256 and the reason the content was not read; the items inside
    (activating one opens it); Export… hands the original out through the evidence export."""

    itemActivated = Signal(object, str, str)  # session, item id, query (none)
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("File kept as given"), parent)
        self.session, self.item_id = None, None
        self.facts = {key: plain_value_label(name) for key, name in (
            ("name", self.tr("Name")), ("path", self.tr("Path")), ("type", self.tr("Media type")),
            ("size", self.tr("Size")), ("sha256", self.tr("SHA-256")), ("reason", self.tr("Not read because")))}
        self.children_label = QLabel(self.tr("Inside this file:"))
        self.children = QListWidget()
        self.children.setAccessibleName(self.tr("Items inside this file"))
        self.children.itemActivated.connect(self._open_child)
        self.export_action = self.add_action(self.tr("Export original…"), self.exportRequested.emit)
        self.export_action.setToolTip(self.tr("Export this file as evidence, with the proof that the "
                                              "publisher signed it (File › Export Evidence Bundle)"))
        self.set_content(self._page())

    def _page(self) -> QWidget:
        page = QWidget()
        self.form = QFormLayout()
        for label in self.facts.values():
            self.form.addRow(self.tr("{0}:").format(label.accessibleName()), label)
        self.note = QLabel()
        self.note.setWordWrap(True)
        column = QVBoxLayout(page)
        column.addLayout(self.form)
        column.addWidget(self.note)
        column.addWidget(self.children_label)
        column.addWidget(self.children, 1)
        return page

    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Show the facts of `item_id` (`query` is accepted like every reader's, and unused)."""
        self.session, self.item_id = session, item_id
        items = session.archive.items
        try:
            item, info = items.get(item_id), items.file_info(item_id)
            size, children = items.original_size(item_id), items.children(item_id, limit=MAX_CHILDREN)
        except CasefileError as exc:
            self.show_message(self.tr("This file cannot be shown: {error}").format(error=isolate(exc)))
            return
        size_text = self.tr("{size} ({bytes} bytes)").format(
            size=QLocale().formattedDataSize(size), bytes=QLocale().toString(size)) if size is not None else "—"
        values = {"name": item.file_name, "path": info.path, "type": item.media_type, "size": size_text,
                  "sha256": item.sha256, "reason": info.reason or self.tr("(no reason recorded)")}
        for key, value in values.items():
            self.facts[key].setText(_cut(value) or "—")
            self.facts[key].setToolTip(shown_as_is(_cut(value)))
        # A container (a mailbox) was read: what it holds are items of their own, listed below.
        container = info.reason is None and bool(children)
        self.form.setRowVisible(self.facts["reason"], not container)
        self.note.setText(self.tr("Casefile read the items inside this file; each opens as an item of its own. "
                                  "The file itself is kept exactly as the publisher gave it, signed.") if container
                          else self.tr("Casefile keeps this file exactly as the publisher gave it, signed, but does "
                                       "not show its content. Export it to open it with another program, on a "
                                       "computer where that is safe."))
        self._list_children(children)
        self.show_content()

    def _list_children(self, children) -> None:
        self.children.clear()
        for child in children:
            entry = QListWidgetItem(kind_icon(child.kind), _cut(child.title or child.file_name))
            entry.setData(ID_ROLE, child.id)
            entry.setToolTip(shown_as_is(_cut(f"{child.file_name}\n{child.id}")))
            self.children.addItem(entry)
        self.children_label.setVisible(bool(children))
        self.children.setVisible(bool(children))

    def _open_child(self, entry: QListWidgetItem) -> None:
        self.itemActivated.emit(self.session, entry.data(ID_ROLE), "")
