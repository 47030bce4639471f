"""The cost model: gc's ``hairyVisitor`` over a count of gc's IR nodes.

gc decides whether a function can be inlined by walking its IR and
charging one unit per node, with a few rules on top: a call costs the
callee's own cost when the callee would be inlined at that site, 57
otherwise (17 when the callee is a parameter or a captured variable); a
closure literal costs 16 whatever its body; ``panic`` costs one extra
(none when its argument is an implicit conversion to ``any``); slice
literals and method values cost 2, method expressions, blocks and no-op
conversions nothing; ``&x.f`` of a field at offset 0 costs 2 less,
``*&x`` 1 less, ``s[0:len(s)]`` 3 less; only the taken branch of an
``if`` on a constant counts. Some constructs make a function impossible
to inline whatever its cost (``go``, ``defer``, ``recover``). The budget
is 80, 800 for a closure.

Our IR is not gc's: it keeps fewer nodes (``x := e`` is a ``Decl`` and an
``Assign`` in both, but a blank destination is ``None`` here and a node
there; a method call's method expression carries a type node in gc).
This module charges, for each node of ours, the gc nodes it stands for,
so the count is gc's. The same walk counts raw nodes for gc's "big
function" rule (more than 5,000 nodes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..ir import nodes as ir
from ..types import model as T
from .special import Special, special_call
from .walk import walk_all

MAX_BUDGET = 80
CLOSURE_BUDGET = 800
"""A closure may be called once; it is then inlinable up to this cost (gc's inlineClosureCalledOnceCost)."""
EXTRA_CALL_COST = 57
PARAM_CALL_COST = 17
CLOSURE_COST = 15
PANIC_COST = 1
BIG_FUNCTION_NODES = 5000
BIG_FUNCTION_MAX_COST = 20
RANGE_BODY_COST = 12
"""A range-over-func body's prologue in gc: ``#tmpState := #stateN`` and its check."""
RANGE_EXIT_COST = 4
"""``break``/``continue`` out of a range-over-func body: ``#stateN = ...; return false/true``."""
DICT_ENTRY_NODES = 4
"""A method of a type parameter read from the dictionary, ``&.dict[N]``: its gc nodes."""
TEMPS_PER_VALUE = 4
"""``a, b = f()``: what gc takes off per value for its rewrite through temporaries."""
DICT_WORD_NODES = 4
"""A word read from the dictionary: INDEX, DEREF, NAME, LITERAL (its CONVNOP costs nothing)."""
DYNAMIC_TYPE_COST = 1 + DICT_WORD_NODES
"""A type parameter's type read from the dictionary: DYNAMICTYPE and the word."""


CalleeCost = Callable[[ir.Call, bool, bool], "int | None"]
"""For a call: the cost the callee adds at this site when gc would inline it there, else None.

The flags say whether the function being measured is "big", and whether gc at ``-m``
still visits the call: it stops at the first node past the budget, where ``-m=2``
goes on counting (a literal called there is measured, and noted, only later)."""


@dataclass
class CostResult:
    """What the visitor found: the cost, or why the function can never be inlined."""

    cost: int = 0
    reason: str = ""
    nodes: int = 0
    used_calls: list[ir.Call] = field(default_factory=list)
    unknown: str = ""                   # what makes gc's cost unknown to us (not modelled)


class CostVisitor:
    """Walks one function's body, charging gc's costs (``hairyVisitor.doNode``)."""

    def __init__(self, fn: ir.Func, callee_cost: CalleeCost, big: bool, budget: int) -> None:
        self.fn = fn
        self.callee_cost = callee_cost
        self.big = big
        self.budget = budget
        self.cost = 0
        self.nodes = 0                          # every node, for gc's "big function" rule
        self.reason = ""                        # what makes it impossible to inline, first found
        self.range_body = bool(getattr(fn, "is_range_body", False))
        self.loops = self.breakable = 0         # loops and breakable statements around a node
        self.labels: set[str] = set()           # labels of this body
        self.range_labels = range_loop_labels(fn.body or [])
        self.next_declared = False              # gc's #next, once per function
        self.unknown = ""                       # why gc's cost is not known here
        if self.range_body:
            self.cost += RANGE_BODY_COST

    def hairy(self, reason: str) -> None:
        """gc stops at the first such node; we go on counting nodes (the caller may be big)."""
        if not self.reason:
            self.reason = reason

    # ------------------------------------------------------------ statements
    def stmts(self, ss: list[Any]) -> None:
        for s in ss:
            self.stmt(s)

    def stmt(self, s: Any) -> None:
        if s is None:
            return
        self.nodes += 1
        self.stmts(s.init)
        if isinstance(s, ir.Decl):
            self.cost += 2                       # DCL + its NAME
            self.nodes += 1
        elif isinstance(s, ir.Assign):
            self.cost += 1
            self.dst(s.x)
            self.expr(s.y)
        elif isinstance(s, ir.Assign2):
            self.cost += 1
            if s.via_temps:
                # gc's compensation for its rewrite through temporaries: each one is
                # charged 3 times and its DCL once more, plus the extra assignment
                self.cost -= TEMPS_PER_VALUE * len(s.lhs) + 1
            for x in s.lhs:
                self.dst(x)
            self.exprs(s.rhs)
        elif isinstance(s, ir.ExprStmt):
            self.expr(s.x)
        elif isinstance(s, ir.Return):
            self.cost += 1
            self.exprs(s.results)
        elif isinstance(s, ir.Block):
            if s.range_func:
                self.cost += range_loop_extra(s)
                self.next_checks(s)
            self.stmts(s.body)
        elif isinstance(s, ir.If):
            if s.static:
                # gc keeps the live branch as a block, evaluating a condition
                # that is not a constant for its effects (``_ = cond``)
                if not isinstance(s.cond, ir.Const):
                    self.cost += 2
                    self.expr(s.cond)
                self.stmts(s.then if s.static > 0 else s.els)
                return
            self.cost += 1
            self.expr(s.cond)
            self.stmts(s.then)
            self.stmts(s.els)
        elif isinstance(s, ir.For):
            if isinstance(s.cond, ir.Const) and s.cond.value is False:
                return                           # gc keeps only the loop's init
            self.cost += 1
            self.expr(s.cond)
            self.stmt(s.post)
            self.loop(s.body)
        elif isinstance(s, ir.Range):
            self.cost += 1
            self.expr(s.x)
            self.dst(s.key, blank_free=s.value is None)
            self.dst(s.value, blank_free=True)
            self.loop(s.body)
        elif isinstance(s, ir.Switch):
            self.cost += 1
            if s.type_switch:
                self.cost += 1                   # the TYPESW guard
                if s.bound:
                    self.cost += 1               # the name it binds (``v := x.(type)``)
            self.expr(s.tag)
            self.breakable += 1
            for c in s.cases:
                self.cost += 1                   # CASE
                if c.var is not None:
                    self.cost += 1
                if c.nil_case:
                    self.cost += 1               # ``case nil`` lists a NIL (types are free)
                self.exprs(c.exprs)
                self.stmts(c.body)
            self.breakable -= 1
        elif isinstance(s, ir.Select):
            self.cost += 1
            self.breakable += 1
            for sc in s.cases:
                self.cost += 1 + _select_recv_extra(sc.comm or [])
                self.stmts(sc.comm or [])
                self.stmts(sc.body)
            self.breakable -= 1
        elif isinstance(s, ir.Send):
            self.cost += 1
            self.expr(s.ch)
            self.expr(s.value)
        elif isinstance(s, ir.GoDefer):
            self.hairy("unhandled op " + ("GO" if s.is_go else "DEFER"))
            self.expr(s.call)
        elif isinstance(s, ir.Label):
            self.cost += 1
            self.labels.add(s.name)
        elif isinstance(s, ir.Branch):
            if s.kind != "fallthrough":
                self.cost += 1
            if self.range_body and s.kind in ("break", "continue"):
                if s.label and s.label not in self.labels:
                    self.cost += RANGE_EXIT_COST + 3     # ... and #next = the loop it leaves
                elif not s.label and (s.kind == "break" and not self.breakable or
                                      s.kind == "continue" and not self.loops):
                    self.cost += RANGE_EXIT_COST
        elif isinstance(s, ir.RecvStmt):
            self.expr(s.x)
        else:
            raise AssertionError(f"cost: unexpected statement {type(s).__name__}")

    def next_checks(self, b: ir.Block) -> None:
        """gc's ``#next`` checks after a range-over-func loop (``rangefunc.rewriter.checks``):
        a loop nested in a loop body tests ``#next > 2`` after it (7 nodes); a labelled
        ``break``/``continue`` out of a loop body to an ordinary loop is tested after the
        outermost loop (8 nodes each); the function declares ``#next`` once (4 nodes).
        Labelled exits of nested loop bodies, or to a range-over-func loop, propagate through
        more checks: not counted (the cost is unknown)."""
        body = range_body_of(b)
        if body is None:
            return
        nested = any(isinstance(x, ir.Block) and x.range_func for x in walk_all(body.body or []))
        exits = labelled_exits(body)
        if self.range_body:
            self.cost += 7
            if exits:
                self.unknown = "a labelled break or continue out of nested range-over-func loops"
            return
        for _kind, label in dict.fromkeys(exits):
            if label in self.range_labels:
                self.unknown = "a labelled break or continue of a range-over-func loop"
            self.cost += 8
        if (nested or exits) and not self.next_declared:
            self.next_declared = True
            self.cost += 4

    def loop(self, body: list[Any]) -> None:
        self.loops += 1
        self.breakable += 1
        self.stmts(body)
        self.loops -= 1
        self.breakable -= 1

    def dst(self, x: ir.Expr | None, blank_free: bool = False) -> None:
        if x is None:
            if not blank_free:
                self.cost += 1                   # the blank NAME
            return
        self.expr(x)

    # ------------------------------------------------------------ expressions
    def exprs(self, es: list[Any]) -> None:
        for e in es:
            self.expr(e)

    def expr(self, e: Any) -> None:
        if e is None:
            return
        self.nodes += 1
        self.stmts(e.init)
        if isinstance(e, (ir.Name, ir.GlobalName, ir.FuncName, ir.Const, ir.Nil)):
            self.cost += 1
        elif isinstance(e, ir.MethodExpr):
            pass                                 # METHEXPR and its TYPE cost nothing
        elif isinstance(e, (ir.Unary, ir.Deref)):
            self.cost += 1
            if isinstance(e, ir.Deref) and isinstance(_skip_nop(e.x), ir.Addr):
                self.cost -= 1
            self.expr(e.x)
        elif isinstance(e, ir.Binary):
            self.cost += 1
            self.expr(e.x)
            self.expr(e.y)
        elif isinstance(e, ir.AddStr):
            self.cost += 1
            self.exprs(e.operands)
        elif isinstance(e, ir.Addr):
            self.cost += 1
            x = e.x
            if isinstance(x, ir.Dot) and isinstance(x.x, ir.Name) and _field_offset(x) == 0:
                self.cost -= 2
            self.expr(x)
        elif isinstance(e, ir.Dot):
            self.cost += 1
            self.expr(e.x)
        elif isinstance(e, ir.Index):
            self.cost += 1
            self.expr(e.x)
            self.expr(e.index)
        elif isinstance(e, ir.SliceExpr):
            self.cost += 1
            if isinstance(e.lo, ir.Const) and e.lo.value == 0:
                self.cost -= 1
            if isinstance(e.hi, ir.Builtin) and e.hi.name == "len" and \
                    isinstance(e.x, ir.Name) and isinstance(e.hi.args[0], ir.Name) and \
                    e.hi.args[0].var is e.x.var:
                self.cost -= 2
            self.expr(e.x)
            self.expr(e.lo)
            self.expr(e.hi)
            self.expr(e.max)
        elif isinstance(e, ir.Conv):
            if not _is_convnop(e):
                self.cost += 1
            self.expr(e.x)
        elif isinstance(e, ir.TypeAssert):
            self.cost += 1
            if e.dynamic:    # the target's type word from the dictionary, the source's type
                self.cost += DICT_WORD_NODES + (DICT_WORD_NODES if e.derived_source else 2)
            self.expr(e.x)
        elif isinstance(e, ir.Call):
            self.call(e)
        elif isinstance(e, ir.Builtin):
            self.builtin(e)
        elif isinstance(e, ir.PtrLit):
            self.cost += 1
            self.expr(e.lit)
        elif isinstance(e, ir.CompLit):
            self.composite(e)
        elif isinstance(e, ir.FuncLit):
            self.cost += 1 + CLOSURE_COST
        elif isinstance(e, ir.MethodValue):
            self.cost += 2
            self.expr(e.x)
        elif isinstance(e, ir.Recv):
            self.cost += 1
            self.expr(e.ch)
        elif isinstance(e, ir.DictEntry):
            self.cost += DICT_ENTRY_NODES        # gc's &.dict[N]: ADDR, INDEX, NAME, LITERAL
            self.nodes += DICT_ENTRY_NODES - 1
        else:
            raise AssertionError(f"cost: unexpected expression {type(e).__name__}")

    def call(self, e: ir.Call) -> None:
        visible = self.cost <= self.budget
        self.cost += 1
        if e.iface:
            self.cost += EXTRA_CALL_COST + 1      # CALLINTER's cost, and its DOTINTER
            self.expr(e.recv)
            self.exprs(e.args)
            return
        special = special_call(e.fun.func) if isinstance(e.fun, (ir.FuncName, ir.MethodExpr)) \
            else None
        if special is Special.CALLER_PC:
            self.hairy(f"call to {e.fun.func.std_key}")  # type: ignore[union-attr]
        if special is Special.CHEAP:
            self.expr(e.fun)
            self.exprs(e.args)
            return
        # past a node that forbids inlining, gc stops: we only count nodes (no callee is measured)
        extra = self.callee_cost(e, self.big, visible) if not self.reason else EXTRA_CALL_COST
        if extra is None:
            extra = EXTRA_CALL_COST
            if isinstance(e.fun, ir.Name) and (e.fun.var.cls is ir.VarClass.PARAM or
                                               e.fun.var.fn is not self.fn):
                extra = PARAM_CALL_COST
        self.cost += extra
        if isinstance(e.fun, (ir.FuncName, ir.MethodExpr)) and e.fun.func.is_instance:
            # the dictionary argument: &.dict.F[...], or from shaped code a sub-dictionary
            # read from the caller's own, (*[N]uintptr)(.dict[i])
            self.cost += 4 if not self.fn.is_wrapper and _sub_dictionary(e) else 2
        self.expr(e.fun)
        self.exprs(e.args)

    def builtin(self, e: ir.Builtin) -> None:
        if e.name == "recover":
            self.hairy("call to recover")
        self.cost += 1
        if e.name == "new" and e.type_text == "<node DYNAMICTYPE>":
            self.cost += DYNAMIC_TYPE_COST
        if e.name == "make" and not e.args and not e.type.is_slice():
            self.cost += 1                       # gc's implicit size 0 of a map or channel
        if e.name == "panic":
            arg = e.args[0]
            self.cost += PANIC_COST
            if isinstance(arg, ir.Conv) and arg.op is ir.ConvOp.IFACE and arg.implicit:
                self.cost -= 1
        self.exprs(e.args)

    def composite(self, e: ir.CompLit) -> None:
        self.cost += 2 if e.kind == "slice" else 1
        for k, v in e.elems:
            if e.kind == "struct":
                self.cost += 1                   # STRUCTKEY
            elif k is not None or e.kind == "map":
                self.cost += 1                   # KEY
                self.expr(k)
            self.expr(v)


def range_loop_extra(b: ir.Block) -> int:
    """What gc's rewrite of a range-over-func loop has beyond our lowering: the check after
    the call (``if #stateN == 2 { panicrangestate(4) }``), and no temporary for an iterator
    that is a plain name."""
    extra = 7
    tmp = next((s for s in b.body if isinstance(s, ir.Assign) and isinstance(s.x, ir.Name)
                and s.x.var.is_temp), None)
    if tmp is not None and not isinstance(tmp.y, ir.Call):
        extra -= 5                   # DCL, NAME, AS, NAME of our temporary; its use for gc's name
    return extra


def _sub_dictionary(e: ir.Call) -> bool:
    """Is a call of a shape instance passed a sub-dictionary (type arguments still shapes)?"""
    if isinstance(e.fun, ir.FuncName):
        return bool(getattr(e.fun, "subdict", False))
    recv = e.args[0].type if e.args else None
    if isinstance(recv, T.Pointer):
        recv = recv.elem
    return any(getattr(t, "is_shape", False) for t in getattr(recv, "targs", []))


def range_body_of(b: ir.Block) -> ir.Func | None:
    """The loop body function of a range-over-func loop's rewrite."""
    for st in b.body:
        if isinstance(st, ir.Assign) and isinstance(st.y, ir.FuncLit):
            return st.y.func
    return None


def labelled_exits(body: ir.Func) -> list[tuple[str, str]]:
    """``break L``/``continue L`` in a loop body (or the bodies nested in it) to a label outside."""
    own = {n.name for n in walk_all(body.body or []) if isinstance(n, ir.Label)}
    out = []
    for n in walk_all(body.body or []):
        if isinstance(n, ir.Branch) and n.kind in ("break", "continue") and n.label and \
                n.label not in own:
            out.append((n.kind, n.label))
        elif isinstance(n, ir.Block) and n.range_func:
            inner = range_body_of(n)
            if inner is not None:
                out.extend(x for x in labelled_exits(inner) if x[1] not in own)
    return out


def range_loop_labels(body: list[Any]) -> set[str]:
    """Labels that name a range-over-func loop (a label followed by its rewrite)."""
    out: set[str] = set()
    prev = None
    for n in walk_all(body):
        if isinstance(n, ir.Block) and n.range_func and isinstance(prev, ir.Label):
            out.add(prev.name)
        prev = n
    return out


def _select_recv_extra(comm: list[Any]) -> int:
    """A select receive is always ``v, ok = <-c`` in gc: the blank destinations it adds."""
    last = comm[-1] if comm else None
    if isinstance(last, ir.ExprStmt) and isinstance(last.x, ir.Recv):
        return 3                                 # the SELRECV2 and its two blanks
    if isinstance(last, ir.Assign) and isinstance(last.y, ir.Recv):
        return 1                                 # the blank ok
    return 0


def _is_convnop(e: ir.Conv) -> bool:
    """Is this conversion gc's OCONVNOP (no code): same representation, or to/from unsafe.Pointer?"""
    if e.op is ir.ConvOp.NOP:
        # an explicit conversion between floating-point (or complex) types of one size
        # rounds: gc keeps it (OCONV), as ``float64(*f)`` of a named float64
        a, b = e.x.type.under, e.type.under
        return e.implicit or not (isinstance(a, T.Basic) and isinstance(b, T.Basic) and
                                  a.info in _ROUNDING and a.name == b.name)
    if e.op is not ir.ConvOp.CONV:
        return False
    if e.type.under is T.UNSAFE_POINTER or e.x.type.under is T.UNSAFE_POINTER:
        return True
    a, b = e.x.type.under, e.type.under
    return isinstance(a, T.Basic) and isinstance(b, T.Basic) and a.is_numeric() and \
        b.is_numeric() and SIM_TYPE.get(a.name, a.name) == SIM_TYPE.get(b.name, b.name)


_ROUNDING = (T.BasicInfo.FLOAT, T.BasicInfo.COMPLEX)

SIM_TYPE = {"int": "int64", "uint": "uint64", "uintptr": "uint64", "byte": "uint8", "rune": "int32"}
"""Numeric types gc represents alike on amd64 (``types.SimType``): converting between them is free."""


def _skip_nop(e: Any) -> Any:
    while isinstance(e, ir.Conv) and _is_convnop(e):
        e = e.x
    return e


def _field_offset(d: ir.Dot) -> int:
    """The byte offset of the selected field in its struct."""
    t = d.x.type.under
    if d.ptr and isinstance(t, T.Pointer):
        t = t.elem.under
    if not isinstance(t, T.Struct):
        return -1
    offsets, _, _ = t.layout()
    names = [f.name for f in t.fields]
    return offsets[names.index(d.field)] if d.field in names else -1


def measure(fn: ir.Func, callee_cost: CalleeCost, big: bool, budget: int = MAX_BUDGET) -> CostResult:
    """gc's cost of ``fn``'s body, or the reason it can never be inlined, and its node count."""
    v = CostVisitor(fn, callee_cost, big, budget)
    v.stmts(fn.body or [])
    if v.reason:
        return CostResult(reason=v.reason, nodes=v.nodes, unknown=v.unknown)
    return CostResult(cost=v.cost, nodes=v.nodes, unknown=v.unknown)


def gc_node_count(fn: ir.Func) -> int:
    """Roughly how many nodes gc's IR has for ``fn`` (gc's ``IsBigFunc`` counts them all):
    every node of ours, plus the ones gc has and we leave out (declared names, blanks,
    method expressions' type nodes)."""
    n = 0
    for node in walk_all(fn.body or []):
        n += 1
        if isinstance(node, (ir.Decl, ir.MethodExpr)):
            n += 1
        elif isinstance(node, ir.DictEntry):
            n += DICT_ENTRY_NODES - 1
        elif isinstance(node, ir.Assign) and node.x is None:
            n += 1
        elif isinstance(node, ir.Assign2):
            n += sum(1 for x in node.lhs if x is None)
            if node.via_temps:
                n -= TEMPS_PER_VALUE * len(node.lhs) + 1     # as gc's IsBigFunc
    return n
