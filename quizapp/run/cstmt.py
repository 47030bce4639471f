"""Compiling statements: assignments, control flow, loops, switches, select, go and defer.

A compiled statement returns ``None`` when control goes on to the next
statement, or a ``Signal`` (break, continue, goto, fallthrough, return)
that the enclosing statements handle. Each user statement counts one step
against the budget and, when tracing, records a step.
"""

from __future__ import annotations

from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .backing import move_to_heap
from .cbuiltin import BuiltinCompiler
from .compiler import Fn, range_state
from .errors import StepLimit
from .frames import BREAK, CONTINUE, FALLTHROUGH, RETURN, Frame, Signal
from .panics import plain
from .rtypes import equal_fn, hash_key
from .stmtloops import LoopCompiler
from .values import is_aggregate, width, zero

SILENT = (ir.Decl, ir.Label, ir.Block)


class StmtCompiler(LoopCompiler, BuiltinCompiler):
    """Statements into closures."""

    def stmts(self, body: list[Any]) -> Fn:
        """A statement list, with the labels ``goto`` can jump to."""
        compiled: list[Fn] = []
        labels: dict[str, int] = {}
        decls: list[Fn] = []
        depth = getattr(self, "loop_depth", 0)
        for i, st in enumerate(body):
            if isinstance(st, ir.Label):
                labels[st.name] = len(compiled)
                if i + 1 < len(body):
                    self.labels_of_loops[id(body[i + 1])] = st.name
                if st.name in self.looping_labels():      # a goto jumps back here: a loop,
                    self.loop_depth = getattr(self, "loop_depth", 0) + 1   # as escape sees it
                continue
            if isinstance(st, ir.Decl) and _declared_by(body, i) is not None:
                decls.append(self.stmt(st))    # x := e: the step comes before x is made
                continue
            if decls:
                compiled.append(self.stepped(st.pos, _seq(decls, self.stmt(st, step=False))))
                decls = []
                continue
            compiled.append(self.stmt(st))
        self.loop_depth = depth
        n = len(compiled)
        if not labels:
            if n == 1:
                return compiled[0]

            def block(fr: Frame) -> Any:
                for s in compiled:
                    r = s(fr)
                    if r is not None:
                        return r
                return None
            return block

        def block_goto(fr: Frame) -> Any:
            i = 0
            while i < n:
                r = compiled[i](fr)
                i += 1
                if r is not None:
                    if r.kind == "goto" and r.label in labels:
                        i = labels[r.label]
                        continue
                    return r
            return None
        return block_goto

    def stmt(self, st: Any, step: bool = True) -> Fn:
        m = getattr(self, "s_" + type(st).__name__, None)
        if m is None:
            raise self.cannot(st.pos, f"statement {type(st).__name__}")
        f = m(st)
        pre = [self.stmt(s, step=False) for s in st.init] if st.init else []
        move = self.m.slice_info(self.fn).moves.get(id(st))
        if move is not None:
            pre.insert(0, self.move2heap(*move, at=st))
        if pre:
            f = _seq(pre, f)
        if step and not isinstance(st, SILENT):
            f = self.stepped(st.pos, f)
        return f

    def stepped(self, pos: Any, f: Fn, kind: str = "stmt") -> Fn:
        m = self.m
        tracer = m.tracer
        limit = m.max_steps
        if tracer is not None:
            def traced(fr: Frame) -> Any:
                m.steps += 1
                if m.steps > limit:
                    raise StepLimit(limit)
                fr.pos = pos
                tracer.on_step(fr, pos, kind)
                return f(fr)
            return traced

        def counted(fr: Frame) -> Any:
            m.steps += 1
            if m.steps > limit:
                raise StepLimit(limit)
            fr.pos = pos
            return f(fr)
        return counted

    def looping_labels(self) -> set[str]:
        """Labels a later goto jumps back to (gc's escape analysis counts them as loops)."""
        got = getattr(self, "_looping", None)
        if got is None:
            seen: set[str] = set()
            got = set()

            def walk(stmts: list[Any]) -> None:
                for st in stmts:
                    if isinstance(st, ir.Label):
                        seen.add(st.name)
                    elif isinstance(st, ir.Branch) and st.kind == "goto" and st.label in seen:
                        got.add(st.label)
                    walk(list(getattr(st, "init", None) or []))
                    for name in ("body", "then", "els"):
                        if isinstance(getattr(st, name, None), list):
                            walk(getattr(st, name))
                    for c in getattr(st, "cases", None) or []:
                        walk(list(getattr(c, "comm", None) or []) + list(c.body))
            walk(self.fn.body or [])
            self._looping = got
        return got

    def move2heap(self, v: ir.Var, preserve: bool, at: Any) -> Fn:
        cell = self.cell_of(v)
        et = v.type.under.elem  # type: ignore[attr-defined]
        roundup = self.m.sizes.roundupsize
        tracer = self.m.tracer

        def move(fr: Frame) -> None:
            c = cell(fr)
            old = c[0]
            c[0] = new = move_to_heap(fr, old, preserve, et, roundup)
            if tracer is not None and new is not old and new.cap:
                from .allocs import MOVE2HEAP_NOTE
                tracer.made_by_runtime(fr, at, new.arr, T.Array(new.cap, et),
                                       f"{v.name}'s array, moved", MOVE2HEAP_NOTE)
        return move

    # ------------------------------------------------------------ simple statements
    def s_Decl(self, st: ir.Decl) -> Fn:
        return self.decl_var(st.var)

    def s_Label(self, st: ir.Label) -> Fn:
        return lambda fr: None

    def s_Block(self, st: ir.Block) -> Fn:
        body = self.stmts(st.body)
        state = range_state(st)
        if state is None:
            return body

        def range_func_loop(fr: Frame) -> Any:
            fr.g.range_exit = None
            r = body(fr)
            if r is not None:
                return r
            pending, fr.g.range_exit = fr.g.range_exit, None
            return pending
        return range_func_loop

    def s_ExprStmt(self, st: ir.ExprStmt) -> Fn:
        f = self.value(st.x)

        def run(fr: Frame) -> None:
            f(fr)
        return run

    def s_Branch(self, st: ir.Branch) -> Fn:
        if st.kind == "break" and not st.label:
            sig = BREAK
        elif st.kind == "continue" and not st.label:
            sig = CONTINUE
        elif st.kind == "fallthrough":
            sig = FALLTHROUGH
        else:
            sig = Signal(st.kind, st.label)
        return lambda fr: sig

    def s_Send(self, st: ir.Send) -> Fn:
        def build() -> tuple[Fn, Fn]:
            return self.expr(st.ch), self.expr(st.value)
        pre, (ch, v) = self.unit(build)
        chans = self.m.chans

        def send(fr: Frame) -> None:
            for p in pre:
                p(fr)
            chans.send(ch(fr), v(fr))
        return send

    def s_Return(self, st: ir.Return) -> Fn:
        results = self.fn.results
        if not st.results:
            return lambda fr: RETURN
        pre, vals = self.unit(lambda: [self.expr(r) for r in st.results])
        cells = [self.cell_of(r) for r in results]
        aggs = [is_aggregate(r.type) for r in results]
        if len(vals) == 1:
            v0, c0, a0 = vals[0], cells[0], aggs[0]

            def ret1(fr: Frame) -> Signal:
                for p in pre:
                    p(fr)
                x = v0(fr)
                if a0:
                    c0(fr)[:] = x
                else:
                    c0(fr)[0] = x
                return RETURN
            return ret1

        def ret(fr: Frame) -> Signal:
            for p in pre:
                p(fr)
            xs = [v(fr) for v in vals]
            for c, a, x in zip(cells, aggs, xs):
                if a:
                    c(fr)[:] = x
                else:
                    c(fr)[0] = x
            return RETURN
        return ret

    # ------------------------------------------------------------ assignments
    def place(self, x: ir.Expr) -> tuple[Fn, Any]:
        """An assignable place: (prepare(fr) -> handle, store(handle, value))."""
        if isinstance(x, ir.Index) and x.kind is ir.IndexKind.MAP:
            mx, kx = self.expr(x.x), self.expr(x.index)
            kt = x.x.type.under.key  # type: ignore[attr-defined]

            def prep_map(fr: Frame) -> tuple[Any, Any]:
                return mx(fr), kx(fr)

            def store_map(h: tuple[Any, Any], v: Any) -> None:
                mv, key = h
                if mv is None:
                    raise plain("assignment to entry in nil map")
                hk = hash_key(kt, key)
                ent = mv.d.get(hk)
                if ent is None:
                    mv.d[hk] = [key, v]
                else:
                    ent[1] = v
            return prep_map, store_map
        a = self.addr(x)
        if is_aggregate(x.type):
            w = width(x.type)

            def store_agg(h: tuple[list, int], v: list) -> None:
                c, o = h
                c[o:o + w] = v
            return a, store_agg

        def store1(h: tuple[list, int], v: Any) -> None:
            h[0][h[1]] = v
        return a, store1

    def s_Assign(self, st: ir.Assign) -> Fn:
        x, y = st.x, st.y
        if st.op:
            return self.op_assign(st)
        if x is None:
            f = self.value(y) if y is not None else (lambda fr: None)

            def blank(fr: Frame) -> None:
                f(fr)
            return blank
        if isinstance(x, ir.Name) and id(x.var) not in self.env_index and (
                self.owns(x.var)):
            return self.assign_local(st)
        yv: ir.Expr | None = y
        if yv is None:
            t = x.type
            pre: list[Fn] = []
            rhs: Fn = (lambda fr: zero(t))
            prep, store = self.place(x)
        else:
            def build() -> tuple[Fn, tuple[Fn, Any]]:
                p = self.place(x)
                if isinstance(yv, ir.Builtin) and yv.name == "append" and _same(x, yv.args[0]):
                    return self.b_append(yv, inplace=True, self_assign=True), p
                return self.expr(yv), p
            pre, (rhs, (prep, store)) = self.unit(build)

        def assign(fr: Frame) -> None:
            for p in pre:
                p(fr)
            v = rhs(fr)
            store(prep(fr), v)
        return assign

    def assign_local(self, st: ir.Assign) -> Fn:
        """``x = y`` to a variable of this function: straight into its cell."""
        assert isinstance(st.x, ir.Name)
        var = st.x.var
        i = self.slot(var)
        agg = is_aggregate(var.type)
        y = st.y
        if y is None:
            t = var.type
            if agg:
                def zero_agg(fr: Frame) -> None:
                    fr.v[i][:] = zero(t)
                return zero_agg
            z = zero(t)

            def zero1(fr: Frame) -> None:
                fr.v[i][0] = z
            return zero1

        def build() -> Fn:
            if isinstance(y, ir.Builtin) and y.name == "append" and _same(st.x, y.args[0]):
                return self.b_append(y, inplace=self.not_ssa(var), self_assign=True)
            return self.expr(y)
        pre, f = self.unit(build)
        if agg:
            if st.define and self.m.tracer is None:   # traced: the declared cell is the object drawn
                def define_agg(fr: Frame) -> None:
                    for p in pre:
                        p(fr)
                    fr.v[i] = f(fr)
                return define_agg

            def set_agg(fr: Frame) -> None:
                for p in pre:
                    p(fr)
                fr.v[i][:] = f(fr)
            return set_agg
        if not pre:
            def set1(fr: Frame) -> None:
                fr.v[i][0] = f(fr)
            return set1

        def set1p(fr: Frame) -> None:
            for p in pre:
                p(fr)
            fr.v[i][0] = f(fr)
        return set1p

    def not_ssa(self, v: ir.Var) -> bool:
        """gc keeps a slice variable in memory (appends update it in place) when it cannot SSA it."""
        if v.addrtaken_syntax or v.captured_syntax or self.m.placement.heap(v):
            return True
        return v.cls is ir.VarClass.RESULT and getattr(self.fn, "has_defer", False)

    def op_assign(self, st: ir.Assign) -> Fn:
        x = st.x
        assert x is not None and st.y is not None
        from . import arith
        t = x.type
        if st.op in ("<<", ">>"):
            op = arith.binop(st.op, t)
        else:
            op = arith.binop(st.op, t)
        yv = st.y

        if isinstance(x, ir.Index) and x.kind is ir.IndexKind.MAP:
            def build_map() -> tuple[Fn, tuple[Fn, Any], Fn]:
                p = self.place(x)
                return self.expr(yv), p, self.map_index(x)
            pre, (rhs, (prep, store), _) = self.unit(build_map)
            kt = x.x.type.under.key  # type: ignore[attr-defined]
            vt = x.type

            def map_op(fr: Frame) -> None:
                for p in pre:
                    p(fr)
                v = rhs(fr)
                h = prep(fr)
                mv, key = h
                cur = zero(vt)
                if mv is not None:
                    ent = mv.d.get(hash_key(kt, key))
                    if ent is not None:
                        cur = ent[1]
                store(h, op(cur, v))
            return map_op

        def build() -> tuple[Fn, Any]:
            return self.expr(yv), self.addr(x)
        pre, (rhs, a) = self.unit(build)

        def opassign(fr: Frame) -> None:
            for p in pre:
                p(fr)
            v = rhs(fr)
            c, o = a(fr)
            c[o] = op(c[o], v)
        return opassign

    def s_Assign2(self, st: ir.Assign2) -> Fn:
        k = st.kind
        places = []
        for x in st.lhs:
            places.append(None if x is None else x)

        def build() -> tuple[Any, list[Any]]:
            if k is ir.Assign2Kind.PAIR:
                rhs: Any = [self.expr(r) for r in st.rhs]
            else:
                rhs = self.pair_source(st)
            return rhs, [None if x is None else self.place(x) for x in places]
        pre, (rhs, ps) = self.unit(build)
        if k is ir.Assign2Kind.PAIR:
            def pair(fr: Frame) -> None:
                for p in pre:
                    p(fr)
                vals = [r(fr) for r in rhs]
                hs = [None if p is None else p[0](fr) for p in ps]
                for p, h, v in zip(ps, hs, vals):
                    if p is not None:
                        p[1](h, v)
            return pair

        def multi(fr: Frame) -> None:
            for p in pre:
                p(fr)
            vals = rhs(fr)
            hs = [None if p is None else p[0](fr) for p in ps]
            for p, h, v in zip(ps, hs, vals):
                if p is not None:
                    p[1](h, v)
        return multi

    def pair_source(self, st: ir.Assign2) -> Fn:
        """The two (or more) values of ``f()``, ``m[k]``, ``x.(T)`` or ``<-ch`` with ok."""
        src = st.rhs[0]
        k = st.kind
        if k is ir.Assign2Kind.FUNC:
            f = self.expr(src)
            return lambda fr: f(fr)
        if k is ir.Assign2Kind.MAPR:
            assert isinstance(src, ir.Index)
            mx, kx = self.expr(src.x), self.expr(src.index)
            kt = src.x.type.under.key  # type: ignore[attr-defined]
            vt = src.type
            agg = is_aggregate(vt)

            def mapr(fr: Frame) -> list:
                mv = mx(fr)
                key = kx(fr)
                hk = hash_key(kt, key)
                ent = None if mv is None else mv.d.get(hk)
                if ent is None:
                    return [zero(vt), False]
                return [ent[1][:] if agg else ent[1], True]
            return mapr
        if k is ir.Assign2Kind.DOTTYPE:
            assert isinstance(src, ir.TypeAssert)
            check = self.assertion(src.x.type, src.type)
            x = self.expr(src.x)
            return lambda fr: list(check(fr)(x(fr), False))
        if k is ir.Assign2Kind.RECV:
            assert isinstance(src, ir.Recv)
            if id(src) in self.select_recv:
                return lambda fr: [fr.g.sel_val, fr.g.sel_ok]
            ch = self.expr(src.ch)
            chans = self.m.chans
            return lambda fr: list(chans.recv(ch(fr)))
        raise self.cannot(st.pos, f"assignment {k.value}")

    # ------------------------------------------------------------ go and defer
    def s_GoDefer(self, st: ir.GoDefer) -> Fn:
        call = st.call
        fun = self.value(call.fun)
        tracer = self.m.tracer
        wrapped = isinstance(call.fun, ir.FuncLit) and call.fun.func.is_wrapper \
            and bool(call.fun.func.closure_vars)       # gc's closure around a call's arguments
        if st.is_go:
            spawn = self.m.spawn
            pos = st.pos

            def go(fr: Frame) -> None:
                fv = fun(fr)
                if tracer is not None and wrapped:
                    from .allocs import GO_WRAPPER_NOTE
                    tracer.made_by_runtime(fr, st, fv, call.fun.type, "go closure", GO_WRAPPER_NOTE)
                spawn(fv, pos)
            return go
        if tracer is not None and getattr(self, "loop_depth", 0) > 0:
            fun = self._heap_defer(st, fun, wrapped)
        target = self.fn
        while getattr(target, "is_range_body", False) and target.outer is not None:
            target = target.outer
        own = target is self.fn
        self.fn.has_defer = True  # type: ignore[attr-defined]
        target.has_defer = True  # type: ignore[attr-defined]

        def defer(fr: Frame) -> None:
            fv = fun(fr)
            dst = fr
            if not own:
                for f in reversed(fr.g.frames):
                    if f.code.fn is target:
                        dst = f
                        break
            if dst.defers is None:
                dst.defers = []
            dst.defers.append(fv)
        return defer

    def _heap_defer(self, st: ir.GoDefer, fun: Fn, wrapped: bool) -> Fn:
        """A traced defer in a loop: the runtime's record of it (unless one freed earlier is
        reused) and gc's closure around its arguments are heap objects."""
        from .allocs import DEFER_RECORD_NOTE, DEFER_WRAPPER_NOTE
        m, tracer, lit_type = self.m, self.m.tracer, st.call.fun.type

        def heap_defer(fr: Frame) -> Any:
            fv = fun(fr)
            if wrapped:                 # the closure first, then deferproc's record
                tracer.made_by_runtime(fr, st, fv, lit_type, "deferred closure", DEFER_WRAPPER_NOTE)
            record = [fv]
            if m.defer_pool:
                m.defer_pool -= 1       # a freed record is reused: nothing is allocated
            else:
                tracer.made_by_runtime(fr, st, record, lit_type, "defer record", DEFER_RECORD_NOTE)
            m.heap_defers[id(fv)] = record
            return fv
        return heap_defer


