"""docs/trace-format.md and the JSON of ``quizapp trace`` say the same: every key of every
level is documented, and every documented key is written; and the invariants the document
states hold on real runs (a panic's own step, a return dropping its frame's stack objects,
memory Go allocates at run time on the heap, by-value captures never pointing into a frame)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.run.trace import record
from quizapp.run.tracejson import trace_json

DOC = Path(__file__).resolve().parents[2] / "docs" / "trace-format.md"

PROGRAM = """package main

import (
	"fmt"
	"sync"
)

type P struct{ X, Y int }

func newP(x int) *P {
	return &P{X: x, Y: 2}
}

func main() {
	n := 7
	q := newP(n)
	s := make([]int, 0, n)
	s = append(s, 1, 2, 3, 4, 5, 6, 7, 8)
	ch := make(chan int, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ch <- n
	}()
	wg.Wait()
	local := &P{X: <-ch}
	fmt.Println(q, len(s), local.X)
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	var m map[string]int
	m["a"] = 1
}
"""


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(title)
    nxt = re.search(r"^#{2,3} ", text[start + len(title):], re.M)
    return text[start:start + len(title) + (nxt.start() if nxt else len(text))]


def table_keys(title: str) -> set[str]:
    """The keys a section's table documents (its first column's backticked names)."""
    keys: set[str] = set()
    for line in _section(title).splitlines():
        m = re.match(r"\|\s*([^|]+)\|", line)
        if m and "`" in m.group(1):
            keys |= set(re.findall(r"`([^`]+)`", m.group(1)))
    return keys


@pytest.fixture(scope="module")
def doc() -> dict:
    return trace_json(record(analyze(PROGRAM)), "./main.go")


def test_every_key_is_documented_and_every_documented_key_written(doc: dict) -> None:
    assert set(doc) == table_keys("## The object")
    steps = doc["steps"]
    assert {k for s in steps for k in s} == table_keys("## A step")
    frames = [f for s in steps for f in s["frames"]] + [
        f for s in steps for g in s["goroutines"] for f in g["frames"]]
    assert frames and {k for f in frames for k in f} == table_keys("### A frame")
    variables = [v for f in frames for v in f["vars"]]
    assert {k for v in variables for k in v} == table_keys("### A variable")
    objects = [o for s in steps for o in s["heap"] + s["stack_objects"]]
    assert {k for o in objects for k in o} == table_keys("### An object")
    goroutine_row = next(line for line in _section("## A step").splitlines()
                         if line.startswith("| `goroutines` |"))
    listed = re.sub(r"\([^)]*\)", "", goroutine_row.split("|")[2])    # the keys, not their values
    assert {k for s in steps for g in s["goroutines"] for k in g} == set(re.findall(r"`([a-z_]+)`", listed))
    events = set(re.findall(r"`([a-z]+)`", next(
        line for line in _section("## A step").splitlines() if line.startswith("| `event` |"))[10:]))
    assert {s["event"] for s in steps} <= events


def test_a_panic_has_its_own_step_before_the_deferred_call(doc: dict) -> None:
    steps = doc["steps"]
    i = next(i for i, s in enumerate(steps) if s["event"] == "panic")
    assert steps[i]["detail"] == "assignment to entry in nil map"
    assert [f["func"] for f in steps[i]["frames"]] == ["main"]
    assert steps[i + 1]["event"] == "call" and steps[i + 1]["detail"] == "main.func2"
    assert doc["status"] == 0 and doc["stdout"].endswith("recovered assignment to entry in nil map\n")


def test_the_last_step_is_mains_return_with_mains_frame_returning(doc: dict) -> None:
    last = doc["steps"][-1]
    assert last["event"] == "return" and last["detail"] == "main"
    assert [(f["func"], f["returning"], f["results"]) for f in last["frames"]] == [("main", True, [])]


def test_a_return_step_shows_the_returning_frame_and_the_next_step_drops_it(doc: dict) -> None:
    steps = doc["steps"]
    returns = [i for i, s in enumerate(steps) if s["event"] == "return"]
    assert len(returns) >= 5
    for i in returns:
        s = steps[i]
        *callers, top = s["frames"]
        assert top["returning"] and top["func"] == s["detail"] and top["line"] == s["line"], i
        assert not any(f["returning"] or f["results"] for f in callers)
        later = next((t for t in steps[i + 1:] if t["goroutine"] == s["goroutine"]), None)
        if later is None:
            continue
        alive = {f["id"] for g in later["goroutines"] for f in g["frames"]}
        assert top["id"] not in alive, i
        assert all(o["owner"] in alive for o in later["stack_objects"]), i
    assert not any(f["returning"] or f["results"] for s in steps if s["event"] != "return" for f in s["frames"])
    back = next(steps[i]["frames"][-1] for i in returns if steps[i]["detail"] == "newP")
    (result,) = back["results"]                 # &P{X: x, Y: 2}: the pointer it hands back
    assert result["name"] == "~r0" and result["type"] == "*main.P" and len(result["points_to"]) == 1


def test_the_example_is_what_the_trace_holds() -> None:
    example = _section("## Example")
    src = "package main\n\n" + re.search(r"```go\n(.*?)```", example, re.S).group(1)
    steps = trace_json(record(analyze(src)), "./main.go")["steps"]
    back = [s for s in steps if s["event"] == "return" and s["detail"] == "initFn.func1"][1]
    assert src.split("\n")[back["line"] - 1].strip() == "return count"
    main, func1 = back["frames"]
    assert main["func"] == "main" and not main["returning"]
    assert func1["returning"] and [(r["name"], r["value"]) for r in func1["results"]] == [("~r0", "2")]
    (nxt,) = [v for v in main["vars"] if v["name"] == "next"]
    lit = next(o for o in back["heap"] if o["label"] == "func literal")
    count = next(o for o in back["heap"] if o["label"] == "count")
    assert nxt["where"] == "stack" and nxt["points_to"] == [lit["id"]]
    assert count["value"] == "2" and lit["points_to"] == [count["id"]]
    after = steps[steps.index(back) + 1]
    assert [f["func"] for f in after["frames"]] == ["main"]
    assert [(f["func"], f["returning"]) for f in steps[-1]["frames"]] == [("main", True)]


def test_an_append_grown_past_the_stack_buffer_is_drawn_on_the_heap(doc: dict) -> None:
    """make([]int, 0, n) stays in main's frame; the array append grows into is Go's heap."""
    i = next(i for i, s in enumerate(doc["steps"]) if s["event"] == "alloc" and s["detail"] == "append")
    s = doc["steps"][i + 1]           # the statement after: the elements are in
    grown = next(o for o in s["heap"] if o["label"] == "append")
    assert grown["verdict"] == "stack" and grown["where"] == "heap" and "growslice" in grown["note"]
    assert grown["value"].startswith("[1 2 3 4 5 6 7 8 0")
    assert not any(o["label"] == "append" for o in s["stack_objects"])
    made = doc["steps"][i]            # the buffer is in main's frame until s leaves it
    assert any(o["label"].startswith("make([]int") for o in made["stack_objects"])
    assert not any(o["label"].startswith("make([]int") for o in s["stack_objects"] + s["heap"])


def test_an_allocation_step_shows_what_it_allocated(doc: dict) -> None:
    for s in doc["steps"]:
        if s["event"] == "alloc":
            labels = [o["label"] for o in s["heap"] + s["stack_objects"]]
            labels += [v["name"] for f in s["frames"] for v in f["vars"]]
            assert s["detail"] in labels, (s["index"], s["detail"])


def test_a_closure_capturing_by_value_points_where_the_copy_points(doc: dict) -> None:
    """The go statement's closure copies ch and n (never reassigned): its arrow goes to the
    channel, never to main's variables, which it does not share."""
    s = next(s for s in doc["steps"] if s["event"] == "go")
    main = next(f for f in s["frames"] if f["func"] == "main")
    ids = {v["name"]: v["obj"] for v in main["vars"]}
    lit = next(o for o in s["heap"] if o["label"] == "func literal")
    chan = next(o for o in s["heap"] if o["label"].startswith("make(chan"))
    assert chan["id"] in lit["points_to"]
    assert ids["ch"] not in lit["points_to"] and ids["n"] not in lit["points_to"]
    assert ids["wg"] in lit["points_to"]          # wg is used by address: captured by reference


