"""Sites against traces: is every executed site placed where the analysis says?

For every program of the built-in packs (or the files given) the program is
run with a tracer (no step budget to speak of). A variable or allocation
site of the analysis counts as executed when a step ran on its line; each
executed site must then have made at least one object of the trace, and
every object a site made must sit where its verdict says: a heap site's
object on the heap, a stack site's in the frame that made it (a variable
among its frame's variables, an allocation among the frame's stack
objects), unless the object says why Go put it on the heap anyway (a
``make`` or ``append`` past the stack buffer). Programs the interpreter
cannot run are listed with the reason; for the built-in packs the list must
be ``bench/pack-exceptions.txt``'s.

    python bench/placement.py [--json OUT] [FILE.go ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.run.trace import BudgetSpent, Tracer  # noqa: E402

STDIN = b"3 4\nhello world\n"
BUDGET = 50_000_000           # quizapp run's own
EXCEPTIONS = ROOT / "bench" / "pack-exceptions.txt"


def exceptions() -> dict[str, str]:
    """The built-in pack programs known not to run, with the reason."""
    out = {}
    for line in EXCEPTIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, why = line.partition(": ")
            out[name] = why
    return out


@dataclass
class Outcome:
    name: str
    ran: bool
    reason: str = ""
    sites: int = 0                     # variable and allocation sites of the analysis
    executed: int = 0                  # ... whose line ran
    heap: int = 0                      # executed heap sites
    stack: int = 0                     # executed stack sites
    no_growth: int = 0                 # executed appends that never grew (no object to place)
    missing: list[str] = field(default_factory=list)      # executed, no object in the trace
    misplaced: list[str] = field(default_factory=list)    # an object not where its verdict says


class LineTracer(Tracer):
    """Keeps only each step's line (a long run fits in memory)."""

    def record(self, pos, event, detail="", g=None) -> None:  # noqa: ANN001
        if len(self.steps) >= self.budget:
            raise BudgetSpent(self.budget)
        self.steps.append(pos.line if pos is not None else 0)


def check(name: str, src: bytes) -> Outcome:
    from quizapp.analysis import AnalysisError, analyze
    from quizapp.run.machine import Machine
    try:
        analysis = analyze(src)
    except AnalysisError as exc:
        return Outcome(name, False, f"invalid: {exc}")
    if analysis.program is None or analysis.program.unsupported:
        return Outcome(name, False, "unsupported by the analyzer")
    tracer = LineTracer(BUDGET)
    res = Machine(analysis, tracer=tracer, stdin=STDIN).run()
    if res.error is not None:
        return Outcome(name, False, str(res.error))
    lines = set(tracer.steps)
    made: dict[int, list] = {}
    for info in tracer.registry.objs.values():
        if info.site is not None:
            made.setdefault(id(info.site), []).append(info)
    out = Outcome(name, True)
    for site in analysis.sites:
        if site.kind.value == "parameter" or site.node is None:
            continue
        out.sites += 1
        if site.pos.line not in lines:
            continue
        out.executed += 1
        heap = site.verdict.value == "heap"  # type: ignore[union-attr]
        out.heap += heap
        out.stack += not heap
        objs = made.get(id(site), [])
        if not objs and site.alloc == "append":
            out.no_growth += 1           # the capacity sufficed: append allocated nothing
            continue
        if not objs:
            out.missing.append(f"{site.key} ({site.verdict.value})")  # type: ignore[union-attr]
            continue
        for info in objs:
            if not placed(info, heap):
                out.misplaced.append(f"{site.key}: {info.kind} {info.label} is {info.verdict}"
                                     f" (owner frame {info.owner})")
    return out


def placed(info, heap: bool) -> bool:  # noqa: ANN001
    """Is the object where its site's verdict says (or where Go really put it, with a note)?"""
    from quizapp.run.registry import STACK_TOP
    on_stack = info.owner != 0 and STACK_TOP - 0x400 * (info.owner + 1) < info.addr <= STACK_TOP
    from quizapp.run.allocs import STACK_BUFFER_NOTE
    if info.note == STACK_BUFFER_NOTE:       # gc's slice pass gave the append a stack buffer
        return info.verdict == "stack"
    if heap:
        return info.verdict == "heap" and not on_stack
    if info.note.startswith("does not escape, but"):
        return info.verdict == "stack" and not on_stack       # allocated on the heap after all
    return info.verdict == "stack" and info.owner != 0 and (on_stack or info.kind == "var")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="write every outcome here")
    ap.add_argument("files", nargs="*", help="Go files instead of the built-in packs")
    args = ap.parse_args(argv)
    if args.files:
        progs = [(Path(f).stem, Path(f).read_bytes()) for f in args.files]
    else:
        from bench.run import pack_programs
        progs = pack_programs()
    results = []
    for name, src in progs:
        r = check(name, src)
        results.append(r)
        print("." if r.ran and not r.missing and not r.misplaced else ("s" if not r.ran else "F"),
              end="", flush=True)
    print()
    ran = [r for r in results if r.ran]
    good = [r for r in ran if not r.missing and not r.misplaced]
    print(f"{len(results)} programs, {len(ran)} ran to completion, {len(good)} with every "
          f"executed site placed as analysed")
    print(f"sites: {sum(r.sites for r in ran)}, executed {sum(r.executed for r in ran)} "
          f"({sum(r.heap for r in ran)} heap, {sum(r.stack for r in ran)} stack); "
          f"appends that never grew {sum(r.no_growth for r in ran)}; "
          f"missing from the trace {sum(len(r.missing) for r in ran)}, "
          f"misplaced {sum(len(r.misplaced) for r in ran)}")
    for r in ran:
        for m in r.missing:
            print(f"MISSING {r.name}: {m}")
        for m in r.misplaced:
            print(f"MISPLACED {r.name}: {m}")
    for r in results:
        if not r.ran:
            print(f"did not run {r.name}: {r.reason}")
    status = 0
    if not args.files:
        listed = exceptions()
        for r in results:
            if not r.ran and r.name not in listed:
                print(f"NOT LISTED in {EXCEPTIONS.name}: {r.name}: {r.reason}")
                status = 1
            if r.ran and r.name in listed:
                print(f"RUNS now, remove it from {EXCEPTIONS.name}: {r.name}")
                status = 1
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ for r in results], indent=1))
    return status


if __name__ == "__main__":
    sys.exit(main())
