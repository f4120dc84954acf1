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


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply "system", "light" or "dark"; returns the palette actually used ("light" or "dark")."""
    app.setStyle(QStyleFactory.create("Fusion"))
    dark = theme == "dark" or (theme not in THEMES[1:] and system_prefers_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return "dark" if dark else "light"
