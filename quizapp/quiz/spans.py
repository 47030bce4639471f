"""Where a site is in the source, as a learner sees it: the whole expression, not gc's one column.

gc places an expression at one column (calls at ``(``, literals at ``{``,
binary expressions at the operator); a highlight there covers a single
character. ``span`` finds the syntax node gc means and returns its whole
extent; ``callee`` names the call a value is boxed for (``n2`` boxed for
``fmt.Println``); ``captures`` says whether a function literal captures
anything at all (a closure that captures nothing allocates nothing). A site
of an inlined copy (the default build) is the whole call that was inlined.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tree_sitter import Node

from ..analysis import AnalysisError, Site, SiteKind
from ..analysis.errors import Pos
from ..analysis.syntax.nodes import gc_pos, text
from ..analysis.syntax.parser import parse

_NOT_EXPRESSIONS = {"argument_list", "literal_value", "expression_list", "block", "source_file",
                    "keyed_element", "literal_element"}


@dataclass(frozen=True)
class Span:
    """From (line, col) to (end_line, end_col), 1-based byte columns, the end exclusive."""

    line: int
    col: int
    end_line: int
    end_col: int


@lru_cache(maxsize=64)
def _index(code: str) -> tuple[Node, dict[tuple[int, int], list[Node]]] | None:
    """Every node of ``code`` by gc's position for it (outermost last)."""
    try:
        root = parse(code.encode("utf-8"))
    except AnalysisError:
        return None
    by_pos: dict[tuple[int, int], list[Node]] = {}
    stack = [root]
    while stack:
        n = stack.pop()
        if n.is_named and n.type != "comment":
            p = gc_pos(n) if n.type not in _NOT_EXPRESSIONS else Pos(n.start_point[0] + 1, n.start_point[1] + 1)
            by_pos.setdefault((p.line, p.col), []).append(n)
        stack.extend(n.children)
    for nodes in by_pos.values():
        nodes.sort(key=lambda n: n.end_byte - n.start_byte)
    return root, by_pos


def _node(code: str, site: Site) -> Node | None:
    idx = _index(code)
    if idx is None:
        return None
    nodes = idx[1].get((site.pos.line, site.pos.col), [])
    if site.inlined_call is not None and site.inlined_call[1] == site.pos:
        call = next((n for n in nodes if n.type == "call_expression"), None)
        if call is not None:      # a copy of an inlined body is where the call is: all of it
            return call
    if site.kind is SiteKind.VARIABLE or site.kind is SiteKind.PARAMETER:
        return next((n for n in nodes if n.type == "identifier" and text(n) == site.name), None)
    if site.alloc == "ddd":
        return next((n for n in nodes if n.type == "argument_list"), None)
    exprs = [n for n in nodes if n.type not in _NOT_EXPRESSIONS
             and not n.type.endswith(("statement", "declaration", "clause", "spec", "_list"))]
    if not exprs:
        return None
    n = exprs[-1]
    if site.alloc == "conv":      # gc places a conversion at its operand: take the conversion
        up = n.parent
        if up is not None and up.type == "argument_list":
            up = up.parent
        if up is not None and up.type in ("call_expression", "type_conversion_expression"):
            n = up
    return n


def span(code: str, site: Site) -> Span | None:
    """The whole expression (or the declared name) of a site; None where it cannot be found.
    A ``... argument`` is the whole parenthesised argument list, so it never covers exactly
    what the box of one argument covers."""
    n = _node(code, site)
    if n is None:
        return None
    return Span(n.start_point[0] + 1, n.start_point[1] + 1, n.end_point[0] + 1, n.end_point[1] + 1)


def callee(code: str, site: Site) -> str | None:
    """The function a boxed value or a ``...`` argument is passed to (``fmt.Println``), if any."""
    n = _node(code, site)
    if n is None:
        return None
    args = n if n.type == "argument_list" else n.parent
    while args is not None and args.type == "parenthesized_expression":
        args = args.parent
    if args is None or args.type != "argument_list" or args.parent is None:
        return None
    fn = args.parent.child_by_field_name("function")
    return text(fn) if fn is not None and args.parent.type == "call_expression" else None


def captures(code: str, site: Site, variables: list[Site]) -> bool | None:
    """Whether a function literal uses a variable declared outside it (None: not a func literal)."""
    n = _node(code, site)
    if n is None or n.type != "func_literal":
        return None
    inside = (n.start_byte, n.end_byte)
    outer = {v.name for v in variables if v.kind is not SiteKind.ALLOCATION
             and not _within(_offset(code, v.pos), inside)}
    params = n.child_by_field_name("parameters")
    own = {text(c) for c in _walk(params) if c.type == "identifier"} if params is not None else set()
    return any(c.type == "identifier" and text(c) in outer - own for c in _walk(n))


def _walk(n: Node) -> list[Node]:
    out, stack = [], [n]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(x.children)
    return out


def _offset(code: str, pos: Pos) -> int:
    lines = code.encode("utf-8").split(b"\n")
    return sum(len(ln) + 1 for ln in lines[:pos.line - 1]) + pos.col - 1


def _within(offset: int, rng: tuple[int, int]) -> bool:
    return rng[0] <= offset < rng[1]
