"""Opening the progress database without ever losing or hiding a learner's history.

What can go wrong when the app opens its database, and what we do:

- The file is corrupt, and SQLite itself says so (``SQLITE_CORRUPT``,
  ``SQLITE_NOTADB``, or a failed ``quick_check``): it is moved aside under a
  name no other file has (never overwritten), a fresh database is started,
  and a notice saying where the old one went is kept beside the database
  until the learner has seen it, even if the app stops before showing it.
- Anything else (another program holds it, the disk is full, the folder is
  read-only, a newer app wrote it, an I/O error): ``ProgressError`` with a
  message for the learner, and nothing is moved.

Two instances may start at once. Opening (checking, migrating, moving a
corrupt file aside) happens under an exclusive lock on ``NAME.lock``: the
second instance waits, then finds the database already migrated, or
already replaced, and never mistakes the other's work for damage. Each
migration also runs inside ``BEGIN IMMEDIATE`` and re-reads the version
there, so it runs exactly once even without the lock. A migration is just
an entry appended to the list the caller passes.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import sqlite3
import time
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Callable, Iterator

from .errors import QuizError

LOCK_TIMEOUT = 30.0
"""How long an instance waits for another one that is opening the same database."""
BUSY_TIMEOUT = 10.0
"""How long a statement waits for another connection's write to finish."""


class Fault(Enum):
    """What kind of failure SQLite (or the file system) reported."""

    CORRUPT = "corrupt"
    BUSY = "busy"
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    NEWER = "newer schema"
    IO = "I/O error"
    OTHER = "other"


class ProgressError(QuizError):
    """The progress store cannot be used as asked; ``fault`` says why, the message in words."""

    def __init__(self, message: str, fault: Fault = Fault.OTHER) -> None:
        super().__init__(message)
        self.fault = fault


class Corrupt(sqlite3.DatabaseError):
    """``quick_check`` found damage."""


_CODES = {
    11: Fault.CORRUPT, 26: Fault.CORRUPT,                       # SQLITE_CORRUPT, SQLITE_NOTADB
    5: Fault.BUSY, 6: Fault.BUSY,                               # SQLITE_BUSY, SQLITE_LOCKED
    13: Fault.DISK_FULL,                                        # SQLITE_FULL
    8: Fault.READ_ONLY, 14: Fault.READ_ONLY, 3: Fault.READ_ONLY,  # READONLY, CANTOPEN, PERM
    23: Fault.READ_ONLY,                                        # SQLITE_AUTH
    10: Fault.IO,                                               # SQLITE_IOERR
}


def classify(exc: BaseException) -> Fault:
    """The fault behind an exception; only SQLite's own verdict counts as corruption."""
    if isinstance(exc, ProgressError):
        return exc.fault
    if isinstance(exc, Corrupt):
        return Fault.CORRUPT
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return _CODES.get(code & 0xFF, Fault.OTHER)
        return Fault.OTHER
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return Fault.DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Fault.READ_ONLY
        return Fault.IO
    return Fault.OTHER


def describe(fault: Fault, path: Path, exc: BaseException | None = None) -> str:
    """What the learner reads when the database cannot be used."""
    detail = f" ({exc})" if exc is not None and str(exc) else ""
    if fault is Fault.BUSY:
        return (f"The progress database {path} is in use by another program{detail}. Close the "
                "other program (or the other Stack or Heap window) and try again.")
    if fault is Fault.DISK_FULL:
        return f"The disk holding {path.parent} is full{detail}. Free some space and try again."
    if fault is Fault.READ_ONLY:
        return (f"The folder {path.parent} (or the file {path.name}) cannot be written{detail}. "
                "Check its permissions.")
    if fault is Fault.IO:
        return f"The progress database {path} could not be read or written{detail}."
    return f"The progress database {path} could not be opened{detail}."


def wrap(exc: BaseException, path: Path, what: str = "") -> ProgressError:
    """``exc`` as a ``ProgressError`` with the learner's message (``what`` says what failed)."""
    fault = classify(exc)
    msg = describe(fault, path, exc)
    return ProgressError(f"{what} {msg}".strip(), fault)


# ------------------------------------------------------------ the opening lock

@contextmanager
def opening_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """An exclusive lock on ``NAME.lock`` while one instance opens the database."""
    try:
        import fcntl
    except ImportError:          # not on a POSIX system: BEGIN IMMEDIATE still orders migrations
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise wrap(exc, path) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise ProgressError(describe(Fault.BUSY, path), Fault.BUSY) from None
                time.sleep(0.02)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# ------------------------------------------------------------ opening

