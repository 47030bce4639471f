"""Imported names: the standard library's functions, methods and variables as IR.

A function of another package is an external ``ir.Func``: its signature
and, per parameter, the escape summary gc recorded for it (decoded by
``escape.leaks``), never a body; and what gc's inliner does with a call of
it (its cost, whether it is an intrinsic, what inlining it brings). A method is built on its first use. A
package without data, or a generic function or type (whose body gc would
instantiate in the caller's package), is reported unsupported at its use.
"""

from __future__ import annotations

from typing import Any

from ..errors import NOPOS
from ..ir import nodes as ir
from ..types import model as T
from ..types.scope import ConstObj, TypeObj, UnsupportedObj
from ..types.stdlib import GenericUse, StdTypes, const_value, package_name


class Universe(StdTypes):
    """Every standard-library object one analysis uses, made on demand."""

    def method(self, named: T.Named, name: str, entry: dict[str, Any]) -> Any:
        return LazyMethod(self, named, name, entry)

    def member(self, path: str, name: str) -> Any:
        """The scope object for ``pkg.name``, or None when the package has no such export."""
        pkg = self.raw["packages"][path]
        cache = self.packages.setdefault(path, {})
        if name in cache:
            return cache[name]
        obj: Any = None
        try:
            if name in pkg.get("types", {}):
                entry = pkg["types"][name]
                if entry.get("typeparams"):
                    obj = UnsupportedObj(f"generic type {package_name(path)}.{name}")
                elif entry.get("alias"):
                    t = self.type_of(entry["underlying"])
                    obj = TypeObj(t, T.type_string(t))
                else:
                    t = self.named_type(path, name)
                    obj = TypeObj(t, T.type_string(t))
            elif name in pkg.get("funcs", {}):
                f = pkg["funcs"][name]
                if f.get("generic"):
                    obj = UnsupportedObj(f"generic function {package_name(path)}.{name}")
                else:
                    obj = self.external_func(f"{package_name(path)}.{name}", self.sig_of(f["sig"]),
                                             f, recv=None)
            elif name in pkg.get("vars", {}):
                obj = ir.Global(f"{package_name(path)}.{name}", self.type_of(pkg["vars"][name]), NOPOS)
            elif name in pkg.get("consts", {}):
                c = pkg["consts"][name]
                t = self.type_of(c["type"])
                obj = ConstObj(const_value(c), t, "" if t.is_untyped() else T.type_string(t))
        except GenericUse as exc:
            obj = UnsupportedObj(f"generic code in {package_name(path)}.{name} ({exc})")
        cache[name] = obj
        self.note_generated(f"{path}.{name}")
        return obj

    def external_func(self, name: str, sig: T.Signature, entry: dict[str, Any],
                      recv: T.Param | None) -> ir.Func:
        """A function of another package: its summary is known, its body is not ours."""
        fn = ir.Func(name, NOPOS, sig)
        fn.external = True
        fn.esc_state = 3
        params = entry.get("params", [])
        leaks = entry.get("leaks", [])
        offset = 0
        if recv is not None:
            sig.recv = recv
            fn.recv = ir.Var(params[0]["name"] if params else "", recv.type, NOPOS, ir.VarClass.PARAM)
            fn.leak_tags[-1] = leaks[0] if leaks else None
            offset = 1
        for i, p in enumerate(sig.params):
            fn.params.append(ir.Var(p.name, p.type, NOPOS, ir.VarClass.PARAM, unnamed=not p.name))
            j = i + offset
            fn.leak_tags[i] = leaks[j] if j < len(leaks) else None
        fn.results = [ir.Var(r.name or f"~r{i}", r.type, NOPOS, ir.VarClass.RESULT)
                      for i, r in enumerate(sig.results)]
        inline_facts(fn, entry)
        return fn


def inline_facts(fn: ir.Func, entry: dict[str, Any]) -> None:
    """What the data says about gc inlining calls of ``fn`` in the user's package."""
    fn.inl_checked = True
    inl = entry.get("inline") or {}
    if "reason" not in inl and "cost" in inl:
        fn.inl_cost = int(inl["cost"])
    else:
        fn.inl_reason = str(inl.get("reason", "no inlining facts"))
    fn.intrinsic = bool(entry.get("intrinsic"))
    inlined = entry.get("inlined")
    if inlined is not None:
        fn.inl_waves = [list(w) for w in inlined.get("waves", [])]
        fn.inl_diags = bool(inlined.get("diags"))


class LazyMethod:
    """A method of a standard-library type, built into an ``ir.Func`` on first use."""

    def __init__(self, uni: Universe, named: T.Named, name: str, entry: dict[str, Any]) -> None:
        self.uni, self.named, self.name, self.entry = uni, named, name, entry
        self._fn: ir.Func | None = None

    def get(self) -> ir.Func:
        if self._fn is None:
            e = self.entry
            rt: T.Type = T.Pointer(self.named) if e.get("ptr_recv") else self.named
            pkg = self.named.pkg
            recv_text = f"(*{pkg}.{self.named.name})" if e.get("ptr_recv") else f"{pkg}.{self.named.name}"
            sig = self.uni.sig_of(e["sig"])
            self._fn = self.uni.external_func(f"{recv_text}.{self.name}", sig, e, T.Param("", rt))
        return self._fn

    @property
    def sig(self) -> T.Signature:
        return self.get().sig
