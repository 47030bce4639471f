"""The compiler's messages, in its exact wording and order.

Every line is recorded as a ``Diag`` at the moment gc would print it, so
the list is already in gc's order. A line may mention other positions
(``from &x (address-of) at ./main.go:5:9``); those stay ``Pos`` objects
until a path is known. ``-m=2``-only lines carry level 2.

This module also turns each decided location into a ``Site``, the record
the app grades learners against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from . import ir
from . import leaks as L
from .errors import Pos
from .graph import Attr, Location, Note
from .printer import expr_string, node_string
from .reasons import reasons_for

if TYPE_CHECKING:
    from .escape import Batch


@dataclass(frozen=True)
class Diag:
    """One output line: its position, its text (with embedded positions), its -m level."""

    pos: Pos
    parts: tuple[Any, ...]
    level: int = 1
    raw: bool = False        # a whole line from the data (code gc generates in $GOROOT files)

    def render(self, path: str) -> str:
        if self.raw:
            return str(self.parts[0])
        body = "".join(f"{path}:{p}" if isinstance(p, Pos) else str(p) for p in self.parts)
        return f"{path}:{self.pos}: {body}"


class SiteKind(Enum):
    VARIABLE = "variable"
    ALLOCATION = "allocation"
    PARAMETER = "parameter"


class Verdict(Enum):
    STACK = "stack"
    HEAP = "heap"


@dataclass
class FlowStep:
    """One edge of the path that decided a verdict, as ``-m=2`` explains it."""

    dst: str
    src: str
    derefs: int
    notes: list[tuple[str, str, Pos]] = field(default_factory=list)   # (where, why, pos)
    dst_loc: Any = field(default=None, repr=False, compare=False)
    src_loc: Any = field(default=None, repr=False, compare=False)
    where_nodes: list[Any] = field(default_factory=list, repr=False, compare=False)


@dataclass
class Site:
    """Something whose place the compiler decides, with the compiler's answer."""

    name: str
    kind: SiteKind
    pos: Pos
    function: str
    verdict: Verdict | str           # a leak summary text for parameters
    reasons: list[str] = field(default_factory=list)
    flow: list[FlowStep] = field(default_factory=list)
    why: str = ""                    # size-limit reasons (too large for stack...)
    alloc: str = ""                  # allocations: new, ptrlit, make, slicelit, maplit, funclit,
    #                                  box, ddd, concat, conv, append, methodvalue
    addrtaken: bool = False          # variables: its address is taken somewhere
    captured: bool = False           # variables: a closure captures it

    @property
    def key(self) -> str:
        """A stable handle for a site within one program: ``name@line:col``."""
        return f"{self.name}@{self.pos}"


def alloc_kind(loc: Location) -> str:
    """What kind of allocation a location stands for (questions ask about some kinds by default)."""
    n = loc.node
    if loc.is_append:
        return "append"
    if isinstance(n, ir.Builtin):
        return n.name if n.name in ("new", "make") else n.name
    if isinstance(n, ir.PtrLit):
        return "ptrlit"
    if isinstance(n, ir.CompLit):
        return "ddd" if n.ddd_arg else ("maplit" if n.kind == "map" else "slicelit")
    if isinstance(n, ir.FuncLit):
        return "funclit"
    if isinstance(n, ir.MethodValue):
        return "methodvalue"
    if isinstance(n, ir.AddStr):
        return "concat"
    if isinstance(n, ir.Conv):
        return "box" if n.op is ir.ConvOp.IFACE else "conv"
    if isinstance(n, ir.Addr):
        return "new"
    return "other"


def _pos_of(n: Any) -> Pos:
    return n.pos


