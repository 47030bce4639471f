"""Copying a function body: the template gc keeps, and the copy it pastes at a call.

gc inlines from the body as it was written, never from a body that has
itself had calls inlined: before anything changes the program, each
function's body is copied into a ``Template`` with variables of its own.
Inlining a call copies the template again, into the caller: every
variable becomes a local of the caller, every position the position of
the call (where gc prints whatever happens in the copy), and each node
remembers where it came from (``inlined_from``: the callee and the
node's position in it), which the app uses to show both.

A function literal in a copied body is copied too, as gc reads it again
from the export data: a new function (a *clone*) with variables of its
own, named after the function being inlined (``mk.func1``, ``twice.1``
inside a closure, ``f-range1`` for a range-over-func body), declared at
the literal's own position. Only the literal itself (where it is
allocated) moves to the call; the clone's body keeps its positions, since
gc reads it with a reader of its own, and the literals nested in it are
numbered under it (``mk.func1.1``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..errors import Pos
from ..ir import nodes as ir
from ..types import model as T
from .walk import walk_all

NODE_TYPES = (ir.Expr, ir.Stmt, ir.CaseClause, ir.SelectCase)
LEAVES = (str, int, float, complex, bool, Pos, T.Type, Enum, ir.Func, ir.Global)
_LEAF_TYPES = {str, int, float, complex, bool, Pos}
_SKIP = frozenset({"type", "implicit", "paren", "op", "field", "ptr", "kind", "ddd", "iface", "method",
                   "text", "type_text", "alias", "keepalive", "define", "string", "array",
                   "static", "is_go", "label", "name", "type_arg", "incdec", "range_func",
                   "type_switch", "bound", "nil_case", "var_type", "inline_done", "inlined_via",
                   "inlined_from", "inl_chain", "inl_parents", "callee", "func"})
"""Fields that never hold a node to copy (a literal's ``func`` is copied with the literal)."""
_SKIP_COPY = _SKIP | {"slot"}


class _Kind(Enum):
    """How ``Copier.copy`` treats a value, by its class (learned once per class)."""

    LEAF = 1            # shared, never copied
    VAR = 2             # mapped to the copy's variable
    LIST = 3
    LIST_CLASS = 4      # a list subclass with attributes of its own
    TUPLE = 5
    NODE = 6
    LITERAL = 7         # a function literal: its function is cloned
    RETURN = 8          # counted, then copied as a node


_KINDS: dict[type, _Kind] = {}


def _kind(t: type) -> _Kind:
    if t is type(None) or t in _LEAF_TYPES or issubclass(t, LEAVES):
        return _Kind.LEAF
    if t is ir.Var:
        return _Kind.VAR
    if t is list:
        return _Kind.LIST
    if issubclass(t, list):
        return _Kind.LIST_CLASS
    if t is tuple:
        return _Kind.TUPLE
    if not issubclass(t, NODE_TYPES):
        return _Kind.LEAF
    if t is ir.FuncLit:
        return _Kind.LITERAL
    if t is ir.Return:
        return _Kind.RETURN
    return _Kind.NODE


@dataclass
class Template:
    """A function's body as written, with variables of its own (gc's ``Inl`` body and ``Dcl``)."""

    fn: ir.Func
    params: list[ir.Var]            # the receiver first, then the parameters
    results: list[ir.Var]
    dcl: list[ir.Var]
    body: list[Any]
    returns: int = 0
    empty_return: bool = False
    live: bool = False              # the function itself, while nothing has changed its body
    origins: dict[tuple[str, int], tuple[str, Pos]] = field(default_factory=dict)
    """Its copies' ``inlined_from`` pairs (``Copier.came_from``)."""


@dataclass
class Copier:
    """One deep copy: variables mapped, positions optionally moved, sharing kept."""

    var_map: dict[int, ir.Var] = field(default_factory=dict)
    memo: dict[int, Any] = field(default_factory=dict)
    pos: Pos | None = None          # every position becomes this one (None: keep)
    origin: str = ""                # the callee's name, for inlined_from
    via: str = ""                   # the function called where the copy is pasted (outermost)
    literals: int = 0
    returns: int = 0
    empty_return: bool = False
    owner: ir.Func | None = None    # the function the copied literals now live in
    prefix: str = ""                # their names: prefix + number (``mk.func`` / ``twice.``)
    range_prefix: str = ""          # ... and for range-over-func bodies (``f-range``)
    body_of_literals: list[Any] = field(default_factory=list)
    """The body being copied, whose literals are numbered in source order."""
    numbers: dict[int, str] = field(default_factory=dict)
    clones: list[ir.Func] = field(default_factory=list)
    """Every literal copied (nested ones included), in the order they were made."""
    origins: dict[tuple[str, int], tuple[str, Pos]] = field(default_factory=dict)
    """The ``inlined_from`` pairs made so far, shared by every copy of one template."""

    def came_from(self, p: Pos) -> tuple[str, Pos]:
        """``(origin, p)``: one tuple per position, however often the body is pasted."""
        key = (self.origin, id(p))
        pair = self.origins.get(key)
        if pair is None or pair[1] is not p:
            pair = self.origins[key] = (self.origin, p)
        return pair

    def copy(self, x: Any) -> Any:
        t = type(x)
        kind = _KINDS.get(t)
        if kind is None:
            kind = _KINDS[t] = _kind(t)
        if kind is _Kind.NODE:
            done = self.memo.get(id(x))
            if done is not None:
                return done
            return self.copy_node(x, t)
        if kind is _Kind.LEAF:
            return x
        if kind is _Kind.VAR:
            return self.var_map.get(id(x), x)
        if kind is _Kind.LIST:
            return [self.copy(e) for e in x]
        if kind is _Kind.TUPLE:
            return tuple(self.copy(e) for e in x)
        if kind is _Kind.LIST_CLASS:
            out = t()
            out.extend(self.copy(e) for e in x)
            out.__dict__.update(x.__dict__)
            return out
        done = self.memo.get(id(x))       # a literal or a return statement
        if done is not None:
            return done
        if kind is _Kind.LITERAL:
            self.literals += 1
            return self.copy_literal(x)
        self.returns += 1
        if not x.results:
            self.empty_return = True
        return self.copy_node(x, t)

    def copy_node(self, x: Any, t: type) -> Any:
        """A new node of class ``t`` whose fields are copies of ``x``'s (the same order)."""
        new = object.__new__(t)
        self.memo[id(x)] = new
        src = x.__dict__
        d = dict(src)
        d.pop("slot", None)             # where the original sits, not the copy
        pos = self.pos
        copy = self.copy
        for k, v in src.items():
            if v is None or k in _SKIP_COPY:
                continue
            if k == "pos" or k == "expr_pos":
                if pos is not None and type(v) is Pos:
                    if k == "pos" and src.get("inlined_from") is None:
                        d["inlined_from"] = self.came_from(v)
                        d["inlined_via"] = self.via
                    d[k] = pos
                continue
            tv = type(v)
            if tv is list:
                d[k] = [copy(e) for e in v] if v else []
            elif tv not in _LEAF_TYPES:
                d[k] = copy(v)
        new.__dict__ = d
        return new

    def copy_literal(self, x: ir.FuncLit) -> ir.FuncLit:
        """A literal and a clone of its function (gc's ``funcLit`` read in an inlined body)."""
        new = copy.copy(x)
        self.memo[id(x)] = new
        if self.pos is not None:
            new.inlined_from = self.came_from(x.pos)
            new.inlined_via = self.via
            new.pos = self.pos
        new.init = self.copy(x.init)
        if not self.numbers:
            self.numbers = literal_names(self.body_of_literals, self.prefix, self.range_prefix)
        name = self.numbers.get(id(x), x.func.name)
        new.func = self.clone_func(x.func, new, name)
        return new

    def clone_func(self, f: ir.Func, lit: ir.FuncLit, name: str) -> ir.Func:
        nf = copy.copy(f)
        nf.name = name
        nf.outer = self.owner
        nf.literal = lit
        nf.leaks, nf.leak_tags, nf.esc_state = {}, {}, 0
        nf.inl_cost, nf.inl_reason, nf.inl_checked, nf.inl_unknown = None, "", False, False
        nf.inlined_calls, nf.inlined_labels = 0, False
        nf.link_name = ""
        q = getattr(nf, "pkg_qualifier", "")
        if q and name.startswith(q):        # named after a standard-library body's display
            del nf.pkg_qualifier            # name (sort.SearchInts.func1): qualified already
        nf.copy_of = f.copy_of or f
        if self.owner is not None:          # duplicate-ok (no parameter lines) as its new owner
            nf.is_instance = self.owner.is_instance
        nf.closure_count = nf.wrap_count = 0
        nf.unsupported = list(f.unsupported)
        if hasattr(nf, "inl_template"):
            del nf.inl_template  # type: ignore[attr-defined]
        sub = Copier(var_map=self.var_map, memo=self.memo, owner=nf, prefix=f"{name}.",
                     range_prefix=f"{name}-range", body_of_literals=f.body or [])
        seen: set[int] = set()
        nf.params = [sub.new_var(v, nf, v.cls) for v in f.params]
        nf.results = [sub.new_var(v, nf, v.cls) for v in f.results]
        seen.update(id(v) for v in f.params + f.results)
        for v in f.dcl:
            if id(v) not in seen:
                sub.new_var(v, nf, v.cls)
        nf.dcl = [self.var_map[id(v)] for v in f.dcl]
        nf.body = sub.copy(f.body) if f.body is not None else None
        sub.fix_defs(nf.dcl)
        nf.closure_vars = [self.var_map.get(id(v), v) for v in f.closure_vars]
        nf.capture_pos = {id(self.var_map.get(id(v), v)): self.pos or f.capture_pos.get(id(v), v.pos)
                          for v in f.closure_vars}
        nf.callees = [c for c in (self.memo_func(c) for c in f.callees)]
        self.clones.append(nf)
        self.clones.extend(sub.clones)
        return nf

    def memo_func(self, f: ir.Func) -> ir.Func:
        """A callee of a copied literal: its own copy when it is a literal it holds."""
        if f.literal is not None and id(f.literal) in self.memo:
            return self.memo[id(f.literal)].func
        return f

    def new_var(self, v: ir.Var, fn: ir.Func | None, cls: ir.VarClass) -> ir.Var:
        nv = copy.copy(v)
        nv.loc = None
        nv.fn = fn
        nv.cls = cls
        nv.const_value = None
        if self.pos is not None:
            nv.inlined_from = self.came_from(v.pos)
            nv.inlined_via = self.via  # type: ignore[attr-defined]
            nv.pos = self.pos
        self.var_map[id(v)] = nv
        return nv

    def fix_defs(self, vs: list[ir.Var]) -> None:
        """A copied variable's defining statement is the copy of the original's."""
        for v in vs:
            if v.defn is not None:
                v.defn = self.memo.get(id(v.defn), v.defn)


def literal_names(body: list[Any], prefix: str, range_prefix: str) -> dict[int, str]:
    """The names of a body's literals (not those nested in them), numbered in source
    order as gc's reader meets them: range-over-func bodies apart from the others."""
    lits = sorted((n for n in walk_all(body) if isinstance(n, ir.FuncLit)),
                  key=lambda n: (n.func.pos.line, n.func.pos.col))
    out: dict[int, str] = {}
    plain = ranges = 0
    for n in lits:
        if getattr(n.func, "is_range_body", False):
            ranges += 1
            out[id(n)] = f"{range_prefix}{ranges}"
        else:
            plain += 1
            out[id(n)] = f"{prefix}{plain}"
    return out


def live_template(fn: ir.Func) -> Template:
    """A template that is ``fn`` itself: no copy until something is about to change its body
    (then ``make_template`` takes the snapshot). Most functions are never changed. (Its
    ``returns`` are counted by each paste, which walks the body anyway.)"""
    params = ([fn.recv] if fn.recv is not None else []) + list(fn.params)
    seen = {id(v) for v in params + fn.results}
    return Template(fn, params, list(fn.results), [v for v in fn.dcl if id(v) not in seen],
                    fn.body or [], live=True)


def make_template(fn: ir.Func) -> Template:
    """A standalone copy of ``fn``'s body as it is now (call before anything rewrites it)."""
    c = Copier(owner=fn, prefix=f"{fn.name}.", range_prefix=f"{fn.name}-range",
               body_of_literals=fn.body or [])
    params = ([fn.recv] if fn.recv is not None else []) + list(fn.params)
    seen = {id(v) for v in params + fn.results}
    tparams = [c.new_var(v, None, v.cls) for v in params]
    tresults = [c.new_var(v, None, v.cls) for v in fn.results]
    tdcl = [c.new_var(v, None, v.cls) for v in fn.dcl if id(v) not in seen]
    body = c.copy(fn.body or [])
    c.fix_defs(tparams + tresults + tdcl)
    return Template(fn, tparams, tresults, tdcl, body, returns=c.returns,
                    empty_return=c.empty_return)


@dataclass
class Pasted:
    """A template copied into a caller: its variables (now the caller's) and body."""

    params: list[ir.Var]
    results: list[ir.Var]
    locals: list[ir.Var]
    body: list[Any]
    clones: list[ir.Func]
    returns: int = 0                # return statements of the body (its literals' apart)
    empty_return: bool = False


def paste(t: Template, caller: ir.Func, pos: Pos, name: str, link_suffix: str = "",
          origin: str = "", via: str = "") -> Pasted:
    """Copy ``t`` into ``caller`` for a call at ``pos``: all of it becomes the caller's locals,
    its literals the caller's literals (named after ``name``, the function inlined; their
    symbols end in ``link_suffix``, the inlined call's hash, those nested in them too).
    Each copied node remembers ``origin`` (the function as written: a copied literal's
    original) and ``via`` (the function called at ``pos``: the outermost inlined)."""
    suffix = ".func" if caller.outer is None else "."
    c = Copier(pos=pos, origin=origin or name, via=via or name, owner=caller,
               prefix=f"{name}{suffix}", range_prefix=f"{name}-range", body_of_literals=t.body,
               origins=t.origins)
    auto = ir.VarClass.AUTO
    params = [c.new_var(v, caller, auto) for v in t.params]
    results = [c.new_var(v, caller, auto) for v in t.results]
    locs = [c.new_var(v, caller, auto) for v in t.dcl]
    body = c.copy(t.body)
    c.fix_defs(params + results + locs)
    for f in c.clones:            # parents before the literals nested in them
        if f.outer is caller:
            f.link_name = f.name + link_suffix
        elif f.outer is not None:
            f.link_name = f.outer.sym + f.name[len(f.outer.name):]
    return Pasted(params, results, locs, body, c.clones, c.returns, c.empty_return)
