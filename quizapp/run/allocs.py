"""Whether an allocation site really allocates when it runs, and why not.

The escape analysis says where a value *would* live; at run time gc and
the runtime avoid some allocations altogether: a boxed constant, a bool or
byte, a small integer (the static table of values below 256), an empty
string or nil slice, anything of size zero, a single-operand
concatenation. Conversely a value that does not escape but whose size is
only known at run time gets a 32-byte stack buffer and is allocated on
the heap when bigger. ``allocation_note`` says so for the diagram;
``allocates`` answers for the allocation counts (bench/allocs.py).
"""

from __future__ import annotations

from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.ir.reassign import ReassignOracle
from ..analysis.types import model as T
from .lib.time import ClockSpan
from .values import Iface, Slice

STACK_BUF = 32
STACK_BUFFER_NOTE = "gc's 32-byte stack buffer for this append: nothing is allocated"
CHANNEL_NOTE = "a channel is always made on the heap (runtime.makechan); gc reports nothing about it"
GO_WRAPPER_NOTE = ("gc wraps the call in a closure holding its arguments; the new goroutine "
                   "outlives the statement, so the closure is on the heap (gc reports nothing)")
DEFER_WRAPPER_NOTE = ("gc wraps the deferred call in a closure holding its arguments; a defer in "
                      "a loop puts it on the heap (gc reports nothing)")
DEFER_RECORD_NOTE = ("a defer in a loop: the runtime records it on the heap (runtime._defer; "
                     "a record freed by an earlier defer is reused)")
MOVE2HEAP_NOTE = ("the appends used a stack buffer; where the slice is handed out, gc copies "
                  "it to the heap (move2heap)")
CLOCK_SPAN_NOTE = ("a span read from the clock: Go allocates its box unless the real span is under "
                   "256 ns, which the interpreter's virtual clock cannot tell")
"""A box counted as allocated (``run/lib/time.py``'s ClockSpan) whose cost is not certain:
no run-time note and no allocation count rests on it (``quiz/runfacts.py``)."""
MADE_BY_RUNTIME = (CHANNEL_NOTE, GO_WRAPPER_NOTE, DEFER_WRAPPER_NOTE, DEFER_RECORD_NOTE,
                   MOVE2HEAP_NOTE)
"""Notes of memory Go allocates at run time although gc reports no site for it."""


def _sole(t: T.Type) -> T.Type:
    u = t.under
    while True:
        if isinstance(u, T.Struct) and len(u.fields) == 1:
            u = u.fields[0].type.under
        elif isinstance(u, T.Array) and u.length == 1:
            u = u.elem.under
        else:
            return u


def _needs_addr(t: T.Type) -> bool:
    """Is a value of ``t`` boxed by address (runtime.convT), not by one of the
    convT16/32/64, convTstring or convTslice helpers? (walk's dataWordFuncName)"""
    size, align = t.size(), t.align()
    if size == 2 and align == 2 or size in (4, 8) and align == size and not t.has_pointers():
        return False
    sole = _sole(t)
    return not (isinstance(sole, T.Slice) or isinstance(sole, T.Basic)
                and sole.info is T.BasicInfo.STRING)


def static_literal(e: Any) -> bool:
    """A composite literal known at compile time (walk's isStaticCompositeLiteral)."""
    if isinstance(e, (ir.Const, ir.Nil)):
        return True
    if isinstance(e, ir.CompLit) and e.kind in ("struct", "array"):
        return all(static_literal(v) for _, v in e.elems)
    if isinstance(e, ir.Conv) and e.op is ir.ConvOp.IFACE:
        inner = e.x
        while isinstance(inner, ir.Conv) and inner.op is ir.ConvOp.IFACE:
            inner = inner.x
        if inner.type.is_interface() or inner.type.is_pointer():
            return isinstance(inner, ir.Nil)
        return static_literal(inner)
    return False


def _zero_literal(e: Any) -> bool:
    if isinstance(e, ir.Const):
        return e.value in (0, "", False) and not (isinstance(e.value, float)
                                                   and str(e.value).startswith("-"))
    if isinstance(e, ir.Nil):
        return True
    return isinstance(e, ir.CompLit) and e.kind in ("struct", "array") and \
        all(_zero_literal(v) for _, v in e.elems)


