"""Package-level declarations: types, constants, globals, functions, methods.

Go lets package-level declarations refer to each other in any order, so
they are read in rounds: names first, then type bodies and constants until
nothing changes, then signatures, then bodies.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import AnalysisError, GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..ir.program import Program
from ..syntax.nodes import named_children, pos_of, text, pragmas
from ..types import model as T
from ..types import validtype
from ..types.stdpaths import import_problem
from ..types.scope import PkgObj, Scope, TypeObj, UnsupportedObj, universe
from .funcs import FuncLowerer
from .generics import GenericFunc, GenericType, type_params
from .importer import Universe


class PackageLowerer:
    def __init__(self, root: Node) -> None:
        self.root = root
        self.scope = Scope(universe())
        self.prog = Program()
        self.lowerer = FuncLowerer(self.scope)
        self.lowerer.uni = Universe()
        self.static_literals: list[ir.Func] = []
        self.declared: list[tuple[T.Named, Pos]] = []
        self.unreadable: dict[str, Unsupported] = {}   # type names whose declaration is unsupported

    def run(self) -> Program:
        decls = named_children(self.root)
        pkg = [d for d in decls if d.type == "package_clause"]
        if not pkg:
            raise GoTypeError(Pos(1, 1), "expected 'package', found EOF")
        self.prog.package = text(named_children(pkg[0])[0])
        for d in decls:
            if d.type == "import_declaration":
                self.imports(d)
        self.declare_types(decls)
        self.resolve_types_and_consts(decls)
        funcs = self.declare_funcs(decls)
        self.declare_globals(decls)
        for fn, node in funcs:
            self.lower_body(fn, node)
        self.check_init_and_main(decls)
        self.prog.objects = self.declared_objects(decls, funcs) + self.lowerer.local_types
        self.prog.instances = self.lowerer.extra_instances
        self.prog.instantiations = self.lowerer.instantiations
        self.prog.inst_events = self.lowerer.inst_events
        self.prog.type_instances = self.lowerer.type_instances
        self.prog.universe = self.lowerer.uni
        return self.prog

    # ------------------------------------------------------------ imports
    def imports(self, d: Node) -> None:
        for spec in _walk_type(d, "import_spec"):
            path_node = spec.child_by_field_name("path")
            path = text(path_node).strip('"`')
            name_node = spec.child_by_field_name("name")
            name = text(name_node) if name_node is not None else path.rsplit("/", 1)[-1]
            problem = import_problem(path)
            if problem is not None:
                raise GoTypeError(pos_of(spec), problem)
            if path == "C":     # cgo rewrites the file and adds its own, which gc then reports on
                self.prog.unsupported.append(Unsupported(pos_of(spec), 'cgo (import "C")'))
            self.scope.declare(name, PkgObj(path, pos_of(spec)))

    # ------------------------------------------------------------ types
    def declare_types(self, decls: list[Node]) -> None:
        for d in decls:
            if d.type != "type_declaration":
                continue
            for spec in named_children(d):
                name = text(spec.child_by_field_name("name"))
                if spec.type == "type_spec":
                    tps = spec.child_by_field_name("type_parameters")
                    if tps is not None:
                        self.scope.declare(name, GenericType(name, spec, type_params(tps), self.scope))
                        continue
                    named = T.Named(name)
                    self.declared.append((named, pos_of(spec.child_by_field_name("name"))))
                    self.scope.declare(name, TypeObj(named, name))

    def resolve_types_and_consts(self, decls: list[Node]) -> None:
        pending: list[tuple[str, Node]] = []
        for d in decls:
            if d.type == "type_declaration":
                pending.extend(("type", s) for s in named_children(d))
            elif d.type == "const_declaration":
                pending.append(("const", d))
        errors: dict[int, Exception] = {}
        for _ in range(len(pending) + 1):
            if not pending:
                break
            still: list[tuple[str, Node]] = []
            errors = {}
            for kind, node in pending:
                try:
                    if kind == "type":
                        self.resolve_type(node)
                    else:
                        self.lowerer.const_decl(node)
                except (GoTypeError, AssertionError, AttributeError) as exc:
                    errors[id(node)] = exc
                    still.append((kind, node))
                except Unsupported as exc:
                    self.prog.unsupported.append(exc)
                    if kind == "const":
                        self.declare_unsupported_consts(node, exc)
                    else:
                        self.unreadable[text(node.child_by_field_name("name"))] = exc
            if len(still) == len(pending):
                break
            pending = still
        self.check_recursive_types()
        if pending:
            # what is left fails for good; like gc, report the error that comes first
            found = [e for e in errors.values() if isinstance(e, AnalysisError)]
            if found:
                raise min(found, key=lambda e: e.pos)
            raise GoTypeError(pos_of(pending[0][1]), "invalid recursive type or constant")

    def declare_unsupported_consts(self, decl: Node, exc: Unsupported) -> None:
        """Names of a constant declaration we cannot evaluate: using one is unsupported too."""
        for spec in self.lowerer.specs(decl, "const_spec"):
            for n in spec.children_by_field_name("name"):
                if text(n) not in self.scope.names:
                    self.scope.declare(text(n), UnsupportedObj(exc.what))

    def check_recursive_types(self) -> None:
        """A type that holds itself by value is invalid (gc's ``validType``)."""
        pos = {id(t): p for t, p in self.declared}
        found = validtype.check(t for t, _ in self.declared)
        if found is not None:
            cycle, first = found
            raise GoTypeError(pos.get(id(first), Pos(1, 1)), validtype.cycle_message(cycle, first))

    def resolve_type(self, spec: Node) -> None:
        name = text(spec.child_by_field_name("name"))
        obj = self.scope.names.get(name)
        if isinstance(obj, (UnsupportedObj, GenericType)):
            return
        t, spelled = self.lowerer.read_type_spelled(spec.child_by_field_name("type"))
        if spec.type == "type_alias":
            self.scope.declare(name, TypeObj(t, spelled))   # gc prints the aliased type
            return
        assert isinstance(obj, TypeObj) and isinstance(obj.type, T.Named)
        named = obj.type
        named.underlying = t
        chain = {id(named)}
        while isinstance(t, T.Named):
            if id(t) in chain:
                self.check_recursive_types()
                raise GoTypeError(pos_of(spec), f"invalid recursive type {name}")
            chain.add(id(t))
            t = t.underlying  # type: ignore[assignment]
        if t is None:
            raise AssertionError(f"{name} is defined by a type not read yet")

    # ------------------------------------------------------------ functions
    def declare_funcs(self, decls: list[Node]) -> list[tuple[ir.Func, Node]]:
        out: list[tuple[ir.Func, Node]] = []
        order = 0
        for d in decls:
            if d.type not in ("function_declaration", "method_declaration"):
                continue
            name_node = d.child_by_field_name("name")
            name = text(name_node)
            order += 1
            try:
                if d.child_by_field_name("type_parameters") is not None:
                    self.scope.declare(name, GenericFunc(
                        name, d, type_params(d.child_by_field_name("type_parameters")), self.scope))
                    continue
                if d.type == "method_declaration" and self.generic_receiver(d) is not None:
                    self.generic_receiver(d).methods.append(d)  # type: ignore[union-attr]
                    continue
                sig = self.lowerer.read_signature(d.child_by_field_name("parameters"),
                                                  d.child_by_field_name("result"))
                fn = ir.Func(name, pos_of(name_node), sig, order=order)
                fn.noescape = _has_pragma(d, "//go:noescape")
                fn.pragmas = pragmas(d)
                if d.type == "method_declaration":
                    self.attach_method(fn, d)
                elif name == "init":
                    # gc numbers a package's init functions in declaration order
                    fn.name = f"init.{sum(1 for f, _ in out if f.name.startswith('init.'))}"
                else:
                    if name in self.scope.names and name != "_":
                        raise GoTypeError(pos_of(name_node), f"{name} redeclared in this block")
                    self.scope.declare(name, fn)
            except Unsupported as exc:
                self.prog.unsupported.append(exc)
                continue
            out.append((fn, d))
            self.prog.funcs.append(fn)
        return out

    def generic_receiver(self, d: Node) -> GenericType | None:
        recv_list = d.child_by_field_name("receiver")
        params = [p for p in named_children(recv_list) if p.type == "parameter_declaration"]
        tnode = params[0].child_by_field_name("type")
        base = named_children(tnode)[0] if tnode.type == "pointer_type" else tnode
        if base.type == "generic_type":
            base = base.child_by_field_name("type")
        obj = self.scope.names.get(text(base))
        return obj if isinstance(obj, GenericType) else None

    def attach_method(self, fn: ir.Func, d: Node) -> None:
        recv_list = d.child_by_field_name("receiver")
        fn.decl_pos = pos_of(recv_list)
        params = [p for p in named_children(recv_list) if p.type == "parameter_declaration"]
        tnode = params[0].child_by_field_name("type")
        ptr = tnode.type == "pointer_type"
        base = named_children(tnode)[0] if ptr else tnode
        while base.type == "parenthesized_type":
            base = named_children(base)[0]
        if base.type == "generic_type":
            raise Unsupported(pos_of(base), "methods of generic types")
        obj = self.scope.names.get(text(base))
        if isinstance(obj, UnsupportedObj):
            raise Unsupported(pos_of(base), "methods of generic types")
        if not isinstance(obj, TypeObj) or not isinstance(obj.type, T.Named):
            raise GoTypeError(pos_of(base), f"undefined: {text(base)}")
        named = obj.type
        rt: T.Type = T.Pointer(named) if ptr else named
        names = params[0].children_by_field_name("name")
        fn.sig.recv = T.Param(text(names[0]) if names else "", rt)
        fn.name = f"(*{named.name}).{fn.name}" if ptr else f"{named.name}.{fn.name}"
        named.methods[text(d.child_by_field_name("name"))] = fn

    def lower_body(self, fn: ir.Func, d: Node) -> None:
        lw = self.lowerer
        lw.scope = self.scope
        try:
            lw.lower_func(fn, d.child_by_field_name("parameters"), d.child_by_field_name("result"),
                          d.child_by_field_name("receiver"), d.child_by_field_name("body"))
        except Unsupported as exc:
            fn.unsupported.append(exc)
            self.prog.unsupported.append(exc)
        except T.IncompleteType as exc:
            # a type whose declaration could not be read is already reported where it is declared
            why = self.unreadable.get(exc.name)
            u = Unsupported(fn.pos, f"uses type {exc.name}" + (f" ({why.what})" if why else ""))
            fn.unsupported.append(u)
            self.prog.unsupported.append(u)
        finally:
            lw.scope = self.scope

    # ------------------------------------------------------------ globals
    def declare_globals(self, decls: list[Node]) -> None:
        # literals in package-level initialisers are named init.funcN, as gc names them
        init = ir.Func("init", Pos(0, 0), T.Signature([], []))
        lw = self.lowerer
        lw.fn = init
        lw.scope = self.scope
        body: list[Any] = []
        for d in decls:
            if d.type != "var_declaration":
                continue
            for spec in lw.specs(d, "var_spec"):
                try:
                    body.extend(self.global_spec(spec))
                except Unsupported as exc:
                    init.unsupported.append(exc)
                    self.prog.unsupported.append(exc)
        lw.scope = self.scope
        # a static initialiser's func literal is compiled like a declared function, in place
        static = [f for f in self.static_literals]
        init.callees = [c for c in init.callees if c not in static]
        self.prog.funcs = sorted(self.prog.funcs + static, key=lambda f: (f.pos.line, f.pos.col))
        if body:
            init.body = body
            self.prog.init = init

    def global_spec(self, spec: Node) -> list[Any]:
        lw = self.lowerer
        names = spec.children_by_field_name("name")
        tnode = spec.child_by_field_name("type")
        vnode = spec.child_by_field_name("value")
        t = lw.read_type(tnode) if tnode is not None else None
        values = [lw.expr(v) for v in lw.exprs(vnode)] if vnode is not None else []
        out: list[Any] = []
        if values and len(values) == 1 and len(names) > 1:
            raise Unsupported(pos_of(spec), "multi-value package-level initialisation")
        for i, n in enumerate(names):
            name = text(n)
            val = values[i] if values else None
            vt = t if t is not None else lw.default(val).type  # type: ignore[arg-type]
            g = ir.Global(name, vt, pos_of(n))
            if name != "_":
                self.scope.declare(name, g)
            if val is not None:
                val = lw.convert_to(val, vt, context="variable declaration")
                self.prog.global_inits.append(val)
                if _is_static(val):
                    self.static_literals.extend(_func_lits(val))
                else:
                    eq = [c for c in spec.children if c.type == "="]
                    out.append(ir.Assign(pos_of(eq[0]) if eq else pos_of(n),
                                         x=ir.GlobalName(pos_of(n), vt, glob=g) if name != "_"
                                         else None, y=val))
        return out

    def declared_objects(self, decls: list[Node], funcs: list[tuple[ir.Func, Node]]) -> list[Any]:
        """Types, functions and globals of the package, in declaration order."""
        by_node = {id(node): fn for fn, node in funcs}
        out: list[Any] = []
        for d in decls:
            if d.type == "type_declaration":
                for spec in named_children(d):
                    obj = self.scope.names.get(text(spec.child_by_field_name("name")))
                    if isinstance(obj, TypeObj) and isinstance(obj.type, T.Named):
                        out.append(obj.type)
            elif d.type in ("function_declaration", "method_declaration"):
                if id(d) in by_node:
                    out.append(by_node[id(d)])
            elif d.type == "var_declaration":
                for spec in _walk_type(d, "var_spec"):
                    for n in spec.children_by_field_name("name"):
                        obj = self.scope.names.get(text(n))
                        if isinstance(obj, ir.Global):
                            out.append(obj)
        return out

    def check_init_and_main(self, decls: list[Node]) -> None:
        if self.prog.package == "main" and not any(
                f.name == "main" and f.recv is None for f in self.prog.funcs):
            if not any(isinstance(u, Unsupported) for u in self.prog.unsupported):
                raise GoTypeError(Pos(1, 1), "function main is undeclared in the main package")


def _walk_type(node: Node, kind: str) -> list[Node]:
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == kind:
            out.append(n)
        stack.extend(reversed(n.named_children))
    return out


def _has_pragma(decl: Node, pragma: str) -> bool:
    prev = decl.prev_sibling
    while prev is not None and prev.type == "comment":
        if text(prev).strip() == pragma:
            return True
        prev = prev.prev_sibling
    return False


def _func_lits(e: ir.Expr) -> list[ir.Func]:
    if isinstance(e, ir.FuncLit):
        return [e.func]
    if isinstance(e, ir.PtrLit):
        return _func_lits(e.lit)
    if isinstance(e, ir.CompLit):
        return [f for _, v in e.elems for f in _func_lits(v)]
    if isinstance(e, ir.Conv):
        return _func_lits(e.x)
    return []


def _is_static(e: ir.Expr) -> bool:
    """Can the linker lay this initialiser out statically (no init-time code)?"""
    if isinstance(e, (ir.Const, ir.Nil, ir.FuncName, ir.GlobalName, ir.MethodExpr)):
        return True
    if isinstance(e, ir.FuncLit):
        return not e.func.closure_vars
    if isinstance(e, ir.Addr):
        return isinstance(e.x, ir.GlobalName)
    if isinstance(e, ir.PtrLit):
        return _is_static(e.lit)
    if isinstance(e, ir.CompLit):
        if e.kind == "map":
            return False
        return all(_is_static(v) for _, v in e.elems)
    if isinstance(e, ir.Conv):
        if e.op is ir.ConvOp.IFACE:       # the itab and the value, laid out as data
            return isinstance(e.x, ir.Nil) or not e.x.type.is_interface() and _is_static(e.x)
        return e.op in (ir.ConvOp.NOP, ir.ConvOp.CONV) and _is_static(e.x)
    return False


def lower_file(root: Node) -> Program:
    """Lower every declaration of a parsed file."""
    return PackageLowerer(root).run()
