"""Pack cards' data: grouping by category, search, progress per pack; the v2 -> v3 migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizapp.quiz.catalog import grouped, pack_progress
from quizapp.quiz.grading import SelfGrade
from quizapp.quiz.loader import builtin_dir, load_packs
from quizapp.quiz.model import Category
from quizapp.quiz.modes import PackMode
from quizapp.quiz.progress import MIGRATIONS, SCHEMA_VERSION, Progress
from quizapp.quiz.scheduler import Scheduler


def test_grouped_by_category_in_a_fixed_order_and_searchable() -> None:
    packs, _ = load_packs([builtin_dir()])
    groups = grouped(packs)
    assert [c for c, _ in groups] == [Category.ARTICLE, Category.PRINCIPLE, Category.TOPIC, Category.INTERVIEW]
    assert sum(len(m) for _, m in groups) == len(packs)
    hits = [p.id for _, m in grouped(packs, "goroutine") for p in m]
    assert "builtin.principle.goroutine" in hits and len(hits) < len(packs)
    assert "builtin.principle.closure-capture" in [p.id for _, m in grouped(packs, "闭包") for p in m]
    assert grouped(packs, "no such thing anywhere") == []
    assert "builtin.allocations" in [p.id for _, m in grouped(packs, "allocs") for p in m]  # a kind
    waits = [p for _, m in grouped(packs, "WaitGroup") for p in m]                         # the code
    assert waits and all(any("WaitGroup" in q.code for q in p.questions) for p in waits)
    by_id = [p.id for _, m in grouped(packs, "constructor-copy") for p in m]              # a question's id
    assert by_id == ["builtin.inlining"]


def test_pack_progress_counts_answers_runs_and_the_run_in_progress(tmp_path: Path) -> None:
    packs, _ = load_packs([builtin_dir()])
    pack = next(p for p in packs if p.id == "builtin.interview")
    pr = Progress(tmp_path / "p.sqlite3")
    sched = Scheduler(pr)
    assert pack_progress(pr, [pack])[pack.id].answered == 0
    mode = PackMode(pack, sched)
    for i in range(3):
        mode.session.go(next(j for j, q in enumerate(pack.questions) if q.kind.value == "flashcard" and
                             not mode.session.state(j).submitted))
        mode.session.reveal()
        mode.session.self_grade(SelfGrade.GOOD if i else SelfGrade.AGAIN)
        mode.record()
    mode.moved()
    prog = pack_progress(pr, [pack])[pack.id]
    assert (prog.answered, prog.right, prog.total) == (3, 2, len(pack.questions))
    assert prog.position == mode.session.index + 1 and prog.runs == 0
    mode.finish()
    prog = pack_progress(pr, [pack])[pack.id]
    assert prog.position is None and prog.runs == 1 and prog.last == (2, len(pack.questions))


def test_version_2_database_migrates_keeping_answers(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    db = sqlite3.connect(path)
    for m in MIGRATIONS[:2]:
        db.executescript(m)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (2)")
    db.execute("INSERT INTO answers (pack_id, question_id, correct, score, seconds, answered_at, principles, mode)"
               " VALUES ('p', 'q', 1, 1.0, 3.0, '2026-11-01T12:00:00+00:00', 'sharing-up', 'practice')")
    db.commit()
    db.close()
    pr = Progress(path)
    assert pr.version == SCHEMA_VERSION
    (a,) = list(pr.answers())
    assert (a.question_id, a.mode, a.attempt_id, a.given, a.hints) == ("q", "practice", None, "", 0)
    assert pr.attempts() == []
