"""Drawing scenes offscreen, and ``quizapp diagram``."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.model import build

from .test_layout import labelled

ROOT = Path(__file__).resolve().parents[2]
INIT = labelled("initvalue-sharing-up")["program"]


def _println_step(m) -> int:  # noqa: ANN001
    return next(i for i, r in enumerate(m.trace.steps) if r.event == "call" and r.detail == "fmt.Println")


def test_render_png_and_svg(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from quizapp.diagram.render import LIGHT, save, to_image
    m = build(analyze(INIT), source=INIT)
    s = m.scene(_println_step(m))
    img = to_image(s)
    assert img.width() == int(s.width) and img.height() == int(s.height)
    colours = {img.pixel(x, y) for x in range(0, img.width(), 5) for y in range(0, img.height(), 5)}
    assert len(colours) > 3
    from PySide6.QtGui import QColor
    heap = QColor(LIGHT.heap)
    (obj,) = [b for b in s.boxes if b.kind == "object" and b.texts[0].full.startswith("i (int)")]
    edge = QColor(img.pixel(int(obj.rect.x), int(obj.rect.y + obj.rect.h / 2)))
    assert edge.hue() == pytest.approx(heap.hue(), abs=8) and edge.saturation() > 80   # the heap's red
    save(s, tmp_path / "d.svg")
    root = ET.parse(tmp_path / "d.svg").getroot()
    assert root.tag.endswith("svg")
    save(s, tmp_path / "d.png")
    assert (tmp_path / "d.png").read_bytes()[:4] == b"\x89PNG"


def test_colours_come_in_as_a_parameter(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor

    from quizapp.diagram.render import LIGHT, Colours, to_image
    m = build(analyze(INIT), source=INIT)
    s = m.scene(_println_step(m))
    dark = Colours(background="#101010", text="#eeeeee", muted="#999999", stack="#00ffcc",
                   heap="#ff5555", dangling="#ff0000")
    corner = lambda img: QColor(img.pixel(2, 2)).name()  # noqa: E731
    assert corner(to_image(s, colours=dark)) == "#101010"
    assert corner(to_image(s, colours=LIGHT)) == LIGHT.background


def test_the_page_highlights_the_step_line(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor, QImage

    from quizapp.diagram.render import CODE_W, HEAD_H, LIGHT, save_page
    m = build(analyze(INIT), source=INIT)
    i = _println_step(m)
    s = m.scene(i)
    save_page(s, tmp_path / "p.png", "title", m.source_lines)
    img = QImage(str(tmp_path / "p.png"))
    line_h = 14.0
    y = lambda n: int(2 * (HEAD_H + 8 + (n - 1) * line_h + 2))  # noqa: E731 - the page is drawn at 2x
    x = int(2 * (CODE_W - 16))
    lit = QColor(img.pixel(x, y(s.line)))
    plain = QColor(img.pixel(x, y(s.line + 2)))
    assert plain.name() == LIGHT.background and lit.name() != LIGHT.background


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                                          "PATH": "/usr/bin:/bin"}, timeout=120)


def test_diagram_command(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(INIT)
    r = run(["diagram", "main.go", "-o", "out.png"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    steps = build(analyze(INIT)).trace.steps
    n = len(steps)
    assert steps[-1].event == "return" and steps[-1].detail == "main"
    assert f"(step {n - 1} of {n}:" in r.stdout       # the last step before main's frame goes
    r = run(["diagram", "main.go", "--step", "2", "-o", "out.svg"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "(step 2 of" in r.stdout
    assert ET.parse(tmp_path / "out.svg").getroot().tag.endswith("svg")
    said = "".join(ET.parse(tmp_path / "out.svg").getroot().itertext())
    assert "Stack" in said and "栈" not in said
    for args in (["diagram", "--lang", "zh"], ["--lang", "zh", "diagram"]):   # its own, or the app's
        r = run([*args, "main.go", "--step", "2", "-o", "zh.svg"], tmp_path)
        assert r.returncode == 0 and "(step 2 of" in r.stdout, r.stderr
        said = "".join(ET.parse(tmp_path / "zh.svg").getroot().itertext())
        assert "栈" in said and "第 2 步" in said and "Stack" not in said
    r = run(["diagram", "main.go", "--func", "initValue", "--what-if", "-o", "w.png"], tmp_path)
    assert r.returncode == 0 and "return from initValue" in r.stdout, r.stderr
    r = run(["diagram", "main.go", "--func", "nope", "-o", "x.png"], tmp_path)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "no call of 'nope'" in r.stderr
    r = run(["diagram", "main.go", "--step", "99", "-o", "x.png"], tmp_path)
    assert r.returncode == 2 and "out of range" in r.stderr
    r = run(["diagram", "main.go", "-o", "x.gif"], tmp_path)
    assert r.returncode == 2 and ".png or .svg" in r.stderr


@pytest.mark.parametrize(("source", "status", "message"), [
    ("package main\n\nfunc main() {\n\tx := \n}\n", 2, "main.go:"),
    ("package main\n\nimport \"math\"\n\nfunc main() {\n\tprintln(math.Exp(1.5))\n}\n", 3,
     "cannot run: math.Exp"),
])
def test_diagram_command_when_it_cannot_draw_everything(tmp_path: Path, source: str, status: int,
                                                        message: str) -> None:
    (tmp_path / "main.go").write_text(source)
    r = run(["diagram", "main.go", "-o", "out.png"], tmp_path)
    assert r.returncode == status and message in r.stderr, r.stderr


def test_the_words_a_scene_holds_are_translated(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    from quizapp.diagram.words import word as _word
    qm = Path(__file__).resolve().parents[2] / "quizapp" / "assets" / "i18n" / "quizapp_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert _word("Heap") == "堆" and _word("garbage") == "垃圾"
        assert _word("initValue  (returned)") == "initValue（已返回）"
        assert _word("goroutine 1 (main) · waiting: chan receive") == \
            "goroutine 1（main） · 等待中：通道接收（chan receive）"
        assert _word("goroutine 7 · runnable") == "goroutine 7 · 可运行"
        # the header's two lines, each on its own; the stack pointer; why a run stopped
        assert _word("goroutine 1 (main)") == "goroutine 1（main）"
        assert _word("waiting: sync.WaitGroup.Wait") == "等待中：等待 WaitGroup（sync.WaitGroup.Wait）"
        assert _word("SP") == "栈顶"
        from quizapp.diagram.words import note
        assert note("+3 more") == "还有 3 个"
        QCoreApplication.removeTranslator(translator)      # English again: the plus sign stays
        assert note("+3 more") == "+3 more"
        QCoreApplication.installTranslator(translator)
        assert _word("go closure  func()") == "go 闭包  func()"        # ours; gc's site names stay
        assert _word("func literal  func() int") == "func literal  func() int"
        from quizapp.diagram.words import problem
        assert problem("cannot run: math.Exp is not supported by the interpreter (main.go:6:10)") == \
            "无法运行：解释器不支持 math.Exp（第 6 行第 10 列）"
        assert problem("stopped after 10,000 steps") == "执行 10,000 步后停止（步数上限）"
        assert problem("cannot run: math.Exp (Go's own approximation: its last bits are not reproduced) "
                       "(main.go:8:9)") == "无法运行：math.Exp（Go 用自己的近似算法计算它，解释器无法重现其最后几位）（第 8 行第 9 列）"
        assert _word("counter") == "counter"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert _word("initValue  (returned)") == "initValue  (returned)"


NOTES = [
    "gc's 32-byte stack buffer for this append: nothing is allocated",
    "made by the standard library",
    "escapes, but the value 4 is below 256: Go uses its static table of small values, "
    "nothing is allocated",
    "does not escape, but its size (800 bytes) is only known at run time and is over gc's "
    "32-byte stack buffer: allocated on the heap",
    "moved to heap, allocated together with a: gc puts small variables without pointers in one "
    "allocation",
]


def _notes_of_the_runtime() -> list[str]:
    """Every note ``run.allocs`` has as a constant or a literal reason."""
    import ast
    import inspect

    from quizapp.run import allocs
    tree = ast.parse(inspect.getsource(allocs))
    found = set(allocs.MADE_BY_RUNTIME) | {allocs.STACK_BUFFER_NOTE, allocs.CLOCK_SPAN_NOTE}
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and \
                len(node.value.elts) == 2 and isinstance(node.value.elts[1], ast.Constant) and \
                node.value.elts[1].value:
            found.add("escapes, but " + node.value.elts[1].value)
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) and \
                isinstance(node.value.value, str) and node.value.value.startswith(("escapes", "does")):
            found.add(node.value.value)
    return sorted(found)


def test_every_note_and_wait_reason_is_translated(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    from quizapp.diagram.words import note, reason
    from quizapp.run.allocs import read_only_box  # noqa: F401 - its reasons end in ", nothing..."
    qm = Path(__file__).resolve().parents[2] / "quizapp" / "assets" / "i18n" / "quizapp_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    notes = _notes_of_the_runtime() + NOTES + [
        "escapes, but a zero value known at compile time: the interface points at runtime.zeroVal, "
        "nothing is allocated",
        "escapes, but a value known at compile time: the interface points at a read-only copy, "
        "nothing is allocated",
        "does not escape, but the string is 40 bytes, over the 32-byte buffer gc gives a conversion "
        "on the stack: allocated on the heap",
        "does not escape, but the slice is 41 bytes, over the 32-byte buffer gc gives a conversion "
        "on the stack: allocated on the heap",
        "does not escape, but it holds 50 runes, over the 32-rune buffer gc gives a conversion on "
        "the stack: allocated on the heap"]
    assert len(notes) > 20
    try:
        for n in notes:
            zh = note(n)
            assert zh != n and not re.search(r"\b(escapes|but|nothing|allocated|the)\b", zh), (n, zh)
        for r in ("chan receive", "chan send", "select", "sleep", "sync.WaitGroup.Wait",
                  "sync.Mutex.Lock", "chan receive (nil chan)"):
            zh = reason(r)
            assert re.search(r"[\u4e00-\u9fff]", zh) and zh.endswith(f"（{r}）"), zh
    finally:
        QCoreApplication.removeTranslator(translator)
    assert note(NOTES[0]) == NOTES[0] and reason("chan receive") == "channel receive (chan receive)"


def test_elided_texts_fit_and_keep_their_full_text_for_the_tooltip(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontMetricsF

    from quizapp.diagram.render import _fonts, shown, tooltip
    src = labelled("square-frames")["program"]
    m = build(analyze(src), source=src)
    fonts = _fonts()
    elided = []
    for i in range(m.count):
        for t in m.scene(i).texts():
            text, cut = shown(t)
            # nothing is clipped: what is drawn fits its box as the font measures it
            assert QFontMetricsF(fonts.get(t.role, fonts["title"])).horizontalAdvance(text) <= t.rect.w + 0.5
            if cut:
                assert text.endswith("…") and tooltip(t), (i, t)
                elided.append(t)
    notes = [t for t in elided if t.role == "note"]
    assert notes and all(tooltip(t) == t.full for t in notes)   # the whole note, in English here
    heads = [t for t in elided if t.full.startswith("... argument ([1]interface {})")]
    assert all(tooltip(t).startswith("... argument ([1]interface {}) at 0x") for t in heads)
