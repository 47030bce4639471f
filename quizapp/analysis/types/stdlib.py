"""The standard library's types and constants, from generated data.

``data/stdlib/`` was written by ``scripts/gen_stdlib.py`` from go1.27.3 (the
format is ``scripts/stdlib_gen/output.py``'s): for every package a program
can import, its exported types (with full layouts, unexported fields
included), functions, methods, variables and constants, the escape summary
the compiler computed for every parameter, the source of its generic code,
and the objects that source refers to. One file per package, read the first
time a program uses the package (``package_data``) and kept for the next
analyses. This module builds the type model's side of it: ``Named`` types
with their layouts, signatures, constants, and the lines gc prints for code
it generates in the user's package. Functions, methods and variables become
IR objects in ``noder.importer``.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import Any

from . import constant as C
from . import model as T
from .linkname import link_string

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


DATA_DIR = "data/stdlib"


def _read(name: str) -> dict[str, Any]:
    text = resources.files("quizapp.analysis").joinpath(f"{DATA_DIR}/{name}").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def index() -> dict[str, Any]:
    """The index: the release, and every package with data (``importable`` or not)."""
    return _read("index.json")


@lru_cache(maxsize=None)
def package_data(path: str) -> dict[str, Any] | None:
    """One package's data, loaded on first use; None for a package without data."""
    if path not in index()["packages"]:
        return None
    return _read(path.replace("/", "-") + ".json")


def owner_of(key: str) -> str:
    """The package of a "named" or "generated" key: the path ends at the first dot
    after its last slash (``vendor/golang.org/x/net/http2/hpack.Decoder``)."""
    base = key.split("[", 1)[0]
    slash = base.rfind("/")
    dot = base.find(".", slash + 1)
    return base[:dot] if dot >= 0 else base


def named_entry(key: str) -> dict[str, Any] | None:
    data = package_data(owner_of(key))
    return None if data is None else data["named"].get(key)


def generated_entry(key: str) -> dict[str, Any] | None:
    """The lines gc prints for code it generates where ``key`` is used (None: it prints none)."""
    owner = owner_of(key)
    data = package_data(owner)
    if data is None or key not in data["generated"]:
        return None
    return generated_blocks(owner)[key]


@lru_cache(maxsize=None)
def generated_blocks(path: str) -> dict[str, Any]:
    """A package's generated-code entries, a file of their own: most of some packages'
    data, needed only by programs using those items."""
    return _read(path.replace("/", "-") + ".generated.json")


@lru_cache(maxsize=None)
def inline_bodies(path: str) -> dict[str, Any]:
    """A package's bodies gc can inline (``F`` or ``T.M`` -> the declaration's source), for
    the entries that say ``"body": true``: a file of their own, read only by an analysis
    with inlining on."""
    data = package_data(path)
    if data is None:
        return {}
    try:
        return _read(path.replace("/", "-") + ".inline.json")
    except FileNotFoundError:
        return {}


def go_version() -> str:
    return str(index()["go_version"])


def package_name(path: str) -> str:
    """The name a package declares (``math/rand/v2`` is ``rand``)."""
    entry = index()["packages"].get(path)
    return str(entry["name"]) if entry is not None else path.rsplit("/", 1)[-1]


class StdTypes:
    """The standard library's types of one analysis (fresh per file, so state never leaks).

    A named type's methods are made by ``method``, which the importer
    provides: they are functions, not types."""

    def __init__(self) -> None:
        self.named: dict[str, T.Named] = {}
        self.packages: dict[str, dict[str, Any]] = {}
        self.generated: list[str] = []   # items whose use makes gc generate code here, in order

    def has(self, path: str) -> bool:
        """Whether a program may import ``path`` (a standard-library package with data)."""
        entry = index()["packages"].get(path)
        return entry is not None and bool(entry["importable"])

    def known(self, path: str) -> bool:
        """Whether the data has ``path`` at all (internal packages included)."""
        return path in index()["packages"]

    def pkg(self, path: str) -> dict[str, Any]:
        data = package_data(path)
        if data is None:
            raise GenericUse(f"package {path}")
        return data

    # ------------------------------------------------------------ types
    def named_type(self, path: str, name: str) -> T.Type:
        if path == "" and name == "error":
            return T.ERROR_TYPE
        key = f"{path}.{name}" if path else name
        t = self.named.get(key)
        if t is not None:
            return t
        t = T.Named(name, pkg=package_name(path), path=path)
        self.named[key] = t
        data = package_data(path) or {}
        entry = (data.get("named") or {}).get(key)
        declared = (data.get("types") or {}).get(name)
        if entry is None:
            entry = declared
        if entry is None:
            raise GenericUse(key)
        t.underlying = self.type_of(entry["underlying"])
        methods = dict(entry.get("methods") or {})
        if declared is not None and declared is not entry:
            methods.update(declared.get("methods") or {})
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
            return T.Struct([T.Field(f["name"], self.type_of(f["type"], subst), bool(f.get("embedded")),
                                     tag=f.get("tag", ""), pkg=f.get("pkg", ""))
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
        ``generated`` entries."""
        path, name = j.get("path", ""), j["name"]
        args = [self.type_of(a, subst) for a in j["args"]]
        key = f"{path}.{name}[{', '.join(T.type_string(a) for a in args)}]"
        t = self.named.get(key)
        if t is not None:
            return t
        data = package_data(path) or {}
        origin = (data.get("types") or {}).get(name) or (data.get("named") or {}).get(f"{path}.{name}")
        if origin is None or not origin.get("typeparams"):
            raise GenericUse(key)
        t = T.Named(f"{name}[{','.join(link_string(a, 'main') for a in args)}]",
                    pkg=package_name(path), path=path)
        t.generic_instance = True  # type: ignore[attr-defined]
        t.targs = args  # type: ignore[attr-defined]
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
        if key not in self.generated and generated_entry(key) is not None:
            self.generated.append(key)

    def generated_block(self, key: str) -> str:
        """The identity of the code gc generates for ``key`` with inlining on: items that
        bring the same code (``os.Stdout``, ``os.Stderr``) share one block."""
        e = generated_entry(key) or {}
        return repr((sorted((e.get("i1") or {}).items()), sorted((e.get("i2") or {}).items())))

    def generated_lines(self, level: int) -> list[str]:
        """The lines gc prints for that generated code (after the program's own), each block once."""
        out: list[str] = []
        seen: set[tuple[str, ...]] = set()
        for key in self.generated:
            block = tuple(generated_entry(key).get("m1" if level == 1 else "m2", []))  # type: ignore
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
