"""Memory diagrams as data: stack frames, the heap and the pointers, step by step.

Pure Python (no Qt). ``build(analysis, entry="main")`` runs a small
evaluator over the entry function's straight-line code and records a
snapshot at every call and return, as the source article draws them: the
entry frame first, each call pushing a frame below it, a return leaving the
frame behind marked invalid with the stack pointer moved back up, and the
next call's frame overwriting it. Variables the compiler moved to the heap
live in the heap column, with arrows from the pointers that reach them.

The evaluator is deliberately small: it computes integer and string values
of straight-line code, follows pointers, runs a loop's first iteration and
recursion to a bounded depth; everything else is shown as the expression.
The model lists what it simplified.

Geometry is laid out here too, so that tests can check it (no arrow crosses
text) and the Qt renderer only draws.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..analysis import Analysis, Verdict
from ..analysis.ir import nodes as ir
from ..analysis.ir.fmt import expr_string

MAX_DEPTH = 3
MAX_STEPS = 40


class DiagramError(Exception):
    """The diagram cannot be drawn (no such function, nothing to show)."""


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float

    def intersects_segment(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        (x1, y1), (x2, y2) = a, b
        if x1 == x2:
            lo, hi = sorted((y1, y2))
            return self.x < x1 < self.x + self.w and hi > self.y and lo < self.y + self.h
        lo, hi = sorted((x1, x2))
        return self.y < y1 < self.y + self.h and hi > self.x and lo < self.x + self.w


@dataclass
class Slot:
    name: str
    value: str
    address: str
    heap_ref: str = ""          # id of the heap object this variable lives in (moved to heap)
    points_to: Any = None       # ("stack", frame_index, slot_name) / ("heap", object id)
    rect: Rect | None = None
    text_rects: list[Rect] = field(default_factory=list)


@dataclass
class Frame:
    func: str
    slots: list[Slot] = field(default_factory=list)
    invalid: bool = False
    goroutine: int = 0
    overwrites: bool = False    # drawn over a popped frame
    rect: Rect | None = None
    header: Rect | None = None


@dataclass
class HeapObject:
    id: str
    label: str
    value: str
    reason: str
    address: str
    rect: Rect | None = None
    text_rects: list[Rect] = field(default_factory=list)


@dataclass
class Arrow:
    kind: str                   # sharing-down (stack to stack), sharing-up (stack to heap), dangling
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Snapshot:
    title: str
    frames: list[Frame]
    heap: list[HeapObject]
    sp: int                     # frames[:sp] are live
    arrows: list[Arrow] = field(default_factory=list)
    note: str = ""
    note_key: str = ""          # for translation: which note, with note_args
    note_args: dict[str, str] = field(default_factory=dict)
    what_if: Snapshot | None = None
    width: float = 0
    height: float = 0
    sp_y: float = 0


@dataclass
class DiagramModel:
    entry: str
    steps: list[Snapshot]
    simplifications: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- evaluation

class _Ptr:
    """A pointer value: to a stack slot or a heap object."""

    def __init__(self, target: tuple) -> None:
        self.target = target

    def __repr__(self) -> str:
        return f"&{self.target}"


class _Evaluator:
    def __init__(self, analysis: Analysis, funcs: dict[str, ir.Func]) -> None:
        self.a = analysis
        self.funcs = funcs
        self.heap_vars = {(s.function, s.name) for s in analysis.sites
                          if s.kind.value == "variable" and s.verdict is Verdict.HEAP}
        self.reasons = {(s.function, s.name): (s.reasons[0] if s.reasons else "")
                        for s in analysis.sites}
        self.escaping_allocs = {(s.function, s.pos.line, s.pos.col): s for s in analysis.sites
                                if s.kind.value == "allocation" and s.verdict is Verdict.HEAP}
        self.frames: list[Frame] = []
        self.values: list[dict[str, Any]] = []
        self.heap: list[HeapObject] = []
        self.heap_values: dict[str, Any] = {}
        self.steps: list[Snapshot] = []
        self.simplified: set[str] = set()
        self.next_stack = 0xC000104F00
        self.next_heap = 0xC000012000
        self.depth = 0
        self.popped: list[Frame] = []

    # --- snapshots
    def snap(self, title: str, note: str = "") -> None:
        if len(self.steps) >= MAX_STEPS:
            self.simplified.add("only the first %d steps are drawn" % MAX_STEPS)
            return
        frames = [copy.deepcopy(f) for f in self.frames]
        for i, f in enumerate(frames):
            for s in f.slots:
                s.value = "" if s.heap_ref else self.show(self.values[i].get(s.name), s)
        live = len(frames)
        for p in self.popped:
            frames.append(copy.deepcopy(p))
        heap = copy.deepcopy(self.heap)
        for h in heap:
            h.value = self.show(self.heap_values.get(h.id), None)
        self.steps.append(Snapshot(title, frames, heap, live, note=note))

    def show(self, v: Any, slot: Slot | None) -> str:
        if isinstance(v, _Ptr):
            kind = v.target[0]
            if kind == "heap":
                h = next((h for h in self.heap if h.id == v.target[1]), None)
                return h.address if h else "pointer"
            fi, name = v.target[1], v.target[2]
            if fi < len(self.frames):
                s = next((s for s in self.frames[fi].slots if s.name == name), None)
                if s is not None:
                    return s.address
            return "pointer"
        if v is None:
            return "?"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str) and not v.startswith("«"):
            return '"' + v + '"'
        if isinstance(v, str):
            return v.strip("«»")
        return str(v)

    # --- frames
    def push(self, func: str) -> int:
        self.popped = [p for p in self.popped if False]
        f = Frame(func)
        self.frames.append(f)
        self.values.append({})
        return len(self.frames) - 1

    def pop(self) -> None:
        f = self.frames.pop()
        vals = self.values.pop()
        f.invalid = True
        for sl in f.slots:          # a popped frame keeps its bytes until something overwrites them
            sl.value = self.show(vals.get(sl.name), sl) if not sl.heap_ref else ""
        self.popped = [f]

    def declare(self, fi: int, fn: ir.Func, var: ir.Var, value: Any) -> None:
        frame = self.frames[fi]
        if var.name in ("_", "") or var.is_temp or var.name.startswith(("~", "#", ".")):
            return
        key = (fn.name, var.name)
        if key in self.heap_vars:
            hid = f"{fn.name}.{var.name}"
            if not any(h.id == hid for h in self.heap):
                self.heap.append(HeapObject(hid, var.name, "", self.reasons.get(key, ""),
                                            hex(self.next_heap)))
                self.next_heap += 0x10
            self.heap_values[hid] = value
            slot = Slot(var.name, "", "", heap_ref=hid)
        else:
            self.next_stack -= 8
            slot = Slot(var.name, "", hex(self.next_stack))
        if all(s.name != var.name for s in frame.slots):
            frame.slots.append(slot)
        self.values[fi][var.name] = value

    def lookup(self, fi: int, fn: ir.Func, var: ir.Var) -> tuple:
        key = (fn.name, var.name)
        if key in self.heap_vars or (var.fn is not None and (var.fn.name, var.name) in self.heap_vars):
            owner = var.fn.name if var.fn is not None else fn.name
            return ("heap", f"{owner}.{var.name}")
        return ("stack", fi, var.name)

    def load(self, target: tuple) -> Any:
        if target[0] == "heap":
            return self.heap_values.get(target[1])
        _, fi, name = target
        if fi < len(self.values):
            return self.values[fi].get(name)
        return None

    def store(self, target: tuple, v: Any) -> None:
        if target[0] == "heap":
            self.heap_values[target[1]] = v
        else:
            _, fi, name = target
            if fi < len(self.values):
                self.values[fi][name] = v

    # --- running
    def call(self, fn: ir.Func, args: list[Any], title: str | None = None) -> Any:
        if self.depth >= MAX_DEPTH:
            self.simplified.add(f"recursion is drawn to a depth of {MAX_DEPTH}")
            return "«…»"
        self.depth += 1
        fi = self.push(fn.name)
        params = ([fn.recv] if fn.recv is not None else []) + fn.params
        for p, v in zip(params, args):
            self.declare(fi, fn, p, v)
        self.snap(title or f"call {fn.name}")
        result = self.block(fi, fn, fn.body or [])
        if isinstance(result, _Return):
            result = result.values[0] if result.values else None
        if self.frames[fi].slots:
            self.snap(f"{fn.name} returns", note=f"{fn.name} is about to return")
        self.pop()
        self.depth -= 1
        return result

    def block(self, fi: int, fn: ir.Func, stmts: list[Any]) -> Any:
        for st in stmts:
            r = self.stmt(fi, fn, st)
            if isinstance(r, _Return):
                return r
        return None

    def stmt(self, fi: int, fn: ir.Func, st: Any) -> Any:
        for i in getattr(st, "init", []):
            self.stmt(fi, fn, i)
        if isinstance(st, ir.Decl):
            if st.var.name not in self.values[fi]:
                self.declare(fi, fn, st.var, None)
        elif isinstance(st, ir.Assign):
            v = self.expr(fi, fn, st.y) if st.y is not None else _zero(st.x)
            if st.op and st.x is not None:
                old = self.expr(fi, fn, st.x)
                v = _arith(st.op, old, v)
            self.assign(fi, fn, st.x, v, st.define)
        elif isinstance(st, ir.Assign2):
            if st.kind is ir.Assign2Kind.PAIR:
                vals = [self.expr(fi, fn, y) for y in st.rhs]
            else:
                vals = [self.expr(fi, fn, st.rhs[0])] + [None] * (len(st.lhs) - 1)
                if isinstance(vals[0], tuple):
                    vals = list(vals[0])
            for x, v in zip(st.lhs, vals):
                self.assign(fi, fn, x, v, st.define)
        elif isinstance(st, ir.Return):
            return _Return([self.expr(fi, fn, r) for r in st.results])
        elif isinstance(st, ir.ExprStmt):
            self.expr(fi, fn, st.x)
        elif isinstance(st, ir.Block):
            return self.block(fi, fn, st.body)
        elif isinstance(st, ir.If):
            c = self.expr(fi, fn, st.cond)
            branch = st.then if c is not False else st.els
            if not isinstance(c, bool):
                self.simplified.add("conditions the diagram cannot decide take their first branch")
                branch = st.then
            return self.block(fi, fn, branch)
        elif isinstance(st, (ir.For, ir.Range)):
            self.simplified.add("loops are drawn for their first iteration")
            return self.block(fi, fn, st.body)
        elif isinstance(st, ir.GoDefer):
            self.simplified.add("go and defer calls are drawn where they are written")
            call = st.call
            if isinstance(call, ir.Call) and isinstance(call.fun, ir.FuncLit) and call.fun.func.is_wrapper:
                return self.block(fi, call.fun.func, call.fun.func.body or [])
            self.expr(fi, fn, call)
        return None

    def assign(self, fi: int, fn: ir.Func, x: Any, v: Any, define: bool) -> None:
        if x is None:
            return
        if isinstance(x, ir.Name):
            if x.var.name not in self.values[fi] and not x.var.name.startswith(("~", "#", ".")):
                self.declare(fi, fn, x.var, v)
            target = self.lookup(fi, fn, x.var)
            self.store(target, v)
        elif isinstance(x, ir.Deref):
            p = self.expr(fi, fn, x.x)
            if isinstance(p, _Ptr):
                self.store(p.target, v)

    def expr(self, fi: int, fn: ir.Func, e: Any) -> Any:
        if e is None:
            return None
        for i in getattr(e, "init", []):
            self.stmt(fi, fn, i)
        if isinstance(e, ir.Const):
            return e.value if not isinstance(e.value, float) else round(e.value, 4)
        if isinstance(e, ir.Name):
            return self.load(self.lookup(fi, fn, e.var))
        if isinstance(e, ir.Addr) and isinstance(e.x, ir.Name):
            return _Ptr(self.lookup(fi, fn, e.x.var))
        if isinstance(e, ir.Deref):
            p = self.expr(fi, fn, e.x)
            return self.load(p.target) if isinstance(p, _Ptr) else f"«{expr_string(e)}»"
        if isinstance(e, ir.Binary):
            v = _arith(e.op, self.expr(fi, fn, e.x), self.expr(fi, fn, e.y))
            return f"«{expr_string(e)}»" if v is None else v
        if isinstance(e, ir.Conv) and e.op in (ir.ConvOp.IFACE, ir.ConvOp.NOP, ir.ConvOp.CONV):
            return self.expr(fi, fn, e.x)
        if isinstance(e, (ir.PtrLit, ir.Builtin, ir.CompLit, ir.FuncLit)) and _allocates(e):
            return self.alloc(fi, fn, e)
        if isinstance(e, ir.Call):
            return self.do_call(fi, fn, e)
        if isinstance(e, ir.Builtin) and e.name in ("println", "print", "panic"):
            for a in e.args:
                self.expr(fi, fn, a)
            self.library_call(e.name)
            return None
        return f"«{expr_string(e)}»"

    def alloc(self, fi: int, fn: ir.Func, e: Any) -> Any:
        site = self.escaping_allocs.get((fn.name, e.pos.line, e.pos.col))
        label = "func literal" if isinstance(e, ir.FuncLit) else expr_string(e)
        if site is None:
            return f"«{label}»"
        hid = f"alloc{e.pos.line}:{e.pos.col}"
        if not any(h.id == hid for h in self.heap):
            self.heap.append(HeapObject(hid, label, "", site.reasons[0] if site.reasons else "",
                                        hex(self.next_heap)))
            self.next_heap += 0x20
            self.heap_values[hid] = f"«{label}»"
        return _Ptr(("heap", hid))

    def do_call(self, fi: int, fn: ir.Func, c: ir.Call) -> Any:
        callee = c.fun.func if isinstance(c.fun, (ir.FuncName, ir.MethodExpr)) else None
        args = [self.expr(fi, fn, a) for a in c.args]
        if callee is None or callee.body is None or getattr(callee, "external", False):
            name = callee.name if callee is not None else expr_string(c.fun)
            self.library_call(name)
            return f"«{expr_string(c)}»"
        return self.call(callee, args)

    def library_call(self, name: str) -> None:
        """A call whose body is not ours (fmt.Println): its frame still takes the stack."""
        self.push(name)
        self.snap(f"call {name}")
        self.pop()


class _Return:
    def __init__(self, values: list[Any]) -> None:
        self.values = values


def _zero(x: Any) -> Any:
    t = getattr(x, "type", None)
    if t is not None and t.is_string():
        return ""
    if t is not None and getattr(t.under, "info", None) is not None and t.under.is_numeric():
        return 0
    return None


def _arith(op: str, x: Any, y: Any) -> Any:
    if not (isinstance(x, (int, float)) and isinstance(y, (int, float))) or isinstance(x, bool):
        if op == "+" and isinstance(x, str) and isinstance(y, str) and not x.startswith("«") \
                and not y.startswith("«"):
            return x + y
        return None
    try:
        return {"+": x + y, "-": x - y, "*": x * y,
                "/": (x // y if isinstance(x, int) and isinstance(y, int) else x / y) if y else None,
                "%": x % y if y else None, "<": x < y, ">": x > y, "==": x == y, "!=": x != y,
                "<=": x <= y, ">=": x >= y}.get(op)
    except (TypeError, ZeroDivisionError):
        return None


def _allocates(e: Any) -> bool:
    if isinstance(e, ir.Builtin):
        return e.name in ("new", "make")
    if isinstance(e, ir.CompLit):
        return e.kind in ("slice", "map")
    return True


# ---------------------------------------------------------------- building

def build(analysis: Analysis, entry: str = "main") -> DiagramModel:
    prog = analysis.program
    if prog is None:
        raise DiagramError("no program to draw")
    funcs = {f.name: f for f in getattr(prog, "funcs", [])}
    fn = funcs.get(entry)
    if fn is None or fn.body is None:
        names = ", ".join(sorted(n for n, f in funcs.items() if f.body is not None))
        raise DiagramError(f"no function {entry!r} (functions: {names})")
    ev = _Evaluator(analysis, funcs)
    fi = ev.push(fn.name)
    ev.depth = 1
    for p in ([fn.recv] if fn.recv is not None else []) + fn.params:
        ev.declare(fi, fn, p, f"«{p.name}»")
    ev.snap(f"enter {fn.name}")
    orig_call = ev.call

    def traced_call(callee: ir.Func, args: list[Any], title: str | None = None) -> Any:
        r = orig_call(callee, args, title)
        ev.snap(f"return from {callee.name}",
                note=f"{callee.name}'s frame is no longer valid; the stack pointer moved back")
        return r
    ev.call = traced_call  # type: ignore[method-assign]
    ev.block(fi, fn, fn.body)
    ev.snap(f"end of {fn.name}")
    model = DiagramModel(entry, ev.steps, sorted(ev.simplified))
    _add_what_if(model, analysis)
    for s in model.steps:
        layout_snapshot(s)
        if s.what_if is not None:
            layout_snapshot(s.what_if)
    return model


def _add_what_if(model: DiagramModel, analysis: Analysis) -> None:
    """For a variable moved to the heap: the picture if it had stayed in its (popped) frame.

    Drawn at the first step where a live pointer holds its address: the pointer
    would lead into the returned function's frame, which is no longer valid, and
    the next call's frame is written over that memory."""
    returned: list[tuple[str, list[HeapObject]]] = []
    for s in model.steps:
        if s.title.startswith("return from "):
            func = s.title.removeprefix("return from ")
            moved = [h for h in s.heap if h.id.startswith(func + ".")]
            if moved:
                returned.append((func, moved))
            continue
        for func, moved in returned:
            addrs = {h.address: h for h in moved}
            holders = [sl for f in s.frames[:s.sp] for sl in f.slots if sl.value in addrs]
            if not holders:
                continue
            alt = copy.deepcopy(s)
            ghost = Frame(func, invalid=True)
            for n, h in enumerate(moved):
                ghost.slots.append(Slot(h.label, h.value, hex(0xC000104E90 - 8 * n)))
            alt.heap = [x for x in alt.heap if x.address not in addrs]
            for f in alt.frames[:alt.sp]:
                for sl in f.slots:
                    if sl.value in addrs:
                        idx = moved.index(addrs[sl.value])
                        sl.value = ghost.slots[idx].address
            callee = alt.frames[alt.sp - 1] if alt.sp > 1 and alt.frames[alt.sp - 1].func != func else None
            names = ", ".join(h.label for h in moved)
            if callee is not None and alt.sp >= 2:
                callee.overwrites = True
                alt.frames.insert(alt.sp - 1, ghost)
                alt.sp += 1
                alt.note = (f"If {names} stayed on the stack, it would live in {func}'s popped frame: "
                            f"the pointer dangles, and {callee.func}'s frame now overwrites that memory.")
                alt.note_key = "overwritten"
            else:
                alt.frames.insert(alt.sp, ghost)
                alt.note = (f"If {names} stayed on the stack, the pointer would lead into {func}'s "
                            f"frame, which is no longer valid.")
                alt.note_key = "dangling"
            alt.note_args = {"names": names, "func": func, "callee": callee.func if callee else ""}
            alt.title = s.title + " (if it stayed on the stack)"
            s.what_if = alt
            returned.remove((func, moved))
            break


