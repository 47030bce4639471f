"""Generics: shape instantiation, as gc compiles generic code.

gc does not analyse a generic function itself. It compiles one *instance*
per **shape** of its type arguments: every pointer type shares the shape
``*uint8``; any other type argument is replaced by its underlying type
(``MyInt`` and ``int`` share ``go.shape.int``). Each instance is an ordinary
function named ``F[go.shape.int]``, analysed before its callers, printed
once per shape at the generic source positions, and never given parameter
lines (instances are duplicate-ok). A generic type instantiated in the file
instantiates all its methods, so a method nobody calls is still analysed,
after the declared functions.

Here a generic function or type keeps its syntax; each instance lowers the
body again with the type parameters bound to shape types.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from tree_sitter import Node

from ..errors import NOPOS, AnalysisError, GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of, pragmas, source_file, text
from ..types import model as T
from ..types.scope import Scope, TypeObj
from ..types.linkname import link_string
from ..types.typeparams import TypeParam, unify
from .stdsource import Home
from .compileorder import RefKind, Ref, compile_order, derived
from .instcycle import instantiation
from .instorder import InstOrderMixin, InstRole, note_compiled
from .stdnames import qualify_vars
from .tparams import TypeParamMixin, constraints


@dataclass(eq=False)
class GenericFunc:
    name: str
    decl: Node
    tparams: list[str]
    scope: Scope
    home: Home | None = None         # a standard-library declaration (None: the file's own)
    tparams_node: Node | None = None  # a generic method's [...] (parsed apart, see syntax.genmethods)
    recv_named: T.Named | None = None  # a generic method's receiver type
    recv_ptr: bool = False

    @property
    def generic_method(self) -> bool:
        return self.recv_named is not None

    def type_parameters(self) -> Node | None:
        return self.tparams_node or self.decl.child_by_field_name("type_parameters")

    def recv_text(self) -> str:
        """The receiver as instance names spell it: ``(*List)`` or ``List``."""
        assert self.recv_named is not None
        q = self.home.qualifier if self.home else ""
        return f"(*{q}{self.recv_named.name})" if self.recv_ptr else f"{q}{self.recv_named.name}"

    def core_terms(self) -> dict[str, Node]:
        """Type parameters constrained to one type term (``S ~[]E``): the term's syntax."""
        out: dict[str, Node] = {}
        tpl = self.type_parameters()
        for d in named_children(tpl) if tpl is not None else []:
            c = d.child_by_field_name("type")
            term = core_term(c) if c is not None else None
            if term is not None:
                for n in d.children_by_field_name("name"):
                    out[text(n)] = term
        return out


def core_term(c: Node) -> Node | None:
    inner = named_children(c)
    if len(inner) != 1:
        return None
    n = inner[0]
    if n.type == "interface_type":
        elems = named_children(n)
        if len(elems) != 1 or elems[0].type != "type_elem" or len(named_children(elems[0])) != 1:
            return None
        n = named_children(elems[0])[0]
    if n.type == "negated_type":
        n = named_children(n)[0]
    if n.type in ("slice_type", "map_type", "pointer_type", "array_type", "channel_type",
                  "function_type"):
        return n
    return None


@dataclass(eq=False)
class GenericType:
    name: str
    spec: Node
    tparams: list[str]
    scope: Scope
    methods: list[Node] = field(default_factory=list)
    instances: dict[str, T.Named] = field(default_factory=dict)
    home: Home | None = None         # a standard-library declaration (None: the file's own)
    method_homes: dict[int, tuple[Scope, Home]] = field(default_factory=dict)
    """A standard-library method's scope and file (its own file's imports), by id of its node."""


def type_params(node: Node | None) -> list[str]:
    out: list[str] = []
    if node is None:
        return out
    for d in named_children(node):
        if d.type == "type_parameter_declaration":
            out.extend(text(n) for n in d.children_by_field_name("name"))
    return out


