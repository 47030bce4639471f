"""Which instantiations each body meets, in order: what gc then reads and compiles.

gc reads a body, then what the instantiations met there need: the
wrappers of an instantiated type's methods and of the function
(``Map[int,string]``, which calls its shape instance with a dictionary),
then the shape instances they call. The inliner visits functions in that
order (``inline.order``), so the lowering records it: per body, groups of
instantiations made together (a generic call and the types of its
signature), each with its role.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from ..ir import nodes as ir


class InstRole(Enum):
    """What an instantiation makes gc compile (and in which turn it reads it)."""

    METHOD_WRAPPER = 0   # (*Stack[int]).Push, for a type instantiated with real types
    WRAPPER = 1          # Map[int,string], which calls the shape instance with a dictionary
    METHOD_SHAPE = 2     # (*Stack[go.shape.int]).Push
    SHAPE = 3            # Map[go.shape.int,go.shape.string]


@dataclass(eq=False)
class InstEvent:
    """One instantiation met while lowering ``owner`` (a declared function or a shape
    instance): gc reads the function it needs after ``owner``'s body, last met first."""

    owner: ir.Func
    group: int
    role: InstRole
    fn: ir.Func | None     # the shape instance (the wrapper calls it); None until compiled
    name: str = ""         # the wrapper's name


@dataclass(eq=False)
class GeneratedUse:
    """A use of a standard-library item whose types make gc generate code in the package
    (``os.Stdout``: ``atomic.Pointer[os.dirInfo]``'s methods), met while lowering ``owner``:
    gc reads that code, like an instantiation, after ``owner``'s body, last met first."""

    owner: ir.Func
    group: int
    key: str               # the item (``Universe.generated``)


class InstOrderMixin:
    """The record of instantiations per body (mixed into the lowering's generics)."""

    fn: ir.Func
    inst_events: list[InstEvent]
    type_instances: list[object]
    """Generic types instantiated with real types, in order (their method wrappers)."""

    def init_inst_order(self) -> None:
        self.inst_events = []
        self.generated_uses: list[GeneratedUse] = []
        self.type_instances = []
        self.inst_group: int | None = None
        self.inst_groups = 0

    @property
    def instantiations(self) -> list[tuple[str, ir.Func]]:
        """(gc's name of each instantiation, its shape instance), in the order first met."""
        out: dict[str, ir.Func] = {}
        for ev in self.inst_events:
            if ev.name and ev.fn is not None and ev.name not in out:
                out[ev.name] = ev.fn
        return list(out.items())

    def reserve_group(self) -> int:
        """A group met now whose instantiations are made later (a generic call, whose
        arguments are read in between: gc meets the callee first)."""
        self.inst_groups += 1
        return self.inst_groups

    @contextmanager
    def instantiation_group(self, reserved: int | None = None) -> Iterator[None]:
        """Instantiations made together (a generic call and the types of its signature)."""
        saved = self.inst_group
        if saved is None:
            self.inst_group = reserved if reserved is not None else self.reserve_group()
        try:
            yield
        finally:
            self.inst_group = saved

    def body_read(self) -> ir.Func:
        """The body being read: the function being lowered, or the one holding it as a literal."""
        owner = self.fn
        while owner.outer is not None:
            owner = owner.outer
        return owner

    def note_instance(self, role: InstRole, fn: ir.Func | None, name: str = "") -> InstEvent:
        """Record an instantiation met in the body being read (``fn`` None: a type's method,
        compiled later than met; ``note_compiled`` fills it in)."""
        owner = self.body_read()
        if self.inst_group is None:
            self.inst_groups += 1
            group = self.inst_groups
        else:
            group = self.inst_group
        ev = InstEvent(owner, group, role, fn, name)
        self.inst_events.append(ev)
        if fn is not None:
            note_compiled(ev, fn)
        return ev


    def note_generated_use(self, key: str) -> None:
        """Record a use of an item whose types make gc generate code (``GeneratedUse``)."""
        group = self.inst_group if self.inst_group is not None else self.reserve_group()
        self.generated_uses.append(GeneratedUse(self.body_read(), group, key))


def note_compiled(ev: InstEvent, fn: ir.Func) -> None:
    """The shape instance an instantiation needs, now compiled."""
    ev.fn = fn
    if ev.name and ev.name not in fn.instantiations:
        fn.instantiations.append(ev.name)
