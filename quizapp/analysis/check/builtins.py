"""The built-in functions: argument counts, argument kinds and result types.

Each built-in checks its own arguments as types2 does: ``append`` wants a
slice and elements of its type, ``len`` of an array is a constant unless
the argument holds a call or receive, ``make`` wants a slice, map or
channel type and 1 to 3 arguments ("make([]byte) expects 2 or 3
arguments; found 1"), ``delete`` a map and a key, ``panic`` anything.
"""

from __future__ import annotations

from tree_sitter import Node

from ..types import model as T
from . import constant as C
from .calls import CallChecker, call_parts
from .operators import INVALID_OP
from .exprstr import expr_string
from .operand import Mode, Operand
from .predicates import all_ordered, all_string, identical, is_untyped
from .typemodel import TypeParam, is_valid

# name -> (minimum number of arguments, variadic)
BUILTIN_ARGS = {
    "append": (1, True), "cap": (1, False), "clear": (1, False), "close": (1, False),
    "complex": (2, False), "copy": (2, False), "delete": (2, False), "imag": (1, False),
    "len": (1, False), "make": (1, True), "max": (1, True), "min": (1, True), "new": (1, False),
    "panic": (1, False), "print": (0, True), "println": (0, True), "real": (1, False),
    "recover": (0, False),
}


