"""Declarations inside function bodies: ``var``, ``const`` and ``type``.

A ``var`` with a value is a definition the escape pass can see (gc's
``x := e``); constants fold, with ``iota`` counting the specs; a local
type is declared in the block's scope.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of, specs_of, text
from ..types import constant as C
from ..types import model as T
from ..types import validtype
from ..types.scope import ConstObj, TypeObj
from .assign import AssignLowerer


class DeclLowerer(AssignLowerer):
    """Local ``var``, ``const`` and ``type`` declarations."""

    def s_var_declaration(self, node: Node) -> list[Any]:
        out: list[Any] = []
        for spec in specs_of(node, "var_spec"):
            out.extend(self.var_spec(spec))
        return out

    def var_spec(self, spec: Node) -> list[Any]:
        names = spec.children_by_field_name("name")
        tnode = spec.child_by_field_name("type")
        vnode = spec.child_by_field_name("value")
        t = self.read_type(tnode) if tnode is not None else None
        values: list[ir.Expr] = []
        out: list[Any] = []
        pos = pos_of(names[0])
        stmt_pos = pos          # gc places a var declaration's assignment at its first name
        multi_call = None
        mark = len(self.fn.dcl)
        if vnode is not None:
            vexprs = self.exprs(vnode)
            if len(vexprs) == 1 and len(names) > 1:
                multi_call = self.expr(vexprs[0])
            else:
                values = [self.expr(v) for v in vexprs]
        vars_: list[ir.Var] = []
        for i, n in enumerate(names):
            vt = t
            if vt is None:
                if multi_call is not None:
                    vt = multi_call.type.types[i]  # type: ignore[attr-defined]
                else:
                    vt = self.default(values[i]).type
            vars_.append(ir.Var(text(n), vt, pos_of(n), ir.VarClass.AUTO, self.fn))
        for v in vars_:
            if v.name != "_":
                self.fn.dcl.append(v)
            out.append(ir.Decl(v.pos, var=v))
        self.declared_first(mark, vars_)
        if multi_call is not None:
            st = ir.Assign2(stmt_pos, lhs=[self.var_ref(v) for v in vars_], rhs=[multi_call],
                            kind=ir.Assign2Kind.FUNC, define=True)
            for v in vars_:
                v.defn = st
            out.append(st)
        elif values:
            if len(values) == 1:
                v = vars_[0]
                st1 = ir.Assign(stmt_pos, x=self.var_ref(v),
                                y=self.convert_to(values[0], v.type, context="variable declaration"),
                                define=True)
                v.defn = st1
                out.append(st1)
            else:
                st2 = ir.Assign2(stmt_pos, lhs=[self.var_ref(v) for v in vars_],
                                 rhs=[self.convert_to(e, v.type, context="variable declaration")
                                      for e, v in zip(values, vars_)],
                                 kind=ir.Assign2Kind.PAIR, define=True)
                for v in vars_:
                    v.defn = st2
                out.append(st2)
        else:
            for v in vars_:
                out.append(ir.Assign(v.pos, x=self.var_ref(v), y=None))
        for v in vars_:
            self.scope.declare(v.name, v)
            if v.name == "_":
                v.used = True  # type: ignore[attr-defined]
        return out

    def var_ref(self, v: ir.Var) -> ir.Expr | None:
        if v.name == "_":
            return None
        return ir.Name(v.pos, v.type, var=v)

    def s_const_declaration(self, node: Node) -> list[Any]:
        self.const_decl(node)
        return []

    def const_decl(self, node: Node) -> None:
        prev_type: Node | None = None
        prev_values: Node | None = None
        for i, spec in enumerate(specs_of(node, "const_spec")):
            tnode = spec.child_by_field_name("type")
            vnode = spec.child_by_field_name("value")
            if vnode is None:
                tnode, vnode = prev_type, prev_values
            else:
                prev_type, prev_values = tnode, vnode
            saved = self.iota
            self.iota = i
            try:
                vals = [self.expr(v) for v in self.exprs(vnode)]
            finally:
                self.iota = saved
            ct, spelled = (self.read_type_spelled(tnode) if tnode is not None else (None, ""))
            # tree-sitter-go files the commas between constant names under "name" too
            names = [n for n in spec.children_by_field_name("name") if n.is_named]
            if len(names) > len(vals):
                raise GoTypeError(pos_of(names[len(vals)]), f"missing init expr for {text(names[len(vals)])}")
            if len(names) < len(vals):
                extra = vals[len(names)]
                raise GoTypeError(extra.pos, f"extra init expr {self.expr_text(extra)}")
            for n, v in zip(names, vals):
                if not isinstance(v, ir.Const):
                    raise GoTypeError(v.pos, f"{text(n)} is not constant")
                t = ct if ct is not None else v.type
                val = self.const_as(v, t, "constant declaration") if v.type.is_untyped() \
                    else C.convert(v.value, t)
                self.scope.declare(text(n), ConstObj(val, t, spelled if ct is not None else (v.alias or "")))

    def s_type_declaration(self, node: Node) -> list[Any]:
        """A type declared inside a function: visible from here to the end of the block."""
        for spec in named_children(node):
            name = text(spec.child_by_field_name("name"))
            if spec.child_by_field_name("type_parameters") is not None:
                raise Unsupported(pos_of(spec), "local generic types")
            if spec.type == "type_alias":
                t, spelled = self.read_type_spelled(spec.child_by_field_name("type"))
                self.scope.declare(name, TypeObj(t, spelled))
                continue
            named = T.Named(name)
            self.scope.declare(name, TypeObj(named, name))
            named.underlying = self.read_type(spec.child_by_field_name("type"))
            found = validtype.check([named])
            if found is not None:
                raise GoTypeError(pos_of(spec.child_by_field_name("name")),
                                  validtype.cycle_message(*found))
            self.local_types.append(named)
        return []
