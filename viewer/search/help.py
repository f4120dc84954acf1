"""The words around the search bar: the syntax help popup and the hint shown before a search.

The help is our own static HTML (no archive text goes into it), written for readers who have never
seen a query language; it covers exactly what archive/search/query.py accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SYNTAX_HELP = """
<h3 style="margin-top:0">How to search</h3>
<table cellspacing="0" cellpadding="3">
<tr><td><code>Chen Quanguo</code></td><td>Finds items with <i>all</i> these words, in any order. Names are
 found in every script: <code>陈全国</code> also finds Chen Quanguo.</td></tr>
<tr><td><code>"police files"</code></td><td>Quotes: these words together, in this order.</td></tr>
<tr><td><code>Zhu OR Wang</code></td><td>Either word (AND between words is the default).</td></tr>
<tr><td><code>sanction NOT Tibet</code><br><code>sanction -Tibet</code></td><td>Leaves out items with the
 word after NOT or the minus sign.</td></tr>
<tr><td><code>(Zhu OR Wang) police</code></td><td>Parentheses group words, as in arithmetic.</td></tr>
<tr><td><code>detain*</code></td><td>Words beginning with "detain": detained, detainee...</td></tr>
<tr><td><code>Quangou~</code> <code>Quangou~2</code></td><td>Words spelt nearly the same (one or two
 letters different): for names spelt several ways.</td></tr>
<tr><td><code>kind:report</code> <code>kind:image</code><br><code>kind:entity</code></td><td>Only reports, only
 images, or only records of people, organisations and sanctions.</td></tr>
<tr><td><code>lang:zh</code></td><td>Only items in that language: <code>en</code> English, <code>zh</code>
 Chinese, <code>ug</code> Uyghur.</td></tr>
<tr><td><code>date:2021</code> <code>date:2021-03</code></td><td>Only items dated in that year, or month.</td></tr>
<tr><td><code>date:[2017 TO 2019]</code></td><td>Dated in that period, first and last year included.
 <code>date:[2020 TO]</code> means 2020 or later; <code>{ }</code> instead of <code>[ ]</code> leaves the
 ends out.</td></tr>
<tr><td><code>entity:person-chen-quanguo</code></td><td>Only items that mention this person or organisation
 (click a name under "Mentions" to add it).</td></tr>
<tr><td><code>source:"..."</code></td><td>Only items from that source (click one under "Source").</td></tr>
<tr><td><code>tag:urgent</code></td><td>Only what you tagged "urgent" in your own annotations (tags
 stay on this computer, never in the archive).</td></tr>
<tr><td><code>title:</code> <code>name:</code><br><code>body:</code> <code>caption:</code></td><td>The word only in
 titles, names, the text, or image captions: <code>title:sanctions</code>.</td></tr>
</table>
<p>Capitals and accents make no difference. Filters such as <code>kind:</code>, <code>date:</code> and
 <code>entity:</code> narrow a search (they combine with the words by AND only). Clicking a value in the
 list on the right adds its filter; click it again, or the &#x2715; under the search bar, to remove it.</p>
<p>Keys: Ctrl+F goes to the search bar, Down arrow to the results, Enter opens a result, Escape comes back.</p>
"""

# Queries that find something in the bundled sample archive (a test checks this).
EXAMPLES = (
    ("Chen Quanguo", "an official, by name"),
    ("陈全国", "the same official, in Chinese"),
    ("新疆", "Xinjiang, in Chinese"),
    ("ئۇيغۇر", "Uyghur, in Uyghur"),
    ('"police files"', "an exact phrase"),
    ("kind:image sanction", "only images"),
    ("sanction date:[2020 TO 2021]", "only a period"),
    ("Quangou~", "a name spelt wrongly"),
)


class SyntaxHelpPopup(QFrame):
    """A popup explaining the query language; closes on any click outside it or on Escape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(SYNTAX_HELP, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFixedWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def show_below(self, anchor: QWidget) -> None:
        """Open under `anchor`, right-aligned with it."""
        self.adjustSize()
        corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height()))
        self.move(corner.x() - self.width(), corner.y())
        self.show()


class EmptyStateWidget(QWidget):
    """What the results area shows before anything is typed: what can be searched, with examples."""

    exampleChosen = Signal(str)  # the query text of the example clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel(self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._heading.setFont(font)
        intro = QLabel("Type words, names or phrases in any language of the archive: English, Chinese or "
                       "Uyghur. Results come from reports, images and records of people and organisations "
                       "in every open archive. Some examples:", self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for row, (query, description) in enumerate(EXAMPLES):
            button = QPushButton(query, self)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; padding: 2px 6px; color: palette(link);")
            button.clicked.connect(lambda _=False, q=query: self.exampleChosen.emit(q))
            grid.addWidget(button, row, 0)
            grid.addWidget(QLabel(description, self), row, 1)
        grid.setColumnStretch(2, 1)
        footer = QLabel("Press ? next to the search bar for everything the search understands.", self)
        footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for widget in (self._heading, intro):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(footer)
        layout.addStretch(1)
        self.set_has_archives(True)

    def set_has_archives(self, has_archives: bool) -> None:
        """The heading says what to do: search, or first open an archive."""
        self._heading.setText("Search every open archive" if has_archives
                              else "Open an archive (File > Open) to search it")