def _stack_ids(step: object) -> set[str]:
    ids = {v.obj for g in step.goroutines for f in g.frames for v in f.vars if v.where == "stack"}
    return ids | {o.id for o in step.stack_objects}


def test_no_escaping_object_points_into_a_frame() -> None:
    """Go never lets heap memory point into a stack: every built-in program whose goroutine or
    closure captures variables (a sample; all programs: bench/placement.py)."""
    from quizapp.quiz.loader import builtin_dir, load_packs
    packs, _ = load_packs([builtin_dir()])
    codes = sorted({q.code for p in packs for q in p.questions if "go func" in q.code})
    assert len(codes) >= 5
    for code in codes:
        for step in record(analyze(code), budget=300).all_snapshots():
            stack = _stack_ids(step)
            for o in step.heap:
                if o.verdict in ("heap", "none") and not o.garbage:
                    assert not set(o.points_to) & stack, (code, step.index, o.label)


def test_a_moved_variable_is_one_object_from_its_declaration_on() -> None:
    """``c := counter{n: 1}`` with c moved to the heap: one allocation, one object, whose value
    the definition fills in (never a second object beside a garbage first one)."""
    src = """package main

type counter struct{ n int }

func newCounter() *counter {
	c := counter{n: 1}
	return &c
}

func main() {
	c := newCounter()
	c.n++
	println(c.n)
}
"""
    doc = trace_json(record(analyze(src)), "./main.go")
    ids = {o["id"] for s in doc["steps"] for o in s["heap"] if o["label"] == "c"}
    assert len(ids) == 1
    values = [o["value"] for s in doc["steps"] for o in s["heap"] if o["label"] == "c"]
    assert values[0] == "{n:0}" and values[-1] == "{n:2}"
    assert not any(o["garbage"] for s in doc["steps"] for o in s["heap"] if o["label"] == "c"
                   and s["frames"])