class Reporter:
    """Mixin for ``Batch``: writes parameter, location and explanation lines."""

    out: list[Diag]
    level: int

    def emit(self: Batch, pos: Pos, *parts: Any, level: int = 1) -> None:
        if level <= self.level:
            self.out.append(Diag(pos, parts, level))

    # ------------------------------------------------------------ -m lines
    def self_assignment(self: Batch, fn: ir.Func, where: Any) -> None:
        self.emit(where.pos, f"{fn.name} ignoring self-assignment in {node_string(where)}")

    def param_tag(self: Batch, fn: ir.Func, idx: int, p: ir.Var) -> None:
        if not p.type.has_pointers():
            return
        if p.unnamed or p.name == "_" or p.loc is None:
            fn.leaks[idx] = L.Leaks()
            return
        loc = p.loc
        esc = loc.leaks.copy()
        esc.optimize()
        fn.leaks[idx] = esc
        diagnose = not fn.is_wrapper and not getattr(fn, "is_instance", False)
        if not diagnose or loc.has(Attr.ESCAPES):
            return
        warned = False
        summary: list[str] = []
        if (x := esc.heap()) is not None:
            text = f"leaking param: {p.name}" if x == 0 else f"leaking param content: {p.name}"
            self.emit(p.pos, text)
            summary.append(text)
            warned = True
        for i in range(L.NUM_RESULTS):
            x = esc.result(i)
            if x is not None:
                res = fn.results[i].name
                text = f"leaking param: {p.name} to result {res} level={x}"
                self.emit(p.pos, text)
                summary.append(text)
                warned = True
        if not warned:
            text = f"{p.name} does not escape"
            self.emit(p.pos, text)
            summary.append(text)
        self.analyzer.sites.append(Site(p.name, SiteKind.PARAMETER, p.pos, fn.name,
                                        "; ".join(summary), reasons=["param-leak"]))

    def report_location(self: Batch, loc: Location) -> None:
        n = loc.node
        if n is None:
            return
        fn_name = loc.fn.name if loc.fn is not None else ""
        if isinstance(n, ir.Var):
            if loc.has(Attr.ESCAPES):
                self.emit(n.pos, f"moved to heap: {n.name}")
            if n.cls is ir.VarClass.AUTO and not n.is_temp or loc.has(Attr.ESCAPES):
                self.analyzer.sites.append(Site(
                    n.name, SiteKind.VARIABLE, n.pos, fn_name,
                    Verdict.HEAP if loc.has(Attr.ESCAPES) else Verdict.STACK,
                    reasons=reasons_for(self, loc), flow=self.flow_of(loc),
                    addrtaken=loc.addrtaken or n.addrtaken_syntax, captured=n.captured_syntax))
            return
        if isinstance(n, ir.FuncLit) and n.func.is_wrapper:
            return
        text = "append" if loc.is_append else expr_string(n)
        escapes = loc.has(Attr.ESCAPES)
        self.emit(n.pos if not isinstance(n, ir.Builtin) or n.name != "append" else n.pos,
                  f"{text} {'escapes to heap' if escapes else 'does not escape'}")
        if isinstance(n, ir.Conv) and n.op is ir.ConvOp.STR2BYTES and not loc.has(Attr.MUTATES):
            self.emit(n.pos, "zero-copy string->[]byte conversion")
        self.analyzer.sites.append(Site(text, SiteKind.ALLOCATION, n.pos, fn_name,
                                        Verdict.HEAP if escapes else Verdict.STACK,
                                        reasons=reasons_for(self, loc), flow=self.flow_of(loc),
                                        alloc=alloc_kind(loc)))

    def flow_of(self: Batch, loc: Location) -> list[FlowStep]:
        return list(loc.flow_steps)

    # ------------------------------------------------------------ -m=2 lines
    def capture_note(self: Batch, cv: ir.Var, loc: Location, byval: bool) -> None:
        if self.level < 2:
            return
        owner = cv.fn.name if cv.fn is not None else ""
        how = "value" if byval else "ref"
        self.emit(cv.pos, f"{owner} capturing by {how}: {cv.name} (addr={str(loc.addrtaken).lower()} "
                  f"assign={str(loc.reassigned).lower()} width={cv.type.size()})", level=2)

    def explain_loc(self: Batch, loc: Location) -> str:
        if loc is self.heap:
            return "{heap}"
        if loc.node is None:
            return "{temp}"
        if isinstance(loc.node, ir.Var):
            return loc.node.name
        return "{storage for " + expr_string(loc.node) + "}"

    def loc_text(self: Batch, loc: Location) -> str:
        n = loc.node
        if isinstance(n, ir.Var):
            return n.name
        return expr_string(n)

    def explain_flow(self: Batch, pos: Pos, dst: Location, src: Location, derefs: int,
                     notes: Note | None, steps: list[FlowStep]) -> None:
        ops = "&" if derefs < 0 else "*" * derefs
        step = FlowStep(self.explain_loc(dst), self.explain_loc(src), derefs, dst_loc=dst, src_loc=src)
        self.emit(pos, f"  flow: {step.dst} ← {ops}{step.src}:", level=2)
        nt = notes
        while nt is not None:
            where = node_string(nt.where)
            wpos = _pos_of(nt.where)
            step.notes.append((where, nt.why, wpos))
            step.where_nodes.append(nt.where)
            self.emit(pos, f"    from {where} ({nt.why}) at ", wpos, level=2)
            nt = nt.next
        steps.append(step)

    def explain_immediate(self: Batch, dst: Location, src: Location, k: Any) -> None:
        steps: list[FlowStep] = []
        if src.node is None:
            return
        pos = _pos_of(src.node)
        fn = src.fn.name if src.fn is not None else ""
        self.emit(pos, f"{self.loc_text(src)} escapes to heap in {fn}:", level=2)
        self.explain_flow(pos, dst, src, k.derefs, k.notes, steps)
        src.flow_steps = steps

    def explain_path(self: Batch, root: Location, src: Location) -> list[FlowStep]:
        visited: set[int] = set()
        pos = _pos_of(src.node)
        steps: list[FlowStep] = []
        while True:
            if id(src) in visited:
                self.emit(pos, "  warning: truncated explanation due to assignment cycle; "
                          "see golang.org/issue/35518", level=2)
                break
            visited.add(id(src))
            dst = src.dst
            assert dst is not None
            edge = dst.edges[src.dst_edge]
            self.explain_flow(pos, dst, src, edge.derefs, edge.notes, steps)
            if dst is root:
                break
            src = dst
        return steps

    def explain_escape(self: Batch, root: Location, loc: Location) -> None:
        if loc.node is None:
            return
        fn = loc.fn.name if loc.fn is not None else ""
        self.emit(_pos_of(loc.node), f"{self.loc_text(loc)} escapes to heap in {fn}:", level=2)
        loc.flow_steps = self.explain_path(root, loc)

    def explain_leak(self: Batch, root: Location, loc: Location, derefs: int) -> None:
        if self.level < 2 or loc.node is None:
            return
        fn = loc.fn.name if loc.fn is not None else ""
        self.emit(_pos_of(loc.node), f"parameter {loc.node.name} leaks to {self.explain_loc(root)} "
                  f"for {fn} with derefs={derefs}:", level=2)
        self.explain_path(root, loc)
