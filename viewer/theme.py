"""Light and dark themes: follow the desktop by default, or the reader's choice.

The Fusion style is used everywhere so both palettes look the same on every platform. Colours that
carry meaning (the trust states) are defined here once, readable on both backgrounds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

# Trust-state colours (background, text): strong enough to notice, readable in both themes.
STATE_COLOURS = {
    "verified": ("#1e7b34", "#ffffff"),
    "unknown": ("#b26a00", "#ffffff"),
    "unsigned": ("#6b6f76", "#ffffff"),
    "tampered": ("#c62828", "#ffffff"),
    "damaged": ("#8e0000", "#ffffff"),
    "verifying": ("#1d5fa8", "#ffffff"),
}

# Text colours that carry meaning, (on a light background, on a dark one): one colour cannot reach
# WCAG AA's 4.5:1 against both white and the dark theme's near-black (tests/viewer/test_accessibility.py).
TEXT_COLOURS = {"ok": ("#1e6b2e", "#81c995"), "error": ("#c62828", "#ff8a80"), "warning": ("#a04f00", "#ffb74d"),
                "synthetic": ("#7a5f00", "#e0b84a"), "secondary": ("#5f6368", "#9aa0a6")}


def text_colour(palette: QPalette, meaning: str) -> QColor:
    """The colour for `meaning` (a TEXT_COLOURS key) readable on this palette's background."""
    light, dark = TEXT_COLOURS[meaning]
    return QColor(dark if palette.color(QPalette.ColorRole.Base).lightness() < 128 else light)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.ToolTipBase: "#303134", QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2b2c30",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Highlight: "#3d6bb3",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette with two colours darkened to reach WCAG AA (4.5:1): its selection blue
    (#308cc6) under white text is 3.69:1, and its placeholder text (half-transparent black) is 4.0:1."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f5c99"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6e6e6e"))
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply "system", "light" or "dark"; returns the palette actually used ("light" or "dark")."""
    app.setStyle(QStyleFactory.create("Fusion"))
    dark = theme == "dark" or (theme not in THEMES[1:] and system_prefers_dark())
    app.setPalette(dark_palette() if dark else light_palette())
    return "dark" if dark else "light"
