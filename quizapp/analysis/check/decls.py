"""Declarations: the file's imports, constants, variables, types, functions and methods.

Package-level names are collected first ("helper redeclared in this
block", "method stack.push already declared at ..."), then each
declaration is checked on first use or in source order, whichever comes
first, so that names may be used before they are declared. A type that
contains itself other than through a pointer, slice, map, channel or
function is "invalid recursive type". Local declarations are checked
where they stand. ``main`` and ``init`` must take and return nothing.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..syntax.genmethods import type_params_in_place
from ..syntax.nodes import fields, named_children, specs_of, text
from ..types import model as T
from .assign import exprs_of
from .objects import Const, Func, Obj, State, TypeName, Var, VarKind
from .operand import Mode, Operand
from .predicates import is_const_type
from .stmts import StmtChecker
from .subst import complete_instances
from .typemodel import INVALID, Generic, TypeParam, is_valid

DECL_KINDS = ("const_declaration", "var_declaration", "type_declaration")


class ConstGroup:
    """What a constant spec without values repeats: the previous spec's type and values."""

    def __init__(self) -> None:
        self.type: Node | None = None
        self.values: list[Node] = []


class DeclChecker(StmtChecker):
    """Declarations at package level and inside functions."""

    # ------------------------------------------------------------ lazily checked package objects
    def obj_decl(self, obj: Any) -> None:
        if obj.decl is None or obj.state is State.BLACK:
            return
        if obj.state is State.GREY:
            if isinstance(obj, (Const, Var)) and obj.type_ is None:
                obj.type_ = INVALID
            return
        obj.state = State.GREY
        saved_scope, saved_fn, saved_iota = self.scope, self.fn, self.iota
        self.scope, self.fn, self.iota = self.pkg_scope, None, None
        try:
            kind, node, extra = obj.decl
            if kind == "const":
                self.const_spec(node, extra[0], extra[1], [obj], package=True)
            elif kind == "var":
                self.var_spec(node, extra, package=True)
            elif kind == "type":
                self.type_spec(node, obj)
                self.attach_methods(obj)
            elif kind == "func":
                self.func_signature(obj, node)
        finally:
            self.scope, self.fn, self.iota = saved_scope, saved_fn, saved_iota
            obj.state = State.BLACK
            obj.decl = None

    # ------------------------------------------------------------ constants
    def const_spec(self, spec: Node, group: ConstGroup, iota: int, only: list[Const] | None,
                   package: bool) -> None:
        """Check one constant spec; ``only`` the objects to define (package level: one at a time)."""
        names = fields(spec, "name")
        tnode = spec.child_by_field_name("type")
        vnode = spec.child_by_field_name("value")
        inherited = vnode is None and tnode is None
        if not inherited:
            group.type, group.values = tnode, exprs_of(vnode)
        values = group.values
        tnode = group.type
        saved_iota = self.iota
        self.iota = iota
        t = self.typ(tnode) if tnode is not None else None
        if t is not None and is_valid(t) and not is_const_type(t):
            self.error(tnode, f"invalid constant type {self.tstr(t)}")
            t = INVALID
        objs = []
        for i, n in enumerate(names):
            obj = self.pkg_scope.names.get(text(n)) if package else None
            if package and (only is None or obj not in only) and text(n) != "_":
                continue
            if not package or obj is None:
                obj = Const(text(n), n, None, None)
            objs.append((i, n, obj))
        for i, n, obj in objs:
            if i < len(values):
                x = self.expr(values[i])
                self.init_const(obj, x, t)
            else:
                obj.type_ = INVALID
                if not inherited and i == len(values) and values:
                    self.error(n, f"missing init expr for {text(n)}")
                elif not values and not inherited:
                    self.error(n, f"missing init expr for {text(n)}")
            if not package:
                self.declare_name(n, obj)
        if not package and not inherited and len(values) > len(names):
            self.error(values[len(names)], "extra init expr")
        self.iota = saved_iota

    def init_const(self, obj: Const, x: Operand, t: T.Type | None) -> None:
        if not x.valid() or not is_valid(x.type) or (t is not None and not is_valid(t)):
            obj.type_ = INVALID
            return
        if x.mode is not Mode.CONSTANT:
            self.error(x, f"{self.ostr(x)} is not constant")
            obj.type_ = INVALID
            return
        obj.type_ = t if t is not None else x.type
        self.assignment(x, obj.type_, "constant declaration")
        if not x.valid():
            return
        obj.val = x.val

    # ------------------------------------------------------------ variables
    def var_spec(self, spec: Node, objs: list[Var], package: bool) -> None:
        self.var_spec_types(spec, objs)
        if package:
            for v in objs:
                self.note_size(v)

    def var_spec_types(self, spec: Node, objs: list[Var]) -> None:
        tnode = spec.child_by_field_name("type")
        values = exprs_of(spec.child_by_field_name("value"))
        t = self.var_type(tnode) if tnode is not None else None
        for v in objs:
            v.type_ = t
        if not values:
            if t is None:
                for v in objs:
                    v.type_ = INVALID
            return
        if len(objs) == len(values) or len(values) != 1:
            if len(objs) != len(values):
                self.init_vars(objs, values, None)
                return
            for v, e in zip(objs, values):
                x = self.expr(e)
                self.init_var(v, x, "variable declaration")
            return
        self.init_vars(objs, values, None)

    # ------------------------------------------------------------ types
    def type_spec(self, spec: Node, obj: TypeName) -> None:
        rhs = spec.child_by_field_name("type")
        if spec.type == "type_alias":
            obj.alias = True
            obj.type_ = INVALID
            t = self.typ(rhs)
            obj.type_ = t
            return
        named: T.Named = obj.type_  # type: ignore[assignment]
        tps = spec.child_by_field_name("type_parameters")
        if tps is not None:
            self.open_scope()
            tparams = self.declare_type_params(tps)
            named.generic = Generic(tparams)  # type: ignore[attr-defined]
            t = self.typ(rhs)
            self.close_scope()
        else:
            t = self.typ(rhs)
        if isinstance(t, TypeParam):
            self.error(rhs, "cannot use a type parameter as RHS in type declaration")
            t = INVALID
        if isinstance(t, T.Named) and getattr(t, "pending", False):
            self.cycle_error([obj] if t is named else [obj, t.obj])  # type: ignore[attr-defined]
            named.underlying = INVALID
            named.pending = False  # type: ignore[attr-defined]
            return
        named.pending = False  # type: ignore[attr-defined]
        named.underlying = t.under if is_valid(t) else INVALID
        complete_instances(named)
        self.valid_type_later(named, obj)

    def declare_named(self, name_node: Node, scope: Any) -> TypeName:
        name = text(name_node)
        named = T.Named(name)
        named.underlying = INVALID
        named.pending = True  # type: ignore[attr-defined]   # while its declaration is read
        obj = TypeName(name, name_node, named)
        named.obj = obj  # type: ignore[attr-defined]
        return obj

    def valid_type_later(self, named: T.Named, obj: TypeName) -> None:
        self.later.append(lambda: self.valid_type(named, []))

    def valid_type(self, t: T.Type, path: list[T.Named]) -> bool:
        if isinstance(t, T.Named):
            for i, p in enumerate(path):
                if p is t:
                    self.report_cycle(path[i:])
                    return False
            if getattr(t, "valid_checked", False) or not hasattr(t, "obj"):
                return True
            path.append(t)
            ok = self.valid_type(t.underlying, path) if t.underlying is not None else True
            path.pop()
            if not ok:
                t.underlying = INVALID
            t.valid_checked = True  # type: ignore[attr-defined]
            return ok
        if isinstance(t, T.Array):
            return self.valid_type(t.elem, path)
        if isinstance(t, T.Struct):
            return all(self.valid_type(f.type, path) for f in t.fields)
        if isinstance(t, T.Interface):
            return all(self.valid_type(e, path) for e in t.embeds)
        return True

    cycles_reported: set[int]

    def report_cycle(self, cycle: list[T.Named]) -> None:
        objs = [c.obj for c in cycle]  # type: ignore[attr-defined]
        if any(id(o) in self.cycles_reported for o in objs):
            return
        self.cycles_reported.update(id(o) for o in objs)
        self.cycle_error(objs)

    def cycle_error(self, objs: list[TypeName]) -> None:
        if len(objs) == 1:
            self.error(objs[0].pos, f"invalid recursive type: {objs[0].name} refers to itself")  # type: ignore
            return
        start = min(range(len(objs)), key=lambda i: (objs[i].pos.line, objs[i].pos.col))  # type: ignore
        first = objs[start]
        notes = []
        for i in range(len(objs)):
            o = objs[(start + i) % len(objs)]
            nxt = objs[(start + i + 1) % len(objs)]
            notes.append(f"\t{self.fpos(o.pos)}: {o.name} refers to {nxt.name}")  # type: ignore
        self.error(first.pos, f"invalid recursive type {first.name}", tuple(notes))  # type: ignore

    def attach_methods(self, obj: TypeName) -> None:
        """A declared type gets the methods declared on it ("method T.M already declared")."""
        fns = self.methods.get(obj.name, []) if self.pkg_scope.names.get(obj.name) is obj else []
        named = obj.type_
        if not fns or not isinstance(named, T.Named) or obj.alias:
            return
        seen: dict[str, Func] = {}
        for fn in fns:
            if fn.name == "_":
                continue
            if fn.name in seen:
                self.error(fn.pos, f"method {obj.name}.{fn.name} already declared at "  # type: ignore
                                   f"{self.fpos(seen[fn.name].pos)}")  # type: ignore[arg-type]
                continue
            seen[fn.name] = fn
            named.methods[fn.name] = fn
        for fn in fns:
            self.obj_decl(fn)
        u = named.underlying
        if isinstance(u, T.Struct):
            for f in u.fields:
                m = seen.get(f.name)
                if m is not None:
                    self.error(m.pos, f"field and method with the same name {f.name}",  # type: ignore
                               (f"\t{self.fpos(getattr(f, 'pos', obj.pos))}: other declaration of "
                                f"{f.name}",))

    methods: dict[str, list[Func]]

    # ------------------------------------------------------------ functions
    def func_signature(self, obj: Func, node: Node) -> None:
        self.open_scope(is_func=True)
        tps = node.child_by_field_name("type_parameters")
        tparams: list[TypeParam] = []
        recv_node = node.child_by_field_name("receiver") if node.type == "method_declaration" else None
        if recv_node is not None and tps is None:   # a generic method (Go 1.27)
            tps = type_params_in_place(self.root, node.child_by_field_name("name"))
        if recv_node is not None:
            self.receiver_tparams(recv_node)
        if tps is not None:
            tparams = self.declare_type_params(tps)
        sig, params, results = self.signature(node.child_by_field_name("parameters"),
                                              node.child_by_field_name("result"))
        if recv_node is not None:
            rvars, _ = self.param_list(recv_node, VarKind.RECV, False, allow_variadic=False)
            if rvars:
                sig.recv = T.Param(rvars[0].name, rvars[0].type)
                obj.ptr_recv = isinstance(rvars[0].type, T.Pointer)
            params = rvars + params
        if tparams:
            sig.generic = Generic(tparams)  # type: ignore[attr-defined]
        obj.sig = sig
        obj.params = params + results  # type: ignore[attr-defined]
        obj.fscope = self.scope  # type: ignore[attr-defined]
        self.close_scope()

    def receiver_tparams(self, recv: Node) -> None:
        """``func (s *Stack[T]) ...``: declare the receiver's type parameters in the method's scope."""
        decls = [p for p in named_children(recv) if p.type == "parameter_declaration"]
        if not decls:
            return
        tnode = decls[0].child_by_field_name("type")
        if tnode is not None and tnode.type == "pointer_type":
            tnode = named_children(tnode)[-1]
        if tnode is None or tnode.type != "generic_type":
            return
        base = self.lookup(text(tnode.child_by_field_name("type")))
        if not isinstance(base, TypeName):
            return
        self.obj_decl(base)
        g = getattr(base.type_, "generic", None)
        args = named_children(tnode.child_by_field_name("type_arguments"))
        if g is None:
            return
        for i, a in enumerate(args):
            name = text(a)
            if i < len(g.tparams) and name != "_":
                self.scope.names[name] = TypeName(name, a, g.tparams[i])

    def declare_name(self, n: Node, obj: Obj) -> None:
        """Declare a local constant or type (variables go through ``declare_local``)."""
        name = text(n)
        if name == "_":
            return
        alt = self.scope.names.get(name)
        if alt is not None and alt.pos is not None:
            self.error(n, f"{name} redeclared in this block",
                       (f"\t{self.fpos(alt.pos)}: other declaration of {name}",))
            return
        self.scope.names[name] = obj

    # ------------------------------------------------------------ local declarations
    def decl_stmt(self, node: Node) -> None:
        if node.type == "const_declaration":
            group = ConstGroup()
            for iota, spec in enumerate(s for s in named_children(node) if s.type == "const_spec"):
                self.const_spec(spec, group, iota, None, package=False)
        elif node.type == "var_declaration":
            for spec in specs_of(node, "var_spec"):
                names = fields(spec, "name")
                objs = [Var(text(n), n, None, VarKind.LOCAL, self.fn) for n in names]
                self.var_spec(spec, objs, package=False)
                for n, v in zip(names, objs):
                    alt = self.scope.names.get(text(n))
                    if alt is not None and text(n) != "_":
                        self.error(n, f"{text(n)} redeclared in this block",
                                   (f"\t{self.fpos(alt.pos)}: other declaration of {text(n)}",))  # type: ignore
                        continue
                    self.declare_local(n, v)
        elif node.type == "type_declaration":
            for spec in named_children(node):
                if spec.type not in ("type_spec", "type_alias"):
                    continue
                name_node = spec.child_by_field_name("name")
                obj = self.declare_named(name_node, self.scope)
                if spec.type == "type_alias":
                    obj.type_ = None
                self.declare_name(name_node, obj)
                if spec.type == "type_alias":
                    obj.type_ = INVALID
                self.type_spec(spec, obj)
                self.run_later()

    def run_later(self) -> None:
        while self.later:
            f = self.later.pop(0)
            f()

