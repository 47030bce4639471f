"""Escape analysis over a lowered program: batches, graph building, verdicts.

The functions of a file are grouped into *batches*: the strongly connected
components of the static call graph, visited callees first, so that every
call to an earlier batch can use that callee's finished leak summaries,
while mutually recursive functions and closures are solved together with
their callers. Each batch builds its location graph by walking its function
bodies, adds the flows of closure captures and size limits, solves the
graph, and reports: parameter summaries first, then every variable and
allocation in the order its location was created.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import ir
from . import types as T
from .assign import AssignMixin
from .call import CallMixin
from .diagnostics import Diag, Reporter
from .devirtualize import devirtualize_func
from .errors import Pos, Unsupported
from .expr import ExprMixin
from .graph import Attr, Hole, Location
from .oracle import ReassignOracle
from .solve import SolveMixin
from .stmt import StmtMixin

MAX_STACK_VAR_SIZE = 128 * 1024
MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024
MAX_CAPTURE_BY_VALUE = 128


class Walker(ExprMixin, StmtMixin, AssignMixin, CallMixin):
    """Walks one function's body into its batch's graph (gc's ``escape`` struct)."""

    def __init__(self, batch: Batch, fn: ir.Func) -> None:
        self.b = batch
        self.fn = fn
        self.loop_depth = 1
        self.labels: dict[str, str] = {}


@dataclass
class BatchResult:
    funcs: list[ir.Func]
    locations: list[Location] = field(default_factory=list)


class Batch(SolveMixin, Reporter):
    """One strongly connected component of functions, analysed together."""

    def __init__(self, funcs: list[ir.Func], analyzer: Analyzer, level: int) -> None:
        self.funcs = funcs
        self.analyzer = analyzer
        self.level = level
        self.all_locs: list[Location] = []
        self.closures: list[tuple[Hole, ir.FuncLit]] = []
        self.heap = Location(None, None, 0, attrs=Attr.ALL, name="heap")
        self.mutator = Location(None, None, 0, attrs=Attr.MUTATES, name="mutator")
        self.callee = Location(None, None, 0, attrs=Attr.CALLS, name="callee")
        self.blank = Location(None, None, 0, name="blank")
        self.out: list[Diag] = analyzer.out

    # ------------------------------------------------------------ holes
    def heap_hole(self) -> Hole:
        return Hole(self.heap)

    def mutator_hole(self) -> Hole:
        return Hole(self.mutator)

    def callee_hole(self) -> Hole:
        return Hole(self.callee)

    def blank_hole(self) -> Hole:
        return Hole(self.blank)

    def oracle(self, fn: ir.Func) -> ReassignOracle:
        return self.analyzer.oracle(fn)

    def loc_of(self, v: ir.Var) -> Location:
        loc = v.loc
        assert loc is not None, f"{v.name} has no location"
        return loc

    def new_loc(self, w: Walker | None, n: Any, persists: bool, fn: ir.Func | None = None) -> Location:
        loc = Location(n, fn if fn is not None else (w.fn if w else None),
                       w.loop_depth if w else 1)
        if isinstance(n, ir.Var):
            loc.is_param = n.cls is ir.VarClass.PARAM
            n.loc = loc
        if persists:
            loc.attrs |= Attr.PERSISTS
        self.all_locs.append(loc)
        return loc

    def flow(self, k: Hole, src: Location) -> None:
        if k.addrtaken:
            src.addrtaken = True
        dst = k.dst
        if dst is self.blank:
            return
        if dst is src and k.derefs >= 0:
            return
        if dst.has(Attr.ESCAPES) and k.derefs < 0:
            self.explain_immediate(dst, src, k)
            src.attrs |= Attr.ALL
            return
        from .graph import Edge
        dst.edges.append(Edge(src, k.derefs, k.notes))

    def tee(self, w: Walker, ks: list[Hole]) -> Hole:
        if not ks:
            return self.blank_hole()
        if len(ks) == 1:
            return ks[0]
        loc = self.new_loc(w, None, persists=False)
        for k in ks:
            assert k.derefs >= 0, "tee: negative derefs"
            self.flow(k, loc)
        return Hole(loc)

    def later(self, w: Walker, k: Hole) -> Hole:
        loc = self.new_loc(w, None, persists=True)
        self.flow(k, loc)
        return Hole(loc)

    def in_mutual_batch(self, fn: ir.Func) -> bool:
        return 0 < fn.esc_state < 3

    # ------------------------------------------------------------ driver
    def run(self) -> None:
        for fn in self.funcs:
            self.init_func(fn)
        for fn in self.funcs:
            if not fn.is_closure:
                self.walk_func(fn)
        for k, lit in self.closures:
            self.flow_closure(k, lit)
        self.closures = []
        for loc in list(self.all_locs):
            self.rewrite_with_literals(loc)
            why = heap_alloc_reason(loc)
            if why:
                self.flow(self.heap_hole().addr(loc.node, why), loc)
        self.walk_all()
        self.finish()

    def init_func(self, fn: ir.Func) -> None:
        fn.esc_state = 1
        for v in fn.dcl:
            self.new_loc(None, v, persists=True, fn=fn)
        for i, r in enumerate(fn.results):
            self.loc_of(r).result_index = i + 1

    def walk_func(self, fn: ir.Func) -> None:
        w = Walker(self, fn)
        fn.esc_state = 2
        for s in iter_labels(fn.body or []):
            if isinstance(s, ir.Label):
                w.labels[s.name] = "nonlooping"
            elif w.labels.get(s.label) == "nonlooping":
                w.labels[s.label] = "looping"
        w.block(fn.body or [])

    def flow_closure(self, k: Hole, lit: ir.FuncLit) -> None:
        for cv in lit.func.closure_vars:
            loc = self.loc_of(cv)
            byval = not loc.addrtaken and not loc.reassigned and cv.type.size() <= MAX_CAPTURE_BY_VALUE
            self.capture_note(cv, loc, byval)
            use = ir.Name(lit.func.capture_pos.get(id(cv), cv.pos), cv.type, var=cv)
            kk = k if byval else k.addr(use, "reference")
            self.flow(kk.note(use, "captured by a closure"), loc)

    def rewrite_with_literals(self, loc: Location) -> None:
        n = loc.node
        if n is None or loc.fn is None:
            return
        if isinstance(n, ir.Builtin) and n.name == "make" and n.type.is_slice() and n.args:
            idx = 1 if len(n.args) > 1 else 0
            r = n.args[idx]
            if isinstance(r, ir.Const):
                return
            s = self.oracle(loc.fn).static_value(r)
            if isinstance(s, ir.Const) and isinstance(s.value, int) and s.value >= 0:
                n.args[idx] = ir.Const(r.pos, r.type, value=int(s.value))
            elif isinstance(s, ir.Builtin) and s.name == "len":
                x = self.oracle(loc.fn).static_value(s.args[0])
                if isinstance(x, ir.CompLit) and x.kind == "slice":
                    n.args[idx] = ir.Const(r.pos, T.INT, value=literal_len(x))
        elif isinstance(n, ir.Conv) and n.op is ir.ConvOp.IFACE:
            x = n.x
            if isinstance(x, ir.Const) or x.type.is_interface():
                return
            v = self.oracle(loc.fn).static_value(x)
            if isinstance(v, ir.Const) and valid_const_type(x.type, v.value):
                n.x = ir.Const(x.pos, x.type, value=v.value, alias=T.type_string(x.type))

    def finish(self) -> None:
        for fn in self.funcs:
            fn.esc_state = 3
            params = ([(-1, fn.recv)] if fn.recv is not None else []) + list(enumerate(fn.params))
            for idx, p in params:
                self.param_tag(fn, idx, p)
        for loc in self.all_locs:
            self.report_location(loc)


class Analyzer:
    """Runs every batch of a program in gc's order and collects the output."""

    def __init__(self, prog: Any, level: int = 1) -> None:
        self.prog = prog
        self.level = level
        self.out: list[Diag] = []
        self.sites: list[Any] = []
        self._oracles: dict[int, ReassignOracle] = {}
        self.poisoned: set[int] = set()

    def emit_front(self, pos: Pos, text: str) -> None:
        """Messages of the phases before escape analysis (devirtualization)."""
        self.out.append(Diag(pos, (text,), 1))

    def oracle(self, fn: ir.Func) -> ReassignOracle:
        top = fn
        while top.outer is not None:
            top = top.outer
        o = self._oracles.get(id(top))
        if o is None:
            o = ReassignOracle(top)
            self._oracles[id(top)] = o
        return o

    def run(self) -> None:
        funcs: list[ir.Func] = []
        if self.prog.init is not None:
            funcs.append(self.prog.init)
        funcs.extend(self.prog.funcs)
        funcs.extend(getattr(self.prog, "instances", []))
        blocks = bottom_up(funcs)
        for block in blocks:
            for f in block:
                if f.outer is None and not f.unsupported:
                    try:
                        devirtualize_func(f, self.oracle(f), self.emit_front)
                    except Unsupported as exc:
                        f.unsupported.append(exc)
                        self.prog.unsupported.append(exc)
        for block in blocks:
            if any(f.unsupported or id(f) in self.poisoned for f in block) or any(
                    id(c) in self.poisoned or c.unsupported for f in block for c in f.callees):
                for f in block:
                    self.poisoned.add(id(f))
                    f.esc_state = 3
                continue
            Batch(block, self, self.level).run()
        uni = getattr(self.prog, "universe", None)
        if uni is not None and not self.poisoned:
            for level in (1, 2):
                for line in uni.generated_lines(level):
                    self.out.append(Diag(Pos(0, 0), (line,), level, raw=True))


def bottom_up(funcs: list[ir.Func]) -> list[list[ir.Func]]:
    """Tarjan's SCCs over the static call graph, callees first (gc's VisitFuncsBottomUp)."""
    node_id: dict[int, int] = {}
    stack: list[ir.Func] = []
    out: list[list[ir.Func]] = []
    gen = [0]
    done = 1 << 62

    def visit(n: ir.Func) -> int:
        if getattr(n, "external", False):
            return done
        if id(n) in node_id:
            return node_id[id(n)]
        gen[0] += 1
        my = gen[0]
        node_id[id(n)] = my
        gen[0] += 1
        low = gen[0]
        stack.append(n)
        for c in n.callees:
            m = visit(c)
            if m < low:
                low = m
        if (low == my or low == my + 1) and not n.is_closure:
            i = len(stack) - 1
            while i >= 0:
                x = stack[i]
                node_id[id(x)] = done
                if x is n:
                    break
                i -= 1
            block = stack[i:]
            del stack[i:]
            out.append(block)
        return low

    import sys
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 10000))
    try:
        for f in funcs:
            if not f.is_closure:
                visit(f)
    finally:
        sys.setrecursionlimit(old)
    return out


