"""What the three readers share: toolbar actions, shortcut priority, the message page, the find bar
and the safe conversion of untrusted image bytes to a QImage.

Shortcuts are bound to the reader (`WidgetWithChildrenShortcut`) and, while the focus is inside a
reader, the reader claims its own keys through `ShortcutOverride`. Without that, the main window's
Ctrl+F (search the archive) and a reader's Ctrl+F (find in this document) would be an ambiguous
shortcut, which Qt resolves by running neither (with a warning).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence

from PIL import Image, ImageOps
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QToolBar, QVBoxLayout,
                               QWidget)

from archive import ImageRejected, open_image

from ..i18n import shortcut_tip

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def image_to_qimage(data: bytes) -> QImage:
    """Decode untrusted image bytes through `archive.imaging` (format allowlist, bomb and pixel caps)
    and return an upright QImage; raises ImageRejected with the reason."""
    image = open_image(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            # EXIF orientation is applied to the displayed copy only, as a camera's viewer would.
            upright = ImageOps.exif_transpose(image)
            rgba = upright.convert("RGBA")
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageRejected(f"damaged image data ({exc})") from None
    raw = rgba.tobytes("raw", "RGBA")
    # .copy(): the QImage must own its pixels, `raw` is freed when this function returns.
    return QImage(raw, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def _sequences(keys: Keys) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        standard = isinstance(key, QKeySequence.StandardKey)
        sequences.extend(QKeySequence.keyBindings(key) if standard else [QKeySequence(key)])
    return sequences


class ReaderWidget(QWidget):
    """Base of the readers: a toolbar, a content page and a plain-text message page in a stack."""

    statusMessage = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        tools = QCoreApplication.translate("ReaderWidget", "{0} tools").format(name)
        self.toolbar = QToolBar(tools, self)
        self.toolbar.setAccessibleName(tools)
        self._stack = QStackedWidget(self)
        self._message = QLabel(self._stack)
        self._message.setTextFormat(Qt.TextFormat.PlainText)  # messages quote archive strings
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setAccessibleName(QCoreApplication.translate("ReaderWidget", "{0} message").format(name))
        self._stack.addWidget(self._message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._stack, 1)
        self._actions: list[QAction] = []
        self._swallow: QKeyCombination | None = None

    def set_content(self, widget: QWidget) -> None:
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)

    def set_content_with_find_bar(self, view: QWidget, on_text: Callable[[str], object],
                                  on_next: Callable[[], object], on_previous: Callable[[], object]) -> FindBar:
        """`view` above this reader's find bar, as the content page; returns the bar."""
        find_bar = FindBar(self)
        find_bar.textChanged.connect(on_text)
        find_bar.nextRequested.connect(on_next)
        find_bar.previousRequested.connect(on_previous)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addWidget(find_bar)
        self.set_content(content)
        return find_bar

    def show_content(self) -> None:
        self._stack.setCurrentIndex(1)

    def show_message(self, text: str) -> None:
        """Replace the content with a message (shown as plain text) and announce it in the status bar."""
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)
        self.statusMessage.emit(text)

    def message(self) -> str | None:
        """The message shown instead of the content, or None when the content is shown."""
        return self._message.text() if self._stack.currentWidget() is self._message else None

    def add_action(self, text: str, slot: Callable[[], object], keys: Keys = (), *,
                   toolbar: bool = True) -> QAction:
        """An action on this reader with its shortcuts named in the tooltip."""
        action = QAction(text, self)
        action.setShortcuts(_sequences(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(shortcut_tip(text, action.shortcuts()))
        action.triggered.connect(slot)
        self.addAction(action)
        self._actions.append(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions:
            if action.isEnabled() and any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                                          for k in action.shortcuts()):
                return action
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            action = self._action_for(event)
            if action is not None:
                # Claiming the override keeps a window-wide shortcut on the same key from firing. Qt
                # then sends the key press to the focus widget, which might act on it too (a scroll area
                # scrolls on PgDown): the action runs now and that one key press is swallowed.
                event.accept()
                self._swallow = event.keyCombination()
                QApplication.instance().installEventFilter(self)
                action.trigger()
                return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._swallow is not None and event.type() == QEvent.Type.KeyPress:
            swallow, self._swallow = event.keyCombination() == self._swallow, None
            QApplication.instance().removeEventFilter(self)
            return swallow
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached when no ShortcutOverride came first, e.g. a key sent straight to a child widget.
        action = self._action_for(event)
        if action is None:
            super().keyPressEvent(event)
            return
        action.trigger()
        event.accept()


class FindBar(QWidget):
    """A find field with a "3 of 12" counter; Enter finds the next hit, Shift+Enter the previous."""

    textChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in this document"))
        self.field.setAccessibleName(self.tr("Find in document"))
        self.field.setAccessibleDescription(self.tr("Enter finds the next match, Shift+Enter the previous"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.textChanged)
        self.field.installEventFilter(self)
        self.counter = QLabel(self)
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAccessibleName(self.tr("Find matches"))
        self.counter.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.counter)

    def set_text(self, text: str) -> None:
        """Set the field without emitting textChanged (the reader searches once, itself)."""
        self.field.blockSignals(True)
        self.field.setText(text)
        self.field.blockSignals(False)

    def set_count(self, current: int | None, total: int) -> None:
        """Show "current of total" (current counts from 0), "No matches", or nothing for an empty field."""
        if not self.field.text().strip():
            self.counter.setText("")
        elif total == 0:
            self.counter.setText(self.tr("No matches"))
        else:
            self.counter.setText(self.tr("{0} of {1}").format(current + 1, total) if current is not None
                                 else self.tr("{0} matches").format(total))

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.previousRequested if shift else self.nextRequested).emit()
            return True
        return super().eventFilter(watched, event)
