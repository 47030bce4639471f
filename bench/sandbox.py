"""How long the sandbox takes to answer for long programs, measured as the sandbox runs it:
``analyse_text`` in a ``quizapp.worker`` child under the sandbox's limits (60 s, 2 GB).

The programs are valid Go of N lines, each declaring a variable and taking its
address (``v := 0; _ = &v``, the shape a first-time tester pasted), and the same
with every address kept (``sink = &v``, one heap allocation a line). The goal:
every length up to the sandbox's 50,000-line bound answers within the worker's
limit, with verdicts, or is refused with a reason.

    python bench/sandbox.py [--lines 2000,20000,40000,50000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.ui.sandbox_analysis import analyse_text  # noqa: E402
from quizapp.worker import Worker, WorkerError  # noqa: E402


def program(n: int, keep: bool) -> str:
    body = "".join(f"\tv{i} := {i}; {'sink' if keep else '_'} = &v{i}\n" for i in range(n))
    return "package main\n\nvar sink *int\n\nfunc main() {\n" + body + "}\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", default="2000,20000,40000,49990,50000")
    args = ap.parse_args()
    print(f"{'lines':>7} {'shape':>6} {'seconds':>8}  result")
    with Worker() as w:
        w.call(analyse_text, "package main\n\nfunc main() {}\n", 0)     # the child is started
        for n in (int(x) for x in args.lines.split(",")):
            for keep in (False, True):
                t = time.monotonic()
                try:
                    res = w.call(analyse_text, program(n, keep), 1)
                    what = (f"not analysed ({res.not_analysed.value})" if res.not_analysed else
                            f"{len(res.lines)} lines, diagram {'drawn' if res.diagram else res.no_diagram.value}")
                except WorkerError as exc:
                    what = f"stopped: {exc}"
                print(f"{n:>7} {'sink' if keep else '_':>6} {time.monotonic() - t:8.1f}  {what}", flush=True)


if __name__ == "__main__":
    main()
