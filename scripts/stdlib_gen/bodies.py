"""Stage 1b: the bodies gc can inline, as source, with everything they refer to.

A standard-library call gc inlines pastes the callee's body into the user's
function, and the calls that body makes are inlined in turn; the lines gc
then prints (``&errors.errorString{...} escapes to heap``, ``bytes.b.buf``)
come from that pasted code. The analyzer lowers those bodies from source,
as it lowers generic code (``noder.stdsource``). This stage hands
``scripts/stdlib_dump`` the functions and methods gc can inline (from stage
2's ``-m=2`` build, read first); the dump gives each one it lists a
``"body"`` (the SOURCE encoding) and lists every package-level object such
a body refers to, exported or not, in whatever package, until nothing new
is reached; and (``write_intrinsics``) which calls that build compiled to
machine instructions, so that the functions they call, internal ones too,
are marked intrinsics, as a cost model must charge them. ``output`` writes the bodies of a package to a file of their own
(``PATH.inline.json``): only an analysis with inlining on reads them.
"""

from __future__ import annotations

import re
from pathlib import Path

METHOD = re.compile(r"^\(\*(\w+)\)\.(\w+)$")
INTRINSIC = re.compile(r"^(\S+?):(\d+):\d+: intrinsic substitution for (\S+) with ")


def object_key(pkg: str, name: str) -> str | None:
    """The dump's key of gc's ``F``, ``T.M`` or ``(*T).M`` in ``pkg`` (``pkgpath.F``,
    ``pkgpath.T.M``); None for what the dump never lists (closures, instances)."""
    if "[" in name or ".func" in name:
        return None
    if m := METHOD.match(name):
        return f"{pkg}.{m.group(1)}.{m.group(2)}"
    return f"{pkg}.{name}"


def write_inlinable(decisions: dict[tuple[str, str], dict], out: Path) -> int:
    """Write the dump's ``-inline`` file: every function and method gc can inline in its own
    package. Returns how many."""
    keys = sorted({k for (pkg, name), d in decisions.items()
                   if "reason" not in d and (k := object_key(pkg, name)) is not None})
    out.write_text("\n".join(keys) + "\n", encoding="utf-8")
    return len(keys)


def write_intrinsics(escape_out: Path, prefixes: list[str], out: Path) -> int:
    """Write the dump's ``-intrinsics`` file: ``FILE:LINE NAME`` for every call stage 2's
    build compiled to instructions (its ``-d=ssa/intrinsics/debug=1`` lines), so that the
    functions called there, unexported and internal ones too, are known as intrinsics
    (the probe program only reaches exported ones). Returns how many calls."""
    from .summaries import normalise_pos
    calls: set[str] = set()
    with escape_out.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if "intrinsic substitution" not in line:
                continue
            if m := INTRINSIC.match(line):
                calls.add(f"{normalise_pos(m.group(1), prefixes)}:{m.group(2)} {m.group(3)}")
    out.write_text("".join(c + "\n" for c in sorted(calls)), encoding="utf-8")
    return len(calls)


def count_bodies(api: dict) -> tuple[int, int]:
    """How many functions and methods carry a body, and its bytes of source."""
    from .summaries import functions
    n = size = 0
    for f in functions(api):
        if body := f.entry.get("body"):
            n += 1
            size += len(body["text"].encode())
    return n, size
