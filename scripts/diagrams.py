"""Refresh docs/diagrams/: the memory diagrams of the article's three programs, every step.

The programs are the built-in article pack's (``questions/article.toml``).

Each step is written as SVG and PNG; a step whose variable the compiler moved
to the heap also gets its "what if it stayed on the stack" picture
(``-whatif``). ``docs/diagrams/README.md`` lists them with the step titles.

    python scripts/diagrams.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "diagrams"
PROGRAMS = (("square", "square-frames"), ("increase", "increase-lines"), ("initvalue", "initvalue-sharing-up"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.analysis import analyze  # noqa: E402
from quizapp.diagram.layout import build  # noqa: E402
from quizapp.diagram.render import save  # noqa: E402
from quizapp.quiz.loader import builtin_dir, load_pack  # noqa: E402


def main() -> int:
    app = QApplication.instance() or QApplication(["diagrams"])
    OUT.mkdir(parents=True, exist_ok=True)
    index = ["# Memory diagrams of the article's programs", "",
             "Written by `python scripts/diagrams.py` with `quizapp.diagram`; do not edit.", ""]
    pack, problems = load_pack(builtin_dir() / "article.toml")
    if pack is None:
        print("\n".join(str(p) for p in problems), file=sys.stderr)
        return 1
    by_id = {q.id: q for q in pack.questions}
    for name, question_id in PROGRAMS:
        source = by_id[question_id].code
        model = build(analyze(source))
        index += [f"## {name}", "", "```go", source.rstrip(), "```", ""]
        for i, step in enumerate(model.steps, 1):
            stem = f"{name}-{i}"
            shots = [(stem, step)] + ([(f"{stem}-whatif", step.what_if)] if step.what_if else [])
            for file_stem, snapshot in shots:
                for ext in ("svg", "png"):
                    save(snapshot, OUT / f"{file_stem}.{ext}")
                label = f"step {i}: {snapshot.title}"
                index.append(f"- {label}: [{file_stem}.svg]({file_stem}.svg), [png]({file_stem}.png)"
                             + ("" if snapshot is step else " (what if it stayed on the stack)"))
        index.append("")
    (OUT / "README.md").write_text("\n".join(index), encoding="utf-8")
    del app
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
