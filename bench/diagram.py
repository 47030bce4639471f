"""Speed of memory diagrams: what the learner waits for before the first picture.

For every complete program of the built-in packs: analyze, run it to make
its trace, and lay out the step the view opens on (the last); the median
over all of them is the figure (target: at most 50 ms). Then a program that
spends the whole 10,000-step budget (target: at most 1 s), and painting a
scene with QPainter. Each figure is the median of ``--runs`` repetitions.

    python bench/diagram.py [--runs 5] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_PROGRAM = """package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func push(head *Node, v int) *Node {
	return &Node{val: v, next: head}
}

func main() {
	var head *Node
	total := 0
	for i := 0; i < 100000; i++ {
		head = push(head, i)
		if i%3 == 0 {
			total += head.val
		}
	}
	fmt.Println(total)
}
"""


def first_picture(src: bytes) -> tuple[float, int] | None:
    """Seconds from source to the laid-out last step, and the number of steps (None: no run)."""
    from quizapp.analysis import AnalysisError, analyze
    from quizapp.diagram.layout import DiagramError
    from quizapp.diagram.model import build
    t0 = time.perf_counter()
    try:
        model = build(analyze(src), source=src)
    except (AnalysisError, DiagramError):
        return None
    model.scene(model.count - 1)
    return time.perf_counter() - t0, model.count


def median_of(runs: int, f):  # noqa: ANN001, ANN201
    out = [f() for _ in range(runs)]
    if any(o is None for o in out):
        return None
    return statistics.median(o[0] for o in out), out[0][1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args(argv)
    from bench.run import pack_programs
    times: list[tuple[float, str, int]] = []
    skipped = []
    for name, src in pack_programs():
        got = median_of(args.runs, lambda src=src: first_picture(src))
        if got is None:
            skipped.append(name)
            continue
        times.append((got[0], name, got[1]))
    times.sort()
    ms = [t * 1000 for t, _, _ in times]
    med = statistics.median(ms)
    p90 = ms[int(len(ms) * 0.9)]
    print(f"pack programs: {len(times)} drawn, {len(skipped)} without a run")
    print(f"  analyze + trace + layout of the first picture: median {med:.1f} ms, "
          f"90th percentile {p90:.1f} ms, slowest {ms[-1]:.1f} ms ({times[-1][1]}, {times[-1][2]} steps)")
    budget = median_of(args.runs, lambda: first_picture(BUDGET_PROGRAM.encode()))
    assert budget is not None
    print(f"  a program spending the 10,000-step budget ({budget[1]} steps): {budget[0] * 1000:.0f} ms")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    from quizapp.analysis import analyze
    from quizapp.diagram.model import build
    from quizapp.diagram.render import to_image
    model = build(analyze(BUDGET_PROGRAM), source=BUDGET_PROGRAM)
    scene = model.scene(model.count - 1)
    paint = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        to_image(scene)
        paint.append(time.perf_counter() - t0)
    print(f"  painting that step ({len(scene.boxes)} boxes, {len(scene.arrows)} arrows): "
          f"{statistics.median(paint) * 1000:.1f} ms")
    del app
    if args.json:
        Path(args.json).write_text(json.dumps({
            "programs": len(times), "skipped": skipped, "median_ms": med, "p90_ms": p90,
            "slowest_ms": ms[-1], "slowest": times[-1][1], "budget_ms": budget[0] * 1000,
            "budget_steps": budget[1], "paint_ms": statistics.median(paint) * 1000}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
