"""``quizapp run`` and ``quizapp trace`` from the command line: output, statuses, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.gotool import build_program, comparable_output, run_program

ROOT = Path(__file__).resolve().parents[2]


def cli(args: list[str], cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd, input=stdin,
                          capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          timeout=120)


EXIT = """package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", os.Args[1:])
	fmt.Fprintln(os.Stderr, "to stderr")
	if len(os.Args) > 2 {
		os.Exit(len(os.Args))
	}
}
"""

PANIC = """package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	defer fmt.Println("deferred runs first")
	xs := []int{1, 2, 3}
	i := len(xs) + 2
	if len(xs) > 5 {
		panic(E{7})
	}
	fmt.Println(xs[i])
}
"""

DEADLOCK = """package main

func main() {
	ch := make(chan int)
	go func() {
		var mu chan bool
		<-mu
	}()
	ch <- 1
}
"""

STDIN = """package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\\n", n, sc.Text())
	}
}
"""


def test_the_programs_own_status_and_arguments(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(EXIT)
    r = cli(["run", "main.go"], tmp_path)
    assert (r.returncode, r.stdout, r.stderr) == (0, b"args: []\n", b"to stderr\n")
    r = cli(["run", "main.go", "--", "a", "b c"], tmp_path)
    assert (r.returncode, r.stdout) == (3, b"args: [a b c]\n")


@pytest.mark.parametrize(("source", "expected"), [
    (None, "quizapp: missing.go: no such file"),
    ("package main\n\nfunc main() {\n\tx := \n}\n", "quizapp: ./main.go:5:1: syntax error: "),
    ("package main\n\nimport \"math\"\n\nfunc main() {\n\tprintln(math.Exp(2))\n}\n",
     "quizapp: cannot run: math.Exp "),
    ("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", "quizapp: "),
    (b"package main\n\nfunc main() {\n\tprintln(\"\xff\xfe\")\n}\n", "quizapp: ./main.go:4:11: "),
])
def test_125_when_quizapp_cannot_run_it(tmp_path: Path, source: str | bytes | None,
                                        expected: str) -> None:
    name = "missing.go" if source is None else "main.go"
    if isinstance(source, bytes):
        (tmp_path / name).write_bytes(source)
    elif source is not None:
        (tmp_path / name).write_text(source)
    r = cli(["run", name, "--max-steps", "10000"], tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 125 and err.startswith(expected) and err.count("\n") == 1, err
    assert "Traceback" not in err


def test_the_step_budget_is_a_clear_125(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")
    r = cli(["run", "main.go", "--max-steps", "5000"], tmp_path)
    assert r.returncode == 125 and b"--max-steps" in r.stderr


@pytest.mark.go
@pytest.mark.parametrize("source", [PANIC, DEADLOCK, STDIN, EXIT],
                         ids=["panic", "deadlock", "stdin", "exit"])
def test_the_command_prints_and_exits_as_the_built_program(source: str, go: str,
                                                           tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(source)
    built = build_program(source, tmp_path / "prog", go=go)
    assert built.ok, built.lines
    stdin = b"first line\n  second \xe4\xb8\xad\n\nlast"
    theirs = run_program(tmp_path / "prog", ["x", "y"], stdin=stdin)
    ours = cli(["run", "main.go", "--", "x", "y"], tmp_path, stdin=stdin)
    assert comparable_output(ours.stdout, ours.stderr) + (ours.returncode,) == \
        comparable_output(theirs.stdout, theirs.stderr) + (theirs.status,)
    assert theirs.status != 0 or source in (STDIN, EXIT)


def test_trace_json_and_its_statuses(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PANIC)
    r = cli(["trace", "main.go", "--json", "-o", "t.json"], tmp_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "t.json").read_text())
    assert doc["version"] == 1 and doc["mode"] == "-l" and doc["status"] == 2
    assert doc["stdout"] == "deferred runs first\n" and doc["stderr"].startswith("panic: ")
    steps = doc["steps"]
    assert [s["event"] for s in steps][:2] == ["call", "stmt"]
    for s in steps:
        assert {"line", "col", "event", "goroutine", "frames", "heap", "stdout", "stderr"} <= set(s)
        for f in s["frames"]:
            for v in f["vars"]:
                assert v["where"] in ("stack", "heap", "unknown") and {"name", "value"} <= set(v)
        for o in s["heap"]:
            assert {"id", "label", "value", "site", "verdict"} <= set(o)
    last = steps[-1]
    assert last["stdout"] == len("deferred runs first\n")
    assert last["event"] == "exit" and [f["func"] for f in last["frames"]] == ["main"]  # as Go's report
    assert last["detail"] == doc["stderr"].splitlines()[0] and last["stderr"] == len(doc["stderr"].encode())
    unwind = steps[-2]                                   # main's frame, as the panic takes it away
    assert unwind["event"] == "unwind" and unwind["detail"] == "main"
    assert [(f["func"], f["returning"], f["results"]) for f in unwind["frames"]] == [("main", False, [])]
    in_main = next(s for s in reversed(steps) if s["frames"])
    xs = next(v for v in in_main["frames"][0]["vars"] if v["name"] == "xs")
    assert xs["value"] == "[1 2 3]"
    r = cli(["trace", "main.go", "--json", "--budget", "5"], tmp_path)
    assert r.returncode == 0 and len(json.loads(r.stdout)["steps"]) == 5
    assert b"stopped after 5 steps" in r.stderr
    (tmp_path / "bad.go").write_text("package main\nfunc main() { x }\n")
    r = cli(["trace", "bad.go", "--json"], tmp_path)
    assert r.returncode == 2 and r.stderr.startswith(b"./bad.go:2:")
    (tmp_path / "exp.go").write_text("package main\n\nimport \"math\"\n\nfunc main() {\n"
                                     "\tprintln(math.Exp(2))\n}\n")
    r = cli(["trace", "exp.go", "--json", "-o", "e.json"], tmp_path)
    assert r.returncode == 3 and b"cannot run: math.Exp" in r.stderr
    assert json.loads((tmp_path / "e.json").read_text())["error"].startswith("cannot run: math.Exp")


RECOVERED_DIV = """package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(safeDiv(10, 0))
}
"""

RECOVERED_NIL_MAP = """package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
	}()
	var m map[string]int
	m["a"] = 1
}
"""


@pytest.mark.go
@pytest.mark.parametrize("source", [RECOVERED_DIV, RECOVERED_NIL_MAP], ids=["div", "nilmap"])
def test_a_recovered_runtime_error_replays_to_its_end(source: str, go: str,
                                                     tmp_path: Path) -> None:
    """The trace shows a recovered run-time error's value at every step, as Go prints it."""
    (tmp_path / "main.go").write_text(source)
    built = build_program(source, tmp_path / "prog", go=go)
    assert built.ok, built.lines
    theirs = run_program(tmp_path / "prog", [])
    r = cli(["trace", "main.go", "--json", "-o", "t.json"], tmp_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "t.json").read_text())
    assert doc["status"] == theirs.status and doc["error"] is None
    assert doc["stdout"].encode() == theirs.stdout
    r = cli(["diagram", "main.go", "--step", "12", "-o", "d.svg"], tmp_path)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("options", [["--json", "-o", "t.json"], ["--json"], ["-o", "t.json"]],
                         ids=["json-o", "json", "o"])
@pytest.mark.go
def test_program_arguments_follow_the_options(options: list[str], go: str, tmp_path: Path) -> None:
    """``quizapp trace FILE.go --json -o OUT -- ARGS`` as docs/trace-format.md writes it: the
    arguments reach the program as they reach the built binary."""
    (tmp_path / "main.go").write_text(EXIT)
    built = build_program(EXIT, tmp_path / "prog", go=go)
    assert built.ok, built.lines
    one, two = run_program(tmp_path / "prog", ["a"]), run_program(tmp_path / "prog", ["a", "b"])
    r = cli(["trace", "main.go", *options, "--", "a"], tmp_path)
    assert r.returncode == 0, r.stderr
    text = (tmp_path / "t.json").read_text() if "-o" in options else r.stdout.decode()
    assert json.loads(text)["stdout"].encode() == one.stdout
    r = cli(["run", "main.go", "--max-steps", "100000", "--", "a", "b"], tmp_path)
    assert (r.returncode, r.stdout) == (two.status, two.stdout), r.stderr
