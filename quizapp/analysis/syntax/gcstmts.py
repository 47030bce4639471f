"""Statements as gc's parser reads them, with its errors.

A block's statements end at a semicolon (or newline) or before ``}``
("unexpected name i at end of statement"); an ``if``/``for``/``switch``
header is a simple statement, a condition, a post statement ("cannot use
assignment x = 5 as value", "expected for loop condition"); ``else`` is
followed by ``if`` or a block; ``go``/``defer`` need a call.
"""

from __future__ import annotations

from typing import Any

from ..errors import Pos
from .gcnodes import X, string
from .gcscan import Tok

Parser = Any
"""gc's parser (``gcparse.Parser``), whose productions these functions share."""


def block_stmt(p: Parser, context: str) -> None:
    if not p.got(Tok.LBRACE):
        p.syntax_error("expected { after " + context)
        p.advance(Tok.NAME, Tok.RBRACE)
        if p.got(Tok.RBRACE):
            return
    stmt_list(p)
    p.want(Tok.RBRACE)


def stmt_list(p: Parser) -> None:
    while p.tok not in (Tok.EOF, Tok.RBRACE, Tok.CASE, Tok.DEFAULT):
        s = stmt_or_nil(p)
        if s is None:
            break
        if not p.got(Tok.SEMI) and p.tok is not Tok.RBRACE:
            p.syntax_error("at end of statement")
            p.advance(Tok.SEMI, Tok.RBRACE, Tok.CASE, Tok.DEFAULT)
            p.got(Tok.SEMI)


def stmt_or_nil(p: Parser) -> X | None:
    t = p.tok
    if t is Tok.NAME:
        lhs = p.expr_list()
        if lhs.kind == "name" and p.tok is Tok.COLON:
            return labeled_stmt(p, lhs)
        return simple_stmt(p, lhs, None)
    if t in (Tok.VAR, Tok.CONST, Tok.TYPE):
        p.next()
        p.group({Tok.VAR: p.var_decl, Tok.CONST: p.const_decl, Tok.TYPE: p.type_decl}[t])
        return X("decl", p.pos())
    if t is Tok.LBRACE:
        block_stmt(p, "")
        return X("block", p.pos())
    if t in (Tok.OPERATOR, Tok.STAR):
        if p.t.op in ("+", "-", "*", "&", "^", "!"):
            return simple_stmt(p, None, None)
        return None
    if t in (Tok.LITERAL, Tok.FUNC, Tok.LPAREN, Tok.LBRACK, Tok.STRUCT, Tok.MAP, Tok.CHAN,
             Tok.INTERFACE, Tok.ARROW):
        return simple_stmt(p, None, None)
    if t is Tok.FOR:
        return for_stmt(p)
    if t is Tok.SWITCH:
        return switch_stmt(p)
    if t is Tok.SELECT:
        return select_stmt(p)
    if t is Tok.IF:
        return if_stmt(p)
    if t is Tok.FALLTHROUGH:
        p.next()
        return X("branch", p.pos())
    if t in (Tok.BREAK, Tok.CONTINUE):
        p.next()
        if p.tok is Tok.NAME:
            p.name()
        return X("branch", p.pos())
    if t in (Tok.GO, Tok.DEFER):
        p.call_stmt()
        return X("call", p.pos())
    if t is Tok.GOTO:
        p.next()
        p.name()
        return X("branch", p.pos())
    if t is Tok.RETURN:
        p.next()
        if p.tok not in (Tok.SEMI, Tok.RBRACE):
            p.expr_list()
        return X("return", p.pos())
    if t is Tok.SEMI:
        return X("empty", p.pos())
    return None


def labeled_stmt(p: Parser, label: X) -> X | None:
    pos = p.pos()
    p.want(Tok.COLON)
    if p.tok is Tok.RBRACE:
        return X("labeled", pos)
    s = stmt_or_nil(p)
    if s is not None:
        return X("labeled", pos, s)
    p.syntax_error_at(pos, "missing statement after label")
    return None


def simple_stmt(p: Parser, lhs: X | None, keyword: Tok | None) -> X:
    if keyword is Tok.FOR and p.tok is Tok.RANGE:
        return range_clause(p, None)
    if lhs is None:
        lhs = p.expr_list()
    if lhs.kind != "list" and p.tok not in (Tok.ASSIGN, Tok.DEFINE):
        pos = p.pos()
        t = p.tok
        if t is Tok.ASSIGNOP:
            op = p.t.op
            p.next()
            return X("assign", pos, lhs, p.expr(), op)
        if t is Tok.INCOP:
            op = p.t.op
            p.next()
            return X("assign", pos, lhs, None, op + op)
        if t is Tok.ARROW:
            p.next()
            return X("send", pos, lhs, p.expr())
        return X("expr", lhs.pos, lhs)
    if p.tok in (Tok.ASSIGN, Tok.DEFINE):
        pos = p.pos()
        op = ":=" if p.tok is Tok.DEFINE else ""
        p.next()
        if keyword is Tok.FOR and p.tok is Tok.RANGE:
            return range_clause(p, lhs)
        rhs = p.expr_list()
        if rhs.kind == "guard" and keyword is Tok.SWITCH and op and lhs.kind == "name":
            return X("expr", rhs.pos, rhs)
        return X("assign", pos, lhs, rhs, op)
    p.syntax_error("expected := or = or comma")
    p.advance(Tok.SEMI, Tok.RBRACE)
    first = lhs.a[0] if lhs.kind == "list" else lhs
    return X("expr", first.pos, first)


