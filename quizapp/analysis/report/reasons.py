"""Which principles explain a verdict: from the path that decided it.

The solver's explanation path (``-m=2``'s flow lines) says how an address
reached something that outlives it: through a return, a global, a box, a
closure, a channel, a container, an unknown call. Each of those maps to a
principle of the taxonomy (``principles.py``); the first one is the main
reason, the others add detail. A stack verdict is explained by what kept
the value local.
"""

from __future__ import annotations

from typing import Any

from ..escape.graph import Attr, Location
from ..ir import nodes as ir
from ..principles import PrincipleId as P

PRIORITY = [P.TOO_LARGE, P.GOROUTINE, P.CHANNEL_SEND, P.CLOSURE_CAPTURE, P.INTERFACE_CONVERSION,
            P.INTERFACE_CALL, P.POINTER_IN_CONTAINER, P.GLOBAL_STORE, P.VALUE_VS_POINTER,
            P.SHARING_UP, P.PARAM_LEAK, P.UNKNOWN_SIZE, P.SHARING_DOWN, P.COMPILER_DECIDES]
CONTAINER_WHYS = {"key of map put", "map literal key", "map literal value", "appendee slice",
                  "appended slice...", "copied slice"}
STRING_OPS = (ir.ConvOp.STR2BYTES, ir.ConvOp.STR2RUNES, ir.ConvOp.BYTES2STR, ir.ConvOp.RUNES2STR,
              ir.ConvOp.RUNESTR)


def reasons_for(loc: Location) -> list[str]:
    found: set[P] = set()
    n = loc.node
    if _is_string_op(n):
        found.add(P.VALUE_VS_POINTER)
    if loc.has(Attr.ESCAPES):
        _escape_reasons(loc, n, found)
        if not found:
            found.add(P.COMPILER_DECIDES)
    else:
        _stack_reasons(loc, n, found)
    return [p.value for p in PRIORITY if p in found]


def _is_string_op(n: Any) -> bool:
    return isinstance(n, ir.AddStr) or isinstance(n, ir.Conv) and n.op in STRING_OPS


def _escape_reasons(loc: Location, n: Any, found: set[P]) -> None:
    steps = loc.flow_steps
    for st in steps:
        for (_, why, _), where in zip(st.notes, st.where_nodes):
            if why in ("too large for stack", "too aligned for stack"):
                found.add(P.TOO_LARGE)
            elif why == "zero-sized element":
                found.add(P.COMPILER_DECIDES)
            elif why == "interface-converted":
                found.add(P.INTERFACE_CONVERSION)
            elif why == "captured by a closure":
                lit = getattr(st.dst_loc, "node", None)
                if not (isinstance(lit, ir.FuncLit) and lit.func.is_wrapper):
                    found.add(P.CLOSURE_CAPTURE)
            elif why == "send":
                found.add(P.CHANNEL_SEND)
            elif why in CONTAINER_WHYS:
                found.add(P.POINTER_IN_CONTAINER)
            elif why == "call parameter":
                _call_reason(where, found)
            elif why in ("assign", "assign-pair") and isinstance(where, ir.Assign):
                _store_reason(where.x, found)
        for end in (st.dst_loc, st.src_loc):
            node = getattr(end, "node", None)
            if isinstance(node, ir.FuncLit):
                # an escaping go/defer wrapper: a go statement, or a defer in a loop
                found.add(P.GOROUTINE if node.func.is_wrapper else P.CLOSURE_CAPTURE)
                if getattr(node.func, "in_go_stmt", False):
                    found.add(P.GOROUTINE)
            elif isinstance(node, ir.MethodValue):
                found.add(P.CLOSURE_CAPTURE)
    if isinstance(n, ir.Conv) and n.op is ir.ConvOp.IFACE:
        found.add(P.INTERFACE_CONVERSION)
    if isinstance(n, ir.FuncLit) and not n.func.is_wrapper:
        found.add(P.CLOSURE_CAPTURE)
        if getattr(n.func, "in_go_stmt", False):
            found.add(P.GOROUTINE)
    if steps:
        root = steps[-1].dst_loc
        if root is not None and root.result_index:
            found.add(P.SHARING_UP)
        elif root is not None and isinstance(root.node, ir.Var) and not root.is_heap:
            # an address kept in a variable of an outer loop: each iteration needs a fresh one
            found.add(P.SHARING_UP if isinstance(n, ir.Var) else P.COMPILER_DECIDES)
    elif isinstance(n, ir.Builtin) and n.name == "make" and not loc.flow_steps:
        found.add(P.TOO_LARGE)


def _call_reason(where: Any, found: set[P]) -> None:
    if isinstance(where, ir.Builtin):
        if where.name == "append":
            found.add(P.POINTER_IN_CONTAINER)
        elif where.name == "panic":
            found.add(P.INTERFACE_CONVERSION)
        return
    if not isinstance(where, ir.Call):
        return
    if where.iface or not isinstance(where.fun, (ir.FuncName, ir.MethodExpr, ir.FuncLit)):
        found.add(P.INTERFACE_CALL)
    else:
        found.add(P.PARAM_LEAK)


def _store_reason(dst: Any, found: set[P]) -> None:
    if isinstance(dst, ir.GlobalName):
        found.add(P.GLOBAL_STORE)
    elif isinstance(dst, ir.Index) and dst.kind is ir.IndexKind.MAP:
        found.add(P.POINTER_IN_CONTAINER)
    elif isinstance(dst, ir.Index) and dst.kind is ir.IndexKind.SLICE:
        found.add(P.POINTER_IN_CONTAINER)
    elif isinstance(dst, (ir.Deref, ir.Dot)):
        root: ir.Expr = dst
        while isinstance(root, ir.Dot) and not root.ptr:
            root = root.x
        if isinstance(root, ir.GlobalName):
            found.add(P.GLOBAL_STORE)
        else:
            found.add(P.COMPILER_DECIDES)


def _stack_reasons(loc: Location, n: Any, found: set[P]) -> None:
    if isinstance(n, ir.Var):
        found.add(P.SHARING_DOWN if loc.addrtaken else P.VALUE_VS_POINTER)
        if n.captured_syntax:
            found.add(P.CLOSURE_CAPTURE)
        return
    if isinstance(n, ir.Conv) and n.op is ir.ConvOp.IFACE:
        found.add(P.INTERFACE_CONVERSION)
    elif isinstance(n, ir.FuncLit):
        found.add(P.CLOSURE_CAPTURE)
    elif isinstance(n, ir.MethodValue):
        found.add(P.CLOSURE_CAPTURE)
    elif loc.is_append:
        found.add(P.UNKNOWN_SIZE)
    elif isinstance(n, ir.Builtin) and n.name == "make" and n.type.is_slice() and n.args and \
            not isinstance(n.args[-1], ir.Const):
        found.add(P.UNKNOWN_SIZE)
    elif not _is_string_op(n):
        found.add(P.SHARING_DOWN)
