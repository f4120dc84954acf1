"""How annotations look in lists: colours, kind names, one-line descriptions, and the table model.

`AnnotationTableModel` is a thin adapter over what the store returns: it holds the annotations of
one query and a flag per annotation that the caller worked out (not found in the text, item changed,
locked) or that an imported orphan carries (why it does not fit its item), and turns them into rows.
The item sidebar shows it compact (one summary column); the Annotations view shows every column.
Quotes, notes and tags are shown as plain text by the views.

Colour and kind names are stored values (the database, JSON-LD files); only their labels here are
translated. Labels in dicts are marked with QT_TRANSLATE_NOOP and translated when shown, so a change
of language at run time shows the new one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap

from archive.store import Annotation

from ..i18n import isolate
from ..plaintext import shown_as_is
from ..theme import text_colour

COLOUR_HEX = {"yellow": "#ffe45c", "green": "#9ee09e", "blue": "#8ccaff", "pink": "#ff9fc8", "purple": "#caa6ff"}
COLOUR_LABELS = {"yellow": QT_TRANSLATE_NOOP("Annotations", "Yellow"),
                 "green": QT_TRANSLATE_NOOP("Annotations", "Green"),
                 "blue": QT_TRANSLATE_NOOP("Annotations", "Blue"),
                 "pink": QT_TRANSLATE_NOOP("Annotations", "Pink"),
                 "purple": QT_TRANSLATE_NOOP("Annotations", "Purple")}
KIND_LABELS = {"text": QT_TRANSLATE_NOOP("Annotations", "Highlight"),
               "pdf": QT_TRANSLATE_NOOP("Annotations", "PDF highlight"),
               "region": QT_TRANSLATE_NOOP("Annotations", "Region"),
               "note": QT_TRANSLATE_NOOP("Annotations", "Note"),
               "bookmark": QT_TRANSLATE_NOOP("Annotations", "Bookmark")}
QUOTE_CHARS = 160
NOTE_CHARS = 240
AnyIndex = QModelIndex | QPersistentModelIndex


def colour_label(name: str) -> str:
    """A colour's name in the UI language (an unknown one, e.g. from an imported file, as stored)."""
    return QCoreApplication.translate("Annotations", COLOUR_LABELS[name]) if name in COLOUR_LABELS else name