def range_clause(p: Parser, lhs: X | None) -> X:
    pos = p.pos()
    p.next()
    p.expr()
    return X("range", pos, lhs)


def for_stmt(p: Parser) -> X:
    pos = p.pos()
    header(p, Tok.FOR)
    block_stmt(p, "for clause")
    return X("for", pos)


def header(p: Parser, keyword: Tok) -> None:
    p.want(keyword)
    if p.tok is Tok.LBRACE:
        if keyword is Tok.IF:
            p.syntax_error("missing condition in if statement")
        return
    outer = p.xnest
    p.xnest = -1
    init: X | None = None
    if p.tok is not Tok.SEMI:
        if p.got(Tok.VAR):
            p.syntax_error(f"var declaration not allowed in {keyword.name.lower()} initializer")
        init = simple_stmt(p, None, keyword)
        if init.kind == "range":
            p.xnest = outer
            return
    cond_stmt: X | None = None
    semi_pos: Pos | None = None
    semi_lit = ""
    if p.tok is not Tok.LBRACE:
        if p.tok is Tok.SEMI:
            semi_pos, semi_lit = p.pos(), p.t.lit
            p.next()
        else:
            p.want(Tok.LBRACE)
            if p.tok is not Tok.LBRACE:
                p.advance(Tok.LBRACE, Tok.RBRACE)
        if keyword is Tok.FOR:
            if p.tok is not Tok.SEMI:
                if p.tok is Tok.LBRACE:
                    p.syntax_error("expected for loop condition")
                    p.xnest = outer
                    return
                cond_stmt = simple_stmt(p, None, None)
            p.want(Tok.SEMI)
            if p.tok is not Tok.LBRACE:
                post = simple_stmt(p, None, None)
                if post.kind == "assign" and post.text == ":=":
                    p.syntax_error_at(post.pos, "cannot declare in post statement of for loop")
        elif p.tok is not Tok.LBRACE:
            cond_stmt = simple_stmt(p, None, keyword)
    else:
        cond_stmt, init = init, None
    if cond_stmt is None:
        if keyword is Tok.IF and semi_pos is not None:
            if semi_lit != "semicolon":
                p.syntax_error_at(semi_pos, f"unexpected {semi_lit}, expected {{ after if clause")
            else:
                p.syntax_error_at(semi_pos, "missing condition in if statement")
    elif cond_stmt.kind != "expr":
        if cond_stmt.kind == "assign" and cond_stmt.text == "":
            what = f"assignment {_emphasize(cond_stmt.a)} = {_emphasize(cond_stmt.b)}"
        else:
            what = _stmt_string(cond_stmt)
        p.syntax_error_at(cond_stmt.pos, f"cannot use {what} as value")
    p.xnest = outer


def _emphasize(x: X) -> str:
    s = string(x)
    if x.kind == "op" and x.b is not None:
        return f"({s})"
    return s


def _stmt_string(s: X) -> str:
    if s.kind == "assign":
        if s.b is None:
            return string(s.a) + s.text
        return f"{string(s.a)} {s.text or '='} {string(s.b)}"
    if s.kind == "send":
        return f"{string(s.a)} <- {string(s.b)}"
    return string(s.a)


def if_stmt(p: Parser) -> X:
    pos = p.pos()
    header(p, Tok.IF)
    block_stmt(p, "if clause")
    if p.got(Tok.ELSE):
        if p.tok is Tok.IF:
            if_stmt(p)
        elif p.tok is Tok.LBRACE:
            block_stmt(p, "")
        else:
            p.syntax_error("else must be followed by if or statement block")
            p.advance(Tok.NAME, Tok.RBRACE)
    return X("if", pos)


def switch_stmt(p: Parser) -> X:
    pos = p.pos()
    header(p, Tok.SWITCH)
    if not p.got(Tok.LBRACE):
        p.syntax_error("missing { after switch clause")
        p.advance(Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
    while p.tok not in (Tok.EOF, Tok.RBRACE):
        case_clause(p, False)
    p.want(Tok.RBRACE)
    return X("switch", pos)


def select_stmt(p: Parser) -> X:
    pos = p.pos()
    p.want(Tok.SELECT)
    if not p.got(Tok.LBRACE):
        p.syntax_error("missing { after select clause")
        p.advance(Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
    while p.tok not in (Tok.EOF, Tok.RBRACE):
        case_clause(p, True)
    p.want(Tok.RBRACE)
    return X("select", pos)


def case_clause(p: Parser, comm: bool) -> None:
    if p.tok is Tok.CASE:
        p.next()
        if comm:
            simple_stmt(p, None, None)
        else:
            p.expr_list()
    elif p.tok is Tok.DEFAULT:
        p.next()
    else:
        p.syntax_error("expected case or default or }")
        p.advance(Tok.COLON, Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
    p.want(Tok.COLON)
    stmt_list(p)
