"""Whole functions: compiling a body, package initialisation, and the passes over a body.

Package-level variables are initialised in Go's order (repeatedly the
first variable in declaration order whose initialiser depends on no
uninitialised variable, following references through function bodies),
then each ``init`` function runs in declaration order.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .cstmt import StmtCompiler
from .errors import CannotRun
from .frames import BREAK, CONTINUE, RETURN, Code, Frame
from .panics import rpanic
from .values import is_aggregate, zero


class FuncCompiler(StmtCompiler):
    """The compiler of one function."""

    def owns(self, v: ir.Var) -> bool:
        return v.fn is self.fn or v.fn is None or v.fn is getattr(self.fn, "origin", None)


def children(n: Any) -> list[Any]:
    """The IR nodes directly below ``n`` (expressions, statements, clauses)."""
    out: list[Any] = []
    if not dataclasses.is_dataclass(n):
        return out
    for f in dataclasses.fields(n):
        if f.name in ("type", "var", "glob", "func", "recv_type", "type_arg", "pos", "var_type"):
            continue
        v = getattr(n, f.name)
        _collect(v, out)
    return out


def _collect(v: Any, out: list[Any]) -> None:
    if isinstance(v, (ir.Expr, ir.Stmt, ir.CaseClause, ir.SelectCase)):
        out.append(v)
    elif isinstance(v, (list, tuple)):
        for x in v:
            _collect(x, out)


def has_defer(body: list[Any] | None) -> bool:
    stack = list(body or [])
    while stack:
        n = stack.pop()
        if isinstance(n, ir.GoDefer) and not n.is_go:
            return True
        if isinstance(n, ir.FuncLit):
            f = n.func
            if getattr(f, "is_range_body", False):
                stack.extend(f.body or [])
            continue
        stack.extend(children(n))
    return False


def compile_body(m: Any, code: Code) -> None:
    fn = code.fn
    if fn.body is None:
        raise CannotRun(fn.pos, f"function {fn.name} has no body")
    fn.has_defer = has_defer(fn.body)  # type: ignore[attr-defined]
    c = FuncCompiler(m, fn, code)
    params = ([fn.recv] if fn.recv is not None else []) + list(fn.params)
    code.params = [(c.slot(v), is_aggregate(v.type)) for v in params]
    code.results = [(c.slot(r), _zero_of(r.type), is_aggregate(r.type)) for r in fn.results]
    body = c.stmts(fn.body)
    if getattr(fn, "is_range_body", False):
        body = _range_body(c, fn, body)
    code.body = body


def _zero_of(t: T.Type) -> Callable[[], Any]:
    return lambda: zero(t)


def _range_body(c: FuncCompiler, fn: ir.Func, body: Callable[[Frame], Any]) -> Callable[[Frame], Any]:
    """A range-over-func loop body: ``break`` returns false, ``continue`` true; a call after
    the loop said stop panics as Go's rewritten loops do."""
    res = c.slot(fn.results[0])
    state = next((v for v in fn.closure_vars if v.name.startswith("#state")), None)
    cell = c.cell_of(state) if state is not None else None

    def run(fr: Frame) -> Any:
        if cell is not None:
            st = cell(fr)[0]
            if st == 2:
                raise rpanic("range function continued iteration after function for loop "
                             "body returned false")
            if st == 3:
                raise rpanic("range function continued iteration after whole loop exit")
        r = body(fr)
        if r is None or r is RETURN:
            return None
        if r is CONTINUE:
            fr.v[res][0] = True
            if cell is not None:
                cell(fr)[0] = 0
            return None
        fr.v[res][0] = False
        if cell is not None:
            cell(fr)[0] = 2
        if r is not BREAK:
            # a labelled break or continue leaves the loop: the rewritten loop
            # performs it once the iterator has returned (cstmt.s_Block)
            fr.g.range_exit = r
        return None
    return run




# ---------------------------------------------------------------- append order

