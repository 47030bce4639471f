"""The Analysis API: sites, errors, unsupported constructs."""

from __future__ import annotations

import pytest

from quizapp.analysis import (AnalysisError, GoSyntaxError, GoTypeError, Pos, SiteKind, Verdict,
                              analyze)

RETURN_ADDR = """package main

type T struct{ n int }

func f() *int {
	x := 42
	y := 1
	_ = y
	return &x
}

func g() int {
	t := &T{n: 1}
	return t.n
}

func main() { _, _ = f(), g() }
"""


def test_sites_carry_verdicts_positions_and_functions() -> None:
    a = analyze(RETURN_ADDR)
    by_name = {(s.name, s.function): s for s in a.sites}
    x = by_name[("x", "f")]
    assert x.kind is SiteKind.VARIABLE and x.verdict is Verdict.HEAP and x.pos == Pos(6, 2)
    assert by_name[("y", "f")].verdict is Verdict.STACK
    lit = by_name[("&T{...}", "g")]
    assert lit.kind is SiteKind.ALLOCATION and lit.verdict is Verdict.STACK and lit.pos == Pos(13, 7)


def test_escaping_site_has_its_flow() -> None:
    a = analyze(RETURN_ADDR)
    x = next(s for s in a.sites if s.name == "x")
    assert x.flow, "a heap verdict comes with the path that decided it"
    step = x.flow[0]
    assert step.dst == "~r0" and step.src == "x" and step.derefs == -1
    assert ("return &x", "return", Pos(9, 2)) in step.notes


def test_syntax_error_has_position() -> None:
    with pytest.raises(GoSyntaxError) as exc:
        analyze("package main\nfunc main() { x := }\n")
    assert exc.value.pos == Pos(2, 20)


@pytest.mark.parametrize("src, pos, message", [
    ("package main\nfunc main() { _ = y }\n", Pos(2, 19), "undefined: y"),
    ("package main\nfunc main() {\n\tx := 1\n}\n", Pos(3, 2), "declared and not used: x"),
])
def test_type_errors(src: str, pos: Pos, message: str) -> None:
    with pytest.raises(GoTypeError) as exc:
        analyze(src)
    assert exc.value.pos == pos
    assert exc.value.message == message


def test_packages_outside_the_standard_library_are_gcs_error() -> None:
    """A single-file program has no module to take example.com/http from: invalid, as gc says."""
    src = ('package main\n\nimport "example.com/http"\n\nfunc main() {\n\tx := 1\n'
           '\t_ = http.StatusText(x)\n}\n')
    with pytest.raises(AnalysisError) as err:
        analyze(src)
    assert err.value.pos == Pos(3, 8)
    assert "no required module provides package example.com/http" in err.value.message


def test_standard_library_summaries_decide() -> None:
    """fmt.Println's summary leaks only the content of its ...any, so &t reaches the heap."""
    src = ('package main\n\nimport "fmt"\n\ntype T struct{ n int }\n\n'
           'func main() {\n\tt := T{n: 1}\n\tu := T{n: 2}\n\tfmt.Println(&t, u.n)\n}\n')
    sites = {s.name: s for s in analyze(src).sites if s.function == "main"}
    assert sites["t"].verdict is Verdict.HEAP
    assert sites["u"].verdict is Verdict.STACK


def test_caller_of_unsupported_function_is_not_reported() -> None:
    src = ("package main\n\nfunc Id(x *int) *int {\n\ttype local[T any] struct{ p *T }\n"
           "\treturn local[int]{x}.p\n}\n\n"
           "func use() *int {\n\tx := 1\n\treturn Id(&x)\n}\n\nfunc main() { _ = use() }\n")
    a = analyze(src)
    assert a.unsupported
    assert a.diagnostics() == []


def test_str_and_bytes_sources_agree() -> None:
    assert analyze(RETURN_ADDR).diagnostics() == analyze(RETURN_ADDR.encode()).diagnostics()


def test_not_utf8_is_a_syntax_error() -> None:
    with pytest.raises(GoSyntaxError):
        analyze(b"package main\n\xff\n")


def test_method_expression_of_a_generic_method_is_unsupported_with_its_position() -> None:
    """``List.Map[int, int]`` (Go 1.27): named, never guessed or crashed on."""
    src = ("package main\n\ntype List struct{ items []any }\n\n"
           "func (l List) Map[T, U any](f func(T) U) []U { return nil }\n\n"
           "func main() {\n\tvar l List\n\t_ = List.Map[int, int](l, nil)\n}\n")
    a = analyze(src)
    assert [(u.pos, u.what) for u in a.unsupported] == [
        (Pos(9, 10), "method expressions of generic methods")]
