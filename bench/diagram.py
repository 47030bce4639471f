"""Speed of memory diagrams: a 60-line program laid out and rendered (median of N runs).

    python bench/diagram.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROGRAM = """package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func push(head *Node, v int) *Node {
	n := &Node{val: v, next: head}
	return n
}

func sum(head *Node) int {
	t := 0
	for p := head; p != nil; p = p.next {
		t += p.val
	}
	return t
}

func square(n int) int {
	return n * n
}

func increase(i *int) {
	*i++
}

func initValue() *int {
	i := 4
	return &i
}

func scale(xs []int, k int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func double(xs []int) []int {
	for i := range xs {
		xs[i] *= 2
	}
	return xs
}

func main() {
	n := 4
	n2 := square(n)
	increase(&n)
	p := initValue()
	var head *Node
	head = push(head, n)
	head = push(head, n2)
	total := sum(head)
	xs := scale([]int{1, 2, 3}, *p)
	fmt.Println(n, n2, total, len(xs))
}
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from quizapp.analysis import analyze
    from quizapp.diagram.layout import build
    from quizapp.diagram.render import to_image
    analysis = analyze(PROGRAM)
    lines = PROGRAM.count("\n")
    layout_t, render_t = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        model = build(analysis)
        t1 = time.perf_counter()
        for s in model.steps:
            to_image(s)
        t2 = time.perf_counter()
        layout_t.append(t1 - t0)
        render_t.append(t2 - t1)
    total = [a + b for a, b in zip(layout_t, render_t)]
    print(f"{lines}-line program, {len(model.steps)} steps: layout {statistics.median(layout_t) * 1000:.1f} ms, "
          f"render all steps {statistics.median(render_t) * 1000:.1f} ms, "
          f"total median {statistics.median(total) * 1000:.1f} ms")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
