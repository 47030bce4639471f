"""Save as question: an editor for a question made from the sandbox's program.

Title and prompt in both languages, the kind, which sites to ask (or, for
a why question, which site's verdict to explain), the difficulty and the
target pack (one of the user's, or a new one). ``quiz.userpack`` checks the
draft and writes the pack only when it validates; the dialog says what is
missing in the meantime.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from ..quiz.errors import QuizError
from ..quiz.model import BuildFlags, Difficulty, QuestionKind, Text
from ..quiz.userpack import (KINDS, Draft, DraftProblem, DraftRefused, Refusal, check_draft, save_question,
                              user_packs)
from .feedback import where_word

PROMPTS = {
    QuestionKind.WHERE: Text("Where does each marked site live?", "每个标出的位置在栈上还是堆上？"),
    QuestionKind.WHY: Text("Which principle explains where the marked site lives?", "哪条原理能解释标出的位置放在哪里？"),
    QuestionKind.LINES: Text("Which lines does go build -gcflags='-m -l' print?",
                             "go build -gcflags='-m -l' 会输出哪些行？"),
}
LINES_DEFAULT = Text("Which lines does go build -gcflags=-m print (inlining on)?",
                     "go build -gcflags=-m（开启内联）会输出哪些行？")


def prompt_for(kind: QuestionKind, build: BuildFlags) -> Text:
    """The proposed prompt of a kind, in the question's build."""
    return LINES_DEFAULT if kind is QuestionKind.LINES and build.inline else PROMPTS[kind]


def refusal_text(err: DraftRefused) -> str:
    """Why the program or pack cannot take the question, in the interface language (Go's
    and the pack checker's details as they are)."""
    words = {
        Refusal.NOT_A_PROGRAM: QCoreApplication.translate(
            "QuestionEditor", "save a complete program (with package main and func main) as a question"),
        Refusal.TRIPLE_QUOTES: QCoreApplication.translate(
            "QuestionEditor", 'the program contains """, which a pack cannot hold'),
        Refusal.DOES_NOT_COMPILE: QCoreApplication.translate(
            "QuestionEditor", "the program does not compile: {error}"),
        Refusal.NOT_JUDGED: QCoreApplication.translate(
            "QuestionEditor", "the analyzer cannot judge this program ({what})"),
        Refusal.NO_SITES: QCoreApplication.translate(
            "QuestionEditor", "the program has no variable or allocation to ask about"),
        Refusal.UNREADABLE_PACK: QCoreApplication.translate(
            "QuestionEditor", "{path} cannot be read as a pack; choose another"),
        Refusal.OTHER_BUILD: QCoreApplication.translate(
            "QuestionEditor", "{path} is graded with {pack_flags}, the question with {flags}; choose a pack "
            "of that build or a new one"),
        Refusal.INVALID: QCoreApplication.translate(
            "QuestionEditor", "the question would not be valid: {problems}")}
    return words[err.refusal].format(**err.details)


