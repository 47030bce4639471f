"""Which import paths are the standard library's (the ``std`` list of ``data/stdlib/index.json``).

The index, made by ``scripts/gen_stdlib.py``, lists every path of ``go list
std`` besides the packages it has data for: an import of a path outside it
is gc's ``package P is not in std`` (invalid Go), one inside it without data
is unsupported.
"""

from __future__ import annotations

from functools import lru_cache

from .stdlib import index


@lru_cache(maxsize=1)
def std_packages() -> frozenset[str]:
    return frozenset(index()["std"])


def import_problem(path: str, package: str = "main") -> str | None:
    """gc's complaint about importing ``path`` into a single-file package, or None.

    ``go build`` refuses internal packages; a file that is not ``package main``
    is compiled as Go's test driver compiles its escape tests (``go tool
    compile``, which lets them import the internal packages the data has)."""
    if path == "C" or path == "unsafe":
        return None
    first = path.split("/")[0]
    if "." in first:
        return f"no required module provides package {path}"
    if path not in std_packages():
        return f"package {path} is not in std"
    parts = path.split("/")
    if "internal" in parts or parts[0] == "vendor":
        entry = index()["packages"].get(path)
        if package == "main" or entry is None or not entry["importable"]:
            return f"use of internal package {path} not allowed"
    return None
