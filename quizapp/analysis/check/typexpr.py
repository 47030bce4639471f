"""Type expressions: from the syntax of a type to the type, with gc's complaints.

``typ`` reads any type expression (a name, ``*T``, ``[]T``, ``[N]T``,
``map[K]V``, ``chan T``, ``func(...)``, ``struct{...}``, ``interface{...}``,
an instantiation ``G[int]``). Struct fields must be unique ("a
redeclared"), a variadic parameter must be last, an array length must be
a non-negative integer constant, a map key must be comparable (checked
once the file's types are complete, as gc does). Type parameter lists and
constraints are read here too.
"""

from __future__ import annotations

from typing import Any, Callable

from tree_sitter import Node

from ..syntax.nodes import IDENTIFIER_NODES, fields, named_children, pos_of, text
from ..types import model as T
from ..types.constant import unquote
from . import constant as C
from .exprstr import expr_string
from .generics import GenericChecker
from .subst import instantiate_named
from .objects import Builtin, Const, Func, Nil, PkgName, TypeName, Var, VariableKind, VarKind
from .operand import Mode, Operand
from .predicates import comparable_cause, identical, intersect, is_integer, is_untyped, type_set
from .relations import representable_const
from .typemodel import INVALID, Iface, Term, TypeParam, generic_of, is_generic, is_valid

TYPE_NODES = frozenset({
    "type_identifier", "qualified_type", "pointer_type", "slice_type", "array_type",
    "implicit_length_array_type", "map_type", "channel_type", "function_type", "struct_type",
    "interface_type", "parenthesized_type", "generic_type", "negated_type"})