def iter_labels(stmts: list[Any]):  # noqa: ANN201
    """Labels and gotos of a body in pre-order (not entering function literals)."""
    for s in stmts:
        for i in getattr(s, "init", []):
            yield from iter_labels([i])
        if isinstance(s, ir.Label):
            yield s
        elif isinstance(s, ir.Branch) and s.kind == "goto":
            yield s
        for name in ("body", "then", "els"):
            lst = getattr(s, name, None)
            if isinstance(lst, list):
                yield from iter_labels(lst)
        if isinstance(s, ir.Switch):
            for c in s.cases:
                yield from iter_labels(c.body)
        if isinstance(s, ir.Select):
            for c in s.cases:
                yield from iter_labels(c.body)


def literal_len(x: ir.CompLit) -> int:
    n = idx = 0
    for k, _ in x.elems:
        if isinstance(k, ir.Const):
            idx = int(k.value)
        idx += 1
        n = max(n, idx)
    return n


def valid_const_type(t: T.Type, v: Any) -> bool:
    u = t.under
    if not isinstance(u, T.Basic):
        return False
    if isinstance(v, bool):
        return u.info is T.BasicInfo.BOOL
    if isinstance(v, str):
        return u.info is T.BasicInfo.STRING
    if isinstance(v, int):
        return u.info in (T.BasicInfo.INT, T.BasicInfo.UINT)
    if isinstance(v, float):
        return u.info is T.BasicInfo.FLOAT
    if isinstance(v, complex):
        return u.info is T.BasicInfo.COMPLEX
    return False


