"""The checker of one file, in the order types2 works: collect, declare, check bodies, report.

First every package-level name is collected (imports, constants,
variables, types, functions, methods) with the errors a duplicate name
gives; then each declaration is checked (in source order, or earlier on
first use); then function bodies; then what had to wait until the types
were complete (map keys, instantiations, recursive types); last, the
imports nobody used. ``check_file`` returns the errors gc would print.
"""

from __future__ import annotations

import logging
from typing import Any

from tree_sitter import Node

from ..errors import CompileError, Pos
from ..syntax.nodes import (
    descendants_of_type,
    fields,
    named_children,
    specs_of,
    text,
)
from ..types.constant import unquote
from ..types.stdpaths import std_package_name as package_name
from .assign import exprs_of
from .decls import ConstGroup, DeclChecker
from .errorlist import ErrorList
from .objects import Const, Func, PkgName, State, Var, VarKind
from .stdpkgs import std_package

log = logging.getLogger(__name__)


class Checker(DeclChecker):
    """Checks one parsed file."""

    def __init__(self, root: Node, package: str) -> None:
        super().__init__(root, package)
        self.later: list[Any] = []
        self.panic_calls: set[tuple[int, int]] = set()
        self.methods: dict[str, list[Func]] = {}
        self.funcs: list[Func] = []
        self.order: list[Any] = []
        self.dot_imports: list[PkgName] = []
        self.opaque_dot_import = False
        self.cycles_reported: set[int] = set()
        self.huge: list[tuple[Any, Any]] = []

    def run(self) -> None:
        self.collect_objects()
        for obj in self.order:
            self.obj_decl(obj)
        self.run_later()
        for fn in self.funcs:
            self.obj_decl(fn)
            body = fn.node.child_by_field_name("body") if fn.node is not None else None
            if body is not None and fn.sig is not None:
                saved = self.scope
                self.scope = fn.fscope  # type: ignore[attr-defined]
                for v in fn.params:  # type: ignore[attr-defined]
                    if v.name and v.name != "_":
                        self.scope.names[v.name] = v
                self.func_body(fn.sig, body, fn.params)  # type: ignore[attr-defined]
                self.scope = saved
            self.run_later()
        self.run_later()
        self.unused_imports()

    # ------------------------------------------------------------ lookups through dot imports
    def lookup(self, name: str) -> Any:
        s = self.scope
        while s is not None:   # Scope.lookup, inlined: the checker's most frequent call
            obj = s.names.get(name)
            if obj is not None:
                return obj
            s = s.parent
        if self.dot_imports:
            for p in self.dot_imports:
                m = p.pkg.member(name) if p.pkg is not None and not p.pkg.opaque else None
                if m is not None:
                    p.used = True
                    return m
        return None

    # ------------------------------------------------------------ collecting
    def collect_objects(self) -> None:
        for d in named_children(self.root):
            k = d.type
            if k == "import_declaration":
                for spec in descendants_of_type(d, "import_spec"):
                    self.collect_import(spec)
            elif k == "const_declaration":
                group = ConstGroup()
                for iota, spec in enumerate(s for s in named_children(d) if s.type == "const_spec"):
                    if spec.child_by_field_name("value") is not None or \
                            spec.child_by_field_name("type") is not None:
                        group = _copy_group(spec)
                    for n in fields(spec, "name"):
                        obj = Const(text(n), n, None, None)
                        obj.state = State.WHITE
                        obj.decl = ("const", spec, (group, iota))
                        self.declare_pkg(n, obj)
            elif k == "var_declaration":
                for spec in specs_of(d, "var_spec"):
                    names = fields(spec, "name")
                    objs = [Var(text(n), n, None, VarKind.PACKAGE) for n in names]
                    for n, v in zip(names, objs):
                        v.state = State.WHITE
                        v.decl = ("var", spec, objs)
                        if text(n) == "init":
                            self.error(n, "cannot declare init - must be func")
                            continue
                        if text(n) == "main" and self.package == "main":
                            self.error(n, "cannot declare main - must be func")
                        self.declare_pkg(n, v)
            elif k == "type_declaration":
                for spec in named_children(d):
                    if spec.type not in ("type_spec", "type_alias"):
                        continue
                    n = spec.child_by_field_name("name")
                    obj = self.declare_named(n, self.pkg_scope)
                    if spec.type == "type_alias":
                        obj.type_ = None
                        obj.alias = True
                    obj.state = State.WHITE
                    obj.decl = ("type", spec, None)
                    self.declare_pkg(n, obj)
            elif k in ("function_declaration", "method_declaration"):
                self.collect_func(d)

    def collect_import(self, spec: Node) -> None:
        path_node = spec.child_by_field_name("path")
        name_node = spec.child_by_field_name("name")
        path = unquote(text(path_node)) if path_node is not None else ""
        pkg_name = package_name(path)
        pkg = std_package(path) if pkg_name is not None else None
        name = text(name_node) if name_node is not None else (pkg_name or path.rsplit("/", 1)[-1])
        obj = PkgName(name, spec, path, pkg, spec)
        self.imports.append(obj)
        if name == "_":
            return
        if name == ".":
            self.dot_imports.append(obj)
            if pkg is None or pkg.opaque:
                obj.used = True
                self.opaque_dot_import = True
            return
        alt = self.pkg_scope.names.get(name)
        if alt is not None:
            at = name_node if name_node is not None else spec
            self.error(at, f"{name} redeclared in this block",
                       (f"\t{self.fpos(alt.pos)}: other declaration of {name}",))  # type: ignore
            return
        self.pkg_scope.names[name] = obj

    def declare_pkg(self, n: Node, obj: Any) -> None:
        name = text(n)
        self.order.append(obj)
        if name == "_":
            return
        alt = self.pkg_scope.names.get(name)
        if alt is not None:
            self.error(n, f"{name} redeclared in this block",
                       (f"\t{self.fpos(alt.pos)}: other declaration of {name}",))  # type: ignore
            return
        self.pkg_scope.names[name] = obj

    def collect_func(self, d: Node) -> None:
        name_node = d.child_by_field_name("name")
        name = text(name_node)
        fn = Func(name, name_node, None, d)
        fn.state = State.WHITE
        fn.decl = ("func", d, None)
        self.funcs.append(fn)
        if d.type == "method_declaration":
            base = _recv_base(d)
            if base is not None:
                fn.recv_base = base
                self.methods.setdefault(base, []).append(fn)
            return
        params = d.child_by_field_name("parameters")
        result = d.child_by_field_name("result")
        tps = d.child_by_field_name("type_parameters")
        if name in ("main", "init") and (name == "init" or self.package == "main"):
            if tps is not None:
                self.error(named_children(tps)[0], f"func {name} must have no type parameters")
            elif named_children(params) or result is not None:
                self.error(name_node, f"func {name} must have no arguments and no return values")
        if name == "init":
            if d.child_by_field_name("body") is None:
                self.error(name_node, "func init must have a body")
            return
        self.declare_pkg(name_node, fn)

    def unused_imports(self) -> None:
        for p in self.imports:
            if p.name in ("_", ".") or p.used:
                continue
            elem = p.path.rsplit("/", 1)[-1]
            quoted = '"' + p.path + '"'
            if p.spec is not None and p.spec.child_by_field_name("name") is None or \
                    p.name == elem or p.name == (package_name(p.path) or elem):
                self.error(p.pos, f"{quoted} imported and not used")  # type: ignore[arg-type]
            else:
                self.error(p.pos, f"{quoted} imported as {p.name} and not used")  # type: ignore


