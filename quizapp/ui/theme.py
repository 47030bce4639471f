"""Colours for light and dark, following the system, shared by every view.

Stack, heap and "escaped" have one colour each everywhere (quiz marks,
diagnostics, diagrams, charts); heap is orange, never the red of "wrong", so a
right answer of "heap" does not read as a mistake. Right and wrong are never told by colour
alone: views pair them with an icon and a word. ``apply`` sets the palette
*and* a stylesheet with explicit colours: widgets polished by a stylesheet
do not follow later palette changes, so a live switch re-applies both.
The stylesheet also draws a clear focus ring on everything that takes the
keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

_forced: str | None = None

LIGHT = {
    "keyword": "#7a3e9d", "type": "#0b7285", "builtin": "#0b7285", "func": "#1c5fb0",
    "string": "#1e7b34", "number": "#c2410c", "comment": "#5b6472", "operator": "#374151",
    "gutter_bg": "#f3f4f6", "gutter_fg": "#5b6472", "current_line": "#fef9c3", "step_line": "#fde68a",
    "site": "#2563eb", "selected": "#f59e0b", "stack": "#0f766e", "heap": "#c2410c",
    "right": "#15803d", "wrong": "#b91c1c", "error": "#dc2626", "warning": "#b45309",
    "unsupported": "#9333ea",
    "info": "#2563eb", "panel": "#ffffff", "muted": "#4b5563", "partial": "#b45309",
}
DARK = {
    "keyword": "#c792ea", "type": "#4fd1c5", "builtin": "#4fd1c5", "func": "#82aaff",
    "string": "#a5d6a7", "number": "#f9a66c", "comment": "#8b949e", "operator": "#d1d5db",
    "gutter_bg": "#1f2329", "gutter_fg": "#8b949e", "current_line": "#3a3520", "step_line": "#5b4a16",
    "site": "#60a5fa", "selected": "#fbbf24", "stack": "#2dd4bf", "heap": "#fb923c",
    "right": "#4ade80", "wrong": "#f87171", "error": "#f87171", "warning": "#fbbf24",
    "unsupported": "#c084fc",
    "info": "#60a5fa", "panel": "#16191d", "muted": "#a1a8b3", "partial": "#fbbf24",
}
UI_LIGHT = {"window": "#f5f5f6", "base": "#ffffff", "alt": "#f3f4f6", "text": "#111827", "border": "#b8bdc6",
            "button": "#ffffff", "hover": "#eef2ff", "pressed": "#dbe4ff", "focus": "#2563eb",
            "accent": "#1d4ed8", "accent_text": "#ffffff", "disabled": "#8b919b", "tab": "#e5e7eb",
            "highlight": "#2563eb", "highlight_text": "#ffffff", "indicator": "#6b7280"}
UI_DARK = {"window": "#16191d", "base": "#0f1115", "alt": "#1b1f24", "text": "#e5e7eb", "border": "#4b5360",
           "button": "#22262c", "hover": "#2b3038", "pressed": "#343a44", "focus": "#60a5fa",
           "accent": "#2563eb", "accent_text": "#ffffff", "disabled": "#7b8390", "tab": "#1f2329",
           "highlight": "#2563eb", "highlight_text": "#ffffff", "indicator": "#9ca3af"}
CHECK = (Path(__file__).resolve().parent.parent / "assets" / "check.svg").as_posix()
"""The tick drawn in a checked box (a stylesheet that draws the box must draw the tick too)."""


def set_mode(mode: str | None) -> None:
    """``"light"``, ``"dark"`` or None (or ``"system"``) to follow the system."""
    global _forced
    _forced = mode if mode in ("light", "dark") else None


def following_system() -> bool:
    return _forced is None


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
    return False


def code_palette() -> dict[str, str]:
    return DARK if is_dark() else LIGHT


def ui_palette() -> dict[str, str]:
    return UI_DARK if is_dark() else UI_LIGHT


def stylesheet() -> str:
    """The app's stylesheet in the current mode: explicit colours, visible focus."""
    u, c = ui_palette(), code_palette()
    return f"""
QWidget {{ color: {u['text']}; }}
QMainWindow, QDialog {{ background: {u['window']}; }}
QLabel#questionTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#bigScore {{ font-size: 28pt; font-weight: 700; }}
QLabel#muted {{ color: {c['muted']}; }}
QLabel#right {{ color: {c['right']}; font-weight: 600; }}
QLabel#wrong {{ color: {c['wrong']}; font-weight: 600; }}
QLabel:disabled {{ color: {u['disabled']}; }}
QPushButton {{ background: {u['button']}; border: 1px solid {u['border']}; border-radius: 4px;
    padding: 5px 14px; min-height: 18px; }}
QPushButton:hover {{ background: {u['hover']}; }}
QPushButton:pressed {{ background: {u['pressed']}; }}
QPushButton:focus {{ border: 2px solid {u['focus']}; padding: 4px 13px; }}
QPushButton:disabled {{ color: {u['disabled']}; border-color: {u['border']}; background: {u['window']}; }}
QPushButton[primary="true"] {{ background: {u['accent']}; color: {u['accent_text']}; border-color: {u['accent']}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {u['focus']}; }}
QPushButton[primary="true"]:disabled {{ background: {u['window']}; color: {u['disabled']}; border-color: {u['border']}; }}
QPushButton[chosen="true"]:disabled {{ background: {u['pressed']}; color: {u['text']}; border: 2px solid {u['focus']}; }}
QListWidget, QListView, QPlainTextEdit, QTextBrowser, QTextEdit, QLineEdit, QScrollArea {{
    background: {u['base']}; border: 1px solid {u['border']}; border-radius: 3px; }}
QListWidget:focus, QListView:focus, QPlainTextEdit:focus, QTextBrowser:focus, QTextEdit:focus,
QLineEdit:focus, QScrollArea:focus {{ border: 2px solid {u['focus']}; }}
QListWidget::item {{ padding: 3px 4px; }}
QListWidget::item:selected, QListView::item:selected {{ background: {u['highlight']}; color: {u['highlight_text']}; }}
QComboBox {{ background: {u['button']}; border: 1px solid {u['border']}; border-radius: 3px; padding: 3px 8px; }}
QComboBox:focus {{ border: 2px solid {u['focus']}; padding: 2px 7px; }}
QComboBox QAbstractItemView {{ background: {u['base']}; selection-background-color: {u['highlight']};
    selection-color: {u['highlight_text']}; }}
QCheckBox:focus, QRadioButton:focus {{ color: {u['focus']}; text-decoration: underline; }}
QCheckBox::indicator {{ width: 14px; height: 14px; border: 1px solid {u['indicator']}; border-radius: 3px;
    background: {u['base']}; }}
QCheckBox::indicator:hover {{ border-color: {u['focus']}; }}
QCheckBox::indicator:checked {{ background: {u['accent']}; border-color: {u['accent']}; image: url({CHECK}); }}
QCheckBox::indicator:disabled {{ border-color: {u['disabled']}; background: {u['window']}; }}
QTabBar::tab {{ padding: 8px 18px; background: {u['tab']}; border: 1px solid {u['border']};
    border-bottom: none; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {u['window']}; font-weight: 600; }}
QTabBar::tab:focus {{ border: 2px solid {u['focus']}; border-bottom: none; }}
QTabBar::tab:disabled {{ color: {u['disabled']}; }}
QTabWidget::pane {{ border: 1px solid {u['border']}; }}
QMenuBar {{ background: {u['window']}; }}
QMenuBar::item:selected {{ background: {u['highlight']}; color: {u['highlight_text']}; }}
QMenu {{ background: {u['base']}; border: 1px solid {u['border']}; }}
QMenu::item:selected {{ background: {u['highlight']}; color: {u['highlight_text']}; }}
QToolTip {{ background: {u['base']}; color: {u['text']}; border: 1px solid {u['border']}; }}
QProgressBar {{ border: 1px solid {u['border']}; border-radius: 3px; background: {u['alt']}; text-align: center; }}
QProgressBar::chunk {{ background: {c['right']}; }}
QSplitter::handle {{ background: {u['border']}; }}
QSplitter::handle:horizontal {{ width: 3px; }}
QSplitter::handle:vertical {{ height: 3px; }}
"""


