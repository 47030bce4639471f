"""Memory diagrams as data: one step of a trace laid out as boxes, texts and arrows.

Pure Python (no Qt): ``layout_step(view)`` turns a trace snapshot (see
``quizapp.run.snapshot``) into a ``Scene`` the renderer only has to paint.
The stack is on the left (the running goroutine's frames, outermost first,
the stack pointer under the last; other goroutines' stacks below, each
under its own header and with its own stack pointer), the heap on the right, in allocation order. A
variable's row shows its value as ``%+v`` prints it (elided to its box,
the full text kept for a tooltip); a reference is an arrow, each in a lane
of its own so that no two merge: into the heap across the gutter, into
another frame down the left margin, between heap objects down the right
margin. Objects the analysis kept on the stack are drawn inside the frame
that made them; garbage is greyed and dashed.

The *what-if* view redraws a step as if the objects the compiler moved to
the heap had stayed in the frames that made them: a returned frame comes
back, dashed, and the pointers into it dangle.

Widths are estimated from character counts (a monospace cell, twice for
wide characters), so the geometry is testable without a font.
"""

from __future__ import annotations

import re

import unicodedata
from dataclasses import dataclass, field

from ..run.snapshot import FrameView, ObjView, StepView, VarView
from .lanes import MAX_LANES, Arrow, untangle

