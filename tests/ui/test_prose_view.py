"""Explanations never break a compiler flag across lines, and copy as the command it is."""

from __future__ import annotations

import html

import pytest

from quizapp.quiz.text import JOINER, copyable, flags_unbroken
from quizapp.ui.prose_view import ProseView

TEXTS = ["That is the answer with -l (inlining off); this question asks about go build -gcflags='-m -l' "
         "(inlining off), as articles build, and -gcflags=-m too.",
         "你答的是关闭内联（-l）时的答案；本题问的是默认构建（go build -gcflags=-m），在那里调用被内联了。",
         "这是默认构建在调用被内联处的答案；本题问的是 go build -gcflags='-m -l'（关闭内联）"]


def _lines(view: ProseView) -> list[str]:
    doc = view.document()
    doc.documentLayout().documentSize()
    out, b = [], doc.begin()
    while b.isValid():
        lay = b.layout()
        for i in range(lay.lineCount()):
            ln = lay.lineAt(i)
            out.append(b.text()[ln.textStart():ln.textStart() + ln.textLength()])
        b = b.next()
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_no_width_breaks_a_flag(qtbot, text: str) -> None:  # noqa: ANN001
    view = ProseView()
    qtbot.addWidget(view)
    view.set_prose(f"<p>{html.escape(text)}</p>")
    for width in range(170, 520, 3):          # a flag is narrower than any of these
        view.document().setTextWidth(width)
        for line in _lines(view):
            end = line.rstrip().replace(JOINER, "").replace("\u00a0", " ")
            assert not end.endswith(("-", "=", "'-m")), (width, line)


def test_copies_are_the_command_as_typed(qtbot) -> None:  # noqa: ANN001
    view = ProseView()
    qtbot.addWidget(view)
    view.set_prose("<p>run go build -gcflags=&#x27;-m -l&#x27; now</p>")
    view.selectAll()
    assert view.createMimeDataFromSelection().text() == "run go build -gcflags='-m -l' now"
    assert copyable(flags_unbroken("a -m -l b")) == "a -m -l b"
    assert flags_unbroken('<a href="x-m">-m</a>').startswith('<a href="x-m">')    # tags untouched
