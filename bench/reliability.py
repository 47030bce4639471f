"""Time and peak memory of every reliability reproducer (the goal: under 10 s and 3 GB each).

Each reproducer runs as the user would run it (``quizapp analyze -m -l`` for
Go files, ``quizapp pack validate`` for packs) in its own process, with the
same 60 s / 3 GB guard as the tests; the figures are the process's wall
time, CPU time and peak resident memory (``wait4``'s ``ru_maxrss``).

    python bench/reliability.py [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.inputs import (DATA, fifty_k_line_pack, labelled_inputs,  # noqa: E402
                                      nested_structs, spaced_header_pack)

SECONDS = 60
MEMORY = 3 * 1024 ** 3
GOAL_SECONDS = 10.0
GOAL_MEMORY = 3 * 1024 ** 3


def cases(folder: Path) -> list[tuple[str, list[str]]]:
    """(name, quizapp arguments) for every reproducer, its input written under ``folder``."""
    out = []
    inputs = labelled_inputs()
    inputs["structs_5000"] = lambda: nested_structs(5000)
    for name, make in inputs.items():
        src = make()
        path = folder / f"{name}.go" if not name.endswith(".go") else folder / name
        path.write_bytes(src.encode() if isinstance(src, str) else src)
        out.append((name, ["analyze", "-m", "-l", str(path)]))
    out.append(("analyze /dev/zero", ["analyze", "-m", "-l", "/dev/zero"]))
    for toml in sorted(DATA.glob("*.toml")):
        out.append((toml.name, ["pack", "validate", str(toml)]))
    big = folder / "gui_question_50k_lines.toml"
    big.write_text(fifty_k_line_pack(), encoding="utf-8")
    out.append((big.name, ["pack", "validate", str(big)]))
    spaced = folder / "pack_spaced_header_10k.toml"
    spaced.write_text(spaced_header_pack(), encoding="utf-8")
    out.append((spaced.name, ["pack", "validate", str(spaced)]))
    return out


def _guard() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def measure(args: list[str], cwd: Path) -> tuple[float, float, int, int | None, str]:
    """(wall s, CPU s, peak RSS bytes, exit status or None on the time guard, first stderr line)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    t = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_guard)
    guard = threading.Timer(SECONDS, proc.kill)
    guard.start()
    err = proc.stderr.read() if proc.stderr else b""
    _, raw, usage = os.wait4(proc.pid, 0)          # this child's own figures
    guard.cancel()
    proc.returncode = os.waitstatus_to_exitcode(raw)
    wall = time.monotonic() - t
    lines = [ln for ln in err.decode("utf-8", "replace").splitlines()
             if ln and not ln.startswith("quizapp: inlining")]
    status = None if proc.returncode < 0 else proc.returncode
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, status, (lines[0] if lines else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="run only the reproducers whose name contains this")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quizapp-reliability-") as tmp:
        folder = Path(tmp)
        todo = [c for c in cases(folder) if not args.only or args.only in c[0]]
        print(f"{'reproducer':58s} {'exit':>4s} {'wall s':>7s} {'cpu s':>7s} {'peak MB':>8s}  first line")
        worst_wall, worst_mem, misses = 0.0, 0, 0
        for name, cmd in todo:
            wall, cpu, peak, status, first = measure(cmd, folder)
            worst_wall, worst_mem = max(worst_wall, wall), max(worst_mem, peak)
            ok = status is not None and cpu < GOAL_SECONDS and peak < GOAL_MEMORY and status in (0, 1, 2, 3)
            misses += not ok
            print(f"{name[:58]:58s} {'-' if status is None else status:>4} {wall:7.2f} {cpu:7.2f} "
                  f"{peak / 1024 ** 2:8.0f}  {first[:70]}")
        print(f"{len(todo)} reproducers; slowest {worst_wall:.1f} s wall; largest peak "
              f"{worst_mem / 1024 ** 2:.0f} MB; over the goal (10 s CPU, 3 GB): {misses}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