def read_only_box(node: ir.Conv, oracle: Any) -> str:
    """Why boxing ``node``'s operand needs no allocation because its value is known at
    compile time (order's addrTemp: a read-only copy, or runtime.zeroVal), or ""."""
    src = node.x.type
    if oracle is None or not _needs_addr(src):
        return ""
    v = oracle.static_value(node.x)
    if not isinstance(v, ir.CompLit) or v.kind not in ("struct", "array"):
        return ""
    if _zero_literal(v) and 0 < src.size() <= ZERO_VAL_SIZE:
        return "a zero value known at compile time: the interface points at runtime.zeroVal"
    if static_literal(v):
        return "a value known at compile time: the interface points at a read-only copy"
    return ""


def _outer_name(x: Any) -> Any:
    """The variable whose memory ``x`` is part of (gc's OuterValue), or None."""
    while isinstance(x, (ir.Dot, ir.Index)) and not (isinstance(x, ir.Dot) and x.ptr) and not (
            isinstance(x, ir.Index) and x.kind is not ir.IndexKind.ARRAY):
        x = x.x
    return x if isinstance(x, ir.Name) else None


class WalkOracle(ReassignOracle):
    """Reassignment as walk's static values see it: ir.ReassignOracle counts an assignment
    to a field or an array element of a variable (its OuterValue) as reassigning it."""

    def _stmt(self, s: Any) -> None:
        targets: list[Any] = []
        if isinstance(s, ir.Assign):
            targets = [s.x]
        elif isinstance(s, ir.Assign2):
            targets = list(s.lhs)
        elif isinstance(s, ir.Range):
            targets = [s.key, s.value]
        for x in targets:
            root = _outer_name(x)
            if root is not None and root is not x:
                self.other.add(root.var)
        super()._stmt(s)


def walk_oracle(cache: dict[int, WalkOracle], fn: ir.Func) -> WalkOracle:
    """``fn``'s top-level function's facts, made once per run."""
    top = fn
    while top.outer is not None:
        top = top.outer
    o = cache.get(id(top))
    if o is None:
        o = cache[id(top)] = WalkOracle(top)
    return o


ZERO_VAL_SIZE = 1024
"""abi.ZeroValSize: the zero values runtime.zeroVal can stand for."""


def box_allocates(node: ir.Conv, obj: Any, oracle: Any = None) -> tuple[bool, str]:
    """Does boxing ``node``'s operand into an interface allocate (escaping case)?
    ``oracle``: the reassignment facts of the function the conversion is in."""
    src = node.x.type
    if isinstance(node.x, ir.Const):
        return False, "a constant: Go boxes it as read-only data, nothing is allocated"
    if src.size() == 0:
        return False, "zero-size: Go points the interface at runtime.zerobase, nothing is allocated"
    sole = _sole(src)
    is_int = isinstance(sole, T.Basic) and sole.is_integer()
    is_bool = isinstance(sole, T.Basic) and sole.info is T.BasicInfo.BOOL
    if is_bool or (src.size() == 1 and is_int):
        return False, "a one-byte value: Go uses its static table of values, nothing is allocated"
    if isinstance(node.x, ir.GlobalName) and getattr(node.x.glob, "readonly", False):
        return False, "a read-only global: the interface points at it"
    why = read_only_box(node, oracle)
    if why:
        return False, why + ", nothing is allocated"
    v = obj.v if isinstance(obj, Iface) else obj
    size, align = src.size(), src.align()
    small_int_kind = (size == 2 and align == 2) or (size in (4, 8) and align == size
                                                    and not src.has_pointers())
    if small_int_kind:
        if isinstance(v[0] if isinstance(v, list) and len(v) == 1 else v, ClockSpan):
            return True, CLOCK_SPAN_NOTE
        bits = _bits(src, v)
        if bits is not None and 0 <= bits < 256:
            return False, f"the value {bits} is below 256: Go uses its static table of small " \
                          "values, nothing is allocated"
        return True, ""
    if isinstance(sole, T.Basic) and sole.info is T.BasicInfo.STRING:
        s = v if isinstance(v, bytes) else (v[0] if isinstance(v, list) else b"x")
        if s == b"":
            return False, "the empty string: Go uses its zero value, nothing is allocated"
    if isinstance(sole, T.Slice):
        s = v if isinstance(v, Slice) else (v[0] if isinstance(v, list) else None)
        if isinstance(s, Slice) and s.arr is None:
            return False, "a nil slice: Go uses its zero value, nothing is allocated"
    return True, ""


def _bits(t: T.Type, v: Any) -> int | None:
    """The value as convT16/32/64 receives it (a float by its bits)."""
    import struct
    if isinstance(v, list):
        if len(v) != 1:
            return None
        v = v[0]
    u = _sole(t)
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        size = t.size()
        return v & ((1 << (8 * size)) - 1)
    if isinstance(v, float) and isinstance(u, T.Basic):
        if u.name == "float32":
            return struct.unpack("<I", struct.pack("<f", v))[0]
        return struct.unpack("<Q", struct.pack("<d", v))[0]
    return None


