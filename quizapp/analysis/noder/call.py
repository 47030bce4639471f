"""Lowering calls: functions, methods, interfaces, built-ins, conversions.

A call is where the front end does the most rewriting before escape
analysis sees it: a method call becomes a call of the method expression
with the receiver first (``t.M(a)`` is ``T.M(t, a)``), variadic arguments
are packed into an implicit slice literal printed ``... argument``, and
``f(g())`` spills g's results into temporaries.
"""

from __future__ import annotations

from tree_sitter import Node

from ..errors import AnalysisError, CompileError, GoTypeError, Pos, Unsupported, one_line
from ..ir import nodes as ir
from ..syntax.nodes import gc_pos, named_children, pos_of, strip_parens, text
from ..types import constant as C
from ..types import model as T
from ..types.lookup import lookup
from ..types.scope import BuiltinObj, PkgObj
from ..types.typeparams import TypeParam
from .composite import CompositeLowerer
from .compileorder import RefKind, derived
from .generics import GenericFunc


def result_type(sig: T.Signature) -> T.Type:
    if len(sig.results) == 1:
        return sig.results[0].type
    return T.Tuple([r.type for r in sig.results])


BUILTIN_ARITY = {"len": (1, 1), "cap": (1, 1), "append": (1, None), "copy": (2, 2), "delete": (2, 2),
                 "panic": (1, 1), "print": (0, None), "println": (0, None), "recover": (0, 0),
                 "close": (1, 1), "clear": (1, 1), "min": (1, None), "max": (1, None),
                 "real": (1, 1), "imag": (1, 1), "complex": (2, 2), "new": (1, 1), "make": (1, 3)}
"""How many arguments each built-in takes (at least, at most)."""


def check_arity(node: Node, name: str, n: int) -> None:
    """types2's argument count check for a built-in call."""
    lo, hi = BUILTIN_ARITY.get(name, (0, None))
    if n < lo or (hi is not None and n > hi):
        what = "not enough" if n < lo else "too many"
        want = lo if n < lo else hi
        raise GoTypeError(pos_of(node), f"invalid operation: {what} arguments for "
                          f"{one_line(text(node))} (expected {want}, found {n})")


