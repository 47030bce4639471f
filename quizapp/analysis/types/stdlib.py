"""The standard library's types and constants, from generated data.

``data/stdlib.json`` was written by ``scripts/gen_stdlib.py`` from go1.27.3:
for each package that snippets use, its exported types (with full layouts,
unexported fields included), functions, methods, variables and constants,
and the escape summary the compiler computed for every parameter. This
module reads the data and builds the type model's side of it: ``Named``
types with their layouts, signatures, constants, and the lines gc prints
for code it generates in the user's package. Functions, methods and
variables become IR objects in ``noder.importer``.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import Any

from . import constant as C
from . import model as T

BASICS: dict[str, T.Type] = dict(T.PREDECLARED_TYPES)
BASICS.update({
    "unsafe.Pointer": T.UNSAFE_POINTER,
    "untyped int": T.UNTYPED_INT, "untyped float": T.UNTYPED_FLOAT,
    "untyped rune": T.UNTYPED_RUNE, "untyped string": T.UNTYPED_STRING,
    "untyped bool": T.UNTYPED_BOOL, "untyped complex": T.UNTYPED_COMPLEX,
    "untyped nil": T.UNTYPED_NIL,
})


class GenericUse(Exception):
    """A type parameter appeared where a concrete type was needed."""


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("quizapp.analysis").joinpath("data/stdlib.json").read_text("utf-8")
    return json.loads(text)


def go_version() -> str:
    return str(_raw()["go_version"])


def package_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


class StdTypes:
    """The standard library's types of one analysis (fresh per file, so state never leaks).

    A named type's methods are made by ``method``, which the importer
    provides: they are functions, not types."""

    def __init__(self) -> None:
        self.raw = _raw()
        self.named: dict[str, T.Named] = {}
        self.packages: dict[str, dict[str, Any]] = {}
        self.generated: list[str] = []   # items whose use makes gc generate code here, in order

    def has(self, path: str) -> bool:
        return path in self.raw["packages"]

    # ------------------------------------------------------------ types
    def named_type(self, path: str, name: str) -> T.Type:
        if path == "" and name == "error":
            return T.ERROR_TYPE
        key = f"{path}.{name}" if path else name
        t = self.named.get(key)
        if t is not None:
            return t
        t = T.Named(name, pkg=package_name(path))
        self.named[key] = t
        entry = self.raw["named"].get(key)
        if entry is None:
            pkg = self.raw["packages"].get(path, {})
            entry = pkg.get("types", {}).get(name)
        if entry is None:
            raise GenericUse(key)
        t.underlying = self.type_of(entry["underlying"])
        methods = entry.get("methods") or {}
        if not methods:
            methods = self.raw["packages"].get(path, {}).get("types", {}).get(name, {}).get(
                "methods", {}) or {}
        for mname, m in methods.items():
            t.methods[mname] = self.method(t, mname, m)
        return t

    def method(self, named: T.Named, name: str, entry: dict[str, Any]) -> Any:
        """The object that stands for a method of a standard-library type."""
        raise NotImplementedError

    def type_of(self, j: dict[str, Any], subst: dict[str, T.Type] | None = None) -> T.Type:
        k = j["kind"]
        if k == "basic":
            return BASICS[j["name"]]
        if k == "typeparam":
            if subst and j["name"] in subst:
                return subst[j["name"]]
            raise GenericUse(j["name"])
        if k == "named":
            if j.get("args"):
                return self.instance(j, subst)
            return self.named_type(j.get("path", ""), j["name"])
        if k == "pointer":
            return T.Pointer(self.type_of(j["elem"], subst))
        if k == "slice":
            return T.Slice(self.type_of(j["elem"], subst))
        if k == "array":
            return T.Array(int(j["len"]), self.type_of(j["elem"], subst))
        if k == "map":
            return T.Map(self.type_of(j["key"], subst), self.type_of(j["elem"], subst))
        if k == "chan":
            d = {"both": T.ChanDir.BOTH, "send": T.ChanDir.SEND, "recv": T.ChanDir.RECV}[j["dir"]]
            return T.Chan(self.type_of(j["elem"], subst), d)
        if k == "struct":
            return T.Struct([T.Field(f["name"], self.type_of(f["type"], subst), bool(f.get("embedded")))
                             for f in j["fields"]])
        if k == "func":
            return self.sig_of(j, subst)
        if k == "interface":
            if j.get("typeset") or j.get("embeddeds"):
                raise GenericUse("constraint")
            return T.Interface([T.MethodSig(m["name"], self.sig_of(m["sig"], subst))
                                for m in j["methods"]])
        raise GenericUse(k)

    def instance(self, j: dict[str, Any], subst: dict[str, T.Type] | None) -> T.Type:
        """An instance of a generic standard-library type, as far as its layout goes.

        Its own methods stay unknown (calling one is unsupported); the lines gc
        prints for code it generates in the user's package come from the data's
        ``generated_code`` table."""
        path, name = j.get("path", ""), j["name"]
        args = [self.type_of(a, subst) for a in j["args"]]
        key = f"{path}.{name}[{', '.join(T.type_string(a) for a in args)}]"
        t = self.named.get(key)
        if t is not None:
            return t
        origin = self.raw["packages"].get(path, {}).get("types", {}).get(name) or \
            self.raw["named"].get(f"{path}.{name}")
        if origin is None or not origin.get("typeparams"):
            raise GenericUse(key)
        t = T.Named(f"{name}[{','.join(T.type_string(a) for a in args)}]", pkg=package_name(path))
        t.generic_instance = True  # type: ignore[attr-defined]
        self.named[key] = t
        names = [tp["name"] for tp in origin["typeparams"]]
        t.underlying = self.type_of(origin["underlying"], dict(zip(names, args)))
        return t

    def sig_of(self, j: dict[str, Any], subst: dict[str, T.Type] | None = None) -> T.Signature:
        return T.Signature([T.Param(p.get("name", ""), self.type_of(p["type"], subst))
                            for p in j["params"]],
                           [T.Param(p.get("name", ""), self.type_of(p["type"], subst))
                            for p in j["results"]],
                           bool(j.get("variadic")))

    def note_generated(self, key: str) -> None:
        """Remember a use of an item that makes gc instantiate code in the user's package."""
        if key in self.raw.get("generated_code", {}) and key not in self.generated:
            self.generated.append(key)

    def generated_lines(self, level: int) -> list[str]:
        """The lines gc prints for that generated code (after the program's own), each block once."""
        out: list[str] = []
        seen: set[tuple[str, ...]] = set()
        for key in self.generated:
            block = tuple(self.raw["generated_code"][key].get("m1" if level == 1 else "m2", []))
            if block and block not in seen:
                seen.add(block)
                out.extend(block)
        return out


def const_value(c: dict[str, Any]) -> Any:
    kind, v = c["kind"], c["value"]
    if kind == "int":
        return int(v)
    if kind == "float":
        return C.Exact(Fraction(v))
    if kind == "string":
        return C.unquote(v)
    if kind == "bool":
        return v == "true"
    if kind == "complex":
        return complex(v.replace(" ", "").strip("()").replace("i", "j"))
    return v
