"""The Chinese of the built-in packs, the principles and the explanation sentences follows docs/glossary.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.analysis import FlowStep, Pos, Site, SiteKind, Verdict
from quizapp.analysis.principles import PRINCIPLES, PrincipleId
from quizapp.quiz.explain import WHY, flow_sentences, verdict_sentence
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


def terms() -> list[str]:
    """The Chinese words of the 中文 column (runs of two or more Han characters)."""
    return sorted({run for row in _table("Terms") for run in re.findall(r"[\u4e00-\u9fff]{2,}", row[1])})


def patterns() -> list[str]:
    """The regular expressions of the patterns table: sentence shapes the glossary replaces."""
    return [row[0].strip("`") for row in _table("Patterns")]


PRINCIPLE_IDS = [p.value for p in PrincipleId if "-" in p.value]
TITLE = re.compile(r"《[^》]*》")


def whole_word_hits(text: str, word: str, known: list[str]) -> int:
    """How often word occurs where its last character does not start a longer known term (个字 in 三个字节)."""
    hits = 0
    for m in re.finditer(re.escape(word), text):
        rest = text[m.end() - 1:]
        if not any(t[0] == word[-1] and rest.startswith(t) for t in known):
            hits += 1
    return hits


def problems(where: str, zh: str, words: list[str]) -> Iterator[str]:
    text = prose(zh)
    known = terms()
    for w in words:
        if whole_word_hits(text, w, known):
            yield f"{where}: {w!r}"
    for pid in PRINCIPLE_IDS:
        if re.search(rf"(?<![\w-]){re.escape(pid)}(?![\w-])", text):
            yield f"{where}: principle id {pid!r} in Chinese prose"
    untitled = TITLE.sub(" ", text)
    for pat in patterns():
        m = re.search(pat, untitled)
        if m:
            yield f"{where}: pattern {pat!r} ({m.group(0)!r})"


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


def explain_texts() -> Iterator[tuple[str, str]]:
    """Every Chinese sentence quiz.explain can show: each flow step and each verdict sentence."""
    pos = Pos(3, 2)
    step = FlowStep(dst="{heap}", src="x", derefs=-1, notes=[("x", why, pos) for why in WHY])
    for kind in SiteKind:
        for verdict in Verdict:
            site = Site(name="x", kind=kind, pos=pos, function="f", verdict=verdict, flow=[step])
            yield f"explain {kind.value} {verdict.value}", verdict_sentence(site, "zh")
            for sentence in flow_sentences(site, "zh"):
                yield f"explain flow {kind.value} {verdict.value}", sentence


def test_the_glossary_names_what_it_replaces() -> None:
    words = banned_words()
    for w in ("箱子", "映射", "活得久", "func literal", "数据字", "指针形状",
              "活过", "活不过", "长寿", "活着", "住在", "逐字", "个字", "data 段"):
        assert w in words
    assert len(patterns()) >= 4
    for t in ("字节", "字段", "字符", "字面量", "机器字"):
        assert t in terms()


def test_builtin_packs_use_the_glossary(packs: list[Pack]) -> None:
    words = banned_words()
    found = [p for pack in packs for where, t in pack_texts(pack) for p in problems(where, t.zh, words)]
    assert found == []


def test_principles_use_the_glossary() -> None:
    words = banned_words()
    found = [p for pr in PRINCIPLES.values()
             for p in problems(pr.id.value, pr.title_zh + "\n" + pr.summary_zh, words)]
    assert found == []


def test_explanation_sentences_use_the_glossary() -> None:
    words = banned_words()
    texts = list(explain_texts())
    assert len(texts) > len(WHY)
    found = [p for where, zh in texts for p in problems(where, zh, words)]
    assert found == []


def test_notes_on_the_other_build_use_the_glossary() -> None:
    """quiz.both_builds' Chinese notes, for programs whose builds differ in every way the notes
    tell apart (a copy, a site itself, a literal inlined away), graded in either build."""
    from pathlib import Path

    from quizapp.quiz.answers import analysis_of, builds_of
    from quizapp.quiz.both_builds import compare, note
    from quizapp.quiz.model import BuildFlags
    corpus = Path(__file__).resolve().parents[1] / "analysis" / "corpus"
    words = banned_words()
    texts = []
    for name in ("a_02_ptrlit_returned_vs_local", "n_08_closure_clones_escape",
                 "c_43_value_receiver_field_addr", "a_42_pass_pointer_down", "c_05_closure_called_directly"):
        code = (corpus / f"{name}.go").read_text()
        pairs = builds_of(code)
        assert pairs is not None
        for build in BuildFlags:
            texts += [(name, note(compare(s, pairs, build), pairs, "zh"))
                      for s in analysis_of(code, build.inline).sites]
    texts = [(w, t) for w, t in texts if t]
    assert len(texts) >= 6
    assert [p for where, zh in texts for p in problems(where, zh, words)] == []


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
    assert list(problems("q", "指针活过栈帧", words)) == ["q: '活过'"]
    assert list(problems("q", "全局变量比函数长寿", words)) == ["q: '长寿'"]
    assert list(problems("q", "指针住在堆上的对象里", words)) == ["q: '住在'"]
    assert list(problems("q", "切片头有三个字。", words)) == ["q: '个字'"]
    assert list(problems("q", "每一轮都要逐字扫描", words)) == ["q: '逐字'"]
    for fine in ("切片头占三个机器字", "三个字节", "两个字段", "一个字符串", "这个字面量", "一个字典参数",
                 "存活的对象", "全局变量的生命周期超出任何函数", "通过指针读出来的数字", "即使它被移到堆上"):
        assert list(problems("q", fine, words)) == [], fine
    [hit] = problems("q", "逃逸分析通过把值留在堆外来减少 GC 的工作", words)
    assert hit.startswith("q: pattern '通过") and "通过把值留在堆外来" in hit
    assert len(list(problems("q", "闭包逃逸使 wg 被移到堆上", words))) == 1
    assert len(list(problems("q", "每一个都要在堆上分配：函数字面量escapes。", words))) == 1
    assert len(list(problems("q", "用go启动", words))) == 2
    assert list(problems("q", "函数字面量逃逸（`func literal escapes to heap`），见《Go内存分配》", words)) == []
