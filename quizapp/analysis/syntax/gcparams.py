"""Parameter lists as gc's parser reads them: names and types, ``...``, and the mixed cases.

In ``(a, b int)`` names share a type; in ``(int, string)`` there are only
types; mixing them is "missing parameter name" or "missing parameter
type"; ``...`` belongs on the final parameter only.
"""

from __future__ import annotations

from typing import Any

from .gcnodes import X, tokstring
from .gcscan import Tok

Parser = Any
"""gc's parser (``gcparse.Parser``), whose productions these functions share."""


def param_decl_or_nil(p: Parser, name: X | None, follow: Tok) -> tuple[X | None, X | None] | None:
    type_sets_ok = follow is Tok.RBRACK
    if name is None and type_sets_ok and p.is_op("~"):
        p.embedded_elem(False)
        return None, X("op", p.pos(), None, None, "~")
    pname: X | None = None
    ptype: X | None = None
    if p.tok is Tok.NAME or name is not None:
        if name is None:
            name = p.name()
        if p.tok is Tok.LBRACK:
            t = p.array_or_targs()
            if t.kind == "index":
                ptype = name
            else:
                pname, ptype = name, t
            if type_sets_ok and p.is_op("|"):
                p.embedded_elem(True)
            return pname, ptype
        if p.tok is Tok.DOT:
            ptype = p.qualified_name(name)
            if type_sets_ok and p.is_op("|"):
                p.embedded_elem(True)
            return None, ptype
        if type_sets_ok and p.is_op("|"):
            p.embedded_elem(True)
            return None, name
        pname = name
    if p.tok is Tok.DOTDOTDOT:
        pos = p.pos()
        p.next()
        elem = p.type_or_nil()
        if elem is None:
            p.syntax_error("... is missing type")
            return pname, X("bad", pos)
        return pname, X("dots", pos, elem)
    if type_sets_ok and p.is_op("~"):
        p.embedded_elem(False)
        return pname, X("op", p.pos(), None, None, "~")
    ptype = p.type_or_nil()
    if type_sets_ok and p.is_op("|") and ptype is not None:
        p.embedded_elem(True)
    if pname is not None or ptype is not None:
        return pname, ptype
    p.syntax_error("expected " + tokstring(follow))
    p.advance(Tok.COMMA, follow)
    return None


def param_list(p: Parser, name: X | None, typ: X | None, close: Tok, require_names: bool,
               dddok: bool) -> list[tuple[X | None, X | None]]:
    if name is not None and typ is not None and p.tok is close:
        p.next()
        return [(name, typ)]
    out: list[list[X | None]] = []
    counts = {"named": 0, "typed": 0}
    first = [name, typ]

    def one() -> bool:
        if first[1] is not None:
            par: tuple[X | None, X | None] | None = (first[0], first[1])
        else:
            par = param_decl_or_nil(p, first[0], close)
        first[0] = first[1] = None
        if par is not None:
            if par[0] is not None and par[1] is not None:
                counts["named"] += 1
            if par[1] is not None:
                counts["typed"] += 1
            out.append([par[0], par[1]])
        return False
    end = p.list("parameter list", Tok.COMMA, close, one)
    if not out:
        return []
    named, typed = counts["named"], counts["typed"]
    if named == 0 and not require_names:
        for par in out:
            if par[0] is not None:
                par[1], par[0] = par[0], None
    elif named != len(out):
        err_pos = None
        cur: X | None = None
        for par in reversed(out):
            if par[1] is not None:
                cur = par[1]
                if par[0] is None:
                    err_pos = _start(cur)
                    par[0] = X("name", err_pos, text="_")
            elif cur is not None:
                par[1] = cur
            else:
                assert par[0] is not None
                err_pos = par[0].pos
                par[1] = X("bad", err_pos)
        if err_pos is not None:
            if named == typed:
                err_pos = end
                msg = "missing type constraint" if require_names else "missing parameter type"
            else:
                msg = "missing type parameter name" if require_names else "missing parameter name"
                if require_names and len(out) == 1:
                    msg += " or invalid array length"
            p.syntax_error_at(err_pos, msg)
    reported = False
    for i, par in enumerate(out):
        t = par[1]
        if t is not None and t.kind == "dots" and (not dddok or i + 1 < len(out)):
            if not reported:
                reported = True
                p.error_at(t.pos, "can only use ... with final parameter" if dddok else "invalid use of ...")
    return [(a, b) for a, b in out]


def _start(x: X) -> object:
    while x.kind in ("sel", "index", "call", "assert") or (x.kind == "op" and x.b is not None):
        x = x.a
    return x.pos