def kind_label(kind: str) -> str:
    """An annotation kind's name in the UI language (an unknown one as stored)."""
    return QCoreApplication.translate("Annotations", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def colour_of(name: str) -> QColor:
    """The paint for a colour name (unknown names, e.g. from an imported file, paint yellow)."""
    return QColor(COLOUR_HEX.get(name, COLOUR_HEX["yellow"]))


_swatches: dict[str, QIcon] = {}


def swatch(name: str) -> QIcon:
    """A small square of the colour, for lists and colour menus."""
    if name not in _swatches:
        pixmap = QPixmap(14, 14)
        pixmap.fill(colour_of(name))
        _swatches[name] = QIcon(pixmap)
    return _swatches[name]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def anchor_text(annotation: Annotation) -> str:
    """What the annotation points at, in a few words: the quote, the page, the region or the whole."""
    translate, number, target = QCoreApplication.translate, QLocale().toString, annotation.target
    if annotation.unreadable:
        # A protected store seals the quote and the place with the note; the note says why. A word, not
        # an emoji: computers without an emoji font would show an empty box.
        return QCoreApplication.translate("Annotations", "Locked")
    if annotation.kind == "region" and target.region:
        x, y, w, h = target.region
        return translate("Annotations", "Region {width} × {height} px at {x}, {y}").format(
            width=number(w), height=number(h), x=number(x), y=number(y))
    if target.exact:
        # The quote in the UI language's quotation marks (“…” in English and Chinese, «…» in Uyghur).
        quote = translate("Annotations", "“{quote}”").format(quote=isolate(_clip(target.exact, QUOTE_CHARS)))
        if target.page:
            return translate("Annotations", "Page {page}: {quote}").format(page=number(target.page), quote=quote)
        return quote
    return translate("Annotations", "Whole entity") if target.entity_id else translate("Annotations", "Whole item")


def note_text(annotation: Annotation) -> str:
    if annotation.unreadable:
        # The store's own reason (English, from the Qt-free layer) is shown as it is.
        reason = annotation.problem or QCoreApplication.translate("Annotations",
                                                                  "Locked: unlock the store to read this note.")
        return reason
    return annotation.note


def tags_text(annotation: Annotation) -> str:
    return "" if annotation.unreadable else ", ".join(annotation.tags)


def author_text(annotation: Annotation) -> str:
    """Whose it is: "You" for the reader's own, a collaborator's name (or id) for an imported one."""
    translate = QCoreApplication.translate
    if not annotation.imported:
        return translate("Annotations", "You")
    if annotation.unreadable and not annotation.author:
        return translate("Annotations", "Locked")
    return annotation.author or annotation.author_id or translate("Annotations", "Unknown author")


def orphan_text(annotation: Annotation) -> str:
    """The warning an imported annotation that does not fit its item carries ('' for one that fits)."""
    if not annotation.orphan:
        return ""
    # The reason comes from the Qt-free layer in English and is shown as it is, like the store's problems.
    return QCoreApplication.translate("Annotations", "Orphan, not anchored: {reason}").format(
        reason=isolate(annotation.orphan))


class ColumnsTableModel(QAbstractTableModel):
    """A read-only table of `rows` under the headers `COLUMNS` (marked with QT_TRANSLATE_NOOP in the
    subclass's context: `tr` translates in the context of the instance's own class)."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, rows: list, parent=None) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def row_at(self, index: AnyIndex):
        """The row `index` points into, or None for an index outside the table."""
        valid = index.isValid() and 0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.COLUMNS)
        return self.rows[index.row()] if valid else None


class AnnotationTableModel(QAbstractTableModel):
    """Rows of annotations; `compact` shows one summary column (the item sidebar)."""

    # Marked here, translated in headerData.
    COLUMNS = (QT_TRANSLATE_NOOP("AnnotationTableModel", "Kind"), QT_TRANSLATE_NOOP("AnnotationTableModel", "Item"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Quote or region"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"), QT_TRANSLATE_NOOP("AnnotationTableModel", "Tags"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Modified"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Author"))

    def __init__(self, *, compact: bool = False, title_of: Callable[[Annotation], str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.title_of = title_of or (lambda a: a.target.item_id or a.target.entity_id or "")
        self._rows: list[Annotation] = []
        self._flags: dict[str, str] = {}

    def set_annotations(self, annotations: list[Annotation], flags: dict[str, str] | None = None) -> None:
        """Show these annotations; `flags` maps an id to a warning shown with it."""
        self.beginResetModel()
        self._rows = list(annotations)
        self._flags = dict(flags or {})
        self.endResetModel()

    def annotation(self, row: int) -> Annotation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def flag(self, annotation_id: str) -> str:
        row = self.row_of(annotation_id)
        return self._flag_of(self._rows[row]) if row >= 0 else self._flags.get(annotation_id, "")

    def _flag_of(self, annotation: Annotation) -> str:
        """An imported orphan's reason (it says more than "not found"), else the caller's warning."""
        return orphan_text(annotation) or self._flags.get(annotation.id, "")

    def row_of(self, annotation_id: str) -> int:
        return next((row for row, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else (1 if self.compact else len(self.COLUMNS))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.columnCount():
            return self.tr("Annotation") if self.compact else self.tr(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        annotation = self.annotation(index.row()) if index.isValid() else None
        if annotation is None or not 0 <= index.column() < self.columnCount():
            return None
        flag = self._flag_of(annotation)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._summary(annotation, flag) if self.compact else self._cell(annotation, index.column(), flag)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return swatch(annotation.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown_as_is("\n".join(part for part in (note_text(annotation), flag) if part)) or None
        if role == Qt.ItemDataRole.ForegroundRole and flag and (self.compact or index.column() == 0):
            return text_colour(QGuiApplication.palette(), "error")  # readable in either theme
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._summary(annotation, flag)
        return None

    def _summary(self, annotation: Annotation, flag: str) -> str:
        heading = " · ".join(part for part in (kind_label(annotation.kind), colour_label(annotation.colour),
                                               tags_text(annotation)) if part)
        lines = [heading, anchor_text(annotation)]
        note = note_text(annotation)
        if note:
            lines.append(_clip(note, NOTE_CHARS))
        if flag:
            lines.append(f"⚠ {flag}")
        return "\n".join(lines)

    def _cell(self, annotation: Annotation, column: int, flag: str) -> str:
        kind = kind_label(annotation.kind)
        # The warning first: a narrow column still shows it.
        values = (f"⚠ {kind}: {flag}" if flag else kind, self.title_of(annotation), anchor_text(annotation),
                  _clip(note_text(annotation), NOTE_CHARS), tags_text(annotation),
                  annotation.modified.replace("T", " ")[:16], author_text(annotation))
        return values[column]
