"""Copying a function body: the template gc keeps, and the copy it pastes at a call.

gc inlines from the body as it was written, never from a body that has
itself had calls inlined: before anything changes the program, each
function's body is copied into a ``Template`` with variables of its own.
Inlining a call copies the template again, into the caller: every
variable becomes a local of the caller, every position the position of
the call (where gc prints whatever happens in the copy), and each node
remembers where it came from (``inlined_from``: the callee and the
node's position in it), which the app uses to show both.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..errors import Pos
from ..ir import nodes as ir
from ..types import model as T

NODE_TYPES = (ir.Expr, ir.Stmt, ir.CaseClause, ir.SelectCase)
LEAVES = (str, int, float, complex, bool, Pos, T.Type, Enum, ir.Func, ir.Global)


class CloneError(Exception):
    """A body holds something this copy cannot reproduce (a function literal)."""

    def __init__(self, pos: Pos, what: str) -> None:
        super().__init__(what)
        self.pos = pos
        self.what = what


@dataclass
class Template:
    """A function's body as written, with variables of its own (gc's ``Inl`` body and ``Dcl``)."""

    fn: ir.Func
    params: list[ir.Var]            # the receiver first, then the parameters
    results: list[ir.Var]
    dcl: list[ir.Var]
    body: list[Any]
    has_literal: bool = False       # holds a function literal (copying closures is not modelled)
    returns: int = 0
    empty_return: bool = False


@dataclass
class Copier:
    """One deep copy: variables mapped, positions optionally moved, sharing kept."""

    var_map: dict[int, ir.Var] = field(default_factory=dict)
    memo: dict[int, Any] = field(default_factory=dict)
    pos: Pos | None = None          # every position becomes this one (None: keep)
    origin: str = ""                # the callee's name, for inlined_from
    literals: int = 0
    returns: int = 0
    empty_return: bool = False

    def copy(self, x: Any) -> Any:
        if x is None or isinstance(x, LEAVES):
            return x
        if isinstance(x, ir.Var):
            return self.var_map.get(id(x), x)
        if isinstance(x, list):
            out = type(x)() if type(x) is not list else []
            out.extend(self.copy(e) for e in x)
            if type(x) is not list:
                out.__dict__.update(x.__dict__)
            return out
        if isinstance(x, tuple):
            return tuple(self.copy(e) for e in x)
        if not isinstance(x, NODE_TYPES):
            return x
        done = self.memo.get(id(x))
        if done is not None:
            return done
        if isinstance(x, ir.FuncLit):
            self.literals += 1
        if isinstance(x, ir.Return):
            self.returns += 1
            if not x.results:
                self.empty_return = True
        new = copy.copy(x)
        self.memo[id(x)] = new
        for k, v in list(vars(new).items()):
            if k in ("pos", "expr_pos") and isinstance(v, Pos):
                if self.pos is not None:
                    if getattr(new, "inlined_from", None) is None and k == "pos":
                        new.inlined_from = (self.origin, v)
                    setattr(new, k, self.pos)
                continue
            if k == "inlined_from" or k == "inl_chain":
                continue
            setattr(new, k, self.copy(v))
        return new

    def new_var(self, v: ir.Var, fn: ir.Func | None, cls: ir.VarClass) -> ir.Var:
        nv = copy.copy(v)
        nv.loc = None
        nv.fn = fn
        nv.cls = cls
        nv.const_value = None
        if self.pos is not None:
            nv.inlined_from = (self.origin, v.pos)
            nv.pos = self.pos
        self.var_map[id(v)] = nv
        return nv

    def fix_defs(self, vs: list[ir.Var]) -> None:
        """A copied variable's defining statement is the copy of the original's."""
        for v in vs:
            if v.defn is not None:
                v.defn = self.memo.get(id(v.defn), v.defn)


def make_template(fn: ir.Func) -> Template:
    """A standalone copy of ``fn``'s body as it is now (call before anything rewrites it)."""
    c = Copier()
    params = ([fn.recv] if fn.recv is not None else []) + list(fn.params)
    seen = {id(v) for v in params + fn.results}
    tparams = [c.new_var(v, None, v.cls) for v in params]
    tresults = [c.new_var(v, None, v.cls) for v in fn.results]
    tdcl = [c.new_var(v, None, v.cls) for v in fn.dcl if id(v) not in seen]
    body = c.copy(fn.body or [])
    c.fix_defs(tparams + tresults + tdcl)
    return Template(fn, tparams, tresults, tdcl, body, has_literal=c.literals > 0,
                    returns=c.returns, empty_return=c.empty_return)


@dataclass
class Pasted:
    """A template copied into a caller: its variables (now the caller's) and body."""

    params: list[ir.Var]
    results: list[ir.Var]
    locals: list[ir.Var]
    body: list[Any]


def paste(t: Template, caller: ir.Func, pos: Pos, origin: str) -> Pasted:
    """Copy ``t`` into ``caller`` for a call at ``pos``: all of it becomes the caller's locals."""
    c = Copier(pos=pos, origin=origin)
    auto = ir.VarClass.AUTO
    params = [c.new_var(v, caller, auto) for v in t.params]
    results = [c.new_var(v, caller, auto) for v in t.results]
    locs = [c.new_var(v, caller, auto) for v in t.dcl]
    body = c.copy(t.body)
    c.fix_defs(params + results + locs)
    return Pasted(params, results, locs, body)
