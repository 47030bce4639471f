"""Running the app's commands on hostile input under a guard, not a stopwatch.

Every command runs in its own process with a generous time limit (60 s)
and an address-space limit (3 GB): a regression shows up as a failed test
with the limit named, never as a test run that hangs or takes the machine
down. Tests assert what the command answered, not how fast.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 60
MEMORY = 3 * 1024 ** 3


@dataclass
class Ran:
    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.err.splitlines()


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def quizapp(*args: str, cwd: Path, env: dict[str, str] | None = None, seconds: float = SECONDS) -> Ran:
    """``quizapp ARGS`` in ``cwd``, guarded; a guard that trips fails the test with its name."""
    full_env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    try:
        proc = subprocess.run([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd,
                              capture_output=True, text=True, env=full_env, timeout=seconds,
                              preexec_fn=_limit)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"quizapp {' '.join(args)} ran past the {seconds} s guard") from None
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert "MemoryError" not in proc.stderr, f"hit the {MEMORY >> 30} GB guard"
    return Ran(proc.returncode, proc.stdout, proc.stderr)