def apply(app) -> None:  # noqa: ANN001
    """Give the application the palette and stylesheet of the chosen mode (Fusion everywhere)."""
    from PySide6.QtGui import QColor
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    u = ui_palette()
    pal = QPalette()
    for role, key in ((QPalette.ColorRole.Window, "window"), (QPalette.ColorRole.WindowText, "text"),
                      (QPalette.ColorRole.Base, "base"), (QPalette.ColorRole.AlternateBase, "alt"),
                      (QPalette.ColorRole.Text, "text"), (QPalette.ColorRole.Button, "button"),
                      (QPalette.ColorRole.ButtonText, "text"), (QPalette.ColorRole.Highlight, "highlight"),
                      (QPalette.ColorRole.HighlightedText, "highlight_text"), (QPalette.ColorRole.ToolTipBase, "base"),
                      (QPalette.ColorRole.ToolTipText, "text"), (QPalette.ColorRole.PlaceholderText, "disabled"),
                      (QPalette.ColorRole.Link, "focus")):
        pal.setColor(role, QColor(u[key]))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(u["disabled"]))
    app.setPalette(pal)
    app.setStyleSheet(stylesheet())


_on_change: list = []


def follow_system(app, on_change) -> None:  # noqa: ANN001
    """Call ``on_change`` when the system switches between light and dark while we follow it
    (the latest window's callback; connected once per application)."""
    first = not _on_change
    _on_change[:] = [on_change]
    hints = app.styleHints()
    if first and hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: following_system() and _on_change and _on_change[0]())
