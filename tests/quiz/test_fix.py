"""Fix questions: the grader (analyzer + interpreter), the model solution's checks, the session's record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.quiz import fix
from quizapp.quiz.fix import FixOutcome, FixResult, grade_fix
from quizapp.quiz.loader import load_pack
from quizapp.quiz.model import QuestionKind
from quizapp.quiz.session import QuizSession
from quizapp.quiz.validate import validate

PACK = '''format = 2
id = "t.fix"
version = "1.0.0"
title = { en = "Fix", zh = "改代码" }
authors = ["t"]

[[questions]]
id = "ret"
kind = "fix"
difficulty = "easy"
principles = ["sharing-up"]
title = { en = "Return a value", zh = "返回值" }
prompt = { en = "Keep c on the stack.", zh = "让 c 留在栈上。" }
site = "c"
code = """
package main

import "fmt"

type counter struct{ n int }

func newCounter() *counter {
	c := counter{n: 1} // want: stack
	return &c
}

func main() {
	c := newCounter()
	c.n++
	fmt.Println(c.n)
}
"""
solution = """
package main

import "fmt"

type counter struct{ n int }

func newCounter() counter {
	c := counter{n: 1} // want: stack
	return c
}

func main() {
	c := newCounter()
	c.n++
	fmt.Println(c.n)
}
"""
explanation = { en = "Return the value.", zh = "返回值本身。" }
'''


@pytest.fixture
def q(tmp_path: Path):  # noqa: ANN201
    pack, problems = load_pack(write(tmp_path, PACK))
    assert problems == [] and pack is not None
    return pack.questions[0]


def write(tmp: Path, text: str, name: str = "fix.toml") -> Path:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


def test_the_model_solution_passes_and_the_original_escapes(q) -> None:  # noqa: ANN001
    assert q.kind is QuestionKind.FIX and q.why_site == "c"
    good = grade_fix(q, q.solution)
    assert good.outcome is FixOutcome.PASSED and good.failures == []
    assert (good.heap_before, good.heap_after) == (2, 1)          # moved c, the box of c.n
    assert good.got == good.expected and good.got.stdout == "2\n"
    bad = grade_fix(q, q.code)
    assert bad.outcome is FixOutcome.ESCAPES and not bad.passed and bad.judged
    assert bad.site_lines == ["8:2: moved to heap: c"]
    assert "newCounter" in bad.why["en"][0] and "newCounter" in bad.why["zh"][0]
    assert any("return &c" in step for step in bad.why["en"][1:])


def test_a_deleted_marker_is_not_a_fix(q) -> None:  # noqa: ANN001
    r = grade_fix(q, q.solution.replace(" // want: stack", ""))
    assert r.outcome is FixOutcome.MARKER_MISSING and r.markers == 0 and not r.judged
    two = q.solution.replace("return c", "return c // want: stack")
    assert grade_fix(q, two).markers == 2


def test_deleting_the_site_is_not_a_fix(q) -> None:  # noqa: ANN001
    code = q.solution.replace("\tc := counter{n: 1} // want: stack\n\treturn c",
                              "\t// want: stack\n\treturn counter{n: 1}")
    r = grade_fix(q, code)
    assert r.outcome is FixOutcome.SITE_GONE and r.judged and not r.passed


def test_code_that_does_not_compile_gets_gcs_messages(q) -> None:  # noqa: ANN001
    r = grade_fix(q, q.solution.replace("return c", "return d"))
    assert r.outcome is FixOutcome.DOES_NOT_COMPILE and not r.judged
    assert r.errors == ["./main.go:8:2: declared and not used: c", "./main.go:9:9: undefined: d"]
    assert r.error_help["en"] and r.error_help["zh"]


def test_a_different_output_is_not_a_fix(q) -> None:  # noqa: ANN001
    r = grade_fix(q, q.solution.replace("c.n++", "c.n += 2"))
    assert r.outcome is FixOutcome.OUTPUT_DIFFERS
    assert (r.expected.stdout, r.got.stdout) == ("2\n", "3\n")


def test_an_escape_moved_elsewhere_is_not_a_fix(q) -> None:  # noqa: ANN001
    renamed = q.code.replace("c := counter{n: 1} // want: stack\n\treturn &c",
                             "c := 1 // want: stack\n\td := counter{n: c}\n\treturn &d")
    r = grade_fix(q, renamed)
    assert r.outcome is FixOutcome.MOVED and (r.heap_before, r.heap_after) == (2, 2)
    assert "9:2: moved to heap: d" in r.heap_lines


def test_a_site_deleted_while_its_allocation_escapes_elsewhere_is_not_a_fix(q) -> None:  # noqa: ANN001
    """The marker left on a line without the site, the counter allocated by ``&counter{}``
    instead, and a box removed elsewhere so that the count goes down: the allocation moved."""
    code = q.code.replace("c := counter{n: 1} // want: stack\n\treturn &c",
                          "_ = 0 // want: stack\n\treturn &counter{n: 1}")
    code = code.replace('import "fmt"', 'import (\n\t"os"\n\t"strconv"\n)')
    code = code.replace("fmt.Println(c.n)", 'os.Stdout.WriteString(strconv.Itoa(c.n) + "\\n")')
    r = grade_fix(q, code)
    assert r.heap_after < r.heap_before and r.got == r.expected     # the loophole's conditions
    assert r.outcome is FixOutcome.MOVED and not r.passed
    assert any("&counter{...} escapes to heap" in ln for ln in r.heap_lines)
    fine = code.replace("return &counter{n: 1}", "return &counter{n: 1}").replace(
        "func newCounter() *counter", "func newCounter() counter").replace(
        "return &counter{n: 1}", "return counter{n: 1}").replace("c.n++", "c.n++\n\t_ = c")
    assert grade_fix(q, fine).outcome is FixOutcome.PASSED      # removing the site is allowed


def test_what_cannot_be_judged_never_passes(q, monkeypatch) -> None:  # noqa: ANN001
    cgo = grade_fix(q, q.solution.replace('import "fmt"', 'import "fmt"\nimport "C"'))
    assert cgo.outcome is FixOutcome.CANNOT_JUDGE and "cgo" in cgo.detail and not cgo.judged
    monkeypatch.setattr(fix, "MAX_STEPS", 1000)
    loop = grade_fix(q, q.solution.replace("c := newCounter()", "for {\n\t}\n\tc := newCounter()"))
    assert loop.outcome is FixOutcome.CANNOT_JUDGE and "1,000 steps" in loop.detail


def test_several_reasons_are_reported_together(q) -> None:  # noqa: ANN001
    r = grade_fix(q, q.code.replace("c.n++", "c.n--"))
    assert r.failures == [FixOutcome.ESCAPES, FixOutcome.OUTPUT_DIFFERS]


def test_a_result_survives_storage(q) -> None:  # noqa: ANN001
    r = grade_fix(q, q.code.replace("c.n++", "c.n--"))
    back = FixResult.from_dict(json.loads(json.dumps(r.to_dict())))
    assert back == r
    assert FixResult.from_dict({"outcome": "nonsense"}).outcome is FixOutcome.CANNOT_JUDGE


def test_validate_rejects_a_model_solution_that_does_not_pass(tmp_path: Path) -> None:
    bad = PACK.replace("func newCounter() counter {\n\tc := counter{n: 1} // want: stack\n\treturn c",
                       "func newCounter() *counter {\n\tc := counter{n: 1} // want: stack\n\treturn &c")
    problems = validate([write(tmp_path, bad)]).problems
    assert [p.field for p in problems] == ["solution"]
    assert "model solution does not pass" in problems[0].message and "still on the heap" in problems[0].message
    prints = PACK.replace("c.n++\n\tfmt.Println(c.n)\n}\n\"\"\"\nexplanation",
                          "c.n += 2\n\tfmt.Println(c.n)\n}\n\"\"\"\nexplanation")
    problems = validate([write(tmp_path, prints)]).problems
    assert [p.message for p in problems] == ["the model solution does not pass: the output differs from "
                                             "the original's"]


def test_validate_rejects_an_original_that_already_passes(tmp_path: Path) -> None:
    text = PACK.replace("func newCounter() *counter {\n\tc := counter{n: 1} // want: stack\n\treturn &c\n}\n\n"
                        "func main() {\n\tc := newCounter()\n\tc.n++\n\tfmt.Println(c.n)\n}\n\"\"\"\nsolution",
                        "func newCounter() counter {\n\tc := counter{n: 1} // want: stack\n\treturn c\n}\n\n"
                        "func main() {\n\tc := newCounter()\n\tc.n++\n\tfmt.Println(c.n)\n}\n\"\"\"\nsolution")
    msgs = [p.message for p in validate([write(tmp_path, text)]).problems]
    assert any("the original code must fail" in m for m in msgs), msgs


def test_a_fix_question_needs_its_marker_site_and_solution(tmp_path: Path) -> None:
    no_marker = PACK.replace("c := counter{n: 1} // want: stack\n\treturn &c", "c := counter{n: 1}\n\treturn &c")
    problems = validate([write(tmp_path, no_marker)]).problems
    assert problems[0].field == "code" and "has no marker '// want: stack'" in problems[0].message
    twice = PACK.replace("\treturn &c\n}\n\nfunc main", "\treturn &c // want: stack\n}\n\nfunc main", 1)
    problems = validate([write(tmp_path, twice)]).problems
    assert "is on lines 8, 9: keep it once" in problems[0].message
    other = PACK.replace('site = "c"', 'site = "z"')
    problems = validate([write(tmp_path, other)]).problems
    assert "line 8 (the marked line) has no site named z; its sites: c" in problems[0].message
    _pack, problems = load_pack(write(tmp_path, PACK.replace('site = "c"', 'site = "c@8"')))
    assert [p.field for p in problems] == ["site"]
    cut = PACK[:PACK.index("solution = ")] + PACK[PACK.index("explanation = "):]
    _pack, problems = load_pack(write(tmp_path, cut))
    assert [(p.field, p.message) for p in problems] == [("solution", "missing")]


def test_the_session_records_the_first_judged_check(q) -> None:  # noqa: ANN001
    from quizapp.quiz.model import Pack, Text
    pack = Pack("t.fix", "1", Text("a", "甲"), [], "go1.27.3", "-m -l", [q])
    s = QuizSession(pack)
    st = s.current
    assert st.key is not None and [x.key for x in st.key.sites] == ["c@8:2"]
    assert s.check_fix(grade_fix(q, q.solution.replace("return c", "return d"))) is None   # not judged
    assert not st.submitted and st.fix_result.outcome is FixOutcome.DOES_NOT_COMPILE
    s.edit(q.code)
    first = s.check_fix(grade_fix(q, q.code))
    assert first is not None and not first.correct and st.submitted
    assert s.check_fix(grade_fix(q, q.solution)) is None                 # later checks only show
    assert st.fix_result.passed and st.grade is first
    given = json.dumps(st.given())
    again = QuizSession(pack)
    assert again.restore("ret", given, 12.0, 0)
    assert again.current.grade.correct is False and again.current.edited == q.code
    assert again.current.fix_result.outcome is FixOutcome.ESCAPES


def test_hints_stay_open_after_the_first_judged_check(q) -> None:  # noqa: ANN001
    """The learner goes on editing after a failed check: that is when a hint helps."""
    from dataclasses import replace

    from quizapp.quiz.model import Pack, Text
    hinted = replace(q, hints=[Text("Return the value.", "返回值本身。")])
    s = QuizSession(Pack("t.fix", "1", Text("a", "甲"), [], "go1.27.3", "-m -l", [hinted]))
    assert s.check_fix(grade_fix(hinted, hinted.code)) is not None and s.current.submitted
    assert s.hint() == "1" and s.hint() is None                          # one hint, then none left


def test_the_builtin_fix_pack_has_twelve_questions_over_many_principles() -> None:
    from quizapp.quiz.loader import builtin_dir
    pack, problems = load_pack(builtin_dir() / "fix-the-code.toml")
    assert problems == [] and pack is not None
    assert len(pack.questions) >= 12 and all(x.kind is QuestionKind.FIX for x in pack.questions)
    principles = {p for x in pack.questions for p in x.principles}
    assert len(principles) >= 8, principles


@pytest.mark.go
def test_verify_runs_the_model_solution_with_go(tmp_path: Path, go: str) -> None:  # noqa: ARG001
    from quizapp.quiz.verify import verify
    report = verify([write(tmp_path, PACK)])
    assert report.disagreements == [] and report.checked == 2     # the original and the solution
    prints = PACK.replace("c.n++\n\tfmt.Println(c.n)\n}\n\"\"\"\nexplanation",
                          "c.n += 2\n\tfmt.Println(c.n)\n}\n\"\"\"\nexplanation")
    report = verify([write(tmp_path, prints)])
    assert any("the model solution prints stdout '3\\n'" in d for d in report.disagreements), report.disagreements
    still = PACK.replace("func newCounter() counter {\n\tc := counter{n: 1} // want: stack\n\treturn c",
                         "func newCounter() *counter {\n\tc := counter{n: 1} // want: stack\n\treturn &c")
    assert still != PACK
    report = verify([write(tmp_path, still)])
    assert any("(model solution): the model solution does not pass: the marked site is still on the heap"
               in d for d in report.disagreements), report.disagreements


def test_the_documented_fix_example_validates(tmp_path: Path) -> None:
    import re
    doc = (Path(__file__).resolve().parents[2] / "docs" / "pack-format.md").read_text(encoding="utf-8")
    m = re.search(r"A complete fix pack:\n\n```toml\n(.*?)```", doc, re.S)
    assert m
    report = validate([write(tmp_path, m.group(1))])
    assert [str(p) for p in report.problems] == [] and report.questions == 1


def test_a_fix_is_judged_in_the_packs_build(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A "-m" pack's fix is judged with inlining on (gc still moves c in newCounter's own body)."""
    text = PACK.replace('authors = ["t"]\n', 'authors = ["t"]\nflags = "-m"\n')
    pack, problems = load_pack(write(tmp_path, text))
    assert problems == [] and pack is not None and pack.questions[0].build.inline
    seen: list[bool] = []
    real = fix.judged
    monkeypatch.setattr(fix, "judged", lambda code, inline: seen.append(inline) or real(code, inline))
    q = pack.questions[0]
    assert grade_fix(q, q.code).site_lines == ["8:2: moved to heap: c"] and seen == [True]
    assert any("can inline newCounter" in ln for ln in fix.original(q.code, True)[0].diagnostics("./main.go"))
    assert validate([write(tmp_path, text)]).problems == []