def first_appends(fn: ir.Func) -> dict[int, Any]:
    """id(key) -> the first ``append`` of that slice in the body (the one gc gives the stack store)."""
    out: dict[int, Any] = {}
    stack = list(reversed(fn.body or []))
    while stack:
        n = stack.pop()
        if isinstance(n, ir.FuncLit):
            continue
        if isinstance(n, ir.Builtin) and n.name == "append" and not n.ddd:
            key = n.args[0].var if isinstance(n.args[0], ir.Name) else n
            out.setdefault(id(key), n)
        stack.extend(reversed(children(n)))
    return out


# ---------------------------------------------------------------- package initialisation

class _Refs:
    """Which package variables an expression or function depends on (through function bodies)."""

    def __init__(self) -> None:
        self.memo: dict[int, set[int]] = {}

    def of_func(self, f: ir.Func) -> set[int]:
        got = self.memo.get(id(f))
        if got is not None:
            return got
        out: set[int] = set()
        self.memo[id(f)] = out
        for st in f.body or []:
            out |= self.of_node(st)
        return out

    def of_node(self, n: Any) -> set[int]:
        out: set[int] = set()
        stack = [n]
        while stack:
            x = stack.pop()
            if isinstance(x, ir.GlobalName):
                out.add(id(x.glob))
            elif isinstance(x, (ir.FuncName, ir.MethodExpr)):
                if not x.func.external:
                    out |= self.of_func(x.func)
            elif isinstance(x, ir.MethodValue) and x.func is not None and not x.func.external:
                out |= self.of_func(x.func)
            elif isinstance(x, ir.FuncLit):
                out |= self.of_func(x.func)
            stack.extend(children(x))
        return out


def init_order(body: list[Any]) -> list[Any]:
    """The package initialiser's statements in Go's initialisation order."""
    refs = _Refs()
    items = []
    targets: set[int] = set()
    for st in body:
        g = st.x.glob if isinstance(st, ir.Assign) and isinstance(st.x, ir.GlobalName) else None
        if g is not None:
            targets.add(id(g))
        items.append((st, g, refs.of_node(st.y if isinstance(st, ir.Assign) else st)))
    done: set[int] = set()
    out: list[Any] = []
    pending = list(items)
    while pending:
        for i, (st, g, deps) in enumerate(pending):
            if all(d in done or d not in targets or (g is not None and d == id(g)) for d in deps):
                out.append(st)
                if g is not None:
                    done.add(id(g))
                del pending[i]
                break
        else:
            out.extend(st for st, _, _ in pending)
            break
    return out


def package_init(m: Any, g: Any) -> None:
    prog = m.prog
    if m.tracer is not None:        # static data exists before any code runs (a trace shows it all)
        for obj in prog.objects:
            if isinstance(obj, ir.Global) and obj.name != "_":
                m.global_cell(obj)
    if prog.init is not None and prog.init.body:
        init = prog.init
        if init.unsupported:
            u = init.unsupported[0]
            raise CannotRun(u.pos, f"{u.what} (unsupported by the analyzer)")
        body = [getattr(st, "run_as", st) for st in init.body]
        ordered = dataclasses.replace(init, body=init_order([st for st in body if st is not None]))
        ordered.origin = init  # type: ignore[attr-defined]
        m.code_of(ordered).invoke(g, [], None)
        m._init_copy = ordered
    for f in prog.funcs:
        if f.recv is None and f is not prog.init and _is_init(f.name):
            m.callable_of(f).invoke(g, [], None)


def _is_init(name: str) -> bool:
    """A package's ``init`` function, as the noder names them (``init.0``, ``init.1``...)."""
    head, _, n = name.partition(".")
    return head == "init" and (n == "" or n.isdigit())


def static_value(m: Any, e: ir.Expr) -> Any:
    """The value of an initialiser gc lays out statically (no code runs for it in Go)."""
    holder = ir.Func("init", e.pos, T.Signature([], []), body=[])
    code = Code(holder, m)
    f = FuncCompiler(m, holder, code).expr(e)
    fr = Frame(code, m.sched.current, None)
    return f(fr)
