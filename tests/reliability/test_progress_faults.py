"""The progress store under faults: a learner's history is never lost, moved by mistake or hidden.

Faults are injected, not staged with file systems: SQLite's own limits for
a full disk, ``OSError(ENOSPC)`` from a patched write, a second connection
holding the write lock, a schema from the future, permissions checked as
a user who is not root. Races between two instances are replayed with
deterministic interleavings: one instance is held inside a migration while
the other starts.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizapp.quiz import store
from quizapp.quiz.progress import MIGRATIONS, SCHEMA_VERSION, Answer, Progress, ProgressError
from quizapp.quiz.store import Fault

DATA = Path(__file__).resolve().parents[1] / "quiz" / "data"
ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)


def ans(qid: str) -> Answer:
    return Answer("p", qid, True, 1.0, 2.0, T0, ("sharing-up",))


def answers(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute("SELECT question_id FROM answers ORDER BY id")]


def aside(folder: Path) -> list[Path]:
    """The databases set aside (their -wal and -shm files go with them)."""
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm")))


def v1_database(path: Path) -> Path:
    shutil.copyfile(DATA / "progress_v1.sqlite3", path)
    return path


def healthy(path: Path, n: int = 3) -> Path:
    pr = Progress(path)
    for i in range(n):
        pr.record(ans(f"q{i}"))
    pr.close()
    return path


# ------------------------------------------------------------ not corruption: nothing moved

def test_disk_full_at_first_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating the tables cannot write (SQLite's page limit stands in for a full disk)."""
    path = tmp_path / "p.sqlite3"
    real = sqlite3.connect

    def full_disk(*a: object, **k: object) -> sqlite3.Connection:
        db = real(*a, **k)
        db.execute("PRAGMA max_page_count = 1")
        return db
    monkeypatch.setattr(store.sqlite3, "connect", full_disk)
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    assert caught.value.fault is Fault.DISK_FULL
    assert "is full" in str(caught.value)
    monkeypatch.undo()
    assert aside(tmp_path) == []
    assert Progress(path).version == SCHEMA_VERSION


class FailingConnection:
    """A connection whose switch to WAL fails as a full disk makes it fail (SQLITE_IOERR)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.startswith("PRAGMA journal_mode") or sql.startswith("BEGIN"):
            exc = sqlite3.OperationalError("disk I/O error")
            exc.sqlite_errorcode = 10 | (12 << 8)        # SQLITE_IOERR_SHORT_READ's family
            exc.sqlite_errorname = "SQLITE_IOERR"
            raise exc
        return self.db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.db, name)


def test_an_io_error_at_start_is_not_corruption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The finding: a healthy database, a full disk, 'disk I/O error', and the history moved aside."""
    path = v1_database(tmp_path / "p.sqlite3")
    before = path.read_bytes()
    real = sqlite3.connect
    monkeypatch.setattr(store.sqlite3, "connect", lambda *a, **k: FailingConnection(real(*a, **k)))
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    assert caught.value.fault is Fault.IO and "disk I/O error" in str(caught.value)
    monkeypatch.undo()
    assert aside(tmp_path) == [] and path.read_bytes() == before
    pr = Progress(path)                      # the next start: the whole history, and no notice
    assert pr.notice == "" and pr.version == SCHEMA_VERSION and pr.count() == 2


def test_disk_full_while_answering_names_the_cause(tmp_path: Path) -> None:
    pr = Progress(healthy(tmp_path / "p.sqlite3"))
    pages = pr.db.execute("PRAGMA page_count").fetchone()[0]
    pr.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ProgressError) as caught:
        for i in range(10_000):
            pr.record(ans(f"new{i}"), '{"c": "' + "x" * 500 + '"}', T0)
    assert caught.value.fault is Fault.DISK_FULL
    assert str(caught.value).startswith("Your answer could not be saved. The disk holding")
    assert "rollback" not in str(caught.value)
    assert not pr.db.in_transaction
    written = pr.count()
    pr.db.execute(f"PRAGMA max_page_count = {pages * 100}")
    pr.record(ans("after"))                  # the store still works once there is room
    assert pr.count() == written + 1
    pr.close()
    assert store.connect(tmp_path / "p.sqlite3", MIGRATIONS).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_no_space_for_the_lock_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = healthy(tmp_path / "p.sqlite3")
    (tmp_path / "p.sqlite3.lock").unlink()
    real_open = os.open

    def no_space(file: object, *a: object, **k: object) -> int:
        if str(file).endswith(".lock"):
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, *a, **k)
    monkeypatch.setattr(store.os, "open", no_space)
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    assert caught.value.fault is Fault.DISK_FULL and "No space left on device" in str(caught.value)
    assert aside(tmp_path) == [] and answers(path) == ["q0", "q1", "q2"]


