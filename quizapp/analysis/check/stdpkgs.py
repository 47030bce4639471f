"""Imported packages as the checker sees them: the standard library's names and their types.

The exported API of the packages in ``data/stdlib/`` becomes checker
objects on first use (functions with signatures, variables, exact
constants, named types with their methods and fields, unexported fields
included so that gc's "cannot refer to unexported field" can be said).
Which paths are standard packages, their names, and which share a name
come from the data's index (``types.stdpaths``). A package the data does
not describe is *opaque*: its members are unknown and never reported.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from typing import Any

from ..types import model as T
from ..types.constant import unquote
from ..types.stdlib import GenericUse, StdTypes, package_data
from ..types.stdpaths import std_package_name
from . import constant as C
from .objects import Const, Func, Obj, TypeName, Var, VarKind


class StdMethod:
    """A method of a standard-library type: its name, signature and receiver kind."""

    __slots__ = ("name", "sig", "ptr_recv", "path")

    def __init__(self, name: str, sig: T.Signature, ptr_recv: bool, path: str) -> None:
        self.name, self.sig, self.ptr_recv, self.path = name, sig, ptr_recv, path


class CheckStdTypes(StdTypes):
    """The standard library's types for one check: named types remember their import path,
    ``any`` stays ``any``, and methods carry their signatures."""

    def named_type(self, path: str, name: str) -> T.Type:
        t = super().named_type(path, name)
        if isinstance(t, T.Named) and path and not hasattr(t, "path"):
            t.path = path  # type: ignore[attr-defined]
        return t

    def method(self, named: T.Named, name: str, entry: dict[str, Any]) -> Any:
        path = getattr(named, "path", "")
        try:
            sig = self.sig_of(entry["sig"])
        except GenericUse:
            return None
        rt: T.Type = T.Pointer(named) if entry.get("ptr_recv") else named
        sig.recv = T.Param("", rt)
        return StdMethod(name, sig, bool(entry.get("ptr_recv")), path)

    def type_of(self, j: dict[str, Any], subst: dict[str, T.Type] | None = None) -> T.Type:
        if j.get("kind") == "interface" and not j.get("methods") and not j.get("typeset") \
                and not j.get("embeddeds"):
            return T.ANY_TYPE
        t = super().type_of(j, subst)
        if j.get("kind") == "named" and isinstance(t, T.Named) and j.get("path") \
                and not hasattr(t, "path"):
            t.path = j["path"]  # type: ignore[attr-defined]
        return t


@lru_cache(maxsize=1)
def shared_std_types() -> CheckStdTypes:
    """One set of standard-library types for every check: the checker only reads them, so
    building them once per process is safe (the lowering builds its own)."""
    return CheckStdTypes()


UNSAFE_NAMES = frozenset({"Pointer", "Sizeof", "Offsetof", "Alignof", "Add", "Slice", "SliceData",
                          "String", "StringData"})
"""What package unsafe declares (gc's types2 universe makes them)."""


class StdPackage:
    """One imported package: its members made on demand; ``opaque`` when the data lacks it."""

    def __init__(self, path: str, name: str, std: CheckStdTypes) -> None:
        self.path = path
        self.name = name
        self.std = std
        self.data = package_data(path)
        # unsafe is the compiler's own: its names are known, Pointer is the type the
        # checker knows, the uses of its functions are not checked.
        self.unchecked = UNSAFE_NAMES if path == "unsafe" and self.data is None else frozenset()
        self.opaque = self.data is None and not self.unchecked
        self.cache: dict[str, Obj | None] = {}

    def exported_names(self) -> list[str]:
        if self.data is None:
            return sorted(self.unchecked)
        out: list[str] = []
        for k in ("types", "funcs", "vars", "consts"):
            out.extend(self.data.get(k, {}))
        return out

    def member(self, name: str) -> Obj | None:
        """The object ``pkg.name`` stands for; None when the package has no such name.

        A member the data describes only in part (generic code) is a ``Func`` or
        ``TypeName`` without a type: its uses are not checked."""
        if name in self.cache:
            return self.cache[name]
        obj: Obj | None = None
        d = self.data or {}
        if name in self.unchecked:
            obj = TypeName(name, None, T.UNSAFE_POINTER) if name == "Pointer" else \
                Func(name, None, None, path=self.path)
        try:
            if name in d.get("types", {}):
                entry = d["types"][name]
                if entry.get("typeparams"):
                    obj = TypeName(name, None, None)
                elif entry.get("alias"):
                    obj = TypeName(name, None, self.std.type_of(entry["underlying"]), alias=True)
                else:
                    obj = TypeName(name, None, self.std.named_type(self.path, name))
            elif name in d.get("funcs", {}):
                f = d["funcs"][name]
                sig = None if f.get("generic") else self.std.sig_of(f["sig"])
                obj = Func(name, None, sig, path=self.path)
            elif name in d.get("vars", {}):
                obj = Var(name, None, self.std.type_of(d["vars"][name]), VarKind.PACKAGE)
            elif name in d.get("consts", {}):
                c = d["consts"][name]
                obj = Const(name, None, self.std.type_of(c["type"]), const_value(c))
        except GenericUse:
            obj = TypeName(name, None, None) if name in d.get("types", {}) else \
                Func(name, None, None, path=self.path)
        self.cache[name] = obj
        return obj


def const_value(c: dict[str, Any]) -> Any:
    """An exact constant from the data: integers, exact rationals, strings, booleans."""
    kind, v = c["kind"], c["value"]
    if kind == "int":
        return int(v)
    if kind == "float":
        return Fraction(v)
    if kind == "string":
        return unquote(v)
    if kind == "bool":
        return v == "true"
    if kind == "complex":
        z = complex(v.replace(" ", "").strip("()").replace("i", "j"))
        return C.Complex(Fraction(z.real), Fraction(z.imag))
    return None


_PACKAGES: dict[str, StdPackage] = {}


def std_package(path: str) -> StdPackage:
    """The imported package ``path`` (with its members made so far), shared across checks."""
    pkg = _PACKAGES.get(path)
    if pkg is None:
        pkg = _PACKAGES[path] = StdPackage(path, std_package_name(path) or path, shared_std_types())
    return pkg
