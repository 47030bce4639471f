"""Imports that are not packages: the go command refuses them before gc parses the file."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.errors import InvalidGo
from quizapp.gotool import build_plain

CASES = {
    "not_in_std_beside_a_syntax_error": "package main\n\nimport \"sync/Store\"\n\nfunc main() {\n"
    "\tx := &&y\n\t_ = Store.X\n}\n",
    "two_bad_paths_in_path_order": "package main\n\nimport (\n\t\"sync/Store\"\n\t\"foo/bar\"\n)\n\n"
    "func main() {}\n",
    "outside_the_standard_library": "package main\n\nimport _ \"github.com/x/y\"\n\nfunc main() {}\n",
    "internal_package": "package main\n\nimport _ \"internal/abi\"\n\nfunc main() {}\n",
}


@pytest.mark.go
@pytest.mark.parametrize("name", sorted(CASES))
def test_import_errors_are_the_go_commands(name: str, go: str) -> None:
    source = CASES[name]
    gc = build_plain(source, go=go)
    assert not gc.ok
    with pytest.raises(InvalidGo) as exc:
        analyze(source)
    assert exc.value.lines("./main.go") == gc.lines
