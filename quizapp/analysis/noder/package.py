"""Package-level declarations: types, constants, globals, functions, methods.

Go lets package-level declarations refer to each other in any order, so
they are read in rounds: names first, then type bodies and constants until
nothing changes, then signatures, then bodies.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import NOPOS, AnalysisError, CompileError, GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..ir.program import Program
from ..syntax.genmethods import type_params_of
from ..syntax.nodes import descendants_of_type, named_children, pos_of, pragmas, specs_of, text
from ..types import model as T
from ..types import validtype
from ..types.stdpaths import import_problem
from ..types.scope import PkgObj, Scope, TypeObj, UnsupportedObj, universe
from .funcs import FuncLowerer
from .generics import GenericFunc, GenericType, type_params
from .importer import Universe
from .initorder import init_order, spec_names
from .staticinit import residue


class PackageLowerer:
    def __init__(self, root: Node) -> None:
        self.root = root
        self.scope = Scope(universe())
        self.prog = Program(syntax=root)
        self.lowerer = FuncLowerer(self.scope)
        self.lowerer.uni = Universe()
        self.lowerer.uni.lowerer = self.lowerer
        self.static_literals: list[ir.Func] = []
        self.dot_imports: list[str] = []
        self.declared: list[tuple[T.Named, Pos]] = []
        self.unreadable: dict[str, Unsupported] = {}   # type names whose declaration is unsupported

    def run(self) -> Program:
        decls = named_children(self.root)
        pkg = [d for d in decls if d.type == "package_clause"]
        if not pkg:
            raise GoTypeError(Pos(1, 1), "expected 'package', found EOF")
        self.prog.package = text(named_children(pkg[0])[0])
        self.lowerer.home = self.prog.package
        for d in decls:
            if d.type == "import_declaration":
                self.imports(d)
        self.declare_types(decls)
        self.collect_generic_methods(decls)
        # the methods of instances the declarations make are compiled once every
        # package-level name is declared
        self.lowerer.type_depth += 1
        try:
            self.resolve_types_and_consts(decls)
            funcs = self.declare_funcs(decls)
            self.declare_globals(decls)
        finally:
            self.lowerer.type_depth -= 1
        self.lowerer.flush_methods(NOPOS)
        for fn, node in funcs:
            self.lower_body(fn, node)
        self.check_init_and_main(decls)
        if self.lowerer.print_errors:
            raise back_end_errors(self.lowerer.print_errors)
        self.prog.objects = self.declared_objects(decls, funcs) + self.lowerer.local_types
        self.prog.instances = self.lowerer.extra_instances
        self.prog.instantiations = self.lowerer.instantiations
        self.prog.inst_events = self.lowerer.inst_events
        self.prog.generated_uses = self.lowerer.generated_uses
        self.prog.type_instances = self.lowerer.type_instances
        self.prog.made = self.lowerer.compile_order(self.prog.funcs)
        self.prog.universe = self.lowerer.uni
        return self.prog

    # ------------------------------------------------------------ imports
    def imports(self, d: Node) -> None:
        for spec in descendants_of_type(d, "import_spec"):
            path_node = spec.child_by_field_name("path")
            path = text(path_node).strip('"`')
            self.prog.imports.append(path)
            name_node = spec.child_by_field_name("name")
            problem = import_problem(path, self.prog.package)
            if problem is not None:
                raise GoTypeError(pos_of(spec), problem)
            if path == "C":     # cgo rewrites the file and adds its own, which gc then reports on
                self.prog.unsupported.append(Unsupported(pos_of(spec), 'cgo (import "C")'))
            name = text(name_node) if name_node is not None else self.package_name(path)
            if name == ".":
                self.dot_imports.append(path)
                self.scope.fallback = self.dot_member
                continue
            self.scope.declare(name, PkgObj(path, pos_of(spec)))

    def dot_member(self, name: str) -> Any:
        """A name of a dot-imported package (``import . "fmt"``: ``Println``)."""
        uni = self.lowerer.uni
        for path in self.dot_imports:
            if uni is None or not uni.has(path):
                return UnsupportedObj(f"package {path} (no data for it)")
            obj = uni.member(path, name)
            if obj is not None:
                return obj
        return None

    def package_name(self, path: str) -> str:
        """The name a package declares (``math/rand/v2`` is ``rand``)."""
        uni = self.lowerer.uni
        if uni is not None and uni.has(path):
            return str(uni.pkg(path)["name"])
        return path.rsplit("/", 1)[-1]

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
                    self.poison(_declared_names(kind, node), exc)
                    if kind == "type":
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

    def check_recursive_types(self) -> None:
        """A type that holds itself by value is invalid (gc's ``validType``)."""
        pos = {id(t): p for t, p in self.declared}
        found = validtype.check(t for t, _ in self.declared)
        if found is not None:
            cycle, first = found
            raise GoTypeError(pos.get(id(first), Pos(1, 1)), validtype.cycle_message(cycle, first))

    def resolve_type(self, spec: Node) -> None:
        name = text(spec.child_by_field_name("name"))
        if name == "_":
            self.lowerer.read_type(spec.child_by_field_name("type"))  # checked, never used
            return
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

    def collect_generic_methods(self, decls: list[Node]) -> None:
        """The methods of the file's generic types, known before any type is resolved: a
        type declaration instantiating one (``struct{ b Box[int] }``) compiles them all."""
        for d in decls:
            if d.type == "method_declaration" and \
                    not type_params_of(self.root, d.child_by_field_name("name")):
                try:
                    g = self.generic_receiver(d)
                except Unsupported:
                    continue
                if g is not None:
                    g.methods.append(d)

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
                if d.type == "method_declaration" and (tpl := type_params_of(self.root, name_node)):
                    self.declare_generic_method(d, name, tpl)
                    continue
                if d.child_by_field_name("type_parameters") is not None:
                    self.scope.declare(name, GenericFunc(
                        name, d, type_params(d.child_by_field_name("type_parameters")), self.scope))
                    continue
                if d.type == "method_declaration" and self.generic_receiver(d) is not None:
                    continue            # collect_generic_methods has it
                sig = self.lowerer.read_signature(d.child_by_field_name("parameters"),
                                                  d.child_by_field_name("result"))
                fn = ir.Func(name, pos_of(name_node), sig, order=order)
                fn.pragmas = pragmas(d)
                fn.noescape = "noescape" in fn.pragmas
                fn.uintptr_escapes = "uintptrescapes" in fn.pragmas
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
                if d.type == "method_declaration":
                    recv_named = self.receiver_named(d)
                    if recv_named is not None:
                        recv_named.methods[name] = UnsupportedMethod(exc)
                elif name not in self.scope.names:
                    self.scope.declare(name, UnsupportedObj(exc.what))
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

    def declare_generic_method(self, d: Node, name: str, tpl: Node) -> None:
        """``func (l *List) Add[T any](x T)`` (Go 1.27): instantiated at each call."""
        if self.generic_receiver(d) is not None:
            raise Unsupported(pos_of(tpl), "generic methods of generic types")
        named = self.receiver_named(d)
        if named is None:
            raise GoTypeError(pos_of(d.child_by_field_name("receiver")), "invalid receiver type")
        recv = [p for p in named_children(d.child_by_field_name("receiver"))
                if p.type == "parameter_declaration"][0]
        ptr = recv.child_by_field_name("type").type == "pointer_type"
        named.methods[name] = GenericFunc(name, d, type_params(tpl), self.scope, tparams_node=tpl,
                                          recv_named=named, recv_ptr=ptr)

    def receiver_named(self, d: Node) -> T.Named | None:
        """The named type a method declaration's receiver names, if it names one."""
        recv_list = d.child_by_field_name("receiver")
        params = [p for p in named_children(recv_list) if p.type == "parameter_declaration"]
        if not params:
            return None
        tnode = params[0].child_by_field_name("type")
        base = named_children(tnode)[0] if tnode.type == "pointer_type" else tnode
        obj = self.scope.names.get(text(base))
        if isinstance(obj, TypeObj) and isinstance(obj.type, T.Named):
            return obj.type
        return None

    def poison(self, names: list[str], exc: Unsupported) -> None:
        """Names whose declaration is unsupported: every use of them is unsupported too."""
        for name in names:
            if name != "_":
                self.scope.declare(name, UnsupportedObj(exc.what))

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
        # what the type declarations instantiated belongs to the package level too
        lw.refs = [(init if owner is lw.package_fn else owner, kind, item) for owner, kind, item in lw.refs]
        lw.fn = lw.package_fn = init
        lw.scope = self.scope
        body: list[Any] = []
        specs = [spec for d in decls if d.type == "var_declaration" for spec in specs_of(d, "var_spec")]
        funcs = {text(d.child_by_field_name("name")): d for d in decls
                 if d.type == "function_declaration"}
        for spec in init_order(specs, funcs):
            try:
                body.extend(self.global_spec(spec))
            except Unsupported as exc:
                init.unsupported.append(exc)
                self.prog.unsupported.append(exc)
                self.poison(spec_names(spec), exc)
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
        if values and len(values) == 1 and len(names) > 1:
            return self.global_multi(spec, names, t, values[0])
        out: list[Any] = []
        for i, n in enumerate(names):
            name = text(n)
            val = values[i] if values else None
            vt = t if t is not None else lw.default(val).type  # type: ignore[arg-type]
            g = ir.Global(name, vt, pos_of(n))
            if name != "_":
                self.scope.declare(name, g)
            if val is not None:
                val = lw.convert_to(val, vt, context="variable declaration")
                self.prog.global_inits.append(val)   # what the inliner sees of the initialiser
                parts, funcs = residue(val)
                self.static_literals.extend(funcs)
                target = ir.GlobalName(pos_of(n), vt, glob=g) if name != "_" else None
                if not parts:
                    g.static_value = val
                elif len(parts) == 1 and parts[0] is val:
                    out.append(ir.Assign(pos_of(n), x=target, y=val))
                else:
                    # laid out statically but for its computed parts: escape analysis
                    # sees those parts stored in the variable; a run computes the whole
                    # value at this point of the initialisation
                    g.static_part = val
                    whole = ir.Assign(pos_of(n), x=target, y=val)
                    for i, part in enumerate(parts):
                        assign = ir.Assign(pos_of(n), x=target, y=part)
                        assign.run_as = whole if i == 0 else None  # type: ignore[attr-defined]
                        out.append(assign)
        return out

    def global_multi(self, spec: Node, names: list[Node], t: T.Type | None,
                     value: ir.Expr) -> list[Any]:
        """``var a, b = f()`` (or a comma-ok form) at package level."""
        lw = self.lowerer
        eq = [c for c in spec.children if c.type == "="]
        pos = pos_of(eq[0]) if eq else pos_of(spec)
        types_, kind = lw.multi_types(value, len(names), pos)
        lhs: list[ir.Expr | None] = []
        for n, vt in zip(names, types_):
            name = text(n)
            g = ir.Global(name, t if t is not None else vt, pos_of(n))
            if name == "_":
                lhs.append(None)
                continue
            self.scope.declare(name, g)
            lhs.append(ir.GlobalName(pos_of(n), g.type, glob=g))
        return [ir.Assign2(pos, lhs=lhs, rhs=[value], kind=kind, define=False)]

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
                for spec in descendants_of_type(d, "var_spec"):
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


class UnsupportedMethod:
    """A method whose declaration is unsupported: selecting it is unsupported too."""

    def __init__(self, exc: Unsupported) -> None:
        self.exc = exc

    def get(self) -> Any:
        raise Unsupported(self.exc.pos, self.exc.what)


def _declared_names(kind: str, node: Node) -> list[str]:
    """The names a type spec or a const declaration declares."""
    if kind == "type":
        return [text(node.child_by_field_name("name"))]
    return [text(n) for spec in node.named_children if spec.type == "const_spec"
            for n in spec.children_by_field_name("name") if n.is_named]


def back_end_errors(errors: list[CompileError]) -> GoTypeError:
    """Errors gc finds compiling function bodies, once the types check: by position, ten at most."""
    errors = sorted(errors, key=lambda e: e.pos)
    too_many = errors[9].pos if len(errors) > 10 else None
    errors = errors[:10]
    return GoTypeError(errors[0].pos, errors[0].message, errors, too_many)


def lower_file(root: Node) -> Program:
    """Lower every declaration of a parsed file."""
    return PackageLowerer(root).run()
