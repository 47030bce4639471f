"""Type parameters inside an instance: their constraints, shapes and method calls.

gc compiles generic code per *shape* of the type arguments. A type argument
is replaced by its underlying type, and a pointer by ``*uint8`` only when the
type parameter's constraint is a *basic* interface (methods only, like
``any`` or ``fmt.Stringer``): ``K comparable`` keeps ``go.shape.*main.T``.

A method called on a value of a type parameter (``x.String()`` with ``T
fmt.Stringer``) is not a method of the shape: gc loads the method from the
instance's dictionary and calls it as a function value, the receiver first
(``(func(go.shape.string) string)(&.dict[0])(x)``). The callee is unknown to
escape analysis, so the receiver and arguments leak to the heap. The
dictionary starts with these method expressions, numbered in the order the
body first uses each (type parameter, method) pair.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import named_children, text
from ..types import model as T
from ..types.linkname import link_string
from ..types.scope import Scope, TypeObj

TYPE_TERMS = ("slice_type", "map_type", "pointer_type", "array_type", "channel_type",
              "function_type", "struct_type", "negated_type", "union_type")


def constraints(tparams: Node | None) -> list[tuple[str, Node | None]]:
    """Each type parameter of a ``[...]`` list with its constraint's syntax, in order."""
    out: list[tuple[str, Node | None]] = []
    for d in named_children(tparams) if tparams is not None else []:
        if d.type == "type_parameter_declaration":
            c = d.child_by_field_name("type")
            out.extend((text(n), c) for n in d.children_by_field_name("name") if n.is_named)
    return out


class TypeParamMixin:
    """Constraints and method calls of type parameters (mixed into the lowering)."""

    scope: Scope
    fn: ir.Func
    home: str

    def basic_constraint(self, c: Node | None, scope: Scope) -> bool:
        """Whether a constraint is a basic interface (only methods): its type set is
        not restricted, so a pointer argument may be shaped as ``*uint8``."""
        if c is None:
            return True
        elems = named_children(c)
        if len(elems) != 1:
            return False                # a union of terms
        n = elems[0]
        if n.type == "type_elem":
            inner = named_children(n)
            if len(inner) != 1:
                return False
            n = inner[0]
        if n.type in TYPE_TERMS:
            return False
        if n.type == "interface_type":
            for el in named_children(n):
                if el.type == "method_elem":
                    continue
                sub = named_children(el)
                if el.type != "type_elem" or len(sub) != 1 or not self.basic_named(sub[0], scope):
                    return False
            return True
        return self.basic_named(n, scope)

    def basic_named(self, n: Node, scope: Scope) -> bool:
        if text(n) == "comparable":
            return False
        if n.type not in ("type_identifier", "identifier", "qualified_type", "generic_type"):
            return False
        saved = self.scope
        self.scope = scope
        try:
            t = self.read_type(n)  # type: ignore[attr-defined]
        except (GoTypeError, Unsupported):
            return False
        except Exception:          # a constraint the data describes only as a type set
            return False
        finally:
            self.scope = saved
        u = t.under
        return isinstance(u, T.Interface) and not getattr(u, "typeset", False)

    def shape_elem(self, t: T.Type, elem: T.Type) -> T.Type:
        """The element type of a slice of type ``t``: inside an instance, where ``t`` is the
        shape of a type parameter constrained by ``~[]E``, it is E's shape, as gc types
        ``x[i]`` (so a generic call with it passes a sub-dictionary), else ``elem``."""
        if not getattr(t, "is_shape", False):
            return elem
        sc: Scope | None = self.scope
        while sc is not None:
            for obj in sc.names.values():
                c = getattr(obj, "constraint", None)
                if not (isinstance(obj, TypeObj) and obj.type is t and c is not None):
                    continue
                n: Node | None = c
                while n is not None and n.type in ("type_constraint", "type_elem", "negated_type",
                                                   "parenthesized_type"):
                    kids = named_children(n)
                    n = kids[0] if len(kids) == 1 else None
                if n is None or n.type != "slice_type":
                    return elem
                saved = self.scope
                self.scope = sc
                try:
                    et = self.read_type(n.child_by_field_name("element"))  # type: ignore[attr-defined]
                except (GoTypeError, Unsupported):
                    return elem
                finally:
                    self.scope = saved
                if getattr(et, "is_shape", False) and T.identical(et.under, elem.under):
                    return et
                return elem
            sc = sc.parent
        return elem

    def as_inferred(self, t: T.Type) -> T.Type:
        """An argument's type as inference sees it: in a shaped instance, a slice type
        parameter's shape (``go.shape.[]int`` of ``S ~[]E``) is a slice of E's shape, so
        ``pdqsort(x)`` in ``slices.Sort`` is instantiated from E, with a sub-dictionary."""
        u = t.under
        if getattr(t, "is_shape", False) and isinstance(u, T.Slice):
            elem = self.shape_elem(t, u.elem)
            if elem is not u.elem:
                return T.Slice(elem)
        return t

    # ------------------------------------------------------------ method calls
    def tparam_method(self, shape: T.Type, name: str) -> tuple[str, T.Signature] | None:
        """The type parameter bound to ``shape`` whose constraint has method ``name``."""
        sc: Scope | None = self.scope
        while sc is not None:
            for pname, obj in sc.names.items():
                c = getattr(obj, "constraint", None)
                if isinstance(obj, TypeObj) and obj.type is shape and c is not None:
                    saved = self.scope
                    self.scope = sc
                    try:
                        ct = self.read_type(named_children(c)[0]) if named_children(c) else None  # type: ignore
                    except (GoTypeError, Unsupported):
                        ct = None
                    finally:
                        self.scope = saved
                    u = ct.under if ct is not None else None
                    if isinstance(u, T.Interface):
                        for m in u.all_methods():
                            if m.name == name:
                                return pname, m.sig
            sc = sc.parent
        return None

    def tparam_method_call(self, x: ir.Expr, name: str, sel_pos: Pos, arg_nodes: list[Node],
                           ddd: bool, pos: Pos) -> ir.Expr:
        found = self.tparam_method(x.type, name)
        if found is None:
            raise Unsupported(sel_pos, "methods of type parameters")
        pname, msig = found
        top = self.fn
        while top.outer is not None:
            top = top.outer
        entries: list[tuple[str, str]] = getattr(top, "dict_methods", None) or []
        top.dict_methods = entries  # type: ignore[attr-defined]
        if (pname, name) not in entries:
            entries.append((pname, name))
        index = entries.index((pname, name))
        fsig = T.Signature([T.Param("", x.type)] + list(msig.params), list(msig.results), msig.variadic)
        ftext = "func" + link_signature(fsig, self.home)
        entry = ir.DictEntry(sel_pos, T.UNSAFE_POINTER, text=f"&.dict[{index}]")
        fun = ir.Conv(sel_pos, fsig, x=entry, op=ir.ConvOp.NOP, type_text=ftext)
        call: Any = ir.Call(pos, _result(fsig), fun=fun, args=[], ddd=ddd)
        call.args = [x] + self.call_args(call, msig, arg_nodes, ddd, pos)  # type: ignore[attr-defined]
        return call


def link_signature(sig: T.Signature, home: str) -> str:
    return link_string(sig, home)[len("func"):]


def _result(sig: T.Signature) -> T.Type:
    if len(sig.results) == 1:
        return sig.results[0].type
    return T.Tuple([r.type for r in sig.results])
