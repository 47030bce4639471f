"""The learner's progress: every answer, and each question's review schedule.

SQLite through the standard library, in WAL mode, one transaction per
answer: a crash loses at most the answer being typed. The schema has a
version and a list of migrations, applied in order on open (``store`` opens
the file: only a database SQLite reports corrupt is moved aside, under a
unique name, and a fresh one started; ``Progress.notice`` says so until
``acknowledge``; a busy database, a full disk, a read-only folder or a newer
schema raise ``ProgressError`` and change nothing). Progress is keyed on
pack id + question id, so a reworded question keeps its history.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import platformdirs

from . import store
from .store import ProgressError

__all__ = ["Answer", "Progress", "ProgressError", "MIGRATIONS", "SCHEMA_VERSION"]

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


MIGRATIONS: list[str] = [
    # 1: answers and review cards
    """
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        correct INTEGER NOT NULL,
        score REAL NOT NULL,
        seconds REAL NOT NULL,
        answered_at TEXT NOT NULL
    );
    CREATE INDEX answers_question ON answers (pack_id, question_id);
    CREATE TABLE cards (
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (pack_id, question_id)
    );
    """,
    # 2: the principles a question taught, per answer (mastery per principle), and the mode
    """
    ALTER TABLE answers ADD COLUMN principles TEXT NOT NULL DEFAULT '';
    ALTER TABLE answers ADD COLUMN mode TEXT NOT NULL DEFAULT 'quiz';
    """,
    # 3: attempts (a run through a pack, a review, an interview: resumable, with its report),
    #    and per answer its attempt, the learner's answer as data and the hints used
    """
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        seed INTEGER NOT NULL,
        questions TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        finished_at TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        report TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attempts_pack ON attempts (pack_id, mode);
    ALTER TABLE answers ADD COLUMN attempt_id INTEGER;
    ALTER TABLE answers ADD COLUMN given TEXT NOT NULL DEFAULT '';
    ALTER TABLE answers ADD COLUMN hints INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX answers_attempt ON answers (attempt_id);
    """,
    # 4: hints shown on questions of an attempt not answered yet ("question_id=count" lines),
    #    so leaving a run and continuing it keeps them counted
    """
    ALTER TABLE attempts ADD COLUMN hints TEXT NOT NULL DEFAULT '';
    """,
    # 5: answers placed but not submitted when the run was left (a JSON object: "pack/question"
    #    -> the answer as QuestionState.given), so a run continued later shows them again
    """
    ALTER TABLE attempts ADD COLUMN drafts TEXT NOT NULL DEFAULT '';
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _hint_counts(text: str) -> tuple[tuple[str, int], ...]:
    out = []
    for line in text.split("\n"):
        qid, _, n = line.rpartition("=")
        if qid and n.isdigit():
            out.append((qid, int(n)))
    return tuple(out)


