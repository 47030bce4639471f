"""Expressions as gc writes them in messages (its syntax printer's short form).

An operand in a message is its source text normalised: binary operators
between single spaces (``len(b) - 1``), composite literal and function
literal bodies elided (``&point{…}``, ``func(x int) {…}``), lists separated
by ``, ``. Literals keep their spelling.
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import fields, named_children, text
from ..syntax.parser import NEW_EXPR_SPELLING

ELLIPSIS = "…"


def expr_string(node: Node | None) -> str:
    if node is None:
        return ""
    f = _PRINTERS.get(node.type)
    if f is not None:
        return f(node)
    return " ".join(text(node).split())


def _text(node: Node) -> str:
    s = text(node)
    return "new" if s == NEW_EXPR_SPELLING else s


def _paren(node: Node) -> str:
    inner = named_children(node)
    return "(" + (expr_string(inner[0]) if inner else "") + ")"


def _selector(node: Node) -> str:
    return expr_string(node.child_by_field_name("operand")) + "." + \
        text(node.child_by_field_name("field"))


def _qualified(node: Node) -> str:
    return text(node.child_by_field_name("package")) + "." + text(node.child_by_field_name("name"))


def _index(node: Node) -> str:
    return expr_string(node.child_by_field_name("operand")) + "[" + \
        expr_string(node.child_by_field_name("index")) + "]"


def _instantiation(node: Node) -> str:
    base = node.child_by_field_name("type")
    args = [c for c in named_children(node) if c is not base]
    return expr_string(base) + "[" + ", ".join(expr_string(a) for a in args) + "]"


def _generic_type(node: Node) -> str:
    base = node.child_by_field_name("type")
    targs = node.child_by_field_name("type_arguments")
    args = named_children(targs) if targs is not None else []
    return expr_string(base) + "[" + ", ".join(expr_string(a) for a in args) + "]"


def _type_elem(node: Node) -> str:
    return " | ".join(expr_string(c) for c in named_children(node))


def _slice(node: Node) -> str:
    parts = [expr_string(node.child_by_field_name("operand")), "["]
    lo, hi, mx = (node.child_by_field_name(f) for f in ("start", "end", "capacity"))
    parts.append(expr_string(lo) + ":" + expr_string(hi))
    if mx is not None:
        parts.append(":" + expr_string(mx))
    parts.append("]")
    return "".join(parts)


def _assert(node: Node) -> str:
    return expr_string(node.child_by_field_name("operand")) + ".(" + \
        expr_string(node.child_by_field_name("type")) + ")"


def _call(node: Node) -> str:
    args = node.child_by_field_name("arguments")
    inner = []
    dots = False
    for a in named_children(args) if args is not None else []:
        if a.type == "variadic_argument":
            dots = True
            a = named_children(a)[0]
        inner.append(expr_string(a))
    fun = expr_string(node.child_by_field_name("function"))
    targs = node.child_by_field_name("type_arguments")
    if targs is not None:
        fun += "[" + ", ".join(expr_string(t) for t in named_children(targs)) + "]"
    return fun + "(" + ", ".join(inner) + ("..." if dots else "") + ")"


def _conversion(node: Node) -> str:
    operand = node.child_by_field_name("operand")
    dots = any(c.type == "..." for c in node.children)
    return expr_string(node.child_by_field_name("type")) + "(" + expr_string(operand) + \
        ("..." if dots else "") + ")"


def _unary(node: Node) -> str:
    return text(node.child_by_field_name("operator")) + \
        expr_string(node.child_by_field_name("operand"))


def _binary(node: Node) -> str:
    return expr_string(node.child_by_field_name("left")) + " " + \
        text(node.child_by_field_name("operator")) + " " + \
        expr_string(node.child_by_field_name("right"))


def _composite(node: Node) -> str:
    t = node.child_by_field_name("type")
    body = node.child_by_field_name("body")
    return (expr_string(t) if t is not None else "") + _body(body)


def _body(body: Node | None) -> str:
    return "{" + (ELLIPSIS if body is not None and named_children(body) else "") + "}"


def _func_lit(node: Node) -> str:
    body = node.child_by_field_name("body")
    has = body is not None and any(c.type not in ("{", "}") for c in body.named_children
                                   if c.type != "comment")
    return "func" + _signature(node) + " {" + (ELLIPSIS if has else "") + "}"


def _signature(node: Node) -> str:
    params = node.child_by_field_name("parameters")
    result = node.child_by_field_name("result")
    s = _params(params)
    if result is not None:
        if result.type == "parameter_list":
            decls = [c for c in named_children(result)]
            if len(decls) == 1 and decls[0].child_by_field_name("name") is None:
                s += " " + expr_string(decls[0].child_by_field_name("type"))
            else:
                s += " " + _params(result)
        else:
            s += " " + expr_string(result)
    return s


def _params(plist: Node | None) -> str:
    parts = []
    for p in named_children(plist) if plist is not None else []:
        names = [text(n) for n in fields(p, "name")]
        t = expr_string(p.child_by_field_name("type"))
        if p.type == "variadic_parameter_declaration":
            t = "..." + t
        parts.append((", ".join(names) + " " + t) if names else t)
    return "(" + ", ".join(parts) + ")"


def _func_type(node: Node) -> str:
    return "func" + _signature(node)


def _keyed(node: Node) -> str:
    return expr_string(node.child_by_field_name("key")) + ": " + \
        expr_string(node.child_by_field_name("value"))


def _literal_element(node: Node) -> str:
    inner = named_children(node)
    return expr_string(inner[0]) if inner else ""


def _pointer_type(node: Node) -> str:
    return "*" + expr_string(named_children(node)[-1])


def _slice_type(node: Node) -> str:
    return "[]" + expr_string(node.child_by_field_name("element"))


def _array_type(node: Node) -> str:
    return "[" + expr_string(node.child_by_field_name("length")) + "]" + \
        expr_string(node.child_by_field_name("element"))


def _implicit_array(node: Node) -> str:
    return "[...]" + expr_string(node.child_by_field_name("element"))


def _map_type(node: Node) -> str:
    return "map[" + expr_string(node.child_by_field_name("key")) + "]" + \
        expr_string(node.child_by_field_name("value"))


def _chan_type(node: Node) -> str:
    toks = [c.type for c in node.children if not c.is_named]
    elem = expr_string(node.child_by_field_name("value"))
    if toks and toks[0] == "<-":
        return "<-chan " + elem
    if "<-" in toks:
        return "chan<- " + elem
    return "chan " + elem


def _struct_type(node: Node) -> str:
    out = []
    for decl_list in named_children(node):
        for f in named_children(decl_list):
            if f.type != "field_declaration":
                continue
            names = [text(n) for n in fields(f, "name")]
            t = expr_string(f.child_by_field_name("type"))
            out.append((", ".join(names) + " " + t) if names else t)
    return "struct{" + "; ".join(out) + "}"


def _interface_type(node: Node) -> str:
    elems = []
    for e in named_children(node):
        if e.type == "method_elem":
            elems.append(text(e.child_by_field_name("name")) + _signature(e))
        else:
            elems.append(expr_string(e))
    return "interface{" + "; ".join(elems) + "}"


def _negated(node: Node) -> str:
    return "~" + expr_string(named_children(node)[0])


_PRINTERS = {
    "identifier": _text, "field_identifier": _text, "type_identifier": _text,
    "package_identifier": _text, "int_literal": _text, "float_literal": _text,
    "imaginary_literal": _text, "rune_literal": _text, "interpreted_string_literal": _text,
    "raw_string_literal": _text, "true": _text, "false": _text, "nil": _text, "iota": _text,
    "parenthesized_expression": _paren, "parenthesized_type": _paren,
    "selector_expression": _selector, "qualified_type": _qualified,
    "index_expression": _index, "type_instantiation_expression": _instantiation,
    "generic_type": _generic_type, "type_elem": _type_elem, "slice_expression": _slice,
    "type_assertion_expression": _assert, "call_expression": _call,
    "type_conversion_expression": _conversion, "unary_expression": _unary,
    "binary_expression": _binary, "composite_literal": _composite,
    "literal_value": lambda n: _body(n), "func_literal": _func_lit, "function_type": _func_type,
    "keyed_element": _keyed, "literal_element": _literal_element, "pointer_type": _pointer_type,
    "slice_type": _slice_type, "array_type": _array_type,
    "implicit_length_array_type": _implicit_array, "map_type": _map_type,
    "channel_type": _chan_type, "struct_type": _struct_type, "interface_type": _interface_type,
    "negated_type": _negated,
}
