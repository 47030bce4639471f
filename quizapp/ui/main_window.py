"""The main window: tabs for the packs, the quiz, practice, statistics, the sandbox and settings.

The window only wires views to the domain (``quizapp.quiz``): each slot
calls one domain function (start a mode, install a pack, save a question)
and hands the result to a view. The quiz's own flow lives in ``QuizPage``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QSettings, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QTabBar, QVBoxLayout,
                               QWidget)

from .. import GO_VERSION, __version__
from ..quiz.catalog import pack_progress
from ..quiz.errors import PackProblems, QuizError
from ..quiz.loader import user_dir
from ..quiz.model import Pack, Question
from ..quiz.modes import InterviewMode, PackMode, PracticeMode, ReviewMode
from ..quiz.report import load_report
from ..quiz.scaffold import install_pack
from .keymap import Action, shortcut
from .pack_cards import PackListView
from .quiz_page import QuizPage
from .sandbox import SandboxView
from .settings_view import SettingsView

VIEWS = ("packs", "quiz", "practice", "stats", "sandbox", "settings")


class MainWindow(QMainWindow):
    def __init__(self, app_state, settings: QSettings, data_dir: Path) -> None:  # noqa: ANN001
        super().__init__()
        self.app_state = app_state
        self.settings = settings
        self.data_dir = data_dir
        self.packs: list[Pack] = []
        from ..quiz.progress import Progress, ProgressError
        from ..quiz.scheduler import Scheduler
        try:
            self.progress = Progress(data_dir / "progress.sqlite3")
        except ProgressError as exc:   # the file cannot be used: keep this session's answers in memory
            self.progress = Progress.in_memory(
                self.tr("Your answers in this session will not be saved.") + "\n\n" + str(exc))
        self.scheduler = Scheduler(self.progress)
        self.setAcceptDrops(True)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for _ in VIEWS:
            self.tabs.addTab("")
        self.stack = QStackedWidget()
        self.pack_view = PackListView(self.lang)
        self.quiz_page = QuizPage(self.lang, lambda: self.packs)
        self.quiz_view = self.quiz_page.view
        from .modes_view import PracticeView
        from .stats_view import StatsView
        self.practice_view = PracticeView(self.progress, self.scheduler, self.lang)
        self.stats_view = StatsView(self.progress, self.lang)
        self.sandbox_view = SandboxView(data_dir / "sandbox.go", self.lang, settings=settings)
        self.settings_view = SettingsView(settings)
        for w in (self.pack_view, self.quiz_page, self.practice_view, self.stats_view, self.sandbox_view,
                  self.settings_view):
            self.stack.addWidget(w)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.tabs)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.pack_view.packChosen.connect(self.start_pack)
        self.pack_view.restartRequested.connect(lambda p: self.start_pack(p, restart=True))
        self.pack_view.installRequested.connect(self.install_dialog)
        self.pack_view.removeRequested.connect(self.remove_pack)
        self.quiz_page.changed.connect(self.refresh_progress)
        self.quiz_page.reviewRequested.connect(self.start_review)
        self.quiz_page.practiceRequested.connect(lambda: self.start_practice(None, None))
        self.quiz_page.packRequested.connect(self.start_pack)
        self.quiz_page.restartRequested.connect(self._restart_pack_id)
        self.quiz_page.backRequested.connect(lambda: self.show_view("packs"))
        self.practice_view.startPractice.connect(self.start_practice)
        self.practice_view.startInterview.connect(self.start_interview)
        self.practice_view.reportRequested.connect(self.open_report)
        self.stats_view.resetDone.connect(self.refresh_progress)
        if self.progress.notice:
            QTimer.singleShot(0, self._progress_notice)
        self.sandbox_view.saveAsQuestion.connect(self.save_as_question)
        self.sandbox_view.compareRequested.connect(self.compare)
        from .compare import available
        self.sandbox_view.set_compare_available(available() is not None)
        self.settings_view.languageChanged.connect(self.app_state.set_language)
        self.settings_view.themeChanged.connect(self.app_state.set_theme)
        self.settings_view.fontSizeChanged.connect(self.set_font_size)
        self.watcher = QFileSystemWatcher(self)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(300)
        self.reload_timer.timeout.connect(self.reload_packs)
        self.watcher.directoryChanged.connect(lambda _p: self.reload_timer.start())
        self.watcher.fileChanged.connect(lambda _p: self.reload_timer.start())
        self._menus()
        self.set_font_size(int(settings.value("font_size", 11)))
        self.retranslate()
        self.reload_packs()
        self._restore()

    def lang(self) -> str:
        return self.app_state.language

    def _progress_notice(self) -> None:
        """Say what happened to the history (a fresh start, where the old one is kept) once."""
        QMessageBox.warning(self, self.tr("Progress"), self.progress.notice)
        self.progress.acknowledge()

    def user_packs_dir(self) -> Path:
        return self.app_state.user_packs or user_dir()

    # ------------------------------------------------------------ menus
    def _action(self, menu, action: Action | None, slot) -> QAction:  # noqa: ANN001
        a = QAction(self)
        if action is not None:
            a.setShortcuts(shortcut(action))
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.view_menu = mb.addMenu("")
        self.help_menu = mb.addMenu("")
        self.act_install = self._action(self.file_menu, Action.INSTALL, self.install_dialog)
        self.act_open_go = self._action(self.file_menu, Action.OPEN_GO, self._open_go)
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, Action.QUIT, self.close)
        keys = shortcut(Action.SHOW_VIEW)
        self.view_actions = []
        for i in range(len(VIEWS)):
            a = self._action(self.view_menu, None, lambda _=False, i=i: self.show_view(VIEWS[i]))
            a.setShortcut(keys[i])
            self.view_actions.append(a)
        self.view_menu.addSeparator()
        self.act_zoom_in = self._action(self.view_menu, Action.ZOOM_IN, lambda: self.set_font_size(self.font_size + 1))
        self.act_zoom_out = self._action(self.view_menu, Action.ZOOM_OUT, lambda: self.set_font_size(self.font_size - 1))
        self.act_shortcuts = self._action(self.help_menu, Action.SHORTCUTS, self.show_shortcuts)
        self.act_intro = self._action(self.help_menu, None, self.show_intro)
        self.act_about = self._action(self.help_menu, None, self.about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stack or Heap — learn where Go puts memory"))
        names = (self.tr("Packs"), self.tr("Quiz"), self.tr("Practice"), self.tr("Statistics"),
                 self.tr("Sandbox"), self.tr("Settings"))
        for i, n in enumerate(names):
            self.tabs.setTabText(i, n)
            self.view_actions[i].setText(n)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_install.setText(self.tr("Install a pack…"))
        self.act_open_go.setText(self.tr("Open a Go file in the sandbox…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_zoom_in.setText(self.tr("Larger code font"))
        self.act_zoom_out.setText(self.tr("Smaller code font"))
        self.act_shortcuts.setText(self.tr("Keyboard shortcuts"))
        self.act_about.setText(self.tr("About Stack or Heap"))
        self.act_intro.setText(self.tr("Introduction"))
        self.tabs.setAccessibleName(self.tr("Views"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate_all(self) -> None:
        """Re-read every text now (the language changed without a restart)."""
        self.retranslate()
        for view in (self.pack_view, self.quiz_page, self.sandbox_view, self.settings_view,
                     self.practice_view, self.stats_view):
            view.retranslate()

    # ------------------------------------------------------------ views
    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def _tab_changed(self, i: int) -> None:
        """The keyboard goes to the shown page (never stays on a hidden one, where keys would act unseen)."""
        self.stack.setCurrentIndex(i)
        {"packs": self.pack_view.focus_list, "quiz": self.quiz_page.focus,
         "practice": self.practice_view.practice_btn.setFocus, "stats": self.stats_view.export_btn.setFocus,
         "sandbox": self.sandbox_view.editor.setFocus, "settings": self.settings_view.lang.setFocus}[VIEWS[i]]()

    def set_font_size(self, size: int) -> None:
        self.font_size = max(8, min(28, size))
        self.settings.setValue("font_size", self.font_size)
        self.quiz_view.code.set_font_size(self.font_size)
        self.quiz_view.fixer.set_font_size(self.font_size)
        self.sandbox_view.editor.set_font_size(self.font_size)

    def refresh_theme(self) -> None:
        """The theme changed while running: everything that paints its own colours redraws."""
        self.quiz_page.refresh_theme()
        self.sandbox_view.editor.refresh_theme()
        self.sandbox_view.refresh_theme()
        self.stats_view.refresh()
        self.practice_view.refresh()
        self.pack_view.list.viewport().update()
        self.update()

    def refresh_progress(self) -> None:
        self.pack_view.set_packs(self.packs, pack_progress(self.progress, self.packs), self.pack_view.problems)
        self.practice_view.refresh()
        self.stats_view.refresh()

    # ------------------------------------------------------------ packs
    def reload_packs(self) -> None:
        from ..quiz.library import load_library
        udir = self.user_packs_dir()
        self.packs, problems = load_library(udir)
        self.pack_view.set_packs(self.packs, pack_progress(self.progress, self.packs), problems)
        self.practice_view.set_packs(self.packs)
        self._watch(udir)

    def _watch(self, udir: Path) -> None:
        """Packs installed from the command line (or copied in) appear without a restart."""
        target = udir if udir.exists() else udir.parent
        if target.exists() and str(target) not in self.watcher.directories():
            for d in self.watcher.directories():
                self.watcher.removePath(d)
            self.watcher.addPath(str(target))

    def start_pack(self, pack: Pack, restart: bool = False) -> None:
        self.settings.setValue("last_pack", pack.id)
        self.quiz_page.keep_drafts()        # continuing the run that is open: it reads them
        self._run(PackMode(pack, self.scheduler, resume=not restart))

    def _restart_pack_id(self, pack_id: str) -> None:
        pack = next((p for p in self.packs if p.id == pack_id), None)
        if pack is not None:
            self.start_pack(pack, restart=True)

    def start_review(self, pack_id: str, questions: list[Question]) -> None:
        pack = next((p for p in self.packs if p.id == pack_id), None)
        if pack is None or not questions:
            return
        ids = {q.id for q in questions}
        self._run(ReviewMode(pack, [q for q in pack.questions if q.id in ids], self.scheduler))

    def _run(self, mode) -> None:  # noqa: ANN001
        if mode.session is None:
            return
        self.quiz_page.start(mode)
        self.show_view("quiz")
        self.quiz_page.focus()
        self.refresh_progress()

    def start_practice(self, principle: str | None, pack_id: str | None) -> None:
        mode = PracticeMode(self.packs, self.scheduler, principle, pack_id)
        if mode.session is None:
            d = self.scheduler.due_summary(self.packs)
            when = d.next_due.astimezone().strftime("%Y-%m-%d %H:%M") if d.next_due else "—"
            QMessageBox.information(self, self.tr("Practice"), self.tr(
                "Nothing to practise right now: every question is scheduled for later (next: {when}).").format(when=when))
            return
        self._run(mode)

    def start_interview(self, length: int, difficulty, seed: int | None = None) -> None:  # noqa: ANN001
        mode = InterviewMode(self.packs, self.scheduler, length, difficulty, seed)
        if mode.session is None:
            QMessageBox.information(self, self.tr("Mock interview"), self.tr("No questions match."))
            return
        self._run(mode)

    def open_report(self, attempt_id: int) -> None:
        a = self.progress.attempt(attempt_id)
        report = load_report(a.report) if a is not None else None
        if report is None:
            QMessageBox.warning(self, self.tr("Interview report"), self.tr("This report cannot be read."))
            return
        self.quiz_page.stop()
        self.quiz_page.show_report(report)
        self.show_view("quiz")
        self.quiz_page.focus()

    def install_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a question pack"), "",
                                              self.tr("Question packs (*.toml)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path, upgrade: bool = False) -> bool:
        from .busy import run_busy
        try:   # validating runs every question's analysis: off the GUI thread
            run_busy(self, self.tr("Checking the pack…"),
                     lambda: install_pack(path, upgrade=upgrade, dest=self.user_packs_dir()))
        except QuizError as exc:
            if "already installed" in str(exc) and not upgrade:
                ans = QMessageBox.question(self, self.tr("Replace the pack?"),
                                           self.tr("A pack with this id is installed. Replace it? "
                                                   "Your progress is kept."))
                if ans == QMessageBox.StandardButton.Yes:
                    return self.install(path, upgrade=True)
                return False
            detail = str(exc).partition("\n")[2] if isinstance(exc, PackProblems) else str(exc)
            QMessageBox.warning(self, self.tr("Cannot install the pack"),
                                (self.tr("The pack checker found these problems (file:line: problem, as "
                                         "quizapp pack validate prints them):") if isinstance(exc, PackProblems)
                                 else self.tr("The pack was not installed:")) + "\n" + detail)
            return False
        self.reload_packs()
        return True

    def remove_pack(self, pack: Pack) -> None:
        if pack.builtin or pack.path is None:
            return
        ans = QMessageBox.question(self, self.tr("Remove the pack?"),
                                   self.tr("Remove “{title}”? Your progress is kept.").format(
                                       title=pack.title.get(self.lang())))
        if ans != QMessageBox.StandardButton.Yes:
            return
        try:
            pack.path.unlink()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot remove the pack"), str(exc))
        self.reload_packs()

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        for url in event.mimeData().urls():
            p = Path(url.toLocalFile())
            if p.suffix == ".toml":
                self.install(p)
            elif p.suffix == ".go" and self.sandbox_view.load_file(p):
                self.show_view("sandbox")

    def _open_go(self) -> None:
        self.show_view("sandbox")
        self.sandbox_view.open_file()

    def save_as_question(self, code: str) -> None:
        from ..quiz.model import BuildFlags
        from ..quiz.userpack import DraftRefused, draft_for
        from .question_editor import QuestionEditor, refusal_text
        build = BuildFlags.DEFAULT if self.sandbox_view.inlining else BuildFlags.NO_INLINING
        try:
            draft = draft_for(code, build)
        except DraftRefused as exc:
            QMessageBox.warning(self, self.tr("Cannot save the question"), refusal_text(exc))
            return
        except QuizError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the question"), str(exc))
            return
        editor = QuestionEditor(draft, self.user_packs_dir(), self.lang(), {p.id for p in self.packs}, self)
        if editor.exec() and editor.saved is not None:
            self.reload_packs()
            QMessageBox.information(self, self.tr("Question saved"), self.tr(
                "The question was saved in {path}; it is in the pack list now.").format(path=editor.saved[0]))

    def compare(self, text: str) -> None:
        """The real compiler beside the analyzer's answer for the sandbox text (already computed)."""
        from .compare import CompareDialog
        from .sandbox import prepare
        from .sandbox_analysis import fragment_lines
        res = self.sandbox_view.latest
        src, _off, wrapped = prepare(text)
        if res is None or res.generation != self.sandbox_view.generation:
            ours = [self.tr("(the analysis of this text is still running)")]
        else:
            ours = fragment_lines(res.source_lines, text) if res.source_lines or not res.error else [res.error]
        self.compare_dialog = CompareDialog(ours, src, self, inline=self.sandbox_view.inlining,
                                            fragment=text if wrapped else None)
        self.compare_dialog.show()

    # ------------------------------------------------------------ dialogs
    def about(self) -> None:
        text = self.tr(
            "<h2>Stack or Heap {version}</h2><p>Learn where Go puts memory. Answers reproduce "
            "{go} with <code>go build -gcflags='-m -l'</code>.</p><p>Licence: MIT.</p>"
            "<p>Third-party software: Qt and PySide6 (LGPL v3), Pygments (BSD), tree-sitter and "
            "tree-sitter-go (MIT), fsrs (MIT), platformdirs (MIT). Chinese text is shown with the "
            "system's CJK font (Noto Sans CJK, SIL Open Font License 1.1, on Debian).</p>"
        ).format(version=__version__, go=GO_VERSION)
        QMessageBox.about(self, self.tr("About Stack or Heap"), text)

    def show_intro(self) -> None:
        QMessageBox.information(self, self.tr("Welcome to Stack or Heap"), self.tr(
            "Each question shows a Go program. Decide for each marked variable or allocation "
            "whether it lives on the stack or on the heap: choose it (↑ ↓), press S or H, "
            "then Enter. The app explains every answer with the compiler's own reasoning.\n\n"
            "Stack or heap is the compiler's decision: heap when go build -gcflags=-m says "
            "'moved to heap' or 'escapes to heap', stack otherwise. Where the running program "
            "differs, the explanation says so.\n\n"
            "The Sandbox analyses any Go code you type. F1 lists every keyboard shortcut."))
        self.settings.setValue("intro_shown", True)

    def show_shortcuts(self) -> None:
        from .help import ShortcutsDialog
        ShortcutsDialog(self).exec()

    # ------------------------------------------------------------ state
    def _restore(self) -> None:
        geo = self.settings.value("geometry")
        if geo is None or not self.restoreGeometry(geo):
            self.size_from_screen()
        last = self.settings.value("last_pack")
        pack = next((p for p in self.packs if p.id == last), None)
        if pack is not None and PackMode._unfinished(pack, self.scheduler) is not None:
            self.quiz_page.start(PackMode(pack, self.scheduler))
        QTimer.singleShot(0, lambda: self.current_view() == "packs" and self.pack_view.focus_list())

    def size_from_screen(self) -> None:
        """A window that fits the screen it opens on (at any scale factor), centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry()
        w, h = min(1280, int(avail.width() * 0.94)), min(840, int(avail.height() * 0.94))
        self.resize(w, h)
        self.move(avail.x() + (avail.width() - w) // 2, avail.y() + (avail.height() - h) // 2)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if self.current_view() == "packs":
            self.pack_view.focus_list()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        self.sandbox_view.shut_down()
        self.quiz_view.fixer.close()
        self.quiz_page.stop()
        self.progress.close()
        self.app_state.window = None
        self.settings.setValue("geometry", self.saveGeometry())
        super().closeEvent(event)

