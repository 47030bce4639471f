"""design.md's layer rule: analysis, quiz and diagram/layout.py never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "quizapp"
QT = ("PySide6", "shiboken6", "pytestqt")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_pure_layers_do_not_import_qt() -> None:
    files = list((PKG / "analysis").rglob("*.py")) + list((PKG / "quiz").rglob("*.py"))
    layout = PKG / "diagram" / "layout.py"
    if layout.exists():
        files.append(layout)
    assert files
    for f in files:
        bad = {m for m in _imports(f) if m.split(".")[0] in QT}
        assert not bad, f"{f.relative_to(PKG)} imports {bad}"


def test_analysis_does_not_import_other_app_layers() -> None:
    for f in (PKG / "analysis").rglob("*.py"):
        for m in _imports(f):
            assert not m.startswith(("quizapp.ui", "quizapp.quiz", "quizapp.diagram")), f
