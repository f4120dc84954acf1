"""File › Export Evidence Bundle…: choose what to export, then write the bundle in a worker.

The items come from what the reader is looking at: the current search's results, items with a tag,
the items mentioning the open entity, or the open item. The bundle is written by
`archive.export.export_bundle` in a QThreadPool worker with progress and Cancel (a cancelled export
leaves nothing on disk). The reader's store belongs to the GUI thread, so the annotations of the
chosen items are read here first and handed to the worker, and the audit entry is written here
after the worker reports success.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from archive import CasefileError
from archive.export import ExportCancelled, ExportResult, export_bundle, select_items

from .. import filedialogs, workers
from ..annotations import StoreController
from ..i18n import isolate
from ..library.sessions import ArchiveSession

# Where the items come from: (key, label); the main window offers those that apply right now. The
# labels are marked for extraction here and translated when the dialog shows them.
SOURCES = {
    "search": QT_TRANSLATE_NOOP("ExportDialog", "Results of the current search"),
    "tag": QT_TRANSLATE_NOOP("ExportDialog", "Items with the tag"),
    "entity": QT_TRANSLATE_NOOP("ExportDialog", "Items mentioning the open entity"),
    "item": QT_TRANSLATE_NOOP("ExportDialog", "The open item"),
    "selected": QT_TRANSLATE_NOOP("ExportDialog", "Items selected in the Items tab"),
}


class ExportDialog(QDialog):
    """Pick the items and the target, then export with progress; stays open until done or closed."""

    def __init__(self, session: ArchiveSession, store: StoreController, choices: dict[str, object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export evidence bundle"))
        self.session, self.store, self.choices = session, store, choices
        self.result: ExportResult | None = None
        self._worker: workers.Worker | None = None
        self._cancel = threading.Event()
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Items to export"))
        for key, value in choices.items():
            if key in SOURCES:
                self.source.addItem(self._source_label(key, value), key)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.addItems(store.tags())
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setAccessibleDescription(self.tr("Export the items you gave this tag"))
        self._hidden_tag = ""  # the tag chosen when Lock Now took the tags off screen
        store.lockedChanged.connect(self._lock_changed)
        # Portable mode: on the stick, not in the host's home folder (filedialogs.default_folder).
        self.target = QLineEdit(str(filedialogs.default_folder() / f"{session.path.stem}-exhibits.zip"))
        self.target.setAccessibleName(self.tr("Bundle file or folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where to save the bundle"))
        browse.clicked.connect(self._browse)
        self.notes = QCheckBox(self.tr("Include my notes and tags (highlights are always included)"))
        self.notes.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Export status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._layout(browse)
        self._source_changed()

    def _source_label(self, key: str, value: object) -> str:
        """The choice as offered: a search or entity names itself, a hand-picked set says how many."""
        label = self.tr(SOURCES[key])
        if key in ("search", "entity"):
            return self.tr("{0}: {1}").format(label, isolate(value))
        if key == "selected":
            return self.tr("{0} ({1})").format(label, len(value))
        return label

    def _layout(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.source)
        form.addRow(self.tr("Tag:"), self.tag)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save to:"), row)
        form.addRow("", self.notes)
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Each original file is copied byte for byte with its proof that the publisher "
                               "signed it, and an exhibit list (HTML and PDF) that anyone can check."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        column.addWidget(self.buttons)

    def _lock_changed(self, locked: bool) -> None:
        """Tags are the reader's own words: while notes are locked neither the list nor the choice shows."""
        chosen = self.tag.currentText()
        self.tag.clear()  # also clears the field's undo history
        self.tag.addItems(self.store.tags())
        self.tag.setCurrentText("" if locked else chosen or self._hidden_tag)
        self._hidden_tag = chosen if locked else ""

    def _source_changed(self) -> None:
        self.tag.setVisible(self.source.currentData() == "tag")

    def _browse(self) -> None:
        path = filedialogs.save_file_name(self, self.tr("Save evidence bundle"), Path(self.target.text()).expanduser(),
                                          self.tr("ZIP file (*.zip);;Folder (*)"))
        if path is not None:
            self.target.setText(str(path))

    # -- choosing the items (GUI thread: the store and the session's connection live here) ----------
    def chosen_items(self) -> list[str]:
        key, archive = self.source.currentData(), self.session.archive
        if key == "search":
            return select_items(archive, query=str(self.choices["search"]), tagged=self._tagged)
        if key == "tag":
            return select_items(archive, tag=self.tag.currentText().strip(), tagged=self._tagged)
        if key == "entity":
            mentions = archive.entities.mentions(str(self.choices["entity_id"]))
            return select_items(archive, item_ids=list(dict.fromkeys(m.item_id for m in mentions)))
        if key == "selected":
            return select_items(archive, item_ids=list(self.choices["selected"]))
        return select_items(archive, item_ids=[str(self.choices["item"])])

    def _tagged(self, tag: str) -> set[str]:
        return self.store.tagged_ids(self.session.archive.metadata.archive_id, tag)

    # -- running ------------------------------------------------------------------------------------------
    def start(self) -> None:
        target = Path(self.target.text().strip()).expanduser()
        try:
            ids = self.chosen_items()
        except CasefileError as exc:
            self.message.setText(str(exc))
            return
        archive_id = self.session.archive.metadata.archive_id
        annotations = {item_id: self.store.for_item(archive_id, item_id) for item_id in ids}
        report, path, notes = self.session.report, self.session.path, self.notes.isChecked()
        self._cancel.clear()

        def run(task: workers.Task) -> ExportResult:
            from .pdf import render_pdf

            task.on_cancel(self._cancel.set)
            return export_bundle(path, ids, target, notes=notes,
                                 annotations=lambda _archive, item_id: annotations.get(item_id, []),
                                 render_pdf=render_pdf, verification=report, cancel=self._cancel,
                                 progress=lambda done, total: task.progress((done, total)))

        worker = workers.Worker(run)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.result.connect(self._on_result)
        worker.signals.error.connect(self._on_error)
        worker.signals.cancelled.connect(lambda: self._finish(self.tr("Cancelled: nothing was written.")))
        self._worker = worker
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Exporting 1 item…") if len(ids) == 1
                             else self.tr("Exporting {0} items…").format(QLocale().toString(len(ids))))
        workers.start(worker)

    def _on_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_result(self, result: ExportResult) -> None:
        self.result = result
        exhibits = "1 exhibit" if result.exhibits == 1 else f"{result.exhibits} exhibits"  # the log is English
        problem = self.store.record("export", f"{exhibits} of {self.session.path.name}",
                                    {"target": str(result.target), "notes": self.notes.isChecked()})
        text = self.tr('Exported 1 exhibit to {1} in {2} s. Check it with: casefile check-bundle "{1}"') \
            if result.exhibits == 1 else \
            self.tr('Exported {0} exhibits to {1} in {2} s. Check it with: casefile check-bundle "{1}"')
        text = text.format(QLocale().toString(result.exhibits), result.target, f"{result.seconds:.1f}")
        self._finish(text + (f"\n{problem}" if problem else ""))

    def _on_error(self, exc: Exception) -> None:
        if isinstance(exc, ExportCancelled):
            self._finish(self.tr("Cancelled: nothing was written."))
        else:
            self._finish(self.tr("Not exported: {0}").format(isolate(exc)))

    def _finish(self, text: str) -> None:
        self._worker = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.message.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _cancel_or_close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._cancel.set()
            return
        self.reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if self._worker is not None:
            self._worker.cancel()
            workers.wait_for_all(10_000)
        super().closeEvent(event)