def test_no_space_to_set_a_corrupt_file_aside_keeps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"garbage, not a database" * 200)

    def no_space(*a: object, **k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(store.os, "link", no_space)
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    assert "could not be set aside" in str(caught.value)
    assert path.read_bytes().startswith(b"garbage") and aside(tmp_path) == []


def test_a_busy_database_is_not_corruption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = v1_database(tmp_path / "p.sqlite3")
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")        # another program is writing
    try:
        with pytest.raises(ProgressError) as caught:
            Progress(path)
        assert caught.value.fault is Fault.BUSY and "in use by another program" in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert aside(tmp_path) == []
    assert Progress(path).count() == 2


def test_a_busy_database_while_answering(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = healthy(tmp_path / "p.sqlite3")
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    pr = Progress(path)
    pr.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(ProgressError) as caught:
        pr.record(ans("blocked"))
    other.execute("ROLLBACK")
    other.close()
    assert caught.value.fault is Fault.BUSY
    pr.record(ans("later"))
    assert answers(path) == ["q0", "q1", "q2", "later"]


def test_a_newer_schema_is_kept_as_it_is(tmp_path: Path) -> None:
    path = healthy(tmp_path / "p.sqlite3")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE schema_version SET version = 99")
    before = path.read_bytes()
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    assert caught.value.fault is Fault.NEWER
    assert "newer version of Stack or Heap (schema 99; this version knows" in str(caught.value)
    assert path.read_bytes() == before and aside(tmp_path) == []


AS_NOBODY = r"""
import sys
from pathlib import Path
from quizapp.quiz import store
folder = Path(sys.argv[1])
for path in (folder / "fresh.sqlite3", folder / "p.sqlite3"):
    try:
        store.open_database(path, ["CREATE TABLE t (x INTEGER)"])
        print(path.name, "opened")
    except store.ProgressError as exc:
        print(path.name, exc.fault.name, exc)
"""


def test_a_read_only_folder_as_a_user_who_is_not_root(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    healthy(folder / "p.sqlite3")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            # root may write anywhere: ask the system's Python, as nobody, whose files these are not
            python = shutil.which("python3", path="/usr/bin:/bin")
            assert python, "no system python3 to run as a user who is not root"
            tmp_path.chmod(0o755)
            proc = subprocess.run([python, "-c", AS_NOBODY, str(folder)], capture_output=True,
                                  text=True, env={"PYTHONPATH": str(ROOT)}, timeout=60,
                                  user=65534, group=65534)
            out = proc.stdout.splitlines()
            assert proc.returncode == 0, proc.stderr
        else:
            out = []
            for name in ("fresh.sqlite3", "p.sqlite3"):
                try:
                    store.open_database(folder / name, ["CREATE TABLE t (x INTEGER)"])
                    out.append(f"{name} opened")
                except ProgressError as exc:
                    out.append(f"{name} {exc.fault.name} {exc}")
    finally:
        folder.chmod(0o755)
    assert out[0].startswith("fresh.sqlite3 READ_ONLY") and "cannot be written" in out[0]
    assert out[1].startswith("p.sqlite3 READ_ONLY"), out
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


# ------------------------------------------------------------ corruption: set aside, said, kept

def test_only_what_sqlite_calls_corrupt_is_moved(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"not a database" * 300)
    pr = Progress(path)
    [old] = aside(tmp_path)
    assert old.read_bytes().startswith(b"not a database")
    assert str(old) in pr.notice and "new, empty history" in pr.notice
    pr.record(ans("fresh"))
    assert answers(path) == ["fresh"]


def test_damage_found_by_quick_check_is_corruption(tmp_path: Path) -> None:
    path = healthy(tmp_path / "p.sqlite3", 200)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(path.read_bytes())
    for p in range(1, pages):                          # scribble over every b-tree page's cells
        for i in range(p * page + 40, p * page + page // 2):
            data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    pr = Progress(path)
    assert "(SQLite reported: integrity check: On tree page" in pr.notice and len(aside(tmp_path)) == 1
    assert len(pr.notice) < 400


def test_set_aside_names_are_never_reused(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    kept = []
    for i in range(5):                         # five corrupt files in the same second
        path.write_bytes(f"corrupt number {i}".encode() * 100)
        kept.append(store.move_aside(path))
    assert len(set(kept)) == 5
    assert sorted(p.read_bytes()[:16] for p in kept) == sorted(f"corrupt number {i}".encode()[:16]
                                                              for i in range(5))


def test_the_notice_survives_until_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"garbage" * 500)
    first = Progress(path)
    notice = first.notice
    first.close()                          # the app stopped before showing it
    second = Progress(path)
    assert second.notice == notice
    second.acknowledge()
    second.close()
    assert Progress(path).notice == ""


# ------------------------------------------------------------ two instances at once

def test_one_migrates_while_the_other_waits(tmp_path: Path) -> None:
    path = v1_database(tmp_path / "p.sqlite3")
    inside, release = threading.Event(), threading.Event()
    ran: list[tuple[str, int]] = []

    def hold(version: int) -> None:
        ran.append(("a", version))
        inside.set()
        assert release.wait(30)

    opened: list[str] = []

    def instance(name: str, on_migrate) -> None:  # noqa: ANN001
        pr = Progress(path, on_migrate=on_migrate)
        pr.record(ans(f"from-{name}"))
        pr.close()
        opened.append(name)

    a = threading.Thread(target=instance, args=("a", hold))
    a.start()
    assert inside.wait(30)                     # A is inside the migration, holding the lock
    b = threading.Thread(target=instance, args=("b", lambda v: ran.append(("b", v))))
    b.start()
    b.join(1.0)
    assert b.is_alive(), "the second instance did not wait for the first"
    release.set()
    a.join(30)
    b.join(30)
    assert sorted(opened) == ["a", "b"]
    assert ran == [("a", v) for v in range(2, SCHEMA_VERSION + 1)]    # B found it migrated
    live = answers(path)                       # the two instances may answer in either order
    assert len(live) == 4 and sorted(live[-2:]) == ["from-a", "from-b"] and aside(tmp_path) == []


def test_migrations_run_once_even_without_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """BEGIN IMMEDIATE and a re-read version order migrations where file locks do not exist."""
    from contextlib import nullcontext
    monkeypatch.setattr(store, "opening_lock", lambda path, timeout=0: nullcontext())
    path = tmp_path / "p.sqlite3"
    inside, release = threading.Event(), threading.Event()
    ran: list[tuple[str, int]] = []

    def hold(version: int) -> None:
        ran.append(("a", version))
        if version == 1:
            inside.set()
            assert release.wait(30)

    a = threading.Thread(target=lambda: Progress(path, on_migrate=hold).close())
    a.start()
    assert inside.wait(30)
    b = threading.Thread(target=lambda: Progress(path, on_migrate=lambda v: ran.append(("b", v))).close())
    b.start()
    b.join(1.0)
    assert b.is_alive()                     # waiting for A's write transaction
    release.set()
    a.join(30)
    b.join(30)
    assert sorted(v for _, v in ran) == list(range(1, SCHEMA_VERSION + 1))   # each version once
    assert Progress(path).version == SCHEMA_VERSION and aside(tmp_path) == []


INSTANCE = r"""
import sys, time
from datetime import datetime, timezone
from pathlib import Path
from quizapp.quiz.progress import Answer, Progress
path, name, hold = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "hold"
flags = path.parent

def at_migration(version):
    if hold:
        (flags / f"{name}.inside").touch()
        while not (flags / "go").exists():
            time.sleep(0.01)

pr = Progress(path, on_migrate=at_migration)
for i in range(5):
    pr.record(Answer("p", f"{name}{i}", True, 1.0, 1.0, datetime.now(timezone.utc)))
print(name, repr(pr.notice))
"""


def start(path: Path, name: str, hold: bool) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", INSTANCE, str(path), name, "hold" if hold else "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("case", ["first open", "upgrade", "corrupt"])
def test_two_instances_at_once_lose_nothing(case: str, tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    if case == "upgrade":
        v1_database(path)
    elif case == "corrupt":
        path.write_bytes(b"ORIGINAL corrupt bytes" * 100)
    a = start(path, "a", hold=True)
    deadline = 60
    import time
    t0 = time.monotonic()
    while not (tmp_path / "a.inside").exists():
        assert a.poll() is None, a.communicate()
        assert time.monotonic() - t0 < deadline
        time.sleep(0.01)
    b = start(path, "b", hold=False)
    time.sleep(0.5)
    assert b.poll() is None, "the second instance did not wait"
    (tmp_path / "go").touch()
    out_a, err_a = a.communicate(timeout=60)
    out_b, err_b = b.communicate(timeout=60)
    assert a.returncode == 0 and b.returncode == 0, err_a + err_b
    live = answers(path)
    assert sorted(x for x in live if x[0] in "ab") == [f"{n}{i}" for n in "ab" for i in range(5)]
    moved = aside(tmp_path)
    if case == "corrupt":
        assert len(moved) == 1 and moved[0].read_bytes().startswith(b"ORIGINAL")
        assert str(moved[0]) in out_a and str(moved[0]) in out_b     # both instances say where it is
    else:
        assert moved == [] and "''" in out_a and "''" in out_b