class TypeChecker(GenericChecker):
    """Reading type expressions."""

    later: list[Callable[[], None]]

    def typ(self, node: Node) -> T.Type:
        k = node.type
        if k in ("type_identifier", "identifier"):
            return self._named_type(node)
        if k == "qualified_type":
            x = Operand(node=node)
            self.qualified(x, node.child_by_field_name("package"), node.child_by_field_name("name"),
                           node, want_type=True)
            return self._want_type(x)
        if k == "pointer_type":
            base = self.var_type(named_children(node)[-1])
            return T.Pointer(base) if is_valid(base) else INVALID
        if k == "slice_type":
            return T.Slice(self.var_type(node.child_by_field_name("element")))
        if k == "array_type":
            n = self.array_length(node.child_by_field_name("length"))
            elem = self.var_type(node.child_by_field_name("element"))
            return T.Array(n, elem) if n >= 0 else INVALID
        if k == "implicit_length_array_type":
            self.error(node, "invalid use of [...] array (outside a composite literal)")
            self.var_type(node.child_by_field_name("element"))
            return INVALID
        if k == "map_type":
            return self.map_type(node)
        if k == "channel_type":
            toks = [c.type for c in node.children if not c.is_named]
            d = T.ChanDir.RECV if toks and toks[0] == "<-" else \
                T.ChanDir.SEND if "<-" in toks else T.ChanDir.BOTH
            return T.Chan(self.var_type(node.child_by_field_name("value")), d)
        if k == "function_type":
            sig, _, _ = self.signature(node.child_by_field_name("parameters"),
                                       node.child_by_field_name("result"))
            return sig
        if k == "struct_type":
            return self.struct_type(node)
        if k == "interface_type":
            return self.interface_type(node)
        if k in ("parenthesized_type", "parenthesized_expression"):
            inner = named_children(node)
            return self.typ(inner[0]) if inner else INVALID
        if k == "generic_type":
            targs = node.child_by_field_name("type_arguments")
            return self.instantiated_type(node.child_by_field_name("type"),
                                          named_children(targs) if targs is not None else [], node)
        if k == "type_elem":
            inner = named_children(node)
            if len(inner) == 1:
                return self.typ(inner[0])
            return self.constraint_type(node)
        if k in ("selector_expression", "unary_expression", "index_expression",
                 "type_instantiation_expression", "call_expression"):
            x = self.expr_or_type(node)
            return self._want_type(x)
        if k == "negated_type":
            self.error(node, "cannot use ~ outside of interface or type constraint")
            return INVALID
        self.error(node, f"{expr_string(node)} is not a type")
        self.use(node)
        return INVALID

    def _want_type(self, x: Operand) -> T.Type:
        if x.mode is Mode.TYPEXPR:
            return x.type
        if x.mode is Mode.NOVALUE:
            self.error(x, f"{self.ostr(x)} used as type")
        elif x.valid():
            self.error(x, f"{self.ostr(x)} is not a type")
        return INVALID

    def _named_type(self, node: Node) -> T.Type:
        name = text(node)
        obj = self.lookup(name)
        if obj is None:
            if name == "_":
                self.error(node, "cannot use _ as value or type")
            else:
                self.error(node, f"undefined: {name}")
            return INVALID
        if not isinstance(obj, TypeName):
            kind = object_kind(obj)
            self.error(node, f"{name} ({kind}) is not a type")
            if isinstance(obj, Var):
                obj.used = True
            return INVALID
        if obj.type_ is None or obj.decl is not None:
            self.obj_decl(obj)
        t = obj.type_
        if t is None:
            return INVALID
        if is_generic(t):
            self.error(node, f"cannot use generic type {self.tstr(t)} without instantiation")
            return INVALID
        return t

    def generic_type_of(self, node: Node) -> T.Type:
        """The generic type a name stands for (before instantiation)."""
        if node.type in ("type_identifier", "identifier"):
            obj = self.lookup(text(node))
            if isinstance(obj, TypeName):
                if obj.type_ is None or obj.decl is not None:
                    self.obj_decl(obj)
                return obj.type_ if obj.type_ is not None else INVALID
            if obj is None:
                self.error(node, f"undefined: {text(node)}")
            else:
                self.error(node, f"{text(node)} ({object_kind(obj)}) is not a type")
            return INVALID
        return self.typ(node)

    def var_type(self, node: Node) -> T.Type:
        t = self.typ(node)
        if isinstance(t.under, Iface) and not isinstance(t, TypeParam):
            u: Iface = t.under  # type: ignore[assignment]
            ts = type_set(u)
            if ts.comparable or ts.terms is not None:
                what = "interface is (or embeds) comparable" if ts.comparable and ts.terms is None \
                    else "interface contains type constraints"
                self.error(node, f"cannot use type {self.tstr(t)} outside a type constraint: {what}")
        return t

    # ------------------------------------------------------------ composite types
    def array_length(self, node: Node) -> int:
        if node.type in IDENTIFIER_NODES:
            obj = self.lookup(text(node))
            if obj is None:
                self.error(node, f"undefined array length {text(node)} or missing type constraint")
                return -1
            if not isinstance(obj, Const):
                self.error(node, f"invalid array length {text(node)}")
                return -1
        x = self.expr(node)
        if x.mode is not Mode.CONSTANT:
            if x.valid():
                self.error(x, f"array length {self.ostr(x)} must be constant")
            return -1
        if is_untyped(x.type) or is_integer(x.type):
            v = C.to_int(x.val)
            if isinstance(v, int) and not isinstance(v, bool):
                ok, _ = representable_const(v, T.INT)
                if ok and v >= 0:
                    return v
        msg = "invalid array length" if is_integer(x.type) else "array length"
        suffix = "" if is_integer(x.type) else " must be integer"
        self.error(x, f"{msg} {self.ostr(x)}{suffix}")
        return -1

    def map_type(self, node: Node) -> T.Type:
        knode = node.child_by_field_name("key")
        key = self.var_type(knode)
        elem = self.var_type(node.child_by_field_name("value"))
        m = T.Map(key, elem)

        def check_key() -> None:
            if is_valid(key) and comparable_cause(key, True, self.tstr) is not None:
                why = " (missing comparable constraint)" if isinstance(key, TypeParam) else ""
                self.error(knode, f"invalid map key type {self.tstr(key)}{why}")
        self.later.append(check_key)
        return m

    def struct_type(self, node: Node) -> T.Type:
        flds: list[T.Field] = []
        seen: dict[str, Any] = {}
        for decl_list in named_children(node):
            for f in named_children(decl_list):
                if f.type != "field_declaration":
                    continue
                tnode = f.child_by_field_name("type")
                names = fields(f, "name")
                tag_node = f.child_by_field_name("tag")
                tag = _tag_value(tag_node) if tag_node is not None else ""
                if names:
                    t = self.var_type(tnode)
                    for n in names:
                        self._add_field(flds, seen, text(n), pos_of(n), t, False, tag)
                else:
                    t = self.var_type(tnode)
                    if any(c.type == "*" for c in f.children):
                        t = T.Pointer(t) if is_valid(t) else t
                    base = tnode
                    if base.type == "pointer_type":
                        base = named_children(base)[-1]
                    if base.type == "generic_type":
                        base = base.child_by_field_name("type")
                    name = text(base).rsplit(".", 1)[-1]
                    if is_valid(t):
                        self._check_embedded(tnode, t)
                    self._add_field(flds, seen, name, pos_of(base), t, True, tag)
        return T.Struct(flds)

    def _add_field(self, flds: list[T.Field], seen: dict[str, Any], name: str, pos: Any,
                   t: T.Type, embedded: bool, tag: Any) -> None:
        f = T.Field(name, t, embedded)
        if tag:
            f.tag = tag  # type: ignore[attr-defined]
        if name != "_":
            if name in seen:
                self.error(pos, f"{name} redeclared", (f"\t{self.fpos(seen[name])}: other declaration of {name}",))
            else:
                seen[name] = pos
        flds.append(f)

    def _check_embedded(self, node: Node, t: T.Type) -> None:
        ptr = isinstance(t, T.Pointer)
        base = t.elem if ptr else t
        if isinstance(base, TypeParam):
            self.error(node, "embedded field type cannot be a (pointer to a) type parameter")
        elif base.under is T.UNSAFE_POINTER:
            self.error(node, "embedded field type cannot be unsafe.Pointer")
        elif isinstance(base.under, T.Pointer):
            self.error(node, "embedded field type cannot be a pointer")
        elif ptr and isinstance(base.under, T.Interface):
            self.error(node, "embedded field type cannot be a pointer to an interface")

    def interface_type(self, node: Node) -> T.Type:
        methods: list[T.MethodSig] = []
        embeds: list[T.Type] = []
        terms: list[Term] | None = None
        seen: dict[str, Any] = {}
        iface = Iface(methods, embeds)
        for e in named_children(node):
            if e.type == "method_elem":
                name_node = e.child_by_field_name("name")
                name = text(name_node)
                sig, _, _ = self.signature(e.child_by_field_name("parameters"),
                                           e.child_by_field_name("result"))
                if name == "_":
                    self.error(name_node, "methods must have a unique non-blank name")
                    continue
                if name in seen:
                    self.error(name_node, f"duplicate method {name}",
                               (f"\t{self.fpos(seen[name])}: other declaration of method {name}",))
                    continue
                seen[name] = pos_of(name_node)
                methods.append(T.MethodSig(name, sig))
            elif e.type == "type_elem":
                inner = named_children(e)
                if len(inner) == 1 and inner[0].type != "negated_type":
                    t = self.typ(inner[0])
                    if getattr(t, "pending", False):   # embeds a type being declared (a cycle, or
                        embeds.append(t)               # an interface declared later): kept as such
                        continue
                    if not is_valid(t):
                        continue
                    if isinstance(t.under, T.Interface) and not isinstance(t, TypeParam):
                        embeds.append(t)
                        continue
                    new_terms = [Term(False, t)]
                else:
                    new_terms = self.union_terms(e)
                terms = new_terms if terms is None else _intersect(terms, new_terms)
        iface.terms = terms
        return iface

    def union_terms(self, node: Node) -> list[Term]:
        out: list[Term] = []
        for c in named_children(node):
            tilde = c.type == "negated_type"
            tn = named_children(c)[0] if tilde else c
            t = self.typ(tn)
            if not is_valid(t):
                continue
            if tilde and not _same_under(t):
                self.error(c, f"invalid use of ~ (underlying type of {self.tstr(t)} is "
                              f"{self.tstr(t.under)})")
                continue
            out.append(Term(tilde, t))
        return out

    def constraint_type(self, node: Node) -> T.Type:
        """A constraint as written in a type parameter list: an interface, or an implicit one."""
        inner = named_children(node)
        if node.type == "type_constraint" and len(inner) == 1 and inner[0].type != "negated_type":
            t = self.typ(inner[0])
            if isinstance(t.under, T.Interface) or not is_valid(t):
                return t
            return Iface([], [], terms=[Term(False, t)], implicit=True)
        terms = self.union_terms(node)
        return Iface([], [], terms=terms, implicit=True)

    # ------------------------------------------------------------ signatures
    def signature(self, params: Node | None, result: Node | None, recv: Node | None = None,
                  declare: bool = False) -> tuple[T.Signature, list[Var], list[Var]]:
        """A function type; with ``declare`` its parameters are declared in the current scope."""
        pvars, variadic = self.param_list(params, VarKind.PARAM, declare, allow_variadic=True)
        rvars: list[Var] = []
        if result is not None:
            if result.type == "parameter_list":
                rvars, _ = self.param_list(result, VarKind.RESULT, declare, allow_variadic=False)
            else:
                rvars = [Var("", result, self.var_type(result), VarKind.RESULT)]
        sig = T.Signature([T.Param(v.name, v.type) for v in pvars],
                          [T.Param(v.name, v.type) for v in rvars], variadic)
        return sig, pvars, rvars

    def param_list(self, node: Node | None, kind: VariableKind, declare: bool,
                   allow_variadic: bool) -> tuple[list[Var], bool]:
        out: list[Var] = []
        variadic = False
        decls = named_children(node) if node is not None else []
        for i, p in enumerate(decls):
            if p.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            tnode = p.child_by_field_name("type")
            t = self.var_type(tnode) if tnode is not None else INVALID
            if p.type == "variadic_parameter_declaration":
                dots = next((c for c in p.children if c.type == "..."), p)
                if i != len(decls) - 1 or not allow_variadic:
                    self.error(dots, "can only use ... with final parameter")
                else:
                    variadic = True
                t = T.Slice(t)
            names = fields(p, "name")
            if names:
                for n in names:
                    v = Var(text(n), n, t, kind, self.fn)
                    out.append(v)
                    if declare:
                        self.declare_local(n, v)
            else:
                out.append(Var("", tnode, t, kind, self.fn))
        return out, variadic

    def declare_local(self, name_node: Node, obj: Any) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ generics
    def declare_type_params(self, node: Node) -> list[TypeParam]:
        """Declare ``[K comparable, V any]`` in the current scope; their bounds are read after
        all names are known (a bound may mention another parameter)."""
        tparams: list[TypeParam] = []
        bounds: list[tuple[TypeParam, Node]] = []
        for d in named_children(node):
            if d.type != "type_parameter_declaration":
                continue
            cnode = d.child_by_field_name("type")
            for n in fields(d, "name"):
                tp = TypeParam(text(n), len(tparams))
                tp.pos = pos_of(n)  # type: ignore[attr-defined]
                tparams.append(tp)
                obj = TypeName(text(n), n, tp)
                if text(n) != "_":
                    self.scope.names[text(n)] = obj
                bounds.append((tp, cnode))
        cache: dict[int, T.Type] = {}
        for tp, cnode in bounds:
            if cnode is None:
                continue
            if id(cnode) not in cache:
                cache[id(cnode)] = self.constraint_type(cnode)
            tp.bound = cache[id(cnode)]
        return tparams

    def instantiated_type(self, base_node: Node, arg_nodes: list[Node], node: Node) -> T.Type:
        base = self.generic_type_of(base_node)
        if not is_valid(base):
            return INVALID
        g = generic_of(base)
        if g is None or not g.tparams or g.targs is not None:
            self.error(base_node, f"invalid operation: {expr_string(node)} "
                                  f"({self.tstr(base)} is not a generic type)")
            return INVALID
        targs = [self.var_type(a) for a in arg_nodes]
        if not all(is_valid(t) for t in targs):
            return INVALID
        if len(targs) != len(g.tparams):
            which = "not enough" if len(targs) < len(g.tparams) else "too many"
            self.error(base_node, f"{which} type arguments for type {base.name}: "  # type: ignore
                                  f"have {len(targs)}, want {len(g.tparams)}")
            return INVALID
        inst = instantiate_named(base, targs)  # type: ignore[arg-type]

        def verify() -> None:
            i, cause = self.verify(g.tparams, targs)
            if i >= 0:
                self.error(arg_nodes[i] if i < len(arg_nodes) else base_node, cause)
        self.later.append(verify)
        return inst

    def qualified(self, x: Operand, pkg_node: Node, sel_node: Node, node: Node,
                  want_type: bool = False) -> None:
        raise NotImplementedError


def _tag_value(node: Node) -> str:
    return unquote(text(node))


def _same_under(t: T.Type) -> bool:
    return identical(t, t.under)


def _intersect(a: list[Term], b: list[Term]) -> list[Term]:
    return intersect(a, b)


def object_kind(obj: Any) -> str:
    """How gc names the kind of an object: "variable", "constant", "built-in function"..."""
    if isinstance(obj, PkgName):
        return "package name"
    if isinstance(obj, Const):
        return "constant"
    if isinstance(obj, TypeName):
        if obj.alias:
            return "type alias"
        return "type parameter" if isinstance(obj.type_, TypeParam) else "defined type"
    if isinstance(obj, Var):
        return {VarKind.PACKAGE: "package-level variable", VarKind.LOCAL: "local variable",
                VarKind.RECV: "receiver", VarKind.PARAM: "parameter",
                VarKind.RESULT: "result variable", VarKind.FIELD: "struct field"}[obj.kind]
    if isinstance(obj, Func):
        return "method" if obj.sig is not None and obj.sig.recv is not None else "function"
    if isinstance(obj, Builtin):
        return "built-in function"
    if isinstance(obj, Nil):
        return "untyped nil"
    return "object"

