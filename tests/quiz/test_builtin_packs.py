"""The built-in packs: valid, large enough, bilingual, all distinct, and right by the real compiler."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.analysis.principles import PrincipleId
from quizapp.quiz.loader import builtin_dir, load_packs
from quizapp.quiz.model import QuestionKind
from quizapp.quiz.validate import validate
from quizapp.quiz.verify import verify

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = set("""break case chan const continue default defer else fallthrough for func go goto if
import interface map package range return select struct switch type var""".split())
TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|`[^`]*`|\'(?:\\.|[^\'\\])*\'|//[^\n]*|/\*.*?\*/|[A-Za-z_]\w*|\d[\w.]*|\S',
                   re.S)


def normalise(code: str) -> str:
    """Code with whitespace, comments and identifier names erased."""
    out = []
    for tok in TOKEN.findall(code):
        if tok.startswith(("//", "/*")):
            continue
        if re.match(r"[A-Za-z_]", tok) and tok not in KEYWORDS:
            out.append("ID")
        else:
            out.append(tok)
    return " ".join(out)


@pytest.fixture(scope="module")
def packs():  # noqa: ANN201
    ps, problems = load_packs([builtin_dir()])
    assert problems == []
    return ps


def test_questions_folder_is_the_shipped_one() -> None:
    assert (ROOT / "questions").resolve() == builtin_dir().resolve()


def test_builtin_packs_validate_with_320_questions() -> None:
    report = validate([builtin_dir()])
    assert [str(p) for p in report.problems] == []
    assert report.questions >= 320


def test_most_questions_are_graded_code(packs) -> None:  # noqa: ANN001
    questions = [q for p in packs for q in p.questions]
    graded = [q for q in questions if q.kind is not QuestionKind.FLASHCARD]
    assert len(graded) >= 0.6 * len(questions)
    assert all(q.code.strip() for q in graded)


def test_titles_are_plain_text(packs) -> None:  # noqa: ANN001
    """Titles are listed where no code font can be shown: no `code spans` in them."""
    for p in packs:
        assert "`" not in p.title.en + p.title.zh, p.id
        for q in p.questions:
            assert "`" not in q.title.en + q.title.zh, f"{p.id}/{q.id}"


def test_no_two_questions_share_code(packs) -> None:  # noqa: ANN001
    seen: dict[str, str] = {}
    for pack in packs:
        for q in pack.questions:
            if not q.code.strip():
                continue
            n = normalise(q.code)
            assert n not in seen, f"{pack.id}/{q.id} has the same code as {seen[n]}"
            seen[n] = f"{pack.id}/{q.id}"


def test_normalise_ignores_names_and_layout() -> None:
    a = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n"
    b = "package main\nfunc g()  *int { y := 1; return &y }"
    assert normalise(a).replace(" ;", "") == normalise(b).replace(" ;", "")
    assert normalise(a) != normalise(a.replace(":= 1", ":= 2"))


def test_one_pack_per_principle_with_three_per_difficulty(packs) -> None:  # noqa: ANN001
    by_id = {p.id: p for p in packs}
    for pid in PrincipleId:
        if pid is PrincipleId.INLINING:
            continue
        pack = by_id.get(f"builtin.principle.{pid.value}")
        assert pack is not None, f"no pack for {pid.value}"
        count = Counter(q.difficulty.value for q in pack.questions)
        assert all(count[d] >= 3 for d in ("easy", "medium", "hard")), (pid.value, count)


def test_article_pack_covers_every_program(packs) -> None:  # noqa: ANN001
    pack = next(p for p in packs if p.id == "builtin.article")
    code = "\n".join(q.code for q in pack.questions)
    for needle in ("func square(", "func increase(", "func initValue(", "func initObj(", "func initFn(",
                   "func add(", "func foo("):
        assert needle in code, needle


def test_interview_pack_has_code_and_flashcards(packs) -> None:  # noqa: ANN001
    pack = next(p for p in packs if p.id == "builtin.interview")
    assert len(pack.questions) >= 45
    kinds = Counter(q.kind for q in pack.questions)
    assert kinds[QuestionKind.FLASHCARD] >= 20
    assert sum(n for k, n in kinds.items() if k is not QuestionKind.FLASHCARD) >= 15


RELEASE = re.compile(r"\bGo 1\.\d+|\bgo1\.\d+")


def test_every_then_and_now_question_names_its_release(packs) -> None:  # noqa: ANN001
    pack = next(p for p in packs if p.id == "builtin.then-and-now")
    for q in pack.questions:
        texts = [q.prompt, q.explanation, q.answer]
        for lang in ("en", "zh"):
            assert any(t is not None and RELEASE.search(t.get(lang)) for t in texts), (q.id, lang)


def test_no_principle_pack_always_answers_its_own_principle(packs) -> None:  # noqa: ANN001
    from quizapp.quiz.answers import answer_key
    for pack in packs:
        if not pack.id.startswith("builtin.principle."):
            continue
        own = pack.id.rsplit(".", 1)[1]
        answers = {answer_key(q).why for q in pack.questions if q.kind is QuestionKind.WHY}
        assert own in answers and len(answers) >= 2, (pack.id, answers)


@pytest.mark.go
def test_every_builtin_answer_key_agrees_with_the_compiler(go: str) -> None:
    report = verify([builtin_dir()], go=go)
    assert report.disagreements == []
    assert report.checked >= 260


POSITIONED = re.compile(r"^(?:\./main\.go:)?\d+:\d+: ")
FLOW = re.compile(r"^(?:flow: |from |parameter \w+ leaks to |\w+ capturing by )")


def test_quoted_compiler_lines_are_real(packs) -> None:  # noqa: ANN001
    """A compiler line quoted with its position, or a -m=2 flow line, is one the compiler prints for that code.

    Never typed from memory: the analyzer (whose -m lines `pack verify` checks against go1.27.3)
    must print it for the question's own program. Generic patterns (`flow: A ← B`) are not quotes.
    """
    from quizapp.quiz.answers import analysis_of
    from quizapp.quiz.text import spans
    checked = 0
    for pack in packs:
        for q in pack.questions:
            if not q.code.strip():
                continue
            a = analysis_of(q.code)
            out = a.diagnostics("./main.go", level=1) + a.diagnostics("./main.go", level=2)
            messages = {ln.split(": ", 1)[1].strip().rstrip(":") for ln in out}
            for t in (q.prompt, q.explanation, q.answer, *q.hints):
                if t is None:
                    continue
                for lang in ("en", "zh"):
                    for is_code, piece in spans(t.get(lang)):
                        if not is_code or "..." in piece.replace("... argument", "") or "A ← B" in piece:
                            continue
                        if POSITIONED.match(piece):
                            line = piece if piece.startswith("./") else "./main.go:" + piece
                            assert line in out, f"{pack.id}/{q.id}: `{piece}` is not printed"
                            checked += 1
                        elif FLOW.match(piece) and piece != "capturing by value":
                            quote = piece.strip().rstrip(":")
                            assert any(m.startswith(quote) for m in messages), \
                                f"{pack.id}/{q.id}: `{piece}` is not printed"
                            checked += 1
    assert checked >= 10


def test_texts_have_no_stray_escapes(packs) -> None:  # noqa: ANN001
    r"""A TOML escape written twice shows up as a backslash before a quote (`len(\"go\")`)."""
    for p in packs:
        for q in p.questions:
            for t in (q.title, q.prompt, q.explanation, q.answer, q.inlining_note, *q.hints):
                if t is not None:
                    assert '\\"' not in t.en + t.zh, f"{p.id}/{q.id}"


NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def test_pack_descriptions_never_miscount_their_questions() -> None:
    """A description that names a number of questions names the pack's own number."""
    ps, _ = load_packs([builtin_dir()])
    for p in ps:
        if p.description is None:
            continue
        for text in (p.description.en, p.description.zh):
            for m in re.finditer(r"\b(\w+) questions\b|([0-9一二两三四五六七八九十]+) *道题", text, re.I):
                word = (m.group(1) or m.group(2)).lower()
                n = int(word) if word.isdigit() else NUMBERS.get(word)
                if n is not None:
                    assert n == len(p.questions), f"{p.id}: {m.group(0)!r} but {len(p.questions)} questions"


