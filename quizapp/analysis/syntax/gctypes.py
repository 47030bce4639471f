"""Types as gc's parser reads them: the type productions, with their errors.

``[]T``, ``[N]T``, ``map[K]V``, ``chan T``, ``func(...)``, ``struct{...}``,
``interface{...}``, names and instantiations; struct fields ("unexpected
comma in struct type; possibly missing semicolon or newline or }") and
interface elements. The rest of the parser is ``gcparse.Parser``, which
builds on this class.
"""

from __future__ import annotations

from typing import Any

from ..errors import Pos
from .gcnodes import X
from .gcscan import Tok


class TypeParser:
    """The type productions of gc's parser (the token stream and errors are the subclass's)."""

    # next, got, want, pos, name, expr, list... are the subclass's (gcparse.Parser)
    tok: Tok
    t: Any

    def type_(self) -> X:
        t = self.type_or_nil()
        if t is None:
            t = X("bad", self.pos())
            self.syntax_error("expected type")
            self.advance(Tok.COMMA, Tok.COLON, Tok.SEMI, Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
        return t

    def type_or_nil(self) -> X | None:
        pos = self.pos()
        t = self.tok
        if t is Tok.STAR:
            self.next()
            return X("op", pos, self.type_(), None, "*")
        if t is Tok.ARROW:
            self.next()
            self.want(Tok.CHAN)
            self.chan_elem()
            return X("chan", pos)
        if t is Tok.FUNC:
            self.next()
            self.func_type("function type")
            return X("functype", pos)
        if t is Tok.LBRACK:
            self.next()
            if self.got(Tok.RBRACK):
                self.type_()
                return X("slicetype", pos)
            return self.array_type(pos, None)
        if t is Tok.CHAN:
            self.next()
            self.got(Tok.ARROW)
            self.chan_elem()
            return X("chan", pos)
        if t is Tok.MAP:
            self.next()
            self.want(Tok.LBRACK)
            self.type_()
            self.want(Tok.RBRACK)
            self.type_()
            return X("map", pos)
        if t is Tok.STRUCT:
            return self.struct_type()
        if t is Tok.INTERFACE:
            return self.interface_type()
        if t is Tok.NAME:
            return self.qualified_name(None)
        if t is Tok.LPAREN:
            self.next()
            x = self.type_()
            self.want(Tok.RPAREN)
            return x
        return None

    def type_instance(self, typ: X) -> X:
        pos = self.pos()
        self.want(Tok.LBRACK)
        if self.tok is Tok.RBRACK:
            self.syntax_error("expected type argument list")
        else:
            self.type_list(True)
        self.want(Tok.RBRACK)
        return X("index", pos, typ)

    def func_type(self, context: str) -> None:
        pos = self.pos()
        if self.got(Tok.LBRACK):
            if context:
                self.syntax_error_at(pos, context + " must have no type parameters")
            if self.tok is Tok.RBRACK:
                self.syntax_error("empty type parameter list")
                self.next()
            else:
                self.param_list(None, None, Tok.RBRACK, True, False)
        self.want(Tok.LPAREN)
        self.param_list(None, None, Tok.RPAREN, False, True)
        self.func_result()

    def array_type(self, pos: Pos, length: X | None) -> X:
        if length is None and not self.got(Tok.DOTDOTDOT):
            self.xnest += 1
            self.expr()
            self.xnest -= 1
        if self.tok is Tok.COMMA:
            self.syntax_error("unexpected comma; expected ]")
            self.next()
        self.want(Tok.RBRACK)
        self.type_()
        return X("array", pos)

    def chan_elem(self) -> None:
        if self.type_or_nil() is None:
            self.syntax_error("missing channel element type")

    def struct_type(self) -> X:
        pos = self.pos()
        self.want(Tok.STRUCT)
        self.want(Tok.LBRACE)
        self.list("struct type", Tok.SEMI, Tok.RBRACE, lambda: (self.field_decl(), False)[1])
        return X("struct", pos)

    def interface_type(self) -> X:
        pos = self.pos()
        self.want(Tok.INTERFACE)
        self.want(Tok.LBRACE)

        def elem() -> bool:
            if self.tok is Tok.NAME:
                named = self.method_decl()
                if not named:
                    self.embedded_elem(True)
            else:
                self.embedded_elem(False)
            return False
        self.list("interface type", Tok.SEMI, Tok.RBRACE, elem)
        return X("iface", pos)

    def func_result(self) -> None:
        if self.got(Tok.LPAREN):
            self.param_list(None, None, Tok.RPAREN, False, False)
            return
        self.type_or_nil()

    def field_decl(self) -> None:
        t = self.tok
        if t is Tok.NAME:
            name = self.name()
            if self.tok in (Tok.DOT, Tok.LITERAL, Tok.SEMI, Tok.RBRACE):
                self.qualified_name(name)
                self.oliteral()
                return
            names = self.name_list(name)
            if len(names) == 1 and self.tok is Tok.LBRACK:
                self.array_or_targs()
            else:
                self.type_()
            self.oliteral()
        elif t is Tok.STAR:
            self.next()
            if self.tok is Tok.LPAREN:
                self.syntax_error("cannot parenthesize embedded type")
                self.next()
                self.qualified_name(None)
                self.got(Tok.RPAREN)
            else:
                self.qualified_name(None)
            self.oliteral()
        elif t is Tok.LPAREN:
            self.syntax_error("cannot parenthesize embedded type")
            self.next()
            if self.tok is Tok.STAR:
                self.next()
            self.qualified_name(None)
            self.got(Tok.RPAREN)
            self.oliteral()
        else:
            self.syntax_error("expected field name or embedded type")
            self.advance(Tok.SEMI, Tok.RBRACE)

    def array_or_targs(self) -> X:
        pos = self.pos()
        self.want(Tok.LBRACK)
        if self.got(Tok.RBRACK):
            self.type_()
            return X("slicetype", pos)
        _, comma = self.type_list(False)
        self.want(Tok.RBRACK)
        if not comma and self.type_or_nil() is not None:
            return X("array", pos)
        return X("index", pos)

    def method_decl(self) -> bool:
        """A method in an interface; False when the name turned out to be an embedded type."""
        name = self.name()
        if self.tok is Tok.LPAREN:
            self.func_type("interface method")
            return True
        if self.tok is Tok.LBRACK:
            self.next()
            if self.tok is Tok.RBRACK:
                pos = self.pos()
                self.next()
                if self.tok is Tok.LPAREN:
                    self.error_at(pos, "empty type parameter list")
                    self.func_type("interface method")
                    return True
                self.error_at(pos, "empty type argument list")
                return False
            self.param_list(None, None, Tok.RBRACK, False, False)
            if self.tok is Tok.LPAREN:
                self.func_type("interface method")
                return True
            return False
        self.qualified_name(name)
        return False

    def embedded_elem(self, have_first: bool) -> None:
        if not have_first:
            self.embedded_term()
        while self.is_op("|"):
            self.next()
            self.embedded_term()

    def embedded_term(self) -> None:
        if self.is_op("~"):
            self.next()
            self.type_()
            return
        if self.type_or_nil() is None:
            self.syntax_error("expected ~ term or type")
            self.advance(Tok.OPERATOR, Tok.SEMI, Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)