def _empty(node: Any, obj: Any) -> bool:
    """Did the allocation ask for zero bytes (mallocgc of size 0 returns runtime.zerobase)?
    A slice's array of no elements, or of zero-size ones; an empty string."""
    if isinstance(obj, Slice) and obj.arr is not None:
        u = node.type.under
        return isinstance(u, T.Slice) and obj.cap * u.elem.size() == 0
    return isinstance(obj, bytes) and not obj


def allocation_note(m: Any, node: Any, obj: Any, verdict: str, fn: Any = None) -> str:
    """What the diagram says about an allocation whose run-time behaviour differs from its
    verdict; ``fn`` is the function (ir.Func) that made it."""
    if verdict == "heap" and isinstance(node, ir.Conv) and node.op is ir.ConvOp.IFACE:
        allocates, why = box_allocates(node, obj, m.oracle(fn) if fn is not None else None)
        if not allocates:
            return "escapes, but " + why
        if why:
            return why
    site = m.placement.site(node)
    conv = conversion_note(node, obj, verdict, zero_copy=site is not None and site.zero_copy)
    if conv:
        return conv
    if verdict == "heap" and _empty(node, obj):
        return "escapes, but holds nothing (zero bytes): Go allocates nothing (runtime.zerobase)"
    if verdict == "heap" and isinstance(node, ir.FuncLit) and not node.func.closure_vars:
        return "escapes, but captures nothing: Go uses a static function value, nothing is allocated"
    if verdict == "heap":
        t = node.type
        if isinstance(node, (ir.Builtin, ir.PtrLit)) and t.is_pointer() and t.under.elem.size() == 0:  # type: ignore
            return "escapes, but is zero-size: Go allocates nothing (runtime.zerobase)"
    if verdict == "stack" and isinstance(node, ir.Builtin) and node.name == "append":
        return ("does not escape, but append grew it past gc's 32-byte stack buffer: "
                "growslice allocated it on the heap")
    if verdict == "stack" and isinstance(node, ir.Builtin) and node.name == "make":
        if isinstance(obj, Slice) and node.args and not all(isinstance(a, ir.Const) for a in node.args):
            size = obj.cap * node.type.under.elem.size()  # type: ignore[attr-defined]
            if size > STACK_BUF:
                return (f"does not escape, but its size ({size} bytes) is only known at run time "
                        f"and is over gc's {STACK_BUF}-byte stack buffer: allocated on the heap")
    return ""


CONVERSION_BUF = 32
"""runtime's tmpStringBufSize: a conversion that does not escape gets a buffer of 32 bytes
(32 runes for ``[]rune(s)``) on the stack; a longer result is allocated on the heap."""


def conversion_note(node: Any, obj: Any, verdict: str, zero_copy: bool = False) -> str:
    """How a string conversion's run-time allocation differs from its verdict, or "";
    ``zero_copy``: gc hands out the string's own bytes (nothing is copied or allocated)."""
    if not isinstance(node, ir.Conv):
        return ""
    op = node.op
    if op is ir.ConvOp.BYTES2STR and verdict == "heap" and isinstance(obj, bytes) and len(obj) == 1:
        return ("escapes, but a one-byte string: Go points it into its static table of byte "
                "values, nothing is allocated")
    if verdict != "stack":
        return ""
    if op in (ir.ConvOp.BYTES2STR, ir.ConvOp.RUNES2STR) and isinstance(obj, bytes) \
            and len(obj) > CONVERSION_BUF:
        return (f"does not escape, but the string is {len(obj)} bytes, over the {CONVERSION_BUF}-byte "
                "buffer gc gives a conversion on the stack: allocated on the heap")
    if op is ir.ConvOp.STR2BYTES and isinstance(obj, Slice) and obj.len > CONVERSION_BUF \
            and not isinstance(node.x, ir.Const) and not zero_copy:
        return (f"does not escape, but the slice is {obj.len} bytes, over the {CONVERSION_BUF}-byte "
                "buffer gc gives a conversion on the stack: allocated on the heap")
    if op is ir.ConvOp.STR2RUNES and isinstance(obj, Slice) and obj.len > CONVERSION_BUF:
        return (f"does not escape, but it holds {obj.len} runes, over the {CONVERSION_BUF}-rune "
                "buffer gc gives a conversion on the stack: allocated on the heap")
    return ""


SMALL_COMBINED = 16
"""gc's ``maxAggregatedHeapAllocation``: moved variables this small share one allocation."""