Migrations = list[str]
OnMigrate = Callable[[int], None]


def open_database(path: Path, migrations: Migrations,
                  on_migrate: OnMigrate | None = None) -> tuple[sqlite3.Connection, str]:
    """A connection to a healthy, migrated database at ``path``, and any notice for the learner.

    ``on_migrate(version)`` is called inside each migration's transaction
    (tests use it to hold one instance there while another starts)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise wrap(exc, path) from None
    with opening_lock(path):
        try:
            db = connect(path, migrations, on_migrate)
        except (sqlite3.Error, OSError) as exc:
            fault = classify(exc)
            if fault is not Fault.CORRUPT:
                raise wrap(exc, path) from None
            moved = move_aside(path)
            notice = (f"Your progress database could not be read (SQLite reported: {exc}). It was "
                      f"kept as {moved} and a new, empty history was started.")
            leave_notice(path, notice)
            try:
                db = connect(path, migrations, on_migrate)
            except (sqlite3.Error, OSError) as exc2:
                raise wrap(exc2, path) from None
    return db, pending_notice(path)


def connect(path: Path, migrations: Migrations, on_migrate: OnMigrate | None = None) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    try:
        ok = db.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            problems = [ln for ln in str(ok).splitlines() if ln and not ln.startswith("***")]
            raise Corrupt(f"integrity check: {(problems or [str(ok)])[0][:120]}")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        migrate(db, migrations, path, on_migrate)
    except BaseException:
        db.close()
        raise
    return db


def schema_version(db: sqlite3.Connection) -> int:
    has = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                     ).fetchone()
    if not has:
        return 0
    row = db.execute("SELECT version FROM schema_version").fetchone()
    return row[0] if row else 0


def migrate(db: sqlite3.Connection, migrations: Migrations, path: Path,
            on_migrate: OnMigrate | None = None) -> None:
    """Apply the missing migrations, each in one transaction that re-reads the version first."""
    known = len(migrations)
    while True:
        version = schema_version(db)
        if version > known:
            raise ProgressError(
                f"The progress database {path} was written by a newer version of Stack or Heap "
                f"(schema {version}; this version knows {known}). Update the app to see your "
                "history; the file was not changed.", Fault.NEWER)
        if version == known:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(db) != version:      # another instance migrated meanwhile
                db.execute("COMMIT")
                continue
            if on_migrate is not None:
                on_migrate(version + 1)
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            for stmt in filter(str.strip, migrations[version].split(";")):
                db.execute(stmt)
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


# ------------------------------------------------------------ setting a corrupt file aside

def move_aside(path: Path) -> Path:
    """Rename the database (and its -wal/-shm) to a name no file has; returns the new name.

    A hard link to a fresh name fails rather than replace an existing file,
    so a moved-aside database is never overwritten, even by an instance
    doing the same thing in the same second."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    while True:
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{os.getpid()}-{secrets.token_hex(3)}")
        if not any(Path(str(target) + s).exists() for s in ("", "-wal", "-shm")):
            break
    for suffix in ("", "-wal", "-shm"):
        src, dst = Path(str(path) + suffix), Path(str(target) + suffix)
        if not src.exists():
            continue
        try:
            os.link(src, dst)
            os.unlink(src)
        except FileExistsError:
            raise ProgressError(f"could not set {src} aside: {dst} exists") from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                raise wrap(exc, path, "The damaged progress database could not be set aside.") \
                    from None
            if dst.exists():                       # no hard links here: rename, never over a file
                raise ProgressError(f"could not set {src} aside: {dst} exists") from None
            os.rename(src, dst)
    return target


def _notice_path(path: Path) -> Path:
    return path.with_name(path.name + ".notice")


def leave_notice(path: Path, text: str) -> None:
    """Keep ``text`` beside the database until ``acknowledge`` (it must survive a crash)."""
    notices = [n for n in [pending_notice(path)] if n] + [text]
    try:
        tmp = path.with_name(path.name + ".notice.tmp")
        tmp.write_text(json.dumps(notices), encoding="utf-8")
        os.replace(tmp, _notice_path(path))
    except OSError:
        pass   # the notice is still returned to this instance


def pending_notice(path: Path) -> str:
    try:
        notices = json.loads(_notice_path(path).read_text(encoding="utf-8"))
        return "\n\n".join(str(n) for n in notices) if isinstance(notices, list) else ""
    except (OSError, ValueError):
        return ""


def acknowledge(path: Path) -> None:
    """The learner has seen the notice: forget it."""
    try:
        _notice_path(path).unlink()
    except OSError:
        pass
