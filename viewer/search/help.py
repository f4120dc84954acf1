"""The words around the search bar: the syntax help popup and the hint shown before a search.

The help is our own HTML (no archive text goes into it), written for readers who have never seen a
query language; it covers exactly what archive/search/query.py accepts. Its sentences are translated
(context "SearchHelp") as plain text: the markup, and the examples to type, which are query syntax in
every language, are added here, so a translator never sees or breaks a tag.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..i18n import isolate, left_to_right
from .examples import Example

BREAK = None  # a line break between the examples of one row

# Each row of the help table: the examples to type, then what they do. `{name}` in the explanation
# stands for an example inside the sentence, given in the row's third part.
SYNTAX_ROWS = (
    (("Chen Quanguo",),
     QT_TRANSLATE_NOOP("SearchHelp", "Finds items with all these words, in any order. Names are found in every "
                                     "script: {example} also finds Chen Quanguo."),
     {"example": "陈全国"}),
    (('"police files"',),
     QT_TRANSLATE_NOOP("SearchHelp", "Quotes: these words together, in this order."), {}),
    (("uyghurs", "labour", BREAK, '"uyghurs"'),
     QT_TRANSLATE_NOOP("SearchHelp", "An English word also finds its other forms in the text: {forms}. In quotes, "
                                     "only the form typed. Names are always matched as spelt."),
     {"forms": "Uyghur, Uyghurs; labour, labor"}),
    (("Zhu OR Wang",),
     QT_TRANSLATE_NOOP("SearchHelp", "Either word (AND between words is the default)."), {}),
    (("sanction NOT Tibet", BREAK, "sanction -Tibet"),
     QT_TRANSLATE_NOOP("SearchHelp", "Leaves out items with the word after NOT or the minus sign."), {}),
    (("(Zhu OR Wang) police",),
     QT_TRANSLATE_NOOP("SearchHelp", "Parentheses group words, as in arithmetic."), {}),
    (("detain*",),
     QT_TRANSLATE_NOOP("SearchHelp", "Words beginning with \"detain\": detained, detainee..."), {}),
    (("Quangou~", "Quangou~2"),
     QT_TRANSLATE_NOOP("SearchHelp", "Words spelt nearly the same (one or two letters different): for names spelt "
                                     "several ways."), {}),
    (("kind:report", "kind:image", "kind:table", BREAK, "kind:email", "kind:file", "kind:entity"),
     QT_TRANSLATE_NOOP("SearchHelp", "Only reports, images, tables, emails, files kept as given, or records of "
                                     "people, organisations and sanctions."), {}),
    (('folder:"leak/2018"', BREAK, "path:reports/", "path:*.xlsx"),
     QT_TRANSLATE_NOOP("SearchHelp", "Only items in that folder of the publisher's collection (and the folders "
                                     "inside it), or whose path starts with that text or matches that pattern "
                                     "({star} stands for any characters)."), {"star": "*"}),
    (("lang:zh",),
     QT_TRANSLATE_NOOP("SearchHelp", "Only items in that language: {en} English, {zh} Chinese, {ug} Uyghur."),
     {"en": "en", "zh": "zh", "ug": "ug"}),
    (("date:2021", "date:2021-03"),
     QT_TRANSLATE_NOOP("SearchHelp", "Only items dated in that year, or month."), {}),
    (("date:[2017 TO 2019]",),
     QT_TRANSLATE_NOOP("SearchHelp", "Dated in that period, first and last year included. {open} means 2020 or "
                                     "later; {braces} instead of {brackets} leaves the ends out."),
     {"open": "date:[2020 TO]", "braces": "{ }", "brackets": "[ ]"}),
    (("entity:person-chen-quanguo",),
     QT_TRANSLATE_NOOP("SearchHelp", "Only items that mention this person or organisation (click a name under "
                                     "\"Mentions\" to add it)."), {}),
    (('source:"..."',),
     QT_TRANSLATE_NOOP("SearchHelp", "Only items from that source (click one under \"Source\")."), {}),
    (("tag:urgent",),
     QT_TRANSLATE_NOOP("SearchHelp", "Only what you tagged \"urgent\" in your own annotations (tags stay on this "
                                     "computer, never in the archive)."), {}),
    (("title:", "name:", BREAK, "body:", "caption:"),
     QT_TRANSLATE_NOOP("SearchHelp", "The word only in titles, names, the text, or image captions: {example}."),
     {"example": "title:sanctions"}),
)
# Paragraphs under the table, in the same form as a row's explanation.
SYNTAX_NOTES = (
    (QT_TRANSLATE_NOOP("SearchHelp", "Capitals and accents make no difference. Filters such as {kind}, {date} and "
                                     "{entity} narrow a search (they combine with the words by AND only). Clicking a "
                                     "value in the list on the right adds its filter; click it again, or the ✕ under "
                                     "the search bar, to remove it."),
     {"kind": "kind:", "date": "date:", "entity": "entity:"}),
    (QT_TRANSLATE_NOOP("SearchHelp", "A word that no item contains is left out of the search, and named under the "
                                     "number of results; in quotes it is required: {example}."),
     {"example": '"qwxyz"'}),
    (QT_TRANSLATE_NOOP("SearchHelp", "Keys: Ctrl+F goes to the search bar, Down arrow to the results, Enter opens a "
                                     "result, Escape comes back."), {}),
)

def _code(example: str) -> str:
    """An example to type, as markup: query syntax, left to right in every language (a left-to-right isolate keeps
    `date:[2017 TO 2019]` in order in a Uyghur sentence)."""
    return f"<code>{left_to_right(html.escape(example))}</code>"


def _examples(examples: tuple[str | None, ...]) -> str:
    lines: list[list[str]] = [[]]
    for example in examples:
        if example is BREAK:
            lines.append([])
        else:
            lines[-1].append(_code(example))
    return "<br>".join(" ".join(line) for line in lines)


def _sentence(text: str, inline: dict[str, str]) -> str:
    """`text` in the interface language, as markup, with its inline examples."""
    translated = html.escape(QCoreApplication.translate("SearchHelp", text), quote=False)
    return translated.format(**{name: _code(example) for name, example in inline.items()})


def syntax_help() -> str:
    """The whole help, as rich text in the interface language."""
    heading = html.escape(QCoreApplication.translate("SearchHelp", "How to search"), quote=False)
    # Qt's rich text lays a table's columns out left to right even in a right-to-left document: there the
    # examples' column, which is read first, is written last so that it shows on the right.
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    rows = []
    for examples, text, inline in SYNTAX_ROWS:
        align = ' align="right"' if right_to_left else ""  # the examples keep to the interface's start side
        cells = [f"<td{align}>{_examples(examples)}</td>", f"<td>{_sentence(text, inline)}</td>"]
        rows.append(f"<tr>{''.join(reversed(cells) if right_to_left else cells)}</tr>\n")
    notes = "".join(f"<p>{_sentence(text, inline)}</p>\n" for text, inline in SYNTAX_NOTES)
    return (f'<h3 style="margin-top:0">{heading}</h3>\n'
            f'<table cellspacing="0" cellpadding="3">\n{"".join(rows)}</table>\n{notes}')


class SyntaxHelpPopup(QFrame):
    """A popup explaining the query language; closes on any click outside it or on Escape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(syntax_help(), self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFixedWidth(520)
        label.setContentsMargins(6, 6, 6, 6)
        # Scrolls rather than running off the bottom of a small screen.
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(label)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.scroll)

    def show_below(self, anchor: QWidget) -> None:
        """Open under `anchor`, right-aligned with it, as tall as its text or the screen allows."""
        label, screen = self.scroll.widget(), anchor.screen().availableGeometry()
        label.adjustSize()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.resize(label.width() + bar + 2, min(label.height() + 2, screen.height()))
        corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height()))
        self.show()
        # The frame and the layout settle their size only once shown (a font's metrics can add a few
        # pixels): place what they came to, and never past the screen.
        self.resize(self.width(), min(self.height(), screen.height()))
        left = max(screen.left(), corner.x() - self.width())
        self.move(left, max(screen.top(), min(corner.y(), screen.bottom() + 1 - self.height())))


