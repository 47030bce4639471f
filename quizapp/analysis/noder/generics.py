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
from enum import Enum
from typing import Iterator

from tree_sitter import Node

from ..errors import GoTypeError, Pos
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of, pragmas, text
from ..types import model as T
from ..types.scope import Scope, TypeObj
from ..types.typeparams import TypeParam, unify


@dataclass(eq=False)
class GenericFunc:
    name: str
    decl: Node
    tparams: list[str]
    scope: Scope

    def core_terms(self) -> dict[str, Node]:
        """Type parameters constrained to one type term (``S ~[]E``): the term's syntax."""
        out: dict[str, Node] = {}
        tpl = self.decl.child_by_field_name("type_parameters")
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


class InstRole(Enum):
    """What an instantiation makes gc compile (and in which turn it reads it)."""

    METHOD_WRAPPER = 0   # (*Stack[int]).Push, for a type instantiated with real types
    WRAPPER = 1          # Map[int,string], which calls the shape instance with a dictionary
    METHOD_SHAPE = 2     # (*Stack[go.shape.int]).Push
    SHAPE = 3            # Map[go.shape.int,go.shape.string]


@dataclass(eq=False)
class InstEvent:
    """One instantiation met while lowering ``owner`` (a declared function or a shape
    instance): gc reads the function it needs after ``owner``'s body, last met first."""

    owner: ir.Func
    group: int
    role: InstRole
    fn: ir.Func            # the shape instance (the wrapper calls it)
    name: str = ""         # the wrapper's name


def constraint_nodes(node: Node | None) -> list[Node | None]:
    """Each type parameter's constraint, in order (``[K comparable, V any]``)."""
    out: list[Node | None] = []
    for d in named_children(node) if node is not None else []:
        if d.type == "type_parameter_declaration":
            c = d.child_by_field_name("type")
            out.extend(c for _ in d.children_by_field_name("name"))
    return out


def basic_constraint(c: Node | None, scope: Scope, depth: int = 0) -> bool:
    """Is the constraint a *basic* interface (methods only, like ``any``)? A pointer type
    argument for it shares the shape ``*uint8``; for ``comparable`` or a type set it keeps
    its element type (gc's ``Shapify``)."""
    if c is None or depth > 10:
        return False
    inner = named_children(c) if c.type in ("type_constraint", "type_elem") else [c]
    if len(inner) != 1:
        return False                      # a union
    n = inner[0]
    if n.type == "interface_type":
        for el in named_children(n):
            if el.type == "method_elem":
                continue
            if el.type != "type_elem" or not basic_constraint(el, scope, depth + 1):
                return False
        return True
    if n.type == "type_identifier":
        name = text(n)
        if name == "any":
            return True
        if name == "comparable":
            return False
        obj, _ = scope.lookup(name)
        t = obj.type if isinstance(obj, TypeObj) else None
        return _basic_interface(t)
    if n.type == "qualified_type":
        return False if text(n) in ("cmp.Ordered",) else True
    return False


def _basic_interface(t: T.Type | None, depth: int = 0) -> bool:
    if t is None or depth > 10 or not isinstance(t.under, T.Interface):
        return False
    u = t.under
    if getattr(u, "typeset", False):
        return False
    return all(_basic_interface(e, depth + 1) for e in u.embeds)


def type_size(t: T.Type) -> int:
    """How many type constructors make up ``t`` (a shape counts as what it stands for).

    An instance that needs an instance of itself with a bigger type argument
    would go on forever: that is gc's instantiation cycle."""
    n = 0
    work = [t]
    while work and n < 10_000:
        x = work.pop()
        n += 1
        if isinstance(x, T.Named):
            if getattr(x, "is_shape", False) and x.underlying is not None:
                work.append(x.underlying)
            work.extend(getattr(x, "targs", None) or [])
        elif isinstance(x, (T.Pointer, T.Slice, T.Array, T.Chan)):
            work.append(x.elem)
        elif isinstance(x, T.Map):
            work.extend((x.key, x.elem))
        elif isinstance(x, T.Struct):
            work.extend(f.type for f in x.fields)
        elif isinstance(x, T.Signature):
            work.extend(p.type for p in x.params + x.results)
        elif isinstance(x, T.Tuple):
            work.extend(x.types)
    return n


