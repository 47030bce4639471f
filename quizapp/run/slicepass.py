"""gc's ``slice`` pass over our IR: which appends may use a stack buffer after all.

gc (cmd/compile/internal/slice) tracks each local slice variable whose uses
it fully understands (``s = append(s, ...)``, ``s = s[i:j]``, ``s[i]``,
``len``/``cap``, passing it to a parameter that does not leak, one return
or assignment that hands it out). When the only way the backing array
escapes is that single hand-off, outside any loop deeper than the
declaration, and the appends weigh at least 2, gc moves the slice to the
heap just before the hand-off and lets the appends use a stack buffer
(growing through the size classes when the capacity is observed). This
changes ``cap`` values a program can print, so the interpreter follows the
same decisions; the pass is re-done here on the lowered IR.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analysis.ir import nodes as ir
from .backing import STACK_BUF, SliceInfo


@dataclass
class _Track:
    var: ir.Var
    ok: int = 0
    all: int = 0
    transition: Any = None
    appends: list[ir.Builtin] = field(default_factory=list)
    weight: int = 0
    decl_depth: int = 0
    cap_used: bool = False
    dropped: bool = False


def param_leaks(fn: ir.Func, idx: int) -> bool:
    """Does argument ``idx`` of a static call of ``fn`` leak anywhere (receiver first)?"""
    pidx = idx
    if fn.sig.recv is not None or fn.recv is not None:
        pidx = idx - 1
    if fn.external:
        tag = fn.leak_tags.get(pidx)
        if not isinstance(tag, dict):
            return tag is not None
        return any(tag.get(k) is not None for k in ("heap", "mutator", "callee")) or any(
            r is not None for r in tag.get("results") or [])
    leaks = fn.leaks.get(pidx)
    if leaks is None:
        return bool(getattr(fn, "esc_skipped", False))
    return any(s is not None for s in leaks.slots)


class SlicePass:
    """The analysis of one function."""

    def __init__(self, fn: ir.Func) -> None:
        self.fn = fn
        self.tracks: dict[int, _Track] = {}
        self.named_results: list[ir.Var] = []
        for v in fn.dcl + fn.params + fn.results:
            if id(v) in self.tracks or not v.type.is_slice():
                continue
            if v.type.under.elem.size() > STACK_BUF:  # type: ignore[attr-defined]
                continue
            self.tracks[id(v)] = _Track(v)
            if v.cls is ir.VarClass.RESULT:
                self.named_results.append(v)
        self.depth = 0

    def tracking(self, n: Any) -> _Track | None:
        if isinstance(n, ir.Name):
            t = self.tracks.get(id(n.var))
            if t is not None and not t.dropped:
                return t
        return None

    def transition(self, t: _Track, stmt: Any) -> None:
        if t.transition is not None or self.depth > t.decl_depth:
            t.dropped = True
            return
        t.transition = stmt

    def run(self) -> SliceInfo:
        info = SliceInfo()
        if not self.tracks or self.fn.body is None:
            return info
        for st in self.fn.body:
            self.visit(st, st)
        for t in self.tracks.values():
            if t.dropped or t.ok != t.all or t.transition is None or t.weight < 2:
                continue
            info.moves[id(t.transition)] = (t.var, t.cap_used)
            for a in t.appends:
                info.use_buf[id(a)] = t.cap_used
        return info

    # ------------------------------------------------------------ the walk
    def assign(self, x: Any, y: Any, stmt: Any) -> None:
        t = self.tracking(x)
        if t is not None:
            if y is None or isinstance(y, ir.Nil):
                t.ok += 1
            elif isinstance(y, ir.CompLit) and y.kind == "slice":
                t.ok += 1
                t.cap_used = True
            elif isinstance(y, ir.SliceExpr) and not y.string and self.tracking(y.x) is t:
                t.ok += 2
                t.cap_used = True
            elif isinstance(y, ir.Builtin) and y.name == "append" and self.tracking(y.args[0]) is t:
                t.ok += 2
                t.appends.append(y)
                t.weight += 1 + (self.depth - t.decl_depth)
        ty = self.tracking(y)
        if ty is not None:
            ty.ok += 1
            self.transition(ty, stmt)

    def visit(self, n: Any, stmt: Any) -> None:
        if n is None:
            return
        if isinstance(n, list):
            for x in n:
                self.visit(x, stmt)
            return
        if isinstance(n, tuple):
            for x in n:
                self.visit(x, stmt)
            return
        if not isinstance(n, (ir.Expr, ir.Stmt, ir.CaseClause, ir.SelectCase)):
            return
        if isinstance(n, ir.Stmt):
            stmt = n
        self.node(n, stmt)
        loop = isinstance(n, (ir.For, ir.Range))
        if loop:
            self.depth += 1
        try:
            self.children(n, stmt)
        finally:
            if loop:
                self.depth -= 1

    def node(self, n: Any, stmt: Any) -> None:
        t = self.tracking(n)
        if t is not None:
            t.all += 1
            return
        if isinstance(n, ir.Decl):
            td = self.tracks.get(id(n.var))
            if td is not None:
                td.decl_depth = self.depth
        elif isinstance(n, ir.Index) and n.kind is ir.IndexKind.SLICE:
            ti = self.tracking(n.x)
            if ti is not None:
                ti.ok += 1
        elif isinstance(n, ir.Builtin) and n.name in ("len", "cap") and n.args:
            tb = self.tracking(n.args[0])
            if tb is not None:
                tb.ok += 1
                if n.name == "cap":
                    tb.cap_used = True
        elif isinstance(n, ir.Addr):
            x = n.x
            while True:
                if isinstance(x, ir.Dot) and not x.ptr:
                    x = x.x
                    continue
                if isinstance(x, ir.Index) and x.kind is ir.IndexKind.ARRAY:
                    x = x.x
                    continue
                break
            if isinstance(x, ir.Index) and x.kind is ir.IndexKind.SLICE:
                ta = self.tracking(x.x)
                if ta is not None:
                    ta.dropped = True
        elif isinstance(n, ir.Return):
            for r in n.results:
                tr = self.tracking(r)
                if tr is not None:
                    tr.ok += 1
                    self.transition(tr, n)
            if not n.results:
                for v in self.named_results:
                    tv = self.tracks.get(id(v))
                    if tv is not None and not tv.dropped:
                        self.transition(tv, n)
        elif isinstance(n, ir.Call) and not n.iface and isinstance(n.fun, (ir.FuncName, ir.MethodExpr)):
            for i, a in enumerate(n.args):
                tc = self.tracking(a)
                if tc is not None and not param_leaks(n.fun.func, i):
                    tc.ok += 1
                    tc.cap_used = True
        elif isinstance(n, ir.Range):
            tg = self.tracking(n.x)
            if tg is not None:
                tg.ok += 1
                self.transition(tg, n)
        elif isinstance(n, ir.Assign) and not n.op:
            self.assign(n.x, n.y, n)
        elif isinstance(n, ir.Assign2) and n.kind is ir.Assign2Kind.PAIR:
            for x, y in zip(n.lhs, n.rhs):
                self.assign(x, y, n)
        elif isinstance(n, ir.FuncLit):
            for v in n.func.closure_vars:
                tf = self.tracks.get(id(v))
                if tf is not None:
                    tf.all += 1

    def children(self, n: Any, stmt: Any) -> None:
        if isinstance(n, ir.FuncLit):
            return
        for name in ("init", "x", "y", "index", "lo", "hi", "max", "args", "fun", "recv",
                     "operands", "lit", "ch", "value", "cond", "then", "els", "post", "body",
                     "key", "tag", "cases", "exprs", "comm", "results", "lhs", "rhs", "call"):
            sub = getattr(n, name, None)
            if sub is None or isinstance(sub, (str, bool, int)):
                continue
            if name == "elems":
                continue
            self.visit(sub, stmt)
        if isinstance(n, ir.CompLit):
            for k, v in n.elems:
                self.visit(k, stmt)
                self.visit(v, stmt)


def slice_pass(fn: ir.Func) -> SliceInfo:
    return SlicePass(fn).run()
