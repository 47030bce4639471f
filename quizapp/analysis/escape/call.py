"""Calls: where arguments go (the compiler's call.go, in our words).

An inlined call is not a call any more: its pasted body is walked where
the call was, and its result variables flow where the call's value goes.

For a callee analysed in an earlier batch, each argument flows according to
the parameter's leak summary. For a callee in the current batch (recursion,
closures) arguments are wired straight into its parameter variables. For an
unknown callee (an interface method, a function value) every argument goes
to the heap. Built-ins have rules of their own: ``append`` sends appended
values to the heap, ``copy`` writes through its destination, ``panic``
boxes its argument into the heap.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from ..types import model as T
from .expr import is_uintptr
from .graph import Hole
from .leaks import Leaks
from .walker import Walking


class CallMixin:
    def static_callees(self: Walking, call: ir.Call) -> list[ir.Func]:
        if call.iface:
            return []
        oracle = self.b.oracle(self.fn)
        v = oracle.static_value(call.fun)
        f = callee_func(v)
        if f is not None:
            return [f]
        if isinstance(v, ir.Name) and v.var.cls is ir.VarClass.AUTO:
            assigns = oracle.func_assignments(v.var)
            if assigns is None:
                return []
            out = []
            for a in assigns:
                if isinstance(a, ir.Nil):
                    continue
                g = callee_func(oracle.static_value(a) if False else a)
                if g is None:
                    return []
                out.append(g)
            return out
        return []

    def call(self: Walking, ks: list[Hole] | None, n: Any) -> None:
        b = self.b

        def argument(k: Hole, arg: ir.Expr | None) -> None:
            self.expr(k.note(n, "call parameter"), arg)

        if isinstance(n, ir.InlinedCall):
            # the pasted body, then each result into its destination (gc's OINLCALL)
            self.stmts(n.body)
            for i, r in enumerate(n.results):
                k = ks[i] if ks is not None and i < len(ks) else b.blank_hole()
                self.expr(k, ir.Name(n.pos, r.type, var=r))
            return
        if isinstance(n, ir.Call):
            fns = self.static_callees(n)
            escapes = any(f.uintptr_escapes for f in fns)
            if escapes or any(f.body is None and not f.external or getattr(f, "keepalive", False)
                              for f in fns):
                self.uintptr_arguments(n, escapes)
            if ks is not None:
                for f in fns:
                    if b.in_mutual_batch(f):
                        for i, r in enumerate(f.results):
                            self.expr(ks[i], ir.Name(r.pos, r.type, var=r))
            recv_arg = None
            args = n.args
            if not n.iface:
                callee_k = b.blank_hole()
                if not fns and ks is not None:
                    if any(k.dst is not b.blank for k in ks):
                        callee_k = b.callee_hole().note(n, "callee operand")
                self.expr(callee_k, n.fun)
            else:
                recv_arg = n.recv
            if recv_arg is not None:
                argument(b.heap_hole(), recv_arg)
            n_params = len(args)
            if len(fns) == 1 and is_escape_non_string(fns[0]):
                # internal/abi.EscapeNonString[T], a compiler intrinsic: what it is
                # given goes to the heap if it holds a pointer other than a string's
                k = b.heap_hole() if has_non_string_pointers(fns[0].params[0].type) else b.blank_hole()
                for a in args:
                    argument(k, a)
                return
            for i, a in enumerate(args):
                if not fns:
                    argument(b.heap_hole(), a)
                    continue
                holes = []
                for f in fns:
                    j = i - (n_params - len(f.params))
                    holes.append(self.tag_hole(ks, f, j))
                argument(b.tee(self, holes), a)
            return
        assert isinstance(n, ir.Builtin)
        name = n.name
        args = n.args
        if name == "append":
            assert ks is not None
            appendee_k = b.tee(self, [ks[0], b.mutator_hole()])
            elem = n.type.under.elem  # type: ignore[attr-defined]
            if elem.has_pointers():
                appendee_k = b.tee(self, [appendee_k, b.heap_hole().deref(n, "appendee slice")])
            argument(appendee_k, args[0])
            if n.ddd:
                appended_k = b.blank_hole()
                if len(args) > 1 and args[1].type.is_slice() and \
                        args[1].type.under.elem.has_pointers():  # type: ignore[attr-defined]
                    appended_k = b.heap_hole().deref(n, "appended slice...")
                if len(args) > 1:
                    argument(appended_k, args[1])
            else:
                for a in args[1:]:
                    argument(b.heap_hole(), a)
            store = self.spill(ks[0], n)
            store.dst.loop_depth = 0
            store.dst.is_append = True
        elif name == "copy":
            argument(b.mutator_hole(), args[0])
            copied_k = b.blank_hole()
            if args[1].type.is_slice() and args[1].type.under.elem.has_pointers():  # type: ignore
                copied_k = b.heap_hole().deref(n, "copied slice")
            argument(copied_k, args[1])
        elif name == "panic":
            argument(b.heap_hole(), args[0])
        elif name == "complex":
            self.discards(args)
        elif name in ("delete", "print", "println", "recover"):
            self.discards(args)
        elif name in ("min", "max"):
            assert ks is not None
            for a in args:
                argument(ks[0], a)
        elif name in ("len", "cap", "real", "imag", "close"):
            self.discards(args)
        elif name == "clear":
            argument(b.mutator_hole(), args[0])
        elif name in ("unsafe.Add", "unsafe.Slice", "unsafe.String", "unsafe.StringData",
                      "unsafe.SliceData"):
            assert ks is not None
            argument(ks[0], args[0])
            self.discards(args[1:])
        elif name in ("new", "make"):
            self.expr(ks[0] if ks else b.blank_hole(), n)
        else:
            raise AssertionError(f"unexpected built-in {name}")

    def uintptr_arguments(self: Walking, n: ir.Call, escapes: bool) -> None:
        """gc's ``rewriteArgument``: an argument ``uintptr(unsafe.Pointer(p))`` of a bodyless
        function keeps p alive until the call returns (p goes to the mutator); of a
        ``//go:uintptrescapes`` function, p escapes. p is first copied to a temporary."""
        b = self.b
        for a in n.args:
            elems = [v for _, v in a.elems] if isinstance(a, ir.CompLit) and a.ddd_arg else [a]
            for e in elems:
                if not (isinstance(e, ir.Conv) and e.x.type.under is T.UNSAFE_POINTER
                        and is_uintptr(e.type)):
                    continue
                orig = e.x
                tmp = ir.Var(f".autotmp_{len(self.fn.dcl)}", orig.type, e.pos, ir.VarClass.AUTO,
                             self.fn, is_temp=True)
                self.fn.dcl.append(tmp)
                loc = b.new_loc(None, tmp, persists=True, fn=self.fn)
                self.expr(Hole(loc), orig)
                k = b.heap_hole().note(e, "//go:uintptrescapes") if escapes else b.mutator_hole()
                b.flow(k, loc)
                e.x = ir.Name(e.pos, orig.type, var=tmp)

    def tag_hole(self: Walking, ks: list[Hole] | None, f: ir.Func, i: int) -> Hole:
        """The hole an argument for parameter ``i`` of ``f`` goes to (-1: the receiver)."""
        b = self.b
        param = f.recv if i < 0 else (f.params[i] if i < len(f.params) else None)
        if b.in_mutual_batch(f):
            if param is None or param.unnamed or param.name == "_":
                return b.blank_hole()
            return Hole(b.loc_of(param))
        leaks = f.leaks.get(i)
        if leaks is None and i in f.leak_tags:
            leaks = Leaks.from_tag(f.leak_tags[i])
        if leaks is None:
            return b.blank_hole()
        tag_ks: list[Hole] = []
        if (x := leaks.heap()) is not None:
            tag_ks.append(b.heap_hole().shift(x))
        if (x := leaks.mutator()) is not None:
            tag_ks.append(b.mutator_hole().shift(x))
        if (x := leaks.callee()) is not None:
            tag_ks.append(b.callee_hole().shift(x))
        if ks is not None:
            for r in range(5):
                x = leaks.result(r)
                if x is not None and r < len(ks):
                    tag_ks.append(ks[r].shift(x))
        return b.tee(self, tag_ks)

    def go_defer(self: Walking, n: ir.GoDefer) -> None:
        b = self.b
        k = b.heap_hole()
        in_range_body = getattr(self.fn, "is_range_body", False)
        if not n.is_go and self.loop_depth == 1 and not in_range_body:
            k = b.later(self, b.blank_hole())
        call = n.call
        self.expr(k, call.fun if isinstance(call, ir.Call) else call)


def callee_func(v: Any) -> ir.Func | None:
    if isinstance(v, ir.FuncName):
        return v.func
    if isinstance(v, ir.MethodExpr):
        return v.func
    if isinstance(v, ir.FuncLit):
        return v.func
    return None


__all__ = ["CallMixin", "callee_func", "T"]


def is_escape_non_string(f: ir.Func) -> bool:
    return getattr(f, "home_path", "") == "internal/abi" and f.name.startswith("EscapeNonString[") \
        and len(f.params) == 1 and getattr(f.params[0].type, "is_shape", False)


def has_non_string_pointers(t: T.Type) -> bool:
    """gc's hasNonStringPointers: pointers other than strings' data."""
    if not t.has_pointers():
        return False
    u = t.under
    if u.is_string():
        return False
    if isinstance(u, T.Struct):
        return any(has_non_string_pointers(f.type) for f in u.fields)
    if isinstance(u, T.Array):
        return has_non_string_pointers(u.elem)
    return True

