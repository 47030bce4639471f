"""The compiler's messages, in its exact wording and order.

``Reporter`` implements the escape pass's observer: every line is
recorded as a ``Diag`` at the moment gc would print it, so the list is
already in gc's order. A line may mention other positions (``from &x
(address-of) at ./main.go:5:9``); those stay ``Pos`` objects until a path
is known. ``-m=2``-only lines carry level 2. Each decided location also
becomes a ``Site``, the record the app grades learners against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import Pos
from ..escape import leaks as L
from ..escape.graph import Attr, Hole, Location, Note
from ..escape.leaks import Leaks
from ..ir import nodes as ir
from ..ir.fmt import expr_string, node_string
from .reasons import reasons_for
from .sites import FlowStep, Site, SiteKind, Verdict, alloc_kind


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


class Reporter:
    """Writes parameter, location and explanation lines, and the sites, as escape decides them."""

    def __init__(self, level: int = 2) -> None:
        self.level = level
        self.out: list[Diag] = []
        self.sites: list[Site] = []

    def emit(self, pos: Pos, *parts: Any, level: int = 1) -> None:
        if level <= self.level:
            self.out.append(Diag(pos, parts, level))

    # ------------------------------------------------------------ other passes
    def front_line(self, pos: Pos, text: str) -> None:
        self.out.append(Diag(pos, (text,), 1))

    def generated_line(self, level: int, line: str) -> None:
        self.out.append(Diag(Pos(0, 0), (line,), level, raw=True))

    # ------------------------------------------------------------ -m lines
    def self_assignment(self, fn: ir.Func, where: Any) -> None:
        self.emit(where.pos, f"{fn.name} ignoring self-assignment in {node_string(where)}")

    def param_summary(self, fn: ir.Func, p: ir.Var, leaks: Leaks) -> None:
        warned = False
        summary: list[str] = []
        if (x := leaks.heap()) is not None:
            text = f"leaking param: {p.name}" if x == 0 else f"leaking param content: {p.name}"
            self.emit(p.pos, text)
            summary.append(text)
            warned = True
        for i in range(L.NUM_RESULTS):
            x = leaks.result(i)
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
        self.sites.append(Site(p.name, SiteKind.PARAMETER, p.pos, fn.name,
                               "; ".join(summary), reasons=["param-leak"]))

    def location(self, loc: Location) -> None:
        n = loc.node
        if n is None:
            return
        fn_name = loc.fn.name if loc.fn is not None else ""
        if isinstance(n, ir.Var):
            if loc.has(Attr.ESCAPES):
                self.emit(n.pos, f"moved to heap: {n.name}")
            if n.cls is ir.VarClass.AUTO and not n.is_temp or loc.has(Attr.ESCAPES):
                self.sites.append(Site(
                    n.name, SiteKind.VARIABLE, n.pos, fn_name,
                    Verdict.HEAP if loc.has(Attr.ESCAPES) else Verdict.STACK,
                    reasons=reasons_for(loc), flow=list(loc.flow_steps),
                    addrtaken=loc.addrtaken or n.addrtaken_syntax, captured=n.captured_syntax,
                    node=n))
            return
        if isinstance(n, ir.FuncLit) and n.func.is_wrapper:
            return
        text = "append" if loc.is_append else expr_string(n)
        escapes = loc.has(Attr.ESCAPES)
        self.emit(n.pos, f"{text} {'escapes to heap' if escapes else 'does not escape'}")
        zero_copy = isinstance(n, ir.Conv) and n.op is ir.ConvOp.STR2BYTES and not loc.has(Attr.MUTATES)
        if zero_copy:
            self.emit(n.pos, "zero-copy string->[]byte conversion")
        self.sites.append(Site(text, SiteKind.ALLOCATION, n.pos, fn_name,
                               Verdict.HEAP if escapes else Verdict.STACK,
                               reasons=reasons_for(loc), flow=list(loc.flow_steps),
                               alloc=alloc_kind(loc), zero_copy=zero_copy, node=n))

    # ------------------------------------------------------------ -m=2 lines
    def capture(self, cv: ir.Var, loc: Location, byval: bool) -> None:
        if self.level < 2:
            return
        owner = cv.fn.name if cv.fn is not None else ""
        how = "value" if byval else "ref"
        self.emit(cv.pos, f"{owner} capturing by {how}: {cv.name} (addr={str(loc.addrtaken).lower()} "
                  f"assign={str(loc.reassigned).lower()} width={cv.type.size()})", level=2)

    def immediate_escape(self, dst: Location, src: Location, k: Hole) -> None:
        steps: list[FlowStep] = []
        if src.node is None:
            return
        pos = src.node.pos
        fn = src.fn.name if src.fn is not None else ""
        self.emit(pos, f"{loc_text(src)} escapes to heap in {fn}:", level=2)
        self.explain_flow(pos, dst, src, k.derefs, k.notes, steps)
        src.flow_steps = steps

    def escape(self, root: Location, loc: Location) -> None:
        if loc.node is None:
            return
        fn = loc.fn.name if loc.fn is not None else ""
        self.emit(loc.node.pos, f"{loc_text(loc)} escapes to heap in {fn}:", level=2)
        loc.flow_steps = self.explain_path(root, loc)

    def leak(self, root: Location, loc: Location, derefs: int) -> None:
        if self.level < 2 or loc.node is None:
            return
        fn = loc.fn.name if loc.fn is not None else ""
        self.emit(loc.node.pos, f"parameter {loc.node.name} leaks to {explain_loc(root)} "
                  f"for {fn} with derefs={derefs}:", level=2)
        self.explain_path(root, loc)

    def explain_flow(self, pos: Pos, dst: Location, src: Location, derefs: int,
                     notes: Note | None, steps: list[FlowStep]) -> None:
        ops = "&" if derefs < 0 else "*" * derefs
        step = FlowStep(explain_loc(dst), explain_loc(src), derefs, dst_loc=dst, src_loc=src)
        self.emit(pos, f"  flow: {step.dst} ← {ops}{step.src}:", level=2)
        nt = notes
        while nt is not None:
            where = node_string(nt.where)
            wpos = nt.where.pos
            step.notes.append((where, nt.why, wpos))
            step.where_nodes.append(nt.where)
            self.emit(pos, f"    from {where} ({nt.why}) at ", wpos, level=2)
            nt = nt.next
        steps.append(step)

    def explain_path(self, root: Location, src: Location) -> list[FlowStep]:
        """The solver's shortest path from ``src`` to ``root``, one flow line per edge."""
        visited: set[int] = set()
        pos = src.node.pos
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


def explain_loc(loc: Location) -> str:
    """A location as ``-m=2`` names it in flow lines."""
    if loc.is_heap:
        return "{heap}"
    if loc.node is None:
        return "{temp}"
    if isinstance(loc.node, ir.Var):
        return loc.node.name
    return "{storage for " + expr_string(loc.node) + "}"


def loc_text(loc: Location) -> str:
    n = loc.node
    if isinstance(n, ir.Var):
        return n.name
    return expr_string(n)
