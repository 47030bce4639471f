"""The standard library, as far as quiz and interview programs call it.

Each module registers Python implementations under the name the lowering
gives the function: ``fmt.Println``, ``(*strings.Builder).WriteString``,
``time.Duration.String``; ``var:os.Args`` for a package variable. A
function without an implementation is refused when called (``cannot run:
strings.Title is not supported by the interpreter``), never guessed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable



@lru_cache(maxsize=1)
def natives() -> dict[str, Callable[..., Any]]:
    from ..panics import native_error_methods
    from . import (bufio, bytes_, containers, errors, fmt, io, math, os, sort, strconv, strings,
                   sync, time, unicode)
    out: dict[str, Callable[..., Any]] = {}
    out.update(native_error_methods())
    for mod in (fmt, errors, io, os, strings, strconv, math, sort, sync, time, unicode,
                containers, bytes_, bufio):
        out.update(mod.NATIVES)
    return out
