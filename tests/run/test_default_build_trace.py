"""A trace of the default build: placed by the -m analysis, inlined calls merged into their callers.

Verdicts come from the analyzer (the -m sites, the copy at each inlined
call); values from the run itself and, where Go is at hand, from ``go run``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.analysis import Verdict, analyze
from quizapp.diagram.layout import layout_step
from quizapp.diagram.model import build
from quizapp.gotool import build_program, run_program
from quizapp.run.trace import record

ROOT = Path(__file__).resolve().parents[2]

NEW_POINT = """package main

import "fmt"

type Point struct{ X, Y int }

var keep *Point

func NewPoint(x, y int) *Point { return &Point{x, y} }

func main() {
	p := NewPoint(1, 2)
	keep = NewPoint(3, 4)
	fmt.Println(p.X+keep.Y, *p)
}
"""


def _copies(src: str) -> dict[int, Verdict]:
    """The default build's verdict of ``&Point{...}`` at each call line it was inlined at."""
    out = {}
    for s in analyze(src, inline=True).sites:
        if s.name == "&Point{...}" and s.inlined_call is not None:
            out[s.inlined_call[1].line] = s.verdict
    return out


def _objects(trace, label: str):  # noqa: ANN001, ANN202
    """Each object with ``label`` at the last step before main returns (its return takes the
    frame and what it kept on the stack), with whether it is drawn in a frame."""
    assert trace.steps[-1].event == "return" and trace.steps[-1].detail == "main"
    view = trace.snapshot(len(trace.steps) - 2)
    return [(o, False) for o in view.heap if o.label == label] + \
        [(o, True) for o in view.stack_objects if o.label == label]


def test_each_inlined_copy_places_what_it_makes() -> None:
    copies = _copies(NEW_POINT)
    assert set(copies) == {12, 13} and copies[12] != copies[13]    # the two calls differ
    lone = analyze(NEW_POINT)
    own = next(s for s in lone.sites if s.name == "&Point{...}")
    trace = record(lone, default=analyze(NEW_POINT, inline=True))
    assert trace.mode == "-m" and trace.result.status == 0
    objs = _objects(trace, "&Point{...}")
    assert len(objs) == 2
    for o, in_frame in objs:
        line = int(o.site.rsplit("@", 1)[1].split(":")[0])      # the call the copy is at
        assert o.verdict == copies[line].value and in_frame == (copies[line] is Verdict.STACK)
    # the -m -l trace of the same run: every object as the lone function decides
    plain = record(lone)
    assert plain.mode == "-l"
    assert {o.verdict for o, _ in _objects(plain, "&Point{...}")} == {own.verdict.value}
    assert plain.result.stdout == trace.result.stdout
    assert len(trace.steps) == len(plain.steps)


def test_an_inlined_call_has_no_frame_its_locals_are_the_callers() -> None:
    trace = record(analyze(NEW_POINT), default=analyze(NEW_POINT, inline=True))
    inlined = {name for _pos, name in analyze(NEW_POINT, inline=True).inlined}
    assert "NewPoint" in inlined
    alloc = next(i for i, r in enumerate(trace.steps) if r.event == "alloc" and r.detail == "&Point{...}")
    view = trace.snapshot(alloc)
    assert [f.func for f in view.frames()] == ["main"]
    main = view.frames()[0]
    merged = {v.name: v for v in main.vars if v.inlined == "NewPoint"}
    assert {n: v.value for n, v in merged.items()} == {"x": "1", "y": "2"}
    stacked = [o for o in view.stack_objects if o.label == "&Point{...}"]
    assert stacked and all(o.owner == main.id for o in stacked)
    scene = layout_step(view)
    frames = [b for b in scene.boxes if b.kind == "frame"]
    assert len(frames) == 1
    assert "NewPoint (inlined)" in {t.whole for t in frames[0].texts}
    # with inlining off NewPoint has its own frame
    plain = record(analyze(NEW_POINT))
    alloc = next(i for i, r in enumerate(plain.steps) if r.event == "alloc" and r.detail == "&Point{...}")
    assert [f.func for f in plain.snapshot(alloc).frames()] == ["main", "NewPoint"]


def test_a_model_of_the_default_build() -> None:
    m = build(analyze(NEW_POINT), source=NEW_POINT, default=analyze(NEW_POINT, inline=True))
    assert m.trace.mode == "-m"
    assert all(f.func != "NewPoint" for i in range(m.count) for f in m.view(i).frames())


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd, capture_output=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_trace_and_diagram_commands_choose_the_build(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(NEW_POINT)
    r = _cli(["trace", "main.go", "--json", "--inline", "-o", "t.json"], tmp_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "t.json").read_text())
    assert doc["mode"] == "-m"
    funcs = {f["func"] for s in doc["steps"] for f in s["frames"]}
    assert "NewPoint" not in funcs and "main" in funcs
    assert any(v.get("inlined") == "NewPoint" for s in doc["steps"] for f in s["frames"] for v in f["vars"])
    r = _cli(["trace", "main.go", "--json"], tmp_path)
    assert json.loads(r.stdout)["mode"] == "-l"
    alloc = next(s["index"] for s in doc["steps"] if s["detail"] == "&Point{...}")
    r = _cli(["diagram", "main.go", "--inline", "--step", str(alloc + 1), "-o", "d.svg"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "NewPoint (inlined)" in (tmp_path / "d.svg").read_text()


@pytest.mark.go
def test_the_default_build_trace_prints_what_the_built_program_prints(go: str, tmp_path: Path) -> None:
    trace = record(analyze(NEW_POINT), default=analyze(NEW_POINT, inline=True))
    built = build_program(NEW_POINT, tmp_path / "prog", go=go)
    assert built.ok, built.lines
    theirs = run_program(tmp_path / "prog")
    assert (trace.result.stdout, trace.result.status) == (theirs.stdout, theirs.status)
    plain = record(analyze(NEW_POINT))
    assert sorted(o.value for o, _ in _objects(trace, "&Point{...}")) == \
        sorted(o.value for o, _ in _objects(plain, "&Point{...}"))
