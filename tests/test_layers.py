"""The architecture's rules, checked on every import in quizapp/.

design.md's layers: dependencies point one way (``ui -> diagram -> run ->
analysis``, ``ui -> quiz -> analysis``); nothing imports ``ui`` but the
command line that starts it; ``analysis``, ``run``, ``quiz`` and the diagram
layout never import Qt; ``diagram`` draws but holds no widgets. Inside
``analysis`` the stages follow gc's order, each importing only the stages
before it. No module takes part in an import cycle and none is over 600
lines.

Every import counts: relative ones resolved, those inside functions and
under ``TYPE_CHECKING`` too. Each rule is also shown failing on a planted
module, so that a rule that stopped working would be noticed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "quizapp"
QT = ("PySide6", "shiboken6", "pytestqt")
MAX_LINES = 600

STAGES = ["syntax", "types", "ir", "noder", "check", "devirtualize", "inline", "escape", "report"]
"""analysis/'s stage sub-packages, in gc's order: a stage imports only those before it."""
ANALYSIS_SHARED = {"quizapp.analysis.errors", "quizapp.analysis.principles"}
"""Top-level modules of analysis/ that every stage may import."""

LAYERS = {
    "quizapp.analysis": {"quizapp.analysis"},
    "quizapp.run": {"quizapp.run", "quizapp.analysis"},
    "quizapp.quiz": {"quizapp.quiz", "quizapp.run", "quizapp.analysis", "quizapp.gotool", "quizapp",
                     "quizapp.worker", "quizapp.files"},
    "quizapp.worker": {"quizapp.worker"},
    "quizapp.files": {"quizapp.files"},
    "quizapp.diagram": {"quizapp.diagram", "quizapp.run", "quizapp.analysis"},
}
"""What each pure layer may import from the app (``quizapp`` itself: its version constants)."""


@dataclass(frozen=True)
class Module:
    name: str          # dotted, e.g. quizapp.analysis.escape.walk
    path: Path
    is_package: bool   # an __init__.py


def modules(root: Path = PKG) -> dict[str, Module]:
    out: dict[str, Module] = {}
    for p in root.rglob("*.py"):
        parts = list(p.relative_to(root.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        out[".".join(parts)] = Module(".".join(parts), p, is_pkg)
    return out


def imported_names(mod: Module, known: dict[str, Module]) -> Iterator[tuple[str, int]]:
    """Every module ``mod`` imports (absolute dotted names) with its line, relative ones resolved."""
    tree = ast.parse(mod.path.read_text(encoding="utf-8"), str(mod.path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = mod.name.split(".") if mod.is_package else mod.name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for a in node.names:
                sub = f"{target}.{a.name}"
                yield (sub if sub in known else target), node.lineno


def graph(known: dict[str, Module]) -> dict[str, set[str]]:
    """Module -> the quizapp modules it imports (a name that is not a module counts as its package)."""
    out: dict[str, set[str]] = {}
    for name, mod in known.items():
        deps: set[str] = set()
        for target, _ in imported_names(mod, known):
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                deps.add(target)
        out[name] = deps
    return out


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def stage_of(name: str) -> int | None:
    parts = name.split(".")
    if len(parts) >= 3 and parts[:2] == ["quizapp", "analysis"] and parts[2] in STAGES:
        return STAGES.index(parts[2])
    return None


# ---------------------------------------------------------------- the rules

def ui_imports(known: dict[str, Module]) -> list[str]:
    """Nothing imports ``ui`` except ``ui`` itself and the command line that starts the GUI."""
    bad = []
    for name, mod in known.items():
        if within(name, "quizapp.ui") or name == "quizapp.cli":
            continue
        for target, line in imported_names(mod, known):
            if within(target, "quizapp.ui"):
                bad.append(f"{mod.path}:{line}: {name} imports {target}")
    return bad


def qt_imports(known: dict[str, Module]) -> list[str]:
    """analysis, run, quiz and diagram/layout.py, lanes.py never import Qt; diagram imports no widgets."""
    bad = []
    for name, mod in known.items():
        pure = any(within(name, p) for p in ("quizapp.analysis", "quizapp.run", "quizapp.quiz",
                                               "quizapp.diagram.layout", "quizapp.diagram.lanes"))
        for target, line in imported_names(mod, known):
            if pure and target.split(".")[0] in QT:
                bad.append(f"{mod.path}:{line}: {name} imports {target}")
            elif within(name, "quizapp.diagram") and within(target, "PySide6.QtWidgets"):
                bad.append(f"{mod.path}:{line}: {name} imports widgets ({target})")
    return bad


def layer_imports(known: dict[str, Module]) -> list[str]:
    """Each pure layer imports only the layers below it."""
    bad = []
    for name, mod in known.items():
        layer = next((lay for lay in LAYERS if within(name, lay)), None)
        if layer is None:
            continue
        allowed = LAYERS[layer]
        for target, line in imported_names(mod, known):
            if within(target, "quizapp") and not any(
                    within(target, a) if a != "quizapp" else target == "quizapp" for a in allowed):
                bad.append(f"{mod.path}:{line}: {name} imports {target}")
    return bad


def stage_imports(known: dict[str, Module]) -> list[str]:
    """Inside analysis, a stage imports only earlier stages and the shared modules; no stage imports api."""
    bad = []
    for name, mod in known.items():
        mine = stage_of(name)
        if mine is None:
            continue
        if mod.is_package and name.count(".") == 2 and list(imported_names(mod, known)):
            bad.append(f"{mod.path}: a stage's __init__.py holds only its docstring")
        for target, line in imported_names(mod, known):
            if not within(target, "quizapp.analysis") or target in ANALYSIS_SHARED:
                continue
            theirs = stage_of(target)
            if theirs is None or theirs > mine:
                bad.append(f"{mod.path}:{line}: stage {STAGES[mine]} imports {target}")
    return bad


def cycles(known: dict[str, Module]) -> list[str]:
    """Strongly connected components of the import graph with more than one module."""
    g = graph(known)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[str] = []
    counter = 0
    for start in sorted(g):
        if start in index:
            continue
        work = [(start, iter(sorted(g[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(g[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    found.append("import cycle: " + " -> ".join(sorted(comp)))
    return found


def long_files(known: dict[str, Module]) -> list[str]:
    bad = []
    for mod in known.values():
        n = len(mod.path.read_text(encoding="utf-8").splitlines())
        if n > MAX_LINES:
            bad.append(f"{mod.path}: {n} lines (at most {MAX_LINES})")
    return bad


RULES = [ui_imports, qt_imports, layer_imports, stage_imports, cycles, long_files]


# ---------------------------------------------------------------- the tree as it is

def test_the_tree_follows_every_rule() -> None:
    known = modules()
    assert "quizapp.analysis.escape.walk" in known and "quizapp.ui.app" in known
    problems = [p for rule in RULES for p in rule(known)]
    assert not problems, "\n".join(problems)


def test_analysis_has_its_stages() -> None:
    known = modules()
    present = [s for s in STAGES if f"quizapp.analysis.{s}" in known]
    assert len(present) >= 4
    top = {m.rsplit(".", 1)[1] for m in known if m.count(".") == 2 and within(m, "quizapp.analysis")
           and not known[m].is_package}
    assert top == {"api", "errors", "principles"}


def test_relative_imports_are_resolved() -> None:
    known = modules()
    deps = graph(known)
    assert "quizapp.analysis.escape.graph" in deps["quizapp.analysis.escape.builder"]
    assert "quizapp.analysis.ir.nodes" in deps["quizapp.analysis.escape.builder"]


# ---------------------------------------------------------------- each rule, planted

def plant(tmp_path: Path, name: str, source: str, *, package: bool = False) -> dict[str, Module]:
    """The real tree plus one module ``name`` (written under tmp_path) with ``source``."""
    known = modules()
    path = tmp_path / (name.replace(".", "_") + ".py")
    path.write_text(source, encoding="utf-8")
    known[name] = Module(name, path, package)
    return known


def test_planted_ui_import_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.quiz.planted", "def f():\n    from ..ui import theme\n")
    assert any("quizapp.quiz.planted imports quizapp.ui.theme" in p for p in ui_imports(known))


def test_planted_qt_import_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.run.planted", "from typing import TYPE_CHECKING\n"
                  "if TYPE_CHECKING:\n    from PySide6.QtGui import QColor\n")
    assert any("quizapp.run.planted imports PySide6.QtGui" in p for p in qt_imports(known))


def test_planted_widget_in_diagram_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.diagram.planted", "from PySide6.QtWidgets import QWidget\n")
    assert any("imports widgets" in p for p in qt_imports(known))


def test_planted_diagram_to_ui_import_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.diagram.planted", "from ..ui.theme import code_palette\n")
    assert ui_imports(known) and any("quizapp.diagram.planted" in p for p in layer_imports(known))


def test_planted_upward_layer_import_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.analysis.escape.planted", "from ...quiz import grading\n")
    assert any("imports quizapp.quiz.grading" in p for p in layer_imports(known))


def test_planted_backward_stage_import_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.analysis.types.planted", "from ..escape.graph import Location\n")
    assert any("stage types imports quizapp.analysis.escape.graph" in p for p in stage_imports(known))
    known = plant(tmp_path, "quizapp.analysis.escape.planted", "from .. import api\n")
    assert any("imports quizapp.analysis.api" in p for p in stage_imports(known))


def test_planted_cycle_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.quiz.planted_a", "from . import planted_b\n")
    (tmp_path / "b.py").write_text("def f():\n    from .planted_a import x\n", encoding="utf-8")
    known["quizapp.quiz.planted_b"] = Module("quizapp.quiz.planted_b", tmp_path / "b.py", False)
    found = cycles(known)
    assert any("quizapp.quiz.planted_a" in c and "quizapp.quiz.planted_b" in c for c in found)


def test_planted_long_file_is_caught(tmp_path: Path) -> None:
    known = plant(tmp_path, "quizapp.quiz.planted", "x = 1\n" * (MAX_LINES + 1))
    assert any(f"{MAX_LINES + 1} lines" in p for p in long_files(known))
