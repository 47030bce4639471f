"""Functions without a body, //go:noescape and //go:uintptrescapes, as the compiler judges them.

``go build`` refuses a function without a body unless assembly provides it,
so these programs are compiled with ``go tool compile`` (as Go's own escape
tests are) and the analyzer is compared with what it prints, at -m and -m=2.
"""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze
from quizapp.gotool import compile_escape

PROGRAM = """package main

import "unsafe"

//go:uintptrescapes
func F1(a uintptr) {}

//go:uintptrescapes
func F2(a ...uintptr) {}

//go:uintptrescapes
func F3(uintptr) {}

//go:uintptrescapes
func F4(...uintptr) {}

//go:uintptrescapes
func F5(a uintptr, p *int) *int { return p }

type T struct{}

//go:uintptrescapes
func (T) M(a uintptr) {}

func ext(a uintptr, p *int)

//go:noescape
func ext2(a uintptr, p *int, q *int)

func F6(b []byte)

func external(*int)

func leaks(x *int) {
	external(x)
}

func main() {
	var t int
	F1(uintptr(unsafe.Pointer(&t)))
	var v int
	F2(0, 1, uintptr(unsafe.Pointer(&v)), 2)
	var w, x, y int
	F4(uintptr(unsafe.Pointer(&w)))
	println(F5(0, &x))
	ext(uintptr(unsafe.Pointer(&y)), nil)
	var z, zz int
	ext2(uintptr(unsafe.Pointer(&z)), &zz, nil)
	var buf [4]byte
	F6(buf[:])
	var m int
	T{}.M(uintptr(unsafe.Pointer(&m)))
	leaks(new(int))
}
"""


@pytest.mark.go
@pytest.mark.parametrize("level", [1, 2])
def test_bodyless_and_uintptrescapes_as_gc(go: str, level: int) -> None:
    flags = ["-l", "-m" if level == 1 else "-m=2"]
    expected = compile_escape(PROGRAM, flags, go=go)
    assert expected.ok, expected.lines
    assert any("marking a as escaping ...uintptr" in ln for ln in expected.lines)
    assert any("assuming a is unsafe uintptr" in ln for ln in expected.lines)
    got = analyze(PROGRAM).diagnostics("./main.go", level)
    if level == 1:
        assert got == expected.lines
    else:  # -m=2: every line but gc's temporaries for the rewritten arguments
        missing = [ln for ln in expected.lines if ln not in got]
        assert all(".autotmp_" in ln for ln in missing), missing
