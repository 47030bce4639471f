"""The main window: the pack list, the quiz, the sandbox and the settings.

The window only wires views to the domain (``quizapp.quiz``): each slot
calls one domain function and shows its result.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
                               QSpinBox, QStackedWidget, QTabBar, QVBoxLayout, QWidget)

from .. import GO_VERSION, __version__
from ..quiz.errors import QuizError
from ..quiz.loader import builtin_dir, load_packs, user_dir
from ..quiz.model import Pack
from ..quiz.scaffold import install_pack
from ..quiz.session import QuizSession
from . import theme
from .question_view import QuestionView
from .sandbox import SandboxView

VIEWS = ("packs", "quiz", "practice", "stats", "sandbox", "settings")


class PackListView(QWidget):
    """The packs, built-in and installed, with install and remove."""

    packChosen = Signal(object)
    installRequested = Signal()
    removeRequested = Signal(object)

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.packs: list[Pack] = []
        self.problems: list[str] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        self.heading = QLabel()
        self.heading.setObjectName("questionTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.list = QListWidget()
        self.list.itemActivated.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._chosen)
        row = QHBoxLayout()
        self.start_btn = QPushButton()
        self.install_btn = QPushButton()
        self.remove_btn = QPushButton()
        self.start_btn.clicked.connect(lambda: self._chosen(self.list.currentItem()))
        self.install_btn.clicked.connect(self.installRequested.emit)
        self.remove_btn.clicked.connect(self._remove)
        row.addWidget(self.start_btn)
        row.addStretch(1)
        row.addWidget(self.install_btn)
        row.addWidget(self.remove_btn)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.problem_label)
        lay.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Question packs"))
        self.intro.setText(self.tr("Answers are what {go} prints with go build -gcflags='-m -l' "
                                   "(inlining off). Pick a pack and press Enter to start.").format(go=GO_VERSION))
        self.start_btn.setText(self.tr("Start"))
        self.install_btn.setText(self.tr("Install a pack…"))
        self.remove_btn.setText(self.tr("Remove"))
        self.list.setAccessibleName(self.tr("Question packs"))
        self.set_packs(self.packs, self.problems)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_packs(self, packs: list[Pack], problems: list[str]) -> None:
        self.packs, self.problems = packs, problems
        lang = self.lang()
        current = self.list.currentRow()
        self.list.clear()
        for p in packs:
            origin = self.tr("built-in") if p.builtin else self.tr("installed")
            text = self.tr("{title} — {n} questions ({origin})").format(
                title=p.title.get(lang), n=len(p.questions), origin=origin)
            if p.description is not None:
                text += "\n" + p.description.get(lang)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if packs:
            self.list.setCurrentRow(max(0, min(current, len(packs) - 1)))
        self.problem_label.setVisible(bool(problems))
        if problems:
            self.problem_label.setText(self.tr("Some packs could not be loaded:") + "\n" + "\n".join(problems[:5]))

    def _pack_of(self, item: QListWidgetItem | None) -> Pack | None:
        if item is None:
            return None
        pid = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.packs if p.id == pid), None)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        pack = self._pack_of(item)
        if pack is not None:
            self.packChosen.emit(pack)

    def _remove(self) -> None:
        pack = self._pack_of(self.list.currentItem())
        if pack is not None:
            self.removeRequested.emit(pack)


class SettingsView(QWidget):
    languageChanged = Signal(str)
    themeChanged = Signal(str)
    fontSizeChanged = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("中文", "zh")
        self.theme = QComboBox()
        self.theme.addItem("", "system")
        self.theme.addItem("", "light")
        self.theme.addItem("", "dark")
        self.font = QSpinBox()
        self.font.setRange(8, 28)
        self.lang_label, self.theme_label, self.font_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.lang_label, self.lang)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.font_label, self.font)
        self.lang.setCurrentIndex(max(0, self.lang.findData(settings.value("language", "en"))))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.value("theme", "system"))))
        self.font.setValue(int(settings.value("font_size", 11)))
        self.lang.currentIndexChanged.connect(lambda: self.languageChanged.emit(self.lang.currentData()))
        self.theme.currentIndexChanged.connect(lambda: self.themeChanged.emit(self.theme.currentData()))
        self.font.valueChanged.connect(self.fontSizeChanged.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.lang_label.setText(self.tr("Language"))
        self.theme_label.setText(self.tr("Theme"))
        self.font_label.setText(self.tr("Code font size"))
        for i, text in enumerate((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.setItemText(i, text)
        self.lang.setAccessibleName(self.tr("Language"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.font.setAccessibleName(self.tr("Code font size"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, app_state, settings: QSettings, data_dir: Path) -> None:  # noqa: ANN001
        super().__init__()
        self.app_state = app_state
        self.settings = settings
        self.data_dir = data_dir
        self.packs: list[Pack] = []
        self.session: QuizSession | None = None
        self.mode = None
        from ..quiz.progress import Progress
        from ..quiz.scheduler import Scheduler
        self.progress = Progress(data_dir / "progress.sqlite3")
        self.scheduler = Scheduler(self.progress)
        self.setAcceptDrops(True)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for _ in VIEWS:
            self.tabs.addTab("")
        self.stack = QStackedWidget()
        self.pack_view = PackListView(self.lang)
        self.quiz_view = QuestionView(self.lang)
        from .modes_view import InterviewPanel, PracticeView
        from .stats_view import StatsView
        self.interview_panel = InterviewPanel()
        self.interview_panel.hide()
        quiz_page = QWidget()
        ql = QVBoxLayout(quiz_page)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(self.interview_panel)
        ql.addWidget(self.quiz_view, 1)
        self.practice_view = PracticeView(self.progress, self.lang)
        self.stats_view = StatsView(self.progress, self.lang)
        self.sandbox_view = SandboxView(data_dir / "sandbox.go", lang_getter=self.lang)
        self.settings_view = SettingsView(settings)
        for w in (self.pack_view, quiz_page, self.practice_view, self.stats_view, self.sandbox_view,
                  self.settings_view):
            self.stack.addWidget(w)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.tabs)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.tabs.currentChanged.connect(self.stack.setCurrentIndex)
        self.pack_view.packChosen.connect(self.start_pack)
        self.pack_view.installRequested.connect(self.install_dialog)
        self.pack_view.removeRequested.connect(self.remove_pack)
        self.quiz_view.answered.connect(self._answered)
        self.practice_view.startPractice.connect(self.start_practice)
        self.practice_view.startInterview.connect(self.start_interview)
        self.interview_panel.timeUp.connect(lambda: self.quiz_view.submit(force=True))
        self.interview_panel.explained.connect(self._interview_next)
        self.stats_view.resetDone.connect(self.practice_view.refresh)
        if self.progress.notice:
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("Progress"), self.progress.notice))
        self.sandbox_view.saveAsQuestion.connect(self.save_as_question)
        self.sandbox_view.compareRequested.connect(self.compare)
        from .compare import available
        self.sandbox_view.set_compare_available(available() is not None)
        self.settings_view.languageChanged.connect(self.app_state.set_language)
        self.settings_view.themeChanged.connect(self.app_state.set_theme)
        self.settings_view.fontSizeChanged.connect(self.set_font_size)
        self._menus()
        self.set_font_size(int(settings.value("font_size", 11)))
        self.retranslate()
        self.reload_packs()
        self._restore()

    def lang(self) -> str:
        return self.app_state.language

    # ------------------------------------------------------------ menus
    def _menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.view_menu = mb.addMenu("")
        self.help_menu = mb.addMenu("")
        self.act_install = QAction(self)
        self.act_install.setShortcut(QKeySequence.StandardKey.Open)
        self.act_install.triggered.connect(self.install_dialog)
        self.act_open_go = QAction(self)
        self.act_open_go.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_open_go.triggered.connect(self._open_go)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.file_menu.addActions([self.act_install, self.act_open_go])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_actions = []
        for i in range(len(VIEWS)):
            a = QAction(self)
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _=False, i=i: self.show_view(VIEWS[i]))
            self.view_actions.append(a)
            self.view_menu.addAction(a)
        self.act_zoom_in = QAction(self)
        self.act_zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.act_zoom_in.triggered.connect(lambda: self.set_font_size(self.font_size + 1))
        self.act_zoom_out = QAction(self)
        self.act_zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.act_zoom_out.triggered.connect(lambda: self.set_font_size(self.font_size - 1))
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_zoom_in, self.act_zoom_out])
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about)
        self.act_intro = QAction(self)
        self.act_intro.triggered.connect(self.show_intro)
        self.help_menu.addActions([self.act_intro, self.act_about])

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
        self.act_about.setText(self.tr("About Stack or Heap"))
        self.act_intro.setText(self.tr("Introduction"))
        self.tabs.setAccessibleName(self.tr("Views"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.pack_view.set_packs(self.packs, self.pack_view.problems)
        super().changeEvent(event)

    def retranslate_all(self) -> None:
        """Re-read every text now (the language changed without a restart)."""
        self.retranslate()
        for view in (self.pack_view, self.quiz_view, self.sandbox_view, self.settings_view,
                     self.practice_view, self.stats_view, self.interview_panel):
            view.retranslate()

    # ------------------------------------------------------------ views
    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def set_font_size(self, size: int) -> None:
        self.font_size = max(8, min(28, size))
        self.settings.setValue("font_size", self.font_size)
        self.quiz_view.code.set_font_size(self.font_size)
        self.sandbox_view.editor.set_font_size(self.font_size)

    def refresh_theme(self) -> None:
        self.quiz_view.code.refresh_theme()
        self.sandbox_view.editor.refresh_theme()
        self.quiz_view.render()

    # ------------------------------------------------------------ packs
    def reload_packs(self) -> None:
        built, problems = load_packs([builtin_dir()])
        for p in built:
            p.builtin = True
        udir = user_dir() if self.app_state.user_packs is None else self.app_state.user_packs
        mine, mine_problems = load_packs([udir]) if udir.exists() else ([], [])
        self.packs = built + mine
        self.pack_view.set_packs(self.packs, [str(p) for p in problems + mine_problems])
        self.practice_view.set_packs(self.packs)

    def start_pack(self, pack: Pack, index: int = 0) -> None:
        self._leave_mode()
        self.session = QuizSession(pack, index)
        self.settings.setValue("last_pack", pack.id)
        self.quiz_view.set_session(self.session)
        self.show_view("quiz")
        self.quiz_view.setFocus()

    def _answered(self, pack_id: str, question_id: str, correct: bool, score: float,
                  seconds: float) -> None:
        """Every answer is recorded (one transaction) and reschedules its question."""
        from ..quiz.modes import InterviewMode, PracticeMode
        assert self.session is not None
        if isinstance(self.mode, PracticeMode):
            self.mode.on_answer(self.session.index, correct, score, seconds)
        elif isinstance(self.mode, InterviewMode):
            self.interview_panel.set_explaining(True)
            return
        else:
            self.settings.setValue("last_question", question_id)
            self.scheduler.review(self.session.pack, self.session.current.question, correct, score,
                                  seconds, mode="quiz")
        self.practice_view.refresh()
        self.stats_view.refresh()

    # ------------------------------------------------------------ modes
    def _leave_mode(self) -> None:
        self.mode = None
        self.interview_panel.timer.stop()
        self.interview_panel.hide()
        self.quiz_view.next_btn.show()

    def start_practice(self, principle: str | None, pack_id: str | None) -> None:
        from ..quiz.modes import PracticeMode
        mode = PracticeMode(self.packs, self.progress, self.scheduler, principle, pack_id)
        if mode.session is None:
            QMessageBox.information(self, self.tr("Practice"), self.tr("Nothing to practise right now: "
                                                                       "every question is scheduled for later."))
            return
        self._leave_mode()
        self.mode = mode
        self.session = mode.session
        self.quiz_view.set_session(self.session)
        self.show_view("quiz")

    def start_interview(self, length: int, difficulty) -> None:  # noqa: ANN001
        from ..quiz.modes import InterviewMode
        mode = InterviewMode(self.packs, length, difficulty, progress=self.progress)
        if mode.session is None:
            QMessageBox.information(self, self.tr("Mock interview"), self.tr("No questions match."))
            return
        self._leave_mode()
        self.mode = mode
        self.session = mode.session
        self.quiz_view.set_session(self.session)
        self.quiz_view.next_btn.hide()
        self.interview_panel.show()
        self.interview_panel.start_question(0, len(mode.origins), mode.time_limit(0), self.lang())
        self.show_view("quiz")

    def _interview_next(self, principle: str | None) -> None:
        from ..quiz.modes import InterviewMode
        mode = self.mode
        if not isinstance(mode, InterviewMode) or self.session is None:
            return
        st = self.session.current
        g = st.grade
        if g is None:
            return
        mode.on_answer(self.session.index, g.correct, g.score, st.seconds, st.timed_out, principle)
        self.practice_view.refresh()
        self.stats_view.refresh()
        if mode.finished:
            self._leave_mode()
            from .modes_view import show_report
            show_report(self, mode, self.lang())
            return
        self.session.next()
        self.quiz_view.selected_site = 0
        self.quiz_view.render()
        self.interview_panel.start_question(self.session.index, len(mode.origins),
                                            mode.time_limit(self.session.index), self.lang())

    def install_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a question pack"), "",
                                              self.tr("Question packs (*.toml)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path, upgrade: bool = False) -> bool:
        dest = self.app_state.user_packs or user_dir()
        try:
            install_pack(path, upgrade=upgrade, dest=dest)
        except QuizError as exc:
            if "already installed" in str(exc) and not upgrade:
                ans = QMessageBox.question(self, self.tr("Replace the pack?"),
                                           self.tr("A pack with this id is installed. Replace it? "
                                                   "Your progress is kept."))
                if ans == QMessageBox.StandardButton.Yes:
                    return self.install(path, upgrade=True)
                return False
            QMessageBox.warning(self, self.tr("Cannot install the pack"), str(exc))
            return False
        self.reload_packs()
        return True

    def remove_pack(self, pack: Pack) -> None:
        if pack.builtin:
            QMessageBox.information(self, self.tr("Built-in pack"),
                                    self.tr("Built-in packs cannot be removed."))
            return
        ans = QMessageBox.question(self, self.tr("Remove the pack?"),
                                   self.tr("Remove “{title}”? Your progress is kept.").format(
                                       title=pack.title.get(self.lang())))
        if ans == QMessageBox.StandardButton.Yes and pack.path is not None:
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
            elif p.suffix == ".go":
                if self.sandbox_view.load_file(p):
                    self.show_view("sandbox")

    def _open_go(self) -> None:
        self.show_view("sandbox")
        self.sandbox_view.open_file()

    def save_as_question(self, code: str) -> None:
        from ..quiz.userpack import add_question
        try:
            target = add_question(self.app_state.user_packs or user_dir(), code)
        except QuizError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the question"), str(exc))
            return
        self.reload_packs()
        QMessageBox.information(self, self.tr("Question saved"),
                                self.tr("The program was added to your pack {path}.").format(path=target))

    def compare(self, text: str) -> None:
        from .compare import CompareDialog
        from .sandbox import prepare
        res = self.sandbox_view.latest
        src, _off, _wrapped = prepare(text)
        ours = []
        try:
            from ..analysis import analyze
            ours = analyze(src).diagnostics("./main.go")
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            ours = [f"(the analyzer cannot read this program: {exc})"]
        del res
        self.compare_dialog = CompareDialog(ours, src, self)
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
            "whether it lives on the stack or on the heap: click it (or use ↑ ↓), press S or H, "
            "then Enter. The app explains every answer with the compiler's own reasoning.\n\n"
            "Stack or heap is the compiler's decision: heap when go build -gcflags=-m says "
            "'moved to heap' or 'escapes to heap', stack otherwise. Where the running program "
            "differs, the explanation says so.\n\n"
            "The Sandbox analyses any Go code you type."))
        self.settings.setValue("intro_shown", True)

    # ------------------------------------------------------------ state
    def _restore(self) -> None:
        geo = self.settings.value("geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 800)
        last = self.settings.value("last_pack")
        pack = next((p for p in self.packs if p.id == last), None)
        if pack is not None:
            qid = self.settings.value("last_question")
            idx = next((i for i, q in enumerate(pack.questions) if q.id == qid), 0)
            self.session = QuizSession(pack, idx)
            self.quiz_view.set_session(self.session)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        self.sandbox_view.timer.stop()
        self.sandbox_view.pool.waitForDone(2000)
        self.progress.close()
        self.app_state.window = None
        self.settings.setValue("geometry", self.saveGeometry())
        if self.session is not None:
            self.settings.setValue("last_question", self.session.current.question.id)
        super().closeEvent(event)


def escape(s: str) -> str:
    return html.escape(s)


__all__ = ["MainWindow", "theme"]
