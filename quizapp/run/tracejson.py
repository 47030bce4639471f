"""A trace as JSON, in the format docs/trace-format.md documents."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..analysis.types.stdlib import go_version
from .errors import CannotRun, RunError
from .snapshot import StepView
from .trace import Trace

FORMAT_VERSION = 1


def _step(s: StepView) -> dict[str, Any]:
    d = asdict(s)
    d["frames"] = [asdict(f) for f in s.frames()]
    return d


def trace_json(trace: Trace, path: str) -> dict[str, Any]:
    """Everything a trace holds, every step captured."""
    res = trace.result
    err = res.error
    error = None
    if isinstance(err, CannotRun):
        error = err.located(path)
    elif err is not None:
        error = str(err)
    try:
        snaps = trace.all_snapshots()
    except RunError as exc:         # written with the steps that could be captured
        snaps = []
        while len(snaps) in trace.cache:
            snaps.append(trace.cache[len(snaps)])
        error = error or str(exc)
    unsupported = [{"line": u.pos.line, "col": u.pos.col, "what": u.what}
                   for u in trace.analysis.unsupported]
    return {
        "version": FORMAT_VERSION,
        "go": go_version(),
        "mode": trace.mode,
        "file": path,
        "status": None if error is not None or trace.truncated else res.status,
        "error": error,
        "truncated": trace.truncated,
        "budget": trace.budget,
        "stdout": res.stdout.decode("utf-8", "replace"),
        "stderr": res.stderr.decode("utf-8", "replace"),
        "unsupported": unsupported,
        "steps": [_step(s) for s in snaps],
    }
