"""Stage 2: the compiler's parameter escape summaries (spec 1.10, 2.15).

The whole standard library is built once with
``-gcflags='std=-m=2 -d=escapemutationscalls=1,...'`` (``ESCAPE_FLAGS``); each line about a
parameter is mapped to the parameter declared at its FILE:LINE:COL.

A LEAK is null when the parameter has no pointers, is unnamed or blank, or
the compiler printed nothing for it (generic functions and methods of
generic types: their instances are analysed in the importing package).
``leaking param content`` takes its level from the minimum ``derefs=N`` of
the ``-m=2`` lines ``parameter p leaks to SINK for F`` (F the function
itself, not a wrapper; sinks that are results with their own ``to result``
line excluded). A bodyless ``//go:noescape`` function prints plain ``p does
not escape``: mutator 0 and callee 0. A parameter ``moved to heap`` prints
no summary; it leaks to the heap at level 0 (see ``leak_of``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator


NUM_RESULTS = 5
"""Result slots in a leak summary (spec 1.10)."""

ESCAPE_FLAGS = "-m=2 -d=escapemutationscalls=1,ssa/intrinsics/debug=1"
"""``ssa/intrinsics/debug`` adds a line at each call gc compiles to instructions
(``stdlib_gen.bodies.write_intrinsics``)."""

LINE = re.compile(r"^(?P<pos>\S+?:\d+:\d+): (?P<msg>.*)$")
LEAK_HEAP = re.compile(r"^leaking param: (\S+)$")
LEAK_CONTENT = re.compile(r"^leaking param content: (\S+)$")
LEAK_RESULT = re.compile(r"^leaking param: (\S+) to result (\S+) level=(\d+)$")
MUTATES = re.compile(r"^mutates param: (\S+) derefs=(\d+)$")
CALLS = re.compile(r"^calls param: (\S+) derefs=(\d+)$")
CLEAN = re.compile(r"^(\S+) does not escape, mutate, or call$")
NOESCAPE = re.compile(r"^(\S+) does not escape$")
FLOW = re.compile(r"^parameter (\S+) leaks to (.+) for (\S+) with derefs=(\d+):$")
MOVED = re.compile(r"^moved to heap: (\S+)$")

SUMMARY_PREFIXES = ("leaking param", "mutates param", "calls param", "moved to heap")


@dataclass
class Function:
    """One function or method of the dump, for the stages that add fields to it."""

    path: str         # its package
    name: str         # gc's name: F, T.M or (*T).M
    where: str        # for messages: pkgpath.F, pkgpath.T.M
    entry: dict       # the dump's entry (sig, params, ...), to add fields to


def method_name(recv_type: str, name: str, fn: dict) -> str:
    """gc's name of a method: ``T.M`` or ``(*T).M``."""
    return f"(*{recv_type}).{name}" if fn["ptr_recv"] else f"{recv_type}.{name}"


def functions(api: dict) -> Iterator[Function]:
    """Every function and method of the dump (methods of generic types included)."""
    for path, pkg in api["packages"].items():
        for name, fn in pkg["funcs"].items():
            yield Function(path, name, f"{path}.{name}", fn)
        for tname, typ in pkg["types"].items():
            for mname, fn in typ.get("methods", {}).items():
                yield Function(path, method_name(tname, mname, fn), f"{path}.{tname}.{mname}", fn)
    for key, entry in api["named"].items():
        if "[" in key:
            continue
        path, tname = key.rsplit(".", 1)
        for mname, fn in entry.get("methods", {}).items():
            yield Function(path, method_name(tname, mname, fn), f"{key}.{mname}", fn)


def compile_escape(go: str, env: dict[str, str], tmp: Path, out: Path) -> None:
    """Build every standard-library package with the escape flags; stderr goes to ``out``."""
    mod = tmp / "mod"
    mod.mkdir(exist_ok=True)
    (mod / "go.mod").write_text("module stdlibgen\n\ngo 1.27\n")
    # -a: go replays a cached compile's lines as first printed, with the GOROOT of the
    # toolchain that compiled it; another install's cache entry would name files this
    # GOROOT's spellings do not match, and every decision would be lost.
    with out.open("w") as f:
        proc = subprocess.run([go, "build", "-a", f"-gcflags=std={ESCAPE_FLAGS}", "std"], cwd=mod,
                              env=env, stdout=subprocess.DEVNULL, stderr=f, timeout=3600)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: go build std failed; see {out}")


