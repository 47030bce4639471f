"""The standard library's inlining facts in the generated data, as the inliner reads them."""

from __future__ import annotations

from pathlib import Path

from quizapp.analysis import analyze
from quizapp.analysis.types.stdlib import _raw

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def functions() -> list[tuple[str, dict]]:
    raw = _raw()
    out = []
    for path, pkg in raw["packages"].items():
        out += [(f"{path}.{n}", f) for n, f in pkg["funcs"].items()]
        for t, typ in pkg["types"].items():
            out += [(f"{path}.{t}.{m}", f) for m, f in typ["methods"].items()]
    return out


def test_every_inlinable_function_says_what_inlining_it_brings() -> None:
    """gc can inline it: it is an intrinsic, was probed (waves, lines of its own), or is marked unprobed."""
    missing = [name for name, f in functions()
               if f.get("inline", {}).get("cost") is not None and "reason" not in f["inline"]
               and not (f.get("intrinsic") or "inlined" in f or f.get("probed") is False)]
    assert not missing, missing[:10]


def test_costs_are_within_the_budget_only_when_inlinable() -> None:
    for name, f in functions():
        inl = f.get("inline")
        if inl and "cost" in inl:
            assert ("reason" in inl) == (inl["cost"] > 80), name


def test_the_summary_stands_in_for_a_quiet_body_only() -> None:
    """fmt.Println's body prints nothing of its own: the program is answered in full (its
    label holds inlining call to fmt.Println); errors.New's allocates: unsupported."""
    quiet = CORPUS / "f_01_square_println"
    a = analyze(quiet.with_suffix(".go").read_text(), inline=True)
    assert not a.unsupported
    want = quiet.with_suffix(".i1").read_text().splitlines()
    assert a.diagnostics("./main.go") == want and any("fmt.Println" in ln for ln in want)
    loud = analyze((CORPUS / "f_07_errors_sentinel.go").read_text(), inline=True)
    assert "the inlined body of errors.New, which prints lines of its own" in \
        [u.what for u in loud.unsupported]


def test_an_intrinsic_is_never_inlined() -> None:
    src = 'package main\n\nimport "sync/atomic"\n\nvar n int32\n\nfunc main() { atomic.AddInt32(&n, 1) }\n'
    lines = analyze(src, inline=True).diagnostics("./main.go")
    assert not [ln for ln in lines if "AddInt32" in ln]
