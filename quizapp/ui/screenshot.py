"""``quizapp --screenshot OUT.png --view VIEW --lang en|zh [--theme T] [--size WxH] [--question P/Q]``.

Renders a view offscreen and exits, for checks without a person. Uses a
throw-away profile with sample content, never the user's data. The views
are those of design.md: packs, quiz, sandbox, settings, diagram, practice,
interview, stats, one per question kind (kind-lines, kind-why,
kind-flashcard, kind-allocs, kind-fix), summary (the end of a quiz, some answers right and some
wrong) and interview-report. ``prepare`` puts an open window into a view,
so tests can render every view in one window.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

VIEWS = ("packs", "quiz", "sandbox", "settings", "kind-lines", "kind-why", "kind-flashcard", "kind-allocs", "kind-fix", "diagram",
         "practice", "interview", "stats", "summary", "interview-report")
QUESTION_VIEWS = ("quiz", "kind-lines", "kind-why", "kind-flashcard", "kind-allocs", "kind-fix")
"""The views that show one question: ``--question`` picks it (its own kind decides the panel)."""
THEMES = ("light", "dark")
DIAGRAM_SAMPLE = """package main

import "fmt"

func main() {
	n := initValue()
	fmt.Println(*n / 2)
}

func initValue() *int {
	i := 4
	return &i
}
"""
SANDBOX_SAMPLE = """package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

func sum(ps []*Point) int {
	t := 0
	for _, p := range ps {
		t += p.X + p.Y
	}
	return t
}

func main() {
	a := newPoint(1, 2)
	b := Point{3, 4}
	ps := []*Point{a, &b}
	fmt.Println(sum(ps))
}
"""


class ScreenshotError(Exception):
    """A view or question that cannot be shown (exit status 2)."""


def parse_size(text: str | None) -> tuple[int, int]:
    if not text:
        return 1280, 800
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise ScreenshotError(f"--size must look like 1280x800, not {text!r}") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise ScreenshotError(f"--size {text} is out of range (320x240 to 8000x8000)")
    return w, h


def make_profile(profile: Path, lang: str, theme: str | None, view: str = "") -> None:
    """Settings and sample data for a throw-away profile."""
    from PySide6.QtCore import QSettings
    s = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("language", lang)
    s.setValue("intro_shown", True)
    s.setValue("theme", theme or "light")
    s.sync()
    (profile / "data").mkdir(exist_ok=True)
    sample = DIAGRAM_SAMPLE if view == "diagram" else SANDBOX_SAMPLE
    (profile / "data" / "sandbox.go").write_text(sample, encoding="utf-8")
    sample_history(profile / "data" / "progress.sqlite3")


def take(out: Path, view: str, lang: str, theme: str | None = None, size: str | None = None,
         question: str | None = None) -> int:
    if view not in VIEWS:
        return 2
    w, h = parse_size(size)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="quizapp-shot-") as tmp:
        profile = Path(tmp)
        make_profile(profile, lang, theme, view)
        if question:
            copy_installed_packs(profile / "packs")
        from .app import create
        app, win, _state = create(["quizapp"], profile=profile)
        win.resize(w, h)
        win.show()
        prepare(win, view, question)
        settle(app, win, view)
        ok = win.grab().save(str(out))
        win.close()
        return 0 if ok else 2


def copy_installed_packs(dest: Path) -> None:
    """The user's installed packs, copied into the throw-away profile so that ``--question``
    finds their questions as the app does (the user's progress is never read)."""
    import shutil

    from ..quiz.loader import user_dir
    dest.mkdir(parents=True, exist_ok=True)
    src = user_dir()
    for f in sorted(src.glob("*.toml")) if src.is_dir() else []:
        shutil.copyfile(f, dest / f.name)


def settle(app, win, view: str) -> None:  # noqa: ANN001
    """Let the view finish drawing (the sandbox analyses off the GUI thread)."""
    import time
    for _ in range(5):
        app.processEvents()
    if view in ("sandbox", "diagram"):
        deadline = time.time() + 10
        while win.sandbox_view.latest is None and time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)
    session = win.quiz_view.session       # questions are analysed off the GUI thread
    deadline = time.time() + 30
    while session is not None and session.current.pending and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if view == "diagram":
        d = win.sandbox_view.diagram
        win.sandbox_view.tabs.setCurrentIndex(1)
        if d.model is not None:
            steps = d.model.trace.steps       # the last step with a what-if that is not a return
            i = next((i for i in reversed(range(d.model.count)) if steps[i].event != "return"
                      and d.model.has_what_if(i)), d.model.count - 1)
            d.go(i)
            d.what_if.setChecked(True)
            deadline = time.time() + 10
            while d.canvas.scene is None or not d.canvas.scene.what_if:
                app.processEvents()
                time.sleep(0.02)
                if time.time() > deadline:
                    break
    app.processEvents()


