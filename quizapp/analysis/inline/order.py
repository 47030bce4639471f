"""The package's functions in gc's order, which decides the order of its lines.

gc lists a package's functions (``Target.Funcs``) as its front end reads
them: first every declared function and method; then the bodies, the
last declared first, each one's literals added as they are read. Reading
a body meets the generic instantiations it uses; each new one queues what
gc must compile for it: the wrappers of an instantiated type's methods and
of the function (``Map[int,string]``), then the shape instances they call
(``Map[go.shape.int,go.shape.string]``). The queue is a stack: what was
queued last is read next, and a function is added once its body is read.
Inlining follows this order (``CanInlineFuncs`` visits the call graph from
it), and so does escape analysis.

A standard-library item whose types hold instances of generic code
(``os.Stdout``'s ``atomic.Pointer[os.dirInfo]``) makes gc compile their
methods in the package too, queued like an instantiation where the item
is met; their lines come from the data (``Universe.generated``), so each
block of them is two stand-ins here (its shape instances' methods and the
real-typed methods calling them, queued in their turns), and their places
slots in the order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..errors import Pos
from ..ir import nodes as ir
from ..ir.program import Program
from ..types import model as T


def literals_of(fn: ir.Func) -> list[ir.Func]:
    """``fn``'s function literals, each before those nested in it (as gc reads them)."""
    out: list[ir.Func] = []

    def add(f: ir.Func) -> None:
        for c in f.callees:
            if c.outer is f:
                out.append(c)
                add(c)

    add(fn)
    return out


GENERATED_REAL = -1.0
"""The turn of a block's real-typed methods (``Pointer[os.dirInfo]``): queued as met."""
GENERATED_SHAPE = 1.5
"""The turn of a block's shape instances' methods (``Pointer[go.shape.struct {...}]``):
nothing the body reads calls them, so gc makes them from the type's dictionary once the
body is read, the last block's first (its ``todoDicts``, a stack too)."""


def queued_by(prog: Program, wrappers: dict[str, ir.Func],
              blocks: dict[str, tuple[ir.Func, ir.Func]] | None = None
              ) -> dict[int, list[ir.Func]]:
    """For each body, what reading it queues, in order: per instantiation met, the wrappers
    (methods, then the function), then the shape instances (methods, then the function);
    per use of an item whose types make gc generate code, that code's real-typed methods
    (``blocks``: per item, stand-ins for its real-typed and shape methods), whose shape
    methods come after all that (``GENERATED_SHAPE``)."""
    by_owner: dict[int, dict[int, list[tuple[float, ir.Func | None]]]] = {}
    for ev in prog.inst_events:
        f = wrappers.get(ev.name) if ev.name else ev.fn
        by_owner.setdefault(id(ev.owner), {}).setdefault(ev.group, []).append((ev.role.value, f))
    for use in prog.generated_uses if blocks is not None else []:
        real, shape = blocks[use.key]
        group = by_owner.setdefault(id(use.owner), {}).setdefault(use.group, [])
        group += [(GENERATED_REAL, real), (GENERATED_SHAPE, shape)]
    out: dict[int, list[ir.Func]] = {}
    for owner, groups in by_owner.items():
        met = [sorted(events, key=lambda e: e[0]) for _, events in sorted(groups.items())]
        now = [f for events in met for turn, f in events if turn != GENERATED_SHAPE]
        last = [f for events in reversed(met) for turn, f in events if turn == GENERATED_SHAPE]
        out[owner] = [f for f in now + last if f is not None]
    return out


def declared(prog: Program) -> list[ir.Func]:
    """The functions gc declares: the package initialiser, then in source order functions,
    methods and the literals of package-level variables' values."""
    out = list(prog.funcs)
    init = prog.init
    if init is None:
        return out
    keyed = [((f.pos.line, f.pos.col), i, f) for i, f in enumerate(out)]
    keyed.extend(((f.pos.line, f.pos.col), len(out) + i, f)
                 for i, f in enumerate(literals_of(init)))
    return [init] + [f for _, _, f in sorted(keyed, key=lambda k: (k[0], k[1]))]


