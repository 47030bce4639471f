"""What a step says and draws agrees with what happens at it: an allocation Go does not make
is titled so, every goroutine's stack has its own stack pointer, a return step shows the
frame that returns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.diagram.model import DiagramModel

from .test_layout import GOROUTINES, model_of

QM = Path(__file__).resolve().parents[2] / "quizapp" / "assets" / "i18n" / "quizapp_zh_CN.qm"

SMALL_AND_BIG = """package main

import "fmt"

type E struct{}

func show(n int) {
	fmt.Println(n)
}

func main() {
	show(7)
	show(7000)
	var e E
	fmt.Println(e)
	fmt.Println("x")
}
"""


def _made(m: DiagramModel, i: int):  # noqa: ANN202
    """The object an allocation step made (object ids follow allocation order)."""
    s = m.scene(i)
    made = [b for b in s.boxes if b.kind in ("object", "stack-object") and b.id[1:].isdigit()]
    return max(made, key=lambda b: int(b.id[1:]))


def _alloc_titles(m: DiagramModel) -> list[tuple[bool, str]]:
    from quizapp.diagram.render import step_title
    return [(_made(m, i).free, step_title(m.title(i))) for i, r in enumerate(m.trace.steps)
            if r.event == "alloc"]


@pytest.mark.parametrize("src", [SMALL_AND_BIG, GOROUTINES])
def test_an_allocation_go_does_not_make_is_not_titled_allocate(qapp, src: str) -> None:  # noqa: ANN001
    titles = _alloc_titles(model_of(src))
    assert any(free for free, _ in titles) and any(not free for free, _ in titles)
    for free, title in titles:
        if free:
            assert "allocate " not in title and re.match(r"line \d+: .+ not allocated: \S", title), title
        else:
            assert re.match(r"line \d+: allocate ", title), title


def test_the_title_says_how_go_does_without(qapp) -> None:  # noqa: ANN001
    titles = [t for free, t in _alloc_titles(model_of(SMALL_AND_BIG)) if free]
    assert any(t.endswith("Go uses its static table") for t in titles), titles              # 7
    assert any("zerobase" in t for t in titles), titles                                     # E{}
    assert any(t.endswith("Go points at read-only data") for t in titles), titles            # "x"


def test_the_title_of_an_allocation_go_does_not_make_in_chinese(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        titles = _alloc_titles(model_of(SMALL_AND_BIG))
    finally:
        QCoreApplication.removeTranslator(translator)
    free = [t for f, t in titles if f]
    assert free and all("未分配" in t and ("静态" in t or "零" in t or "只读" in t) for t in free), free
    assert all("not allocated" not in t for t in free)
    assert [t for f, t in titles if not f] and all("分配" in t and "未分配" not in t for f, t in titles if not f)


def test_every_goroutine_stack_has_its_own_stack_pointer() -> None:
    m = model_of(GOROUTINES)
    i = next(i for i in range(m.count) if m.trace.steps[i].event == "send")
    scene = m.scene(i)
    heads = sorted((b for b in scene.boxes if b.kind == "goroutine"), key=lambda b: b.rect.y)
    frames = [b for b in scene.boxes if b.kind == "frame"]
    stacks = []                               # the goroutines that have frames (one not started has none)
    for k, head in enumerate(heads):
        below = heads[k + 1].rect.y if k + 1 < len(heads) else scene.height
        mine = [f for f in frames if head.rect.y < f.rect.y < below]
        if mine:
            stacks.append((head, mine, below))
    assert len(heads) == 3 and len(stacks) == 2
    tags = [t for t in scene.labels if t.text == "SP"]
    assert len(tags) == len(scene.sps) == 2
    for k, (_head, mine, below) in enumerate(stacks):     # each pointer under its own stack's last frame
        sp = scene.sps[k]
        assert max(f.rect.bottom for f in mine) < sp < below
        assert any(abs(t.rect.bottom + 2 - sp) < 1 for t in tags)
    assert scene.sp_y == scene.sps[1]        # the running goroutine's (goroutine 3, after main's)
    assert tags[0].full.startswith("goroutine 1's stack pointer") and "running goroutine" in tags[1].full


FALLS_OFF = """package main

func f() {
	x := 1
	_ = x
}

func g() int {
	return 2
}

func main() {
	f()
	println(g())
}
"""


def test_a_function_that_falls_off_its_end_returns_at_its_closing_brace() -> None:
    m = model_of(FALLS_OFF)
    returns = {s.detail: s.line for s in m.trace.steps if s.event == "return"}
    assert returns == {"f": 6, "g": 9, "main": 15}     # g returns at its return statement
