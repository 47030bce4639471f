"""Compiling control flow: if, for, range, switch, type switch and select.

Loops give each iteration fresh copies of the loop variables a closure or
a pointer can observe (Go 1.22 semantics); ``range`` evaluates its operand
once and follows Go's rules for each kind of operand (a string by runes, a
map over a snapshot that skips deleted keys, a channel until closed).
"""

from __future__ import annotations

from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .compiler import CompilerBase, Fn
from .frames import BREAK, CONTINUE, FALLTHROUGH, Frame, Signal
from .rtypes import equal_fn
from .text import iter_runes
from .values import is_aggregate, width, zero


def _loop_signal(r: Signal, label: str | None) -> str:
    """What a loop does with a signal from its body: break, next, or pass it out."""
    if r is BREAK:
        return "break"
    if r is CONTINUE:
        return "next"
    if label and r.label == label:
        if r.kind == "break":
            return "break"
        if r.kind == "continue":
            return "next"
    return "out"


class LoopCompiler(CompilerBase):
    """If, loops, switches and select."""

    def stepped(self, pos: Any, f: Fn, kind: str = "stmt") -> Fn:
        raise NotImplementedError

    def s_If(self, st: ir.If) -> Fn:
        cond = self.value(st.cond)
        then = self.stmts(st.then)
        els = self.stmts(st.els) if st.els else None

        def if_(fr: Frame) -> Any:
            if cond(fr):
                return then(fr)
            if els is not None:
                return els(fr)
            return None
        return if_

    def fresh_copies(self, vars_: list[ir.Var]) -> Fn | None:
        """Each iteration its own variable: copy the current cells into new ones."""
        if not vars_:
            return None
        slots = [(self.slot(v), is_aggregate(v.type), v) for v in vars_]
        tracer = self.m.tracer

        def renew(fr: Frame) -> None:
            for i, agg, v in slots:
                c = fr.v[i]
                fr.v[i] = c = c[:] if agg else [c[0]]
                if tracer is not None:      # a moved variable: a new heap object each round
                    tracer.on_declare(fr, v, c)
        return renew

    def s_For(self, st: ir.For) -> Fn:
        label = self.labels_of_loops.get(id(st))
        cond = self.value(st.cond) if st.cond is not None else None
        if cond is not None:
            cond = self.stepped(st.cond.pos, cond, "loop")   # the loop's variables are in scope
        else:      # for { }: each round is still a step (the budget must see an empty loop)
            round_ = self.stepped(st.pos, lambda fr: None, "loop")
            cond = lambda fr: round_(fr) or True  # noqa: E731
        self.loop_depth = getattr(self, "loop_depth", 0) + 1     # defers in loops go to the heap
        body = self.stmts(st.body)
        self.loop_depth -= 1
        post = self.stmt(st.post, step=False) if st.post is not None else None
        renew = self.fresh_copies(st.per_iter)

        def for_(fr: Frame) -> Any:
            while True:
                if cond is not None and not cond(fr):
                    return None
                r = body(fr)
                if r is not None:
                    what = _loop_signal(r, label)
                    if what == "break":
                        return None
                    if what == "out":
                        return r
                if renew is not None:
                    renew(fr)
                if post is not None:
                    post(fr)
        return for_

    def s_Range(self, st: ir.Range) -> Fn:
        label = self.labels_of_loops.get(id(st))
        x = self.value(st.x)
        self.loop_depth = getattr(self, "loop_depth", 0) + 1     # defers in loops go to the heap
        body = self.stmts(st.body)
        self.loop_depth -= 1
        kp = self.range_target(st.key)
        vp = self.range_target(st.value)
        per_iter = [v for v in getattr(st, "per_iter", [])]
        fresh = [(self.slot(v), v.type, v) for v in per_iter]
        tracer = self.m.tracer
        u = st.x.type.under
        step = self.stepped(st.pos, lambda fr: None, "loop")

        def iterate(fr: Frame, items: Any) -> Any:
            first = True
            for k, v in items:
                if not first:          # the first round has the cells the range declared
                    for i, t, var in fresh:
                        fr.v[i] = cell = zero(t) if is_aggregate(t) else [zero(t)]
                        if tracer is not None:
                            tracer.on_declare(fr, var, cell)
                first = False
                step(fr)
                if kp is not None:
                    kp(fr, k)
                if vp is not None:
                    vp(fr, v)
                r = body(fr)
                if r is not None:
                    what = _loop_signal(r, label)
                    if what == "break":
                        return None
                    if what == "out":
                        return r
            return None

        if isinstance(u, T.Basic) and u.is_integer():
            def range_int(fr: Frame) -> Any:
                n = x(fr)
                return iterate(fr, ((i, None) for i in range(n)))
            return range_int
        if isinstance(u, T.Basic):
            def range_str(fr: Frame) -> Any:
                return iterate(fr, iter_runes(x(fr)))
            return range_str
        if isinstance(u, T.Map):
            from .rtypes import hash_key as _hk  # noqa: F401
            vagg = is_aggregate(u.elem)

            def range_map(fr: Frame) -> Any:
                mv = x(fr)
                if mv is None:
                    return None
                d = mv.d

                def entries() -> Any:
                    for hk in list(d.keys()):
                        ent = d.get(hk)
                        if ent is None:
                            continue
                        yield ent[0], (ent[1][:] if vagg else ent[1])
                return iterate(fr, entries())
            return range_map
        if isinstance(u, T.Chan):
            chans = self.m.chans

            def range_chan(fr: Frame) -> Any:
                ch = x(fr)

                def received() -> Any:
                    while True:
                        v, ok = chans.recv(ch)
                        if not ok:
                            return
                        yield v, None
                return iterate(fr, received())
            return range_chan
        # arrays, pointers to arrays, slices
        elem = u.elem.under.elem if isinstance(u, T.Pointer) else u.elem  # type: ignore[attr-defined]
        w = width(elem)
        agg = is_aggregate(elem)
        need_value = vp is not None
        if isinstance(u, T.Array):
            n = u.length

            def range_array(fr: Frame) -> Any:
                arr = x(fr)       # a copy of the array, as Go ranges over a copy
                if not need_value:
                    return iterate(fr, ((i, None) for i in range(n)))
                return iterate(fr, ((i, arr[i * w:i * w + w] if agg else arr[i * w])
                                    for i in range(n)))
            return range_array
        if isinstance(u, T.Pointer):
            n = u.elem.under.length  # type: ignore[attr-defined]
            from .panics import nil_deref

            def range_ptr(fr: Frame) -> Any:
                p = x(fr)
                if p is None:
                    if need_value:
                        raise nil_deref()
                    return iterate(fr, ((i, None) for i in range(n)))
                c, o = p.c, p.o
                return iterate(fr, ((i, c[o + i * w:o + i * w + w] if agg else c[o + i * w])
                                    for i in range(n)))
            return range_ptr

        held = self.code.ntemps          # the ranged slice, kept by the loop (a root) while it runs
        self.code.ntemps += 1
        self.code.held += (held,)

        def range_slice(fr: Frame) -> Any:
            s = x(fr)
            arr, off, n = s.arr, s.off, s.len
            fr.t[held] = s
            try:
                if not need_value:
                    return iterate(fr, ((i, None) for i in range(n)))
                return iterate(fr, ((i, arr[off + i * w:off + i * w + w] if agg else arr[off + i * w])
                                    for i in range(n)))
            finally:
                fr.t[held] = None
        return range_slice

    def range_target(self, x: ir.Expr | None) -> Any:
        """A closure storing one iteration value into the key or value variable."""
        if x is None:
            return None
        prep, store = self.place(x)  # type: ignore[attr-defined]

        def put(fr: Frame, v: Any) -> None:
            store(prep(fr), v)
        return put

    # ------------------------------------------------------------ switch
    def s_Switch(self, st: ir.Switch) -> Fn:
        if st.type_switch:
            return self.type_switch(st)
        label = self.labels_of_loops.get(id(st))
        tag = self.value(st.tag) if st.tag is not None else None
        eq = equal_fn(st.tag.type) if st.tag is not None else None
        cases = []
        default = -1
        for i, c in enumerate(st.cases):
            if not c.exprs:
                default = i
            cases.append(([self.value(e) for e in c.exprs], self.stmts(c.body)))
        n = len(cases)

        def switch(fr: Frame) -> Any:
            t = tag(fr) if tag is not None else True
            chosen = -1
            for i, (exprs, _) in enumerate(cases):
                for e in exprs:
                    v = e(fr)
                    if (eq(t, v) if eq is not None else v):
                        chosen = i
                        break
                if chosen >= 0:
                    break
            if chosen < 0:
                chosen = default
            if chosen < 0:
                return None
            return self.run_cases(fr, cases, chosen, n, label)
        return switch

    @staticmethod
    def run_cases(fr: Frame, cases: list, i: int, n: int, label: str | None) -> Any:
        while True:
            r = cases[i][1](fr)
            if r is FALLTHROUGH and i + 1 < n:
                i += 1
                continue
            if r is None or r is BREAK:
                return None
            if label and r.kind == "break" and r.label == label:
                return None
            return r

    def type_switch(self, st: ir.Switch) -> Fn:
        label = self.labels_of_loops.get(id(st))
        x = self.value(st.tag)  # type: ignore[arg-type]
        cases = []
        default = -1
        for i, c in enumerate(st.cases):
            types_ = getattr(c, "types", None)
            if types_ is None:
                raise self.cannot(c.pos, "type switch without its case types")
            if not types_:
                default = i
            tests = [self.type_test(t) for t in types_]
            bind = None
            if c.var is not None:
                slot = self.slot(c.var)
                single = len(types_) == 1 and types_[0] is not None and not types_[0].is_interface()
                vagg = is_aggregate(c.var.type)
                bind = (slot, single, vagg)
            cases.append((tests, self.stmts(c.body), bind))

        def tswitch(fr: Frame) -> Any:
            v = x(fr)
            chosen = -1
            for i, (tests, _, _) in enumerate(cases):
                if any(t(fr, v) for t in tests):
                    chosen = i
                    break
            if chosen < 0:
                chosen = default
            if chosen < 0:
                return None
            bind = cases[chosen][2]
            if bind is not None:
                slot, single, vagg = bind
                val = v.v if (single and v is not None) else v
                if single and vagg and val is not None:
                    val = val[:]
                fr.v[slot] = val if (single and vagg) else [val]
            r = cases[chosen][1](fr)
            if r is None or r is BREAK:
                return None
            if label and r.kind == "break" and r.label == label:
                return None
            return r
        return tswitch

    def type_test(self, t: T.Type | None) -> Any:
        """Does a value match the type of a type-switch case? (generic code: per frame)"""
        from .generics import has_shape, subst
        m = self.m
        if t is None or not has_shape(t):
            test = m.type_test(t)
            return lambda fr, v: test(v)
        return lambda fr, v: m.type_test(subst(t, fr.tdict))(v)

    # ------------------------------------------------------------ select
    def s_Select(self, st: ir.Select) -> Fn:
        label = self.labels_of_loops.get(id(st))
        chans = self.m.chans
        plans = []
        has_default = False
        for i, c in enumerate(st.cases):
            if c.comm is None:
                has_default = True
                plans.append((None, None, None, self.stmts(c.body), None, i))
                continue
            op = _comm_op(c.comm)
            if isinstance(op, ir.Send):
                ch = self.value(op.ch)
                val = self.value(op.value)
                plans.append((True, ch, val, self.stmts(c.body), None, i))
            else:
                recv = op
                self.select_recv[id(recv)] = i
                ch = self.value(recv.ch)
                after = self.stmts([s for s in c.comm])
                plans.append((False, ch, None, self.stmts(c.body), after, i))

        def select(fr: Frame) -> Any:
            ops = []
            index = []
            for send, ch, val, _, _, i in plans:
                if send is None:
                    continue
                ops.append((send, ch(fr), val(fr) if send else None))
                index.append(i)
            k, v, ok = chans.select(ops, has_default)
            if k < 0:
                chosen = next(p for p in plans if p[0] is None)
            else:
                chosen = plans[index[k]]
            if chosen[4] is not None:
                g = fr.g
                g.sel_val, g.sel_ok = v, ok
                chosen[4](fr)
            r = chosen[3](fr)
            if r is None or r is BREAK:
                return None
            if label and r.kind == "break" and r.label == label:
                return None
            return r
        return select


def _comm_op(comm: list[Any]) -> Any:
    """The send statement or the receive expression of a select case."""
    for s in comm:
        if isinstance(s, ir.Send):
            return s
        for attr in ("x", "y"):
            e = getattr(s, attr, None)
            if isinstance(e, ir.Recv):
                return e
        if isinstance(s, ir.Assign2):
            for e in s.rhs:
                if isinstance(e, ir.Recv):
                    return e
    raise ValueError("select case without a channel operation")


__all__ = ["LoopCompiler", "zero"]
