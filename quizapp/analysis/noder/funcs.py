"""Functions: signatures, parameters, results and function literals.

The noder's counterpart of gc's: it resolves every name, types every
expression, and hands escape analysis the desugared program (``go``/``defer``
wrappers, per-iteration loop variables, multi-value forwarding, dead code
removed, constants folded). ``FuncLowerer`` lowers one function at a time;
each statement kind comes from one of the classes it builds on (``body``,
``assign``, ``decls``, ``ranges``, ``control``, ``godefer``), each
expression kind from ``expr`` and ``call``. A construct we cannot lower
raises ``Unsupported``; the function that holds it is then left out of the
analysis rather than guessed at.
"""

from __future__ import annotations

from tree_sitter import Node

from ..errors import CompileError, Pos
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of, text
from ..types import model as T
from ..types.scope import Scope
from .generics import GenericsMixin
from .godefer import GoDeferLowerer


class FuncLowerer(GoDeferLowerer, GenericsMixin):
    """Lowers one function body at a time; ``fn`` and ``scope`` track where we are."""

    def __init__(self, scope: Scope) -> None:
        self.last_terminating = {}
        self.init_generics()
        self.scope = scope
        self.fn = ir.Func("", Pos(0, 0), T.Signature([], []))
        self.package_fn = self.fn       # package-level declarations are lowered "in" it
        self.iota = None
        self.labels_seen: list[str] = []
        self.local_types: list[T.Named] = []   # types declared inside functions, in order
        self.print_errors: list[CompileError] = []
        """print/println operands gc's walk refuses (structs, arrays), in live code only."""

    def lower_func(self, fn: ir.Func, params: Node | None, result: Node | None,
                   receiver: Node | None, body: Node | None) -> None:
        """Lower a declared function or method body into ``fn``."""
        self.fn = fn
        self.push(fn)
        self.bind_signature(fn, receiver, params, result)
        group, self.inst_group = self.inst_group, None   # a body's instantiations are its own
        if body is not None:
            fn.body = self.block_stmts(body, own_scope=False)
            row, col = body.end_point          # just past the closing brace
            fn.end_pos = Pos(row + 1, col, pos_of(body).file)
        self.inst_group = group
        self.pop()

    def bind_signature(self, fn: ir.Func, receiver: Node | None, params: Node | None,
                       result: Node | None) -> None:
        """Declare the receiver, parameters and named results, once every type of the
        signature is read: their scope is the body, so in ``func PostForm(url string,
        data url.Values)`` the second ``url`` is still the package."""
        if receiver is not None:
            for v in self.param_vars(receiver, ir.VarClass.PARAM):
                fn.recv = v
        fn.params = self.param_vars(params, ir.VarClass.PARAM)
        if result is not None and result.type == "parameter_list":
            fn.results = self.param_vars(result, ir.VarClass.RESULT)
        elif result is not None:
            fn.results = [ir.Var("~r0", fn.sig.results[0].type, pos_of(result), ir.VarClass.RESULT, fn)]
            fn.dcl.append(fn.results[0])
        for v in [fn.recv, *fn.params, *fn.results]:
            if v is not None and not v.unnamed:
                self.scope.declare(v.name, v)
        for i, r in enumerate(fn.results):
            if r.unnamed or r.name == "_":
                r.name = f"~r{i}"
                r.unnamed = True

    def param_vars(self, node: Node | None, cls: ir.VarClass) -> list[ir.Var]:
        out: list[ir.Var] = []
        if node is None:
            return out
        for decl in named_children(node):
            if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            t = self.read_type(decl.child_by_field_name("type"))
            if decl.type == "variadic_parameter_declaration":
                t = T.Slice(t)
            names = decl.children_by_field_name("name")
            if not names:
                v = ir.Var("", t, pos_of(decl), cls, self.fn, unnamed=True)
                if cls is ir.VarClass.RESULT:
                    self.fn.dcl.append(v)
                out.append(v)
                continue
            for n in names:
                name = text(n)
                v = ir.Var(name, t, pos_of(n), cls, self.fn, unnamed=(name == "_"))
                v.used = True  # type: ignore[attr-defined]
                if name != "_" or cls is ir.VarClass.RESULT:
                    self.fn.dcl.append(v)
                out.append(v)
        return out

    def func_literal(self, node: Node) -> ir.Expr:
        outer = self.fn
        outer.closure_count += 1
        top = outer
        name = f"{outer.name}.func{outer.closure_count}" if outer.outer is None \
            else f"{outer.name}.{outer.closure_count}"
        sig = self.read_signature(node.child_by_field_name("parameters"),
                                  node.child_by_field_name("result"))
        fn = ir.Func(name, pos_of(node), sig, outer=top)
        if outer.is_instance:
            fn.is_instance = True   # no parameter lines, like its parent
            fn.captures_dict = True
        lit = ir.FuncLit(pos_of(node), sig, func=fn)
        fn.literal = lit
        saved_scope = self.scope
        self.lower_func(fn, node.child_by_field_name("parameters"),
                        node.child_by_field_name("result"), None, node.child_by_field_name("body"))
        self.scope = saved_scope
        self.end_literal(fn, outer)
        return lit

    def end_literal(self, fn: ir.Func, outer: ir.Func) -> None:
        """Back in ``outer`` after lowering the literal ``fn``: what ``fn`` captures
        from further out, ``outer`` captures too (a nested literal captures through us)."""
        self.fn = outer
        outer.callees.append(fn)
        for v in fn.closure_vars:
            if v.fn is not outer and v not in outer.closure_vars:
                outer.closure_vars.append(v)
                outer.capture_pos[id(v)] = fn.capture_pos.get(id(v), v.pos)
