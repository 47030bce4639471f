"""Reading type expressions: the syntax of a type into the type model.

Names resolve through the scope (local and package types, the standard
library's through the importer, instances of generic types made on first
use); array lengths and other constants fold as the compiler folds them.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError, Unsupported
from ..syntax.nodes import named_children, pos_of, text
from ..types import constant as C
from ..types import model as T
from ..types.scope import BuiltinObj, ConstObj, PkgObj, Scope, TypeObj, UnsupportedObj

UNSAFE_FUNCS = ("Sizeof", "Alignof", "Offsetof", "Add", "Slice", "String", "StringData",
                "SliceData")


class TypeReader:
    """Turns type syntax into ``types.Type``; needs the scope for names."""

    scope: Scope

    def read_type(self, node: Node) -> T.Type:
        t, _ = self.read_type_spelled(node)
        return t

    def type_spelling(self, node: Node) -> str:
        return self.read_type_spelled(node)[1]

    def read_type_spelled(self, node: Node) -> tuple[T.Type, str]:
        """The type and how gc prints it (alias names such as ``byte`` kept)."""
        k = node.type
        if k in ("type_identifier", "identifier"):
            name = text(node)
            obj, _ = self.scope.lookup(name)
            if isinstance(obj, TypeObj):
                return obj.type, obj.spelling
            if obj is None:
                raise GoTypeError(pos_of(node), f"undefined: {name}")
            if isinstance(obj, UnsupportedObj):
                raise Unsupported(pos_of(node), obj.what)
            raise GoTypeError(pos_of(node), f"{name} is not a type")
        if k == "type_elem":
            return self.read_type_spelled(named_children(node)[0])
        if k == "parenthesized_type":
            return self.read_type_spelled(named_children(node)[0])
        if k == "qualified_type":
            pkg = node.child_by_field_name("package")
            name = node.child_by_field_name("name")
            obj, _ = self.scope.lookup(text(pkg)) if pkg is not None else (None, [])
            if isinstance(obj, PkgObj):
                member = self.package_member(obj, text(name), node)
                if isinstance(member, TypeObj):
                    return member.type, member.spelling
                raise GoTypeError(pos_of(node), f"{text(node)} is not a type")
            raise GoTypeError(pos_of(node), f"undefined: {text(node)}")
        if k == "pointer_type":
            e, s = self.read_type_spelled(named_children(node)[0])
            return T.Pointer(e), "*" + s
        if k == "slice_type":
            e, s = self.read_type_spelled(node.child_by_field_name("element"))
            return T.Slice(e), "[]" + s
        if k == "array_type":
            n = self.const_int(node.child_by_field_name("length"))
            e, s = self.read_type_spelled(node.child_by_field_name("element"))
            return T.Array(n, e), f"[{n}]" + s
        if k == "map_type":
            kt, ks = self.read_type_spelled(node.child_by_field_name("key"))
            vt, vs = self.read_type_spelled(node.child_by_field_name("value"))
            return T.Map(kt, vt), f"map[{ks}]{vs}"
        if k == "channel_type":
            toks = [c.type for c in node.children if not c.is_named]
            d = T.ChanDir.BOTH
            if toks and toks[0] == "<-":
                d = T.ChanDir.RECV
            elif "<-" in toks:
                d = T.ChanDir.SEND
            e, s = self.read_type_spelled(node.child_by_field_name("value"))
            return T.Chan(e, d), f"{d.value} {s}"
        if k == "function_type":
            sig = self.read_signature(node.child_by_field_name("parameters"),
                                      node.child_by_field_name("result"))
            return sig, "func" + T.signature_string(sig)
        if k == "struct_type":
            st = self.read_struct(node)
            return st, T.type_string(st)
        if k == "interface_type":
            it = self.read_interface(node)
            return it, T.type_string(it)
        if k == "generic_type":
            return self.generic_instance(node, node.child_by_field_name("type"),
                                         named_children(node.child_by_field_name("type_arguments")))
        if k in ("index_expression", "type_instantiation_expression"):
            # G[T] where an expression may stand (new(G[T])): the same instance
            parts = named_children(node)
            return self.generic_instance(node, parts[0], parts[1:])
        if k == "implicit_length_array_type":
            raise GoTypeError(pos_of(node), "invalid use of [...] array (outside a composite literal)")
        raise Unsupported(pos_of(node), f"type syntax {k}")

    def read_struct(self, node: Node) -> T.Struct:
        fields: list[T.Field] = []
        body = [c for c in node.named_children if c.type == "field_declaration_list"]
        for decl in (named_children(body[0]) if body else []):
            if decl.type != "field_declaration":
                continue
            tnode = decl.child_by_field_name("type")
            ft = self.read_type(tnode)
            names = [c for c in decl.children_by_field_name("name")]
            tag_node = decl.child_by_field_name("tag")
            tag = C.unquote(text(tag_node)) if tag_node is not None else ""
            home = getattr(self, "source_home", None)
            pkg = home.path if home is not None else ""
            if names:
                for n in names:
                    fields.append(T.Field(text(n), ft, tag=tag, pkg=pkg))
            else:
                # embedded: the field is named after the type name
                star = any(c.type == "*" for c in decl.children)
                if star:
                    ft = T.Pointer(ft)
                base = tnode
                if base.type == "generic_type":     # an embedded instance: node[K, V]
                    base = base.child_by_field_name("type")
                fname = text(base).split(".")[-1]
                fields.append(T.Field(fname, ft, embedded=True, tag=tag, pkg=pkg))
        return T.Struct(fields)

    def generic_instance(self, node: Node, base: Node, arg_nodes: list[Node]) -> tuple[T.Type, str]:
        """``G[A, B]`` or ``pkg.G[A, B]``: the instance of a generic type, and its spelling."""
        from .generics import GenericType
        if base.type in ("qualified_type", "selector_expression"):
            pkg = base.child_by_field_name("package") or base.child_by_field_name("operand")
            pobj, _ = self.scope.lookup(text(pkg)) if pkg is not None else (None, [])
            if not isinstance(pobj, PkgObj):
                raise GoTypeError(pos_of(base), f"undefined: {text(base)}")
            name = base.child_by_field_name("name") or base.child_by_field_name("field")
            obj: Any = self.package_member(pobj, text(name), base)
        else:
            obj, _ = self.scope.lookup(text(base))
        if not isinstance(obj, GenericType):
            if isinstance(obj, UnsupportedObj):
                raise Unsupported(pos_of(node), obj.what)
            raise GoTypeError(pos_of(node), f"{text(base)} is not a generic type")
        targs = [self.read_type(a) for a in arg_nodes]
        try:
            inst = self.instantiate_type(obj, targs, named_as=self.shaped_args(obj, targs))  # type: ignore
        except Unsupported as exc:
            raise Unsupported(pos_of(node), exc.what) from None
        q = f"{obj.home.name}." if obj.home is not None else ""
        return inst, q + inst.name

    def read_interface(self, node: Node) -> T.Interface:
        methods: list[T.MethodSig] = []
        embeds: list[T.Type] = []
        terms: list[T.Type] = []
        typeset = False
        for el in named_children(node):
            if el.type == "method_elem":
                name = text(el.child_by_field_name("name"))
                sig = self.read_signature(el.child_by_field_name("parameters"),
                                          el.child_by_field_name("result"))
                methods.append(T.MethodSig(name, sig))
            elif el.type == "type_elem":
                inner = named_children(el)
                if len(inner) == 1 and inner[0].type in ("type_identifier", "qualified_type",
                                                         "generic_type"):
                    et = self.read_type(inner[0])
                    if isinstance(et.under, T.Interface):
                        embeds.append(et)
                        continue
                # a type set (~int | float64): only usable as a constraint, which Go checks
                typeset = True
                if len(inner) == 1:        # one term: the constraint's core type (*T, ~[]E)
                    term = inner[0]
                    if term.type == "negated_type":
                        term = named_children(term)[0]
                    try:
                        terms.append(self.read_type(term))
                    except (GoTypeError, Unsupported):
                        pass
        it = T.Interface(methods, embeds)
        if typeset:
            it.typeset = True  # type: ignore[attr-defined]
            it.terms = terms  # type: ignore[attr-defined]
        return it

    def read_signature(self, params: Node | None, result: Node | None) -> T.Signature:
        ps, variadic = self.read_params(params)
        rs: list[T.Param] = []
        if result is not None:
            if result.type == "parameter_list":
                rs, _ = self.read_params(result)
            else:
                rs = [T.Param("", self.read_type(result))]
        return T.Signature(ps, rs, variadic)

    def read_params(self, node: Node | None) -> tuple[list[T.Param], bool]:
        out: list[T.Param] = []
        variadic = False
        if node is None:
            return out, False
        for decl in named_children(node):
            if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            tnode = decl.child_by_field_name("type")
            t = self.read_type(tnode)
            if decl.type == "variadic_parameter_declaration":
                t = T.Slice(t)
                variadic = True
            names = decl.children_by_field_name("name")
            if names:
                for n in names:
                    out.append(T.Param(text(n), t))
            else:
                out.append(T.Param("", t))
        return out, variadic

    def package_member(self, pkg: PkgObj, name: str, node: Node) -> Any:
        """``pkg.name`` from the generated standard-library data; never guessed."""
        if pkg.path == "unsafe":
            pkg.used = True  # type: ignore[attr-defined]
            if name == "Pointer":
                return TypeObj(T.UNSAFE_POINTER, "unsafe.Pointer")
            if name in UNSAFE_FUNCS:
                return BuiltinObj("unsafe." + name)
            raise GoTypeError(pos_of(node), f"undefined: unsafe.{name}")
        uni = getattr(self, "uni", None)
        if uni is None or not (uni.has(pkg.path) or pkg.from_std and uni.known(pkg.path)):
            raise Unsupported(pos_of(node), f"package {pkg.path} (no data for it)")
        obj = uni.member(pkg.path, name)
        if obj is None:
            field = node.child_by_field_name("field") or node.child_by_field_name("name") or node
            pname = uni.pkg(pkg.path)["name"]
            if not T.is_exported(name):
                raise GoTypeError(pos_of(field), f"name {name} not exported by package {pname}")
            raise GoTypeError(pos_of(field), f"undefined: {pname}.{name}")
        if isinstance(obj, UnsupportedObj):
            raise Unsupported(pos_of(node), obj.what)
        pkg.used = True  # type: ignore[attr-defined]
        return obj

    def const_int(self, node: Node) -> int:
        v = self.const_value(node)
        if not isinstance(v, int) or isinstance(v, bool):
            raise GoTypeError(pos_of(node), f"array length {text(node)} must be constant")
        return int(v)

    def const_value(self, node: Node) -> Any:
        raise NotImplementedError


def const_obj_value(obj: Any) -> Any:
    return obj.value if isinstance(obj, ConstObj) else None
