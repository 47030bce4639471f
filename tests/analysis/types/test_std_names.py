"""The index's standard-library names are what ``go list std`` says, and gc's quoted paths follow.

One list in ``data/stdlib/index.json`` serves the go command's import checks
(``types/stdpaths.py``) and the checker's package names and quoted paths
(``*"sync".WaitGroup``); ``scripts/gen_stdlib.py`` writes it.
"""

from __future__ import annotations

import subprocess

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.errors import GoTypeError
from quizapp.analysis.types.stdpaths import (
    shared_name_deps,
    std_package_name,
    std_packages,
)
from quizapp.gotool import build_plain, labelling_go, safe_env


@pytest.mark.go
def test_every_std_path_has_the_name_go_list_gives() -> None:
    go = labelling_go()
    out = subprocess.run([go, "list", "-f", "{{.ImportPath}}|{{.Name}}", "std"], capture_output=True,
                         text=True, env=safe_env(), timeout=300, check=True).stdout
    listed = dict(line.split("|") for line in out.splitlines())
    assert std_packages() == frozenset(listed)
    assert {p: std_package_name(p) for p in listed} == listed
    assert std_package_name("example.com/x") is None


@pytest.mark.go
def test_the_shared_names_give_gc_s_quoted_path() -> None:
    """``internal/sync`` is also ``sync``: gc quotes the path of sync's types in a file that
    imports sync (whose imports include internal/sync)."""
    assert {"sync", "internal/sync"} <= set(shared_name_deps("sync"))
    src = 'package main\n\nimport "sync"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tvar n int = wg\n\t_ = n\n}\n'
    gc = build_plain(src)
    with pytest.raises(GoTypeError) as exc:
        analyze(src)
    assert exc.value.lines("./main.go")[0] == gc.lines[0]
    assert '"sync".WaitGroup' in gc.lines[0]
