"""The corpus index: every construct in scope has at least three programs, and INDEX.md is current."""

from __future__ import annotations

from .corpus_util import labeller

IN_SCOPE = ["functions", "methods", "structs", "pointers", "arrays", "slice-literals", "slicing",
            "append", "copy", "make", "maps", "channels", "closures", "go", "defer", "loops",
            "labels", "builtins", "recursion", "self-assignment", "size-limits", "method-values",
            "inlining"]
LATER = ["interfaces", "stdlib", "strings", "type-switches", "devirtualization", "unsafe", "select",
         "goto", "pragmas", "generics", "range-func"]


def test_every_program_declares_its_constructs() -> None:
    lab = labeller()
    for p in sorted(lab.CORPUS.glob("*.go")):
        cs = lab.constructs_of(p)
        assert cs, f"{p.name} has no '// constructs:' line"
        known = set(IN_SCOPE) | set(LATER)
        assert set(cs) <= known, f"{p.name}: unknown construct {set(cs) - known}"


def test_three_programs_per_construct() -> None:
    lab = labeller()
    count = {c: 0 for c in IN_SCOPE + LATER}
    for p in lab.CORPUS.glob("*.go"):
        for c in lab.constructs_of(p):
            count[c] += 1
    thin = {c: n for c, n in count.items() if n < 3}
    assert not thin, f"constructs with fewer than three programs: {thin}"


def test_index_is_current() -> None:
    lab = labeller()
    assert lab.INDEX.read_text() == lab.index_text()


def test_every_program_has_both_labels() -> None:
    lab = labeller()
    for p in lab.CORPUS.glob("*.go"):
        assert p.with_suffix(".m1").exists(), p.name
        assert p.with_suffix(".m2").exists(), p.name
