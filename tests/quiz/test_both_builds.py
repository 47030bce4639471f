"""Questions in either build, and what the feedback says about the other one.

The expected lines are the corpus labels (written by go1.27.3 through
scripts/label_corpus.py): a_02's newT returns &T{}, which escapes in newT
with -l (NAME.m1) and stays on the stack where main's call inlines it in a
default build (NAME.i1).
"""

from __future__ import annotations

from pathlib import Path

from quizapp.analysis import Difference, SiteKind, Verdict
from quizapp.quiz.answers import analysis_of, answer_key, builds_of
from quizapp.quiz.both_builds import compare, note, other_answer
from quizapp.quiz.loader import load_pack
from quizapp.quiz.model import BuildFlags

from .test_loader import write

CORPUS = Path(__file__).resolve().parents[1] / "analysis" / "corpus"


def label(name: str, suffix: str) -> list[str]:
    return [ln.removeprefix("./main.go:") for ln in
            (CORPUS / f"{name}.{suffix}").read_text().splitlines() if ln.startswith("./main.go:")]


def pack_text(code: str, flags: str, kind: str = "where", extra: str = "") -> str:
    return f'''format = 2
id = "t.builds"
version = "1"
title = {{ en = "Builds", zh = "构建" }}
authors = ["t"]
flags = "{flags}"

[[questions]]
id = "q"
kind = "{kind}"
difficulty = "easy"
principles = ["inlining"]
title = {{ en = "T", zh = "题" }}
prompt = {{ en = "Where?", zh = "在哪里？" }}
code = """
{code}"""
explanation = {{ en = "e", zh = "解释" }}
{extra}'''


def question(tmp: Path, flags: str, name: str = "a_02_ptrlit_returned_vs_local", **kw: str):
    code = (CORPUS / f"{name}.go").read_text().split("\n", 1)[1]   # without the constructs line
    pack, problems = load_pack(write(tmp, "p.toml", pack_text(code, flags, **kw)))
    assert problems == [] and pack is not None
    return pack.questions[0]


def test_each_build_keys_its_own_lines(tmp_path: Path) -> None:
    """The key's lines are the compiler's for the pack's build (shifted by the dropped first line)."""
    shift = lambda lines: [f"{int(ln.split(':')[0]) - 1}:{ln.split(':', 1)[1]}" for ln in lines]  # noqa: E731
    assert answer_key(question(tmp_path, "-m -l")).lines == shift(label("a_02_ptrlit_returned_vs_local", "m1"))
    assert answer_key(question(tmp_path, "-m")).lines == shift(label("a_02_ptrlit_returned_vs_local", "i1"))


def test_the_inlined_copy_is_asked_in_the_default_build(tmp_path: Path) -> None:
    q = question(tmp_path, "-m")
    key = answer_key(q)
    copies = {s.inlined_call[0]: s for s in key.sites if s.inlined_call is not None}
    assert sorted(copies) == ["newT", "sum"]           # both calls in main are inlined
    new, summed = copies["newT"], copies["sum"]
    assert (new.name, new.function, new.verdict) == ("&T{...}", "main", Verdict.STACK)
    assert new.reasons[0] == "inlining"                # the principle behind the difference
    assert summed.reasons[0] != "inlining"             # on the stack in sum itself too


def test_the_feedback_names_the_inlined_call_in_both_directions(tmp_path: Path) -> None:
    lq, mq = question(tmp_path, "-m -l"), question(tmp_path, "-m")
    lk, mk = answer_key(lq), answer_key(mq)
    pairs = builds_of(lq.code)
    assert pairs is not None
    heap = next(s for s in lk.sites if s.function == "newT")
    c = compare(heap, pairs, BuildFlags.NO_INLINING)
    assert c.differs and c.pair is not None and c.pair.difference is Difference.VERDICT
    en = note(c, pairs, "en")
    assert "newT is inlined into main" in en and "on the stack" in en and "on the heap" in en
    zh = note(c, pairs, "zh")
    assert "内联" in zh and "栈上" in zh
    copy = next(s for s in mk.sites if s.inlined_call and s.inlined_call[0] == "newT")
    back = note(compare(copy, pairs, BuildFlags.DEFAULT), pairs, "en")
    assert back.startswith("With -l (inlining off), newT is not inlined,") and "on the heap" in back
    assert other_answer(compare(copy, pairs, BuildFlags.DEFAULT)) == "heap"
    same = next(s for s in lk.sites if s.function == "sum" and s.alloc == "ptrlit")
    assert note(compare(same, pairs, BuildFlags.NO_INLINING), pairs, "en") == ""


def test_an_inlined_parameter_is_absent_with_l() -> None:
    """Inlined, newP's parameter x is a local of main; with -l it is newP's parameter, about
    which gc prints nothing (an int): absent there, not "not judged"."""
    code = ("package main\n\ntype P struct{ x int }\n\nfunc newP(x int) *P { return &P{x} }\n\n"
            "func main() { println(newP(1).x) }\n")
    pairs = builds_of(code)
    assert pairs is not None
    param = next(s for s in analysis_of(code, True).sites
                 if s.inlined_call and s.kind is SiteKind.VARIABLE and s.name == "x")
    assert other_answer(compare(param, pairs, BuildFlags.DEFAULT)) == "absent"
    assert other_answer(compare(param, None, BuildFlags.DEFAULT)) == "not judged"


def test_a_literal_inlined_away_exists_with_l_only(tmp_path: Path) -> None:
    """outer's literal f is called where it is written: inlined, never allocated (n_08 .i1 has
    no func literal line at 16:7; .m1 has one)."""
    assert any(ln.startswith("16:7: func literal") for ln in label("n_08_closure_clones_escape", "m1"))
    assert not any(ln.startswith("16:7: func literal") for ln in label("n_08_closure_clones_escape", "i1"))
    code = (CORPUS / "n_08_closure_clones_escape.go").read_text()
    pairs = builds_of(code)
    assert pairs is not None
    lit = next(p for p in pairs.pairs if p.no_inline is not None and str(p.no_inline.pos) == "16:7")
    assert lit.difference is Difference.ONLY_NO_INLINE
    assert "no closure is made" in note(compare(lit.no_inline, pairs, BuildFlags.NO_INLINING),
                                        pairs, "en")


def test_no_note_when_the_other_build_cannot_be_judged() -> None:
    """With a standard-library body not modelled, the default build is partial: say nothing."""
    code = 'package main\n\nimport "log/slog"\n\nfunc main() { println(slog.Default() != nil) }\n'
    assert builds_of(code) is None
