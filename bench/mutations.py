"""Learner-like mutations of valid Go programs, for testing the checker against gc.

Each operator makes one small edit a learner could make: delete a
statement, misspell a name, drop or add ``&``/``*``, turn ``:=`` into ``=``
(or back), change a literal's kind, drop a return, an argument or a
closing brace, declare an unused variable or import, call ``append``
without using its result, ``go``/``defer`` a function without calling it,
flip a method receiver between value and pointer... Some mutants still
compile (gc accepts them); the checker must accept exactly those.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

import tree_sitter_go
from tree_sitter import Language, Node, Parser

_PARSER = Parser(Language(tree_sitter_go.language()))


@dataclass(frozen=True)
class Mutant:
    """One edited program and what was done to it."""

    source: str
    operator: str
    where: str


def _nodes(root: Node, types: tuple[str, ...]) -> list[Node]:
    out = []
    stack = [root]
    while stack:
        n = stack.pop()
        if n.type in types:
            out.append(n)
        stack.extend(n.children)
    return out


def _inside_func(n: Node) -> bool:
    p = n.parent
    while p is not None:
        if p.type in ("function_declaration", "method_declaration", "func_literal"):
            return True
        p = p.parent
    return False


def _replace(src: bytes, start: int, end: int, new: bytes) -> bytes:
    return src[:start] + new + src[end:]


def _line_span(src: bytes, n: Node) -> tuple[int, int]:
    start = src.rfind(b"\n", 0, n.start_byte) + 1
    end = src.find(b"\n", n.end_byte)
    return start, len(src) if end < 0 else end + 1


Op = Callable[[bytes, Node, random.Random], tuple[bytes, str] | None]


def delete_statement(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    stmts = [n for n in _nodes(root, ("expression_statement", "short_var_declaration",
                                      "assignment_statement", "var_declaration", "inc_statement",
                                      "return_statement", "go_statement", "defer_statement"))
             if _inside_func(n) and n.start_point[0] == n.end_point[0]]
    if not stmts:
        return None
    n = rng.choice(stmts)
    s, e = _line_span(src, n)
    return src[:s] + src[e:], f"line {n.start_point[0] + 1}"


def misspell(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    ids = [n for n in _nodes(root, ("identifier", "field_identifier")) if _inside_func(n)
           and len(n.text or b"") > 1 and n.text not in (b"_",)]
    if not ids:
        return None
    n = rng.choice(ids)
    t = n.text or b""
    new = t[:-1] if rng.random() < 0.5 else t + t[-1:]
    return _replace(src, n.start_byte, n.end_byte, new), f"{t.decode()} -> {new.decode()}"


def toggle_amp(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    amps = [n for n in _nodes(root, ("unary_expression",)) if (n.children[0].text or b"") == b"&"]
    if amps and rng.random() < 0.6:
        n = rng.choice(amps)
        return _replace(src, n.start_byte, n.start_byte + 1, b""), f"drop & at line {n.start_point[0] + 1}"
    args = [n for n in _nodes(root, ("identifier",)) if _inside_func(n) and n.parent is not None
            and n.parent.type in ("argument_list", "expression_list", "return_statement")]
    if not args:
        return None
    n = rng.choice(args)
    return _replace(src, n.start_byte, n.start_byte, b"&"), f"add & at line {n.start_point[0] + 1}"


def toggle_star(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    stars = [n for n in _nodes(root, ("unary_expression", "pointer_type"))
             if (n.children[0].text or b"") == b"*"]
    if not stars:
        return None
    n = rng.choice(stars)
    return _replace(src, n.start_byte, n.start_byte + 1, b""), f"drop * at line {n.start_point[0] + 1}"


def toggle_define(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    ops = [c for n in _nodes(root, ("short_var_declaration", "assignment_statement"))
           for c in n.children if c.type in (":=", "=")]
    if not ops:
        return None
    op = rng.choice(ops)
    new = b"=" if op.type == ":=" else b":="
    return _replace(src, op.start_byte, op.end_byte, new), f"{op.type} -> {new.decode()} at line {op.start_point[0] + 1}"


def change_literal(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    lits = [n for n in _nodes(root, ("int_literal", "interpreted_string_literal", "float_literal"))
            if _inside_func(n)]
    if not lits:
        return None
    n = rng.choice(lits)
    t = n.text or b""
    if n.type == "interpreted_string_literal":
        new = b"1"
    elif n.type == "float_literal":
        new = b'"' + t + b'"'
    else:
        new = rng.choice([b'"' + t + b'"', t + b".5", b"-" + t])
    return _replace(src, n.start_byte, n.end_byte, new), f"{t.decode()} -> {new.decode()}"


def drop_argument(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    calls = [n for n in _nodes(root, ("argument_list",)) if n.named_child_count > 0]
    if not calls:
        return None
    n = rng.choice(calls)
    args = n.named_children
    if rng.random() < 0.5:
        last = args[-1]
        start = args[-2].end_byte if len(args) > 1 else last.start_byte
        return _replace(src, start, last.end_byte, b""), f"drop argument at line {n.start_point[0] + 1}"
    a = args[-1]
    return _replace(src, a.end_byte, a.end_byte, b", " + (a.text or b"")), \
        f"repeat argument at line {n.start_point[0] + 1}"


def drop_brace(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    blocks = [n for n in _nodes(root, ("block",)) if n.children and n.children[-1].type == "}"]
    if not blocks:
        return None
    n = rng.choice(blocks)
    b = n.children[-1]
    return _replace(src, b.start_byte, b.end_byte, b""), f"drop }} at line {b.start_point[0] + 1}"


def change_type(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    types = [n for n in _nodes(root, ("type_identifier",)) if (n.text or b"") in
             (b"int", b"string", b"float64", b"bool", b"byte", b"int64")]
    if not types:
        return None
    n = rng.choice(types)
    new = rng.choice([t for t in (b"int", b"string", b"float64", b"bool") if t != n.text])
    return _replace(src, n.start_byte, n.end_byte, new), f"{(n.text or b'').decode()} -> {new.decode()}"


def add_unused(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    if rng.random() < 0.4:
        pkg = next((n for n in root.children if n.type == "package_clause"), None)
        if pkg is None:
            return None
        imp = rng.choice([b"os", b"strings", b"sort"])
        if b'"' + imp + b'"' in src:
            return None
        return _replace(src, pkg.end_byte, pkg.end_byte, b'\n\nimport "' + imp + b'"'), \
            f"import {imp.decode()}"
    blocks = [n for n in _nodes(root, ("block",)) if n.children and n.children[0].type == "{"]
    if not blocks:
        return None
    n = rng.choice(blocks)
    brace = n.children[0]
    return _replace(src, brace.end_byte, brace.end_byte, b"\n\tunused := 1"), \
        f"unused variable at line {brace.start_point[0] + 1}"


def lose_result(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    assigns = [n for n in _nodes(root, ("assignment_statement", "short_var_declaration"))
               if n.start_point[0] == n.end_point[0]]
    if not assigns:
        return None
    n = rng.choice(assigns)
    right = n.child_by_field_name("right")
    if right is None:
        return None
    return _replace(src, n.start_byte, right.start_byte, b""), f"result dropped at line {n.start_point[0] + 1}"


def uncall(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    stmts = _nodes(root, ("go_statement", "defer_statement", "expression_statement"))
    calls = [c for n in stmts for c in n.named_children if c.type == "call_expression"]
    if not calls:
        return None
    c = rng.choice(calls)
    args = c.child_by_field_name("arguments")
    if args is None:
        return None
    return _replace(src, args.start_byte, args.end_byte, b""), f"call without () at line {c.start_point[0] + 1}"


def toggle_receiver(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    recvs = [d.child_by_field_name("receiver") for d in _nodes(root, ("method_declaration",))]
    recvs = [r for r in recvs if r is not None]
    if not recvs:
        return None
    r = rng.choice(recvs)
    m = re.search(rb"\*", r.text or b"")
    if m:
        return _replace(src, r.start_byte + m.start(), r.start_byte + m.end(), b""), \
            f"value receiver at line {r.start_point[0] + 1}"
    decls = [c for c in r.named_children if c.type == "parameter_declaration"]
    t = decls[0].child_by_field_name("type") if decls else None
    if t is None:
        return None
    return _replace(src, t.start_byte, t.start_byte, b"*"), f"pointer receiver at line {r.start_point[0] + 1}"


def swap_operator(src: bytes, root: Node, rng: random.Random) -> tuple[bytes, str] | None:
    ops = [n.child_by_field_name("operator") for n in _nodes(root, ("binary_expression",))]
    ops = [o for o in ops if o is not None]
    if not ops:
        return None
    o = rng.choice(ops)
    new = {b"==": b"=", b"+": b"-", b"<": b"<=", b"&&": b"&", b"!=": b"!", b"*": b"/"}.get(o.text or b"", b"+")
    return _replace(src, o.start_byte, o.end_byte, new), f"{(o.text or b'').decode()} -> {new.decode()}"


OPERATORS: dict[str, Op] = {
    "delete-statement": delete_statement, "misspell": misspell, "amp": toggle_amp,
    "star": toggle_star, "define": toggle_define, "literal": change_literal,
    "argument": drop_argument, "brace": drop_brace, "type": change_type, "unused": add_unused,
    "lose-result": lose_result, "uncall": uncall, "receiver": toggle_receiver,
    "operator": swap_operator,
}


def mutate(source: str, rng: random.Random) -> Mutant | None:
    """One mutant of ``source`` by a randomly chosen operator, or None if it does not apply."""
    src = source.encode()
    root = _PARSER.parse(src).root_node
    name = rng.choice(sorted(OPERATORS))
    res = OPERATORS[name](src, root, rng)
    if res is None or res[0] == src:
        return None
    try:
        text = res[0].decode("utf-8")
    except UnicodeDecodeError:
        return None
    return Mutant(text, name, res[1])
