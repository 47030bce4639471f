"""Memory Go never allocates (a static value) is never drawn as garbage."""

from __future__ import annotations

from quizapp.analysis import analyze
from quizapp.run.trace import record
from quizapp.run.tracejson import trace_json

SRC = '''package main

import "fmt"

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func main() {
	x, err := safeDiv(10, 2)
	fmt.Println(x, err)
	y, err := safeDiv(1, 0)
	fmt.Println(y, err)
}
'''


def test_a_static_value_is_never_garbage() -> None:
    doc = trace_json(record(analyze(SRC)), "main.go")
    assert doc["error"] is None
    free = 0
    for step in doc["steps"]:
        for o in step["heap"]:
            if str(o.get("note", "")).startswith("escapes, but"):
                free += 1
                assert not o.get("garbage"), (step["index"], o)
    assert free, "the boxed small ints are drawn, dotted, while in use"