CHAR_W = 7.0                     # a monospace cell at the diagram's font size
ROW_H = 18.0
HEADER_H = 22.0
PAD = 6.0
MARGIN_L = 50.0                  # the stack pointer's tag, then lanes for pointers into the stack
SP_W = 24.0
STACK_W = 240.0
GUTTER = 50.0                    # lanes for pointers into the heap
HEAP_W = 220.0
MARGIN_R = 30.0                  # lanes between heap objects
TOP = 34.0
GAP = 10.0
LANE = 5.0
RIGHT_LANES = int((MARGIN_R - 10) // LANE) + 1
GUTTER_LANES = int((GUTTER - 16) // LANE) + 1
NAME_W = 70.0
MAX_OBJECTS = 14
MAX_STACK_OBJECTS = 4            # per frame
STATICS = "globals"
STATICS_FULL = "package-level variables: static data, neither on the stack nor on the heap"
SP_FULL = "the stack pointer: the top of the running goroutine's stack"
ITYPE_W = 66.0                   # an interface's type word
NIL_W = 30.0                     # the mark of a nil map, slice, pointer, channel or function
NIL_FULL = "nil map"              # the mark's full text: words.NIL_FULL says what it means
NIL_SLICE_FULL = "nil slice"      # and words.NIL_SLICE_FULL, NIL_POINTER_FULL...
NIL_POINTERS = (("*", "nil pointer"), ("unsafe.Pointer", "nil pointer"), ("chan", "nil channel"),
                ("<-chan", "nil channel"), ("func(", "nil func"))
"""Types Go prints ``<nil>`` when nil, by how their names begin, and their marks' full texts."""
SP_OTHER = "goroutine {n}'s stack pointer: the top of its stack"


class DiagramError(Exception):
    """The diagram cannot be drawn (nothing ran, no such step)."""


def text_width(s: str) -> float:
    return CHAR_W * sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def elide(s: str, width: float) -> str:
    """``s`` cut to ``width`` with an ellipsis (wide characters count double).

    Only the characters that can fit are measured: a value thousands of
    characters long costs no more than a short one."""
    room = int(width // CHAR_W)            # characters of width 1 that fit
    if len(s) <= room // 2 or len(s) <= room and text_width(s) <= width:
        return s
    out = []
    w = CHAR_W
    for i, ch in enumerate(s):
        cw = CHAR_W * (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
        if w + cw > width:
            if w + cw - CHAR_W <= width and i == len(s) - 1:
                out.append(ch)           # the last character fits where the ellipsis would go
                return "".join(out)
            break
        out.append(ch)
        w += cw
    else:
        return s
    return "".join(out) + "…"


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def crosses(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """Does the axis-parallel segment a-b pass through the inside of this rectangle?"""
        (x1, y1), (x2, y2) = a, b
        if x1 == x2:
            lo, hi = sorted((y1, y2))
            return self.x < x1 < self.right and hi > self.y and lo < self.bottom
        lo, hi = sorted((x1, x2))
        return self.y < y1 < self.bottom and hi > self.x and lo < self.right


@dataclass
class Text:
    """One piece of text: what is shown (elided), the full text (a tooltip), and its role."""

    rect: Rect
    text: str
    full: str
    role: str                    # title, head (an object's), name, value, type, note, tag, state (wraps),
                                 # itype (an interface's dynamic type), nil (the mark of a nil value)
    whole: str = ""              # the text before eliding (drawing elides it again, measured)

    def __post_init__(self) -> None:
        self.whole = self.whole or self.text


def _fitted(rect: Rect, s: str, full: str, role: str) -> Text:
    """``s`` elided to ``rect``'s width (estimated), the whole text kept for drawing."""
    return Text(rect, elide(s, rect.w), full, role, s)


@dataclass
class Box:
    """A frame, a heap or stack object, or a goroutine's header."""

    kind: str                    # frame, ghost, object, stack-object, goroutine, more
    rect: Rect
    id: str = ""
    texts: list[Text] = field(default_factory=list)
    where: str = "stack"         # stack, heap, unknown
    garbage: bool = False
    free: bool = False           # the analysis says heap, but Go allocates nothing (its note says why)
    current: bool = False        # the frame taking this step
    rows: dict[str, Rect] = field(default_factory=dict)   # variable name -> its row
    cells: list[Rect] = field(default_factory=list)       # an interface's two words, outlined


@dataclass
class Scene:
    """Everything the renderer draws for one step."""

    width: float
    height: float
    boxes: list[Box]
    arrows: list[Arrow]
    labels: list[Text]           # column titles, the stack pointer, goroutine states
    line: int                    # the source line of the step (to highlight in the code)
    event: str
    detail: str
    index: int
    sp_y: float = 0.0            # the running goroutine's stack pointer
    sps: list[float] = field(default_factory=list)    # every goroutine's, the running one's first
    stack_x: float = MARGIN_L    # where the stack column starts (the margins grow with the arrows)
    what_if: bool = False
    ghosts: list[str] = field(default_factory=list)   # functions brought back by the what-if view
    hidden: int = 0              # objects not drawn (too many)

    def texts(self) -> list[Text]:
        return [t for b in self.boxes for t in b.texts] + self.labels


RETURN = "return"
"""The name of a returning frame's result rows (Go's keyword: the same in every language)."""


def _rows(f: FrameView) -> list[tuple[str, str, VarView]]:
    """A frame's rows: (key, name shown, variable); a returning frame's results come last."""
    rows = [(row_key(v), v.name, v) for v in f.vars]
    return rows + [(f"{RETURN} {v.name}", RETURN if v.name.startswith("~") else f"{RETURN} {v.name}", v)
                   for v in f.results]


def row_key(v: VarView) -> str:
    """A variable's row in its frame: an inlined call's locals are apart from the caller's."""
    return f"{v.inlined}.{v.name}" if v.inlined else v.name


def layout_step(view: StepView, what_if: bool = False) -> Scene:
    """Lay out one step; ``what_if`` draws heap objects back in their returned frames.

    Every arrow gets a lane of its own: when the margins' usual lanes do not
    suffice (several goroutines, many pointers), the step is laid out again
    with margins wide enough, up to ``MAX_LANES`` each."""
    scene, used = _layout(view, what_if, _Lanes())
    wanted = _Lanes(*(min(MAX_LANES, max(have, need)) for have, need in zip(_Lanes().counts(), used)))
    if wanted.counts() != _Lanes().counts():
        scene, _ = _layout(view, what_if, wanted)
    return scene


@dataclass
class _Lanes:
    """How many arrow lanes each margin has: left of the stack, the gutter, right of the heap."""

    left: int = int((MARGIN_L - 8 - SP_W - 6) // LANE) + 1
    gutter: int = GUTTER_LANES
    right: int = RIGHT_LANES

    def counts(self) -> tuple[int, int, int]:
        return self.left, self.gutter, self.right

    @property
    def margin_l(self) -> float:
        return max(MARGIN_L, SP_W + 6 + 8 + LANE * (self.left - 1) + 2)

    @property
    def gutter_w(self) -> float:
        return max(GUTTER, 16 + LANE * (self.gutter - 1) + 2)

    @property
    def margin_r(self) -> float:
        return max(MARGIN_R, 10 + LANE * (self.right - 1) + 4)


def _layout(view: StepView, what_if: bool, lanes: _Lanes) -> tuple[Scene, tuple[int, int, int]]:
    boxes: list[Box] = []
    labels: list[Text] = []
    stack_x = lanes.margin_l
    heap_x = stack_x + STACK_W + lanes.gutter_w
    active = {f.id for g in view.goroutines for f in g.frames}
    ghosts = _ghosts(view, active) if what_if else {}
    ghost_keys = {o.id for objs in ghosts.values() for o in objs}
    stack_title = Text(Rect(stack_x, 8, STACK_W, 20), "Stack", "Stack", "title")
    labels.append(stack_title)
    labels.append(Text(Rect(heap_x, 8, HEAP_W, 20), "Heap", "Heap", "title"))
    stack_objs: dict[int, list[ObjView]] = {}
    for o in view.stack_objects:
        stack_objs.setdefault(o.owner, []).append(o)
    row_of: dict[tuple[int, str], Rect] = {}      # (frame id, var name) -> row
    obj_rows: dict[str, Rect] = {}                 # var-object id -> its row (moved to heap)
    y = TOP
    sps: list[tuple[int, float]] = []              # (goroutine, its stack pointer)
    order = sorted(view.goroutines, key=lambda g: g.id)     # a fixed order: nothing jumps when they switch
    if view.globals is not None:                   # static data, drawn apart: not a frame of any stack
        box, children, y = _frame_box(view.globals, stack_x, y, view.static_objects, row_of, obj_rows)
        box.kind, box.where = "statics", "static"
        boxes.append(box)
        boxes.extend(children)
        stack_title.rect = Rect(stack_x, y + GAP, STACK_W, 20)      # the stacks' heading under it
        y += GAP + 26
    for gi, g in enumerate(order):
        if gi > 0 or len(order) > 1:
            # the name, and under it the state: what it waits for can take two lines, in any language
            label = f"goroutine {g.id}" + (" (main)" if g.id == 1 else "")
            state = g.state + (f": {g.reason}" if g.reason else "")
            full = f"{label} · {state}"
            inner = STACK_W - 2 * PAD
            lines = 1 if text_width(state) <= 0.6 * inner else 2
            state_h = lines * (ROW_H - 1)          # a CJK font needs a taller line
            head = Box("goroutine", Rect(stack_x, y, STACK_W, HEADER_H + state_h), f"g{g.id}")
            head.texts.append(_fitted(Rect(stack_x + PAD, y + 2, inner, HEADER_H - 6), label, full, "title"))
            head.texts.append(Text(Rect(stack_x + PAD, y + HEADER_H - 4, inner, state_h), state, full, "state"))
            boxes.append(head)
            y += head.rect.h + 4
        g_sp = y
        for fi, f in enumerate(g.frames):
            box, children, y = _frame_box(f, stack_x, y, stack_objs.get(f.id, []), row_of, obj_rows)
            box.current = g.id == view.goroutine and fi == len(g.frames) - 1
            boxes.append(box)
            boxes.extend(children)
            g_sp = y + GAP / 2
            y += GAP
            if g.id == view.goroutine and fi == len(g.frames) - 1:
                for gf, objs in ghosts.items():
                    gbox, y = _ghost_box(gf, objs, stack_x, y, row_of, obj_rows)
                    boxes.append(gbox)
                    y += GAP
        if g.frames:
            sps.append((g.id, g_sp))
        y += GAP
    stack_bottom = y
    sps = sps or [(view.goroutine, TOP)]           # an empty stack: its pointer at the top
    for gid, gy in sps:
        labels.append(Text(Rect(2, gy - 16, SP_W, 14), "SP",
                           SP_FULL if gid == view.goroutine else SP_OTHER.format(n=gid), "tag"))
    # heap objects, in allocation order; the ones arrows reach first when there are too many
    shown = [o for o in view.heap if o.id not in ghost_keys]
    hidden = 0
    if len(shown) > MAX_OBJECTS:
        wanted = {t for g in view.goroutines for f in g.frames for v in f.vars for t in v.points_to}
        wanted |= {v.obj for g in view.goroutines for f in g.frames for v in f.vars
                   if v.where == "heap"}
        # what the stack points to first, then the newest live objects, then the newest garbage
        keep = [o for o in shown if o.id in wanted][-MAX_OBJECTS:]
        for pick in (lambda o: not o.garbage, lambda o: o.garbage):
            room = MAX_OBJECTS - len(keep)
            if room > 0:
                keep += [o for o in shown if o.id not in wanted and pick(o)][-room:]
        chosen = {o.id for o in keep}
        hidden = len(shown) - len(keep)
        shown = [o for o in shown if o.id in chosen]
    hy = TOP
    obj_rect: dict[str, Rect] = {}
    for o in shown:
        box = _object_box(o, heap_x, hy, HEAP_W, "object")
        boxes.append(box)
        obj_rect[o.id] = box.rect
        hy = box.rect.bottom + GAP
    if hidden:
        more = Box("more", Rect(heap_x, hy, HEAP_W, ROW_H + 4))
        more.texts.append(Text(Rect(heap_x + PAD, hy + 2, HEAP_W - 2 * PAD, ROW_H),
                               f"+{hidden} more", f"+{hidden} more", "note"))
        boxes.append(more)
        hy += ROW_H + 4 + GAP
    for b in boxes:
        if b.kind == "stack-object":
            obj_rect[b.id] = b.rect
    arrows, used = _arrows(view, boxes, row_of, obj_rows, obj_rect, ghosts, stack_x, heap_x, lanes)
    width = heap_x + HEAP_W + lanes.margin_r
    height = max(stack_bottom, hy) + 8
    return Scene(width, height, boxes, arrows, labels, view.line, view.event, view.detail,
                 view.index, next((gy for gid, gy in sps if gid == view.goroutine), TOP),
                 [gy for _, gy in sps], stack_x, what_if,
                 [f"{gf[1]}" for gf in ghosts], hidden), used


def _frame_box(f: FrameView, x: float, y: float, objs: list[ObjView],
               row_of: dict[tuple[int, str], Rect], obj_rows: dict[str, Rect]
               ) -> tuple[Box, list[Box], float]:
    box = Box("frame", Rect(x, y, STACK_W, 0), f"f{f.id}")
    title = (f"{f.func}  :{f.line}" if f.line else f.func) if f.id else STATICS
    box.texts.append(_fitted(Rect(x + PAD, y + 3, STACK_W - 2 * PAD, HEADER_H - 6),
                          title, title if f.id else STATICS_FULL, "title"))
    ry = y + HEADER_H
    vw = STACK_W - NAME_W - 3 * PAD
    group = ""
    for key, shown, v in _rows(f):
        if v.inlined and v.inlined != group:     # the locals of a call gc inlined here
            head = f"{v.inlined} (inlined)"
            box.texts.append(_fitted(Rect(x + PAD + 2, ry, STACK_W - 2 * PAD - 4, ROW_H), head, head, "head"))
            ry += ROW_H
        group = v.inlined
        row = Rect(x + PAD, ry, STACK_W - 2 * PAD, ROW_H)
        name = shown + (" ↗" if v.captured else "")
        box.texts.append(_fitted(Rect(row.x + 2, ry, NAME_W - 4, ROW_H), name,
                              f"{shown}: {v.type}", "name"))
        value = "→ heap" if v.where == "heap" else v.value
        full = f"{v.value}   ({v.type}{', ' + v.size if v.size else ''}, {v.where}, {v.addr})"
        vx, vwide = row.x + NAME_W, vw
        if v.dynamic and v.where != "heap":       # an interface: its two words, type | data
            tw = min(max(ITYPE_W, text_width(v.dynamic) + 10), vw * 0.55)   # the type whole when it fits
            tcell = Rect(vx - 3, ry + 1, tw, ROW_H - 2)
            dcell = Rect(tcell.right, ry + 1, vw + 3 - tw, ROW_H - 2)
            box.cells += [tcell, dcell]
            box.texts.append(_fitted(Rect(tcell.x + 3, ry, tcell.w - 6, ROW_H), v.dynamic,
                                     f"dynamic type: {v.dynamic}", "itype"))
            vx, vwide = dcell.x + 3, dcell.w - 6
        nil = nil_mark(v)
        if nil:
            vwide -= NIL_W
            box.texts.append(Text(Rect(vx + vwide + 2, ry + 2, NIL_W - 4, ROW_H - 4), "nil", nil, "nil"))
        box.texts.append(_fitted(Rect(vx, ry, vwide, ROW_H), value, full,
                              "moved" if v.where == "heap" else "value"))
        box.rows[key] = row
        row_of[(f.id, key)] = row
        if v.obj:
            obj_rows.setdefault(v.obj, row)
        ry += ROW_H
    children = []
    if len(objs) > MAX_STACK_OBJECTS:       # the newest ones, and how many more there are
        more = f"+{len(objs) - MAX_STACK_OBJECTS} more"
        box.texts.append(Text(Rect(x + 2 * PAD, ry + 2, STACK_W - 4 * PAD, ROW_H), more, more, "note"))
        ry += ROW_H + 2
        objs = objs[-MAX_STACK_OBJECTS:]
    for o in objs:
        ob = _object_box(o, x + 2 * PAD, ry + 2, STACK_W - 4 * PAD, "stack-object")
        obj_rows.setdefault(o.id, ob.rect)
        ry = ob.rect.bottom + 2
        children.append(ob)
    box.rect.h = max(ry - y + PAD, HEADER_H + ROW_H)
    return box, children, box.rect.bottom


def nil_mark(v: VarView) -> str:
    """The nil mark's full text for a nil map, slice, pointer, channel or function (or an
    interface holding one), else "". Go prints a nil map ``map[]`` and a nil slice ``[]``, as
    it prints empty ones (only an empty one has memory behind it); the others print
    ``<nil>``, and the mark sets every nil apart alike, explaining what it means for each."""
    if v.points_to or v.where == "heap" or v.dynamic == "nil":   # a nil interface: its type word says it
        return ""
    t = v.dynamic or v.type
    if t.startswith("map[") and v.value == "map[]":
        return NIL_FULL
    if v.value == "[]" and (v.size == "len 0 cap 0" or v.dynamic.startswith("[]")):   # named slice types too
        return NIL_SLICE_FULL
    if v.value == "<nil>":
        return next((full for head, full in NIL_POINTERS if t.startswith(head)), "")
    return ""


def _object_box(o: ObjView, x: float, y: float, w: float, kind: str) -> Box:
    free = o.where == "heap" and (o.note or "").startswith("escapes, but")
    box = Box(kind, Rect(x, y, w, 0), o.id, where=o.where, garbage=o.garbage, free=free)
    inner = w - 2 * PAD
    head = f"{o.label}" + (f"  {o.type}" if _type_adds(o) else "")
    tag = "garbage" if o.garbage else "not allocated" if free else ""
    tag_w = 70.0 if o.garbage else 100.0 if free else 0.0
    head_full = f"{o.label} ({o.type}) at {o.addr}" + (f", made by {o.site}" if o.site else "")
    box.texts.append(_fitted(Rect(x + PAD, y + 2, inner - tag_w, ROW_H), head,
                          head_full, "head"))
    ty = y + 2 + ROW_H
    value = f"{o.label} = {o.value}" if o.kind == "var" else o.value   # a moved variable: count = 2
    box.texts.append(_fitted(Rect(x + PAD, ty, inner, ROW_H), value, value, "value"))
    ty += ROW_H
    extra = o.note or ""
    if extra:
        box.texts.append(_fitted(Rect(x + PAD, ty, inner, ROW_H - 2), extra, extra, "note"))
        ty += ROW_H - 2
    if tag:
        box.texts.append(Text(Rect(x + w - PAD - tag_w + 4, y + 2, tag_w - 4, ROW_H), tag, tag, "tag"))
    box.rect.h = ty - y + 4
    return box


def _type_adds(o: ObjView) -> bool:
    """Does an object's type say more than its label (``map[string]int{...}`` names its type
    already, ``*errors.errorString`` its pointee's)?"""
    if not o.type:
        return False
    bare = o.type.rpartition(".")[2]
    return not any(re.search(rf"(?<![\w.]){re.escape(t)}(?!\w)", o.label) for t in {o.type, bare}
                   if t == o.type or "." in o.type)


def _ghosts(view: StepView, active: set[int]) -> dict[tuple[int, str], list[ObjView]]:
    """Heap objects whose frame has returned but that are still reachable, by that frame."""
    out: dict[tuple[int, str], list[ObjView]] = {}
    for o in view.heap:
        if o.garbage or o.where != "heap" or not o.owner or o.owner in active or not o.site:
            continue
        if o.kind not in ("var", "alloc"):
            continue
        out.setdefault((o.owner, o.owner_func), []).append(o)
    return out


def _ghost_box(key: tuple[int, str], objs: list[ObjView], x: float, y: float,
               row_of: dict[tuple[int, str], Rect], obj_rows: dict[str, Rect]) -> tuple[Box, float]:
    fid, func = key
    box = Box("ghost", Rect(x, y, STACK_W, 0), f"ghost{fid}")
    title = f"{func}  (returned)"
    box.texts.append(_fitted(Rect(x + PAD, y + 3, STACK_W - 2 * PAD, HEADER_H - 6),
                          title, title, "title"))
    ry = y + HEADER_H
    vw = STACK_W - NAME_W - 3 * PAD
    for o in objs:
        row = Rect(x + PAD, ry, STACK_W - 2 * PAD, ROW_H)
        box.texts.append(_fitted(Rect(row.x + 2, ry, NAME_W - 4, ROW_H), o.label,
                              o.label, "name"))
        box.texts.append(_fitted(Rect(row.x + NAME_W, ry, vw, ROW_H), o.value, o.value,
                              "value"))
        obj_rows[o.id] = row
        box.rows[o.id] = row
        ry += ROW_H
    box.rect.h = ry - y + PAD
    return box, box.rect.bottom


def _arrows(view: StepView, boxes: list[Box], row_of: dict[tuple[int, str], Rect],
            obj_rows: dict[str, Rect], obj_rect: dict[str, Rect],
            ghosts: dict[tuple[int, str], list[ObjView]], stack_x: float, heap_x: float,
            lanes: _Lanes) -> tuple[list[Arrow], tuple[int, int, int]]:
    """The arrows, and how many lanes each margin needed (left, gutter, right)."""
    ghost_ids = {o.id for objs in ghosts.values() for o in objs}
    arrows: list[Arrow] = []
    gutter_lane = 0
    left_lane = 0
    right_lane = 0
    entries: dict[str, int] = {}

    def entry_y(target: Rect, key: str) -> float:
        k = entries.get(key, 0)
        entries[key] = k + 1
        return min(target.y + 9 + 5 * k, target.bottom - 4)

    def left_x(lane: int) -> float:
        return stack_x - 8 - LANE * (lane % lanes.left)

    stack_right = stack_x + STACK_W

    def gutter_x(lane: int) -> float:
        return stack_right + 8 + LANE * (lane % lanes.gutter)

    statics = [view.globals] if view.globals is not None else []
    for f in [*statics, *(f for g in view.goroutines for f in g.frames)]:
        if True:
            for key, _, v in _rows(f):
                row = row_of.get((f.id, key))
                if row is None:
                    continue
                targets = ([v.obj] if v.where == "heap" else []) + \
                    [t for t in v.points_to if t != v.obj]
                for t in dict.fromkeys(targets):
                    ymid = row.y + row.h / 2
                    if t in ghost_ids:
                        tr = obj_rows[t]
                        lx = left_x(left_lane)
                        left_lane += 1
                        ty = entry_y(tr, t)
                        arrows.append(Arrow("dangling", [(stack_x, ymid), (lx, ymid), (lx, ty),
                                                         (stack_x, ty)], v.name, t))
                        continue
                    tr = obj_rect.get(t)
                    if tr is not None and tr.x >= heap_x:
                        lx = gutter_x(gutter_lane)
                        gutter_lane += 1
                        ty = entry_y(tr, t)
                        arrows.append(Arrow("heap", [(stack_right, ymid), (lx, ymid), (lx, ty),
                                                     (heap_x, ty)], v.name, t))
                        continue
                    tr = obj_rows.get(t) or obj_rect.get(t)
                    if tr is not None:
                        lx = left_x(left_lane)
                        left_lane += 1
                        ty = entry_y(tr, t)
                        arrows.append(Arrow("stack", [(stack_x, ymid), (lx, ymid), (lx, ty),
                                                      (tr.x if tr.x > stack_x else stack_x, ty)],
                                            v.name, t))
    heap_right = heap_x + HEAP_W
    for o in view.heap + view.stack_objects:
        src = obj_rect.get(o.id)
        if src is None:
            continue
        for t in o.points_to:
            if t == o.id:
                continue
            tr = obj_rect.get(t)
            ys = src.y + 9 + 4 * (right_lane % 3)
            if tr is not None and tr.x >= heap_x and src.x >= heap_x:
                lx = heap_right + 8 + LANE * (right_lane % lanes.right)   # within the margin
                right_lane += 1
                ty = entry_y(tr, t)
                arrows.append(Arrow("inner", [(heap_right, ys), (lx, ys), (lx, ty), (heap_right, ty)],
                                    o.id, t))
            elif tr is not None and tr.x >= heap_x:
                # an object kept in a frame that refers to the heap (a ``... argument``'s
                # interface holding a box): out of its frame, across the gutter
                lx = gutter_x(gutter_lane)
                gutter_lane += 1
                ty = entry_y(tr, t)
                arrows.append(Arrow("heap", [(src.right, ys), (stack_right, ys), (lx, ys), (lx, ty),
                                             (heap_x, ty)], o.id, t))
            elif src.x < heap_x and (t in obj_rows or tr is not None):
                target = obj_rows.get(t) or tr       # within the stack: down the left margin
                assert target is not None
                lx = left_x(left_lane)
                left_lane += 1
                ty = entry_y(target, t)
                arrows.append(Arrow("dangling" if t in ghost_ids else "stack",
                                    [(src.x, ys), (lx, ys), (lx, ty),
                                     (target.x if target.x > stack_x else stack_x, ty)], o.id, t))
            elif t in obj_rows or (tr is not None and tr.x < heap_x):
                target = obj_rows.get(t) or tr
                assert target is not None
                lx = gutter_x(gutter_lane)
                gutter_lane += 1
                ty = entry_y(target, t)
                arrows.append(Arrow("dangling" if t in ghost_ids else "stack",
                                    [(src.x, ys), (lx, ys), (lx, ty), (stack_right, ty)], o.id, t))
    untangle(arrows, [(lambda x: x < stack_x, left_x, False), (lambda x: stack_right < x < heap_x, gutter_x, True),
                       (lambda x: x > heap_right, lambda n: heap_right + 8 + LANE * (n % lanes.right), False)])
    return arrows, (left_lane, gutter_lane, right_lane)


def scene_texts_overlap(scene: Scene) -> list[tuple[Text, Text]]:
    """Pairs of texts drawn over each other (a layout test's oracle)."""
    out = []
    texts = scene.texts()
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            ra, rb = a.rect, b.rect
            if ra.x < rb.right and rb.x < ra.right and ra.y < rb.bottom and rb.y < ra.bottom:
                out.append((a, b))
    return out


__all__ = ["layout_step", "Scene", "Box", "Arrow", "Text", "Rect", "DiagramError"]
