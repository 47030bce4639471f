"""Compiler directives where gc takes them and where it calls them misplaced: gc's verdict is ours."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.errors import InvalidGo
from quizapp.gotool import build_plain

# Each body follows "package main"; gc builds each one and its lines are the expectation.
PLACEMENTS = {
    "before_a_statement": "func main() {\n\t//go:noinline\n\tx := 1\n\t_ = x\n}\n",
    "at_the_end_of_a_body": "func main() {\n\tx := 1\n\t_ = x\n\t//go:noinline\n}\n",
    "before_a_local_var": "func main() {\n\t//go:noinline\n\tvar x = 1\n\t_ = x\n}\n",
    "after_code_on_its_line": "func main() {\n\tx := 1 //go:generate foo\n\t_ = x\n}\n",
    "before_a_var_group": "//go:noinline\nvar (\n\tv = 1\n)\n\nfunc main() {}\n",
    "inside_a_var_group": "var (\n\t//go:noinline\n\tv = 1\n)\n\nfunc main() {}\n",
    "before_a_const": "//go:norace\nconst c = 1\n\nfunc main() {}\n",
    "inside_a_struct": "type T struct {\n\t//go:noinline\n\tx int\n}\n\nfunc main() { _ = T{} }\n",
    "at_the_end_of_the_file": "func main() {}\n\n//go:noinline\n",
    "noinline_after_a_blank_line": "//go:noinline\n\nfunc f() {}\n\nfunc main() { f() }\n",
    "nosplit_and_noinline_on_a_method": "type T struct{}\n\n//go:nosplit\n//go:noinline\n"
    "func (t *T) m() {}\n\nfunc main() { new(T).m() }\n",
    "noescape_on_a_method_with_body": "type T struct{}\n\n//go:noescape\n"
    "func (t *T) m(p *int) {}\n\nfunc main() {}\n",
    "runtime_only": "//go:systemstack\nfunc f() {}\n\nfunc main() {}\n",
    "linkname_undeclared": "import _ \"unsafe\"\n\n//go:linkname g runtime.g\nfunc f() {}\n\n"
    "func main() {}\n",
    "with_type_errors": "func main() {\n\t//go:noinline\n\tvar x int = \"s\"\n}\n\n//go:noescape\n"
    "func f() {}\n",
    "with_syntax_errors": "func main() {\n\t//go:noinline\n\tx := )\n}\n",
    "unknown_word": "//go:noinlin\nvar v = 1\n\nfunc main() {}\n",
}


@pytest.mark.go
@pytest.mark.parametrize("name", sorted(PLACEMENTS))
def test_directive_placement_is_judged_as_gc_judges_it(name: str, go: str) -> None:
    source = "package main\n\n" + PLACEMENTS[name]
    gc = build_plain(source, go=go)
    try:
        analyze(source)
        ours: list[str] = []
    except InvalidGo as exc:
        ours = exc.lines("./main.go")
    assert ours == gc.lines
