"""Types that contain themselves: gc's ``validType``.

A defined type may refer to itself through a pointer, slice, map, channel,
function or interface (``type List struct { next *List }``), but not by
value: ``type T struct { t T }`` or ``type T [2]T`` would be infinitely
large, and gc rejects them with ``invalid recursive type``. The walk is
iterative and remembers the types already found valid, so a chain of
thousands of nested structs is checked in linear time and without recursion.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import model as T


def contained(t: T.Type) -> list[T.Type]:
    """The types whose values are stored inside a value of ``t`` (not behind a pointer)."""
    if isinstance(t, T.Named):
        return [t.underlying] if t.underlying is not None else []
    if isinstance(t, T.Struct):
        return [f.type for f in t.fields]
    if isinstance(t, T.Array):
        return [t.elem]
    if isinstance(t, T.Tuple):
        return list(t.types)
    return []


def find_cycle(start: T.Named, valid: set[int]) -> list[T.Named] | None:
    """The defined types of a by-value cycle reachable from ``start``, or None.

    ``valid`` holds the ids of types already known to be free of such cycles;
    it grows as the walk proves more.
    """
    if id(start) in valid:
        return None
    path: list[T.Type] = [start]
    on_path = {id(start)}
    work = [iter(contained(start))]
    while work:
        nxt = next(work[-1], None)
        if nxt is None:
            work.pop()
            done = path.pop()
            on_path.discard(id(done))
            valid.add(id(done))
            continue
        if id(nxt) in valid:
            continue
        if id(nxt) in on_path:
            cycle = path[next(i for i, p in enumerate(path) if p is nxt):]
            return [c for c in cycle if isinstance(c, T.Named)]
        path.append(nxt)
        on_path.add(id(nxt))
        work.append(iter(contained(nxt)))
    return None


def cycle_message(cycle: list[T.Named], first: T.Named) -> str:
    """gc's wording, naming the cycle from ``first`` (the one declared first in the source)."""
    if len(cycle) == 1:
        return f"invalid recursive type: {first.name} refers to itself"
    return f"invalid recursive type {first.name}"


def check(types: Iterable[T.Named]) -> tuple[list[T.Named], T.Named] | None:
    """The first by-value cycle among ``types`` (in the order given), and where to report it."""
    valid: set[int] = set()
    order = list(types)
    rank = {id(t): i for i, t in enumerate(order)}
    for t in order:
        cycle = find_cycle(t, valid)
        if cycle:
            first = min(cycle, key=lambda c: rank.get(id(c), len(order)))
            return cycle, first
    return None
