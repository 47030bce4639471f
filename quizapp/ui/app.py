"""Starting the app: settings, language, theme, error handling, the window.

An unexpected error never shows a traceback or leaves a dead window: it is
written to the log file and shown in a dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale, QObject, QSettings, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ..diagram.words import I18N, install_language
from . import theme

APP = "stack-or-heap"
log = logging.getLogger("quizapp")


class AppState(QObject):
    """Language and theme, switchable at run time."""

    languageChanged = Signal(str)

    def __init__(self, app: QApplication, settings: QSettings, user_packs: Path | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.user_packs = user_packs
        self.translators: list[QTranslator] = []        # the app's words, then Qt's own (OK, Cancel…)
        self.language = "en"
        self.window = None

    def set_language(self, lang: str, keep: bool = True) -> None:
        """Switch the app's words now; ``keep``: remember it for the next start (Settings
        does; the command line's ``--lang`` is for one run)."""
        lang = "zh" if lang.startswith("zh") else "en"
        for t in self.translators:
            self.app.removeTranslator(t)
        self.translators = install_language(self.app, lang)
        if lang == "zh" and not self.translators:
            log.warning("no Chinese translation file in %s", I18N)
        self.language = lang
        if keep:
            self.settings.setValue("language", lang)
        self.languageChanged.emit(lang)
        if self.window is not None:
            self.window.retranslate_all()

    def set_theme(self, mode: str) -> None:
        self.settings.setValue("theme", mode)
        theme.set_mode(mode)
        self.reapply_theme()

    def reapply_theme(self) -> None:
        """Palette, stylesheet and every self-painted view, now (no restart)."""
        theme.apply(self.app)
        if self.window is not None:
            self.window.refresh_theme()


def setup_logging(log_dir: Path) -> Path:
    """Log to a file; if the log folder cannot be written, to stderr (start-up must not fail)."""
    path = log_dir / "quizapp.log"
    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.INFO, format=fmt)
    except OSError:
        logging.basicConfig(level=logging.INFO, format=fmt)
    return path


_open_boxes: list = []


def install_excepthook(log_path: Path) -> None:
    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        app = QApplication.instance()
        if app is not None:
            box = QMessageBox(QMessageBox.Icon.Critical, "Stack or Heap",
                              f"Something went wrong: {exc}\n\nThe details were written to {log_path}.")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()          # never a nested event loop: the window stays alive
            _open_boxes.append(box)
    sys.excepthook = hook


def create(argv: list[str], profile: Path | None = None, lang: str | None = None):  # noqa: ANN201
    """The application and its window; ``profile`` replaces the user's data (screenshots, tests);
    ``lang`` (the command line's ``--lang``) wins over the saved language for this run only."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Stack or Heap")
    app.setOrganizationName(APP)
    if profile is not None:
        settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
        data_dir = profile / "data"
        user_packs = profile / "packs"
        log_dir = profile / "log"
    else:
        settings = QSettings(APP, "quizapp")
        data_dir = Path(platformdirs.user_data_dir(APP, appauthor=False))
        user_packs = None
        log_dir = log_file().parent
    install_excepthook(setup_logging(log_dir))
    state = AppState(app, settings, user_packs)
    theme.set_mode(settings.value("theme", "system"))
    theme.apply(app)
    theme.follow_system(app, state.reapply_theme)
    once = lang is not None
    lang = lang or settings.value("language")
    if lang is None:
        lang = "zh" if QLocale.system().name().startswith("zh") else "en"
    from .main_window import MainWindow
    state.set_language(lang, keep=not once)
    win = MainWindow(state, settings, data_dir)
    state.window = win
    if profile is None and not settings.value("intro_shown", False, type=bool):
        from PySide6.QtCore import QTimer
        QTimer.singleShot(300, win.show_intro)
    return app, win, state


def run(argv: list[str], lang: str | None = None) -> int:
    """Start the app; an error before the window is up is shown in a dialog, never silently."""
    try:
        app, win, _ = create(argv, lang=lang)
    except Exception as exc:  # noqa: BLE001 - shown to the user, details in the log
        log.error("start-up failed:\n%s", traceback.format_exc())
        app = QApplication.instance() or QApplication(argv)
        box = QMessageBox(QMessageBox.Icon.Critical, "Stack or Heap",
                          f"Stack or Heap could not start: {exc}\n\nThe details were written to "
                          f"{log_file()}.")
        box.exec()            # a modal dialog runs its own event loop: it is really shown
        return 1
    win.show()
    return app.exec()


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False)) / "quizapp.log"
