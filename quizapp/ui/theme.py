"""Colours for light and dark, following the system, shared by every view.

Stack, heap and "escaped" have one colour each everywhere (quiz marks,
diagnostics, diagrams). Right and wrong are never told by colour alone:
views pair them with an icon and a word.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

_forced: str | None = None

LIGHT = {
    "keyword": "#7a3e9d", "type": "#0b7285", "builtin": "#0b7285", "func": "#1c5fb0",
    "string": "#2b8a3e", "number": "#c2410c", "comment": "#6b7280", "operator": "#374151",
    "gutter_bg": "#f3f4f6", "gutter_fg": "#9ca3af", "current_line": "#fef9c3",
    "site": "#2563eb", "selected": "#f59e0b", "stack": "#0d9488", "heap": "#dc2626",
    "right": "#15803d", "wrong": "#b91c1c", "error": "#dc2626", "warning": "#d97706",
    "unsupported": "#9333ea",
    "info": "#2563eb", "panel": "#ffffff", "muted": "#6b7280",
}
DARK = {
    "keyword": "#c792ea", "type": "#4fd1c5", "builtin": "#4fd1c5", "func": "#82aaff",
    "string": "#a5d6a7", "number": "#f9a66c", "comment": "#8b949e", "operator": "#d1d5db",
    "gutter_bg": "#1f2329", "gutter_fg": "#6e7681", "current_line": "#3a3520",
    "site": "#60a5fa", "selected": "#fbbf24", "stack": "#2dd4bf", "heap": "#f87171",
    "right": "#4ade80", "wrong": "#f87171", "error": "#f87171", "warning": "#fbbf24",
    "unsupported": "#c084fc",
    "info": "#60a5fa", "panel": "#16191d", "muted": "#9ca3af",
}


def set_mode(mode: str | None) -> None:
    """``"light"``, ``"dark"`` or None to follow the system."""
    global _forced
    _forced = mode if mode in ("light", "dark") else None


def is_dark() -> bool:
    if _forced is not None:
        return _forced == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = app.styleHints().colorScheme()  # type: ignore[attr-defined]
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128  # type: ignore[attr-defined]


def code_palette() -> dict[str, str]:
    return DARK if is_dark() else LIGHT


def apply(app) -> None:  # noqa: ANN001
    """Give the application a palette matching the chosen mode (Fusion style, consistent everywhere)."""
    from PySide6.QtGui import QColor
    app.setStyle("Fusion")
    pal = QPalette()
    if is_dark():
        base, text, window, button = "#0f1115", "#e5e7eb", "#16191d", "#22262c"
        pal.setColor(QPalette.ColorRole.Window, QColor(window))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(text))
        pal.setColor(QPalette.ColorRole.Base, QColor(base))
        pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#1b1f24"))
        pal.setColor(QPalette.ColorRole.Text, QColor(text))
        pal.setColor(QPalette.ColorRole.Button, QColor(button))
        pal.setColor(QPalette.ColorRole.ButtonText, QColor(text))
        pal.setColor(QPalette.ColorRole.Highlight, QColor("#2563eb"))
        pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#22262c"))
        pal.setColor(QPalette.ColorRole.ToolTipText, QColor(text))
        pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6e7681"))
    else:
        pal = app.style().standardPalette()
        pal.setColor(QPalette.ColorRole.Highlight, QColor("#2563eb"))
    app.setPalette(pal)
