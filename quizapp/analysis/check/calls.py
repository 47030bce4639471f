"""Calls, conversions and selectors.

A call is a conversion when its callee is a type (``[]byte(s)``), a
built-in call, or a function call: the arguments are counted against the
parameters ("not enough arguments in call to f" with gc's have/want
lines), spread with ``...`` only into a variadic parameter, each assigned
to its parameter's type ("cannot use x (variable of type int) as string
value in argument to greet"); generic functions have their type
arguments inferred. A selector finds a package member, a field or a
method ("p.Name undefined (type *person has no field or method Name, but
does have field name)", "cannot call pointer method write on buffer").
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import IDENTIFIER_NODES, named_children, pos_of, text
from ..types import model as T
from .exprs import MAYBE_GENERIC, ExprKind
from .operators import INVALID_OP
from .exprstr import expr_string
from .subst import make_subst, subst
from .index import IndexChecker
from .lookup import (FieldRef, IfaceMethod, interface_ptr_error, is_exported, lookup_error,
                     lookup_field_or_method)
from .objects import Builtin, Const, Func, PkgName, TypeName, Var
from .operand import Mode, Operand
from .typemodel import INVALID, TypeParam, generic_of, is_valid
from .typestr import types_summary

STATEMENT_BUILTINS = frozenset({"clear", "close", "copy", "delete", "panic", "print", "println",
                                "recover"})


def call_parts(node: Node, kind: str = "") -> tuple[Node, list[Node], bool]:
    """The callee, the argument nodes and whether the last is spread with ``...``
    (``kind``: the node's type, when known)."""
    if (kind or node.type) == "type_conversion_expression":
        fun = node.child_by_field_name("type")
        arg = node.child_by_field_name("operand")
        dots = any(c.type == "..." for c in node.children)
        return fun, [arg] if arg is not None else [], dots
    fun = node.child_by_field_name("function")
    args_node = node.child_by_field_name("arguments")
    args: list[Node] = []
    dots = False
    for a in args_node.named_children if args_node is not None else ():
        k = a.type
        if k == "variadic_argument":
            dots = True
            inner = named_children(a)
            if inner:
                args.append(inner[0])
        elif k != "comment":
            args.append(a)
    return fun, args, dots


class CallChecker(IndexChecker):
    """Calls, conversions, selectors."""

    def call_expr(self, x: Operand, node: Node) -> str:
        kind = node.type
        fun, args, dots = call_parts(node, kind)
        # tree-sitter reads *(*T)(x) as a conversion to *(*T): in Go a conversion's type
        # cannot start with *, so it is a dereference of the conversion (*T)(x)
        deref = kind == "type_conversion_expression" and fun.type == "pointer_type"
        if deref:
            fun = named_children(fun)[-1]
        y = self.expr_or_type(fun, allow_generic=True)
        targs_node = node.child_by_field_name("type_arguments") if kind == "call_expression" else None
        if targs_node is not None and y.mode is not Mode.INVALID:
            if isinstance(y.type, T.Signature) and generic_of(y.type) is not None:
                self.func_inst(y, fun, fun, [named_children(t)[0] if t.type == "type_elem" and
                                              len(named_children(t)) == 1 else t
                                              for t in named_children(targs_node)])
            else:
                self.error(fun, INVALID_OP + f"{expr_string(fun)} is not a generic function")
                y.invalidate()
        x.mode, x.type, x.val, x.builtin, x.targs = y.mode, y.type, y.val, y.builtin, y.targs
        x.node = node
        if x.mode is Mode.INVALID:
            self.use(*args)
            return ExprKind.STATEMENT
        if x.mode is Mode.TYPEXPR:
            kind = self.conversion_call(x, node, args, dots)
            if deref and x.mode is not Mode.INVALID:
                u = x.type.under
                if isinstance(u, T.Pointer):
                    x.mode, x.type, x.val = Mode.VARIABLE, u.elem, None
                else:
                    x.invalidate()      # not judged: the lowering says what gc says
            return kind
        if x.mode is Mode.BUILTIN:
            name = x.builtin or ""
            if not self.builtin(x, node, args, name, dots):
                x.invalidate()
            x.node = node
            if x.mode is not Mode.INVALID and x.mode is not Mode.CONSTANT:
                self.has_call_or_recv = True
            return ExprKind.STATEMENT if name in STATEMENT_BUILTINS else ExprKind.EXPRESSION
        u = x.type.under if not isinstance(x.type, TypeParam) else None
        if not isinstance(u, T.Signature):
            if isinstance(x.type, TypeParam) or not is_valid(x.type):
                self.use(*args)
                x.invalidate()
                return ExprKind.STATEMENT
            fx = Operand(y.mode, y.type, y.val, fun)
            self.error(fx, INVALID_OP + f"cannot call {self.ostr(fx)}: {self.tstr(x.type)} is not a function")
            self.use(*args)
            x.invalidate()
            return ExprKind.STATEMENT
        sig = u
        targs = x.targs or []
        ops = self.generic_expr_list(args)
        sig2 = self.arguments(node, fun, sig, targs, args, ops, dots)
        if sig2 is None:
            x.invalidate()
            return ExprKind.STATEMENT
        self.has_call_or_recv = True
        if not sig2.results:
            x.mode = Mode.NOVALUE
            x.type = INVALID
        elif len(sig2.results) == 1:
            x.mode, x.type = Mode.VALUE, sig2.results[0].type
        else:
            x.mode, x.type = Mode.VALUE, T.Tuple([r.type for r in sig2.results],
                                                 names=[r.name for r in sig2.results])
        x.val = None
        return ExprKind.STATEMENT

    def conversion_call(self, x: Operand, node: Node, args: list[Node], dots: bool) -> str:
        t = x.type
        self.non_generic(x)
        if x.mode is Mode.INVALID:
            return ExprKind.CONVERSION
        x.invalidate()
        if not args:
            self.error(node, f"missing argument in conversion to {self.tstr(t)}")
        elif len(args) == 1:
            y = self.expr(args[0])
            x.mode, x.type, x.val, x.node = y.mode, y.type, y.val, y.node
            if x.mode is not Mode.INVALID:
                tu = t.under
                if isinstance(tu, T.Interface) and not isinstance(t, TypeParam) and \
                        (getattr(tu, "terms", None) is not None or getattr(tu, "comparable", False)):
                    self.error(node, f"cannot use interface {self.tstr(t)} in conversion (contains "
                                     f"specific type constraints or is comparable)")
                    x.invalidate()
                elif dots:
                    self.error(args[0], f"invalid use of ... in conversion to {self.tstr(t)}")
                    x.invalidate()
                else:
                    self.conversion(x, t)
        else:
            self.use(*args)
            self.error(args[-1], f"too many arguments in conversion to {self.tstr(t)}")
        x.node = node
        return ExprKind.CONVERSION

    def generic_expr_list(self, args: list[Node]) -> list[Operand]:
        if len(args) == 1:
            x = self.raw_expr(args[0], allow_generic=True)
            self.exclude(x, (Mode.NOVALUE, Mode.BUILTIN, Mode.TYPEXPR))
            if x.mode is not Mode.INVALID and isinstance(x.type, T.Tuple):
                return [Operand(Mode.VALUE, t, None, args[0]) for t in x.type.types]
            return [x]
        return [self.generic_expr(a) for a in args]

    def arguments(self, call: Node, fun: Node, sig: T.Signature, targs: list[T.Type], arg_nodes: list[Node],
                  args: list[Operand], dots: bool) -> T.Signature | None:
        nargs, npars = len(args), len(sig.params)
        params = [p.type for p in sig.params]
        fun_s = _Spelled(fun)
        if sig.variadic:
            if dots:
                if len(arg_nodes) == 1 and nargs > 1:
                    self.error(call, f"cannot use ... with {nargs}-valued {expr_string(arg_nodes[0])}")
                    return None
            elif nargs >= npars - 1:
                last = params[-1]
                elem = last.elem if isinstance(last, T.Slice) else INVALID
                params = params[:-1] + [elem] * (nargs - npars + 1)
                npars = nargs
            else:
                npars -= 1
        elif dots:
            self.error(call, f"cannot use ... in call to non-variadic {fun_s}")
            return None
        if nargs != npars:
            if nargs > npars:
                at = args[npars]
                which = "too many"
            else:
                at = args[nargs - 1] if nargs > 0 else Operand(node=call)
                which = "not enough"
            have = types_summary([a.type if a.mode is not Mode.INVALID else INVALID for a in args],
                                 False, dots, self.qualifier)
            want = types_summary([p.type for p in sig.params], sig.variadic, False, self.qualifier)
            self.error(at, f"{which} arguments in call to {fun_s}", (f"\thave {have}", f"\twant {want}"))
            return None
        g = generic_of(sig)
        rsig = sig
        if g is not None and g.tparams and g.targs is None:
            inferred, err = self.infer(g.tparams, list(targs), params, args)
            if inferred is None:
                if err is not None:
                    at, msg = err
                    self.error(at if at is not None else _paren(call), f"in call to {fun_s}, {msg}")
                return None
            i, cause = self.verify(g.tparams, inferred)
            if i >= 0:
                self.error(_paren(call), cause)
            smap = make_subst(g.tparams, inferred)
            params = [subst(p, smap) for p in params]
            rsig = self.instantiate_sig(sig, inferred)
        context = _ArgumentTo(fun_s)
        for a, p in zip(args, params):
            self.assignment(a, p, context)  # type: ignore[arg-type]
        return rsig

    # ------------------------------------------------------------ selectors
    def selector(self, x: Operand, e: Node, want_type: bool = False) -> None:
        operand = e.child_by_field_name("operand")
        sel_node = e.child_by_field_name("field")
        if e.type == "qualified_type":   # ``v.M`` the grammar read as a type: ``v.M[int](x)``
            operand, sel_node = e.child_by_field_name("package"), e.child_by_field_name("name")
        sel = text(sel_node)
        kind = operand.type
        y: Operand | None = None
        if kind in IDENTIFIER_NODES:
            obj = self.lookup(text(operand))
            if isinstance(obj, PkgName):
                self.qualified(x, operand, sel_node, e, want_type, obj)
                return
            if obj.__class__ is Var and obj.decl is None:
                t = obj.type_
                if t is not None and t.__class__ is not T.Tuple and (
                        t.__class__ not in MAYBE_GENERIC or getattr(t, "generic", None) is None):
                    obj.used = True    # a local variable: what checking it as an expression finds
                    y = Operand(Mode.VARIABLE, t, None, operand) if is_valid(t) else \
                        Operand(Mode.INVALID, INVALID, None, operand)
        if y is None and kind == "package_identifier":
            y = Operand(node=operand)
            self.ident(y, operand, False)
        elif y is None:
            y = self.expr_or_type(operand)
        x.node = e
        if y.mode is Mode.BUILTIN:
            self.error(_dot(e), f"invalid use of {self.ostr(y)} in selector expression")
            x.invalidate()
            return
        if y.mode is Mode.INVALID or not is_valid(y.type):
            x.invalidate()
            return
        if want_type:
            self.error(sel_node, f"{expr_string(e)} is not a type")
            x.invalidate()
            return
        found = lookup_field_or_method(y.type, y.mode is Mode.VARIABLE, sel)
        if found.obj is None:
            x.invalidate()
            if _incomplete(y.type):
                return
            if found.index is not None:
                self.error(sel_node, f"ambiguous selector {y.expr()}.{sel}")
            elif found.indirect:
                if y.mode is Mode.TYPEXPR:
                    t = self.tstr(y.type)
                    self.error(sel_node, f"invalid method expression {t}.{sel} (needs pointer "
                                         f"receiver (*{t}).{sel})")
                else:
                    self.error(sel_node, f"cannot call pointer method {sel} on {self.tstr(y.type)}")
            else:
                t = y.type
                why = interface_ptr_error(t, self.qualifier)
                if why is None:
                    alt = lookup_field_or_method(t, y.mode is Mode.VARIABLE, sel, fold=True).obj
                    why = lookup_error(self.tstr(t), sel, alt, False)
                self.error(sel_node, f"{y.expr()}.{sel} undefined ({why})")
            return
        obj = found.obj
        if isinstance(obj, FieldRef):
            if y.mode is Mode.TYPEXPR:
                self.error(operand, f"operand for field selector {sel} must be value of type "
                                    f"{self.tstr(y.type)}")
                x.invalidate()
                return
            x.mode = Mode.VARIABLE if (y.mode is Mode.VARIABLE or found.indirect) else Mode.VALUE
            x.type = obj.field.type
            return
        msig = obj.sig
        if msig is None:
            x.invalidate()
            return
        if y.mode is Mode.TYPEXPR:
            # The receiver is the first parameter, named when the others are (as gc names it).
            name = ""
            if msig.params and msig.params[0].name:
                name = (msig.recv.name if msig.recv is not None else "") or "_"
            x.mode = Mode.VALUE
            x.type = T.Signature([T.Param(name, y.type)] + list(msig.params), list(msig.results),
                                 msig.variadic)
            _keep_generic(x.type, msig)
            return
        x.mode = Mode.VALUE
        x.type = T.Signature(list(msig.params), list(msig.results), msig.variadic)
        _keep_generic(x.type, msig)
        if isinstance(obj, IfaceMethod):
            return

    def qualified(self, x: Operand, pkg_node: Node, sel_node: Node, node: Node,
                  want_type: bool = False, pname: object = None) -> None:
        """``pkg.Name``: a member of an imported package (``pname``: what the package's
        name stands for, when already looked up)."""
        if pname is None:
            pname = self.lookup(text(pkg_node))
        x.node = node
        sel = text(sel_node)
        if not isinstance(pname, PkgName):
            if pname is None:
                self.error(pkg_node, f"undefined: {text(pkg_node)}")
            else:
                self.error(pkg_node, f"{text(pkg_node)} is not a package")
            x.invalidate()
            return
        pname.used = True
        pkg = pname.pkg
        if pkg is None or pkg.opaque:
            x.invalidate()
            return
        obj = pkg.member(sel)
        if obj is None:
            if not is_exported(sel) and sel in getattr(pkg, "unexported", ()):
                self.error(sel_node, f"name {sel} not exported by package {pkg.name}")
            elif sel != "_":
                alts = [n for n in pkg.exported_names() if n.lower() == sel.lower()]
                what = f"{text(pkg_node)}.{sel}"
                if alts:
                    self.error(sel_node, f"undefined: {what} (but have {alts[0]})")
                elif not is_exported(sel) and _maybe_unexported(pkg, sel):
                    self.error(sel_node, f"name {sel} not exported by package {pkg.name}")
                else:
                    self.error(sel_node, f"undefined: {what}")
            x.invalidate()
            return
        if isinstance(obj, Const):
            x.mode, x.type, x.val = Mode.CONSTANT, obj.type_, obj.val
        elif isinstance(obj, TypeName):
            if obj.type_ is None:
                x.invalidate()
                return
            x.mode, x.type = Mode.TYPEXPR, obj.type_
        elif isinstance(obj, Var):
            x.mode, x.type = Mode.VARIABLE, obj.type_
        elif isinstance(obj, Func):
            if obj.sig is None:
                x.invalidate()
                return
            x.mode, x.type = Mode.VALUE, obj.sig
        elif isinstance(obj, Builtin):
            x.mode, x.builtin = Mode.BUILTIN, obj.name
        if x.type is None:
            x.invalidate()


class _Spelled:
    """A callee as gc writes it, spelled only when a message needs it (most calls are fine)."""

    __slots__ = ("node", "_s")

    def __init__(self, node: Node) -> None:
        self.node, self._s = node, None

    def __str__(self) -> str:
        if self._s is None:
            self._s = expr_string(self.node)
        return self._s


class _ArgumentTo:
    """The context of an argument's assignment ("argument to f"), spelled on demand."""

    __slots__ = ("fun",)

    def __init__(self, fun: _Spelled) -> None:
        self.fun = fun

    def __str__(self) -> str:
        return f"argument to {self.fun}"


def _dot(e: Node) -> Node:
    for c in e.children:
        if c.type == ".":
            return c
    return e


def _paren(call: Node) -> object:
    args = call.child_by_field_name("arguments")
    if args is not None:
        return pos_of(args)
    for c in call.children:
        if c.type == "(":
            return pos_of(c)
    return pos_of(call)


def _incomplete(t: T.Type) -> bool:
    """A standard-library type some of whose methods the data cannot describe (generic ones)."""
    base = t.under.elem if isinstance(t.under, T.Pointer) else t
    if isinstance(t, T.Pointer):
        base = t.elem
    return isinstance(base, T.Named) and any(m is None for m in base.methods.values())


def _maybe_unexported(pkg: object, sel: str) -> bool:
    names = getattr(pkg, "unexported", None)
    return bool(names) and sel in names  # type: ignore[operator]



def _keep_generic(sig: T.Signature, method: T.Signature) -> None:
    """A generic method's value (Go 1.27) keeps its own type parameters: ``l.Add[int]``, or
    inferred at the call."""
    g = generic_of(method)
    if g is not None:
        sig.generic = g  # type: ignore[attr-defined]