class GenericsMixin(TypeParamMixin, InstOrderMixin):
    """Instantiation for the lowering (mixed into ``noder.FuncLowerer``)."""

    scope: Scope
    fn: ir.Func
    instances: dict[str, ir.Func]
    shapes: dict[str, T.Named]
    extra_instances: list[ir.Func]

    home: str = "main"
    """The analysed file's package path, as link names spell it."""

    layout_only: int = 0
    """Above 0 while instantiating types the data names: their methods are not compiled
    here (gc's code for them is in the data's generated-code blocks)."""
    pending_methods: list[GenericMethod]
    package_fn: ir.Func
    source_home: Home | None = None
    """The standard-library file being lowered (None: the analysed file)."""
    refs: list[Ref]
    """What each body refers to, in order (``note_ref``)."""
    type_depth: int = 0
    std_depth: int = 0
    """Above 0 while lowering standard-library source: the instances the data names there
    (``var uniqueMaps isync.HashTrieMap[*abi.Type, any]``) are compiled here, methods and all."""

    def init_generics(self) -> None:
        self.refs = []
        self.pending_methods = []
        self.instances = {}
        self.shapes = {}
        self.extra_instances = []
        self.instantiation_stack: list[tuple[object, list[T.Type]]] = []
        self.init_inst_order()

    def instantiation(self, g: GenericFunc | GenericType, targs: list[T.Type]) -> Any:
        node = g.decl if isinstance(g, GenericFunc) else g.spec
        return instantiation(self.instantiation_stack, g, node, targs)

    # ------------------------------------------------------------ shapes
    def shape_of(self, t: T.Type, basic: bool = True) -> T.Named:
        """gc's Shapify: the underlying type, and any pointer as ``*uint8`` when the type
        parameter's constraint is a basic interface."""
        u = t.under
        if basic and isinstance(u, T.Pointer):
            u = T.Pointer(T.UINT8)
        name = "go.shape." + link_string(u, self.home)
        s = self.shapes.get(name)
        if s is None:
            s = T.Named(name, underlying=u)
            s.is_shape = True  # type: ignore[attr-defined]
            self.shapes[name] = s
        return s

    @contextmanager
    def fresh_lowering(self, scope: Scope, home: Home | None = None) -> Iterator[None]:
        saved = (self.fn, self.scope, getattr(self, "iota", None), self.source_home)
        self.scope = scope
        self.source_home = home
        try:
            with source_file(home.file if home is not None else ""):
                yield
        finally:
            self.fn, self.scope, self.iota, self.source_home = saved  # type: ignore[assignment]

    @contextmanager
    def instantiating(self, home: Home | None, what: str, key: str, pos: Pos) -> Iterator[None]:
        """Around the lowering of a standard-library instance: what the analyzer cannot
        follow in the library's source makes the use unsupported (never invalid)."""
        if home is not None:
            self.std_depth += 1
        try:
            yield
        except (AnalysisError, Unsupported) as exc:
            if home is None:
                raise
            self.instances.pop(key, None)
            why = exc.what if isinstance(exc, Unsupported) else exc.message
            if not why.startswith(home.qualifier):
                why = f"{home.qualifier}{what}: {why}"
            raise Unsupported(pos, why) from None
        finally:
            if home is not None:
                self.std_depth -= 1

    def bound_scope(self, parent: Scope, names: list[str], types_: list[T.Type],
                    shapes: bool, cons: list[Node | None] | None = None) -> Scope:
        sc = Scope(parent)
        for i, (n, t) in enumerate(zip(names, types_)):
            obj = TypeObj(t, T.type_string(t))
            obj.is_shape = shapes  # type: ignore[attr-defined]
            obj.constraint = cons[i] if cons and i < len(cons) else None  # type: ignore[attr-defined]
            sc.declare(n, obj)
        return sc

    def shapes_for(self, tparams: Node | None, scope: Scope, targs: list[T.Type]) -> tuple[
            list[T.Named], list[Node | None]]:
        """The shapes of a generic declaration's type arguments, and its constraints."""
        cons = [c for _, c in constraints(tparams)]
        shapes = [self.shape_of(t, self.basic_constraint(cons[i] if i < len(cons) else None, scope))
                  for i, t in enumerate(targs)]
        return shapes, cons

    def shaped_args(self, g: GenericType, targs: list[T.Type]) -> list[T.Type]:
        """Inside an instance, a type instantiated with arguments made of type parameters
        (``Box[Pair[T]]``) is named by gc after their shapes: ``Box[go.shape.struct {...}]``
        (the arguments to name it by; the type keeps its own)."""
        def shapeable(t: T.Type) -> bool:
            # an instance still being read (a recursive type's own) keeps its name
            return derived(t) and not getattr(t, "is_shape", False) and \
                not (isinstance(t, T.Named) and t.underlying is None)
        if not any(shapeable(t) for t in targs):
            return targs
        cons = [c for _, c in constraints(g.spec.child_by_field_name("type_parameters"))]
        return [self.shape_of(t, self.basic_constraint(cons[i] if i < len(cons) else None, g.scope))
                if shapeable(t) else t for i, t in enumerate(targs)]

    # ------------------------------------------------------------ functions
    def instantiate_func(self, g: GenericFunc, targs: list[T.Type], pos: Pos) -> ir.Func:
        inst = self._instantiate_func(g, targs, pos)
        shaped = any(derived(t) or isinstance(t, TypeParam) for t in targs)
        if not shaped:                         # (a call from shaped code passes a sub-dictionary)
            self.note_instance(InstRole.WRAPPER, inst, self.instantiation_name(g, targs))
        self.note_instance(InstRole.SHAPE, inst)
        return inst

    def instantiation_name(self, g: GenericFunc, targs: list[T.Type]) -> str:
        """gc's name of ``g`` instantiated with ``targs`` (``Map[int,string]``)."""
        real = f"{g.name}[{','.join(link_string(t, self.home) for t in targs)}]"
        if g.generic_method:
            assert g.recv_named is not None
            real = f"{g.recv_text()}.{real}"
        return real

    def _instantiate_func(self, g: GenericFunc, targs: list[T.Type], pos: Pos) -> ir.Func:
        shapes, cons = self.shapes_for(g.type_parameters(), g.scope, targs)
        name = f"{g.name}[{','.join(s.name for s in shapes)}]"
        key = (g.home.qualifier if g.home else "") + name
        if g.generic_method:            # (*List).Add[go.shape.int]
            assert g.recv_named is not None
            rname = f"(*{g.recv_named.name})" if g.recv_ptr else g.recv_named.name
            name, key = f"{rname}.{name}", f"{g.recv_text()}.{name}"
        inst = self.instances.get(key)
        if inst is not None:
            self.note_ref(RefKind.FUNC, inst)
            return inst
        d = g.decl
        self.type_depth += 1
        try:
            with self.instantiation(g, list(shapes)), self.instantiating(g.home, g.name, key, pos), \
                    self.fresh_lowering(self.bound_scope(g.scope, g.tparams, shapes, True, cons), g.home):
                sig = self.read_signature(d.child_by_field_name("parameters"),  # type: ignore
                                          d.child_by_field_name("result"))
                inst = ir.Func(name, pos_of(d.child_by_field_name("name")), sig)
                inst.is_instance = True
                inst.shape_params = shapes  # type: ignore[attr-defined]  # a run maps them to real types
                inst.pragmas = pragmas(d)        # (//go:noinline on a generic function)
                if g.generic_method:             # gc speaks of a method at its receiver list
                    inst.decl_pos = pos_of(d.child_by_field_name("receiver"))
                inst.qual_name = key  # type: ignore[attr-defined]
                inst.imported = g.home is not None  # type: ignore[attr-defined]
                inst.home_path = g.home.path if g.home else ""  # type: ignore[attr-defined]
                self.note_ref(RefKind.FUNC, inst)
                if g.recv_named is not None:
                    sig.recv = T.Param("", T.Pointer(g.recv_named) if g.recv_ptr else g.recv_named)
                self.instances[key] = inst
                self.lower_func(inst, d.child_by_field_name("parameters"),  # type: ignore
                                d.child_by_field_name("result"),
                                d.child_by_field_name("receiver") if g.generic_method else None,
                                d.child_by_field_name("body"))
                if g.home is not None:
                    qualify_vars(inst, g.home)
        finally:
            self.type_depth -= 1
        self.flush_methods(pos)
        return inst

    def method_dict_text(self, g: GenericFunc, targs: list[T.Type]) -> str | None:
        """``&.dict.(*List).Add[float64]``: a generic method's dictionary."""
        assert g.recv_named is not None
        recv = f"(*{g.recv_named.name})" if g.recv_ptr else g.recv_named.name
        return self.dict_text(g.home, f"{recv}.{g.name}", targs)

    def dict_text(self, home: Home | None, name: str, targs: list[T.Type]) -> str | None:
        """The dictionary argument gc prints in a call of an instance (``&.dict.F[int]``);
        None inside generic code, where gc passes a sub-dictionary we do not model."""
        if self.fn.is_instance or any(_has_shape(t) for t in targs):
            return None
        q = home.qualifier if home is not None else ""
        return f"&{q}.dict.{name}[{','.join(link_string(t, self.home) for t in targs)}]"

    def real_signature(self, g: GenericFunc, targs: list[T.Type]) -> T.Signature:
        """The signature with the caller's type arguments (results keep their real types)."""
        with self.fresh_lowering(self.bound_scope(g.scope, g.tparams, targs, False)):
            d = g.decl
            return self.read_signature(d.child_by_field_name("parameters"),  # type: ignore
                                       d.child_by_field_name("result"))

    def generic_signature(self, g: GenericFunc) -> tuple[T.Signature, list[TypeParam]]:
        tps = [TypeParam(n) for n in g.tparams]
        with self.fresh_lowering(self.bound_scope(g.scope, g.tparams, tps, False)):
            d = g.decl
            sig = self.read_signature(d.child_by_field_name("parameters"),  # type: ignore[attr-defined]
                                      d.child_by_field_name("result"))
        return sig, tps

    def infer(self, g: GenericFunc, explicit: list[T.Type], args: list[ir.Expr],
              pos: Pos, ddd: bool = False) -> list[T.Type]:
        """Type arguments from explicit ones, then from the arguments' types (untyped last);
        with ``ddd`` (``f(xs...)``) the last argument is the variadic slice itself."""
        sig, tps = self.generic_signature(g)
        bound: dict[int, T.Type] = {id(tp): t for tp, t in zip(tps, explicit)}
        params = list(sig.params)
        if sig.variadic and params and not ddd:
            last = params[-1].type
            extra = len(args) - (len(params) - 1)
            params = params[:-1] + [T.Param("", last.elem)] * max(extra, 0)  # type: ignore
        untyped: list[tuple[T.Type, ir.Expr]] = []
        via_shape: set[int] = set()     # bound from a shape's structure: gc binds them to shapes

        def unify_from(pt: T.Type, at: T.Type, source: T.Type | None = None) -> None:
            before = set(bound)
            unify(pt, at, bound)
            if derived(source or at):
                via_shape.update(set(bound) - before)

        for p, a in zip(params, args):
            if isinstance(a, (ir.Const, ir.Nil)) and a.type.is_untyped():
                untyped.append((p.type, a))
                continue
            unify_from(p.type, a.type if isinstance(p.type, TypeParam) else self.as_inferred(a.type), a.type)
        for pt, a in untyped:
            if isinstance(pt, TypeParam) and id(pt) not in bound and not isinstance(a, ir.Nil):
                bound[id(pt)] = T.default_type(a.type)
        # core types: S ~[]E with S known gives E
        terms = g.core_terms()
        if terms:
            by_name = {tp.name: tp for tp in tps}
            with self.fresh_lowering(self.bound_scope(g.scope, g.tparams, tps, False)):
                for name, node in terms.items():
                    tp = by_name.get(name)
                    if tp is not None and id(tp) in bound:
                        core = bound[id(tp)]
                        unify_from(self.read_type(node), self.as_inferred(core).under, core)  # type: ignore
        if any(id(tp) not in bound for tp in tps):
            self.infer_core_types(g, tps, bound)
        out = []
        for tp in tps:
            if id(tp) not in bound:
                raise GoTypeError(pos, f"in call to {g.name}, cannot infer {tp.name}")
            out.append(bound[id(tp)])
        if any(id(tp) in via_shape and not derived(t) for tp, t in zip(tps, out)):
            # in shaped code gc infers from the generic source: the type parameter's shape
            shapes, _ = self.shapes_for(g.type_parameters(), g.scope, out)
            out = [s if id(tp) in via_shape and not derived(t) else t
                   for tp, t, s in zip(tps, out, shapes)]
        return out

    def infer_core_types(self, g: GenericFunc, tps: list[TypeParam], bound: dict[int, T.Type]) -> None:
        """Constraint type inference: P constrained by ``interface{ *T; ... }`` is ``*T``."""
        by_name = {tp.name: tp for tp in tps}
        with self.fresh_lowering(self.bound_scope(g.scope, g.tparams, tps, False)):
            for name, c in constraints(g.type_parameters()):
                tp = by_name.get(name)
                if tp is None or id(tp) in bound or c is None or len(named_children(c)) != 1:
                    continue
                try:
                    ct = self.read_type(named_children(c)[0])  # type: ignore[attr-defined]
                except (GoTypeError, Unsupported):
                    continue
                terms = getattr(ct.under, "terms", None)
                if terms and len(terms) == 1:
                    core = substitute(terms[0], bound)
                    if core is not None:
                        bound[id(tp)] = core

    # ------------------------------------------------------------ types
    def instantiate_type(self, g: GenericType, targs: list[T.Type], with_methods: bool = True,
                         pos: Pos = NOPOS, named_as: list[T.Type] | None = None) -> T.Named:
        """``G[targs]``; with its methods instantiated too (gc compiles them all), unless
        the instance comes from a standard-library type whose code gc generated already."""
        key = ",".join(T.type_string(t) for t in targs)
        # an instance over type parameters (while inferring) belongs to those
        # parameters: each generic signature unifies its own
        ckey = key + "".join(f"#{id(t)}" for t in targs if isinstance(t, TypeParam))
        inst = g.instances.get(ckey)
        self.type_depth += 1
        try:
            if inst is None:
                home = g.home
                # gc names an instance with its arguments in link spelling: Box[main.User]
                shown = ",".join(link_string(t, self.home) for t in named_as or targs)
                inst = T.Named(f"{g.name}[{shown}]", pkg=home.name if home else "",
                               path=home.path if home else "")
                inst.origin = g  # type: ignore[attr-defined]
                inst.targs = targs  # type: ignore[attr-defined]
                if named_as and named_as != targs:
                    inst.link_targs = named_as  # type: ignore[attr-defined]
                inst.methods_pending = True  # type: ignore[attr-defined]
                g.instances[ckey] = inst
                with self.instantiation(g, targs), self.instantiating(home, g.name, "", pos), \
                        self.fresh_lowering(self.bound_scope(g.scope, g.tparams, targs, False), home):
                    inst.underlying = self.read_type(g.spec.child_by_field_name("type"))  # type: ignore
            if with_methods and not self.layout_only \
                    and not any(isinstance(t, TypeParam) for t in targs):
                self.note_ref(RefKind.TYPE, inst)
            if with_methods and not self.layout_only and getattr(inst, "methods_pending", False) \
                    and not any(isinstance(t, TypeParam) for t in targs):
                inst.methods_pending = False  # type: ignore[attr-defined]
                if g.home is None:           # (gc generated the standard library's wrappers)
                    self.type_instances.append(inst)
                real = ",".join(link_string(t, self.home) for t in targs)
                if not any(derived(t) for t in targs):
                    inst.real_name = f"{g.name}[{real}]"  # type: ignore[attr-defined]
                # gc compiles them last declared first
                for m in reversed(g.methods):
                    mname = text(m.child_by_field_name("name"))
                    inst.methods[mname] = lazy = GenericMethod(self, g, m, targs)
                    self.pending_methods.append(lazy)
                    if not any(derived(t) for t in targs):
                        # gc's name of the instantiation the shape method serves
                        lazy.real_name = f"(*{g.name}[{real}]).{mname}" \
                            if receiver_is_pointer(m) else f"{g.name}[{real}].{mname}"
                with self.instantiation_group():   # met in declaration order
                    for m in g.methods:
                        lazy = inst.methods[text(m.child_by_field_name("name"))]
                        real_name = getattr(lazy, "real_name", "")
                        lazy.events = ([self.note_instance(InstRole.METHOD_WRAPPER, None, real_name)]
                                       if real_name else []) + [
                            self.note_instance(InstRole.METHOD_SHAPE, None)]
        finally:
            self.type_depth -= 1
        self.flush_methods(pos)
        return inst

    def note_ref(self, kind: RefKind, item: Any) -> None:
        """Record that the function being lowered refers to an instance, a method of an
        instantiated type or such a type: gc reads them in this order (``compileorder``)."""
        self.refs.append((self.body_read(), kind, item))

    def compile_order(self, funcs: list[ir.Func]) -> list[ir.Func]:
        """Every instance made, in gc's compile order (``compileorder``)."""
        return compile_order(self.refs, list(self.instances.values()), self.package_fn, funcs)

    def flush_methods(self, pos: Pos) -> None:
        """Compile the methods of instantiated types, once no instantiation is under way
        (every type they mention is complete, every function instance registered)."""
        if self.type_depth:
            return
        self.type_depth += 1
        try:
            while self.pending_methods:
                lazy = self.pending_methods.pop(0)
                with self.instantiating(lazy.g.home, lazy.g.name, "", pos):
                    fn = lazy.get()
                for ev in getattr(lazy, "events", []):
                    note_compiled(ev, fn)
                if all(f is not fn for f in self.extra_instances):
                    self.extra_instances.append(fn)
        finally:
            self.type_depth -= 1

    def instantiate_method(self, g: GenericType, decl: Node, targs: list[T.Type]) -> ir.Func:
        shapes, cons = self.shapes_for(g.spec.child_by_field_name("type_parameters"), g.scope, targs)
        recv_list = decl.child_by_field_name("receiver")
        rp = [p for p in named_children(recv_list) if p.type == "parameter_declaration"][0]
        tnode = rp.child_by_field_name("type")
        ptr = tnode.type == "pointer_type"
        gnode = named_children(tnode)[0] if ptr else tnode
        args_node = gnode.child_by_field_name("type_arguments")
        names = [text(a) for a in named_children(args_node)] if args_node is not None else []
        shape_named = self.instantiate_type(g, shapes)
        mname = text(decl.child_by_field_name("name"))
        fname = f"(*{shape_named.name}).{mname}" if ptr else f"{shape_named.name}.{mname}"
        scope, home = g.method_homes.get(id(decl), (g.scope, g.home))
        q = home.qualifier if home is not None else ""
        key = f"(*{q}{shape_named.name}).{mname}" if ptr else f"{q}{shape_named.name}.{mname}"
        inst = self.instances.get(key)
        if inst is not None:
            return inst
        with self.instantiating(home, f"{g.name}.{mname}", key, NOPOS), \
                self.fresh_lowering(self.bound_scope(scope, names, shapes, True, cons), home):
            sig = self.read_signature(decl.child_by_field_name("parameters"),  # type: ignore
                                      decl.child_by_field_name("result"))
            rt: T.Type = T.Pointer(shape_named) if ptr else shape_named
            rnames = rp.children_by_field_name("name")
            sig.recv = T.Param(text(rnames[0]) if rnames else "", rt)
            inst = ir.Func(fname, pos_of(decl.child_by_field_name("name")), sig)
            inst.decl_pos = pos_of(recv_list)
            inst.pragmas = pragmas(decl)
            inst.is_instance = True
            inst.shape_params = shapes  # type: ignore[attr-defined]
            inst.qual_name = key  # type: ignore[attr-defined]
            inst.home_path = home.path if home else ""  # type: ignore[attr-defined]
            self.instances[key] = inst
            self.lower_func(inst, decl.child_by_field_name("parameters"),  # type: ignore
                            decl.child_by_field_name("result"), recv_list,
                            decl.child_by_field_name("body"))
            if home is not None:
                qualify_vars(inst, home)
        return inst


