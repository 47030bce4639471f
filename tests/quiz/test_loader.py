"""Loading and validating packs: one clear line per fault, and broken packs never stop the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.gotool import build_plain
from quizapp.quiz.loader import load_pack
from quizapp.quiz.validate import validate

GOOD = '''format = 1
id = "t.good"
version = "1"
title = { en = "Good", zh = "好的" }
authors = ["t"]

[[questions]]
id = "q1"
kind = "where"
difficulty = "easy"
principles = ["sharing-up"]
title = { en = "T", zh = "题" }
prompt = { en = "Where?", zh = "在哪里？" }
code = """
package main

func f() *int {
	x := 1
	return &x
}

func main() { _ = f() }
"""
explanation = { en = "returned", zh = "被返回" }
'''


def write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_pack_loads(tmp_path: Path) -> None:
    pack, problems = load_pack(write(tmp_path, "good.toml", GOOD))
    assert problems == []
    assert pack is not None and pack.id == "t.good" and [q.id for q in pack.questions] == ["q1"]
    assert pack.questions[0].line == 7


def test_bad_toml_names_file_and_line(tmp_path: Path) -> None:
    p = write(tmp_path, "bad.toml", 'id = "x"\ntitle = { en = "a", zh = \n')
    pack, problems = load_pack(p)
    assert pack is None and len(problems) == 1
    assert problems[0].line == 2 and str(problems[0]).startswith(f"{p}:2: not valid TOML")


def test_missing_field(tmp_path: Path) -> None:
    p = write(tmp_path, "m.toml", GOOD.replace('prompt = { en = "Where?", zh = "在哪里？" }\n', ""))
    report = validate([p])
    assert [str(x) for x in report.problems] == [f"{p}:7: question q1: prompt: missing (a table with en and zh)"]


def test_duplicate_question_id(tmp_path: Path) -> None:
    body = GOOD.split("[[questions]]")[1]
    p = write(tmp_path, "d.toml", GOOD + "\n[[questions]]" + body)
    report = validate([p])
    assert len(report.problems) == 1
    assert report.problems[0].question == "q1" and report.problems[0].field == "id"
    assert "duplicate" in report.problems[0].message


def test_code_that_does_not_compile(tmp_path: Path) -> None:
    p = write(tmp_path, "c.toml", GOOD.replace("return &x", "return &y"))
    report = validate([p])
    assert len(report.problems) == 1
    msg = str(report.problems[0])
    assert "question q1: code: the code does not compile" in msg and "undefined: y" in msg


@pytest.mark.go
def test_code_gc_rejects_fails_with_gcs_lines(tmp_path: Path, go: str) -> None:
    """A mistake only a type checker sees (an unused variable) fails validation with gc's own lines."""
    bad = GOOD.replace("x := 1\n", "x := 1\n\ty := 2\n")
    p = write(tmp_path, "u.toml", bad)
    code = bad.split('code = """\n', 1)[1].split('"""', 1)[0]
    gc = build_plain(code, go=go)
    assert not gc.ok
    report = validate([p])
    assert len(report.problems) == 1
    msg = str(report.problems[0])
    assert "question q1: code: the code does not compile" in msg
    assert [ln.strip() for ln in msg.splitlines()[1:]] == gc.lines


def test_pinned_answer_contradicted(tmp_path: Path) -> None:
    p = write(tmp_path, "e.toml", GOOD + '\n[[questions.expect]]\nsite = "x"\nverdict = "stack"\n')
    report = validate([p])
    assert len(report.problems) == 1
    assert report.problems[0].field == "expect"
    assert "pinned x = stack, but the analyzer (go1.27.3 -m -l) says heap" in report.problems[0].message


def test_zh_without_chinese_is_rejected(tmp_path: Path) -> None:
    p = write(tmp_path, "z.toml", GOOD.replace('zh = "在哪里？"', 'zh = "where?"'))
    problems = validate([p]).problems
    assert [x.field for x in problems] == ["prompt"]
    assert "no Chinese characters" in problems[0].message


def test_broken_pack_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a_good.toml", GOOD)
    write(tmp_path, "b_broken.toml", "this is = = not toml")
    write(tmp_path, "c_good.toml", GOOD.replace('id = "t.good"', 'id = "t.good2"'))
    report = validate([tmp_path])
    assert sorted(p.id for p in report.packs) == ["t.good", "t.good2"]
    assert len(report.problems) == 1 and "b_broken.toml" in report.problems[0].file
    assert report.summary() == "2 packs, 2 questions, 1 errors"


def test_same_pack_id_twice(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", GOOD)
    write(tmp_path, "b.toml", GOOD)
    problems = validate([tmp_path]).problems
    assert len(problems) == 1 and "also used by" in problems[0].message


def test_why_answer_must_be_offered(tmp_path: Path) -> None:
    text = GOOD.replace('kind = "where"\n', 'kind = "why"\nsite = "x"\nchoices = ["goroutine", "too-large"]\n')
    problems = validate([write(tmp_path, "k.toml", text)]).problems
    assert [p.field for p in problems] == ["choices"]
    assert "the answer 'sharing-up' is not among the choices" in problems[0].message


def test_lines_distractor_must_be_wrong(tmp_path: Path) -> None:
    pack, _ = load_pack(write(tmp_path, "g.toml", GOOD))
    from quizapp.quiz.answers import answer_key
    real = answer_key(pack.questions[0]).lines[0]          # a line the compiler does print
    text = GOOD.replace('kind = "where"\n', f'kind = "lines"\ndistractors = ["{real}"]\n')
    problems = validate([write(tmp_path, "k.toml", text)]).problems
    assert [p.field for p in problems] == ["distractors"]
    assert "is a line the compiler prints" in problems[0].message


def test_a_builtin_pack_in_a_source_checkout_keeps_its_reserved_id(tmp_path: Path) -> None:
    """An instructor validating the app's own pack from a checkout (the app installed from it
    elsewhere) gets no reserved-id error; the same file anywhere else does."""
    import shutil

    from quizapp.quiz.loader import builtin_dir
    src = builtin_dir() / "fix-the-code.toml"
    tree = tmp_path / "checkout" / "quizapp"
    (tree / "questions").mkdir(parents=True)
    (tree / "quiz").mkdir()
    (tree / "__init__.py").write_text("")
    (tree / "quiz" / "loader.py").write_text("")
    shutil.copy(src, tree / "questions" / src.name)
    shutil.copy(src, tmp_path / src.name)
    _, problems = load_pack(tree / "questions" / src.name)
    assert problems == []
    _, problems = load_pack(tmp_path / src.name)
    assert any("reserved" in p.message for p in problems)