# ---------------------------------------------------------------- geometry

STACK_X = 70.0
STACK_W = 380.0
LANE_W = 7.0
HEAP_X = STACK_X + STACK_W + 110.0
HEAP_W = 260.0
ROW_H = 24.0
HEADER_H = 26.0
TOP = 50.0
GAP = 14.0
LEGEND_W = 330.0


def layout_snapshot(s: Snapshot) -> None:
    """Rectangles for frames, slots and heap objects; arrows routed in the channels between them."""
    y = TOP
    name_of: dict[tuple[int, str], Slot] = {}
    for fi, f in enumerate(s.frames):
        h = HEADER_H + max(1, len(f.slots)) * ROW_H + 8
        f.rect = Rect(STACK_X, y, STACK_W, h)
        f.header = Rect(STACK_X + 8, y + 4, STACK_W - 16, HEADER_H - 8)
        for si, sl in enumerate(f.slots):
            ry = y + HEADER_H + si * ROW_H
            sl.rect = Rect(STACK_X + 6, ry, STACK_W - 12, ROW_H - 4)
            sl.text_rects = [Rect(STACK_X + 12, ry + 2, 96, ROW_H - 8),
                             Rect(STACK_X + 112, ry + 2, STACK_W - 126, ROW_H - 8)]
            name_of[(fi, sl.name)] = sl
        if fi == s.sp - 1:
            s.sp_y = y + h + GAP / 2
        y += h + GAP
    if s.sp == 0:
        s.sp_y = TOP - GAP / 2
    hy = TOP
    for ho in s.heap:
        ho.rect = Rect(HEAP_X, hy, HEAP_W, 46)
        ho.text_rects = [Rect(HEAP_X + 8, hy + 4, HEAP_W - 16, 18), Rect(HEAP_X + 8, hy + 24, HEAP_W - 16, 18)]
        hy += 46 + GAP
    s.height = max(y, hy) + 46
    s.width = max(HEAP_X + HEAP_W + 30, STACK_X + 3 * LEGEND_W)
    heap_by_addr = {h.address: h for h in s.heap}
    heap_by_id = {h.id: h for h in s.heap}
    s.arrows = []
    right_lane = 0
    left_lane = 0
    for fi, f in enumerate(s.frames):
        for sl in f.slots:
            if sl.rect is None:
                continue
            ymid = sl.rect.y + sl.rect.h / 2
            target_heap = heap_by_id.get(sl.heap_ref) or heap_by_addr.get(sl.value)
            if target_heap is not None and target_heap.rect is not None:
                lane = STACK_X + STACK_W + 20 + right_lane * LANE_W
                right_lane += 1
                ty = target_heap.rect.y + target_heap.rect.h / 2
                s.arrows.append(Arrow("sharing-up" if not sl.heap_ref else "moved",
                                      [(STACK_X + STACK_W, ymid), (lane, ymid), (lane, ty), (HEAP_X, ty)]))
                continue
            for (tfi, tname), target in name_of.items():
                if target is sl or target.rect is None or target.address != sl.value or not sl.value:
                    continue
                lane = STACK_X - 14 - left_lane * LANE_W
                left_lane += 1
                ty = target.rect.y + target.rect.h / 2
                kind = "dangling" if s.frames[tfi].invalid else "sharing-down"
                s.arrows.append(Arrow(kind, [(STACK_X, ymid), (lane, ymid), (lane, ty), (STACK_X, ty)]))
                break


def text_rects(s: Snapshot) -> list[Rect]:
    out: list[Rect] = []
    for f in s.frames:
        if f.header is not None:
            out.append(f.header)
        for sl in f.slots:
            out.extend(sl.text_rects)
    for h in s.heap:
        out.extend(h.text_rects)
    return out
