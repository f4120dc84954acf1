"""Accessibility: every control has a name a screen reader can say, the whole workflow runs from the
keyboard alone, and the colours the viewer paints itself are readable in both themes (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSlider,
                               QAbstractSpinBox, QApplication, QComboBox, QFileDialog, QHeaderView, QLabel, QLineEdit,
                               QScrollBar, QTabBar, QTabWidget, QTextEdit, QToolButton, QWidget)

from viewer import theme
from viewer.annotations.model import COLOUR_HEX
from viewer.export.dialog import ExportDialog
from viewer.mainwindow import MainWindow
from viewer.readers.report import CURRENT_HIT, HIT
from viewer.search.delegate import MARK_BACKGROUND, MARK_FOREGROUND
from viewer.settings import Settings
from viewer.theme import TEXT_COLOURS, text_colour

from .workflow import activate, open_window, visit_workflow

# Widgets a reader types into, picks from or presses: each needs a name of its own.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTabBar, QTextEdit,
               QAbstractSlider)


@pytest.fixture
def window(qtbot, tmp_path, signed_sample):
    win = open_window(qtbot, tmp_path, signed_sample)
    yield win
    win.close()


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology announces: the accessible name, or what Qt derives (a button's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or widget.accessibleName()


def is_qt_part(widget: QWidget) -> bool:
    """A piece Qt builds inside a composite control and announces through that control's accessible
    interface (a table's headers are its column names; a combo box's line edit is the combo box)."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar) or parent is None:
        return isinstance(widget, QScrollBar)
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return True
    # A line edit's clear button, a toolbar's overflow (») button: Qt's own, reached by other keys.
    return isinstance(widget, QToolButton) and (isinstance(parent, QLineEdit) or
                                                widget.objectName() == "qt_toolbar_ext_button")


def needs_name(widget: QWidget) -> bool:
    if not widget.isVisible() or is_qt_part(widget):
        return False
    if isinstance(widget, QLabel):
        return not (widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull())
    if isinstance(widget, INTERACTIVE):
        return True
    if isinstance(widget, QAbstractScrollArea) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return True
    return False  # a container: layouts, splitters, stacks


def describe(widget: QWidget) -> str:
    """Class, object name and the chain of parents, enough to find the line that built the widget."""
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(f"{type(parent).__name__}({parent.objectName() or parent.accessibleName()!r})")
        parent = parent.parentWidget()
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}) in " + " < ".join(chain)


def unnamed(root: QWidget) -> dict[str, QWidget]:
    """Visible controls under `root` (itself included) that have no name to announce."""
    widgets = [root, *root.findChildren(QWidget)]
    return {describe(w): w for w in widgets if needs_name(w) and not spoken_name(w).strip()}


def built_by_main_window(widget: QWidget) -> bool:
    """Widgets viewer/mainwindow.py and viewer/tabs.py create: the tab widgets (a QTabWidget has no
    name of its own) and the close buttons QTabBar adds to closable tabs."""
    if isinstance(widget, QTabWidget):
        return True
    return isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QTabBar)


def walk_workflow(qtbot, window, signed_sample) -> dict[str, QWidget]:
    """Every screen of the workflow, with the unnamed controls seen on any of them."""
    offenders: dict[str, QWidget] = {}
    visit_workflow(qtbot, window, signed_sample, lambda root: offenders.update(unnamed(root)))
    return offenders


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Keys go where a real keyboard sends them: to the widget with the focus."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


# The offscreen platform cannot raise a window or grab the keyboard, and says so when the file dialog opens.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_archive_opens_from_the_keyboard(qtbot, tmp_path, signed_sample):
    """Ctrl+O, type the file's path into the file dialog, Enter: the archive opens and is verified."""
    win = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    activate(win)
    typed = []

    def type_the_path() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:  # not shown yet
            QTimer.singleShot(20, type_the_path)
            return
        activate(dialog)
        assert isinstance(focused(), QLineEdit), f"the file dialog opened with focus on {describe(focused())}"
        qtbot.keyClicks(focused(), str(signed_sample))
        typed.append(True)
        press(qtbot, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_the_path)
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert typed and [session.path for session in win.library.sessions] == [signed_sample]
    qtbot.waitUntil(lambda: not win.library.sessions[0].verifying, timeout=60_000)
    assert win.library.sessions[0].report.state.name == "VERIFIED"
    win.close()


