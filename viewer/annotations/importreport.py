"""The summary an import of annotations ends with: the totals, and what became of each annotation.

The reader sees which annotations were added, which came in as orphans (they name an item of the
archive but do not fit it) and which were refused, each with the reason, before looking for them in
the Annotations tab. Ids and reasons come from the file and from the Qt-free layer (in English): they
are shown as they are, in plain-text cells.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from archive.store import importing

from ..i18n import isolate
from ..plaintext import shown_as_is
from .model import AnyIndex, ColumnsTableModel

STATUS_LABELS = {importing.ADDED: QT_TRANSLATE_NOOP("Annotations", "Added"),
                 importing.ORPHAN: QT_TRANSLATE_NOOP("Annotations", "Added as orphan"),
                 importing.PRESENT: QT_TRANSLATE_NOOP("Annotations", "Already here"),
                 importing.REFUSED: QT_TRANSLATE_NOOP("Annotations", "Refused"),
                 importing.ELSEWHERE: QT_TRANSLATE_NOOP("Annotations", "Of another archive")}


def status_label(status: str) -> str:
    """An import outcome in the UI language (an unknown one as it is)."""
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("Annotations", label) if label else status


def summary_text(report: importing.ImportReport) -> str:
    """The totals, one sentence per count so that each can agree with its number."""
    number, translate = QLocale().toString, QCoreApplication.translate
    parts = [translate("Annotations", "Added: {count}.").format(count=number(report.count(importing.ADDED)))]
    for status, text in ((importing.ORPHAN, QT_TRANSLATE_NOOP("Annotations", "Added as orphans, not anchored: "
                                                                             "{count}.")),
                         (importing.PRESENT, QT_TRANSLATE_NOOP("Annotations", "Already here: {count}.")),
                         (importing.REFUSED, QT_TRANSLATE_NOOP("Annotations", "Refused: {count}.")),
                         (importing.ELSEWHERE, QT_TRANSLATE_NOOP("Annotations", "Of another archive: {count}."))):
        if report.count(status):
            parts.append(translate("Annotations", text).format(count=number(report.count(status))))
    return " ".join(parts)


class OutcomeModel(ColumnsTableModel):
    """One row per annotation of the file: its number, id, outcome and reason."""

    COLUMNS = (QT_TRANSLATE_NOOP("OutcomeModel", "#"), QT_TRANSLATE_NOOP("OutcomeModel", "Annotation"),
               QT_TRANSLATE_NOOP("OutcomeModel", "Outcome"), QT_TRANSLATE_NOOP("OutcomeModel", "Reason"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        outcome = self.row_at(index)
        if outcome is None:
            return None
        cells = (QLocale().toString(outcome.number), outcome.label or self.tr("(no id)"),
                 status_label(outcome.status), outcome.reason)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3):
            return shown_as_is(cells[index.column()]) or None  # file text: never taken as HTML
        return None


class ImportReportDialog(QDialog):
    """The totals above a table of every annotation's outcome; non-modal, so the tab stays usable."""

    def __init__(self, report: importing.ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotations imported"))
        self.summary = QLabel(self.tr("From {file}: {totals}").format(file=isolate(report.path.name),
                                                                      totals=summary_text(report)))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the reader's, not markup
        self.summary.setWordWrap(True)
        self.model = OutcomeModel(report.outcomes, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("What became of each annotation"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.resize(720, 360)
