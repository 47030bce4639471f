"""Practice and interview modes (no Qt)."""

from __future__ import annotations

from pathlib import Path

from quizapp.quiz.model import Difficulty, Pack, Question, QuestionKind, Text
from quizapp.quiz.modes import InterviewMode, PracticeMode, report_html
from quizapp.quiz.progress import Progress
from quizapp.quiz.scheduler import Scheduler

T = Text("t", "题")


def pack() -> Pack:
    qs = [Question(f"q{i}", QuestionKind.FLASHCARD, d, Text(f"Q{i}", f"题{i}"), T, [p], answer=T)
          for i, (d, p) in enumerate([(Difficulty.EASY, "sharing-up"), (Difficulty.EASY, "too-large"),
                                      (Difficulty.HARD, "goroutine")])]
    return Pack("p", "1", T, [], "go1.27.3", "-m -l", qs)


def test_practice_reschedules_answers(tmp_path: Path) -> None:
    pr = Progress(tmp_path / "p.sqlite3")
    mode = PracticeMode([pack()], pr, Scheduler(pr))
    assert [o.question.id for o in mode.origins] == ["q0", "q1", "q2"]
    mode.on_answer(0, True, 1.0, 10)
    assert pr.card("p", "q0") is not None
    again = PracticeMode([pack()], pr, Scheduler(pr), principle="sharing-up")
    assert again.origins == []      # answered, not due yet


def test_interview_report(tmp_path: Path) -> None:
    pr = Progress(tmp_path / "p.sqlite3")
    mode = InterviewMode([pack()], length=2, difficulty=Difficulty.EASY, seed=1, progress=pr)
    assert len(mode.origins) == 2 and all(o.question.difficulty is Difficulty.EASY for o in mode.origins)
    assert mode.time_limit(0) == 60
    mode.on_answer(0, True, 1.0, 20)
    mode.on_answer(1, False, 0.0, 60, timed_out=True)
    assert mode.finished and mode.report.score == 0.5 and mode.report.seconds == 80
    weak = mode.report.weak_principles()
    assert weak == list(mode.origins[1].question.principles)
    html = report_html(mode.report, "zh")
    assert "模拟面试报告" in html and "50%" in html and "超时" in html
    assert [a.mode for a in pr.answers()] == ["interview", "interview"]
