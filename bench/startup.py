"""Startup time: from process launch to a populated pack list, cold, median of N runs.

Each run starts a fresh Python process that creates the window offscreen
with a throw-away profile and reports when the pack list is filled.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
t0 = float(sys.argv[1])
from pathlib import Path
profile = Path(tempfile.mkdtemp())
from quizapp.ui.app import create
app, win, _ = create(["quizapp"], profile=profile)
win.show()
app.processEvents()
lst = win.pack_view.list
n = sum(1 for i in range(lst.count()) if lst.item(i).flags())   # cards, not the category headings
print(f"{time.time() - t0:.4f} {n}", flush=True)
os._exit(0)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    times = []
    for _ in range(args.runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, str(t0)], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        secs, packs = out.stdout.split()
        times.append(float(secs))
    print(f"startup to a populated pack list ({packs} packs): median {statistics.median(times):.2f} s "
          f"over {args.runs} cold runs (min {min(times):.2f}, max {max(times):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
