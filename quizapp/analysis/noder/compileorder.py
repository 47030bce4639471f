"""The order gc compiles generic instances in, which orders walk's lines.

gc appends an instance to its function list when its ``readBodies`` reads
the body, and reads bodies from a stack. The bodies to read form a stack:
first the instances the package's initialisers call, then the package's
functions in declaration order, then the methods of the types package-level
declarations instantiate. Reading a body pushes, as it meets them, the
instances it calls and, at the first call of a method of an instantiated
type, all that type's methods in declaration order; then, last called
first, the dictionaries of the instances it called, which push the methods
of the types derived from type parameters that those instances call. The
last pushed is read next. The lowering notes each reference as it makes it
(``GenericsMixin.note_ref``); this replays them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from ..ir import nodes as ir
from ..syntax.nodes import text
from ..types import model as T

class RefKind(Enum):
    """What a body refers to: an instance it calls, a method of an instantiated type it
    calls, or an instantiated type."""

    FUNC = "func"
    METHOD = "method"
    TYPE = "type"


Ref = tuple[ir.Func, RefKind, Any]
"""(the function whose body refers, what kind of reference, the instance or type)."""


def compile_order(refs_log: list[Ref], instances: list[ir.Func], package_fn: ir.Func,
                  funcs: list[ir.Func]) -> list[ir.Func]:
    """``instances`` in gc's compile order; ``funcs`` are the file's own functions."""
    refs: dict[int, list[tuple[RefKind, Any]]] = {}
    type_of: dict[int, T.Named] = {}
    for owner, kind, item in refs_log:
        refs.setdefault(id(owner), []).append((kind, item))
        if kind is RefKind.TYPE:
            for m in method_instances(item):
                type_of.setdefault(id(m), item)
    live = {id(f) for f in instances}
    seen: set[int] = set()
    stack: list[ir.Func] = []
    out: list[ir.Func] = []

    def push(f: ir.Func | None) -> None:
        if f is not None and id(f) not in seen:
            seen.add(id(f))
            stack.append(f)

    def push_type(t: T.Named | None, m: ir.Func) -> None:
        for f in method_instances(t) if t is not None else [m]:
            push(f)

    def derived_type(m: ir.Func) -> T.Named | None:
        t = type_of.get(id(m))
        return t if t is not None and any(derived(a) for a in getattr(t, "targs", [])) else None

    def read(owner: ir.Func | None, types: bool = False) -> None:
        called: list[ir.Func] = []
        for kind, item in refs.get(id(owner), []):
            if types:
                if kind is RefKind.TYPE:
                    push_type(item, item)
            elif kind is RefKind.FUNC:
                push(item)
                called.append(item)
            elif kind is RefKind.METHOD:
                t = derived_type(item)
                if t is None:
                    push_type(type_of.get(id(item)), item)
                elif id(owner) not in live:
                    push_type(t, item)
        for f in reversed(called):          # their dictionaries
            for kind, item in refs.get(id(f), []):
                if kind is RefKind.METHOD and derived_type(item) is not None:
                    push_type(derived_type(item), item)

    read(package_fn)
    for f in funcs:
        push(f)
    read(package_fn, types=True)
    while stack:
        f = stack.pop()
        if id(f) in live:
            out.append(f)
        read(f)
    for f in instances:     # made where no reference was noted
        if id(f) not in seen:
            seen.add(id(f))
            out.append(f)
    return out


def method_instances(t: T.Named) -> list[ir.Func]:
    """The compiled methods of an instantiated type, in declaration order."""
    g = getattr(t, "origin", None)
    out: list[ir.Func] = []
    for decl in g.methods if g is not None else []:
        lazy = t.methods.get(text(decl.child_by_field_name("name")))
        fn = getattr(lazy, "_fn", None)
        if fn is not None:
            out.append(fn)
    return out


def derived(t: T.Type, seen: set[int] | None = None) -> bool:
    """Whether a type mentions a type parameter (a shape, in an instance's body): gc
    reads it from the dictionary at run time, and prints ``new`` of it as a dynamic type."""
    seen = set() if seen is None else seen
    if id(t) in seen:
        return False
    seen.add(id(t))
    if getattr(t, "is_shape", False):
        return True
    if isinstance(t, T.Named):
        return any(derived(a, seen) for a in getattr(t, "targs", None) or [])
    if isinstance(t, (T.Pointer, T.Slice, T.Array, T.Chan)):
        return derived(t.elem, seen)
    if isinstance(t, T.Map):
        return derived(t.key, seen) or derived(t.elem, seen)
    if isinstance(t, T.Struct):
        return any(derived(f.type, seen) for f in t.fields)
    if isinstance(t, T.Signature):
        return any(derived(p.type, seen) for p in [*t.params, *t.results])
    return False