def type_params(node: Node | None) -> list[str]:
    out: list[str] = []
    if node is None:
        return out
    for d in named_children(node):
        if d.type == "type_parameter_declaration":
            out.extend(text(n) for n in d.children_by_field_name("name"))
    return out


class GenericsMixin:
    """Instantiation for the lowering (mixed into ``noder.FuncLowerer``)."""

    scope: Scope
    fn: ir.Func
    instances: dict[str, ir.Func]
    shapes: dict[str, T.Named]
    extra_instances: list[ir.Func]
    instantiations: list[tuple[str, ir.Func]]
    inst_events: list[InstEvent]

    def init_generics(self) -> None:
        self.instances = {}
        self.shapes = {}
        self.extra_instances = []
        self.instantiations = []   # (gc's name, shape instance), in the order first used
        self.inst_events = []
        self.type_instances: list[T.Named] = []   # generic types instantiated, in order
        self.inst_group: int | None = None
        self.inst_groups = 0
        self.instantiating: list[tuple[object, list[T.Type]]] = []

    # ------------------------------------------------------------ the order gc reads them
    @contextmanager
    def instantiation_group(self) -> Iterator[None]:
        """Instantiations made together (a generic call and the types of its signature)."""
        saved = self.inst_group
        if saved is None:
            self.inst_groups += 1
            self.inst_group = self.inst_groups
        try:
            yield
        finally:
            self.inst_group = saved

    def note_instance(self, role: InstRole, fn: ir.Func, name: str = "") -> None:
        owner = self.fn
        while owner.outer is not None:
            owner = owner.outer
        if self.inst_group is None:
            self.inst_groups += 1
            group = self.inst_groups
        else:
            group = self.inst_group
        self.inst_events.append(InstEvent(owner, group, role, fn, name))

    @contextmanager
    def instantiation(self, g: GenericFunc | GenericType, targs: list[T.Type]) -> Iterator[None]:
        """Lowering one instance; an instance of ``g`` needing a bigger instance of ``g`` never ends.

        gc reports that as an ``instantiation cycle`` (``g[T]`` calling ``g[[]T]``)."""
        for other, old in self.instantiating:
            if other is not g:
                continue
            for i, (new_t, old_t) in enumerate(zip(targs, old)):
                if type_size(new_t) > type_size(old_t):
                    node = g.decl if isinstance(g, GenericFunc) else g.spec
                    tps = node.child_by_field_name("type_parameters")
                    names = [n for d in named_children(tps) for n in d.children_by_field_name("name")]
                    at = names[i] if i < len(names) else node
                    raise GoTypeError(pos_of(at), f"instantiation cycle: {text(at)} instantiated as "
                                      f"{T.type_string(new_t).replace('go.shape.', '')}")
        self.instantiating.append((g, targs))
        try:
            yield
        finally:
            self.instantiating.pop()

    # ------------------------------------------------------------ shapes
    def shape_of(self, t: T.Type, basic: bool = True) -> T.Named:
        u = t.under
        if basic and isinstance(u, T.Pointer) or isinstance(u, T.Basic) and u is T.UNSAFE_POINTER:
            u = T.Pointer(T.UINT8)
        name = "go.shape." + shape_string(u)
        s = self.shapes.get(name)
        if s is None:
            s = T.Named(name, underlying=u)
            s.is_shape = True  # type: ignore[attr-defined]
            self.shapes[name] = s
        return s

    @contextmanager
    def fresh_lowering(self, scope: Scope) -> Iterator[None]:
        saved = (self.fn, self.scope, getattr(self, "iota", None))
        self.scope = scope
        try:
            yield
        finally:
            self.fn, self.scope, self.iota = saved  # type: ignore[assignment]

    def bound_scope(self, parent: Scope, names: list[str], types_: list[T.Type],
                    shapes: bool) -> Scope:
        sc = Scope(parent)
        for n, t in zip(names, types_):
            obj = TypeObj(t, T.type_string(t))
            obj.is_shape = shapes  # type: ignore[attr-defined]
            sc.declare(n, obj)
        return sc

    # ------------------------------------------------------------ functions
    def instantiate_func(self, g: GenericFunc, targs: list[T.Type], pos: Pos) -> ir.Func:
        inst = self._instantiate_func(g, targs, pos)
        real = instantiation_name(g, targs)
        shaped = any(getattr(t, "is_shape", False) or isinstance(t, TypeParam) for t in targs)
        if not shaped:                         # (a call from shaped code passes a sub-dictionary)
            self.note_instance(InstRole.WRAPPER, inst, real)
            if real not in inst.instantiations:
                inst.instantiations.append(real)
                self.instantiations.append((real, inst))
        self.note_instance(InstRole.SHAPE, inst)
        return inst

    def _instantiate_func(self, g: GenericFunc, targs: list[T.Type], pos: Pos) -> ir.Func:
        cs = constraint_nodes(g.decl.child_by_field_name("type_parameters"))
        shapes = [self.shape_of(t, basic_constraint(c, g.scope)) for t, c in zip(targs, cs)]
        name = f"{g.name}[{','.join(s.name for s in shapes)}]"
        inst = self.instances.get(name)
        if inst is not None:
            return inst
        d = g.decl
        with self.instantiation(g, list(shapes)), \
                self.fresh_lowering(self.bound_scope(g.scope, g.tparams, shapes, True)):
            sig = self.read_signature(d.child_by_field_name("parameters"),  # type: ignore[attr-defined]
                                      d.child_by_field_name("result"))
            inst = ir.Func(name, pos_of(d.child_by_field_name("name")), sig, pragmas=pragmas(d))
            inst.is_instance = True
            self.instances[name] = inst
            self.lower_func(inst, d.child_by_field_name("parameters"),  # type: ignore[attr-defined]
                            d.child_by_field_name("result"), None, d.child_by_field_name("body"))
        return inst

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
              pos: Pos) -> list[T.Type]:
        """Type arguments from explicit ones, then from the arguments' types (untyped last)."""
        sig, tps = self.generic_signature(g)
        bound: dict[int, T.Type] = {id(tp): t for tp, t in zip(tps, explicit)}
        params = list(sig.params)
        if sig.variadic and params:
            last = params[-1].type
            extra = len(args) - (len(params) - 1)
            params = params[:-1] + [T.Param("", last.elem)] * max(extra, 0)  # type: ignore
        untyped: list[tuple[T.Type, ir.Expr]] = []
        for p, a in zip(params, args):
            if isinstance(a, (ir.Const, ir.Nil)) and a.type.is_untyped():
                untyped.append((p.type, a))
                continue
            unify(p.type, a.type, bound)
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
                        unify(self.read_type(node), bound[id(tp)].under, bound)  # type: ignore
        out = []
        for tp in tps:
            if id(tp) not in bound:
                raise GoTypeError(pos, f"in call to {g.name}, cannot infer {tp.name}")
            out.append(bound[id(tp)])
        return out

    # ------------------------------------------------------------ types
    def instantiate_type(self, g: GenericType, targs: list[T.Type]) -> T.Named:
        key = ",".join(T.type_string(t, link=True) for t in targs)
        inst = g.instances.get(key)
        if inst is not None:
            return inst
        inst = T.Named(f"{g.name}[{key}]")
        inst.origin = g  # type: ignore[attr-defined]
        inst.targs = targs  # type: ignore[attr-defined]
        g.instances[key] = inst
        with self.instantiation(g, targs), \
                self.fresh_lowering(self.bound_scope(g.scope, g.tparams, targs, False)):
            inst.underlying = self.read_type(g.spec.child_by_field_name("type"))  # type: ignore
        if any(isinstance(t, TypeParam) for t in targs):
            return inst
        inst.real_name = f"{g.name}[{','.join(shape_string(t) for t in targs)}]"  # type: ignore
        self.type_instances.append(inst)
        for m in g.methods:
            mname = text(m.child_by_field_name("name"))
            inst.methods[mname] = _GenericMethod(self, g, m, targs)
        real = f"{g.name}[{','.join(shape_string(t) for t in targs)}]"
        shaped = any(getattr(t, "is_shape", False) for t in targs)
        with self.instantiation_group():
            for mname, lazy in list(inst.methods.items()):
                fn = lazy.get()
                self.extra_instances.append(fn)
                ptr = fn.sig.recv is not None and isinstance(fn.sig.recv.type, T.Pointer)
                wname = f"(*{real}).{mname}" if ptr else f"{real}.{mname}"
                if not shaped:
                    self.note_instance(InstRole.METHOD_WRAPPER, fn, wname)
                    if wname not in fn.instantiations:
                        fn.instantiations.append(wname)
                        self.instantiations.append((wname, fn))
                self.note_instance(InstRole.METHOD_SHAPE, fn)
        return inst

    def instantiate_method(self, g: GenericType, decl: Node, targs: list[T.Type]) -> ir.Func:
        cs = constraint_nodes(g.spec.child_by_field_name("type_parameters"))
        shapes = [self.shape_of(t, basic_constraint(c, g.scope)) for t, c in zip(targs, cs)]
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
        inst = self.instances.get(fname)
        if inst is not None:
            return inst
        with self.fresh_lowering(self.bound_scope(g.scope, names, shapes, True)):
            sig = self.read_signature(decl.child_by_field_name("parameters"),  # type: ignore
                                      decl.child_by_field_name("result"))
            rt: T.Type = T.Pointer(shape_named) if ptr else shape_named
            rnames = rp.children_by_field_name("name")
            sig.recv = T.Param(text(rnames[0]) if rnames else "", rt)
            inst = ir.Func(fname, pos_of(decl.child_by_field_name("name")), sig,
                           pragmas=pragmas(decl))
            inst.decl_pos = pos_of(recv_list)
            inst.is_instance = True
            self.instances[fname] = inst
            self.lower_func(inst, decl.child_by_field_name("parameters"),  # type: ignore
                            decl.child_by_field_name("result"), recv_list,
                            decl.child_by_field_name("body"))
        return inst


