"""What each piece of memory of a traced run is: variable, allocation, or the runtime's.

Every container the program's memory is made of (a variable's cell, the
object an allocation made, a backing array, a map, a closure, an interface
box, a string built at run time) is registered when it comes to be, with
its type, the analysis site that made it and that site's verdict, the
frame that owns it, and a stable address (allocation order, so a replay
of the run gives the same numbers). Memory the standard library made is
registered when a snapshot first meets it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analysis import Site, Verdict
from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .values import Func, Iface, Map, Ptr, Slice, width

HEAP_BASE = 0xC000010000
STACK_TOP = 0xC000200000
DATA_BASE = 0x560000            # the binary's data segment, where static data lies
STATIC_NOTE = "static data: nothing is allocated"


@dataclass
class ObjInfo:
    """One piece of memory the diagram may draw."""

    key: str                          # o1, o2...: stable id within a run
    kind: str                         # var, alloc, runtime, static
    container: Any = field(repr=False)
    type: T.Type | None
    label: str
    site: Site | None = None
    verdict: str = "heap"             # heap, stack, unknown
    owner: int = 0                    # frame id of the frame that declared or allocated it
    owner_func: str = ""
    goroutine: int = 0
    var: ir.Var | None = field(default=None, repr=False)
    node: Any = field(default=None, repr=False)
    addr: int = 0
    step: int = 0                     # the step at which it was made
    note: str = ""
    inlined: str = ""                 # made by a call inlined into its owner frame: the callee


STATIC = "static"


class Registry:
    """The objects of one traced run."""

    def __init__(self, m: Any) -> None:
        self.m = m
        self.objs: dict[int, ObjInfo] = {}
        self.next = 0
        self.heap_next = HEAP_BASE
        self.data_next = DATA_BASE
        self.frames: dict[int, Any] = {}

    def _key(self) -> str:
        self.next += 1
        return f"o{self.next}"

    def _heap_addr(self, size: int) -> int:
        a = self.heap_next
        self.heap_next += max((size + 15) // 16 * 16, 16)
        return a

    def add(self, container: Any, kind: str, t: T.Type | None, label: str, *, site: Site | None = None,
            verdict: str = "heap", fr: Any = None, var: ir.Var | None = None, node: Any = None,
            note: str = "", on_heap: bool = False) -> ObjInfo:
        """Register memory; its address is on the heap or, for a stack verdict, in the frame
        (unless ``on_heap``: the runtime allocated it on the heap anyway)."""
        info = self.objs.get(id(container))
        if info is not None and info.container is container:
            return info
        size = t.size() if t is not None else 8
        home = _home(fr)
        inlined = fr.code.name if fr is not None and home is not fr else ""
        fr = home
        if kind == "static":
            addr, self.data_next = self.data_next, self.data_next + max((size + 7) // 8 * 8, 8)
        elif verdict == "stack" and fr is not None and not on_heap:
            addr = STACK_TOP - fr.id * 0x400 - (len(self.objs) % 64) * 8
        else:
            addr = self._heap_addr(size)
        info = ObjInfo(self._key(), kind, container, t, label, site, verdict,
                       fr.id if fr is not None else 0,
                       fr.code.name if fr is not None else "",
                       fr.g.id if fr is not None and fr.g is not None else 0,
                       var, node, addr, len(self.m.tracer.steps) if self.m.tracer else 0, note, inlined)
        self.objs[id(container)] = info
        return info

    def get(self, container: Any) -> ObjInfo | None:
        info = self.objs.get(id(container))
        if info is not None and info.container is container:
            return info
        return None

    # ------------------------------------------------------------ frames and variables
    def frame_entered(self, fr: Any) -> list[ir.Var]:
        """Register a new frame's parameters and results; the ones moved to the heap."""
        self.frames[fr.id] = fr
        code = fr.code
        moved = []
        for slot, v in enumerate(getattr(code, "vars", [])):
            if v is not None and slot < len(fr.v) and fr.v[slot] is not None:
                if self.var_cell(fr, v, fr.v[slot]).verdict == "heap" and v.name not in ("", "_"):
                    moved.append(v)
        return moved

    def frame_left(self, fr: Any) -> None:
        self.frames.pop(fr.id, None)

    def var_cell(self, fr: Any, v: ir.Var, cell: list) -> ObjInfo:
        site, heap = self.m.placement.placed(fr, v)
        verdict = "unknown" if heap is None else ("heap" if heap else "stack")
        return self.add(cell, "var", v.type, v.name, site=site, verdict=verdict, fr=fr, var=v)

    # ------------------------------------------------------------ allocations
    def made_by_runtime(self, fr: Any, node: Any, container: Any, t: T.Type | None, label: str,
                        note: str) -> None:
        """Heap memory Go allocates for ``node`` with no site of gc's (a go statement's
        closure, a defer record...); ``note`` says what it is."""
        self.add(container, "alloc", t, label, verdict="heap", fr=fr, node=node, note=note)

    def allocated(self, fr: Any, node: Any, obj: Any, stack_buffer: bool = False) -> ObjInfo | None:
        """An allocation site made ``obj``; ``stack_buffer``: gc's stack buffer for an append.
        Returns what it registered (None for no memory: a nil slice)."""
        site, heap = self.m.placement.placed(fr, node)
        verdict = "unknown" if site is None or heap is None else ("heap" if heap else "stack")
        from .allocs import CHANNEL_NOTE, STACK_BUFFER_NOTE, allocation_note
        from .chans import Chan
        label = site.name if site is not None else _node_label(node)
        if site is not None and site.alloc == "box":     # the copy an interface holds, not the variable
            label += ", boxed"
        container, t = _container_of(node, obj)
        if container is None:
            return None
        if stack_buffer:
            verdict, note = "stack", STACK_BUFFER_NOTE
        elif site is None and isinstance(container, Chan):
            verdict, note = "heap", CHANNEL_NOTE
        else:
            note = allocation_note(self.m, node, obj, verdict,
                                   fr.code.fn if fr is not None and fr.code is not None else None)
        return self.add(container, "alloc", t, label, site=site, verdict=verdict, fr=fr, node=node,
                        note=note, on_heap=verdict == "heap" or note.startswith("does not escape, but"))

    def runtime_object(self, container: Any, t: T.Type | None, label: str) -> ObjInfo:
        """Memory met through a pointer that no site of the program made (the library's)."""
        return self.add(container, "runtime", t, label, verdict="heap",
                        note="made by the standard library")

    def static_object(self, container: Any, t: T.Type | None, label: str) -> ObjInfo:
        """Memory of the binary's data (a package-level initialiser gc lays out statically)."""
        return self.add(container, "static", t, label, verdict=STATIC, note=STATIC_NOTE)

    def address(self, container: Any, offset: int = 0) -> int:
        info = self.get(container)
        if info is None:
            return 0
        return info.addr + offset * 8


