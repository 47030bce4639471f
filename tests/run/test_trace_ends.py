"""How a run ends in its trace: a panic unwinds frames that return nothing, and a program
Go ends with a fatal message (a panic nothing recovered, a deadlock) has a last ``exit``
step carrying Go's own first line of stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.model import build

CRASH = """package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 1))
	fmt.Println(get(s, 5))
}
"""

DEADLOCK = """package main

func main() {
	ch := make(chan int)
	x := 1
	ch <- x
	println(x)
}
"""

RECOVERED = """package main

import "fmt"

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var m map[string]int
	m["a"] = 1
	return nil
}

func main() {
	fmt.Println(safe())
}
"""


def _steps(src: str) -> list:
    return build(analyze(src), source=src).trace.steps


def _go_stderr_first_line(src: str, tmp_path: Path) -> str:
    from quizapp.gotool import build_program, run_program
    built = build_program(src, tmp_path / "prog")
    assert built.ok, built.stderr
    return run_program(tmp_path / "prog").stderr.decode().splitlines()[0]


@pytest.mark.go
def test_an_unrecovered_panic_unwinds_and_ends_with_go_s_message(tmp_path: Path) -> None:
    steps = _steps(CRASH)
    panic = max(i for i, s in enumerate(steps) if s.event == "panic")
    after = steps[panic + 1:]
    assert [(s.event, s.detail) for s in after[:-1]] == [("unwind", "get"), ("unwind", "main")]
    assert after[-1].event == "exit" and after[-1].detail == _go_stderr_first_line(CRASH, tmp_path)
    assert (after[-1].line, after[-1].col) == (steps[panic].line, steps[panic].col)


@pytest.mark.go
def test_the_crash_step_keeps_the_frames_go_s_report_names(tmp_path: Path) -> None:
    """Go prints its crash report with the panicking frames still on the stack: the exit
    step draws them (with their variables), as the report lists them, innermost first."""
    from quizapp.gotool import build_program, run_program
    m = build(analyze(CRASH), source=CRASH)
    last = len(m.trace.steps) - 1
    frames = m.view(last).frames()
    built = build_program(CRASH, tmp_path / "prog")
    assert built.ok, built.stderr
    report = run_program(tmp_path / "prog").stderr.decode().splitlines()
    named = [ln.split("(")[0] for ln in report if ln.startswith("main.")]
    assert [f"main.{f.func}" for f in reversed(frames)] == named == ["main.get", "main.main"]
    assert [v.name for v in frames[-1].vars] == ["s", "i"]


@pytest.mark.go
def test_a_deadlock_ends_with_go_s_message_and_main_still_blocked(tmp_path: Path) -> None:
    m = build(analyze(DEADLOCK), source=DEADLOCK)
    steps = m.trace.steps
    assert steps[-1].event == "exit" and steps[-1].detail == _go_stderr_first_line(DEADLOCK, tmp_path)
    assert not [s for s in steps if s.event in ("return", "unwind")]       # main never returns
    view = m.view(len(steps) - 1)
    assert [f.func for f in view.frames()] == ["main"]                   # blocked on its send
    assert m.opening_step() == len(steps) - 1


def test_a_recovered_panic_returns_with_its_results() -> None:
    steps = _steps(RECOVERED)
    assert "unwind" not in [s.event for s in steps] and steps[-1].event == "return"
    assert [s.detail for s in steps if s.event == "return"][-2:] == ["safe", "main"]
