"""``quizapp diagram``: one step of a run drawn to PNG or SVG, without a window.

Steps are counted as the trace counts them (``--step N`` is the trace's
step N, from 1; the default is the last before main returns); ``--func F`` picks the last step
while F's frame is on the stack. The picture has the step's title, a caption
(the file, step N of M, the line), the code with the step's line highlighted
beside the diagram, and the whole text of every value the drawing cut. Exit 0 when
written, 2 for a file that cannot be read or is not Go, a bad argument or
an output that cannot be written, 3 when written but something was
unsupported or the run had to stop early.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_OK, EXIT_BAD, EXIT_PARTIAL = 0, 2, 3


def diagram_command(data: bytes, shown: str, output: str, step: int | None, func: str | None,
                    what_if: bool, budget: int, inline: bool = False, lang: str = "en") -> int:
    """Draw the step; ``data`` is the file's bytes, ``shown`` its path as messages print it;
    ``inline``: as the default build (inlining on) places memory; ``lang``: the drawing's
    language (messages on the terminal stay English, as the other commands')."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..analysis import AnalysisError, analyze
    from .layout import DiagramError
    from .model import build

    def fail(msg: str) -> int:
        print(f"quizapp diagram: {msg}", file=sys.stderr)
        return EXIT_BAD
    out = Path(output)
    if out.suffix.lower() not in (".png", ".svg"):
        return fail(f"the output must end in .png or .svg, not {out.name!r}")
    analysis = None
    try:
        analysis = analyze(data)
        default = analyze(data, inline=True) if inline else None
        model = build(analysis, source=data, budget=budget, default=default)
    except AnalysisError as exc:
        for line in exc.lines(shown):    # gc's errors as go build prints them
            print(line, file=sys.stderr)
        return EXIT_BAD
    except DiagramError as exc:
        fail(str(exc))
        unsupported = analysis.unsupported if analysis is not None else []
        for u in unsupported:            # the entry itself may be what could not be judged
            print(f"{shown}:{u.pos}: unsupported: {u.what}", file=sys.stderr)
        return EXIT_PARTIAL if unsupported else EXIT_BAD
    n = model.count
    if func is not None:
        inside = [i for i, r in enumerate(model.trace.steps)
                  if r.event == "return" and r.detail == func]
        if not inside:
            names = sorted({r.detail for r in model.trace.steps if r.event == "call"})
            return fail(f"no call of {func!r} in this run (calls: {', '.join(names)})")
        chosen = inside[0] + 1
    else:
        chosen = model.opening_step() + 1 if step is None else step
    if not 1 <= chosen <= n:
        return fail(f"step {chosen} is out of range (this run has steps 1 to {n})")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["quizapp"])
    from .render import save_page, step_title
    from .words import install_language
    words = install_language(app, lang)
    scene = model.scene(chosen - 1, what_if)
    title = step_title(model.title(chosen - 1))
    try:
        save_page(scene, out, title, model.source_lines, program=Path(shown).name, step=chosen, steps=n,
                  line=model.line(chosen - 1), panic=model.title(chosen - 1).alarming)
    except OSError as exc:
        return fail(f"{out}: cannot write: {exc}")
    for t in words:
        app.removeTranslator(t)
    del app
    print(f"wrote {out} (step {chosen} of {n}: {step_title(model.title(chosen - 1))})")
    partial = bool(analysis.unsupported) or bool(model.problem)
    if model.problem:
        print(f"quizapp diagram: the run stopped early: {model.problem}", file=sys.stderr)
    return EXIT_PARTIAL if partial else EXIT_OK