def _node_label(node: Any) -> str:
    from ..analysis.ir.fmt import expr_string
    try:
        return expr_string(node)
    except Exception:  # noqa: BLE001 - a label is only a label
        return type(node).__name__


def _container_of(node: Any, obj: Any) -> tuple[Any, T.Type | None]:
    """The memory an allocation made, and the type of what it holds."""
    if isinstance(obj, Ptr):
        t = node.type.under.elem if node.type.is_pointer() else None  # type: ignore[attr-defined]
        return obj.c, t
    if isinstance(obj, Slice):
        if obj.arr is None:
            return None, None
        et = node.type.under.elem  # type: ignore[attr-defined]
        return obj.arr, T.Array(obj.cap, et)
    if isinstance(obj, (Map, Func)):
        return obj, node.type
    if isinstance(obj, Iface):
        return obj, obj.t
    if isinstance(obj, bytes):
        return obj, T.STRING
    if hasattr(obj, "buf") and hasattr(obj, "cap"):     # a channel
        return obj, node.type
    return None, None


__all__ = ["Registry", "ObjInfo", "Verdict", "width"]


def _home(fr: Any) -> Any:
    """The frame memory made in ``fr`` lives in: a call the build inlines has no frame of its
    own, its locals are its caller's (through every inlined call in a row)."""
    if fr is None or getattr(fr, "inlined_at", None) is None or fr.g is None:
        return fr
    frames = fr.g.frames
    i = len(frames) - 1
    while i >= 0 and frames[i] is not fr:
        i -= 1
    while i > 0 and frames[i].inlined_at is not None:
        i -= 1
    return frames[i] if i >= 0 else fr
