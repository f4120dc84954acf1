"""Email reader: the message's headers, its body as the report reader shows it, its attachments and
the other messages of its thread.

The body is the report reader's (sanitised markup, nothing loaded from outside, hits and highlights
as extra selections), so annotating an email works as annotating a report does. Headers, attachment
names and subjects are the sender's to choose: they are shown as plain text only. Activating an
attachment or a message of the thread asks the main window to open that item.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from archive import CasefileError

from ..i18n import isolate
from .report import ReportView

ITEM_ID = Qt.ItemDataRole.UserRole


class EmailView(ReportView):
    """One email: header block above the body, attachments and thread below it."""

    itemActivated = Signal(object, str, str)  # ArchiveSession, item id, query (none: opened from the email)
    KINDS = ("email",)

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.setAccessibleName(self.tr("Email reader"))
        self.header = QWidget(self)
        self.header_form = QFormLayout(self.header)
        self.fields = {key: self._field() for key in ("from", "to", "cc", "date", "subject")}
        labels = {"from": self.tr("From:"), "to": self.tr("To:"), "cc": self.tr("Cc:"), "date": self.tr("Date:"),
                  "subject": self.tr("Subject:")}
        for key, label in labels.items():
            self.header_form.addRow(label, self.fields[key])
        self.attachments = self._list(self.tr("Attachments"), [self.tr("Attachment"), self.tr("Type"), self.tr("Size")])
        self.thread = self._list(self.tr("Other messages of this thread"),
                                 [self.tr("Date"), self.tr("From"), self.tr("Subject")])
        layout = self.browser.parentWidget().layout()  # the browser above the find bar (ReaderWidget's page)
        layout.insertWidget(0, self.header)
        layout.insertWidget(2, self.attachments)
        layout.insertWidget(3, self.thread)

    def _field(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the sender wrote these
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setWordWrap(True)
        return label

    def _list(self, name: str, columns: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(name)
        tree.setHeaderLabels(columns)
        tree.setRootIsDecorated(False)
        tree.setMaximumHeight(140)
        tree.itemActivated.connect(self._activated)
        return tree

    def show_item(self, session, item_id: str, query: str | None = None) -> None:
        """Show an email of `session`'s archive, with the hits of `query` highlighted in its body."""
        super().show_item(session, item_id, query)
        emails = session.archive.emails
        try:
            info = emails.headers(item_id)
            attachments, thread = emails.attachments(item_id), emails.thread(item_id)
        except CasefileError as exc:
            self.statusMessage.emit(self.tr("This email's headers cannot be shown: {0}").format(isolate(exc)))
            info, attachments, thread = None, [], []
        self._show_headers(info)
        self._fill(self.attachments, [((a.item.file_name, a.item.media_type, QLocale().formattedDataSize(a.size)),
                                       a.item.id) for a in attachments])
        self._fill(self.thread, [((m.sent or "", m.sender or "", m.subject or ""), m.item_id) for m in thread])

    def _show_headers(self, info) -> None:
        values = {"from": info.sender, "to": ", ".join(info.to), "cc": ", ".join(info.cc), "date": info.sent,
                  "subject": info.subject} if info is not None else {}
        for key, label in self.fields.items():
            label.setText(values.get(key) or "")
            self.header_form.setRowVisible(label, bool(values.get(key)))
        self.header.setVisible(bool(values))

    def _fill(self, tree: QTreeWidget, rows: list[tuple[tuple[str, ...], str]]) -> None:
        tree.clear()
        for cells, item_id in rows:
            entry = QTreeWidgetItem(list(cells))
            entry.setData(0, ITEM_ID, item_id)
            tree.addTopLevelItem(entry)
        tree.setVisible(bool(rows))

    def _activated(self, entry: QTreeWidgetItem, _column: int = 0) -> None:
        self.itemActivated.emit(self._session, entry.data(0, ITEM_ID), "")

    def header_text(self, key: str) -> str:
        """What a header row shows ("from", "to", "cc", "date", "subject")."""
        return self.fields[key].text()
