"""Every object of a trace has a verdict from the set docs/trace-format.md documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.run.trace import record
from quizapp.run.tracejson import trace_json

DOC = Path(__file__).resolve().parents[2] / "docs" / "trace-format.md"

LIBRARY = """package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("go")
	words := strings.Fields("b a c")
	sort.Strings(words)
	fmt.Println(sb.String(), words, strings.Repeat("x", 40))
}
"""

GOROUTINES = """package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 1)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			ch <- n
			<-ch
		}(i)
	}
	wg.Wait()
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", i)
	}
	p := &struct{ X int }{1}
	fmt.Println(p.X)
}
"""

CLOSURE = """package main

func initFn() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func main() {
	next := initFn()
	next()
	println(next())
}
"""


def documented_verdicts() -> set[str]:
    row = next(line for line in DOC.read_text(encoding="utf-8").splitlines()
               if line.startswith("| `verdict` |"))
    return set(re.findall(r"`([a-z]+)`", row.split("|")[2]))


def test_the_documented_set() -> None:
    assert documented_verdicts() == {"heap", "stack", "none"}


@pytest.mark.parametrize("src", [LIBRARY, GOROUTINES, CLOSURE], ids=["library", "goroutines", "closure"])
def test_every_object_has_a_documented_verdict(src: str) -> None:
    doc = trace_json(record(analyze(src)), "main.go")
    assert doc["error"] is None
    allowed = documented_verdicts()
    seen: set[str] = set()
    for step in doc["steps"]:
        for o in step["heap"] + step["stack_objects"]:
            assert o["verdict"] in allowed, (step["index"], o)
            assert (o["verdict"] == "none") == (o["site"] == ""), o
            seen.add(o["verdict"])
    assert "heap" in seen
    if src is not CLOSURE:       # the library's memory, channels and go statements have no site
        assert "none" in seen
