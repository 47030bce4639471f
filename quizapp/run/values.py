"""How Go values live in the interpreter: flat memory, pointers into it, reference types.

Memory is *flat*: a struct or array value is a Python list of its scalar
slots (nested structs and arrays laid out inline, in field order), so that a
pointer is a container and an offset, exactly as in Go, and ``&x.f`` keeps
pointing into ``x`` whatever is assigned to ``x`` later. A scalar is one
slot: a Python ``int`` (already wrapped to its width), ``float`` (rounded to
float32 where the type says so), ``complex``, ``bool``, ``bytes`` for a
string (Go strings are bytes, not text), or one of the reference values
below. An aggregate *value* in flight (a struct returned by a call, say) is
a fresh list owned by whoever receives it.

A variable is a container of its own (a list as long as its type is wide);
``&v`` is ``Ptr(container, 0)``. Slices share backing lists; maps, channels
and closures are objects; an interface holds its dynamic type and value.
"""

from __future__ import annotations

from typing import Any, Callable

from ..analysis.types import model as T


class Ptr:
    """A non-nil pointer: slot ``o`` of the list ``c`` (nil is ``None``)."""

    __slots__ = ("c", "o")

    def __init__(self, c: list, o: int) -> None:
        self.c = c
        self.o = o

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ptr) and other.c is self.c and other.o == self.o

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash((id(self.c), self.o))

    def __repr__(self) -> str:
        return f"Ptr({id(self.c):#x}+{self.o})"


class Slice:
    """A slice header: backing list, slot offset of element 0, length and capacity (in elements)."""

    __slots__ = ("arr", "off", "len", "cap")

    def __init__(self, arr: list | None, off: int, length: int, cap: int) -> None:
        self.arr = arr
        self.off = off
        self.len = length
        self.cap = cap

    def __repr__(self) -> str:
        return f"Slice(len={self.len}, cap={self.cap})"


NIL_SLICE = Slice(None, 0, 0, 0)


class Map:
    """A map: hashable key -> [key value, element value], in insertion order."""

    __slots__ = ("t", "d", "__weakref__")

    def __init__(self, t: T.Map) -> None:
        self.t = t
        self.d: dict[Any, list] = {}


class Iface:
    """A non-nil interface value: its dynamic type and a value of that type."""

    __slots__ = ("t", "v")

    def __init__(self, t: T.Type, v: Any) -> None:
        self.t = t
        self.v = v

    def __repr__(self) -> str:
        return f"Iface({T.type_string(self.t)}, {self.v!r})"


class Func:
    """A non-nil func value: compiled code with its captured variables, a bound
    receiver (method values), or a function of the standard library."""

    __slots__ = ("code", "env", "recv", "native", "name", "tdict", "__weakref__")

    def __init__(self, code: Any = None, env: list | None = None, recv: Any = None,
                 native: Callable[..., Any] | None = None, name: str = "",
                 tdict: dict | None = None) -> None:
        self.code = code
        self.env = env
        self.recv = recv
        self.native = native
        self.name = name
        self.tdict = tdict


class NaNKey:
    """A NaN map key: never equal to anything, so every insertion is a new entry."""

    __slots__ = ()


# ---------------------------------------------------------------- type layout

def width(t: T.Type) -> int:
    """How many scalar slots a value of ``t`` takes in flat memory."""
    u = t.under
    if isinstance(u, T.Struct):
        return sum(width(f.type) for f in u.fields)
    if isinstance(u, T.Array):
        return u.length * width(u.elem)
    return 1


def is_aggregate(t: T.Type) -> bool:
    """Structs and arrays travel as lists of slots; everything else is one slot."""
    return isinstance(t.under, (T.Struct, T.Array))


def field_offsets(st: T.Struct) -> dict[str, int]:
    """Slot offset of each field inside a struct's flat layout."""
    out: dict[str, int] = {}
    off = 0
    for f in st.fields:
        if f.name not in out or f.name == "_":
            out.setdefault(f.name, off)
        off += width(f.type)
    return out


def scalar_zero(t: T.Type) -> Any:
    u = t.under
    if isinstance(u, T.Basic):
        info = u.info
        if info is T.BasicInfo.BOOL:
            return False
        if info in (T.BasicInfo.INT, T.BasicInfo.UINT):
            return 0
        if info is T.BasicInfo.FLOAT:
            return 0.0
        if info is T.BasicInfo.COMPLEX:
            return 0j
        if info is T.BasicInfo.STRING:
            return b""
        return None
    if isinstance(u, T.Slice):
        return NIL_SLICE
    return None


MAX_SLOTS = 1 << 24
"""The largest value the interpreter lays out (16M slots, well over 100 MB of Python objects)."""


class TooLarge(Exception):
    """A value or allocation beyond ``MAX_SLOTS``."""


def check_slots(n: int, what: str) -> None:
    if n > MAX_SLOTS:
        raise TooLarge(f"{what} of {n:,} elements (more memory than the interpreter will use)")


def flat_zero(t: T.Type) -> list:
    """The zero value of an aggregate as a flat list (a fresh one each call)."""
    u = t.under
    if isinstance(u, T.Array):
        check_slots(u.length * width(u.elem), f"a value of type {T.type_string(t)}")
    if isinstance(u, T.Struct):
        out: list = []
        for f in u.fields:
            if is_aggregate(f.type):
                out.extend(flat_zero(f.type))
            else:
                out.append(scalar_zero(f.type))
        return out
    assert isinstance(u, T.Array)
    if is_aggregate(u.elem):
        return flat_zero(u.elem) * u.length
    return [scalar_zero(u.elem)] * u.length


def slot_types(t: T.Type) -> list[T.Type]:
    """The scalar type of each slot of ``t``'s flat layout."""
    u = t.under
    if isinstance(u, T.Struct):
        return [s for f in u.fields for s in slot_types(f.type)]
    if isinstance(u, T.Array):
        return slot_types(u.elem) * u.length
    return [t]


def zero(t: T.Type) -> Any:
    """A fresh zero value of ``t``: a list for aggregates, else the scalar."""
    return flat_zero(t) if is_aggregate(t) else scalar_zero(t)


def new_cell(t: T.Type, v: Any) -> list:
    """A fresh container holding the value ``v`` (which the cell adopts)."""
    return v if is_aggregate(t) else [v]
