"""A fixed sample of learner-like mutants (bench/mutate.py runs hundreds): gc's verdict is ours."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.errors import InvalidGo
from quizapp.gotool import build_plain

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.mutations import OPERATORS, mutate  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"


def _sample() -> list:
    rng = random.Random(1527)
    programs = sorted(CORPUS.glob("*.go"))
    out = []
    while len(out) < 10:
        p = rng.choice(programs)
        m = mutate(p.read_text(encoding="utf-8"), rng)
        if m is not None:
            out.append(pytest.param(m, id=f"{p.stem}-{m.operator}"))
    return out


def _rejects(source: str) -> bool:
    try:
        analyze(source)
    except InvalidGo:
        return True
    return False


@pytest.mark.go
@pytest.mark.parametrize("mutant", _sample())
def test_mutant_verdict_is_gcs(mutant, go: str) -> None:  # noqa: ANN001
    gc = build_plain(mutant.source, go=go)
    assert _rejects(mutant.source) == (not gc.ok), "\n".join(gc.lines)


def test_every_operator_applies_somewhere() -> None:
    rng = random.Random(7)
    programs = sorted(CORPUS.glob("*.go"))
    seen = set()
    for _ in range(400):
        m = mutate(rng.choice(programs).read_text(encoding="utf-8"), rng)
        if m is not None:
            seen.add(m.operator)
    assert seen == set(OPERATORS)


# Mutants bench/mutate.py once found the checker wrong about; gc words each.
_ONCE_WRONG = {
    "range_declares_address": "package main\n\nfunc main() {\n\txs := []int{1}\n"
    "\tfor &_, x := range xs {\n\t\t_ = x\n\t}\n}\n",
    "type_argument_to_misspelled_make": "package main\n\nfunc main() {\n"
    "\tm := makee(map[string]int, 4)\n\t_ = m\n}\n",
    "type_as_argument": "package main\n\nfunc count(m map[string]int) int { return len(m) }\n\n"
    "func main() {\n\t_ = count(map[string]int)\n}\n",
    "function_type_as_argument": "package main\n\nfunc run(f func()) { f() }\n\n"
    "func main() {\n\trun(func())\n}\n",
    "implicit_constraint_written": "package main\n\nfunc sum[T ~int | ~int64](xs []T) T {\n"
    "\tvar total T\n\ttotal\n\treturn 0\n}\n\nfunc main() { _ = sum([]int{1}) }\n",
    "method_expression_receiver_named": "package main\n\ntype T struct{ p *int }\n\n"
    "func (t *T) Set(p *int) { t.p = p }\n\nfunc main() {\n\tvar f func(*T, *float64) = (*T).Set\n"
    "\t_ = f\n}\n",
    "unsafe_member_misspelled": "package main\n\nimport \"unsafe\"\n\nfunc main() {\n\tx := 1\n"
    "\t_ = uintptr(unsafe.Pointerr(&x))\n}\n",
    "assignment_as_condition_with_call": "package main\n\nfunc main() {\n\tparts := []int{1}\n"
    "\tif len(parts) = 0 {\n\t}\n}\n",
    "pointer_returned_for_type_parameter": "package main\n\ntype Number interface{ ~int | float64 }\n\n"
    "func MaxPtr[T Number](a, b *T) T {\n\treturn a\n}\n\nfunc main() {}\n",
    "unsafe_pointer_conversion_arguments": "package main\n\nimport \"unsafe\"\n\nfunc main() {\n"
    "\tx := 1\n\tu := uintptr(unsafe.Pointer(&x, &x))\n\t_ = u\n\tuintptr(unsafe.Pointer(&x))\n}\n",
    "too_many_syntax_errors": "package main\n\nfunc main() {\n" + "\tx := )\n" * 12 + "}\n",
    "directive_before_nested_func": "package main\n\nfunc main() {\n\t//go:noinline\n"
    "\tfunc id(x *int) *int { return x }\n}\n",
    "branch_error_beside_syntax_error": "package main\n\nfunc main() {\n\tx := 0\nM:\n"
    "\t\tx++\n\t\tcontinue M\n\t}\n\tprintln(x)\n}\n\nfunc f() {\n\tfor {\n\t\tbreak L\n\t}\n"
    "\tx := )\n}\n",
    "println_of_struct_value": "package main\n\ntype E struct{}\n\nfunc main() {\n\tp := struct{}{}\n"
    "\tvar arr [2][3]float64\n\tq := &arr\n\tprintln(p, q)\n\tprint(E{}, arr, 1)\n}\n",
    "address_of_interface_as_interface": "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\n"
    "func show[T fmt.Stringer](p *T) { fmt.Println(p.String()) }\n\nfunc main() {\n"
    "\terr := errors.New(\"x\")\n\tfmt.Println(errors.Is(&err, err))\n\tshow[fmt.Stringer](nil)\n}\n",
    "range_redeclares_an_address": "package main\n\nfunc main() {\n\tit := \"\"\n"
    "\tfor _, &it := range []string{\"a\"} {\n\t\tprintln(it)\n\t}\n}\n",
    "map_key_of_wrong_type_skips_its_value": "package main\n\nfunc main() {\n\ta, b := 1, 2\n"
    "\tm := map[string]*int{1: &a, \"b\": &b}\n\t_ = m\n}\n",
}

# Valid programs that print structs or arrays only in code gc drops before compiling it.
_DEAD_PRINTS = "package main\n\ntype E struct{}\n\nconst debug = false\n\nfunc f(x int) {\n" \
    "\tif debug {\n\t\tprintln(E{})\n\t}\n\tfor false {\n\t\tprintln([1]int{})\n\t}\n" \
    "\tswitch {\n\tcase debug:\n\t\tprintln(E{})\n\t}\n\tswitch x {\n\tcase 1:\n\t\treturn\n" \
    "\t\tprintln(E{})\n\t}\n\tpanic(x)\n\tprintln([2]int{})\n}\n\nfunc main() { f(1) }\n"


@pytest.mark.go
def test_prints_in_dead_code_are_accepted(go: str) -> None:
    assert build_plain(_DEAD_PRINTS, go=go).ok
    analyze(_DEAD_PRINTS)
    analyze(_DEAD_PRINTS, inline=True)


@pytest.mark.go
@pytest.mark.parametrize("name", sorted(_ONCE_WRONG))
def test_once_wrong_mutant_errors_are_gcs(name: str, go: str) -> None:
    source = _ONCE_WRONG[name]
    gc = build_plain(source, go=go)
    assert not gc.ok
    with pytest.raises(InvalidGo) as exc:
        analyze(source)
    assert exc.value.lines("./main.go") == gc.lines