class CallLowerer(CompositeLowerer):
    """Call half of expression lowering."""

    def call(self, node: Node) -> ir.Expr:
        fnode = node.child_by_field_name("function")
        args_node = node.child_by_field_name("arguments")
        targs_node = node.child_by_field_name("type_arguments")
        pos = pos_of(args_node)
        arg_nodes = named_children(args_node)
        ddd = False
        if arg_nodes and arg_nodes[-1].type == "variadic_argument":
            ddd = True
            arg_nodes[-1] = named_children(arg_nodes[-1])[0]
        f = strip_parens(fnode)
        explicit: list[T.Type] = []
        if targs_node is not None:
            explicit = [self.type_of_node(a) for a in named_children(targs_node)]
        elif f.type == "index_expression":
            op = strip_parens(f.child_by_field_name("operand"))
            if op.type == "identifier" and isinstance(self.scope.lookup(text(op))[0], GenericFunc) \
                    or op.type == "selector_expression" and (self.generic_member(op) is not None
                                                             or self.generic_method_of(op)):
                explicit = [self.type_of_node(f.child_by_field_name("index"))]
                f = op
        if f.type == "identifier":
            obj, _ = self.scope.lookup(text(f))
            if isinstance(obj, BuiltinObj):
                check_arity(node, obj.name, len(arg_nodes))
                return self.builtin(obj.name, arg_nodes, pos, ddd)
            if isinstance(obj, GenericFunc):
                return self.generic_call(obj, explicit, arg_nodes, ddd, pos, f)
        if f.type in ("generic_type", "index_expression") and self.is_type_node(f):
            raise Unsupported(pos_of(f), "conversions to generic types")
        if self.is_type_node(f) or f.type in ("slice_type", "array_type", "map_type", "pointer_type",
                                              "channel_type", "function_type", "interface_type",
                                              "struct_type", "parenthesized_type"):
            t, spelled = self.type_of_node_spelled(f)
            if len(arg_nodes) != 1:
                raise GoTypeError(pos, f"wrong argument count in conversion to {spelled}")
            return self.conversion(t, spelled, arg_nodes[0], pos)
        if f.type == "selector_expression":
            operand = f.child_by_field_name("operand")
            name = text(f.child_by_field_name("field"))
            op = strip_parens(operand)
            pkg_operand = False
            if op.type == "identifier":
                obj, _ = self.scope.lookup(text(op))
                pkg_operand = isinstance(obj, PkgObj)
                if pkg_operand:
                    member = self.package_member(obj, name, f)
                    if isinstance(member, BuiltinObj):
                        return self.unsafe_builtin(member.name, arg_nodes, pos)
                    if isinstance(member, GenericFunc):
                        return self.generic_call(member, explicit, arg_nodes, ddd, pos, f)
            if not pkg_operand and not self.is_type_node(op):
                mark = len(self.fn.callees)
                x = self.expr(operand)
                sel = lookup(x.type, name) or self.laid_out_method(x.type, name)
                if sel is None:
                    if getattr(x.type, "is_shape", False):
                        return self.tparam_method_call(x, name, gc_pos(f), arg_nodes, ddd, pos)
                    base = x.type.under.elem if x.type.is_pointer() else x.type  # type: ignore
                    if getattr(base, "generic_instance", False) or getattr(base, "origin", None) is not None:
                        raise Unsupported(gc_pos(f), f"methods of the generic type {T.type_string(base)}")
                    raise GoTypeError(gc_pos(f), f"{text(f)} undefined")
                x = self.walk_embedded(x, sel.path, gc_pos(f))
                if isinstance(sel.method, GenericFunc):
                    return self.generic_method_call(x, sel.method, explicit, gc_pos(f), arg_nodes,
                                                    ddd, pos, mark)
                if sel.method is not None:
                    call = self.method_call(x, sel.method, gc_pos(f), arg_nodes, ddd, pos,
                                            sel.method_sig)
                    self.hoist_callee(sel.method, mark)
                    return call
                if sel.iface_method is not None:
                    return self.iface_call(x, name, sel.iface_method.sig, gc_pos(f), arg_nodes, ddd, pos)
        fun = self.expr(fnode)
        callee_init: list = []
        if calls_or_receives(fun):
            # gc evaluates a callee that calls or receives into a temporary first
            tmp = self.new_temp(fun.type, fun.pos)
            callee_init = [ir.Decl(fun.pos, var=tmp)]
            asg = ir.Assign(fun.pos, x=ir.Name(fun.pos, tmp.type, var=tmp), y=fun, define=True)
            tmp.defn = asg
            callee_init.append(asg)
            fun = ir.Name(fun.pos, tmp.type, var=tmp)
        sig = fun.type.under
        if not isinstance(sig, T.Signature):
            raise GoTypeError(pos, f"invalid operation: cannot call non-function {text(fnode)}")
        call = ir.Call(pos, result_type(sig), fun=fun, args=[], ddd=ddd, init=callee_init)
        call.args = self.call_args(call, sig, arg_nodes, ddd, pos)
        return call

    def hoist_callee(self, f: ir.Func, mark: int) -> None:
        """gc's call graph visits a method call's method before its receiver's calls
        (``x.f().g()``: g, then f), which orders the functions it analyses alone."""
        callees = self.fn.callees
        for i in range(mark, len(callees)):
            if callees[i] is f:
                if i != mark:
                    callees.insert(mark, callees.pop(i))
                return

    def generic_member(self, node: Node) -> GenericFunc | None:
        """``pkg.F`` naming a generic function of the standard library."""
        member = self.selected_member(node)
        return member if isinstance(member, GenericFunc) else None

    def generic_method_of(self, node: Node) -> bool:
        """``v.M`` naming a generic method of a variable's type (``l.Count[int]()``)."""
        op = strip_parens(node.child_by_field_name("operand"))
        if op.type != "identifier":
            return False
        obj, _ = self.scope.lookup(text(op))
        if not isinstance(obj, ir.Var):
            return False
        try:
            sel = lookup(obj.type, text(node.child_by_field_name("field")))
        except Unsupported:
            return False
        return sel is not None and isinstance(sel.method, GenericFunc)

    def generic_call(self, g: GenericFunc, explicit: list[T.Type], arg_nodes: list[Node],
                     ddd: bool, pos: Pos, fnode: Node) -> ir.Expr:
        """A call of a generic function: infer, instantiate per shape, call the instance.

        The caller sees the signature with the real type arguments; the callee is
        the shape instance, which the call graph reaches before the arguments. A
        standard-library function the analyzer cannot follow makes the call
        unsupported, never the program invalid."""
        args, targs, inst, real = self.instance_call(g, explicit, arg_nodes, pos, len(self.fn.callees),
                                                     ddd)
        fun = ir.FuncName(pos_of(fnode), real, func=inst)
        fun.targs = targs  # type: ignore[attr-defined]  # the type arguments, for a run
        fun.subdict = any(getattr(t, "is_shape", False) or isinstance(t, TypeParam)  # type: ignore
                          for t in targs)          # called from shaped code: a sub-dictionary
        call = ir.Call(pos, result_type(real), fun=fun, args=[], ddd=ddd)
        call.dict_text = self.dict_text(g.home, g.name, targs)
        call.args = self.pack_args(call, real, args, ddd, pos)
        return call

    def instance_call(self, g: GenericFunc, explicit: list[T.Type], arg_nodes: list[Node], pos: Pos,
                      mark: int, ddd: bool = False
                      ) -> tuple[list[ir.Expr], list[T.Type], ir.Func, T.Signature]:
        """The arguments, type arguments, instance and real signature of a call of ``g``;
        the instance goes into the call graph at ``mark``."""
        group = self.reserve_group()
        args = [self.expr(a) for a in arg_nodes]
        try:
            with self.instantiation_group(group):
                targs = self.infer(g, explicit, args, pos, ddd)
                inst = self.instantiate_func(g, targs, pos)
                real = self.real_signature(g, targs)
        except AnalysisError as exc:
            if g.home is None:
                raise
            raise Unsupported(pos, f"{g.home.qualifier}{g.name}: {exc.message}") from None
        self.fn.callees.insert(mark, inst)
        return args, targs, inst, real

    def generic_method_call(self, x: ir.Expr, g: GenericFunc, explicit: list[T.Type], sel_pos: Pos,
                            arg_nodes: list[Node], ddd: bool, pos: Pos,
                            mark: int | None = None) -> ir.Expr:
        """``l.Add(1)`` with ``func (l *List) Add[T any](x T)`` (Go 1.27): instantiated per
        shape like a generic function, called with its receiver and its dictionary
        (``mark``: where the call graph lists it, before its receiver's calls)."""
        args, targs, inst, real = self.instance_call(
            g, explicit, arg_nodes, pos, len(self.fn.callees) if mark is None else mark, ddd)
        recv = self.receiver_arg(x, inst, sel_pos)
        fun = ir.MethodExpr(sel_pos, inst.sig, recv_type=inst.sig.recv.type, func=inst)  # type: ignore
        call = ir.Call(pos, result_type(real), fun=fun, args=[], ddd=ddd)
        call.dict_text = self.method_dict_text(g, targs)
        call.args = [recv] + self.pack_args(call, real, args, ddd, pos)
        return call

    def method_call(self, x: ir.Expr, f: ir.Func, sel_pos: Pos, arg_nodes: list[Node],
                    ddd: bool, pos: Pos, sig: T.Signature | None = None) -> ir.Expr:
        self.ref_func(f)
        sig = sig or f.sig
        recv = self.receiver_arg(x, f, sel_pos)
        recv_t = f.sig.recv.type if f.sig.recv is not None else recv.type
        fun = ir.MethodExpr(sel_pos, f.sig, recv_type=recv_t, func=f)
        call = ir.Call(pos, result_type(sig), fun=fun, args=[], ddd=ddd)
        if f.is_instance:
            self.note_ref(RefKind.METHOD, f)
            base = x.type.under.elem if x.type.is_pointer() else x.type  # type: ignore[attr-defined]
            origin = getattr(base, "origin", None)
            if origin is not None:
                call.dict_text = self.dict_text(origin.home, origin.name, base.targs)  # type: ignore
        call.args = [recv] + self.call_args(call, sig, arg_nodes, ddd, pos)
        return call

    def iface_call(self, x: ir.Expr, name: str, sig: T.Signature, sel_pos: Pos,
                   arg_nodes: list[Node], ddd: bool, pos: Pos) -> ir.Expr:
        init: list = []
        if calls_or_receives(x):
            # gc evaluates a receiver that calls or receives into a temporary first
            tmp = self.new_temp(x.type, pos)
            asg = ir.Assign(pos, x=ir.Name(pos, tmp.type, var=tmp), y=x, define=True)
            tmp.defn = asg
            init = [ir.Decl(pos, var=tmp), asg]
            x = ir.Name(pos, tmp.type, var=tmp)
        fun = ir.MethodValue(sel_pos, sig, x=x, func=None, text=f"{self.expr_text(x)}.{name}")
        call = ir.Call(pos, result_type(sig), fun=fun, args=[], iface=True, recv=x, method=name, ddd=ddd,
                       init=init)
        call.args = self.call_args(call, sig, arg_nodes, ddd, pos)
        top = self.fn
        while top.outer is not None:
            top = top.outer
        top.iface_calls = True   # only such functions have anything to devirtualize
        return call

    def call_args(self, call: ir.Expr, sig: T.Signature, arg_nodes: list[Node], ddd: bool,
                  pos: Pos) -> list[ir.Expr]:
        args: list[ir.Expr]
        spilled: list = []
        if len(arg_nodes) == 1 and strip_parens(arg_nodes[0]).type == "call_expression":
            inner = self.expr(arg_nodes[0])
            if isinstance(inner.type, T.Tuple):
                args = self.spill_results(inner, spilled, pos)
            else:
                args = [inner]
        else:
            args = [self.expr(a) for a in arg_nodes]
        packed = self.pack_args(call, sig, args, ddd, pos)
        if spilled:
            # f(g()): gc evaluates g() into temporaries as the init of f's first
            # argument as converted (inside the ... argument when f is variadic)
            first = packed[0]
            if isinstance(first, ir.CompLit) and first.ddd_arg and first.elems:
                first = first.elems[0][1]
            first.init[:0] = spilled
        return packed

    def pack_args(self, call: ir.Expr, sig: T.Signature, args: list[ir.Expr], ddd: bool,
                  pos: Pos) -> list[ir.Expr]:
        """Match arguments to parameters: conversions, and the ``... argument`` slice."""
        params = sig.params
        if sig.variadic and not ddd:
            fixed = len(params) - 1
            if len(args) < fixed:
                raise GoTypeError(pos, "not enough arguments in call")
            out = [self.convert_to(a, p.type) for a, p in zip(args[:fixed], params)]
            st = params[-1].type
            extra = args[fixed:]
            if not extra:
                out.append(ir.Nil(pos, st, implicit=True))
            else:
                elem = st.under.elem  # type: ignore[attr-defined]
                lit = ir.CompLit(pos, st, kind="slice",
                                 elems=[(None, self.convert_to(a, elem)) for a in extra],
                                 type_text=T.type_string(st), ddd_arg=True, implicit=True)
                out.append(lit)
            return out
        if len(args) != len(params):
            raise GoTypeError(pos, f"{'not enough' if len(args) < len(params) else 'too many'} "
                              "arguments in call")
        return [self.convert_to(a, p.type) for a, p in zip(args, params)]

    def spill_results(self, inner: ir.Expr, init: list, pos: Pos) -> list[ir.Expr]:
        """``f(g())``: g's results go to temporaries first."""
        assert isinstance(inner.type, T.Tuple)
        temps = [self.new_temp(t, pos) for t in inner.type.types]
        for v in temps:
            init.append(ir.Decl(pos, var=v))
        st = ir.Assign2(pos, lhs=[ir.Name(pos, v.type, var=v) for v in temps], rhs=[inner],
                        kind=ir.Assign2Kind.FUNC, define=True)
        for v in temps:
            v.defn = st
        init.append(st)
        return [ir.Name(pos, v.type, var=v) for v in temps]

    # ------------------------------------------------------------ built-ins
    def builtin(self, name: str, arg_nodes: list[Node], pos: Pos, ddd: bool) -> ir.Expr:
        if name in ("new", "make"):
            if not arg_nodes:
                raise GoTypeError(pos, f"not enough arguments for {name}")
            first = arg_nodes[0]
            if name == "new" and not self.is_type_node(first):
                x = self.default(self.expr(first))
                tmp = self.new_temp(x.type, pos)
                b = ir.Builtin(pos, T.Pointer(x.type), name="new", args=[], type_arg=x.type,
                               type_text=T.type_string(x.type))
                b.init.append(ir.Decl(pos, var=tmp))
                asg = ir.Assign(pos, x=ir.Name(pos, tmp.type, var=tmp), y=x, define=True)
                tmp.defn = asg
                b.init.append(asg)
                tmp.addrtaken_syntax = True
                return ir.Addr(pos, T.Pointer(x.type), x=ir.Name(pos, tmp.type, var=tmp),
                               init=b.init)
            t, spelled = self.type_of_node_spelled(first)
            if name == "new":
                if derived(t):
                    spelled = "<node DYNAMICTYPE>"   # gc's text for new of a type parameter's type
                return ir.Builtin(pos, T.Pointer(t), name="new", args=[], type_arg=t, type_text=spelled)
            sizes = []
            for a in arg_nodes[1:]:
                e = self.expr(a)
                if isinstance(e, ir.Const) and e.type.is_untyped():
                    e = self.convert_to(e, T.INT)
                sizes.append(e)
            return ir.Builtin(pos, t, name="make", args=sizes, type_arg=t, type_text=spelled)
        args = [self.expr(a) for a in arg_nodes]
        if name in ("len", "cap"):
            x = args[0]
            if isinstance(x, ir.Const) and x.type.is_string():
                return ir.Const(pos, T.INT, value=C.string_bytes(x.value))
            xu = x.type.under
            if isinstance(xu, T.Pointer):
                xu = xu.elem.under
            if isinstance(xu, T.Array) and not self.has_call_or_recv(x):
                return ir.Const(pos, T.INT, value=xu.length)
            return ir.Builtin(pos, T.INT, name=name, args=[x])
        if name == "append":
            if not args:
                raise GoTypeError(pos, "not enough arguments for append")
            s = args[0]
            if isinstance(s, ir.Nil) and s.type is T.UNTYPED_NIL:
                raise GoTypeError(pos, "first argument to append must be a typed slice")
            su = s.type.under
            if not isinstance(su, T.Slice):
                raise GoTypeError(pos, "invalid append: argument must be a slice")
            if ddd:
                rest = [self.default(args[1])] if len(args) > 1 else []
                if rest and isinstance(rest[0], ir.Const):
                    rest[0] = self.convert_to(rest[0], T.STRING)
            else:
                rest = [self.convert_to(a, su.elem) for a in args[1:]]
            return ir.Builtin(pos, s.type, name="append", args=[s] + rest, ddd=ddd)
        if name == "copy":
            return ir.Builtin(pos, T.INT, name="copy", args=args)
        if name == "delete":
            m = args[0]
            mu = m.type.under
            if isinstance(mu, T.Map):
                args[1] = self.convert_to(args[1], mu.key)
            return ir.Builtin(pos, T.Tuple([]), name="delete", args=args)
        if name == "panic":
            return ir.Builtin(pos, T.Tuple([]), name="panic", args=[self.convert_to(args[0], T.ANY_TYPE)])
        if name in ("print", "println"):
            if len(args) == 1 and isinstance(args[0].type, T.Tuple):
                # println(f()): f's results go to temporaries first, as for any call
                spilled: list = []
                args = self.spill_results(args[0], spilled, pos)
                args[0].init[:0] = spilled
            args = [self.default(a) for a in args]
            for a in args:
                if isinstance(a.type.under, (T.Struct, T.Array)):   # gc's walk has no print for these
                    self.print_errors.append(CompileError(
                        pos, f"illegal types for operand: {name}\n\t{T.type_string(a.type)}"))
            return ir.Builtin(pos, T.Tuple([]), name=name, args=args)
        if name == "recover":
            return ir.Builtin(pos, T.ANY_TYPE, name=name, args=[])
        if name in ("close", "clear"):
            return ir.Builtin(pos, T.Tuple([]), name=name, args=args)
        if name in ("min", "max"):
            if all(isinstance(a, ir.Const) for a in args):
                vals = [a.value for a in args]
                v = min(vals) if name == "min" else max(vals)
                t = args[0].type
                for a in args:
                    if not a.type.is_untyped():
                        t = a.type
                return ir.Const(pos, t, value=v)
            t = next((a.type for a in args if not a.type.is_untyped()), args[0].type)
            return ir.Builtin(pos, t, name=name, args=[self.convert_to(a, t) for a in args])
        if name in ("real", "imag"):
            x = args[0]
            t = T.FLOAT32 if x.type.under is T.COMPLEX64 else T.FLOAT64
            if isinstance(x, ir.Const):
                v = complex(x.value)
                return ir.Const(pos, T.UNTYPED_FLOAT if x.type.is_untyped() else t,
                                value=v.real if name == "real" else v.imag)
            return ir.Builtin(pos, t, name=name, args=args)
        if name == "complex":
            x, y = args
            if isinstance(x, ir.Const) and isinstance(y, ir.Const):
                return ir.Const(pos, T.UNTYPED_COMPLEX, value=complex(x.value, y.value))
            t = T.COMPLEX64 if (x.type.under is T.FLOAT32 or y.type.under is T.FLOAT32) else T.COMPLEX128
            return ir.Builtin(pos, t, name=name, args=args)
        raise Unsupported(pos, f"built-in {name}")

    def unsafe_builtin(self, name: str, arg_nodes: list[Node], pos: Pos) -> ir.Expr:
        """The functions of package unsafe: sizes are constants, the rest keep their pointer."""
        if name in ("unsafe.Sizeof", "unsafe.Alignof"):
            x = self.default(self.expr(arg_nodes[0]))
            v = x.type.size() if name == "unsafe.Sizeof" else x.type.align()
            return ir.Const(pos, T.UINTPTR, value=v)
        if name == "unsafe.Offsetof":
            sel = strip_parens(arg_nodes[0])
            x = self.expr(sel.child_by_field_name("operand"))
            st = x.type.under.elem.under if x.type.is_pointer() else x.type.under  # type: ignore
            fname = text(sel.child_by_field_name("field"))
            if not isinstance(st, T.Struct) or st.field(fname) is None:
                raise Unsupported(pos, "unsafe.Offsetof through embedded fields")
            offsets, _, _ = st.layout()
            return ir.Const(pos, T.UINTPTR, value=offsets[[f.name for f in st.fields].index(fname)])
        args = [self.expr(a) for a in arg_nodes]
        if name == "unsafe.Add":
            return ir.Builtin(pos, T.UNSAFE_POINTER, name=name, args=args)
        if name == "unsafe.Slice":
            return ir.Builtin(pos, T.Slice(args[0].type.under.elem), name=name, args=args)  # type: ignore
        if name == "unsafe.String":
            return ir.Builtin(pos, T.STRING, name=name, args=args)
        if name == "unsafe.StringData":
            return ir.Builtin(pos, T.Pointer(T.BYTE), name=name, args=args)
        return ir.Builtin(pos, T.Pointer(args[0].type.under.elem), name=name, args=args)  # type: ignore

    def has_call_or_recv(self, x: ir.Expr) -> bool:
        if isinstance(x, (ir.Call, ir.Recv, ir.Builtin)):
            return True
        for attr in ("x", "y", "index"):
            sub = getattr(x, attr, None)
            if isinstance(sub, ir.Expr) and self.has_call_or_recv(sub):
                return True
        return False


def calls_or_receives(e: ir.Expr) -> bool:
    """Does evaluating ``e`` call or receive (``new`` aside)? gc's ``RewriteNonNameCall``
    then evaluates a callee, or an interface call's receiver, into a temporary first."""
    if isinstance(e, (ir.Call, ir.Recv)):
        return True
    if isinstance(e, ir.Builtin) and e.name != "new":
        return True
    if isinstance(e, ir.FuncLit):
        return False
    for name in ("x", "y", "index", "lo", "hi", "max"):
        sub = getattr(e, name, None)
        if isinstance(sub, ir.Expr) and calls_or_receives(sub):
            return True
    if isinstance(e, ir.PtrLit):
        return calls_or_receives(e.lit)
    if isinstance(e, ir.CompLit):
        return any(calls_or_receives(v) or (k is not None and calls_or_receives(k))
                   for k, v in e.elems)
    if isinstance(e, ir.AddStr):
        return any(calls_or_receives(o) for o in e.operands)
    return False


def is_terminating_call(e: ir.Expr) -> bool:
    return isinstance(e, ir.Builtin) and e.name == "panic"


__all__ = ["CallLowerer", "result_type", "is_terminating_call", "calls_or_receives", "C"]