def _declared_by(body: list[Any], i: int) -> Any:
    """The statement on the same line that gives the variables declared from ``body[i]`` on
    their values (``x := e``, ``var a, b = f()``), or None."""
    line = body[i].var.pos.line
    j = i + 1
    while j < len(body) and isinstance(body[j], ir.Decl):
        j += 1
    if j < len(body) and not isinstance(body[j], SILENT + (ir.Label,)) and body[j].pos.line == line:
        return body[j]
    return None


def _seq(pre: list[Fn], f: Fn) -> Fn:
    def run(fr: Frame) -> Any:
        for p in pre:
            p(fr)
        return f(fr)
    return run


def _same(a: Any, b: Any) -> bool:
    """gc's SameSafeExpr for the shapes ``x = append(x, ...)`` takes."""
    if isinstance(a, ir.Name) and isinstance(b, ir.Name):
        return a.var is b.var
    if isinstance(a, ir.GlobalName) and isinstance(b, ir.GlobalName):
        return a.glob is b.glob
    if isinstance(a, ir.Dot) and isinstance(b, ir.Dot):
        return a.field == b.field and a.ptr == b.ptr and _same(a.x, b.x)
    if isinstance(a, ir.Deref) and isinstance(b, ir.Deref):
        return _same(a.x, b.x)
    if isinstance(a, ir.Index) and isinstance(b, ir.Index):
        return a.kind == b.kind and _same(a.x, b.x) and _same_const(a.index, b.index)
    return False


def _same_const(a: Any, b: Any) -> bool:
    if isinstance(a, ir.Const) and isinstance(b, ir.Const):
        return bool(a.value == b.value)
    return _same(a, b)


__all__ = ["StmtCompiler", "equal_fn", "T"]
