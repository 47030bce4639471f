"""Explanations never break a compiler flag or a code span across lines, and copy as typed."""

from __future__ import annotations

import html

import pytest

from quizapp.quiz.text import JOINER, copyable, to_html, unbroken
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


CODE_TEXTS = ["gc prints `moved to heap: acct` and `&acct escapes to heap`, then `fmt.Println(a.Owner, a.Balance)` "
              "reads it; with `go build -gcflags='-m -l'` the call `f(x, y)` is not inlined and `x < y && y > 0` holds.",
              "编译器输出 `moved to heap: acct` 和 `&acct escapes to heap`，然后 `fmt.Println(a.Owner, a.Balance)` "
              "读取它；用 `go build -gcflags=-m` 构建时 `f(x, y)` 被内联，`[]int{...} does not escape` 也随之改变。"]


def _breaks_in_code(view: ProseView, width: int) -> list[str]:
    """The code spans a line breaks inside although the span fits in a line by itself."""
    doc = view.document()
    doc.setTextWidth(width)
    out, b = [], doc.begin()
    while b.isValid():
        spans, it = [], b.begin()
        while not it.atEnd():
            f = it.fragment()
            fmt = f.charFormat()
            if fmt.fontFixedPitch() or "monospace" in (fmt.fontFamilies() or []):
                spans.append((f.position() - b.position(), f.position() - b.position() + f.length()))
            it += 1
        lay = b.layout()
        for i in range(1, lay.lineCount()):
            at = lay.lineAt(i).textStart()
            out += [b.text()[s:e] for s, e in spans if s < at < e]
        b = b.next()
    return out


@pytest.mark.parametrize("text", CODE_TEXTS)
def test_no_width_breaks_a_code_span(qtbot, text: str) -> None:  # noqa: ANN001
    view = ProseView()
    qtbot.addWidget(view)
    view.set_prose(f"<p>{to_html(text)}</p>")
    assert "moved to heap: acct" in view.toPlainText()
    for width in range(330, 700, 7):          # wider than the widest span
        assert _breaks_in_code(view, width) == [], width


def test_copies_are_the_command_as_typed(qtbot) -> None:  # noqa: ANN001
    view = ProseView()
    qtbot.addWidget(view)
    view.set_prose("<p>run go build -gcflags=&#x27;-m -l&#x27; now</p>")
    view.selectAll()
    assert view.createMimeDataFromSelection().text() == "run go build -gcflags='-m -l' now"
    assert copyable(unbroken("a -m -l b")) == "a -m -l b"
    assert copyable(unbroken("<code>a &lt;- b, c</code>")) == "<code>a &lt;- b, c</code>"    # entities whole
    assert unbroken('<a href="x-m">-m</a>').startswith('<a href="x-m">')    # tags untouched
