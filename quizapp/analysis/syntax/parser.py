"""Parsing Go with tree-sitter; syntax errors where gc's parser reports them.

tree-sitter recovers from errors where gc stops at the first one; the
first error node is reported as gc would word and place it. ``new(expr)``
calls (Go 1.26) are respelled before parsing, since the grammar reads
``new`` as a type-only built-in.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import tree_sitter_go
from tree_sitter import Language, Node, Parser

from ..errors import FILE_BASE, CompileError, GoSyntaxError, Pos
from .branches import check_branches
from .directives import directives
from .gcparse import syntax_errors
from .genmethods import blank_generic_methods, remember
from .nodes import pos_of


@lru_cache(maxsize=1)
def _parser() -> Parser:
    return Parser(Language(tree_sitter_go.language()))


NEW_EXPR_SPELLING = "neW"
"""tree-sitter-go reads ``new(`` as taking a type; ``new(expr)`` (Go 1.26) is parsed
with the callee respelled to this same-length name, which the lowering knows as ``new``."""


def tree(source: bytes) -> Node:
    """tree-sitter's tree of ``source`` as it is, errors and all (nothing is checked)."""
    return _parser().parse(source).root_node


def parse(source: bytes) -> Node:
    """The root ``source_file`` node; raises ``GoSyntaxError`` at the first syntax error."""
    source = _respell_new_exprs(source)
    source, methods = blank_generic_methods(source)
    root = _parser().parse(source).root_node
    if root.has_error or top_level_errors(root) or _gc_might_refuse(source, root):
        errors, too_many = gc_syntax_errors(source, directives(source, root).early, root)
        if errors:
            raise GoSyntaxError(errors[0].pos, errors[0].message, errors, too_many)
        if root.has_error and not _only_types_as_arguments(root):
            raise_first_error(source, root)
    remember(root, methods)
    return root


def raise_first_error(source: bytes, root: Node) -> None:
    """Raise tree-sitter's first error node, worded as gc words such an error."""
    raise GoSyntaxError(*_describe_error(source, _first_error(root)))


_ARGUMENT_TYPES = frozenset({"slice_type", "array_type", "map_type", "channel_type", "struct_type",
                             "interface_type", "function_type"})


def _only_types_as_arguments(root: Node) -> bool:
    """Every error node is a type literal among a call's arguments (``f(map[string]int)``).

    tree-sitter-go reads a type as an argument only for ``make`` and ``new``;
    gc's parser reads it anywhere and its type checker refuses it ("undefined:
    makee", "map[string]int (type) is not an expression"), so the file goes on
    to the checker, which reads such a node as the type it holds."""
    stack = [root]
    while stack:
        n = stack.pop()
        if n.is_missing:
            return False
        if n.type == "ERROR":
            kids = n.named_children
            if n.parent is None or n.parent.type != "argument_list" or len(kids) != 1 or \
                    kids[0].type not in _ARGUMENT_TYPES or kids[0].has_error:
                return False
            continue
        stack.extend(c for c in n.children if c.has_error or c.is_missing)
    return True


def gc_syntax_errors(source: bytes, others: list[CompileError] = (), root: Node | None = None) -> \
        tuple[list[CompileError], Pos | None]:
    """What gc's parser prints for the file, with ``others`` it reports while parsing
    (misplaced directives) and the branch errors of the function bodies it parsed without
    error (given tree-sitter's ``root``): its first ten errors, one syntax error per line, and
    where it gave up ("too many errors") if it did; nothing when gc's parser finds no syntax error.

    An import path the go command's own reader cannot read is reported by the
    go command, in go/parser's words and without ``./``."""
    found, clean_bodies = syntax_errors(source)
    if not found:
        return [], None
    branches = check_branches(root, clean_bodies) if root is not None and clean_bodies else []
    found = sorted([*found, *others, *branches], key=lambda e: (e.pos.line, e.pos.col))
    out: list[CompileError] = []
    last_line = -1
    too_many: Pos | None = None
    for e in found:
        if e.message.startswith("syntax error"):
            if e.pos.line == last_line:
                continue
            last_line = e.pos.line
        if e.message == "syntax error: missing import path":
            return [CompileError(e.pos, f"{FILE_BASE}:{e.pos}: missing import path",
                                 positioned=False)], None
        out.append(e)
        if len(out) == 10:
            too_many = e.pos
            break
    return out, too_many


_INCDEC = re.compile(rb"\+\+|--")
_OPERAND = re.compile(rb"\s*[\w.\[\]()*]+\s*")
_STMT_END = re.compile(rb"[ \t]*(?:$|[;{}]|//)", re.M)


def _bad_incdec(source: bytes) -> bool:
    """An ``x++`` that is not a statement of its own (``j := i++``, ``f(i++)``)."""
    for m in _INCDEC.finditer(source):
        i = m.start()
        start = max(source.rfind(b"\n", 0, i), source.rfind(b";", 0, i), source.rfind(b"{", 0, i),
                    source.rfind(b"}", 0, i)) + 1
        if _OPERAND.fullmatch(source, start, i) is None or _STMT_END.match(source, m.end()) is None:
            return True
    return False


_LINE_CLOSE = re.compile(rb"\n[ \t]*[)}]")


_ANDAND = re.compile(rb"&&")


def _gc_might_refuse(source: bytes, root: Node) -> bool:
    """Cheap signs of what tree-sitter accepts and gc does not: ``++`` inside an expression
    (``j := i++``), a newline where a comma must be (``2\n}`` in a literal or call), ``&&x``
    (one token for gc's scanner, two addresses for tree-sitter)."""
    if (b"++" in source or b"--" in source) and _bad_incdec(source):
        return True
    if b"&&" in source:
        for m in _ANDAND.finditer(source):
            node = root.descendant_for_byte_range(m.start(), m.start() + 1)
            if node is not None and node.parent is not None and node.parent.type == "unary_expression":
                return True
    for m in _LINE_CLOSE.finditer(source):
        prev = source[source.rfind(b"\n", 0, m.start()) + 1:m.start()].rstrip()
        if not prev or prev[-1:] in b",{([;":
            continue
        end = m.end() - 1
        node = root.descendant_for_byte_range(end, end + 1)
        parent = node.parent if node is not None else None
        if parent is not None and parent.type in ("literal_value", "argument_list"):
            kids = [c for c in parent.named_children if c.type != "comment"]
            if kids and b"," not in source[kids[-1].end_byte:end]:
                return True
    return False


DECLS = frozenset({"package_clause", "import_declaration", "function_declaration",
                   "method_declaration", "var_declaration", "const_declaration",
                   "type_declaration", "comment"})


def top_level_errors(root: Node) -> list[CompileError]:
    """What gc's parser says of statements outside functions and of late imports.

    After a statement at the top level gc skips to the next declaration
    keyword, so one error covers a run of them."""
    out: list[CompileError] = []
    skipping = False
    seen_decl = False
    for c in root.children:
        if c.type in DECLS:
            skipping = False
            if c.type == "import_declaration" and seen_decl:
                out.append(CompileError(pos_of(c), "syntax error: imports must appear before other "
                                                   "declarations"))
            elif c.type not in ("package_clause", "import_declaration", "comment"):
                seen_decl = True
            continue
        if skipping or not c.is_named and c.type == ";":
            continue
        out.append(CompileError(pos_of(c), "syntax error: non-declaration statement outside "
                                           "function body"))
        skipping = True
    return out


def _respell_new_exprs(source: bytes) -> bytes:
    """Respell ``new`` where its operand is a value rather than a type (positions kept)."""
    if b"new" not in source:
        return source
    out = bytearray(source)
    calls, braces = _new_calls(source)
    for start, first, last in calls:
        if not _looks_like_type(source, first, last, braces):
            out[start:start + 3] = NEW_EXPR_SPELLING.encode()
    return bytes(out)


_TYPE_LIKE_B = re.compile(rb"(?:\s*(?:\*|\[\s*\d*\s*\]|\[\s*\.\.\.\s*\]))*"
                          rb"\s*[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)?\s*")
_TYPE_KEYWORD_B = re.compile(rb"\s*(?:struct|interface|chan|<-\s*chan)\b")
_COMPOSITE_TYPE_B = re.compile(rb"\s*(?:func\s*\(|map\s*\[|\[)")


def _looks_like_type(src: bytes, first: int, last: int, braces: list[int]) -> bool:
    """Is ``src[first:last]`` (the text inside ``new(...)``) a type?

    Matched in place, without copying the text out: nested ``new(new(...))``
    would otherwise copy the rest of the file once per level."""
    if _TYPE_LIKE_B.fullmatch(src, first, last):
        return True
    if _TYPE_KEYWORD_B.match(src, first, last):
        return True
    if _COMPOSITE_TYPE_B.match(src, first, last):
        i = bisect.bisect_left(braces, first)
        return not (i < len(braces) and braces[i] < last)
    return False


def _new_calls(src: bytes) -> tuple[list[tuple[int, int, int]], list[int]]:
    """``new`` identifiers called with parentheses: (offset, start and end of the text inside).

    One pass over the source with a stack of open brackets, skipping comments
    and literals; also returns the offsets of every ``{`` outside them."""
    found: list[tuple[int, int, int]] = []
    braces: list[int] = []
    open_: list[int] = []            # for each open bracket, the index in found of its new call or -1
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == 0x2F and src[i + 1:i + 2] == b"/":                        # //
            j = src.find(b"\n", i)
            i = n if j < 0 else j
        elif c == 0x2F and src[i + 1:i + 2] == b"*":                      # /*
            j = src.find(b"*/", i + 2)
            i = n if j < 0 else j + 2
        elif c in (0x22, 0x27):                                           # " '
            i += 1
            while i < n and src[i] not in (c, 0x0A):
                i += 2 if src[i] == 0x5C else 1
            i += 1
        elif c == 0x60:                                                   # `
            j = src.find(b"`", i + 1)
            i = n if j < 0 else j + 1
        elif c in (0x28, 0x5B, 0x7B):                                     # ( [ {
            if c == 0x7B:
                braces.append(i)
            open_.append(-1)
            i += 1
        elif c in (0x29, 0x5D, 0x7D):                                     # ) ] }
            if open_:
                k = open_.pop()
                if k >= 0:
                    start, first, _ = found[k]
                    found[k] = (start, first, i)
            i += 1
        elif src.startswith(b"new", i) and (i == 0 or not _ident_byte(src[i - 1])) and \
                (i + 3 >= n or not _ident_byte(src[i + 3])):
            j = i + 3
            while j < n and src[j] in (0x20, 0x09):
                j += 1
            if j < n and src[j] == 0x28:
                open_.append(len(found))
                found.append((i, j + 1, n))
                i = j + 1
            else:
                i += 3
        else:
            i += 1
    return found, braces


def _ident_byte(b: int) -> bool:
    return chr(b).isalnum() or b == 0x5F


def _first_error(node: Node) -> Node:
    stack = [node]
    while stack:
        n = stack.pop()
        if n.is_missing or n.type == "ERROR":
            return n
        stack.extend(c for c in reversed(n.children) if c.has_error or c.is_missing)
    return node


def _describe_error(source: bytes, node: Node) -> tuple[Pos, str]:
    if node.is_missing:
        what = "expression" if node.type in ("identifier", "_expression") else node.type
        return _next_token_pos(source, node), \
            f"syntax error: unexpected {_token_after(source, node)}, expected {what}"
    if node.children:
        first = node.children[0]
        return pos_of(first), f"syntax error: unexpected {_token_text(first)}"
    return pos_of(node), f"syntax error: unexpected {_token_text(node)}"


def _next_token_pos(source: bytes, node: Node) -> Pos:
    i = node.end_byte
    while i < len(source) and source[i:i + 1] in (b" ", b"\t"):
        i += 1
    line = source.count(b"\n", 0, i) + 1
    col = i - (source.rfind(b"\n", 0, i) + 1) + 1
    return Pos(line, col)


def _token_text(node: Node) -> str:
    text = (node.text or b"").decode("utf-8", "replace").split("\n")[0]
    if not text:
        return "EOF"
    if len(text) > 20:
        text = text[:20] + "..."
    return text


def _token_after(source: bytes, node: Node) -> str:
    rest = source[node.end_byte:].lstrip(b" \t")
    if not rest:
        return "EOF"
    if rest[:1] == b"\n":
        return "newline"
    return rest.split()[0].decode("utf-8", "replace")[:20]