def heap_alloc_reason(loc: Location) -> str:
    """Size and alignment limits (spec §3): why a location cannot be on the stack."""
    n = loc.node
    if n is None:
        return ""
    if isinstance(n, ir.Var):
        if n.cls is not ir.VarClass.AUTO:
            return ""
        t = n.type
    else:
        t = n.type
    if isinstance(t, T.Tuple):
        return ""
    if t.size() > MAX_STACK_VAR_SIZE:
        return "too large for stack"
    if t.align() > 8:
        return "too aligned for stack"
    if isinstance(n, (ir.PtrLit,)) or isinstance(n, ir.Builtin) and n.name == "new":
        elem = t.under.elem  # type: ignore[attr-defined]
        if elem.size() > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
        if elem.align() > 8:
            return "too aligned for stack"
    if isinstance(n, ir.FuncLit):
        size = 8
        for cv in n.func.closure_vars:
            loc_cv = cv.loc
            byval = loc_cv is not None and not loc_cv.addrtaken and not loc_cv.reassigned and \
                cv.type.size() <= MAX_CAPTURE_BY_VALUE
            a = cv.type.align() if byval else 8
            size = (size + a - 1) // a * a + (cv.type.size() if byval else 8)
        if size > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    if isinstance(n, ir.MethodValue):
        if 8 + n.x.type.size() > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    if isinstance(n, ir.Builtin) and n.name == "make" and n.type.is_slice():
        r = n.args[1] if len(n.args) > 1 else (n.args[0] if n.args else None)
        elem = n.type.under.elem  # type: ignore[attr-defined]
        if elem.size() == 0:
            return "zero-sized element"
        if not (isinstance(r, ir.Const) and isinstance(r.value, int) and -(1 << 31) <= r.value < (1 << 31)):
            return ""
        if int(r.value) > MAX_IMPLICIT_STACK_VAR_SIZE // elem.size():
            return "too large for stack"
    return ""


__all__ = ["Analyzer", "Batch", "Walker", "Pos"]