def combine_small(pending: tuple[int, int, int, str] | None, info: Any, frame: int,
                  step: int) -> tuple[int, int, int, str] | None:
    """gc puts consecutive moved variables that hold no pointers and are smaller than 16
    bytes together in one allocation of at most 16 bytes (ssagen's newHeapaddr, for one
    block of code: here, variables declared together with no step between them).

    ``pending`` is (frame, step, bytes used, first variable) of the allocation still open;
    the variable ``info`` declared at ``step`` joins it (and says so in its note) or opens
    a new one. Returns the allocation now open."""
    t = info.type
    size = t.size() if t is not None else 0
    if t is None or not 0 < size < SMALL_COMBINED or t.has_pointers():
        return None
    if pending is not None and pending[0] == frame and pending[1] == step \
            and pending[2] + size <= SMALL_COMBINED and not info.note:
        info.note = (f"moved to heap, allocated together with {pending[3]}: gc puts small "
                     "variables without pointers in one allocation")
        return frame, step + 1, pending[2] + size, pending[3]
    return frame, step + 1, size, info.label


def heap_at_run_time(info: Any) -> bool:
    """Memory the analysis keeps on the stack that Go allocates on the heap at run time (past
    a stack buffer: a grown ``append``, a ``make`` or a conversion too big for it): drawn on
    the heap, where it lives, with its note saying why."""
    return info.verdict == "stack" and info.note.startswith("does not escape, but")


def allocates(info: Any) -> bool:
    """Does the memory ``info`` (a registry entry) come from a heap allocation at run time?

    A variable moved to the heap or an escaping allocation does, unless its note says Go
    allocates nothing (a static value, zero size); a non-escaping one does only when the
    runtime had to (past the stack buffer); the standard library's memory is not counted."""
    if info.kind == "runtime":
        return False
    if info.note.startswith("does not escape, but") or info.note in MADE_BY_RUNTIME \
            or info.note == CLOCK_SPAN_NOTE:
        return True
    if info.verdict != "heap" or info.note:
        return False
    t = info.type
    return t is None or t.size() > 0 or info.kind != "var"


def mallocs(info: Any) -> int:
    """How many allocations the runtime makes for the object ``info`` (0 when it makes none):
    a channel whose buffer holds pointers is two (``hchan`` and the buffer), as makechan does."""
    if not allocates(info):
        return 0
    c = info.container
    from .chans import Chan
    if isinstance(c, Chan) and c.cap > 0 and c.elem.size() > 0 and c.elem.has_pointers():
        return 2
    return 1


def allocation_line(info: Any) -> int:
    """The line an allocation is charged to: its site's, as gc reports it."""
    if info.site is not None:
        return info.site.pos.line
    node = info.var if info.var is not None else info.node
    pos = getattr(node, "pos", None)
    return pos.line if pos is not None else 0


def allocations_per_line(registry: Any) -> dict[int, int]:
    """How many heap allocations each line of the program made in a traced run."""
    out: dict[int, int] = {}
    for info in registry.objs.values():
        n = mallocs(info)
        if n:
            line = allocation_line(info)
            out[line] = out.get(line, 0) + n
    return out


class NoAlloc:
    """How Go gets by without the allocation an ``alloc`` step's site asks for (closed set:
    the step's title says it instead of "allocate")."""

    STATIC = "static"              # the static table of small values and single bytes
    READ_ONLY = "read-only"        # a constant or a value known at compile time: read-only data
    ZERO_SIZE = "zero-size"        # runtime.zerobase
    ZERO_VALUE = "zero-value"      # the zero value: runtime.zeroVal, "", a nil slice
    STATIC_FUNC = "static-func"    # a closure capturing nothing: a static function value
    STACK_BUFFER = "stack-buffer"  # append used gc's 32-byte stack buffer


def no_alloc(note: str) -> str:
    """The ``NoAlloc`` kind an object's note says, or "" when Go allocates it."""
    if note == STACK_BUFFER_NOTE:
        return NoAlloc.STACK_BUFFER
    if not note.startswith("escapes, but "):
        return ""
    for kind, words in ((NoAlloc.STATIC, ("static table",)),
                        (NoAlloc.ZERO_SIZE, ("zerobase",)),
                        (NoAlloc.ZERO_VALUE, ("zero value",)),
                        (NoAlloc.STATIC_FUNC, ("static function value",)),
                        (NoAlloc.READ_ONLY, ("read-only", "constant"))):
        if any(w in note for w in words):
            return kind
    return NoAlloc.READ_ONLY