def substitute(t: T.Type, bound: dict[int, T.Type]) -> T.Type | None:
    """``t`` with its type parameters replaced by their bindings (None: one is unbound)."""
    if isinstance(t, TypeParam):
        return bound.get(id(t))
    if isinstance(t, T.Pointer):
        e = substitute(t.elem, bound)
        return None if e is None else T.Pointer(e)
    if isinstance(t, T.Slice):
        e = substitute(t.elem, bound)
        return None if e is None else T.Slice(e)
    if isinstance(t, T.Map):
        k, e = substitute(t.key, bound), substitute(t.elem, bound)
        return None if k is None or e is None else T.Map(k, e)
    if isinstance(t, T.Chan):
        e = substitute(t.elem, bound)
        return None if e is None else T.Chan(e, t.dir)
    if isinstance(t, (T.Basic, T.Named)) and not getattr(t, "targs", None):
        return t
    return None


def _has_shape(t: T.Type) -> bool:
    if getattr(t, "is_shape", False):
        return True
    return any(_has_shape(x) for x in getattr(t, "targs", []) or [])


class GenericMethod:
    """A method of a generic type instance: the shape instance, built when first needed."""

    def __init__(self, lw: GenericsMixin, g: GenericType, decl: Node, targs: list[T.Type]) -> None:
        self.lw, self.g, self.decl, self.targs = lw, g, decl, targs
        self._fn: ir.Func | None = None

    def get(self) -> ir.Func:
        if self._fn is None:
            self._fn = self.lw.instantiate_method(self.g, self.decl, self.targs)
        return self._fn

    @property
    def sig(self) -> T.Signature:
        return self.get().sig

    @property
    def real_sig(self) -> T.Signature:
        """The method's signature with the instance's real type arguments."""
        if getattr(self, "_real", None) is None:
            recv_list = self.decl.child_by_field_name("receiver")
            rp = [p for p in named_children(recv_list) if p.type == "parameter_declaration"][0]
            tnode = rp.child_by_field_name("type")
            gnode = named_children(tnode)[0] if tnode.type == "pointer_type" else tnode
            args_node = gnode.child_by_field_name("type_arguments")
            names = [text(a) for a in named_children(args_node)] if args_node is not None else []
            with self.lw.fresh_lowering(self.lw.bound_scope(self.g.scope, names, self.targs, False)):
                self._real = self.lw.read_signature(  # type: ignore[attr-defined]
                    self.decl.child_by_field_name("parameters"), self.decl.child_by_field_name("result"))
        return self._real


def receiver_is_pointer(decl: Node) -> bool:
    """Whether a method declaration's receiver is a pointer (``func (r *T[K]) M()``)."""
    recv = [p for p in named_children(decl.child_by_field_name("receiver"))
            if p.type == "parameter_declaration"]
    return bool(recv) and recv[0].child_by_field_name("type").type == "pointer_type"
