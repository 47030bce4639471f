"""The progress store: answers survive crashes, old databases migrate, corrupt ones are set aside."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from quizapp.quiz.progress import SCHEMA_VERSION, Answer, Progress, integrity_ok

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)


def ans(i: int, correct: bool = True) -> Answer:
    return Answer("p", f"q{i}", correct, 1.0 if correct else 0.0, 3.0, T0, ("sharing-up",))


def test_record_and_read_back(tmp_path: Path) -> None:
    pr = Progress(tmp_path / "p.sqlite3")
    assert pr.version == SCHEMA_VERSION
    pr.record(ans(1), card_json='{"x": 1}', due=T0)
    pr.record(ans(2, correct=False))
    got = list(pr.answers())
    assert [(a.question_id, a.correct, a.principles) for a in got] == [
        ("q1", True, ("sharing-up",)), ("q2", False, ("sharing-up",))]
    assert pr.due(T0) == [("p", "q1")]
    assert pr.card("p", "q1") == '{"x": 1}'
    assert pr.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_progress_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Progress(path).record(ans(1))
    assert [a.question_id for a in Progress(path).answers()] == ["q1"]


def test_first_schema_version_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "progress_v1.sqlite3", path)
    pr = Progress(path)
    assert pr.version == SCHEMA_VERSION
    old = list(pr.answers())
    assert [(a.question_id, a.correct, a.mode) for a in old] == [("square", True, "quiz"),
                                                               ("init-value", False, "quiz")]
    assert pr.card("builtin.article", "square") == "{}"


def test_corrupt_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"this is not a database, it is garbage" * 100)
    pr = Progress(path)
    assert "kept as" in pr.notice and "new, empty history" in pr.notice
    assert pr.count() == 0
    aside = list(tmp_path.glob("p.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")


def test_export_and_reset(tmp_path: Path) -> None:
    pr = Progress(tmp_path / "p.sqlite3")
    pr.record(ans(1))
    out = tmp_path / "progress.csv"
    assert pr.export_csv(out) == 1
    assert out.read_text().splitlines()[1].startswith("p,q1,1,1.00,3.0,")
    pr.reset()
    assert pr.count() == 0


WRITER = r"""
import sys
from datetime import datetime, timezone
sys.path.insert(0, sys.argv[2])
from quizapp.quiz.progress import Answer, Progress
pr = Progress(__import__("pathlib").Path(sys.argv[1]))
i = int(sys.argv[3])
while True:
    pr.record(Answer("p", f"q{i}", True, 1.0, 1.0, datetime.now(timezone.utc)), '{"c": %d}' % i,
              datetime.now(timezone.utc))
    print(i, flush=True)
    i += 1
"""


def test_sigkill_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Progress(path).close()
    rng = random.Random(20261125)
    committed: set[int] = set()
    start = 0
    for _ in range(24):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(ROOT), str(start)],
                                stdout=subprocess.PIPE, text=True)
        time.sleep(0.05 + rng.random() * 0.25)
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        ids = [int(x) for x in out.split()]
        committed.update(ids)
        start = (max(ids) + 1) if ids else start
        assert integrity_ok(path)
    stored = {int(a.question_id[1:]) for a in Progress(path).answers()}
    assert committed, "the writer never committed"
    assert committed <= stored
