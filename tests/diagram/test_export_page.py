"""The exported page: footnote numbers clear of the box borders, one SVG text element per label."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


from quizapp.analysis import analyze
from quizapp.diagram.model import build


IFACE = """package main

import "fmt"

func main() {
\tx := 42
\ts := "a string far too long for its box, cut short in the drawing and printed whole below"
\tfmt.Println(x, s)
}
"""



def _scene():  # noqa: ANN202
    m = build(analyze(IFACE), source=IFACE)
    i = m.opening_step()
    return m, i, m.scene(i)


def test_each_footnote_number_sits_inside_its_box_clear_of_the_border(lang) -> None:  # noqa: ANN001
    from quizapp.diagram.render import footnotes
    _, _, s = _scene()
    marks = footnotes(s)
    assert len(marks) >= 2                       # the note and the long string are both cut
    for t, n, r in marks:
        box = next(b for b in s.boxes if t in b.texts)
        inner = (box.rect.x + 2, box.rect.y + 2, box.rect.right - 2, box.rect.bottom - 2)
        assert inner[0] <= r.left() and r.right() <= inner[2], (n, r, box.rect)
        assert inner[1] <= r.top() and r.bottom() <= inner[3], (n, r, box.rect)
        # and clear of the cut text itself, which leaves it room
        from quizapp.diagram.render import _fonts, shown
        from PySide6.QtGui import QFontMetricsF
        text, cut = shown(t, width=t.rect.w - r.width())
        assert cut and QFontMetricsF(_fonts()[t.role]).horizontalAdvance(text) <= r.left() - t.rect.x + 0.5


def _texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(e.itertext()) for e in root.iter() if e.tag.endswith("}text") or e.tag == "text"]


def test_the_svg_has_one_text_element_per_label(lang, tmp_path: Path) -> None:  # noqa: ANN001
    from quizapp.diagram.render import Page, elided, save_page, shown, step_title, worded
    m, i, s = _scene()
    title = step_title(m.title(i))
    out = tmp_path / "p.svg"
    save_page(s, out, title, m.source_lines, program="main.go", step=i + 1, steps=m.count, line=m.line(i))
    texts = _texts(out)
    page = Page(title, m.source_lines, "main.go", i + 1, m.count, m.line(i))
    wanted = [title, page.caption()] + [ln for ln in m.source_lines if ln.strip()]
    wanted += [shown(t)[0] for t in s.texts() if (t, worded(t)) not in elided(s)]
    for w in wanted:
        w = w.replace("\t", "    ")
        assert w in texts, (w, [x for x in texts if x and x in w])


PANIC = "package main\n\nfunc main() {\n\tvar m map[string]int\n\tm[\"a\"] = 1\n}\n"


def test_a_panic_steps_page_has_its_title_in_red(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor, QImage

    from quizapp.diagram.render import HEAD_H, LIGHT, save_page, step_title
    m = build(analyze(PANIC), source=PANIC)
    panic = next(i for i, r in enumerate(m.trace.steps) if r.event == "panic")

    def title_colours(i: int) -> set[str]:
        t = m.title(i)
        save_page(m.scene(i), tmp_path / "p.png", step_title(t), m.source_lines, panic=t.key == "panic")
        img = QImage(str(tmp_path / "p.png"))
        return {QColor(img.pixel(x, y)).name() for x in range(0, img.width() // 2, 2) for y in range(8, int(2 * HEAD_H))}
    assert LIGHT.heap in title_colours(panic)
    assert LIGHT.heap not in title_colours(panic - 1)