class Half(Enum):
    """A block of generated code is queued in two turns (``queued_by``)."""

    SHAPE = "shape"      # the shape instances' methods: made from the dictionaries
    REAL = "real"        # the real-typed methods calling them: made as the item is met


@dataclass
class GeneratedOrder:
    """Where gc reads the code it generates for standard-library items (``Universe.generated``):
    each block (the items bringing the same code share one) as two stand-in functions."""

    block_of: dict[str, str] = field(default_factory=dict)
    """Item -> its block."""
    slots: list[tuple[int, str, Half]] = field(default_factory=list)
    """(how many of the package's functions (``order``) come before it, block, half), in
    gc's ``Target.Funcs`` order; a block no body read has none."""
    met: list[str] = field(default_factory=list)
    """The blocks in the order gc first meets them reading bodies (its method wrappers')."""


def stand_ins(prog: Program) -> tuple[dict[str, tuple[ir.Func, ir.Func]], GeneratedOrder,
                                      dict[int, tuple[str, Half]]]:
    """Per item, the stand-ins of its block's halves (real, shape); where they are."""
    uni = prog.universe
    gen = GeneratedOrder()
    by_block: dict[str, tuple[ir.Func, ir.Func]] = {}
    which: dict[int, tuple[str, Half]] = {}
    for key in uni.generated if uni is not None else []:
        block = uni.generated_block(key)
        gen.block_of[key] = block
        if block not in by_block:
            halves = tuple(ir.Func(f"<{h.value} code generated for {key}>", Pos(0, 0),
                                   T.Signature([], [])) for h in (Half.REAL, Half.SHAPE))
            by_block[block] = halves  # type: ignore[assignment]
            which[id(halves[0])] = (block, Half.REAL)
            which[id(halves[1])] = (block, Half.SHAPE)
    return {k: by_block[b] for k, b in gen.block_of.items()}, gen, which


def gc_order(prog: Program, wrappers: list[ir.Func]
             ) -> tuple[list[ir.Func], list[ir.Func], GeneratedOrder]:
    """Every function of the package in gc's ``Target.Funcs`` order; the functions whose
    bodies gc reads, in the order it reads them (what the bodies meet is recorded in that
    order: the method values that need wrappers); and where the generated code goes."""
    blocks, gen, block_ids = stand_ins(prog)
    queued = queued_by(prog, {w.name: w for w in wrappers}, blocks)
    decl = declared(prog)
    order = list(decl)
    placed = {id(f) for f in order}
    seen = set(placed)
    todo = [f for f in decl if f.body is not None and f.outer is None]
    # what package-level declarations without an initialiser meet is queued first, read last
    level = next((owner for owner in [ev.owner for ev in prog.inst_events]
                  + [u.owner for u in prog.generated_uses] if owner.body is None), None)
    if level is not None:
        first = [g for g in queued.get(id(level), []) if id(g) not in seen]
        seen.update(id(g) for g in first)
        todo[:0] = first
    read: list[ir.Func] = []
    while todo:
        f = todo.pop()
        read.append(f)
        for lit in literals_of(f):
            if id(lit) not in placed:
                placed.add(id(lit))
                order.append(lit)
        for g in queued.get(id(f), []):
            if id(g) not in seen:
                seen.add(id(g))
                todo.append(g)
        if id(f) not in placed:
            placed.add(id(f))
            order.append(f)
    for f in prog.instances + wrappers:
        if id(f) not in placed:
            placed.add(id(f))
            order.append(f)
            order.extend(literals_of(f))
            read.append(f)
    funcs: list[ir.Func] = []
    for f in order:
        if id(f) in block_ids:
            gen.slots.append((len(funcs), *block_ids[id(f)]))
        else:
            funcs.append(f)
    by_owner: dict[int, list[Any]] = {}
    for use in prog.generated_uses:
        by_owner.setdefault(id(use.owner), []).append(use)
    # gc reads the package-level initial values and declarations before any body
    first_read = [f for f in (prog.init, level) if f is not None]
    for f in first_read + [f for f in read if f not in first_read]:
        for use in sorted(by_owner.get(id(f), []), key=lambda u: u.group):
            block = gen.block_of.get(use.key)
            if block is not None and block not in gen.met:
                gen.met.append(block)
    return funcs, [f for f in read if id(f) not in block_ids], gen
