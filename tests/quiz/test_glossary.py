"""The Chinese of the built-in packs and the principles follows docs/glossary.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.analysis.principles import PRINCIPLES, PrincipleId
from quizapp.quiz.loader import builtin_dir, load_packs
from quizapp.quiz.model import Pack, Text
from quizapp.quiz.text import prose

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"


def _table(heading: str) -> list[list[str]]:
    """The rows of the table under ``## heading``, as lists of cells."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("|")][2:]
    return [[c.strip() for c in ln.strip("|").split("|")] for ln in rows]


def banned_words() -> list[str]:
    """The last column of the terms table: words the glossary replaces."""
    words = []
    for row in _table("Terms"):
        cell = re.sub(r"（[^）]*）|\([^)]*\)", "", row[-1])
        words.extend(w.strip() for w in cell.split("、") if w.strip())
    return words


PRINCIPLE_IDS = [p.value for p in PrincipleId if "-" in p.value]


def problems(where: str, zh: str, words: list[str]) -> Iterator[str]:
    text = prose(zh)
    for w in words:
        if w in text:
            yield f"{where}: {w!r}"
    for pid in PRINCIPLE_IDS:
        if re.search(rf"(?<![\w-]){re.escape(pid)}(?![\w-])", text):
            yield f"{where}: principle id {pid!r} in Chinese prose"


def pack_texts(pack: Pack) -> Iterator[tuple[str, Text]]:
    yield f"{pack.id} title", pack.title
    if pack.description is not None:
        yield f"{pack.id} description", pack.description
    for q in pack.questions:
        where = f"{pack.id}/{q.id}"
        for name in ("title", "prompt", "explanation", "answer", "inlining_note"):
            t = getattr(q, name)
            if t is not None:
                yield f"{where} {name}", t
        for i, h in enumerate(q.hints):
            yield f"{where} hint {i + 1}", h


@pytest.fixture(scope="module")
def packs() -> list[Pack]:
    ps, errors = load_packs([builtin_dir()])
    assert errors == []
    return ps


def test_the_glossary_names_what_it_replaces() -> None:
    words = banned_words()
    for w in ("箱子", "映射", "活得久", "func literal", "数据字", "指针形状"):
        assert w in words


def test_builtin_packs_use_the_glossary(packs: list[Pack]) -> None:
    words = banned_words()
    found = [p for pack in packs for where, t in pack_texts(pack) for p in problems(where, t.zh, words)]
    assert found == []


def test_principles_use_the_glossary() -> None:
    words = banned_words()
    found = [p for pr in PRINCIPLES.values()
             for p in problems(pr.id.value, pr.title_zh + "\n" + pr.summary_zh, words)]
    assert found == []


def test_principle_titles_are_the_glossarys() -> None:
    titles = {row[0].strip("`"): row[2] for row in _table("Principles")}
    assert titles == {p.id.value: p.title_zh for p in PRINCIPLES.values()}


def test_the_check_catches_each_kind_of_mistake() -> None:
    words = banned_words()
    assert list(problems("q", "x 被装进箱子", words)) == ["q: '箱子'"]
    assert list(problems("q", "它比 f 活得久", words)) == ["q: '活得久'"]
    assert list(problems("q", "这是 sharing-up 的例子", words)) == ["q: principle id 'sharing-up' in Chinese prose"]
    assert list(problems("q", "函数字面量逃逸（`func literal escapes to heap`）", words)) == []
    assert list(problems("q", "func literal 逃逸了", words)) == ["q: 'func literal'"]
