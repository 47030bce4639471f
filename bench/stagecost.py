"""The type checker's cost stage by stage, in CPU time of the analysing thread.

For every corpus program, the analyzer's own stages (``api._stages``) run
``--repeat`` times with and without the checker, alternating; each stage's
time is the thread's CPU time (``time.thread_time``, which other work on a
shared machine does not inflate), the least of the runs. Prints, per stage,
the median over the corpus and the sum, both ways. It answers whether the
checker makes the later stages slower (memory, caches) or costs only its
own time; ``bench/analyze.py --check-cost`` gives the wall-clock figure the
target is stated in.

    python bench/stagecost.py [--repeat N] [--inline]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.analyze import CORPUS, checker_off  # noqa: E402
from quizapp.analysis import api  # noqa: E402

STAGES = {"parse": "parse", "check": "check_file", "branches": "check_branches", "lower": "lower_file",
          "devirtualize": "devirtualize", "escape": "analyze_batches"}
"""Each stage's name and the function of ``api`` that runs it."""


class StageClock:
    """Wraps the stage functions of ``api``: each call adds its thread CPU time to ``spent``."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.saved = {attr: getattr(api, attr) for attr in STAGES.values()}

    def wrap(self) -> None:
        for name, attr in STAGES.items():
            setattr(api, attr, self._timed(name, getattr(api, attr)))

    def unwrap(self) -> None:
        for attr, fn in self.saved.items():
            setattr(api, attr, fn)

    def _timed(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[name] += time.thread_time() - t0
        return run


def one_run(clock: StageClock, src: bytes, inline: bool) -> dict[str, float]:
    clock.spent.clear()
    t0 = time.thread_time()
    api._stages(src, inline, False)
    out = dict(clock.spent)
    out["total"] = time.thread_time() - t0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per program and way (least taken)")
    ap.add_argument("--inline", action="store_true", help="with inlining on")
    args = ap.parse_args(argv)
    sources = [p.read_bytes() for p in sorted(CORPUS.glob("*.go"))]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    clock = StageClock()
    for s in sources[:20]:
        api._stages(s, args.inline, False)   # warm up imports and the standard library's data
    per: dict[bool, dict[str, list[float]]] = {False: defaultdict(list), True: defaultdict(list)}
    gc.disable()   # as during an analysis (api.on_deep_stack)
    clock.wrap()
    try:
        for s in sources:
            best: dict[bool, dict[str, float]] = {}
            for _ in range(args.repeat):
                for with_check in (False, True):
                    if with_check:
                        t = one_run(clock, s, args.inline)
                    else:
                        with checker_off():
                            t = one_run(clock, s, args.inline)
                    b = best.get(with_check)
                    best[with_check] = t if b is None else {k: min(b.get(k, 0.0), v)
                                                            for k, v in t.items()}
            for with_check, t in best.items():
                for k, v in t.items():
                    per[with_check][k].append(v)
            gc.collect()
    finally:
        clock.unwrap()
        gc.enable()
    print(f"{len(sources)} corpus programs, inlining {'on' if args.inline else 'off'}, "
          f"least thread CPU time of {args.repeat} runs: median per program (sum over the corpus)")
    for name in [*STAGES, "total"]:
        cells = []
        for with_check in (False, True):
            xs = per[with_check].get(name) or [0.0]
            cells.append(f"{statistics.median(xs) * 1000:7.3f} ms ({sum(xs) * 1000:6.0f} ms)")
        print(f"  {name:<13} without the checker {cells[0]}   with it {cells[1]}")
    off, on = (statistics.median(per[c]["total"]) for c in (False, True))
    print(f"  the stages cost {(on / off - 1) * 100:+.0f}% with the checker (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
