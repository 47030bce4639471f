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

from ..errors import NOPOS, Unsupported
from ..ir import nodes as ir
from ..syntax.genmethods import type_params_of
from ..types import model as T
from ..types.scope import ConstObj, TypeObj, UnsupportedObj, universe
from ..types.stdlib import GenericUse, StdTypes, const_value, package_data, package_name
from .generics import GenericFunc, GenericType, type_params
from .stdbodies import Bodies
from .stdsource import Home, StdSource, type_spec


class Universe(StdTypes):
    """Every standard-library object one analysis uses, made on demand."""

    def method(self, named: T.Named, name: str, entry: dict[str, Any]) -> Any:
        if entry.get("typeparams") and entry.get("source") and named.path:
            return self.generic_method(named, name, entry)
        return LazyMethod(self, named, name, entry)

    def generic_method(self, named: T.Named, name: str, entry: dict[str, Any]) -> Any:
        """``func (r *Rand) N[Int intType](n Int) Int`` (Go 1.27): instantiated from its
        source at each call, like the program's own generic methods."""
        src = entry["source"]
        decl = self.source.declaration(src)
        tpl = type_params_of(decl.parent, decl.child_by_field_name("name"))
        if tpl is None:
            return LazyMethod(self, named, name, entry)
        return GenericFunc(name, decl, type_params(tpl), self.source.file_scope(named.path, src),
                           home=self.home(named.path, src), tparams_node=tpl, recv_named=named,
                           recv_ptr=bool(entry.get("ptr_recv")))

    def member(self, path: str, name: str, exported_only: bool = True) -> Any:
        """The scope object for ``pkg.name``, or None when the package has no such export
        (``exported_only`` False: any object the data has, for the package's own code)."""
        if exported_only and not T.is_exported(name):
            return None
        pkg = self.pkg(path)
        cache = self.packages.setdefault(path, {})
        if name in cache:
            obj = cache[name]
        else:
            obj = self.make_member(pkg, path, name)
            cache[name] = obj
        if not self.in_body:   # an inlined body's uses make gc generate nothing here
            self.note_generated(f"{path}.{name}")
        return obj

    def make_member(self, pkg: dict[str, Any], path: str, name: str) -> Any:
        """The scope object for ``pkg.name`` from the package's data (None: no such name)."""
        obj: Any = None
        try:
            if name in pkg.get("types", {}):
                entry = pkg["types"][name]
                if entry.get("typeparams"):
                    obj = self.generic_type(path, name, entry)
                elif entry.get("alias"):
                    t = self.type_of(entry["underlying"])
                    obj = TypeObj(t, T.type_string(t))
                else:
                    t = self.named_type(path, name)
                    obj = TypeObj(t, T.type_string(t))
            elif name in pkg.get("funcs", {}):
                f = pkg["funcs"][name]
                if f.get("generic"):
                    obj = self.generic_func(path, name, f)
                else:
                    obj = self.external_func(f"{package_name(path)}.{name}", self.sig_of(f["sig"]),
                                             f, recv=None, path=path, key=name)
            elif name in pkg.get("vars", {}):
                obj = ir.Global(f"{package_name(path)}.{name}", self.type_of(pkg["vars"][name]), NOPOS)
            elif name in pkg.get("consts", {}):
                c = pkg["consts"][name]
                t = self.type_of(c["type"])
                obj = ConstObj(const_value(c), t, "" if t.is_untyped() else T.type_string(t))
        except GenericUse as exc:
            obj = UnsupportedObj(f"generic code in {package_name(path)}.{name} ({exc})")
        return obj

    def note_generated(self, key: str) -> None:
        """Each use, with the body it was met in: where gc reads the code it generates."""
        super().note_generated(key)
        if self.lowerer is not None and key in self.generated:
            self.lowerer.note_generated_use(key)

    # ------------------------------------------------------------ generic code
    lowerer: Any = None
    """The lowering that makes instances (``noder.generics``), set by the package lowering."""
    _source: StdSource | None = None

    @property
    def source(self) -> StdSource:
        if self._source is None:
            self._source = StdSource(lambda p, n: self.member(p, n, exported_only=False), universe())
        return self._source

    def home(self, path: str, src: dict[str, Any]) -> Home:
        return Home(path, package_name(path), src["file"])

    def generic_func(self, path: str, name: str, entry: dict[str, Any]) -> Any:
        """A generic function, to be instantiated from its source where it is used."""
        src = entry.get("source")
        if src is None:
            return UnsupportedObj(f"generic function {package_name(path)}.{name} (no source)")
        decl = self.source.declaration(src)
        return GenericFunc(name, decl, type_params(decl.child_by_field_name("type_parameters")),
                           self.source.file_scope(path, src), home=self.home(path, src))

    def generic_type(self, path: str, name: str, entry: dict[str, Any]) -> Any:
        """A generic type with the source of its methods (each in its own file's scope)."""
        src = entry.get("source")
        if src is None:
            return UnsupportedObj(f"generic type {package_name(path)}.{name} (no source)")
        spec = type_spec(self.source.declaration(src), name)
        if spec is None:
            return UnsupportedObj(f"generic type {package_name(path)}.{name} (no declaration)")
        g = GenericType(name, spec, type_params(spec.child_by_field_name("type_parameters")),
                        self.source.file_scope(path, src), home=self.home(path, src))
        methods = dict(entry.get("methods") or {})
        named = self.pkg(path).get("named", {}).get(f"{path}.{name}")
        if named is not None:
            methods.update(named.get("methods") or {})
        def declared(m: str) -> tuple[str, int]:
            src = methods[m].get("source") or {}
            return str(src.get("file", "")), int(src.get("line", 0))
        for mname in sorted(methods, key=declared):      # in declaration order
            msrc = methods[mname].get("source")
            if msrc is None:
                return UnsupportedObj(f"method {package_name(path)}.{name}.{mname} (no source)")
            decl = self.source.declaration(msrc)
            g.methods.append(decl)
            g.method_homes[id(decl)] = (self.source.file_scope(path, msrc), self.home(path, msrc))
        return g

    def instance(self, j: dict[str, Any], subst: dict[str, T.Type] | None) -> T.Type:
        """An instance named by the data: from the generic type's source when there is
        one (the same type a program spelling it gets), without instantiating its methods,
        whose code gc generated where the data's item is used (the data's ``generated`` entries)."""
        path, name = j.get("path", ""), j["name"]
        g = self.member(path, name, exported_only=False) if self.lowerer is not None and \
            package_data(path) is not None else None
        if not isinstance(g, GenericType):
            return super().instance(j, subst)
        if self.lowerer.std_depth and not self.in_body:
            # (an inlined body's types are laid out only: gc compiles no code for them here)
            args = [self.type_of(a, subst) for a in j["args"]]
            return self.lowerer.instantiate_type(g, args)
        self.lowerer.layout_only += 1
        try:
            args = [self.type_of(a, subst) for a in j["args"]]
            return self.lowerer.instantiate_type(g, args, with_methods=False)
        finally:
            self.lowerer.layout_only -= 1

    _bodies: Bodies | None = None
    in_body: int = 0
    """Above 0 while ``bodies`` lowers a body gc inlines."""

    @property
    def bodies(self) -> Bodies:
        """The bodies gc can inline, lowered from source on first use (``stdbodies``)."""
        if self._bodies is None:
            self._bodies = Bodies(self)
        return self._bodies

    def external_func(self, name: str, sig: T.Signature, entry: dict[str, Any],
                      recv: T.Param | None, path: str, key: str = "") -> ir.Func:
        """A function of another package: its summary is known, its body is not ours."""
        fn = ir.Func(name, NOPOS, sig)
        fn.external = True
        fn.home_path = path  # type: ignore[attr-defined]
        fn.std_key = key or name.rsplit(".", 1)[-1]  # type: ignore[attr-defined]  # F or T.M
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
            if entry.get("bodyless") and fn.leak_tags[i] is None and p.type.has_pointers() \
                    and not p.name:
                # gc prints nothing for an unnamed parameter of a bodyless function, but
                # tags it all the same: it leaks, or with //go:noescape is kept
                fn.leak_tags[i] = {"mutator": 0, "callee": 0} if entry.get("noescape") else {"heap": 0}
        fn.keepalive = bool(entry.get("bodyless"))  # type: ignore[attr-defined]
        fn.results = [ir.Var(r.name or f"~r{i}", r.type, NOPOS, ir.VarClass.RESULT)
                      for i, r in enumerate(sig.results)]
        inline_facts(fn, entry, path)
        self.bodies.note(fn, entry)
        return fn


def inline_facts(fn: ir.Func, entry: dict[str, Any], path: str) -> None:
    """What the data says about gc inlining calls of ``fn`` (of package ``path``) in the
    user's package."""
    fn.inl_checked = True
    inl = entry.get("inline") or {}
    fn.inl_bodies = frozenset([path, *inl.get("body_in", ())])
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
            try:
                sig = self.uni.sig_of(e["sig"])
            except GenericUse:
                # a generic method (Go 1.27: func (r *Rand) N[Int intType](n Int) Int)
                raise Unsupported(NOPOS, f"generic method {recv_text}.{self.name}") from None
            self._fn = self.uni.external_func(f"{recv_text}.{self.name}", sig, e, T.Param("", rt),
                                              path=self.named.path,
                                              key=f"{self.named.name}.{self.name}")
        return self._fn

    @property
    def sig(self) -> T.Signature:
        return self.get().sig
