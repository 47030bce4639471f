"""Stage 2b: the standard library's inlining facts (the inliner reads them).

Two sources, both the go1.27.3 toolchain:

1. The ``-m=2`` build of the whole standard library that stage 2 already
   runs for parameter summaries (inlining is on there) prints, for every
   function and method, ``can inline F with cost N as: ...`` or ``cannot
   inline F: reason``. ``read_decisions`` collects them and ``add_inline``
   (a per-function stage) sets ``"inline": {"cost": N}`` (with
   ``"literal": true`` when the body holds a function literal) or
   ``{"reason": R}`` (``"cost"`` too when it is too complex) on the entry,
   matched by the package of the printing file and gc's name, ``F``,
   ``T.M`` or ``(*T).M``. ``"body_in"`` lists the other packages whose
   export data carry its body (``read_reexports``): a program that imports
   none of them, nor the function's own package, cannot inline it.

2. ``probe_inlining``, once every entry has its "inline": a probe program
   calls every exported, non-generic function and method of the importable
   packages twice, on consecutive lines, from a function of its own whose
   parameters are the arguments and whose results go to package-level
   variables (so that anything an inlined body returns escapes)::

       func qN(r *p3.Builder, a0 string) {
               gN_0, gN_1 = r.WriteString(a0)
               gN_0, gN_1 = r.WriteString(a0)
       }

   gc's cost of ``qN`` is twice (the probe's own nodes, 2 + arguments, plus
   1 + results for an assignment, and what the call adds): an addition of
   0 means the call is an intrinsic on amd64 (``"intrinsic": true``); of
   the callee's cost, that gc inlines it in the user's package. Then the
   lines printed at the first call say what inlining it brings: the
   ``inlining call to`` lines after the callee's own come in waves (the
   two calls alternate, wave after wave), recorded as the names of each
   further wave (``"inlined": {"waves": [[...]], ...}``); any other line
   there (``&errors.errorString{...} escapes to heap``) means the inlined
   body prints diagnostics of its own (``"diags": true``; so does a body
   holding a function literal, which gc copies, printing ``can inline
   pkg.F.func1`` at a ``$GOROOT`` position). A function whose parameter or
   result types cannot be written in a user's program (an unexported or
   internal type) is not probed (``"probed": false`` when gc can inline it).
   The probes are built ``PROBES_PER_BUILD`` at a time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from quizapp.gotool import build_escape

from .api import importable
from .summaries import Context, Function, functions, method_name, normalise_pos
from .toolchain import ROOT, TIMEOUT, run

CAN = re.compile(r"^can inline (\S+) with cost (\d+) as: ")
CANNOT = re.compile(r"^cannot inline (\S+): (.*)$")
TOO_COMPLEX = re.compile(r"function too complex: cost (\d+) exceeds budget (\d+)$")
LINE = re.compile(r"^(?P<file>\S+?):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
PROBE_COST = re.compile(r"^(?:can inline (q\d+) with cost (\d+) as: |"
                        r"cannot inline (q\d+): function too complex: cost (\d+) exceeds)")
INLINING = re.compile(r"^inlining call to (\S+)$")

EXTRA_CALL_COST = 57
"""What gc charges for a call it does not inline (inl.go's inlineExtraCallCost)."""


# --- part 1: costs from the packages' own build ----------------------------------------------

def read_decisions(escape_out: Path, prefixes: list[str]) -> dict[tuple[str, str], dict]:
    """``(package dir, gc's name) -> {"cost": N} | {"reason": R, ["cost": N]}`` from the
    lines of stage 2's ``-m=2`` build (the file is read line by line: it is large)."""
    out: dict[tuple[str, str], dict] = {}
    with escape_out.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if "inline " not in line:
                continue
            m = LINE.match(line.rstrip("\n"))
            if not m:
                continue
            msg = m.group("msg")
            if not msg.startswith(("can inline ", "cannot inline ")):
                continue
            pkg = normalise_pos(m.group("file"), prefixes).rsplit("/", 1)[0]
            if c := CAN.match(msg):
                d: dict = {"cost": int(c.group(2))}
                if "func literal" in msg[c.end():]:
                    d["literal"] = True    # a copy of its closure is made wherever it is inlined
                out.setdefault((pkg, c.group(1)), d)
            elif c := CANNOT.match(msg):
                reason = c.group(2)
                if " into " in c.group(1) or reason.startswith("repeated recursive cycle"):
                    continue
                if cm := TOO_COMPLEX.match(reason):
                    out.setdefault((pkg, c.group(1)), {"reason": reason, "cost": int(cm.group(1))})
                else:
                    out.setdefault((pkg, c.group(1)), {"reason": reason})
    return out


def package_deps(go: str, env: dict[str, str]) -> dict[str, set[str]]:
    """Every standard-library package's dependencies (``go list -deps``)."""
    proc = run([go, "list", "-f", "{{.ImportPath}}{{range .Deps}} {{.}}{{end}}", "std"],
               cwd=ROOT, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: go list std failed:\n{proc.stderr}")
    return {line.split()[0]: set(line.split()[1:]) for line in proc.stdout.splitlines() if line}


def read_reexports(escape_out: Path, api: dict, deps: dict[str, set[str]]) -> Reexports:
    """Which packages' export data carry another package's function body.

    gc inlines a function of another package only if it has its body, and a
    package's export data holds the bodies of its own functions and of the
    ones it inlined (noder's ``exportBody``: ``local || fn.Inl.HaveDcl``):
    a program gets ``time.Time.Weekday``'s body by importing ``time``, or a
    package that inlined it. Each ``inlining call to NAME`` line of stage 2's
    build, under the ``# PKG`` header of the package being compiled, says PKG
    carries NAME's body (only packages a program can import are recorded:
    no other's export data is read into one). NAME is ``pkgname.F``, ``pkgname.T.M`` or
    ``pkgname.(*T).M``: the package is the one among PKG's dependencies with
    that name and that function (two with both, as ``sync`` and
    ``internal/sync`` for ``(*Mutex).Lock``, each get PKG; counted in
    ``ambiguous``)."""
    known = {(f.path, f.name) for f in functions(api)}
    importable_pkgs = {p for p, pkg in api["packages"].items() if pkg["importable"]}
    by_name: dict[str, list[str]] = {}
    for path, pkg in api["packages"].items():
        by_name.setdefault(pkg["name"], []).append(path)
    out = Reexports()
    current = ""
    seen: set[tuple[str, str]] = set()
    with escape_out.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("# "):
                current = line[2:].strip()
                continue
            if current not in importable_pkgs or "inlining call to " not in line:
                continue
            m = LINE.match(line.rstrip("\n"))
            c = INLINING.match(m.group("msg")) if m else None
            if c is None or "[" in c.group(1) or (current, c.group(1)) in seen:
                continue                   # (generic code is instantiated where it is used)
            seen.add((current, c.group(1)))
            pkgname, _, name = c.group(1).partition(".")
            owners = [q for q in by_name.get(pkgname, [])
                      if q != current and q in deps.get(current, ()) and (q, name) in known]
            out.ambiguous += len(owners) > 1
            for q in owners:
                out.bodies.setdefault((q, name), set()).add(current)
    return out


class Reexports:
    """``(package, gc's name) -> the other packages whose export data carry its body``."""

    def __init__(self) -> None:
        self.bodies: dict[tuple[str, str], set[str]] = {}
        self.ambiguous = 0


def add_inline(fn: Function, ctx: Context) -> None:
    """``inline``: gc's inlining decision for the function in its own package (left out
    when gc printed none, as for generic code: its instances are compiled elsewhere),
    with ``body_in``, the other packages whose export data carry its body."""
    d = ctx.inline_decisions.get((fn.path, fn.name))
    if d is not None:
        fn.entry["inline"] = dict(d)
        ctx.stats.inlinable += "reason" not in d
        carriers = ctx.reexports.bodies.get((fn.path, fn.name)) if ctx.reexports else None
        if carriers and "reason" not in d:
            fn.entry["inline"]["body_in"] = sorted(carriers)


# --- part 2: probes from a user's package ----------------------------------------------------

class Unwritable(Exception):
    """A type a user's program cannot name."""


class ProbeWriter:
    """Writes the probe program: one function per callable, imports aliased p0, p1, ..."""

    def __init__(self, api: dict):
        self.api = api
        self.alias: dict[str, str] = {}

    def qual(self, path: str, name: str) -> str:
        if not importable(path) or not name[:1].isupper():
            raise Unwritable(f"{path}.{name}")
        if path not in self.alias:
            self.alias[path] = f"p{len(self.alias)}"
        return f"{self.alias[path]}.{name}"

    def typ(self, t: dict) -> str:
        k = t["kind"]
        if k == "basic":
            return t["name"].replace("unsafe.Pointer", "UNSAFE")
        if k == "named":
            if t.get("args"):
                raise Unwritable("instance")
            if t["path"] == "":
                return t["name"]
            return self.qual(t["path"], t["name"])
        if k == "pointer":
            return "*" + self.typ(t["elem"])
        if k == "slice":
            return "[]" + self.typ(t["elem"])
        if k == "array":
            return f"[{t['len']}]" + self.typ(t["elem"])
        if k == "map":
            return f"map[{self.typ(t['key'])}]{self.typ(t['elem'])}"
        if k == "chan":
            pre = {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[t["dir"]]
            return pre + self.typ(t["elem"])
        if k == "func":
            return "func" + self.sig(t)
        if k == "struct":
            fields = []
            for f in t["fields"]:
                if not f["name"][:1].isupper() and not f.get("embedded"):
                    raise Unwritable("unexported field")
                fields.append(self.typ(f["type"]) if f.get("embedded") else
                              f"{f['name']} {self.typ(f['type'])}")
            return "struct{" + "; ".join(fields) + "}"
        if k == "interface":
            if t.get("typeset") or t.get("embeddeds"):
                raise Unwritable("constraint")
            ms = t.get("methods", [])
            if not ms:
                return "any"
            for m in ms:
                if not m["name"][:1].isupper():
                    raise Unwritable("unexported method")
            return "interface{" + "; ".join(m["name"] + self.sig(m["sig"]) for m in ms) + "}"
        raise Unwritable(k)

    def sig(self, s: dict) -> str:
        ps = []
        for i, p in enumerate(s["params"]):
            t = self.typ(p["type"])
            if s.get("variadic") and i == len(s["params"]) - 1:
                t = "..." + t[2:]
            ps.append(t)
        out = "(" + ", ".join(ps) + ")"
        rs = [self.typ(r["type"]) for r in s["results"]]
        if len(rs) == 1:
            out += " " + rs[0]
        elif rs:
            out += " (" + ", ".join(rs) + ")"
        return out


class Probe:
    """One callable's probe: its function, its globals, its base cost and its call line."""

    def __init__(self, fn: dict, name: str, decl: str, globs: list[str], base: int):
        self.fn = fn
        self.name = name          # gc's name as a user's package prints it: pkg.F, pkg.(*T).M
        self.decl = decl
        self.globs = globs
        self.base = base
        self.line = 0             # the first call's line


def make_probe(w: ProbeWriter, i: int, path: str, pkgname: str, fname: str, fn: dict,
               tname: str | None) -> Probe:
    """The probe of one function or method (raises Unwritable)."""
    sig = fn["sig"]
    params = sig["params"]
    args = []
    decl_params = []
    recv = ""
    if tname is not None:
        rt = w.qual(path, tname)
        decl_params.append(f"r {'*' if fn.get('ptr_recv') else ''}{rt}")
        recv = "r."
    for j, p in enumerate(params):
        t = w.typ(p["type"])
        if sig.get("variadic") and j == len(params) - 1:
            decl_params.append(f"a{j} ...{t[2:]}")
            args.append(f"a{j}...")
        else:
            decl_params.append(f"a{j} {t}")
            args.append(f"a{j}")
    callee = recv + fname if tname is not None else w.qual(path, fname)
    call = f"{callee}({', '.join(args)})"
    results = sig["results"]
    globs = [f"var g{i}_{k} {w.typ(r['type'])}" for k, r in enumerate(results)]
    lhs = ", ".join(f"g{i}_{k}" for k in range(len(results)))
    stmt = f"{lhs} = {call}" if results else call
    name = f"{pkgname}.{fname}" if tname is None else f"{pkgname}.{method_name(tname, fname, fn)}"
    decl = f"func q{i}({', '.join(decl_params)}) {{\n\t{stmt}\n\t{stmt}\n}}"
    base = 2 + len(params) + (1 + len(results) if results else 0)
    return Probe(fn, name, decl, globs, base)


def probe_program(api: dict) -> tuple[str, list[Probe], int]:
    """The probe program, its probes, and how many callables could not be written
    (a package a program cannot import holds only what generic source refers to)."""
    w = ProbeWriter(api)
    probes: list[Probe] = []
    skipped = 0
    for path, pkg in sorted(api["packages"].items()):
        if not pkg["importable"]:
            continue
        for fname in sorted(pkg["funcs"]):
            fn = pkg["funcs"][fname]
            if fn.get("generic"):
                continue
            try:
                probes.append(make_probe(w, len(probes), path, pkg["name"], fname, fn, None))
            except Unwritable:
                skipped += 1
        for tname in sorted(pkg["types"]):
            typ = pkg["types"][tname]
            if typ.get("typeparams"):
                continue
            for mname in sorted(typ["methods"]):
                fn = typ["methods"][mname]
                if fn.get("recv_typeparams") or fn.get("typeparams"):
                    continue
                try:
                    probes.append(make_probe(w, len(probes), path, pkg["name"], mname, fn, tname))
                except Unwritable:
                    skipped += 1
    head = ["package main", "", 'import "unsafe"', ""]
    head += [f'import {a} "{p}"' for p, a in sorted(w.alias.items(), key=lambda kv: kv[1])]
    head += ["", "type UNSAFE = unsafe.Pointer", ""]
    lines = head + [g for p in probes for g in p.globs] + [""]
    for p in probes:
        p.line = len(lines) + 2
        lines += p.decl.split("\n") + [""]
    lines += ["func main() {}", ""]
    return "\n".join(lines), probes, skipped


def probe_inlining(api: dict, go: str, timeout: float = TIMEOUT) -> dict:
    """Build the probe program and record each probed callable's facts; returns counts."""
    source, probes, skipped = probe_program(api)
    res = build_escape(source, 2, inline=True, go=go, timeout=timeout)
    if not res.ok:
        sys.exit("gen_stdlib: the inlining probe does not compile:\n" + "\n".join(res.lines[:40]))
    cost: dict[str, int] = {}
    at: dict[int, list[str]] = {}
    order: list[tuple[int, str]] = []
    for line in res.lines:
        m = LINE.match(line)
        if not m or m.group("file") != "./main.go":
            continue
        msg = m.group("msg")
        if c := PROBE_COST.match(msg):
            cost[c.group(1) or c.group(3)] = int(c.group(2) or c.group(4))
            continue
        n = int(m.group("line"))
        at.setdefault(n, []).append(msg)
        if INLINING.match(msg):
            order.append((n, INLINING.match(msg).group(1)))  # type: ignore[union-attr]
    counts = {"probed": 0, "skipped": skipped, "intrinsics": 0, "inlined": 0, "with_diags": 0}
    problems: list[str] = []
    for i, p in enumerate(probes):
        c = cost.get(f"q{i}")
        if c is None or c % 2:
            problems.append(f"{p.name}: probe cost {c}")
            continue
        counts["probed"] += 1
        extra = c // 2 - p.base
        inline = p.fn.get("inline", {})
        if extra == 0:
            p.fn["intrinsic"] = True
            counts["intrinsics"] += 1
            continue
        if p.fn.get("intrinsic"):
            problems.append(f"{p.name}: the packages' build compiles a call to instructions, "
                            f"the probe's adds {extra}")
            continue
        waves = split_waves([(n, name) for n, name in order if n in (p.line, p.line + 1)],
                            p.line, p.line + 1)
        if not waves:
            if extra != EXTRA_CALL_COST and extra != inline.get("cost"):
                problems.append(f"{p.name}: a call adds {extra}, neither a call nor its cost")
            continue
        if waves[0] != [p.name] or extra != inline.get("cost"):
            problems.append(f"{p.name}: inlined as {waves[0]} adding {extra}, data says {inline}")
            continue
        diags = any(not INLINING.match(msg) for msg in at.get(p.line, [])) or \
            bool(inline.get("literal"))
        p.fn["inlined"] = {"waves": waves[1:], "diags": diags}
        counts["inlined"] += 1
        counts["with_diags"] += diags
    for f in functions(api):
        fn = f.entry
        inl = fn.get("inline")
        if inl and "reason" not in inl and "inlined" not in fn and not fn.get("intrinsic"):
            fn["probed"] = False
    if problems:
        for pr in problems:
            print("gen_stdlib: inlining probe:", pr, file=sys.stderr)
        sys.exit(1)
    return counts


def split_waves(seq: list[tuple[int, str]], first: int, second: int) -> list[list[str]]:
    """The names inlined at the first of two identical calls, wave by wave: a wave ends when
    the second call's lines of the same wave have been printed."""
    waves: list[list[str]] = []
    cur_first: list[str] = []
    cur_second: list[str] = []
    for n, name in seq:
        if n == first:
            if cur_second:
                waves.append(cur_first)
                if cur_first != cur_second:
                    raise SystemExit(f"gen_stdlib: the two probe calls inline differently: "
                                     f"{cur_first} / {cur_second}")
                cur_first, cur_second = [], []
            cur_first.append(name)
        elif n == second:
            cur_second.append(name)
    if cur_first:
        if cur_first != cur_second:
            raise SystemExit(f"gen_stdlib: the two probe calls inline differently: "
                             f"{cur_first} / {cur_second}")
        waves.append(cur_first)
    return waves
