"""The standard library's inlining facts, for ``gen_stdlib.py`` (its part 4).

Two sources, both the go1.27.3 toolchain:

1. The ``-m=2`` build of the standard-library packages that ``gen_stdlib``
   already runs for parameter summaries (inlining is on there) prints, for
   every function and method, ``can inline F with cost N as: ...`` or
   ``cannot inline F: reason``. Each becomes ``"inline": {"cost": N}`` (with
   ``"literal": true`` when the body holds a function literal) or
   ``{"reason": R}`` on the function's entry (matched by the package of the
   printing file and gc's name, ``F``, ``T.M`` or ``(*T).M``).

2. A probe program calls every exported, non-generic function and method
   twice, on consecutive lines, from a function of its own whose
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
   pkg.F.func1`` at a ``$GOROOT`` position). A function whose
   parameter or result types cannot be written in a user's program (an
   unexported type) is not probed (``"probed": false`` when gc can inline it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import build_escape  # noqa: E402

CAN = re.compile(r"^can inline (\S+) with cost (\d+) as: ")
CANNOT = re.compile(r"^cannot inline (\S+): (.*)$")
LINE = re.compile(r"^(?P<file>\S+?):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
PROBE_COST = re.compile(r"^(?:can inline (q\d+) with cost (\d+) as: |"
                        r"cannot inline (q\d+): function too complex: cost (\d+) exceeds)")
INLINING = re.compile(r"^inlining call to (\S+)$")

EXTRA_CALL_COST = 57
"""What gc charges for a call it does not inline (inl.go's inlineExtraCallCost)."""


# --- part 1: costs from the packages' own build ----------------------------------------------

def inline_decisions(lines: list[str], prefixes: list[str]) -> dict[tuple[str, str], dict]:
    """``(package dir, gc's name) -> {"cost": N} | {"reason": R}`` from a -m=2 build's lines."""
    out: dict[tuple[str, str], dict] = {}
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        path = m.group("file")
        for prefix in prefixes:
            if path.startswith(prefix):
                path = path[len(prefix):]
                break
        pkg = path.rsplit("/", 1)[0]
        msg = m.group("msg")
        if c := CAN.match(msg):
            d: dict = {"cost": int(c.group(2))}
            if "func literal" in msg[c.end():]:
                d["literal"] = True        # a copy of its closure is made wherever it is inlined
            out.setdefault((pkg, c.group(1)), d)
        elif c := CANNOT.match(msg):
            reason = c.group(2)
            if " into " in c.group(1) or reason.startswith("repeated recursive cycle"):
                continue
            if cm := re.match(r"function too complex: cost (\d+) exceeds budget (\d+)$", reason):
                out.setdefault((pkg, c.group(1)), {"reason": reason, "cost": int(cm.group(1))})
            else:
                out.setdefault((pkg, c.group(1)), {"reason": reason})
    return out


def each_function(api: dict):
    """(package path, gc's name, entry, receiver type name or None) for every function and method."""
    for path, pkg in api["packages"].items():
        for name, fn in pkg["funcs"].items():
            yield path, name, fn, None
        for tname, typ in pkg["types"].items():
            for mname, fn in typ["methods"].items():
                yield path, gc_method_name(tname, mname, fn), fn, tname
    for key, entry in api["named"].items():
        if "[" in key:
            continue                       # instances of generic types
        path, tname = key.rsplit(".", 1)
        for mname, fn in entry.get("methods", {}).items():
            yield path, gc_method_name(tname, mname, fn), fn, None


def gc_method_name(tname: str, mname: str, fn: dict) -> str:
    return f"(*{tname}).{mname}" if fn.get("ptr_recv") else f"{tname}.{mname}"


def attach_decisions(api: dict, decisions: dict[tuple[str, str], dict]) -> int:
    """Record each function's inlinability; returns how many gc can inline."""
    n = 0
    for path, name, fn, _ in each_function(api):
        d = decisions.get((path, name))
        if d is not None:
            fn["inline"] = d
            n += "reason" not in d
    return n


# --- part 2: probes from a user's package ----------------------------------------------------

class Unwritable(Exception):
    """A type a user's program cannot name."""


class ProbeWriter:
    """Writes the probe program: one function per callable, imports aliased p0, p1, ..."""

    def __init__(self, api: dict):
        self.api = api
        self.alias: dict[str, str] = {}

    def qual(self, path: str, name: str) -> str:
        if "internal" in path.split("/") or not name[:1].isupper():
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


def make_probe(w: ProbeWriter, i: int, path: str, fname: str, fn: dict, tname: str | None) -> Probe:
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
    pkgname = path.rsplit("/", 1)[-1]
    name = f"{pkgname}.{fname}" if tname is None else f"{pkgname}.{gc_method_name(tname, fname, fn)}"
    decl = f"func q{i}({', '.join(decl_params)}) {{\n\t{stmt}\n\t{stmt}\n}}"
    base = 2 + len(params) + (1 + len(results) if results else 0)
    return Probe(fn, name, decl, globs, base)


def probe_program(api: dict) -> tuple[str, list[Probe], int]:
    """The probe program, its probes, and how many callables could not be written."""
    w = ProbeWriter(api)
    probes: list[Probe] = []
    skipped = 0
    for path, pkg in sorted(api["packages"].items()):
        for fname in sorted(pkg["funcs"]):
            fn = pkg["funcs"][fname]
            if fn.get("generic"):
                continue
            try:
                probes.append(make_probe(w, len(probes), path, fname, fn, None))
            except Unwritable:
                skipped += 1
        for tname in sorted(pkg["types"]):
            typ = pkg["types"][tname]
            if typ.get("typeparams"):
                continue
            for mname in sorted(typ["methods"]):
                fn = typ["methods"][mname]
                if fn.get("recv_typeparams"):
                    continue
                try:
                    probes.append(make_probe(w, len(probes), path, mname, fn, tname))
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


def probe_inlining(api: dict, go: str, timeout: float) -> dict:
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
    for _, _, fn, _ in each_function(api):
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
