"""Parameter leak summaries ("tags"): what a call does with each argument.

For every parameter with pointers, the summary records the minimum number
of dereferences on any path from the parameter to each sink: the heap, the
mutator ("written through"), the callee ("called"), and each of the first
five results. A caller analysed later uses the summary instead of the
callee's body, which is what makes the analysis interprocedural.
"""

from __future__ import annotations

HEAP = 0
MUTATOR = 1
CALLEE = 2
RESULT0 = 3
NUM_RESULTS = 5
MAX_DEREFS = 254


class Leaks:
    """Eight slots, each ``None`` (no flow) or a deref count."""

    __slots__ = ("slots",)

    def __init__(self) -> None:
        self.slots: list[int | None] = [None] * (RESULT0 + NUM_RESULTS)

    def add(self, slot: int, derefs: int) -> None:
        cur = self.slots[slot]
        d = min(max(derefs, 0), MAX_DEREFS)
        if cur is None or d < cur:
            self.slots[slot] = d

    def heap(self) -> int | None:
        return self.slots[HEAP]

    def mutator(self) -> int | None:
        return self.slots[MUTATOR]

    def callee(self) -> int | None:
        return self.slots[CALLEE]

    def result(self, i: int) -> int | None:
        return self.slots[RESULT0 + i]

    def optimize(self) -> None:
        """A path to the heap dominates any other sink reached with as many derefs or more."""
        h = self.slots[HEAP]
        if h is None:
            return
        for i in range(1, len(self.slots)):
            v = self.slots[i]
            if v is not None and v >= h:
                self.slots[i] = None

    def copy(self) -> Leaks:
        out = Leaks()
        out.slots = list(self.slots)
        return out

    @classmethod
    def from_tag(cls, tag: dict[str, int | list[int | None] | None] | None) -> Leaks:
        """A summary recorded in the standard-library data (``None``: nothing leaks)."""
        out = cls()
        if tag is None:
            return out
        for slot, key in ((HEAP, "heap"), (MUTATOR, "mutator"), (CALLEE, "callee")):
            v = tag.get(key)
            if isinstance(v, int):
                out.add(slot, v)
        results = tag.get("results")
        for i, r in enumerate(results if isinstance(results, list) else []):
            if r is not None:
                out.add(RESULT0 + i, int(r))
        return out

    @classmethod
    def heap_leak(cls) -> Leaks:
        out = cls()
        out.add(HEAP, 0)
        return out

    def __repr__(self) -> str:
        return f"Leaks({self.slots})"
