"""Package-level variables and the memory their initialisers make.

gc lays out an initialiser made only of constants (``[]string{"a", "b"}``'s
array, ``&Config{Debug: true}``) in the binary's data: nothing is allocated,
and the running program's pointers to it are not heap addresses; so is a
literal with parts computed in init (``&Config{Name: label(n)}``). An
initialiser that calls a function runs in the package's init and allocates as
the analysis says. A trace shows every package-level variable from its first step, static
data beside them, and the heap only what was allocated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.model import build

PROGRAM = """package main

import "fmt"

type Config struct {
	Debug bool
	Name  string
}

func mk(n int) []int { return make([]int, n) }

var names = []string{"a", "b"}
var buf = mk(3)
var def = &Config{Debug: true}
var count = len(buf)
var named = &Config{Name: label(count)}

func label(n int) string { return fmt.Sprint("n", n) }

func main() {
	fmt.Printf("names %p\\n", &names[0])
	fmt.Printf("def %p\\n", def)
	fmt.Printf("buf %p\\n", &buf[0])
	fmt.Printf("named %p\\n", named)
	fmt.Println(count, def.Debug, named.Name)
}
"""


def _real_addresses(tmp_path: Path) -> dict[str, int]:
    from quizapp.gotool import build_program, run_program
    built = build_program(PROGRAM, tmp_path / "prog")
    assert built.ok, built.stderr
    out = run_program(tmp_path / "prog").stdout.decode()
    return {m[1]: int(m[2], 16) for m in re.finditer(r"^(\w+) 0x([0-9a-f]+)$", out, re.M)}


@pytest.mark.go
def test_static_initialisers_are_not_heap_memory_as_in_the_real_program(tmp_path: Path) -> None:
    real = _real_addresses(tmp_path)
    on_heap = {name: addr >= 1 << 32 for name, addr in real.items()}     # the binary's data is low
    assert on_heap == {"names": False, "def": False, "buf": True, "named": False}   # what Go really did
    m = build(analyze(PROGRAM), source=PROGRAM)
    last = m.view(m.count - 1)
    targets = {v.name: v.points_to for v in last.globals.vars}
    statics = {o.id for o in last.static_objects}
    heap = {o.id for o in last.heap}
    for name, heaped in on_heap.items():
        assert targets[name], name
        assert (targets[name][0] in heap) == heaped and (targets[name][0] in statics) != heaped, name
    assert all(o.where == "static" and o.kind == "static" and o.verdict == "none" for o in last.static_objects)
    # a literal with a part computed in init is laid out statically all the same
    assert sorted(o.label for o in last.static_objects) == ["&Config{...}", "&Config{...}", "[]string{...}"]


def test_every_package_level_variable_is_there_from_the_first_step() -> None:
    m = build(analyze(PROGRAM), source=PROGRAM)
    first = m.view(0)
    assert [v.name for v in first.globals.vars] == ["names", "buf", "def", "count", "named"]
    values = {v.name: v.value for v in first.globals.vars}
    assert values["buf"] == "[]" and values["count"] == "0"       # not yet initialised
    assert len(first.static_objects) == 2 and not first.heap
    init = first.frames()[-1]
    scene = m.scene(0)
    title = next(t.text for b in scene.boxes if b.id == f"f{init.id}" for t in b.texts)
    assert title == "init"                        # no ":0" for a frame with no line yet


def test_the_traced_programs_output_prints_the_addresses_the_diagram_draws() -> None:
    """%p of static data and of the heap: what the trace's stdout says is where the boxes are."""
    m = build(analyze(PROGRAM), source=PROGRAM)
    printed = {k: int(v, 16) for k, v in re.findall(r"^(\w+) 0x([0-9a-f]+)$", m.trace.result.stdout.decode(), re.M)}
    last = m.view(m.count - 1)
    objs = {o.id: int(o.addr, 16) for o in [*last.static_objects, *last.heap]}
    drawn = {v.name: objs[v.points_to[0]] for v in last.globals.vars if v.points_to}
    assert printed == {k: drawn[k] for k in ("names", "def", "buf", "named")}
    assert printed["names"] < 1 << 32 < printed["buf"]                   # static data low, as in Go
