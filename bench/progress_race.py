"""Two app instances opening one progress database at the same moment, many times over.

Three scenarios, each run ``--runs`` times (200 by default) with two
processes started together on the same file:

- ``first open``: no database yet (both create and migrate it);
- ``upgrade``: a database of the first schema version (both migrate it);
- ``corrupt``: a corrupt file (both find it, in the same second).

Both processes import the app, then wait for one signal and open the
file together. Each instance records five answers. Afterwards: no healthy database may
have been moved aside, every answer must be in the live database, and a
corrupt original must be kept, once, byte for byte.

    python bench/progress_race.py [--runs 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "tests" / "quiz" / "data" / "progress_v1.sqlite3"

INSTANCE = r"""
import sys, time
from datetime import datetime, timezone
from pathlib import Path
from quizapp.quiz.progress import Answer, Progress
path = Path(sys.argv[1])
(path.parent / f"ready-{sys.argv[2]}").touch()
while not (path.parent / "go").exists():     # both start opening at the same moment
    time.sleep(0.001)
pr = Progress(path)
for i in range(5):
    pr.record(Answer("p", f"{sys.argv[2]}{i}", True, 1.0, 1.0, datetime.now(timezone.utc)))
"""
ORIGINAL = b"ORIGINAL corrupt bytes " * 200


def one_run(case: str, folder: Path) -> list[str]:
    """The problems of one race (empty when all is well)."""
    path = folder / "p.sqlite3"
    if case == "upgrade":
        shutil.copyfile(V1, path)
    elif case == "corrupt":
        path.write_bytes(ORIGINAL)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", INSTANCE, str(path), name], env=env,
                              stderr=subprocess.PIPE, text=True) for name in "ab"]
    deadline = time.monotonic() + 60
    while not all((folder / f"ready-{n}").exists() for n in "ab") and time.monotonic() < deadline:
        time.sleep(0.005)
    (folder / "go").touch()
    problems = []
    for p in procs:
        _, err = p.communicate(timeout=120)
        if p.returncode:
            problems.append(f"an instance failed: {err.strip().splitlines()[-1] if err.strip() else p.returncode}")
    with sqlite3.connect(path) as db:
        got = {r[0] for r in db.execute("SELECT question_id FROM answers")}
    lost = {f"{n}{i}" for n in "ab" for i in range(5)} - got
    if lost:
        problems.append(f"answers lost: {sorted(lost)}")
    aside = [p for p in folder.iterdir() if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    if case != "corrupt" and aside:
        problems.append(f"a healthy database was moved aside: {[p.name for p in aside]}")
    if case == "corrupt" and [p.read_bytes() for p in aside] != [ORIGINAL]:
        problems.append(f"the corrupt original was not kept exactly once ({len(aside)} files set aside)")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args(argv)
    failures = 0
    for case in ("first open", "upgrade", "corrupt"):
        t = time.monotonic()
        bad = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="quizapp-race-") as tmp:
                problems = one_run(case, Path(tmp))
            if problems:
                bad.append(problems)
        failures += len(bad)
        print(f"{case:10s}: {args.runs} runs, {len(bad)} with problems ({time.monotonic() - t:.0f} s)")
        for problems in bad[:5]:
            print("    " + "; ".join(problems))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
