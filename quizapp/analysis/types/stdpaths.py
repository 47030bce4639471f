"""Which import paths are the standard library's (the ``std`` map of ``data/stdlib/index.json``).

The index, made by ``scripts/gen_stdlib.py``, lists every path of ``go list
std`` with its package name besides the packages it has data for: an import
of a path outside it is gc's ``package P is not in std`` (invalid Go), one
inside it without data is unsupported. Its ``shared_names`` say which
packages among each one's imports share a name with another (gc then writes
a type with its quoted path: ``*"sync".WaitGroup``).
"""

from __future__ import annotations

from functools import lru_cache

from tree_sitter import Node

from ..errors import FILE_BASE, CompileError
from ..syntax.nodes import named_children, pos_of, text
from .stdlib import index


@lru_cache(maxsize=1)
def std_packages() -> frozenset[str]:
    return frozenset(index()["std"])


def std_package_name(path: str) -> str | None:
    """The name a standard-library package declares, or None when the path is not one."""
    name = index()["std"].get(path)
    return str(name) if name is not None else None


def shared_name_deps(path: str) -> list[str]:
    """The packages among ``path`` and its transitive imports whose name another
    standard-library package shares."""
    return list(index().get("shared_names", {}).get(path, []))


def import_problem(path: str, package: str = "main") -> str | None:
    """gc's complaint about importing ``path`` into a single-file package, or None.

    ``go build`` refuses internal packages; a file that is not ``package main``
    is compiled as Go's test driver compiles its escape tests (``go tool
    compile``, which lets them import the internal packages the data has)."""
    if path == "C" or path == "unsafe":
        return None
    first = path.split("/")[0]
    if "." in first:
        return f"no required module provides package {path}"
    if path not in std_packages():
        return f"package {path} is not in std"
    parts = path.split("/")
    if "internal" in parts or parts[0] == "vendor":
        entry = index()["packages"].get(path)
        if package == "main" or entry is None or not entry["importable"]:
            if parts[0] == "vendor":
                return "use of vendored package not allowed"
            return f"use of internal package {path} not allowed"
    return None


def imports_of(root: Node) -> list[tuple[Node, str]]:
    """The file's import specs and their paths."""
    out = []
    for decl in named_children(root):
        if decl.type != "import_declaration":
            continue
        specs = [c for c in named_children(decl) if c.type == "import_spec"]
        for lst in (c for c in named_children(decl) if c.type == "import_spec_list"):
            specs.extend(c for c in named_children(lst) if c.type == "import_spec")
        for spec in specs:
            node = spec.child_by_field_name("path")
            if node is not None and not node.has_error:
                out.append((spec, text(node)[1:-1]))
    return out


def import_errors(root: Node, package: str = "main") -> list[CompileError]:
    """What ``go build`` prints for the file's imports before the compiler runs, as it prints it.

    The go command loads the imported packages first: a path that is not
    one stops the build whatever the rest of the file holds, even syntax
    errors after the imports. It reports them in the order of their paths.
    (The module is ``corpus``, as in the labels.)"""
    out: list[tuple[str, CompileError]] = []
    for spec, path in imports_of(root):
        problem = import_problem(path, package)
        if problem is None:
            continue
        pos = pos_of(spec)
        at = f"{FILE_BASE}:{pos}: "
        if problem.startswith("package "):
            out.append((path, CompileError(pos, f"{at}{problem} ($GOROOT/src/{path})",
                                           positioned=False)))
        elif problem.startswith("no required module"):
            out.append((path, CompileError(pos, f"{at}{problem}; to add it:", (f"\tgo get {path}",),
                                           positioned=False)))
        elif problem.startswith("use of internal"):
            out.append((path, CompileError(pos, "package corpus", (f"\t{at}{problem}",),
                                           positioned=False)))
        else:
            out.append((path, CompileError(pos, at + problem, positioned=False)))
    return [e for _, e in sorted(out, key=lambda pe: pe[0])]
