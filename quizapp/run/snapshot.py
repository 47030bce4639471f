"""The full state of a run at one step: goroutines, frames, variables, objects, pointers.

Values are shown as ``%+v`` prints them (``{X:1 Y:2}``), without calling
the program's String or Error methods (a snapshot must not run code).
Each variable and object says where it lives (``stack``, ``heap``, or
``unknown`` where the analysis gave no verdict); objects the analysis put
on the stack are drawn in the frame that made them; heap objects no
longer reachable are kept a little while as garbage (an append's old
backing array, say). Pointers are given as (from, to) pairs of stable ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analysis.escape.limits import captured_by_value
from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .allocs import heap_at_run_time, no_alloc
from .chans import Chan
from .registry import STATIC, ObjInfo, Registry, _node_label
from .scopes import Span, in_scope, scope_span
from .values import Func, Iface, Map, Ptr, Slice, is_aggregate, slot_types, width

MAX_TEXT = 2000
NO_SITE = "none"
"""The verdict of memory no analysis site made (the library's, a channel, a go or defer
statement's closure): gc has no line about it, ``note`` says what it is."""
VERDICTS = ("heap", "stack", NO_SITE)
KEEP_GARBAGE = 6


@dataclass
class VarView:
    name: str
    type: str
    value: str
    where: str                        # stack, heap, unknown; static for a package-level variable
    addr: str
    obj: str = ""                     # the id pointers to it use (on the heap: the object it is)
    points_to: list[str] = field(default_factory=list)   # objects its value refers to
    captured: bool = False            # reached through the closure's context
    line: int = 0                     # where it is declared
    inlined: str = ""                 # in a call the build inlines: the function called
    dynamic: str = ""                 # an interface's dynamic type ("nil" for a nil interface)
    size: str = ""                    # a slice's length and capacity ("len 2 cap 4"), which %v hides


@dataclass
class ObjView:
    id: str
    label: str
    type: str
    value: str
    where: str                        # heap, stack, unknown, static
    site: str                         # the analysis site (``name@line:col``) or ""
    verdict: str                      # the site's verdict, or NO_SITE
    addr: str
    owner: int = 0                    # the frame that declared or allocated it (0: none)
    kind: str = "alloc"               # var, alloc, runtime, static
    points_to: list[str] = field(default_factory=list)
    garbage: bool = False
    note: str = ""
    reasons: list[str] = field(default_factory=list)
    owner_func: str = ""              # that frame's function


@dataclass
class FrameView:
    id: int
    func: str
    line: int
    col: int
    vars: list[VarView] = field(default_factory=list)
    returning: bool = False           # a return step's frame: it hands back ``results`` now
    results: list[VarView] = field(default_factory=list)   # what it returns (gc's ``~r0`` unnamed)


@dataclass
class GoroutineView:
    id: int
    state: str                        # running, runnable, waiting
    reason: str
    frames: list[FrameView] = field(default_factory=list)


@dataclass
class StepView:
    index: int
    line: int
    col: int
    event: str
    goroutine: int
    detail: str
    goroutines: list[GoroutineView]
    heap: list[ObjView]
    stack_objects: list[ObjView]
    stdout: int
    stderr: int
    globals: FrameView | None = None   # the program's package-level variables (static data)
    static_objects: list[ObjView] = field(default_factory=list)   # what their static initialisers lay out

    def frames(self) -> list[FrameView]:
        """The frames of the goroutine this step belongs to (outermost first)."""
        for g in self.goroutines:
            if g.id == self.goroutine:
                return g.frames
        return self.goroutines[0].frames if self.goroutines else []


class _Walk:
    """Follows values to the memory they refer to, registering what it meets."""

    def __init__(self, m: Any, reg: Registry, unknown: Any = None) -> None:
        self.m = m
        self.reg = reg
        self.unknown = unknown or reg.runtime_object    # registers memory no site made
        self.seen: set[str] = set()
        self.order: list[ObjInfo] = []

    def refs(self, t: T.Type | None, v: Any, out: list[str]) -> None:
        """Objects a value of type ``t`` points to (appended to ``out``)."""
        if t is None or v is None or not _may_point(t):
            return
        u = t.under
        if isinstance(u, T.Pointer):
            if isinstance(v, Ptr):
                info = self.reg.get(v.c) or self.unknown(v.c, _guess(v, u.elem),
                                                                    f"*{T.type_string(u.elem)}")
                self.visit(info, out)
            return
        if isinstance(u, T.Slice):
            if isinstance(v, Slice) and v.arr is not None:
                info = self.reg.get(v.arr) or self.unknown(
                    v.arr, T.Array(v.cap if width(u.elem) else 0, u.elem), f"[{v.cap}]{T.type_string(u.elem)}")
                self.visit(info, out)
            return
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.STRING:
            info = self.reg.get(v) if isinstance(v, bytes) and v else None
            if info is not None:
                self.visit(info, out)
            return
        if isinstance(u, (T.Map, T.Chan, T.Signature)):
            if isinstance(v, (Map, Chan, Func)):
                info = self.reg.get(v) or self.unknown(v, t, T.type_string(t))
                self.visit(info, out)
            return
        if isinstance(u, T.Interface):
            if isinstance(v, Iface):
                info = self.reg.get(v)
                if info is not None:
                    self.visit(info, out)
                else:
                    self.refs(v.t, v.v, out)
            return
        if is_aggregate(t):
            for st, x in zip(slot_types(t), v):
                self.refs(st, x, out)

    def visit(self, info: ObjInfo, out: list[str]) -> None:
        out.append(info.key)
        if info.key in self.seen:
            return
        self.seen.add(info.key)
        self.order.append(info)
        info_refs: list[str] = []
        self.contents_refs(info, info_refs)
        info._refs = info_refs  # type: ignore[attr-defined]

    def contents_refs(self, info: ObjInfo, out: list[str]) -> None:
        c, t = info.container, info.type
        if isinstance(c, Iface):
            self.refs(c.t, c.v, out)
        elif isinstance(c, Map):
            for k, v in c.d.values():
                self.refs(c.t.key, k, out)
                self.refs(c.t.elem, v, out)
        elif isinstance(c, Func):
            captured = getattr(getattr(c.code, "fn", None), "closure_vars", None) or []
            for i, cell in enumerate(c.env or []):
                cv = captured[i] if i < len(captured) else None
                ci = None if cv is not None and _by_value(cv) else self.reg.get(cell)
                if ci is not None and not (ci.var is not None and _hidden(ci.var)):
                    self.visit(ci, out)
                elif cv is not None and isinstance(cell, list):   # a copy the closure holds
                    t = captured[i].type
                    self.refs(t, cell if is_aggregate(t) else (cell[0] if cell else None), out)
            if c.recv is not None and c.code is not None and hasattr(c.code, "fn"):
                rt = c.code.fn.sig.recv.type if c.code.fn.sig.recv else None
                self.refs(rt, c.recv[0], out)
        elif isinstance(c, Chan):
            for v in c.buf:
                self.refs(c.elem, v, out)
        elif isinstance(c, list) and t is not None:
            v = c if is_aggregate(t) else (c[0] if c else None)
            self.refs(t, v, out)


def _static_head(reg: Registry, gvar: ir.Global, value: Any) -> None:
    """``var c = &Config{Name: f()}``: gc lays out the literal statically and init fills in
    the computed parts; what those parts point to was allocated as any call allocates."""
    u = gvar.type.under
    if isinstance(u, T.Pointer) and isinstance(value, Ptr) and reg.get(value.c) is None:
        reg.static_object(value.c, u.elem, _node_label(gvar.static_part))
    elif isinstance(u, T.Slice) and isinstance(value, Slice) and value.arr is not None \
            and reg.get(value.arr) is None:
        reg.static_object(value.arr, T.Array(value.cap, u.elem), _node_label(gvar.static_part))


class StaticHeads:
    """Literals gc lays out statically and init fills in (``var c = &Config{Name: f()}``) are
    static data from the step their variable first holds them: registered then, in the run's
    own order, so the addresses the program prints and every step's drawing agree."""

    def __init__(self, m: Any, reg: Registry) -> None:
        self.m, self.reg = m, reg
        self.seen = 0                    # package-level variables looked at so far
        self.pending: list[ir.Global] = []

    def note(self) -> None:
        kept = getattr(self.m, "_keep_global", ())
        if self.seen < len(kept):
            self.pending += [g for g in kept[self.seen:] if g.static_part is not None]
            self.seen = len(kept)
        if not self.pending:
            return
        waiting = []
        for gvar in self.pending:
            cell = self.m.globals[id(gvar)]
            value = cell if is_aggregate(gvar.type) else cell[0]
            _static_head(self.reg, gvar, value)
            if not ((isinstance(value, Ptr) and value.c is not None) or
                    (isinstance(value, Slice) and value.arr is not None)):
                waiting.append(gvar)     # init has not set it yet
        self.pending = waiting


def static_data(m: Any, reg: Registry, t: T.Type, value: Any, init: Any) -> None:
    """A package-level variable's statically laid-out initialiser ``init``: what its value
    points to (``[]string{...}``'s array, ``&T{...}``) is data of the binary, not the heap;
    a pointer's or a slice's is named by the literal that made it."""
    before = reg.next
    _Walk(m, reg, reg.static_object).refs(t, value, [])
    if isinstance(t.under, (T.Pointer, T.Slice)) and reg.next > before:
        first = next(i for i in reg.objs.values() if i.key == f"o{before + 1}")
        first.label = _node_label(init)


def _by_value(cv: ir.Var) -> bool:
    """Does the closure hold a copy of ``cv`` (gc captures by value a variable never
    reassigned nor addressed, of at most 128 bytes)? The interpreter may share the
    variable's cell, which is the same value; the drawing must show the copy, pointing
    where the value points, never into the frame the variable lives in."""
    return captured_by_value(cv, getattr(cv, "loc", None))


def _may_point(t: T.Type) -> bool:
    """Can a value of ``t`` refer to memory? (A ``[70000]byte`` is not walked element by element.)"""
    try:
        return t.has_pointers()
    except NotImplementedError:
        return True


def _guess(p: Ptr, t: T.Type) -> T.Type:
    return t


def _walk_untyped(walk: _Walk, v: Any) -> None:
    """A temporary of the order pass: its type is not kept, but what it refers to stays alive."""
    if isinstance(v, Ptr):
        info = walk.reg.get(v.c)
        if info is not None:
            walk.visit(info, [])
    elif isinstance(v, Slice) and v.arr is not None:
        info = walk.reg.get(v.arr)
        if info is not None:
            walk.visit(info, [])
    elif isinstance(v, (Map, Func, Chan, Iface)) or (isinstance(v, bytes) and v):
        info = walk.reg.get(v)
        if info is not None:
            walk.visit(info, [])
    elif isinstance(v, Iface):
        _walk_untyped(walk, v.v)


def capture(m: Any, tracer: Any, index: int, rec: Any) -> StepView:
    from .valuetext import ValueText
    reg: Registry = tracer.registry
    walk = _Walk(m, reg)
    text = ValueText(reg)
    goroutines: list[GoroutineView] = []
    frame_ids: set[int] = set()
    for g in sorted(m.sched.all.values(), key=lambda g: g.id):
        if g.status.value == "dead":
            continue
        started = reg.get(g.go_func) if g.go_func is not None else None
        if started is not None:          # a go statement's closure lives as long as its goroutine
            walk.visit(started, [])
        if not g.frames:
            if started is not None and g.status.value == "runnable":   # made by a go statement, yet to run
                goroutines.append(GoroutineView(g.id, "runnable", "not started yet"))
            continue
        gv = GoroutineView(g.id, g.status.value, g.reason)
        # a return step shows the frame returning, with what it hands back (as Python Tutor
        # does); the step after shows the stack as the caller gets it back
        returning = g.frames[-1] if rec.event == "return" and g.id == rec.goroutine else None
        for fr in g.frames:
            frame_ids.add(fr.id)
            shown = _frame(m, reg, walk, text, fr, index)
            if fr is returning:
                shown.returning = True
                shown.results = _results(m, reg, walk, text, fr)
            if fr.inlined_at is not None and gv.frames:  # no frame of its own in the built program
                _merge(gv.frames[-1], shown)        # (what it makes is owned there: registry)
            else:
                gv.frames.append(shown)
            for fv in fr.defers or ():          # pending defers keep their closures alive
                info = reg.get(m.heap_defers.get(id(fv))) or reg.get(fv)
                if info is not None:
                    walk.visit(info, [])
        goroutines.append(gv)
    statics = FrameView(0, "package-level variables", 0, 0)
    for gvar in list(getattr(m, "_keep_global", ())):   # package-level variables are roots
        gcell = m.globals[id(gvar)]
        info = reg.get(gcell)
        if info is not None:
            walk.visit(info, [])
        refs: list[str] = []
        value = gcell if is_aggregate(gvar.type) else gcell[0]
        if gvar.static_part is not None:
            _static_head(reg, gvar, value)
        walk.refs(gvar.type, value, refs)
        if not gvar.pos.file and "." not in gvar.name and not gvar.name.startswith(("_", "#", "~", ".")):
            statics.vars.append(VarView(gvar.name, _tname(gvar.type), text.show(gvar.type, value), "static",
                                        "", "", refs, line=gvar.pos.line))
    heap: list[ObjView] = []
    stack_objs: list[ObjView] = []
    static_objs: list[ObjView] = []
    live = set(walk.seen)
    starts = tracer.stmt_start
    def on_stack(i: ObjInfo) -> bool:
        return i.verdict == "stack" and not heap_at_run_time(i)

    def in_flight(i: ObjInfo) -> bool:
        """Made by the statement running now in a live frame, not stored anywhere yet."""
        return i.owner in frame_ids and i.step >= starts.get(i.owner, 0)

    rows = {v.obj for g in goroutines for f in g.frames for v in f.vars}
    for info in walk.order:
        if info.kind == "var" and info.verdict != "heap":
            if info.key in rows or info.owner not in frame_ids or not info.inlined:
                continue
            # a variable of a call inlined here, its call over: its memory is still this frame's
            # (gc gave it a slot there) and something points to it, so it is drawn in the frame
            stack_objs.append(_obj(info, text, getattr(info, "_refs", [])))
            continue
        ov = _obj(info, text, getattr(info, "_refs", []))
        if info.kind == STATIC:
            static_objs.append(ov)
            continue
        (stack_objs if on_stack(info) and info.owner in frame_ids else heap).append(ov)
    unreached = [i for i in reg.objs.values() if i.key not in live
                 and not (i.kind == "var" and i.owner in frame_ids
                          and not (i.verdict == "heap" and i.step >= starts.get(i.owner, 0)))]
    for info in unreached:
        if in_flight(info):              # in flight, not garbage
            walk.visit(info, [])
            ov = _obj(info, text, getattr(info, "_refs", []))
            (stack_objs if on_stack(info) else heap).append(ov)
    garbage = [i for i in unreached if (i.verdict == "heap" or heap_at_run_time(i)) and not in_flight(i)
               and not no_alloc(i.note)]          # what Go never allocated is never garbage
    for info in garbage[-KEEP_GARBAGE:]:
        ov = _obj(info, text, [])
        ov.garbage = True
        heap.append(ov)
    heap.sort(key=lambda o: int(o.id[1:]))
    statics.vars.sort(key=lambda v: v.line)
    return StepView(index, rec.line, rec.col, rec.event, rec.goroutine, rec.detail, goroutines,
                    heap, stack_objs, rec.stdout, rec.stderr, statics if statics.vars else None,
                    static_objs)


def _declared_now(reg: Registry, cell: list, now: int) -> bool:
    """A moved variable whose declaration is this step (its allocation): its row shows
    ``→ heap`` with the object this step draws, not a step later."""
    info = reg.get(cell)
    return info is not None and info.kind == "var" and info.verdict == "heap" and info.step == now


def _frame(m: Any, reg: Registry, walk: _Walk, text: Any, fr: Any, now: int = -1) -> FrameView:
    code = fr.code
    fv = FrameView(fr.id, _func_name(code), fr.pos.line, fr.pos.col)
    vars_ = getattr(code, "vars", [])
    spans = _spans(m, code)
    line, col = fr.pos.line, fr.pos.col
    for slot, v in enumerate(vars_):
        if v is None or slot >= len(fr.v):
            continue
        cell = fr.v[slot]
        if cell is None:
            continue
        if _hidden(v) or not (in_scope(spans[slot], line, col) or _declared_now(reg, cell, now)):
            span = spans[slot]
            if span is None or (line, col) <= span[1]:   # its block is not over: still a root
                walk.refs(v.type, cell if is_aggregate(v.type) else cell[0], [])
            continue
        fv.vars.append(_var(m, reg, walk, text, fr, v, cell, captured=False))
    for tmp in fr.t:
        _walk_untyped(walk, tmp)
    fn = code.fn
    for j, v in enumerate(getattr(fn, "closure_vars", []) or []):
        if fr.env is None or j >= len(fr.env) or _hidden(v):
            continue
        fv.vars.append(_var(m, reg, walk, text, fr, v, fr.env[j], captured=True))
    return fv


def _results(m: Any, reg: Registry, walk: _Walk, text: Any, fr: Any) -> list[VarView]:
    """What a returning frame hands to its caller: its results, in order."""
    code = fr.code
    slots = {id(v): slot for slot, v in enumerate(getattr(code, "vars", [])) if v is not None}
    out = []
    for v in getattr(code.fn, "results", None) or []:
        slot = slots.get(id(v))
        if slot is not None and slot < len(fr.v) and fr.v[slot] is not None:
            out.append(_var(m, reg, walk, text, fr, v, fr.v[slot], captured=False))
    return out


def _merge(caller: FrameView, inlined: FrameView) -> None:
    """An inlined call's variables, shown in the frame of the caller gc pasted its body into."""
    for v in inlined.vars:
        v.inlined = v.inlined or inlined.func
        caller.vars.append(v)
    caller.line, caller.col = inlined.line, inlined.col


def _spans(m: Any, code: Any) -> list[Span | None]:
    """Each slot's scope (see ``scopes``), worked out once per compiled function."""
    spans = getattr(code, "spans", None)
    if spans is None or len(spans) != len(code.vars):
        root = m.prog.syntax
        spans = [None if v is None or v.inlined_from is not None or v.cls is not ir.VarClass.AUTO
                 else scope_span(root, v.pos.line, v.pos.col) for v in code.vars]
        code.spans = spans
    return spans


def _hidden(v: ir.Var) -> bool:
    return v.is_temp or v.name.startswith((".", "#", "~")) or v.name in ("", "_")


def _var(m: Any, reg: Registry, walk: _Walk, text: Any, fr: Any, v: ir.Var, cell: list,
         captured: bool) -> VarView:
    info = reg.get(cell) or reg.var_cell(fr, v, cell)
    value = cell if is_aggregate(v.type) else cell[0]
    refs: list[str] = []
    if info.verdict == "heap" or captured:
        walk.visit(info, [])
    walk.refs(v.type, value, refs)
    dynamic = ""
    if isinstance(v.type.under, T.Interface):
        dynamic = _tname(value.t) if isinstance(value, Iface) else "nil"
    size = f"len {value.len} cap {value.cap}" if isinstance(value, Slice) else ""
    return VarView(v.name, _tname(v.type), text.show(v.type, value), info.verdict,
                   f"0x{info.addr:x}", info.key, refs, captured, v.pos.line, dynamic=dynamic, size=size)


def _obj(info: ObjInfo, text: Any, refs: list[str]) -> ObjView:
    c, t = info.container, info.type
    if isinstance(c, Iface):
        value, tname = text.show(c.t, c.v), _tname(c.t)
    elif isinstance(c, Func):
        value, tname = _func_text(c), _tname(t)
    elif isinstance(c, Chan):
        value, tname = text.show(t, c) + _chan_state(c, text), _tname(t)
    elif isinstance(c, Map):
        value, tname = text.show(t, c), _tname(t)
    elif isinstance(c, bytes):
        value, tname = text.show(T.STRING, c), "string"
    elif t is not None:
        value, tname = text.show(t, c if is_aggregate(t) else c[0]), _tname(t)
    else:
        value, tname = "?", "?"
    site = info.site
    return ObjView(info.key, info.label, tname, value, "heap" if heap_at_run_time(info) else info.verdict,
                   site.key if site is not None else "",
                   site.verdict.value if site is not None else NO_SITE,  # type: ignore[union-attr]
                   f"0x{info.addr:x}", info.owner, info.kind,
                   list(dict.fromkeys(refs)), False, info.note,
                   list(site.reasons) if site is not None else [], info.owner_func)


_TNAMES: dict[int, tuple[T.Type, str]] = {}


def _func_text(f: Func) -> str:
    """A closure by what it is: its function and the variables it captured."""
    fn = getattr(f.code, "fn", None)
    name = getattr(fn, "name", "") or f.name or "func"
    captured = [v.name for v in getattr(fn, "closure_vars", []) or [] if not v.name.startswith(".")]
    if f.recv is not None:
        return f"{name} (bound to its receiver)"
    return f"{name}, capturing {', '.join(captured)}" if captured else name


def _chan_state(c: Chan, text: Any) -> str:
    """What a channel holds beyond its address (%v prints only that): the values in its buffer,
    len and cap, and whether it is closed."""
    items = " ".join(text.show(c.elem, x) for x in c.buf)
    return f"  buf [{items}] len {len(c.buf)} cap {c.cap}" + ("  closed" if c.closed else "")


def _tname(t: T.Type | None) -> str:
    if t is None:
        return "?"
    if t.is_untyped():          # a boxed constant or comparison holds its default type (%T: bool)
        t = T.default_type(t)
    got = _TNAMES.get(id(t))
    if got is not None and got[0] is t:
        return got[1]
    from .rtypes import type_name
    name = type_name(t)
    if len(_TNAMES) > 10000:
        _TNAMES.clear()
    _TNAMES[id(t)] = (t, name)
    return name


def _func_name(code: Any) -> str:
    name = getattr(code, "name", "?")
    return name


__all__ = ["capture", "StepView", "FrameView", "VarView", "ObjView", "GoroutineView"]