def sample_history(path: Path) -> None:
    """Six weeks of made-up answers, for screenshots only (never the user's data)."""
    import random
    from datetime import datetime, timedelta, timezone

    from ..quiz.loader import builtin_dir, load_packs
    from ..quiz.progress import Answer, Progress
    packs, _ = load_packs([builtin_dir()])
    qs = [(p, q) for p in packs for q in p.questions]
    rng = random.Random(7)
    pr = Progress(path)
    if pr.count():
        pr.close()
        return
    now = datetime.now(timezone.utc)
    for day in range(42, -1, -1):
        if rng.random() < 0.25 and day > 3:
            continue
        for _ in range(rng.randint(2, 12)):
            p, q = rng.choice(qs)
            skill = 0.55 + 0.35 * (1 - day / 42)
            correct = rng.random() < skill
            pr.record(Answer(p.id, q.id, correct, 1.0 if correct else 0.0, rng.uniform(8, 150),
                             now - timedelta(days=day, minutes=rng.randint(0, 600)), tuple(q.principles)))
    pr.close()


def _find(win, question: str | None, kind) -> tuple:  # noqa: ANN001
    """The pack and question index to show: ``PACK/QUESTION`` or the first question of ``kind``."""
    from ..quiz.model import QuestionKind
    from ..quiz.session import QuizSession
    if question:
        pid, _, qid = question.partition("/")
        pack = next((p for p in win.packs if p.id == pid), None)
        idx = next((i for i, q in enumerate(pack.questions) if q.id == qid), None) if pack else None
        if pack is None or idx is None:
            raise ScreenshotError(f"no question {question!r} (write PACK_ID/QUESTION_ID)")
        return pack, idx
    for pack in win.packs:
        for i, q in enumerate(pack.questions):
            if q.kind is not kind:
                continue
            st = QuizSession(pack, i).current
            if st.key is None or (kind is QuestionKind.WHERE and len(st.key.sites) < 2):
                continue
            return pack, i
    raise ScreenshotError(f"no {kind.value} question")


def prepare(win, view: str, question: str | None = None) -> None:  # noqa: ANN001
    """Put an open window into ``view`` (sample answers where the view needs some)."""
    from ..quiz.model import Difficulty, QuestionKind
    win.quiz_page.stop()
    if view in ("packs", "settings", "sandbox", "diagram", "practice", "stats"):
        win.show_view("sandbox" if view == "diagram" else view)
        win.refresh_progress()
        return
    if view in ("interview", "interview-report"):
        win.start_interview(5, Difficulty.MEDIUM if view == "interview" else None, seed=2)
        mode = win.quiz_page.mode
        st = win.quiz_view.session.current
        if view == "interview":
            if st.key is not None and st.key.sites:
                win.quiz_view.session.answer_site(st.key.sites[0].key, st.key.sites[0].verdict.value)
                win.quiz_view.render()
            win.quiz_page.interview_panel.deadline -= 23
            win.quiz_page.interview_panel._tick()
            return
        for i in range(len(mode.origins)):
            _answer(win.quiz_view, right=i % 2 == 0)
            win.quiz_page.interview_panel.principle.setCurrentIndex(1 + i)
            win.quiz_page.interview_panel._confirm()
        return
    kind = {"quiz": QuestionKind.WHERE, "kind-lines": QuestionKind.LINES, "kind-why": QuestionKind.WHY,
            "kind-flashcard": QuestionKind.FLASHCARD, "kind-allocs": QuestionKind.ALLOCS,
            "kind-fix": QuestionKind.FIX,
            "summary": QuestionKind.WHERE}[view]
    if view == "summary":
        pack = next(p for p in win.packs if p.id == "builtin.article")
        win.start_pack(pack, restart=True)
        for i in range(len(pack.questions)):
            _answer(win.quiz_view, right=i % 3 != 1, hint=i == 2)
            win.quiz_page.advance()
        return
    pack, idx = _find(win, question, kind)
    win.start_pack(pack, restart=True)
    sess = win.quiz_view.session
    sess.go(idx)
    win.quiz_view.render()
    win.quiz_view.focus_primary()
    if sess.current.question.kind is QuestionKind.FLASHCARD:
        win.quiz_view.flash.field.setPlainText("The compiler decides, by escape analysis.")
        win.quiz_view.reveal()
    else:
        _answer(win.quiz_view, right=False, some_right=True)


def _answer(view, right: bool, some_right: bool = False, hint: bool = False) -> None:  # noqa: ANN001
    """Answer the view's current question: right, wrong, or (``some_right``) partly right."""
    from ..quiz.grading import SelfGrade
    from ..quiz.model import QuestionKind
    sess = view.session
    st = sess.current
    if st.key is None:
        return
    if hint:
        view.show_hint()
    q = st.question
    if q.kind is QuestionKind.FLASHCARD:
        view.reveal()
        view.rate(SelfGrade.GOOD if right else SelfGrade.AGAIN)
        return
    if q.kind is QuestionKind.FIX:          # checked as written: the model solution, or the code unchanged
        view.fixer.panel.editor.setPlainText(q.solution if right else q.code)
        view.fixer.check()
        return
    if q.kind is QuestionKind.WHERE:
        for j, s in enumerate(st.key.sites):
            v = s.verdict.value
            wrong = not right and (not some_right or j == 1)
            sess.answer_site(s.key, ("stack" if v == "heap" else "heap") if wrong else v)
    elif q.kind is QuestionKind.ALLOCS:
        sess.count_allocs((st.key.allocs or 0) + (0 if right else 1))
    elif q.kind is QuestionKind.WHY:
        sess.choose_principle(st.key.why if right else next(c for c in q.choices if c != st.key.why))
    else:
        lines = list(st.key.lines) if right else list(st.key.lines[:-1]) + q.distractors[:1]
        for ln in lines:
            sess.toggle_line(ln)
    view.submit()
