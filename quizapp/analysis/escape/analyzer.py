"""Every batch of a program, in gc's order.

The program's functions come grouped into batches (``ir.scc``), callees
first. A batch that holds, or calls, a function with an unsupported
construct is skipped whole: its answers would be guesses.
"""

from __future__ import annotations

from typing import Callable

from ..ir import nodes as ir
from ..ir.reassign import Oracles
from .batch import Batch
from .observer import EscapeObserver


def analyze_batches(blocks: list[list[ir.Func]], oracles: Oracles, observer: EscapeObserver,
                    before: Callable[[list[ir.Func]], None] | None = None) -> bool:
    """Analyse each batch, telling ``observer`` every decision (and ``before`` each batch
    first); False if any was skipped."""
    poisoned: set[int] = set()
    for block in blocks:
        if before is not None:
            before(block)
        if any(f.unsupported or id(f) in poisoned for f in block) or any(
                id(c) in poisoned or c.unsupported for f in block for c in f.callees):
            for f in block:
                poisoned.add(id(f))
                f.esc_state = 3
                f.esc_skipped = True  # type: ignore[attr-defined]  # no verdicts for its sites
            continue
        Batch(block, oracles, observer).run()
    return not poisoned
