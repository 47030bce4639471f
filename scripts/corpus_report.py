"""Compare the analyzer with the stored compiler labels, one corpus at a time.

Prints, per program, whether ``-m`` output matches exactly, then the figures
the project tracks: share of verdict lines (moved to heap / escapes to heap /
does not escape) and of ``leaking param`` lines reproduced with exact
positions, lines printed that the compiler does not print, the unsupported
rate (with the constructs named, most frequent first), valid programs
rejected as invalid, crashes, and the share of ``-m=2`` lines reproduced.
The corpora (``corpus``, ``realistic``, ``accepted``) are those of ``label_corpus.py``;
each is reported on its own.

    python scripts/corpus_report.py [--verbose] [--corpus NAME]... [NAME ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import AnalysisError, analyze  # noqa: E402

CORPORA = {
    "corpus": ROOT / "tests" / "analysis" / "corpus",
    "realistic": ROOT / "tests" / "analysis" / "realistic",
    "accepted": ROOT / "tests" / "analysis" / "accepted",
}
VERDICT = re.compile(r": (moved to heap: |.* escapes to heap$|.* does not escape$)")
LEAK = re.compile(r": leaking param")


def classify(line: str) -> str:
    if LEAK.search(line):
        return "leak"
    if VERDICT.search(line):
        return "verdict"
    return "other"


def print_difference(name: str, expected: list[str], got: list[str]) -> None:
    """The lines one side prints and the other does not."""
    print(f"--- {name}")
    for line in expected:
        if line not in got:
            print(f"  missing: {line}")
    for line in got:
        if line not in expected:
            print(f"  extra:   {line}")
    if sorted(got) == sorted(expected):
        print("  (order differs)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA),
                    help="the corpus to report (repeatable; default: all, each on its own)")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    for name in args.corpus or sorted(CORPORA):
        paths = sorted(CORPORA[name].glob("*.go"))
        if args.names:
            paths = [p for p in paths if p.stem in args.names]
        if paths:
            print(f"== {name}")
            report(paths, args.verbose)
    return 0


def report(paths: list[Path], verbose: bool) -> None:
    want_total: Counter[str] = Counter()
    got_ok: Counter[str] = Counter()
    extra = 0
    exact = 0
    m2_total = m2_ok = 0
    unsupported_programs = 0
    rejected: list[str] = []
    crashes: list[str] = []
    constructs: Counter[str] = Counter()
    for p in paths:
        expected = p.with_suffix(".m1").read_text().splitlines()
        expected2 = p.with_suffix(".m2").read_text().splitlines()
        try:
            a = analyze(p.read_bytes())
            got = a.diagnostics("./main.go", 1)
            got2 = a.diagnostics("./main.go", 2)
            if a.unsupported:
                unsupported_programs += 1
                for what in sorted({u.what for u in a.unsupported}):
                    constructs[what] += 1
        except AnalysisError as exc:
            rejected.append(f"{p.name}: {exc}")
            got, got2 = [f"ERROR {exc}"], []
        except Exception as exc:  # noqa: BLE001 - a crash is a finding here
            crashes.append(f"{p.name}: {type(exc).__name__}: {exc}")
            got, got2 = [f"CRASH {type(exc).__name__}: {exc}"], []
        remaining = Counter(got)
        for line in expected:
            c = classify(line)
            want_total[c] += 1
            if remaining[line] > 0:
                remaining[line] -= 1
                got_ok[c] += 1
        extra += sum(n for line, n in remaining.items() if n > 0)
        rem2 = Counter(got2)
        for line in expected2:
            m2_total += 1
            if rem2[line] > 0:
                rem2[line] -= 1
                m2_ok += 1
        ok = got == expected
        exact += ok
        if not ok and verbose:
            print_difference(p.name, expected, got)
    n = len(paths)

    def pct(a: int, b: int) -> str:
        return f"{100.0 * a / b:.1f}% ({a}/{b})" if b else "n/a"
    print(f"programs: {n}, exact -m match: {pct(exact, n)}, crashes: {len(crashes)}")
    print(f"verdict lines reproduced: {pct(got_ok['verdict'], want_total['verdict'])}")
    print(f"leaking param lines reproduced: {pct(got_ok['leak'], want_total['leak'])}")
    print(f"other -m lines reproduced: {pct(got_ok['other'], want_total['other'])}")
    print(f"lines printed that the compiler does not print: {extra}")
    print(f"programs with unsupported constructs: {pct(unsupported_programs, n)}")
    print(f"valid programs rejected as invalid: {pct(len(rejected), n)}")
    print(f"-m=2 lines reproduced: {pct(m2_ok, m2_total)}")
    for line in crashes:
        print(f"  crash: {line}")
    for line in rejected:
        print(f"  rejected: {line}")
    for what, count in constructs.most_common():
        print(f"  unsupported in {count} program(s): {what}")


if __name__ == "__main__":
    sys.exit(main())