class EmptyStateWidget(QWidget):
    """What the results area shows before anything is typed: what can be searched, with examples made
    from the open archive (viewer/search/examples.py), or, with none open, how to open one."""

    exampleChosen = Signal(str)  # the query text of the example clicked
    openRequested = Signal()  # the reader asked to open an archive

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel(self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._heading.setFont(font)
        self._intro = QLabel(self)
        self._intro.setTextFormat(Qt.TextFormat.PlainText)
        self._intro.setWordWrap(True)
        self._open_button = QPushButton(self.tr("Open Archive…"), self)
        self._open_button.clicked.connect(self.openRequested)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(2, 1)
        self._footer = QLabel(self.tr("Press ? next to the search bar for everything the search understands."), self)
        self._footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for widget in (self._heading, self._intro):
            layout.addWidget(widget)
        layout.addWidget(self._open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._grid)
        layout.addWidget(self._footer)
        layout.addStretch(1)
        self.examples: list[Example] = []
        self.set_has_archives(False)

    def set_has_archives(self, has_archives: bool) -> None:
        """The heading says what to do: search, or first open an archive."""
        self._heading.setText(self.tr("Search every open archive") if has_archives
                              else self.tr("Open an archive to search it"))
        self._intro.setText(
            self.tr("Type words, names or phrases in any language of the archive: English, Chinese or Uyghur. "
                    "Results come from reports, images, tables, emails and records of people and organisations "
                    "in every open archive.") if has_archives else
            self.tr("A Casefile archive is a .casefile file from a publisher: open it with the button below or "
                    "File › Open Archive (Ctrl+O), or drop it on this window. Nothing is sent anywhere: Casefile "
                    "works offline."))
        self._open_button.setVisible(not has_archives)
        self._footer.setVisible(has_archives)
        if not has_archives:
            self.set_examples([])

    def set_examples(self, examples: list[Example]) -> None:
        """Show `examples` (made from an open archive) as buttons that run them."""
        self.examples = list(examples)
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if examples:
            caption = QLabel(self.tr("Some searches in this archive:"), self)
            self._grid.addWidget(caption, 0, 0, 1, 3)
        for row, example in enumerate(examples, start=1):
            # What gets typed: query syntax and archive names, left to right in every interface. In a
            # right-to-left window Qt lays a button's text out right to left whatever the button's own
            # direction, and "date:[2020 TO 2021]" would show as "[date:[2020 TO 2021": a
            # LEFT-TO-RIGHT ISOLATE keeps it in order.
            button = QPushButton(left_to_right(example.query), self)
            described = QCoreApplication.translate("SearchHelp", example.description)
            button.setAccessibleName(self.tr("Search for {query} ({what})").format(query=isolate(example.query),
                                                                                    what=described))
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; padding: 2px 6px; color: palette(link);")
            button.clicked.connect(lambda _=False, q=example.query: self.exampleChosen.emit(q))
            self._grid.addWidget(button, row, 0)
            label = QLabel(described, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._grid.addWidget(label, row, 1)
