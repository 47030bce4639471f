"""Simple statements: expressions, sends, increments, assignments, returns.

An assignment destination is not a use of a plain variable (``x = 1``
alone leaves ``x`` unused, as gc says); ``x++`` is. A multi-value call
on the right of ``a, b := f()`` becomes one ``Assign2`` whose kind says
where the values come from.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError, Pos, one_line
from ..ir import nodes as ir
from ..syntax.nodes import child_of_type, named_children, pos_of, strip_parens, text
from ..types import model as T
from .body import BodyLowerer


STATEMENT_BUILTINS = {"panic", "print", "println", "copy", "delete", "close", "clear", "recover"}


def is_statement(e: ir.Expr) -> bool:
    """May ``e`` stand alone as a statement (a call or receive, not a value left unused)?"""
    if isinstance(e, ir.Builtin):
        return e.name in STATEMENT_BUILTINS
    return not isinstance(e, (ir.Const, ir.Name, ir.GlobalName, ir.Binary, ir.Unary, ir.Conv,
                              ir.CompLit, ir.PtrLit, ir.FuncLit, ir.Addr, ir.Deref, ir.Index,
                              ir.Dot, ir.Nil, ir.AddStr, ir.FuncName))


ASSIGNABLE = (ir.Name, ir.GlobalName, ir.Index, ir.Deref, ir.Dot)
"""What an assignment may write to: variables, elements, fields and pointees."""


class AssignLowerer(BodyLowerer):
    """Statements that assign, send, return or just evaluate."""

    def s_expression_statement(self, node: Node) -> list[Any]:
        xnode = named_children(node)[0]
        e = self.expr(xnode)
        if not is_statement(e):
            raise GoTypeError(pos_of(xnode), f"{one_line(text(xnode))} (value of type "
                              f"{T.type_string(e.type)}) is not used")
        return [ir.ExprStmt(e.pos, x=e)]

    def s_inc_statement(self, node: Node) -> list[Any]:
        return self.incdec(node, "+")

    def s_dec_statement(self, node: Node) -> list[Any]:
        return self.incdec(node, "-")

    def incdec(self, node: Node, op: str) -> list[Any]:
        x = self.lhs(named_children(node)[0])
        if x is None:
            raise GoTypeError(pos_of(named_children(node)[0]), "cannot use _ as value or type")
        tok = node.children[-1]
        one = self.convert_to(ir.Const(pos_of(tok), T.UNTYPED_INT, value=1), x.type)
        self.use(x)   # x++ reads x: it counts as a use, unlike x = 1
        self.mark_reassigned(x)
        st = ir.Assign(pos_of(tok), x=x, y=one, op=op)
        st.incdec = True  # type: ignore[attr-defined]
        return [st]

    def lhs(self, node: Node) -> ir.Expr | None:
        """An assignment destination: does not count as a use of a plain variable."""
        n = strip_parens(node)
        if n.type == "identifier":
            if text(n) == "_":
                return None
            obj, crossed = self.scope.lookup(text(n))
            if isinstance(obj, ir.Var):
                if crossed and obj.fn is not self.fn:
                    self.capture(obj, crossed, pos_of(n))
                return ir.Name(pos_of(n), obj.type, var=obj)
        e = self.expr(node)
        if not isinstance(e, ASSIGNABLE):
            raise GoTypeError(pos_of(n), f"cannot assign to {text(n)} "
                              "(neither addressable nor a map index expression)")
        return e

    def mark_reassigned(self, x: ir.Expr | None) -> None:
        if isinstance(x, ir.Name):
            x.var.reassigned_syntax = True  # type: ignore[attr-defined]

    def use(self, x: ir.Expr) -> None:
        if isinstance(x, ir.Name):
            x.var.used = True  # type: ignore[attr-defined]

    def s_send_statement(self, node: Node) -> list[Any]:
        ch = self.expr(node.child_by_field_name("channel"))
        cu = ch.type.under
        if not isinstance(cu, T.Chan):
            raise GoTypeError(pos_of(node), "invalid operation: send to non-channel")
        v = self.convert_to(self.expr(node.child_by_field_name("value")), cu.elem)
        arrow = child_of_type(node, "<-")
        return [ir.Send(pos_of(arrow) if arrow else pos_of(node), ch=ch, value=v)]

    def s_return_statement(self, node: Node) -> list[Any]:
        if getattr(self.fn, "is_range_body", False):
            return self.range_return(node)  # type: ignore[attr-defined]
        lst = named_children(node)
        pos = pos_of(node)
        exprs = self.exprs(lst[0]) if lst else []
        results = self.fn.results
        st = ir.Return(pos, results=[])
        if len(exprs) == 1 and len(results) > 1:
            inner = self.expr(exprs[0])
            if not isinstance(inner.type, T.Tuple):
                raise GoTypeError(pos, "not enough return values")
            vals = self.spill_results(inner, st.init, pos)
        else:
            vals = [self.expr(e) for e in exprs]
        if vals and len(vals) != len(results):
            raise GoTypeError(pos, f"{'too many' if len(vals) > len(results) else 'not enough'} "
                              "return values")
        if not vals and results and any(r.unnamed for r in results):
            raise GoTypeError(pos, "not enough return values")
        st.results = [self.convert_to(v, r.type, context="return statement")
                      for v, r in zip(vals, results)]
        return [st]

    def s_assignment_statement(self, node: Node) -> list[Any]:
        left = self.exprs(node.child_by_field_name("left"))
        right = self.exprs(node.child_by_field_name("right"))
        optok = node.child_by_field_name("operator")
        op = text(optok)
        pos = pos_of(optok)
        if op != "=":
            x = self.lhs(left[0])
            if x is None:
                raise GoTypeError(pos_of(left[0]), "cannot use _ as value or type")
            self.use(x)
            y = self.expr(right[0])
            if op in ("<<=", ">>="):
                y = self.convert_to(y, T.UINT) if isinstance(y, ir.Const) else y
            else:
                y = self.convert_to(y, x.type)
            self.mark_reassigned(x)
            return [ir.Assign(pos, x=x, y=y, op=op[:-1])]
        lhs = [self.lhs(n) for n in left]
        for x in lhs:
            self.mark_reassigned(x)
        if len(right) == 1 and len(left) > 1:
            out, rhs = self.through_temps(self.expr(right[0]), len(left), pos)
            rhs = [self.convert_to(r, d.type) if d is not None else r for r, d in zip(rhs, lhs)]
            out.append(ir.Assign2(pos, lhs=lhs, rhs=rhs, kind=ir.Assign2Kind.PAIR, via_temps=True))
            return out
        if len(left) != len(right):
            raise GoTypeError(pos, "assignment mismatch")
        rhs = [self.expr(r) for r in right]
        rhs = [self.convert_to(r, d.type, context="assignment") if d is not None
               else self.default(r, "assignment") for r, d in zip(rhs, lhs)]
        if len(lhs) == 1:
            return [ir.Assign(pos, x=lhs[0], y=rhs[0])]
        return [ir.Assign2(pos, lhs=lhs, rhs=rhs, kind=ir.Assign2Kind.PAIR)]

    def s_short_var_declaration(self, node: Node) -> list[Any]:
        left = self.exprs(node.child_by_field_name("left"))
        right = self.exprs(node.child_by_field_name("right"))
        op = child_of_type(node, ":=")
        pos = pos_of(op) if op is not None else pos_of(node)
        return self.define(left, right, pos)

    def through_temps(self, e: ir.Expr, n: int, pos: Pos) -> tuple[list[Any], list[ir.Expr]]:
        """``a, b = e`` with e a call or a comma-ok form: gc assigns e's values to
        temporaries first (``.autotmp_4, .autotmp_5 := e``), then the temporaries to
        the destinations, converting each to its destination's type."""
        types_, kind = self.multi_types(e, n, pos)
        temps = [self.new_temp(t, pos) for t in types_]
        out: list[Any] = [ir.Decl(pos, var=v) for v in temps]
        st = ir.Assign2(pos, lhs=[ir.Name(pos, v.type, var=v) for v in temps], rhs=[e], kind=kind,
                        define=True)
        for v in temps:
            v.defn = st
        out.append(st)
        return out, [ir.Name(pos, v.type, var=v) for v in temps]

    def define(self, left: list[Node], right: list[Node], pos: Pos,
               kind_hint: ir.Assign2Kind | None = None) -> list[Any]:
        out: list[Any] = []
        mark = len(self.fn.dcl)
        if len(right) == 1 and len(left) > 1:
            out, rhs = self.through_temps(self.expr(right[0]), len(left), pos)
            types_ = [r.type for r in rhs]
            kind = ir.Assign2Kind.PAIR
        else:
            if len(left) != len(right):
                raise GoTypeError(pos, f"assignment mismatch: {len(left)} variables but "
                                  f"{len(right)} values")
            rhs = [self.default(self.expr(r), "assignment") for r in right]
            types_ = [r.type for r in rhs]
            kind = ir.Assign2Kind.PAIR
        lhs: list[ir.Expr | None] = []
        new_vars: list[ir.Var] = []
        pending: list[tuple[str, ir.Var]] = []
        for n, t in zip(left, types_):
            name = text(n)
            existing = self.scope.names.get(name)
            if name == "_":
                lhs.append(None)
            elif isinstance(existing, ir.Var):
                lhs.append(ir.Name(pos_of(n), existing.type, var=existing))
                existing.reassigned_syntax = True  # type: ignore[attr-defined]
            else:
                if isinstance(t, T.Tuple) or t is T.UNTYPED_NIL:
                    raise GoTypeError(pos_of(n), "use of untyped nil in assignment")
                v = ir.Var(name, t, pos_of(n), ir.VarClass.AUTO, self.fn)
                self.fn.dcl.append(v)
                new_vars.append(v)
                pending.append((name, v))
                lhs.append(ir.Name(pos_of(n), t, var=v))
        if not new_vars and all(text(n) != "_" for n in left):
            raise GoTypeError(pos, "no new variables on left side of :=")
        self.declared_first(mark, new_vars)
        for v in new_vars:
            out.append(ir.Decl(v.pos, var=v))
        if len(rhs) == 1 and len(lhs) == 1:
            dst = lhs[0]
            st: Any = ir.Assign(pos, x=dst, y=self.convert_to(rhs[0], dst.type) if dst else rhs[0],
                                define=True)
        else:
            if kind is ir.Assign2Kind.PAIR and len(rhs) == len(lhs):
                rhs = [self.convert_to(r, d.type) if d is not None else r for r, d in zip(rhs, lhs)]
            st = ir.Assign2(pos, lhs=lhs, rhs=rhs, kind=kind, define=True,
                            via_temps=len(right) == 1)
        for v in new_vars:
            v.defn = st
        out.append(st)
        for name, v in pending:
            self.scope.declare(name, v)
        return out

    def multi_types(self, e: ir.Expr, n: int, pos: Pos) -> tuple[list[T.Type], ir.Assign2Kind]:
        if isinstance(e.type, T.Tuple):
            if len(e.type.types) != n:
                raise GoTypeError(pos, f"assignment mismatch: {n} variables but "
                                  f"{len(e.type.types)} values")
            return list(e.type.types), ir.Assign2Kind.FUNC
        if n == 2:
            if isinstance(e, ir.Index) and e.kind is ir.IndexKind.MAP:
                return [e.type, T.BOOL], ir.Assign2Kind.MAPR
            if isinstance(e, ir.TypeAssert):
                return [e.type, T.BOOL], ir.Assign2Kind.DOTTYPE
            if isinstance(e, ir.Recv):
                return [e.type, T.BOOL], ir.Assign2Kind.RECV
        raise GoTypeError(pos, f"assignment mismatch: {n} variables but 1 value")
