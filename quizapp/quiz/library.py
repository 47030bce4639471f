"""The packs the app offers: the built-in ones, then the learner's installed ones.

A broken installed pack never stops the others, and never takes over a
built-in pack: progress is keyed on pack id + question id, so an installed
pack whose id is already taken is listed as a problem and not loaded (its
answers would mix with the other pack's). An installed pack that breaks a
rule introduced later (an id too long, the reserved ``builtin.`` prefix)
still loads, with its problems listed.
"""

from __future__ import annotations

from pathlib import Path

from .loader import builtin_dir, load_packs
from .model import Pack


def load_library(installed: Path | None, builtin: Path | None = None) -> tuple[list[Pack], list[str]]:
    """Every pack to offer, and one line per problem found while loading them."""
    built, problems = load_packs([builtin or builtin_dir()])
    for p in built:
        p.builtin = True
    mine, mine_problems = load_packs([installed]) if installed is not None and installed.is_dir() \
        else ([], [])
    lines = [str(p) for p in problems + mine_problems]
    taken = {p.id: p for p in built}
    packs = list(built)
    for p in mine:
        p.builtin = False
        other = taken.get(p.id)
        if other is not None:
            lines.append(f"{p.path}: not loaded: the id {p.id!r} is already used by "
                         f"{'the built-in pack' if other.builtin else other.path}")
            continue
        taken[p.id] = p
        packs.append(p)
    return packs, lines