def _drafts(text: str) -> tuple[tuple[str, str], ...]:
    """A stored drafts column; anything unreadable is no draft (never an error: it is a convenience)."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return tuple((k, v) for k, v in data.items() if isinstance(k, str) and isinstance(v, str))


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("stack-or-heap", appauthor=False)) / "progress.sqlite3"


@dataclass(frozen=True)
class Answer:
    pack_id: str
    question_id: str
    correct: bool
    score: float
    seconds: float
    answered_at: datetime
    principles: tuple[str, ...] = ()
    mode: str = "quiz"
    attempt_id: int | None = None
    given: str = ""          # the learner's answer as JSON (QuestionState.given)
    hints: int = 0


@dataclass(frozen=True)
class Attempt:
    """One run: through a pack (mode quiz), its missed questions (review) or a mock interview."""

    id: int
    pack_id: str
    mode: str
    seed: int
    questions: tuple[str, ...]     # the question ids asked, in order ("pack/question" in interviews)
    started_at: datetime
    finished_at: datetime | None
    position: int
    report: str                    # JSON, written when the attempt ends
    hints: tuple[tuple[str, int], ...] = ()   # hints shown on questions not answered yet
    drafts: tuple[tuple[str, str], ...] = ()  # answers placed on questions not submitted yet

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


class Progress:
    """One learner's progress database."""

    def __init__(self, path: Path | None = None, clock: Clock = utc_now,
                 on_migrate: store.OnMigrate | None = None) -> None:
        self.path = path or default_path()
        self.clock = clock
        self.temporary = False
        self.db, self.notice = store.open_database(self.path, MIGRATIONS, on_migrate)

    @classmethod
    def in_memory(cls, reason: str, clock: Clock = utc_now) -> Progress:
        """A store that keeps this session's answers in memory only (the file cannot be used)."""
        self = cls.__new__(cls)
        self.path = Path(":memory:")
        self.clock = clock
        self.temporary = True
        self.db = sqlite3.connect(":memory:", isolation_level=None)
        store.migrate(self.db, MIGRATIONS, self.path)
        self.notice = reason
        return self

    def acknowledge(self) -> None:
        """The learner has read ``notice``: do not show it again."""
        self.notice = ""
        if not self.temporary:
            store.acknowledge(self.path)

    closed = False

    def close(self) -> None:
        self.closed = True
        self.db.close()

    @property
    def version(self) -> int:
        return store.schema_version(self.db)

    # ------------------------------------------------------------ writing
    def record(self, answer: Answer, card_json: str | None = None, due: datetime | None = None) -> int:
        """Store one answer (and the question's new schedule) in one transaction.

        Raises ``ProgressError`` (the disk is full, the database is busy...) with nothing written."""
        with self._write("Your answer could not be saved."):
            cur = self.db.execute(
                "INSERT INTO answers (pack_id, question_id, correct, score, seconds, answered_at, "
                "principles, mode, attempt_id, given, hints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (answer.pack_id, answer.question_id, int(answer.correct), answer.score, answer.seconds,
                 answer.answered_at.isoformat(), ",".join(answer.principles), answer.mode,
                 answer.attempt_id, answer.given, answer.hints))
            if card_json is not None and due is not None:
                self.db.execute("INSERT OR REPLACE INTO cards (pack_id, question_id, card, due) "
                                "VALUES (?, ?, ?, ?)",
                                (answer.pack_id, answer.question_id, card_json, due.isoformat()))
        return int(cur.lastrowid or 0)

    def reset(self) -> None:
        with self._write("Your history could not be reset."):
            self.db.execute("DELETE FROM answers")
            self.db.execute("DELETE FROM cards")
            self.db.execute("DELETE FROM attempts")

    @contextmanager
    def _write(self, what: str) -> Iterator[None]:
        """One write transaction; any failure is rolled back and reported in words."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise store.wrap(exc, self.path, what) from exc
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------ attempts
    def start_attempt(self, pack_id: str, mode: str, seed: int, questions: tuple[str, ...] = ()) -> int:
        with self._write("The attempt could not be saved."):
            cur = self.db.execute(
                "INSERT INTO attempts (pack_id, mode, seed, questions, started_at) VALUES (?, ?, ?, ?, ?)",
                (pack_id, mode, seed, "\n".join(questions), self.clock().isoformat()))
        return int(cur.lastrowid or 0)

    def move_attempt(self, attempt_id: int, position: int) -> None:
        with self._write("The attempt could not be saved."):
            self.db.execute("UPDATE attempts SET position = ? WHERE id = ?", (position, attempt_id))

    def hint_attempt(self, attempt_id: int, question_id: str, hints: int) -> None:
        """Hints shown on a question of the attempt before it was answered (kept when it resumes)."""
        a = self.attempt(attempt_id)
        if a is None:
            return
        kept = dict(a.hints)
        kept[question_id] = hints
        with self._write("The attempt could not be saved."):
            self.db.execute("UPDATE attempts SET hints = ? WHERE id = ?",
                            ("\n".join(f"{q}={n}" for q, n in kept.items()), attempt_id))

    def keep_drafts(self, attempt_id: int, drafts: dict[str, str]) -> None:
        """The answers placed but not submitted in the attempt (all of them: they replace the
        ones kept before), so that continuing it later shows them again."""
        with self._write("The attempt could not be saved."):
            self.db.execute("UPDATE attempts SET drafts = ? WHERE id = ?",
                            (json.dumps(drafts, ensure_ascii=False) if drafts else "", attempt_id))

    def finish_attempt(self, attempt_id: int, report: str) -> None:
        with self._write("The attempt could not be saved."):
            self.db.execute("UPDATE attempts SET finished_at = ?, report = ? WHERE id = ?",
                            (self.clock().isoformat(), report, attempt_id))

    def attempts(self, pack_id: str | None = None, mode: str | None = None) -> list[Attempt]:
        """Attempts, newest first."""
        if self.closed:
            return []
        where, args = [], []
        for col, val in (("pack_id", pack_id), ("mode", mode)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        q = ("SELECT id, pack_id, mode, seed, questions, started_at, finished_at, position, report, hints, "
             "drafts FROM attempts" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC")
        return [Attempt(r[0], r[1], r[2], r[3], tuple(x for x in r[4].split("\n") if x),
                        datetime.fromisoformat(r[5]), datetime.fromisoformat(r[6]) if r[6] else None,
                        r[7], r[8], _hint_counts(r[9]), _drafts(r[10])) for r in self.db.execute(q, args)]

    def attempt(self, attempt_id: int) -> Attempt | None:
        return next((a for a in self.attempts() if a.id == attempt_id), None)

    def attempt_answers(self, attempt_id: int) -> list[Answer]:
        return list(self._answers("attempt_id = ?", (attempt_id,)))

    # ------------------------------------------------------------ reading
    def answers(self, pack_id: str | None = None) -> Iterator[Answer]:
        if pack_id is not None:
            return self._answers("pack_id = ?", (pack_id,))
        return self._answers("", ())

    def _answers(self, where: str, args: tuple) -> Iterator[Answer]:
        if self.closed:
            return
        q = ("SELECT pack_id, question_id, correct, score, seconds, answered_at, principles, mode, "
             "attempt_id, given, hints FROM answers" + (f" WHERE {where}" if where else ""))
        for row in self.db.execute(q + " ORDER BY id", args):
            yield Answer(row[0], row[1], bool(row[2]), row[3], row[4], datetime.fromisoformat(row[5]),
                         tuple(p for p in row[6].split(",") if p), row[7], row[8], row[9], row[10])

    def card(self, pack_id: str, question_id: str) -> str | None:
        if self.closed:
            return None
        row = self.db.execute("SELECT card FROM cards WHERE pack_id = ? AND question_id = ?",
                              (pack_id, question_id)).fetchone()
        return row[0] if row else None

    def due(self, now: datetime | None = None) -> list[tuple[str, str]]:
        if self.closed:
            return []
        now = now or self.clock()
        rows = self.db.execute("SELECT pack_id, question_id FROM cards WHERE due <= ? ORDER BY due",
                               (now.isoformat(),))
        return [(r[0], r[1]) for r in rows]

    def next_due(self, after: datetime) -> datetime | None:
        if self.closed:
            return None
        row = self.db.execute("SELECT MIN(due) FROM cards WHERE due > ?", (after.isoformat(),)).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def seen(self) -> set[tuple[str, str]]:
        if self.closed:
            return set()
        return {(r[0], r[1]) for r in self.db.execute("SELECT DISTINCT pack_id, question_id FROM answers")}

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def export_csv(self, path: Path) -> int:
        import csv
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["pack", "question", "correct", "score", "seconds", "answered_at", "principles", "mode"])
            n = 0
            for a in self.answers():
                w.writerow([a.pack_id, a.question_id, int(a.correct), f"{a.score:.2f}", f"{a.seconds:.1f}",
                            a.answered_at.isoformat(), " ".join(a.principles), a.mode])
                n += 1
        return n


def integrity_ok(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def card_json(card: object) -> str:
    return card.to_json() if hasattr(card, "to_json") else json.dumps(card)  # type: ignore[attr-defined]
