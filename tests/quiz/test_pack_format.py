"""Pack format 2 (category, build flags, the fix kind) beside format 1, which keeps loading."""

from __future__ import annotations

from pathlib import Path

from quizapp.quiz.loader import builtin_dir, load_pack, load_packs
from quizapp.quiz.model import BuildFlags, Category
from quizapp.quiz.validate import validate

from .test_loader import GOOD, write

GOOD2 = GOOD.replace("format = 1\n", 'format = 2\ncategory = "principle"\n')


def test_format_1_pack_still_loads_as_custom(tmp_path: Path) -> None:
    pack, problems = load_pack(write(tmp_path, "one.toml", GOOD))
    assert problems == [] and pack is not None
    assert pack.format == 1 and pack.category is Category.CUSTOM


def test_a_pack_without_format_is_format_1(tmp_path: Path) -> None:
    pack, problems = load_pack(write(tmp_path, "none.toml", GOOD.replace("format = 1\n", "")))
    assert problems == [] and pack is not None and pack.format == 1


def test_format_2_category(tmp_path: Path) -> None:
    pack, problems = load_pack(write(tmp_path, "two.toml", GOOD2))
    assert problems == [] and pack is not None
    assert pack.format == 2 and pack.category is Category.PRINCIPLE


def test_category_needs_format_2(tmp_path: Path) -> None:
    p = write(tmp_path, "c.toml", GOOD.replace("format = 1\n", 'format = 1\ncategory = "article"\n'))
    problems = validate([p]).problems
    assert [(x.field, x.message) for x in problems] == [("category", "category needs format = 2")]
    assert problems[0].line == 2


def test_unknown_category_suggests_the_near_one(tmp_path: Path) -> None:
    p = write(tmp_path, "c.toml", GOOD2.replace('"principle"', '"principles"'))
    (problem,) = validate([p]).problems
    assert problem.field == "category" and "did you mean 'principle'?" in problem.message


def test_default_build_flags_grade_with_inlining_on(tmp_path: Path) -> None:
    """flags = "-m": the pack's questions are graded in the default build."""
    p = write(tmp_path, "m.toml", GOOD2.replace("format = 2\n", 'format = 2\nflags = "-m"\n'))
    pack, problems = load_pack(p)
    assert problems == [] and pack is not None
    assert pack.flags == "-m" and [q.build for q in pack.questions] == [BuildFlags.DEFAULT]
    assert validate([p]).problems == []


def test_format_1_knows_only_no_inlining(tmp_path: Path) -> None:
    p = write(tmp_path, "m.toml", GOOD.replace("format = 1\n", 'format = 1\nflags = "-m"\n'))
    pack, problems = load_pack(p)
    assert pack is None and problems[0].field == "flags" and "format 1" in problems[0].message


def test_flags_in_either_order(tmp_path: Path) -> None:
    pack, problems = load_pack(write(tmp_path, "l.toml", GOOD2.replace("format = 2\n", 'format = 2\nflags = "-l -m"\n')))
    assert problems == [] and pack is not None and pack.flags == "-m -l"


def test_unknown_format_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    pack, problems = load_pack(write(tmp_path, "f.toml", GOOD.replace("format = 1", "format = 3")))
    assert pack is None
    assert [p.message for p in problems] == ["unknown format 3 (this app reads formats 1, 2)"]


def test_fix_kind_needs_format_2(tmp_path: Path) -> None:
    two = validate([write(tmp_path, "a.toml", GOOD2.replace('kind = "where"', 'kind = "fix"'))]).problems
    assert sorted(p.field for p in two) == ["site", "solution"]      # a fix question, incomplete
    one = validate([write(tmp_path, "b.toml", GOOD.replace('kind = "where"', 'kind = "fix"'))]).problems
    assert [p.message for p in one] == ["kind 'fix' needs format = 2"]


def test_near_misses_are_named(tmp_path: Path) -> None:
    text = GOOD2.replace('["sharing-up"]', '["sharing-upp"]').replace('kind = "where"', 'kind = "wher"')
    msgs = [p.message for p in validate([write(tmp_path, "n.toml", text)]).problems]
    assert msgs == ["unknown kind 'wher' (did you mean 'where'?)"]
    text = GOOD2.replace('["sharing-up"]', '["closure-captur"]')
    msgs = [p.message for p in validate([write(tmp_path, "n.toml", text)]).problems]
    assert msgs == ["unknown principle 'closure-captur' (did you mean 'closure-capture'?)"]


def test_site_names_say_what_is_wrong(tmp_path: Path) -> None:
    code_two_n = GOOD2.replace("\tx := 1\n\treturn &x", "\tx := 1\n\ty := &x\n\tprintln(y)\n\treturn &x")
    amb = code_two_n.replace('kind = "where"\n', 'kind = "where"\nsites = ["x", "z"]\n')
    msgs = [p.message for p in validate([write(tmp_path, "s.toml", amb)]).problems]
    assert len(msgs) == 1 and msgs[0].startswith("no site named z (")
    why = GOOD2.replace('kind = "where"\n', 'kind = "why"\nchoices = ["sharing-up", "goroutine"]\n')
    problems = validate([write(tmp_path, "w.toml", why)]).problems
    assert [(p.field, p.message) for p in problems] == [("site", "missing")]   # said once, not garbled


def test_builtin_packs_are_format_2_with_a_category() -> None:
    packs, problems = load_packs([builtin_dir()])
    assert problems == []
    assert {p.format for p in packs} == {2}
    cats = {p.id: p.category for p in packs}
    assert cats["builtin.article"] is Category.ARTICLE and cats["builtin.interview"] is Category.INTERVIEW
    assert all(c is Category.PRINCIPLE for pid, c in cats.items() if pid.startswith("builtin.principle."))


def test_pack_new_writes_a_format_2_pack_with_a_description(tmp_path: Path) -> None:
    from quizapp.quiz.scaffold import new_pack
    new_pack(tmp_path / "mine.toml")
    report = validate([tmp_path / "mine.toml"])
    assert report.problems == []
    (pack,) = report.packs
    assert pack.format == 2 and pack.description is not None and pack.description.en
