"""analyze_builds: each site of the -l build with its counterparts in the default build.

Ground truth from the corpus labels: a_02's &T{...} of newT escapes (NAME.m1, 6:25), and the
copy inlined where main calls newT does not (NAME.i1, 13:26); n_08's literal at 16:7 is
allocated with -l only.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.analysis import Difference, Pos, SiteKind, Verdict, analyze_builds

CORPUS = Path(__file__).resolve().parent / "corpus"


def labelled(name: str, suffix: str, line: str) -> bool:
    return line in (CORPUS / f"{name}.{suffix}").read_text().splitlines()


def test_a_site_and_its_inlined_copies() -> None:
    assert labelled("a_02_ptrlit_returned_vs_local", "m1", "./main.go:6:25: &T{...} escapes to heap")
    assert labelled("a_02_ptrlit_returned_vs_local", "i1", "./main.go:13:26: &T{...} does not escape")
    b = analyze_builds((CORPUS / "a_02_ptrlit_returned_vs_local.go").read_text())
    assert b.complete
    p = next(p for p in b.pairs.pairs if p.no_inline is not None and p.no_inline.pos == Pos(6, 25))
    assert p.difference is Difference.VERDICT
    own, = [t for t in p.default if t.inlined_call is None]
    copy, = p.copies()
    assert (own.pos, own.verdict) == (Pos(6, 25), Verdict.HEAP)
    assert (copy.pos, copy.function, copy.verdict) == (Pos(13, 26), "main", Verdict.STACK)
    assert copy.inlined_call == ("newT", Pos(13, 26)) and copy.inlined_from == ("newT", Pos(6, 25))
    assert b.pairs.pair_of(copy) is p and (Pos(13, 26), "newT") in b.pairs.inlined


def test_a_literal_inlined_away_has_no_counterpart() -> None:
    assert labelled("n_08_closure_clones_escape", "m1", "./main.go:16:7: func literal does not escape")
    b = analyze_builds((CORPUS / "n_08_closure_clones_escape.go").read_text())
    p = next(p for p in b.pairs.pairs if p.no_inline is not None and p.no_inline.pos == Pos(16, 7))
    assert p.difference is Difference.ONLY_NO_INLINE and p.default == ()


def test_parameters_pair_with_parameters_only() -> None:
    """An inlined function's parameter becomes a local at the call: no question on the stack."""
    b = analyze_builds((CORPUS / "n_08_closure_clones_escape.go").read_text())
    for p in b.pairs.pairs:
        if p.no_inline is not None and p.no_inline.kind is SiteKind.PARAMETER:
            assert all(t.kind is SiteKind.PARAMETER for t in p.default)
    only = [p.default[0] for p in b.pairs.pairs if p.difference is Difference.ONLY_DEFAULT]
    assert not [t for t in only if t.kind is SiteKind.VARIABLE and t.verdict is Verdict.STACK]