def test_no_pack_opens_with_a_hard_question(packs) -> None:  # noqa: ANN001
    from quizapp.quiz.model import Difficulty
    assert [p.id for p in packs if p.questions[0].difficulty is Difficulty.HARD] == []


def test_inlining_pack_is_graded_in_the_default_build(packs) -> None:  # noqa: ANN001
    """At least ten questions graded as go build -gcflags=-m, each judged in both builds, where
    some asked sites change with inlining and others (noinline, over budget) keep the -l answer."""
    from quizapp.quiz.answers import answer_key
    from quizapp.quiz.both_builds import compare
    from quizapp.quiz.model import BuildFlags
    pack = next(p for p in packs if p.id == "builtin.inlining")
    assert len(pack.questions) >= 10
    changed = kept = 0
    for q in pack.questions:
        assert q.build is BuildFlags.DEFAULT, q.id
        if q.kind in (QuestionKind.FLASHCARD, QuestionKind.LINES):
            continue
        key = answer_key(q)
        pairs = key.both_builds()
        assert pairs is not None, f"{q.id}: the -l build is not judged in full"
        for site in key.sites:
            if compare(site, pairs, key.build).differs:
                changed += 1
            else:
                kept += 1
    assert changed >= 6 and kept >= 3, (changed, kept)
