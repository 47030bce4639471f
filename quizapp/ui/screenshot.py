"""``quizapp --screenshot OUT.png --view VIEW --lang en|zh``: render a view offscreen and exit.

Uses a throw-away profile with sample content, never the user's data. The
views are those of design.md: packs, quiz, sandbox, settings, and one per
question kind (kind-lines, kind-why, kind-flashcard).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

VIEWS = ("packs", "quiz", "sandbox", "settings", "kind-lines", "kind-why", "kind-flashcard", "diagram",
         "practice", "interview", "stats")
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


def take(out: Path, view: str, lang: str) -> int:
    if view not in VIEWS:
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="quizapp-shot-") as tmp:
        profile = Path(tmp)
        from PySide6.QtCore import QSettings
        s = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
        s.setValue("language", lang)
        s.setValue("intro_shown", True)
        s.sync()
        (profile / "data").mkdir()
        sample = DIAGRAM_SAMPLE if view == "diagram" else SANDBOX_SAMPLE
        (profile / "data" / "sandbox.go").write_text(sample, encoding="utf-8")
        if view in ("practice", "stats"):
            _sample_history(profile / "data" / "progress.sqlite3")
        from .app import create
        app, win, _state = create(["quizapp"], profile=profile)
        win.resize(1280, 800)
        win.show()
        _prepare(win, view)
        for _ in range(5):
            app.processEvents()
        if view in ("sandbox", "diagram"):
            import time
            deadline = time.time() + 10
            while win.sandbox_view.latest is None and time.time() < deadline:
                app.processEvents()
                time.sleep(0.02)
        if view == "diagram":
            d = win.sandbox_view.diagram
            win.sandbox_view.tabs.setCurrentIndex(1)
            if d.model is not None:
                i = next((i for i, s in enumerate(d.model.steps) if s.what_if is not None), 0)
                d.go(i)
                d.what_if.setChecked(True)
        app.processEvents()
        ok = win.grab().save(str(out))
        win.close()
        return 0 if ok else 1


def _sample_history(path: Path) -> None:
    """Six weeks of made-up answers, for the statistics and practice screenshots only."""
    import random
    from datetime import datetime, timedelta, timezone

    from ..quiz.loader import builtin_dir, load_packs
    from ..quiz.progress import Answer, Progress
    packs, _ = load_packs([builtin_dir()])
    qs = [(p, q) for p in packs for q in p.questions]
    rng = random.Random(7)
    pr = Progress(path)
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


def _prepare(win, view: str) -> None:  # noqa: ANN001
    from ..quiz.model import QuestionKind
    from ..quiz.session import QuizSession
    if view in ("packs", "settings", "sandbox", "diagram", "practice", "stats"):
        win.show_view("sandbox" if view == "diagram" else view)
        if view == "stats":
            win.stats_view.refresh()
        if view == "practice":
            win.practice_view.refresh()
        return
    if view == "interview":
        from ..quiz.model import Difficulty
        win.start_interview(5, Difficulty.MEDIUM)
        st = win.session.current if win.session is not None else None
        if st is not None and st.key is not None and st.key.sites:
            win.session.answer_site(st.key.sites[0].key, st.key.sites[0].verdict.value)
            win.quiz_view.render()
        win.interview_panel.deadline -= 23
        win.interview_panel._tick()
        return
    kind = {"quiz": QuestionKind.WHERE, "kind-lines": QuestionKind.LINES, "kind-why": QuestionKind.WHY,
            "kind-flashcard": QuestionKind.FLASHCARD}[view]
    for pack in win.packs:
        for i, q in enumerate(pack.questions):
            if q.kind is not kind:
                continue
            sess = QuizSession(pack, i)
            st = sess.current
            if st.key is None or (kind is QuestionKind.WHERE and len(st.key.sites) < 2):
                continue
            win.session = sess
            win.quiz_view.set_session(sess)
            win.show_view("quiz")
            if kind is QuestionKind.WHERE:
                for j, s in enumerate(st.key.sites):
                    right = s.verdict.value
                    wrong = "stack" if right == "heap" else "heap"
                    sess.answer_site(s.key, wrong if j == 1 else right)
                win.quiz_view.submit()
            elif kind is QuestionKind.LINES:
                for ln in st.key.lines[:-1] + q.distractors[:1]:
                    sess.toggle_line(ln)
                win.quiz_view.submit()
            elif kind is QuestionKind.WHY:
                sess.choose_principle(st.key.why)
                win.quiz_view.submit()
            else:
                win.quiz_view._show_answer()
            return
    win.show_view("quiz")
