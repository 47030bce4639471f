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
"""

from __future__ import annotations

from ..ir import nodes as ir
from ..ir.program import Program


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


def queued_by(prog: Program, wrappers: dict[str, ir.Func]) -> dict[int, list[ir.Func]]:
    """For each body, what reading it queues, in order: per instantiation met, the wrappers
    (methods, then the function), then the shape instances (methods, then the function)."""
    by_owner: dict[int, dict[int, list]] = {}
    for ev in prog.inst_events:
        by_owner.setdefault(id(ev.owner), {}).setdefault(ev.group, []).append(ev)
    out: dict[int, list[ir.Func]] = {}
    for owner, groups in by_owner.items():
        seq: list[ir.Func] = []
        for _, events in sorted(groups.items()):    # groups in the order met
            for ev in sorted(events, key=lambda e: e.role.value):
                f = wrappers.get(ev.name) if ev.name else ev.fn
                if f is not None:
                    seq.append(f)
        out[owner] = seq
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


def gc_order(prog: Program, wrappers: list[ir.Func]) -> tuple[list[ir.Func], list[ir.Func]]:
    """Every function of the package in gc's ``Target.Funcs`` order; and the functions whose
    bodies gc reads, in the order it reads them (what the bodies meet is recorded in that
    order: the method values that need wrappers)."""
    queued = queued_by(prog, {w.name: w for w in wrappers})
    decl = declared(prog)
    order = list(decl)
    placed = {id(f) for f in order}
    seen = set(placed)
    todo = [f for f in decl if f.body is not None and f.outer is None]
    # what package-level declarations without an initialiser meet is queued first, read last
    level = next((ev.owner for ev in prog.inst_events if ev.owner.body is None), None)
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
    return order, read
