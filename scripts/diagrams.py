"""Refresh docs/diagrams/: the memory diagrams of the article's programs, every step of their runs.

The programs are the built-in article pack's (``questions/article.toml``):
the three of the article and its closure counter. Each program is run
(``quizapp.diagram.model``) and every step of its trace is written as SVG,
with the code and the step's line beside the diagram; a step where a
variable moved to the heap would have dangled on the stack also gets its
"what if it stayed on the stack" picture (``-whatif``). The last step of
each program before main returns is also written as PNG. ``docs/diagrams/README.md`` lists
them with the step titles.

    python scripts/diagrams.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "diagrams"
PROGRAMS = (("square", "square-frames"), ("increase", "increase-lines"),
            ("initvalue", "initvalue-sharing-up"), ("counter", "initfn-counter-why"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from quizapp.analysis import analyze  # noqa: E402
from quizapp.diagram.model import build  # noqa: E402
from quizapp.diagram.render import save_page, step_title  # noqa: E402
from quizapp.quiz.loader import builtin_dir, load_pack  # noqa: E402


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(["diagrams"])
    OUT.mkdir(parents=True, exist_ok=True)
    for old in list(OUT.glob("*.svg")) + list(OUT.glob("*.png")):
        old.unlink()
    index = ["# Memory diagrams of the article's programs", "",
             "Written by `python scripts/diagrams.py` from runs of the programs "
             "(`quizapp.diagram`); do not edit.", ""]
    pack, problems = load_pack(builtin_dir() / "article.toml")
    if pack is None:
        print("\n".join(str(p) for p in problems), file=sys.stderr)
        return 1
    by_id = {q.id: q for q in pack.questions}
    for name, question_id in PROGRAMS:
        source = by_id[question_id].code
        model = build(analyze(source), source=source)
        lines = model.source_lines
        steps = model.trace.steps      # the picture: main's last step, before its frame is gone
        shown = model.count - 2 if model.count > 1 and steps[-1].event == "return" else model.count - 1
        index += [f"## {name}", "", "```go", source.rstrip(), "```", "",
                  f"![main's last step]({name}-{shown + 1}.png)", ""]
        for i in range(model.count):
            stem = f"{name}-{i + 1}"
            title = step_title(model.title(i))
            heading = title
            page = {"program": f"{name}.go", "step": i + 1, "steps": model.count, "line": model.line(i)}
            save_page(model.scene(i), OUT / f"{stem}.svg", heading, lines, **page)
            if i == shown:
                save_page(model.scene(i), OUT / f"{stem}.png", heading, lines, **page)
            entry = f"- step {i + 1}: {title}: [{stem}.svg]({stem}.svg)"
            if model.has_what_if(i):
                save_page(model.scene(i, True), OUT / f"{stem}-whatif.svg",
                          heading + " (what if it stayed on the stack)", lines, **page)
                entry += f", [what if it stayed on the stack]({stem}-whatif.svg)"
            index.append(entry)
        index.append("")
    (OUT / "README.md").write_text("\n".join(index), encoding="utf-8")
    del app
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
