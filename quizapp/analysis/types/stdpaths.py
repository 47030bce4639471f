"""Which import paths are the standard library's (from ``data/std_packages.json``).

The analyzer knows the API of only some standard packages; this list, made
by ``scripts/gen_std_packages.py`` from ``go list std``, tells an import it
merely lacks data for (unsupported) from one that does not exist (gc's
``package P is not in std``, invalid Go).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def std_packages() -> frozenset[str]:
    text = resources.files("quizapp.analysis").joinpath("data/std_packages.json").read_text("utf-8")
    return frozenset(json.loads(text)["packages"])


def import_problem(path: str) -> str | None:
    """gc's complaint about importing ``path`` into a single-file ``package main``, or None."""
    if path == "C" or path == "unsafe":
        return None
    first = path.split("/")[0]
    if "." in first:
        return f"no required module provides package {path}"
    if path not in std_packages():
        return f"package {path} is not in std"
    parts = path.split("/")
    if "internal" in parts or parts[0] == "vendor":
        return f"use of internal package {path} not allowed"
    return None