def instantiation_name(g: GenericFunc, targs: list[T.Type]) -> str:
    """gc's name of a generic function instantiated with ``targs`` (``Map[int,string]``)."""
    return f"{g.name}[{','.join(shape_string(t) for t in targs)}]"


def shape_string(t: T.Type) -> str:
    """A type as gc spells it in the names of shapes and instantiations: the package's
    names qualified (``go.shape.struct { main.x int }``, ``Max[main.MyInt]``)."""
    if isinstance(t, T.Struct):
        if not t.fields:
            return "struct {}"
        parts = [shape_string(f.type) if f.embedded else f"main.{f.name} {shape_string(f.type)}"
                 for f in t.fields]
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, T.Named) and not t.pkg and not getattr(t, "is_shape", False) and \
            t.name not in ("error", "comparable"):
        return "main." + t.name
    if isinstance(t, T.Pointer):
        return "*" + shape_string(t.elem)
    if isinstance(t, T.Slice):
        return "[]" + shape_string(t.elem)
    if isinstance(t, T.Array):
        return f"[{t.length}]" + shape_string(t.elem)
    if isinstance(t, T.Map):
        return f"map[{shape_string(t.key)}]{shape_string(t.elem)}"
    return T.type_string(t, link=True)


class _GenericMethod:
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
