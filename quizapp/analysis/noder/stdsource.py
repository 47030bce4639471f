"""The standard library's generic code, lowered from its source where it is used.

gc compiles an instance of a generic standard-library function or type in
the package that instantiates it: a program calling ``slices.Sort(xs)``
makes gc analyse ``slices.Sort[go.shape.int]`` (and the generic code it
calls) along with ``main``, printing its lines at ``$GOROOT/src/...``
positions and its variables as ``slices.x``. The generated data holds the
source of every generic declaration, where it starts, and its file's
imports; here that source is parsed at its real line and column (so every
position is gc's) and its names resolve as in its own package: the file's
imports, then the package's objects from the data (exported or not), then
the universe. The instances are then made by ``generics`` like the file's
own, under the declaration's ``Home``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from ..errors import NOPOS
from ..syntax.nodes import named_children, text
from ..syntax.parser import parse
from ..types.scope import PkgObj, Scope, UnsupportedObj


@dataclass(frozen=True)
class Home:
    """Where a generic declaration was written: a standard-library package and file."""

    path: str        # the package's path: "slices", "sync/atomic"
    name: str        # the name it declares, which qualifies its variables: "slices", "atomic"
    file: str        # under GOROOT/src: "slices/sort.go"

    @property
    def qualifier(self) -> str:
        return self.name + "."


class StdSource:
    """Parsed declarations and the scopes they resolve in, made on first use."""

    def __init__(self, member: Any, universe: Scope) -> None:
        self.member = member            # (path, name) -> object of the package, exported or not
        self.universe = universe
        self.packages: dict[str, Scope] = {}
        self.files: dict[tuple[str, str], Scope] = {}
        self.trees: list[Node] = []     # keeps parsed trees alive

    def package_scope(self, path: str) -> Scope:
        sc = self.packages.get(path)
        if sc is None:
            sc = Scope(self.universe)
            sc.fallback = lambda name, path=path: self.member(path, name)
            self.packages[path] = sc
        return sc

    def file_scope(self, path: str, src: dict[str, Any]) -> Scope:
        """The package's scope, with the imports of the file the declaration is in."""
        key = (path, src["file"])
        sc = self.files.get(key)
        if sc is None:
            sc = Scope(self.package_scope(path))
            for name, imported in src.get("imports", {}).items():
                sc.declare(name, PkgObj(imported, NOPOS, from_std=True))
            self.files[key] = sc
        return sc

    def declaration(self, src: dict[str, Any]) -> Node:
        """The declaration node, parsed where it stands in its file (line and column kept;
        the text may start with the declaration's ``//go:`` directives)."""
        padding = "package p" + "\n" * (int(src["line"]) - 1) + " " * (int(src["col"]) - 1)
        root = parse((padding + src["text"] + "\n").encode("utf-8"))
        self.trees.append(root)
        decls = [d for d in named_children(root) if d.type not in ("package_clause", "comment")]
        return decls[0]


def type_spec(decl: Node, name: str) -> Node | None:
    """The spec declaring ``name`` in a (possibly grouped) type declaration."""
    stack = [decl]
    while stack:
        n = stack.pop()
        if n.type in ("type_spec", "type_alias"):
            name_node = n.child_by_field_name("name")
            if name_node is not None and text(name_node) == name:
                return n
            continue
        stack.extend(named_children(n))
    return None


def unsupported(path: str, name: str, why: str) -> UnsupportedObj:
    return UnsupportedObj(f"{why} {path.rsplit('/', 1)[-1]}.{name}")
