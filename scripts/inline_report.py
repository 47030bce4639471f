"""The inliner's figures over the corpus, against the stored ``-m`` labels.

For every corpus program, ``analyze(source, inline=True)`` against
``NAME.i1`` (``go build -gcflags=-m``) and ``NAME.i2`` (``-m=2``):

- the share of programs reported unsupported (constructs not modelled
  with inlining on), and whether those print any line gc does not;
- of the others, the share whose verdict and ``leaking param`` lines
  match gc's exactly (same lines, same order), and whose whole output does;
- the ``can inline`` / ``inlining call to`` lines about the user's own
  functions (not the standard library's) reproduced, and extra;
- the cost oracle: functions whose cost (``with cost N``, ``cost N
  exceeds budget``) equals gc's, over all corpus programs and over the
  programs written for the inliner's rules (``n_*``).

    python scripts/inline_report.py [--verbose] [--realistic] [NAME ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "analysis"))
sys.path.insert(0, str(ROOT / "scripts"))

from corpus_report import print_difference  # noqa: E402
from inline_util import costs  # noqa: E402

from quizapp.analysis import analyze  # noqa: E402
from quizapp.analysis.types.stdlib import index  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"
REALISTIC = ROOT / "tests" / "analysis" / "realistic"
VERDICT = re.compile(r": (moved to heap: |.* escapes to heap$|.* does not escape$|leaking param)")
INLINE = re.compile(r": (?:can inline|inlining call to) (\S+)")


def std_qualifiers() -> set[str]:
    """Package names gc qualifies standard-library functions with (``fmt``, ``abi``...)."""
    packages = index()["packages"]
    names = {p.rsplit("/", 1)[-1] for p in packages} | {e["name"] for e in packages.values()}
    return names | {"abi", "bytealg", "race", "sync", "atomic", "strconv", "unsafe"}


def is_user_line(line: str, std: set[str], declared: set[str]) -> bool:
    m = INLINE.search(line)
    if not m or line.startswith("$GOROOT"):
        return False
    qual = m.group(1).split(".", 1)[0]
    return not (qual in std and qual not in declared and "." in m.group(1))


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}% ({a}/{b})" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--realistic", action="store_true",
                    help="the realistic programs (tests/analysis/realistic) instead of the corpus")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    paths = sorted((REALISTIC if args.realistic else CORPUS).glob("*.go"))
    if args.names:
        paths = [p for p in paths if p.stem in args.names]
    std = std_qualifiers()
    n = unsupported = wrong_unsupported = answered = verdict_ok = exact = 0
    inl_want = inl_ok = inl_extra = 0
    inl_all_want = inl_all_ok = 0
    any_want = any_ok = any_extra = 0       # every inlining line, the standard library's too
    cost_n = cost_ok = n_cost_n = n_cost_ok = 0
    for p in paths:
        n += 1
        src = p.read_text()
        declared = set(re.findall(r"^(?:func|type) (\w+)", src, re.M))
        want = p.with_suffix(".i1").read_text().splitlines()
        a = analyze(p.read_bytes(), inline=True)
        got = a.diagnostics("./main.go", 1)
        want_costs = costs(p.with_suffix(".i2").read_text().splitlines())
        got_costs = costs(a.diagnostics("./main.go", 2))
        for pos, cs in want_costs.items():
            ok = got_costs.get(pos) == cs
            cost_n += 1
            cost_ok += ok
            if p.stem.startswith("n_"):
                n_cost_n += 1
                n_cost_ok += ok
        wi = Counter(ln for ln in want if is_user_line(ln, std, declared))
        gi = Counter(ln for ln in got if is_user_line(ln, std, declared))
        inl_all_want += sum(wi.values())
        inl_all_ok += sum((wi & gi).values())
        if a.unsupported:
            unsupported += 1
            if Counter(got) - Counter(want):
                wrong_unsupported += 1
                if args.verbose:
                    print(f"--- {p.stem}: unsupported, yet prints {list(Counter(got) - Counter(want))}")
            continue
        answered += 1
        verdict_ok += [ln for ln in got if VERDICT.search(ln)] == [ln for ln in want if VERDICT.search(ln)]
        exact += got == want
        inl_want += sum(wi.values())
        inl_ok += sum((wi & gi).values())
        inl_extra += sum((gi - wi).values())
        wa = Counter(ln for ln in want if INLINE.search(ln))
        ga = Counter(ln for ln in got if INLINE.search(ln))
        any_want += sum(wa.values())
        any_ok += sum((wa & ga).values())
        any_extra += sum((ga - wa).values())
        if args.verbose and got != want:
            print_difference(p.stem, want, got)
    print(f"programs: {n}; reported unsupported with inlining on: {pct(unsupported, n)}"
          f" (of them printing a line gc does not: {wrong_unsupported})")
    print(f"answered in full: {answered}; verdict and leak lines exact: {pct(verdict_ok, answered)}; "
          f"whole -m output exact: {pct(exact, answered)}")
    print(f"can inline / inlining call to lines for user functions (answered programs): "
          f"{pct(inl_ok, inl_want)} reproduced, {inl_extra} extra ({pct(inl_extra, inl_want)})")
    print(f"  the same over every program: {pct(inl_all_ok, inl_all_want)} reproduced")
    print(f"every inlining line, the standard library's too (answered programs): "
          f"{pct(any_ok, any_want)} reproduced, {any_extra} extra ({pct(any_extra, any_want)})")
    print(f"cost oracle: {pct(cost_ok, cost_n)} of functions; targeted programs (n_*): "
          f"{pct(n_cost_ok, n_cost_n)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
