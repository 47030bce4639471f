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


def std_list(go: str, env: dict[str, str]) -> list[str]:
    """``go list std``: every import path of the standard library, internal ones included
    (an import of any other path is gc's ``package P is not in std``)."""
    proc = run([go, "list", "std"], cwd=ROOT, env=env)
    if proc.returncode != 0:
        sys.exit(f"gen_stdlib: go list std failed:\n{proc.stderr}")
    return sorted(proc.stdout.split())


def std_packages(paths: list[str]) -> list[str]:
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
