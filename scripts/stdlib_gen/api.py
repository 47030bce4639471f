"""Stage 1: the API, generic source and referenced objects, from ``scripts/stdlib_dump``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .toolchain import ROOT, run

DUMP_DIR = ROOT / "scripts" / "stdlib_dump"

EXTRA_PACKAGES = ["internal/runtime/atomic"]
"""Internal packages Go's own escape tests import (test/escape_runtime_atomic.go)."""

SKIPPED = {"unsafe"}
"""The compiler's own package: the analyzer knows it without data."""


def importable(path: str) -> bool:
    parts = path.split("/")
    return "internal" not in parts and parts[0] not in ("vendor", "cmd")


def std_list(go: str, env: dict[str, str]) -> dict:
    """``go list std``: every import path of the standard library, internal ones included
    (an import of any other path is gc's ``package P is not in std``), with the name its
    package declares, and for each, the packages among it and its transitive imports
    whose *name* another standard-library package shares: gc writes a type of such a
    package with its quoted path (``*"sync".WaitGroup``, as ``internal/sync`` is also
    ``sync``) when both are among what the checked file imports, directly or not."""
    proc = run([go, "list", "-f", "{{.ImportPath}}|{{.Name}}|{{join .Deps \" \"}}", "std"],
               cwd=ROOT, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: go list std failed:\n{proc.stderr}")
    names: dict[str, str] = {}
    deps: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        path, name, dl = line.split("|")
        names[path] = name
        deps[path] = dl.split()
    by_name: dict[str, set[str]] = {}
    for path, name in names.items():
        by_name.setdefault(name, set()).add(path)
    shared = {path for path, name in names.items() if len(by_name[name]) > 1}
    return {"names": dict(sorted(names.items())),
            "shared_names": {path: sorted(p for p in [path, *deps[path]] if p in shared)
                             for path in sorted(names)}}


def std_packages(paths: list[str] | dict[str, str]) -> list[str]:
    """Every package a program can import (``paths`` without internal, vendor and
    cmd packages), plus ``EXTRA_PACKAGES``."""
    pkgs = [p for p in paths if importable(p) and p not in SKIPPED]
    return sorted(set(pkgs) | set(EXTRA_PACKAGES))


def dump_api(go: str, env: dict[str, str], tmp: Path, packages: list[str],
             inlinable: Path | None = None, intrinsics: Path | None = None) -> dict:
    """Run ``stdlib_dump`` over ``packages``; with ``inlinable`` (``bodies.write_inlinable``'s
    file) the functions gc can inline carry their bodies, with ``intrinsics``
    (``bodies.write_intrinsics``'s) the functions gc compiles to instructions are marked."""
    exe = tmp / "stdlibdump"
    proc = run([go, "build", "-o", str(exe), "."], cwd=DUMP_DIR, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: building stdlib_dump failed:\n{proc.stderr}")
    flags = ["-inline", str(inlinable)] if inlinable is not None else []
    flags += ["-intrinsics", str(intrinsics)] if intrinsics is not None else []
    proc = run([str(exe), *flags, *packages], cwd=tmp, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: stdlib_dump failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout)