def _copy_group(spec: Node) -> ConstGroup:
    g = ConstGroup()
    g.type = spec.child_by_field_name("type")
    g.values = exprs_of(spec.child_by_field_name("value"))
    return g


def _recv_base(d: Node) -> str | None:
    recv = d.child_by_field_name("receiver")
    params = [p for p in named_children(recv) if p.type == "parameter_declaration"] if recv else []
    if not params:
        return None
    t = params[0].child_by_field_name("type")
    while t is not None and t.type in ("pointer_type", "parenthesized_type"):
        t = named_children(t)[-1]
    if t is not None and t.type == "generic_type":
        t = t.child_by_field_name("type")
    return text(t) if t is not None and t.type == "type_identifier" else None


def is_unused(e: CompileError) -> bool:
    """An unused variable or import: the errors a fragment being written may have for now."""
    m = e.message
    return m.startswith("declared and not used: ") or m.endswith(" declared and not used") or \
        m.endswith(" and not used") and " imported" in m


def check_file(root: Node, package: str, early: list[CompileError] | None = None,
               strict: bool = False, late: list[CompileError] | None = None) -> \
        tuple[list[CompileError], Pos | None]:
    """gc's errors for a parsed file (nothing when it is valid); ``early`` are those the
    parser reported first (branch errors, misplaced directives), printed with the
    checker's; ``late`` those gc's IR writer reports once types check (directives a
    declaration cannot carry).

    A fault in the checker itself is logged and treated as "no error" (the
    analysis then proceeds as before the checker existed) unless ``strict``.
    """
    checker = Checker(root, package)
    for e in early or ():
        checker.errors.add(e)
    try:
        checker.run()
    except RecursionError:
        if strict:
            raise
        log.warning("checker: recursion limit; file treated as valid")
        return ErrorList.of(early).printed()
    except Exception:  # noqa: BLE001 - fail open: never reject a program because of a checker bug
        if strict:
            raise
        log.exception("checker failed; file treated as valid")
        return ErrorList.of(early).printed()
    if not checker.errors:
        for e in late or ():
            checker.errors.add(e)
    if not checker.errors and checker.huge:   # the back end's complaint, once types check
        pos, t = checker.huge[0]
        checker.errors.add(CompileError(pos, f"type {checker.tstr(t)} larger than address space"))
    if not checker.errors and package == "main" and not isinstance(
            checker.pkg_scope.names.get("main"), Func):
        # gc compiles the package; the linker then finds no main
        checker.errors.add(CompileError(Pos(1, 1), "runtime.main_main·f: function main is undeclared "
                                                   "in the main package", positioned=False))
    if checker.opaque_dot_import:
        kept = [e for e in checker.errors.found if not e.message.startswith("undefined: ")]
        checker.errors.found = kept
    return checker.errors.printed()

