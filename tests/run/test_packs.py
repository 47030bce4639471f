"""Every program of the built-in packs runs to completion, its sites placed as analysed.

The programs that cannot run are exactly those of ``bench/pack-exceptions.txt``
(each with its reason); in every other program each variable or allocation
site that executes made an object of the trace, and each object sits where
its site's verdict says (``bench/placement.py`` prints the details).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_pack_program_runs_and_places_its_sites() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.placement import check, exceptions
    from bench.run import pack_programs
    programs = pack_programs()
    assert len(programs) > 200
    results = [check(name, src) for name, src in programs]
    assert {r.name for r in results if not r.ran} == set(exceptions()), \
        [(r.name, r.reason) for r in results if not r.ran]
    assert [(r.name, r.missing, r.misplaced) for r in results if r.missing or r.misplaced] == []
    ran = [r for r in results if r.ran]
    assert sum(r.heap for r in ran) > 300 and sum(r.stack for r in ran) > 500
