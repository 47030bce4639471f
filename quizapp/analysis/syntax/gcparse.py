"""gc's parser, followed step by step for its syntax errors only.

tree-sitter accepts some programs gc refuses (a brace on the next line, a
missing comma before a newline in a literal) and words its errors its own
way. This is gc's recursive-descent parser (``syntax/parser.go``) reduced to
what decides its errors: the same productions, the same recovery
(``advance`` to a follow set) and the same messages ("syntax error:
unexpected newline in composite literal; possibly missing comma or }").
Expressions are kept only as far as the messages need them.
"""

from __future__ import annotations

from typing import Callable

from ..errors import CompileError, Pos
from .gcnodes import X, extract_name, is_value, tokstring, unparen
from .gcparams import param_list
from .gcscan import Tok, Token, scan
from .gcstmts import block_stmt
from .gctypes import TypeParser

STOPSET = {Tok.BREAK, Tok.CONST, Tok.CONTINUE, Tok.DEFER, Tok.FALLTHROUGH, Tok.FOR, Tok.GO,
           Tok.GOTO, Tok.IF, Tok.RETURN, Tok.SELECT, Tok.SWITCH, Tok.TYPE, Tok.VAR}


class Parser(TypeParser):
    """gc's parser over gc's tokens; ``errors`` in the order gc reports them."""

    def __init__(self, src: bytes) -> None:
        self.toks = scan(src)
        self.i = -1
        self.errors: list[CompileError] = []
        self.clean_bodies: set[Pos] = set()
        """Where each function body gc parsed without an error opens (its ``{``)."""
        self.fnest = 0
        self.xnest = 0
        self.t: Token = self.toks[0]
        self.next()

    # ------------------------------------------------------------ tokens and errors
    @property
    def tok(self) -> Tok:
        return self.t.tok

    def next(self) -> None:
        if self.i < len(self.toks) - 1:
            self.i += 1
        self.t = self.toks[self.i]
        for line, col, msg in self.t.errors:
            self.errors.append(CompileError(Pos(line, col), msg))
        self.t.errors = []

    def pos(self) -> Pos:
        return Pos(self.t.line, self.t.col)

    def got(self, t: Tok) -> bool:
        if self.tok is t:
            self.next()
            return True
        return False

    def want(self, t: Tok) -> None:
        if not self.got(t):
            self.syntax_error("expected " + tokstring(t))
            self.advance()

    def error_at(self, pos: Pos, msg: str) -> None:
        self.errors.append(CompileError(pos, msg))

    def syntax_error(self, msg: str) -> None:
        self.syntax_error_at(self.pos(), msg)

    def syntax_error_at(self, pos: Pos, msg: str) -> None:
        if self.tok is Tok.EOF and self.errors:
            return
        if msg.startswith(("in ", "at ", "after ")):
            msg = " " + msg
        elif msg.startswith("expected "):
            msg = ", " + msg
        elif msg:
            self.error_at(pos, "syntax error: " + msg)
            return
        t = self.t
        if t.tok is Tok.NAME:
            s = "name " + t.lit
        elif t.tok is Tok.SEMI:
            s = t.lit
        elif t.tok is Tok.LITERAL:
            s = "literal " + t.lit
        elif t.tok in (Tok.OPERATOR, Tok.STAR):
            s = t.op
        elif t.tok is Tok.ASSIGNOP:
            s = t.op + "="
        elif t.tok is Tok.INCOP:
            s = t.op + t.op
        else:
            s = tokstring(t.tok)
        self.error_at(pos, "syntax error: unexpected " + s + msg)

    def advance(self, *follow: Tok) -> None:
        fs = {Tok.EOF}
        if follow:
            if self.fnest > 0:
                fs |= STOPSET
            fs.update(follow)
        while self.tok not in fs:
            self.next()
            if not follow:
                break

    def is_op(self, *ops: str) -> bool:
        return self.tok in (Tok.OPERATOR, Tok.STAR) and self.t.op in ops

    # ------------------------------------------------------------ file
    def file(self) -> None:
        if not self.got(Tok.PACKAGE):
            self.syntax_error("package statement must be first")
            return
        self.name()
        self.want(Tok.SEMI)
        if self.errors:
            return
        prev = Tok.IMPORT
        last_func_bodiless = False
        while self.tok is not Tok.EOF:
            if self.tok is Tok.IMPORT and prev is not Tok.IMPORT:
                self.syntax_error("imports must appear before other declarations")
            prev = self.tok
            t = self.tok
            if t in (Tok.IMPORT, Tok.CONST, Tok.TYPE, Tok.VAR):
                self.next()
                self.group({Tok.IMPORT: self.import_decl, Tok.CONST: self.const_decl,
                            Tok.TYPE: self.type_decl, Tok.VAR: self.var_decl}[t])
                last_func_bodiless = False
            elif t is Tok.FUNC:
                self.next()
                last_func_bodiless = not self.func_decl()
            else:
                if self.tok is Tok.LBRACE and last_func_bodiless:
                    self.syntax_error("unexpected semicolon or newline before {")
                else:
                    self.syntax_error("non-declaration statement outside function body")
                self.advance(Tok.IMPORT, Tok.CONST, Tok.TYPE, Tok.VAR, Tok.FUNC)
                continue
            if self.tok is not Tok.EOF and not self.got(Tok.SEMI):
                self.syntax_error("after top level declaration")
                self.advance(Tok.IMPORT, Tok.CONST, Tok.TYPE, Tok.VAR, Tok.FUNC)

    def list(self, context: str, sep: Tok, close: Tok, f: Callable[[], bool]) -> Pos:
        done = False
        while self.tok not in (Tok.EOF, close) and not done:
            done = f()
            if not self.got(sep) and self.tok is not close:
                self.syntax_error(f"in {context}; possibly missing {tokstring(sep)} or {tokstring(close)}")
                self.advance(Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
                if self.tok is not close:
                    return self.pos()
        pos = self.pos()
        self.want(close)
        return pos

    def group(self, f: Callable[[], None]) -> None:
        if self.tok is Tok.LPAREN:
            self.next()
            self.list("grouped declaration", Tok.SEMI, Tok.RPAREN, lambda: (f(), False)[1])
        else:
            f()

    def import_decl(self) -> None:
        if self.tok is Tok.NAME:
            self.name()
        elif self.tok is Tok.DOT:
            self.next()
        lit = self.oliteral()
        if lit is None:
            self.syntax_error("missing import path")
            self.advance(Tok.SEMI, Tok.RPAREN)
            return
        if not lit.text.startswith(("\"", "`")):
            self.syntax_error_at(lit.pos, "import path must be a string")

    def const_decl(self) -> None:
        self.name_list(self.name())
        if self.tok not in (Tok.EOF, Tok.SEMI, Tok.RPAREN):
            self.type_or_nil()
            if self.got_assign():
                self.expr_list()

    def type_decl(self) -> None:
        self.name()
        if self.tok is Tok.LBRACK:
            pos = self.pos()
            self.next()
            if self.tok is Tok.NAME:
                x = self.name()
                if self.tok is not Tok.LBRACK:
                    self.xnest += 1
                    x = self.binary_expr(self.pexpr(x, False), 0)
                    self.xnest -= 1
                pname, ptype = extract_name(x, self.tok is Tok.COMMA)
                if pname is not None and (ptype is not None or self.tok is not Tok.RBRACK):
                    self.param_list(pname, ptype, Tok.RBRACK, True, False)
                    self.got_assign()
                    typ = self.type_or_nil()
                else:
                    typ = self.array_type(pos, x)
            elif self.tok is Tok.RBRACK:
                self.next()
                typ = self.type_()
            else:
                typ = self.array_type(pos, None)
        else:
            self.got_assign()
            typ = self.type_or_nil()
        if typ is None:
            self.syntax_error("in type declaration")
            self.advance(Tok.SEMI, Tok.RPAREN)

    def var_decl(self) -> None:
        self.name_list(self.name())
        if self.got_assign():
            self.expr_list()
        else:
            self.type_()
            if self.got_assign():
                self.expr_list()

    def got_assign(self) -> bool:
        if self.tok is Tok.DEFINE:
            self.syntax_error("expected =")
            self.next()
            return True
        return self.got(Tok.ASSIGN)

    def func_decl(self) -> bool:
        """A function declaration; whether it has a body."""
        has_recv = False
        if self.got(Tok.LPAREN):
            has_recv = True
            rcvr = self.param_list(None, None, Tok.RPAREN, False, False)
            if not rcvr:
                self.error_at(self.pos(), "method has no receiver")
            elif len(rcvr) > 1:
                self.error_at(self.pos(), "method has multiple receivers")
        if self.tok is Tok.NAME:
            self.name()
            self.func_type("")
        else:
            self.syntax_error("expected name" if has_recv else "expected name or (")
            self.advance(Tok.LBRACE, Tok.SEMI)
        if self.tok is Tok.LBRACE:
            self.func_body()
            return True
        return False

    def func_body(self) -> None:
        start, before = self.pos(), len(self.errors)
        self.fnest += 1
        self.block_stmt("")
        self.fnest -= 1
        if len(self.errors) == before:
            self.clean_bodies.add(start)   # gc checks the branches of a body without errors

    # ------------------------------------------------------------ expressions
    def expr(self) -> X:
        return self.binary_expr(None, 0)

    def binary_expr(self, x: X | None, prec: int) -> X:
        if x is None:
            x = self.unary_expr()
        while self.tok in (Tok.OPERATOR, Tok.STAR) and self.t.prec > prec:
            pos, op, tprec = self.pos(), self.t.op, self.t.prec
            self.next()
            y = self.binary_expr(None, tprec)
            x = X("op", pos, x, y, op)
        return x

    def unary_expr(self) -> X:
        if self.tok in (Tok.OPERATOR, Tok.STAR):
            op = self.t.op
            if op in ("*", "+", "-", "!", "^", "~", "&"):
                pos = self.pos()
                self.next()
                inner = self.unary_expr()
                if op == "&":
                    inner = unparen(inner)
                return X("op", pos, inner, None, op)
        if self.tok is Tok.ARROW:
            pos = self.pos()
            self.next()
            x = self.unary_expr()
            if x.kind == "chan":
                return x
            return X("op", pos, x, None, "<-")
        return self.pexpr(None, True)

    def call_stmt(self) -> None:
        word = self.t.lit
        self.next()
        x = self.pexpr(None, self.tok is Tok.LPAREN)
        t = unparen(x)
        if t is not x:
            self.error_at(x.pos, f"expression in {word} must not be parenthesized")

    def operand(self, keep_parens: bool) -> X:
        t = self.tok
        if t is Tok.NAME:
            return self.name()
        if t is Tok.LITERAL:
            return self.oliteral()  # type: ignore[return-value]
        if t is Tok.LPAREN:
            pos = self.pos()
            self.next()
            self.xnest += 1
            x = self.expr()
            self.xnest -= 1
            self.want(Tok.RPAREN)
            if self.tok is Tok.LBRACE:
                keep_parens = True
            return X("paren", pos, x) if keep_parens else x
        if t is Tok.FUNC:
            pos = self.pos()
            self.next()
            self.func_type("function type")
            if self.tok is Tok.LBRACE:
                self.xnest += 1
                self.func_body()
                self.xnest -= 1
                return X("funclit", pos)
            return X("functype", pos)
        if t in (Tok.LBRACK, Tok.CHAN, Tok.MAP, Tok.STRUCT, Tok.INTERFACE):
            return self.type_()
        x = X("bad", self.pos())
        self.syntax_error("expected expression")
        self.advance(Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
        return x

    def pexpr(self, x: X | None, keep_parens: bool) -> X:
        if x is None:
            x = self.operand(keep_parens)
        while True:
            pos = self.pos()
            t = self.tok
            if t is Tok.DOT:
                self.next()
                if self.tok is Tok.NAME:
                    x = X("sel", pos, x, self.name())
                elif self.tok is Tok.LPAREN:
                    self.next()
                    if self.got(Tok.TYPE):
                        x = X("guard", pos, x)
                    else:
                        x = X("assert", pos, x, self.type_())
                    self.want(Tok.RPAREN)
                else:
                    self.syntax_error("expected name or (")
                    self.advance(Tok.SEMI, Tok.RPAREN)
            elif t is Tok.LBRACK:
                self.next()
                i: X | None = None
                if self.tok is not Tok.COLON:
                    comma = False
                    if self.tok is Tok.RBRACK:
                        self.syntax_error("expected operand")
                        i = X("bad", self.pos())
                    else:
                        i, comma = self.type_list(False)
                    if comma or self.tok is Tok.RBRACK:
                        self.want(Tok.RBRACK)
                        x = X("index", pos, x, i)
                        continue
                if not self.got(Tok.COLON):
                    self.syntax_error("expected comma, : or ]")
                    self.advance(Tok.COMMA, Tok.COLON, Tok.RBRACK)
                self.xnest += 1
                mid = None
                if self.tok not in (Tok.COLON, Tok.RBRACK):
                    mid = self.expr()
                if self.tok is Tok.COLON:
                    if mid is None:
                        self.error_at(self.pos(), "middle index required in 3-index slice")
                    self.next()
                    if self.tok is not Tok.RBRACK:
                        self.expr()
                    else:
                        self.error_at(self.pos(), "final index required in 3-index slice")
                self.xnest -= 1
                self.want(Tok.RBRACK)
                x = X("slice", pos, x)
            elif t is Tok.LPAREN:
                self.next()
                args, dots = self.arg_list()
                x = X("call", pos, x, args, "..." if dots else "")
            elif t is Tok.LBRACE:
                u = unparen(x)
                ok = False
                if u.kind in ("name", "sel"):
                    ok = self.xnest >= 0
                elif u.kind == "index":
                    ok = self.xnest >= 0 and not is_value(u)
                elif u.kind in ("array", "slicetype", "struct", "map"):
                    ok = True
                if not ok:
                    break
                if u is not x:
                    self.syntax_error("cannot parenthesize type in composite literal")
                x = self.complit_expr(x)
            else:
                break
        return x

    def complit_expr(self, typ: X | None = None) -> X:
        pos = self.pos()
        self.xnest += 1
        self.want(Tok.LBRACE)

        def elem() -> bool:
            self.bare_complit_expr()
            if self.tok is Tok.COLON:
                self.next()
                self.bare_complit_expr()
            return False
        self.list("composite literal", Tok.COMMA, Tok.RBRACE, elem)
        self.xnest -= 1
        return X("complit", pos, typ)

    def bare_complit_expr(self) -> X:
        if self.tok is Tok.LBRACE:
            return self.complit_expr()
        return self.expr()

    def arg_list(self) -> tuple[list[X], bool]:
        """A call's arguments, and whether the last has ``...``."""
        self.xnest += 1
        args: list[X] = []
        dots = False

        def arg() -> bool:
            nonlocal dots
            args.append(self.expr())
            dots = self.got(Tok.DOTDOTDOT)
            return dots
        self.list("argument list", Tok.COMMA, Tok.RPAREN, arg)
        self.xnest -= 1
        return args, dots

    def name(self) -> X:
        if self.tok is Tok.NAME:
            x = X("name", self.pos(), text=self.t.lit)
            self.next()
            return x
        x = X("name", self.pos(), text="_")
        self.syntax_error("expected name")
        self.advance()
        return x

    def name_list(self, first: X) -> list[X]:
        out = [first]
        while self.got(Tok.COMMA):
            out.append(self.name())
        return out

    def qualified_name(self, name: X | None) -> X:
        if name is not None:
            x = name
        elif self.tok is Tok.NAME:
            x = self.name()
        else:
            x = X("name", self.pos(), text="_")
            self.syntax_error("expected name")
            self.advance(Tok.DOT, Tok.SEMI, Tok.RBRACE)
        if self.tok is Tok.DOT:
            pos = self.pos()
            self.next()
            x = X("sel", pos, x, self.name())
        if self.tok is Tok.LBRACK:
            x = self.type_instance(x)
        return x

    def expr_list(self) -> X:
        x = self.expr()
        if self.got(Tok.COMMA):
            items = [x, self.expr()]
            while self.got(Tok.COMMA):
                items.append(self.expr())
            return X("list", x.pos, items)
        return x

    def type_list(self, strict: bool) -> tuple[X, bool]:
        self.xnest += 1
        x = self.type_() if strict else self.expr()
        comma = False
        if self.got(Tok.COMMA):
            comma = True
            t = self.type_or_nil()
            if t is not None:
                while self.got(Tok.COMMA):
                    if self.type_or_nil() is None:
                        break
        self.xnest -= 1
        return x, comma

    def oliteral(self) -> X | None:
        if self.tok is Tok.LITERAL:
            x = X("lit", self.pos(), text=self.t.lit)
            self.next()
            return x
        return None

    def param_list(self, name: X | None, typ: X | None, close: Tok, require_names: bool,
                   dddok: bool) -> list[tuple[X | None, X | None]]:
        return param_list(self, name, typ, close, require_names, dddok)

    # ------------------------------------------------------------ statements
    def block_stmt(self, context: str) -> None:
        block_stmt(self, context)


def syntax_errors(src: bytes) -> tuple[list[CompileError], set[Pos]]:
    """The errors gc's parser reports for a file, in its order (syntax and lexical), and
    where the function bodies it parsed without an error open."""
    p = Parser(src)
    p.file()
    return p.errors, p.clean_bodies