def normalise_pos(pos: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if pos.startswith(prefix):
            return pos[len(prefix):]
    return pos


class Messages:
    """The compiler's parameter lines at the positions asked for, grouped by position."""

    def __init__(self, path: Path, prefixes: list[str], wanted: set[str]):
        self.by_pos: dict[str, list[str]] = {}
        with path.open(encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    continue
                m = LINE.match(line)
                if not m:
                    continue
                msg = m.group("msg")
                if not msg or msg[0] == " ":  # -m=2 explanation steps
                    continue
                if not msg.startswith(("leaking param", "mutates param", "calls param", "parameter ",
                                       "moved to heap", "assuming ")) and "does not escape" not in msg:
                    continue
                pos = normalise_pos(m.group("pos"), prefixes)
                if pos in wanted:
                    self.by_pos.setdefault(pos, []).append(msg)


class Stats:
    def __init__(self) -> None:
        self.functions = 0
        self.summaries = 0
        self.moved: list[str] = []
        self.problems: list[str] = []
        self.inlinable = 0


def result_index(name: str, results: list[str]) -> int:
    m = re.fullmatch(r"~[rb](\d+)", name)
    if m:
        return int(m.group(1))
    return results.index(name)


def leak_of(param: dict, msgs: list[str], results: list[str], fname: str, bodyless: bool,
            where: str, stats: Stats) -> dict | None:
    """The summary of one parameter from the lines printed at its position.

    ``fname`` is the function as gc names it (``F``, ``T.M``, ``(*T).M``):
    -m=2 flow lines of wrappers share the position and are ignored.
    """
    name = param["name"]
    heap = mutator = callee = None
    res: list[int | None] = [None] * NUM_RESULTS
    content = moved = False
    seen = False
    flows: list[tuple[str, int]] = []
    result_names: set[str] = set()
    for msg in msgs:
        if m := LEAK_RESULT.match(msg):
            if m.group(1) != name:
                continue
            i = result_index(m.group(2), results)
            res[i] = int(m.group(3))
            result_names.add(m.group(2))
            seen = True
        elif m := LEAK_HEAP.match(msg):
            if m.group(1) == name:
                heap = 0
                seen = True
        elif m := LEAK_CONTENT.match(msg):
            if m.group(1) == name:
                content = True
                seen = True
        elif m := MUTATES.match(msg):
            if m.group(1) == name:
                mutator = int(m.group(2))
                seen = True
        elif m := CALLS.match(msg):
            if m.group(1) == name:
                callee = int(m.group(2))
                seen = True
        elif m := CLEAN.match(msg):
            if m.group(1) == name:
                seen = True
        elif m := NOESCAPE.match(msg):
            if m.group(1) == name:
                # With -d=escapemutationscalls=1 only a bodyless //go:noescape
                # function prints the short form.
                if not bodyless:
                    stats.problems.append(f"{where}: plain 'does not escape' for {name} with a body")
                mutator, callee = 0, 0
                seen = True
        elif m := FLOW.match(msg):
            if m.group(1) == name and m.group(3) == fname:
                flows.append((m.group(2), int(m.group(4))))
        elif m := MOVED.match(msg):
            if m.group(1) == name:
                moved = True
    if seen and moved:
        stats.problems.append(f"{where}: {name} both summarised and moved to heap")
    if moved:
        # No summary is printed for a parameter moved to the heap, but it has
        # one: an escaping location is walked as a root, and the walk from
        # the parameter itself reaches it with derefs 0, a leak to a sink that
        # is not a result, i.e. the heap at level 0, which clears every other
        # slot (spec 1.10's optimisation).
        stats.moved.append(f"{where} {name}")
        return {"heap": 0, "mutator": None, "callee": None, "results": [None] * NUM_RESULTS}
    if content:
        levels = [d for sink, d in flows if sink not in result_names]
        if not levels:
            stats.problems.append(f"{where}: no -m=2 flow for leaking param content {name}")
            heap = 1
        else:
            heap = min(levels)
            if heap == 0:
                stats.problems.append(f"{where}: leaking param content {name} with derefs=0 flow")
    if not seen:
        return None
    return {"heap": heap, "mutator": mutator, "callee": callee, "results": res}


class Context:
    """What the per-function stages read: the compiler's lines by position, its inlining
    decisions by (package, gc's name) and the packages carrying inline bodies, counters."""

    def __init__(self, messages: Messages,
                 inline_decisions: dict[tuple[str, str], dict] | None = None,
                 reexports: Any = None) -> None:
        self.messages = messages
        self.inline_decisions = inline_decisions or {}
        self.reexports = reexports       # inlining.Reexports: which packages carry a body
        self.stats = Stats()


def is_generic(entry: dict) -> bool:
    """Generic functions and methods of generic types have no summary of their own:
    lines at their positions belong to instances (compiled wherever they are used)."""
    return bool(entry.get("generic") or entry.get("recv_typeparams") or entry.get("typeparams"))


def wanted_positions(api: dict) -> set[str]:
    return {p["pos"] for fn in functions(api) if not is_generic(fn.entry)
            for p in fn.entry["params"] if p["name"] not in ("", "_")}


def add_leaks(fn: Function, ctx: Context) -> None:
    """``leaks``: one LEAK (or null) per parameter, receiver first."""
    stats = ctx.stats
    entry = fn.entry
    if is_generic(entry):
        entry["leaks"] = [None] * len(entry["params"])
        return
    stats.functions += 1
    results = [r["name"] for r in entry["sig"]["results"]]
    bodyless = bool(entry.get("bodyless"))
    leaks = []
    for param in entry["params"]:
        if param["name"] in ("", "_"):
            leaks.append(None)
            continue
        msgs = ctx.messages.by_pos.get(param["pos"], [])
        leak = leak_of(param, msgs, results, fn.name, bodyless, fn.where, stats)
        if leak is not None:
            stats.summaries += 1
        elif any(msg.startswith(SUMMARY_PREFIXES) or "does not escape" in msg for msg in msgs):
            stats.problems.append(f"{fn.where}: lines for {param['name']} but no summary: {msgs}")
        leaks.append(leak)
    entry["leaks"] = leaks
