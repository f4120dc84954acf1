"""Archive text in the places where Qt reads HTML: tool tips, message boxes, "What's This?".

Qt decides per string whether a tool tip or a message box's text is rich text (`Qt.mightBeRichText`:
does the first line start with something like a tag?). An archive title `<img src="/dev/zero">` is
therefore rendered as HTML, and Qt opens the image: a FIFO freezes the window, /dev/zero eats the
memory, a UNC path on Windows opens a network connection. Escaping alone is not enough: "a<b" escaped
is "a&lt;b", which Qt then guesses to be plain text and shows with the entity spelled out.

`shown_as_is` returns rich text, always recognised as such, that shows exactly the original string:
every character escaped, spaces and line breaks kept. Every tool tip, status tip and message box whose
text may hold an archive or file-system string goes through it; QLabels showing archive text are set to
plain text instead (`setTextFormat(Qt.TextFormat.PlainText)`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def shown_as_is(text: object) -> str:
    """Rich text that Qt shows as exactly `text` (str() of it); "" for an empty string, so that an empty
    tool tip still means no tool tip."""
    text = str(text)
    if not text:
        return ""
    # <p> makes Qt take it as rich text; pre-wrap keeps runs of spaces and line breaks, and still wraps.
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def plain_value_label(name: str) -> QLabel:
    """A selectable, wrapping label for one archive value (a title, a path, a reason), named `name` for
    screen readers: plain text, so markup in the value is shown, never rendered."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(name)
    return label