def test_the_whole_workflow_runs_from_the_keyboard(qtbot, window, tmp_path):
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search.query_edit
    qtbot.keyClicks(focused(), "kind:report Chen Quanguo")
    qtbot.waitUntil(lambda: not window.search.busy and window.search.results_model.rowCount() > 0, timeout=20_000)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is window.search.results_view and window.search.results_view.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Return)
    tab = window.tabs.currentWidget()
    assert tab is not window.search and tab.reader.__class__.__name__ == "ReportView"
    browser = tab.reader.browser
    for _ in range(30):  # Tab through the controls until the report's text has the caret
        if focused() is browser:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is browser, f"Tab never reached the report text (stuck at {describe(focused())})"
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, times=12)
    assert tab.reader.selection_span() is not None
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(tab.reader.highlight_ids()) == 1, timeout=5_000)

    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    activate(dialog)  # a window manager would activate the new dialog
    assert dialog.source.currentData() == "item"
    for _ in range(10):  # Tab to where the bundle goes, replace it, Enter exports
        if focused() is dialog.target:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.target, f"Tab never reached the bundle's path (stuck at {describe(focused())})"
    bundle = tmp_path / "exhibits.zip"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), str(bundle))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert bundle.is_file() and dialog.result.exhibits == 1
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    activate(window)
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    before = window.tabs.currentIndex()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == (before + 1) % window.tabs.count()
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == before
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == (before + 1) % window.tabs.count()


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(foreground: QColor, background: QColor) -> QColor:
    """A translucent colour as it appears over `background`."""
    alpha = foreground.alphaF()
    return QColor.fromRgbF(*(alpha * f + (1 - alpha) * b for f, b in zip(
        (foreground.redF(), foreground.greenF(), foreground.blueF()),
        (background.redF(), background.greenF(), background.blueF()))))


def palettes():
    return {"light": theme.light_palette(), "dark": theme.dark_palette()}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_palettes_own_pairs_meet_wcag_aa(qapp, name):
    """Text on every background the palette pairs it with, including the selection and placeholders."""
    palette, role = palettes()[name], QPalette.ColorRole
    pairs = [(role.Text, role.Base), (role.Text, role.AlternateBase), (role.WindowText, role.Window),
             (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight), (role.PlaceholderText, role.Base),
             (role.Link, role.Base), (role.ToolTipText, role.ToolTipBase)]
    low = {f"{fg.name} on {bg.name}": round(contrast(blend(palette.color(fg), palette.color(bg)), palette.color(bg)), 2)
           for fg, bg in pairs}
    assert not {what: ratio for what, ratio in low.items() if ratio < 4.5}, f"below 4.5:1 in the {name} theme: {low}"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_colours_we_paint_meet_wcag_aa(qapp, name):
    from viewer.gallery import FAILED, SYNTHETIC
    from viewer.search.delegate import dimmed

    palette = palettes()[name]
    role = QPalette.ColorRole
    pairs = {
        "search highlight": (MARK_FOREGROUND, MARK_BACKGROUND),
        "report hit": (QColor("black"), HIT),
        "report current hit": (QColor("black"), CURRENT_HIT),
        "result details": (dimmed(palette.color(role.Text)), palette.color(role.Base)),
        "gallery synthetic badge": (QColor("white"), SYNTHETIC),
        "gallery failed badge": (QColor("white"), FAILED),
    }
    pairs.update({f"{meaning} text": (text_colour(palette, meaning), palette.color(background))
                  for meaning in TEXT_COLOURS for background in (role.Base, role.Window)})
    pairs.update({f"highlight {colour}": (QColor("black"), QColor(hex_)) for colour, hex_ in COLOUR_HEX.items()})
    low = {what: round(contrast(blend(fg, bg), bg), 2) for what, (fg, bg) in pairs.items()
           if contrast(blend(fg, bg), bg) < 4.5}
    assert not low, f"below 4.5:1 in the {name} theme: {low}"