class BuiltinChecker(CallChecker):
    """Calls of the built-in functions."""

    panic_calls: set[tuple[int, int]]

    def builtin(self, x: Operand, call: Node, arg_nodes: list[Node], name: str,
                dots: bool) -> bool:
        if dots and name != "append":
            self.error(call, INVALID_OP + f"invalid use of ... with built-in {name}")
            self.use(*arg_nodes)
            return False
        saved = self.has_call_or_recv
        if name in ("len", "cap"):
            self.has_call_or_recv = False
        args: list[Operand] = []
        if name not in ("make", "new"):
            args = self.expr_list(arg_nodes)
            if any(a.mode is Mode.INVALID for a in args):
                self.has_call_or_recv = saved or self.has_call_or_recv
                return False
            if args:
                a0 = args[0]
                x.mode, x.type, x.val, x.node = a0.mode, a0.type, a0.val, a0.node
        nargs = len(args) if name not in ("make", "new") else len(arg_nodes)
        need, variadic = BUILTIN_ARGS[name]
        msg = "not enough" if nargs < need else "too many" if not variadic and nargs > need else ""
        if msg:
            self.error(call, INVALID_OP + f"{msg} arguments for {expr_string(call)} "
                                          f"(expected {need}, found {nargs})")
            return False
        f = getattr(self, "b_" + name)
        ok = f(x, call, arg_nodes, args)
        if name in ("len", "cap"):
            self.has_call_or_recv = saved
        return ok

    def expr_list(self, nodes: list[Node]) -> list[Operand]:
        if len(nodes) == 1:
            ops, _ = self.multi_expr(nodes[0], False)
            return ops
        return [self.expr(n) for n in nodes]

    def _slice_elem(self, x: Operand) -> tuple[T.Type | None, str]:
        u = x.type.under if not isinstance(x.type, TypeParam) else None
        if isinstance(u, T.Slice):
            return u.elem, ""
        if x.is_nil():
            return None, "argument must be a slice; have untyped nil"
        return None, f"argument must be a slice; have {self.ostr(x)}"

    def b_append(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        if isinstance(x.type, TypeParam):
            x.mode = Mode.VALUE
            return True
        elem, err = self._slice_elem(x)
        if elem is None:
            self.error(x, f"invalid append: {err}")
            return False
        fun, _, dots = call_parts(call)
        special = False
        if len(args) == 2 and dots:
            ok, _ = self.assignable_to(x, T.Slice(T.BYTE))
            y = args[1]
            if ok and (all_string(y.type) or (isinstance(y.type.under, T.Slice) and
                                                identical(y.type.under.elem, T.BYTE))):
                special = all_string(y.type)
        if not special:
            sig = T.Signature([T.Param("", x.type), T.Param("", T.Slice(elem))],
                              [T.Param("", x.type)], True)
            self.arguments(call, fun, sig, [], arg_nodes, args, dots)
        x.mode = Mode.VALUE
        return True

    def b_len(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._len_cap(x, "len")

    def b_cap(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._len_cap(x, "cap")

    def _len_cap(self, x: Operand, name: str) -> bool:
        t = x.type
        if isinstance(t, TypeParam):
            x.mode, x.type, x.val = Mode.VALUE, T.INT, None
            return True
        u = t.under
        if isinstance(u, T.Pointer) and isinstance(u.elem.under, T.Array):
            u = u.elem.under
        mode, val = Mode.INVALID, None
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.STRING and name == "len":
            if x.mode is Mode.CONSTANT and isinstance(x.val, C.STRINGS):
                mode, val = Mode.CONSTANT, C.string_len(x.val)
            else:
                mode = Mode.VALUE
        elif isinstance(u, T.Array):
            mode = Mode.VALUE
            if not self.has_call_or_recv:
                mode, val = Mode.CONSTANT, u.length
        elif isinstance(u, (T.Slice, T.Chan)):
            mode = Mode.VALUE
        elif isinstance(u, T.Map) and name == "len":
            mode = Mode.VALUE
        if mode is Mode.INVALID:
            if is_valid(u):
                self.error(x, f"invalid argument: {self.ostr(x)} for built-in {name}")
            return False
        x.mode, x.type, x.val = mode, T.INT, val
        return True

    def b_clear(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        if not isinstance(x.type, TypeParam) and not isinstance(x.type.under, (T.Map, T.Slice)):
            self.error(x, f"invalid argument: cannot clear {self.ostr(x)}: argument must be "
                          f"(or constrained by) map or slice")
            return False
        x.mode = Mode.NOVALUE
        return True

    def b_close(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        if isinstance(x.type, TypeParam):
            x.mode = Mode.NOVALUE
            return True
        u = x.type.under
        if not isinstance(u, T.Chan):
            self.error(x, INVALID_OP + f"cannot close non-channel {self.ostr(x)}")
            return False
        if u.dir is T.ChanDir.RECV:
            self.error(x, INVALID_OP + f"cannot close receive-only channel {self.ostr(x)}")
            return False
        x.mode = Mode.NOVALUE
        return True

    def b_complex(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        y = args[1]
        ux, uy = is_untyped(x.type), is_untyped(y.type)
        if ux and not uy:
            self.convert_untyped(x, y.type)
        elif uy and not ux:
            self.convert_untyped(y, x.type)
        elif ux and uy:
            if x.mode is Mode.CONSTANT and y.mode is Mode.CONSTANT:
                for o in (x, y):
                    v = C.to_float(o.val)
                    if not isinstance(v, C.Complex):
                        o.type = T.UNTYPED_FLOAT
            else:
                self.convert_untyped(x, T.FLOAT64)
                self.convert_untyped(y, T.FLOAT64)
        if x.mode is Mode.INVALID or y.mode is Mode.INVALID:
            return False
        if not identical(x.type, y.type):
            self.error(x, INVALID_OP + f"{expr_string(call)} (mismatched types {self.tstr(x.type)} "
                                       f"and {self.tstr(y.type)})")
            return False
        u = x.type.under
        res = {"float32": T.COMPLEX64, "float64": T.COMPLEX128}.get(getattr(u, "name", ""))
        if u is T.UNTYPED_FLOAT:
            res = T.UNTYPED_COMPLEX
        if res is None:
            self.error(x, f"invalid argument: arguments have type {self.tstr(x.type)}, expected "
                          f"floating-point")
            return False
        if x.mode is Mode.CONSTANT and y.mode is Mode.CONSTANT and x.val is not None and y.val is not None:
            re, im = C.to_float(x.val), C.to_float(y.val)
            x.val = C.Complex(re, im) if not isinstance(re, C.Complex) and \
                not isinstance(im, C.Complex) else None
        else:
            x.mode = Mode.VALUE
        x.type = res
        return True

    def b_copy(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        if isinstance(x.type, TypeParam) or isinstance(args[1].type, TypeParam):
            x.mode, x.type = Mode.VALUE, T.INT
            return True
        dst, err = self._slice_elem(x)
        if dst is None:
            self.error(x, f"invalid copy: {err}")
            return False
        y = args[1]
        special = self.assignable_to(x, T.Slice(T.BYTE))[0] and all_string(y.type)
        if not special:
            src, err = self._slice_elem(y)
            if src is None:
                if not all_string(y.type):
                    self.error(y, f"invalid copy: {err}")
                    return False
                src = T.BYTE
            if not identical(dst, src):
                self.error(x, f"invalid copy: arguments {self.ostr(x)} and {self.ostr(y)} have "
                              f"different element types {self.tstr(dst)} and {self.tstr(src)}")
                return False
        x.mode, x.type = Mode.VALUE, T.INT
        return True

    def b_delete(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        if isinstance(x.type, TypeParam):
            x.mode = Mode.NOVALUE
            return True
        u = x.type.under
        if not isinstance(u, T.Map):
            self.error(x, f"invalid argument: {self.ostr(x)} is not a map")
            return False
        k = args[1]
        self.assignment(k, u.key, "argument to delete")
        if k.mode is Mode.INVALID:
            return False
        x.mode = Mode.NOVALUE
        return True

    def b_real(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._real_imag(x, "real")

    def b_imag(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._real_imag(x, "imag")

    def _real_imag(self, x: Operand, name: str) -> bool:
        if is_untyped(x.type):
            if x.mode is Mode.CONSTANT:
                if x.type.under.info in (T.BasicInfo.INT, T.BasicInfo.UINT, T.BasicInfo.FLOAT,  # type: ignore
                                         T.BasicInfo.COMPLEX):
                    x.type = T.UNTYPED_COMPLEX
            else:
                self.convert_untyped(x, T.COMPLEX128)
                if x.mode is Mode.INVALID:
                    return False
        u = x.type.under
        res = {"complex64": T.FLOAT32, "complex128": T.FLOAT64}.get(getattr(u, "name", ""))
        if u is T.UNTYPED_COMPLEX:
            res = T.UNTYPED_FLOAT
        if res is None:
            self.error(x, f"invalid argument: argument has type {self.tstr(x.type)}, expected "
                          f"complex type")
            return False
        if x.mode is Mode.CONSTANT and x.val is not None:
            z = C.to_complex(x.val)
            x.val = (z.re if name == "real" else z.im) if isinstance(z, C.Complex) else None
        else:
            x.mode = Mode.VALUE
        x.type = res
        return True

    def b_make(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        arg0 = arg_nodes[0]
        t = self.var_type(arg0)
        if not is_valid(t):
            self.use(*arg_nodes[1:])
            return False
        u = t.under if not isinstance(t, TypeParam) else None
        if isinstance(t, TypeParam):
            self.use(*arg_nodes[1:])
            x.mode, x.type = Mode.VALUE, t
            return True
        if not isinstance(u, (T.Slice, T.Map, T.Chan)):
            self.error(arg0, f"invalid argument: cannot make {expr_string(arg0)}: type must be "
                             f"slice, map, or channel")
            self.use(*arg_nodes[1:])
            return False
        lo = 2 if isinstance(u, T.Slice) else 1
        n = len(arg_nodes)
        if n < lo or lo + 1 < n:
            self.error(call, INVALID_OP + f"{expr_string(call)} expects {lo} or {lo + 1} arguments; "
                                          f"found {n}")
            self.use(*arg_nodes[1:])
            return False
        sizes = []
        for a in arg_nodes[1:]:
            _, size = self.index(a, -1)
            if size >= 0:
                sizes.append(size)
        if len(sizes) == 2 and sizes[0] > sizes[1]:
            self.error(arg_nodes[1], "invalid argument: length and capacity swapped")
        x.mode, x.type, x.node = Mode.VALUE, t, call
        return True

    def b_max(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._min_max(x, args, ">", "max")

    def b_min(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._min_max(x, args, "<", "min")

    def _min_max(self, x: Operand, args: list[Operand], op: str, name: str) -> bool:
        for i, a in enumerate(args):
            if not all_ordered(a.type):
                self.error(a, f"invalid argument: {self.ostr(a)} cannot be ordered")
                return False
            if i > 0:
                self.match_types(x, a)
                if x.mode is Mode.INVALID:
                    return False
                if not identical(x.type, a.type):
                    self.error(a, f"invalid argument: mismatched types {self.tstr(x.type)} (previous "
                                  f"argument) and {self.tstr(a.type)} (type of {a.expr()})")
                    return False
                if x.mode is Mode.CONSTANT and a.mode is Mode.CONSTANT:
                    if x.val is not None and a.val is not None and C.compare(op, a.val, x.val):
                        x.val, x.type = a.val, a.type
                else:
                    x.mode = Mode.VALUE
        if x.mode is not Mode.CONSTANT:
            x.mode = Mode.VALUE
            self.assignment(x, T.ANY_TYPE, f"argument to built-in {name}")
            if x.mode is Mode.INVALID:
                return False
        return True

    def b_new(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        arg = arg_nodes[0]
        y = self.expr_or_type(arg)
        self.exclude(y, (Mode.NOVALUE, Mode.BUILTIN))
        if y.mode is Mode.INVALID:
            return False
        if y.mode is not Mode.TYPEXPR and is_untyped(y.type):
            self.assignment(y, None, "argument to new")
            if y.mode is Mode.INVALID:
                return False
        x.mode, x.type = Mode.VALUE, T.Pointer(y.type)
        return True

    def b_panic(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        self.panic_calls.add((call.start_byte, call.end_byte))   # a terminating statement
        self.assignment(x, T.ANY_TYPE, "argument to panic")
        if x.mode is Mode.INVALID:
            return False
        x.mode = Mode.NOVALUE
        return True

    def b_print(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._print(x, args, "print")

    def b_println(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        return self._print(x, args, "println")

    def _print(self, x: Operand, args: list[Operand], name: str) -> bool:
        for a in args:
            self.assignment(a, None, f"argument to built-in {name}")
            if a.mode is Mode.INVALID:
                return False
        x.mode = Mode.NOVALUE
        return True

    def b_recover(self, x: Operand, call: Node, arg_nodes: list[Node], args: list[Operand]) -> bool:
        x.mode, x.type = Mode.VALUE, T.ANY_TYPE
        return True