class QuestionEditor(QDialog):
    def __init__(self, draft: Draft, folder: Path, lang: str, taken_ids: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft, self.folder, self.lang, self.taken = draft, folder, lang, taken_ids
        self.saved: tuple[Path, str] | None = None
        self.setWindowTitle(self.tr("Save as question"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.title_en, self.title_zh = QLineEdit(draft.title.en), QLineEdit(draft.title.zh)
        self.prompt_en, self.prompt_zh = QLineEdit(draft.prompt.en), QLineEdit(draft.prompt.zh)
        self.kind = QComboBox()
        for k, label in zip(KINDS, (self.tr("Where: stack or heap for each site"),
                                    self.tr("Why: the principle behind one site"),
                                    self.tr("Lines: what the compiler prints"))):
            self.kind.addItem(label, k)
        self.difficulty = QComboBox()
        for d, label in ((Difficulty.EASY, self.tr("easy")), (Difficulty.MEDIUM, self.tr("medium")),
                         (Difficulty.HARD, self.tr("hard"))):
            self.difficulty.addItem(label, d)
        self.difficulty.setCurrentIndex(1)
        self.sites_label = QLabel()
        self.sites = QListWidget()
        self.sites.setMinimumHeight(120)
        self.target = QComboBox()
        self.packs = [up for up in user_packs(folder) if up.pack.flags == draft.build.value]
        for up in self.packs:
            self.target.addItem(up.pack.title.get(lang), str(up.path))
        self.target.addItem(self.tr("A new pack…"), None)
        self.new_en, self.new_zh = QLineEdit("My questions"), QLineEdit("我的题目")
        self.new_row = QWidget()
        nl = QFormLayout(self.new_row)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addRow(self.tr("New pack title (English)"), self.new_en)
        nl.addRow(self.tr("New pack title (中文)"), self.new_zh)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (中文)"), self.title_zh)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Prompt (English)"), self.prompt_en)
        form.addRow(self.tr("Prompt (中文)"), self.prompt_zh)
        form.addRow(self.tr("Difficulty"), self.difficulty)
        form.addRow(self.sites_label, self.sites)
        form.addRow(self.tr("Save into"), self.target)
        form.addRow(self.new_row)
        self.problems = QLabel()
        self.problems.setObjectName("wrong")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        lay.addLayout(form)
        lay.addWidget(self.problems)
        lay.addWidget(self.buttons)
        for w, name in ((self.title_en, self.tr("Title (English)")), (self.title_zh, self.tr("Title (中文)")),
                        (self.prompt_en, self.tr("Prompt (English)")), (self.prompt_zh, self.tr("Prompt (中文)")),
                        (self.kind, self.tr("Kind")), (self.difficulty, self.tr("Difficulty")),
                        (self.sites, self.tr("Sites")), (self.target, self.tr("Save into"))):
            w.setAccessibleName(name)
        for e in (self.title_en, self.title_zh, self.prompt_en, self.prompt_zh):
            e.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.sites.itemChanged.connect(lambda _i: self._check())
        self.sites.currentRowChanged.connect(lambda _r: self._check())
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())
        self._kind_changed()
        self._target_changed()

    def _kind_changed(self) -> None:
        kind = QuestionKind(self.kind.currentData())
        old = self.draft.kind
        for edit, lang in ((self.prompt_en, "en"), (self.prompt_zh, "zh")):
            if edit.text() == prompt_for(old, self.draft.build).get(lang):
                edit.setText(prompt_for(kind, self.draft.build).get(lang))
        self.draft.kind = kind
        self.sites.blockSignals(True)
        self.sites.clear()
        for s in self.draft.sites:
            item = QListWidgetItem(f"{s.label.get(self.lang)}  →  {where_word(s.verdict) if s.verdict in ('heap', 'stack') else s.verdict}")
            item.setData(Qt.ItemDataRole.UserRole, s.key)
            if kind is QuestionKind.WHERE:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if s.ticked else Qt.CheckState.Unchecked)
            self.sites.addItem(item)
            if kind is QuestionKind.WHY and s.key == self.draft.why_site:
                self.sites.setCurrentItem(item)
        self.sites.setEnabled(kind is not QuestionKind.LINES)
        self.sites.blockSignals(False)
        self.sites_label.setText({QuestionKind.WHERE: self.tr("Sites to ask (tick)"),
                                  QuestionKind.WHY: self.tr("Site to explain (select)"),
                                  QuestionKind.LINES: self.tr("Sites (every line is offered)")}[kind])
        self._check()

    def _target_changed(self) -> None:
        self.new_row.setVisible(self.target.currentData() is None)
        self._check()

    def _read(self) -> Draft:
        d = self.draft
        d.title = Text(self.title_en.text(), self.title_zh.text())
        d.prompt = Text(self.prompt_en.text(), self.prompt_zh.text())
        d.difficulty = Difficulty(self.difficulty.currentData())
        for i, s in enumerate(d.sites):
            item = self.sites.item(i)
            if d.kind is QuestionKind.WHERE and item is not None:
                s.ticked = item.checkState() == Qt.CheckState.Checked
        if d.kind is QuestionKind.WHY and self.sites.currentItem() is not None:
            d.why_site = self.sites.currentItem().data(Qt.ItemDataRole.UserRole)
        return d

    def _check(self) -> list[DraftProblem]:
        problems = check_draft(self._read())
        self.problems.setText("\n".join("• " + self.problem_text(p) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems

    def problem_text(self, p: DraftProblem) -> str:
        return {DraftProblem.TITLE_TEXTS: self.tr("the title needs both an English and a Chinese text"),
                DraftProblem.TITLE_NOT_CHINESE: self.tr("the Chinese title has no Chinese characters"),
                DraftProblem.PROMPT_TEXTS: self.tr("the prompt needs both an English and a Chinese text"),
                DraftProblem.PROMPT_NOT_CHINESE: self.tr("the Chinese prompt has no Chinese characters"),
                DraftProblem.NO_SITE_TICKED: self.tr("tick at least one site to ask about"),
                DraftProblem.NO_SITE_CHOSEN: self.tr("choose the site whose verdict the question explains")}[p]

    def _save(self) -> None:
        if self._check():
            return
        target = self.target.currentData()
        try:
            self.saved = save_question(self.folder, self.draft, Path(target) if target else None,
                                       Text(self.new_en.text() or "My questions", self.new_zh.text() or "我的题目"),
                                       self.taken)
        except DraftRefused as exc:
            self.problems.setText(refusal_text(exc))
            return
        except (QuizError, OSError) as exc:
            self.problems.setText(str(exc))
            return
        self.accept()
