"""Package initialisation order, as gc's ``pkginit`` computes it.

Package-level variables are initialised in dependency order, not in the
order they are written (the Go spec, "Package initialization"): repeatedly,
the earliest variable in declaration order that depends on no
uninitialised variable is initialised next. A variable depends on the
variables its initialiser mentions, directly or through the functions it
mentions (their bodies, transitively). The package initialiser gc
analyses runs the assignments in that order, which is the order its
escape lines come in.

References are read from the syntax (every identifier of an initialiser
or a body that names a package-level variable or function); a local that
shadows a package-level name counts as a reference too, which can only
make a variable wait for one it does not need.
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import text


def spec_names(spec: Node) -> list[str]:
    return [text(n) for n in spec.children_by_field_name("name") if n.is_named]


def identifiers(node: Node | None) -> set[str]:
    """Every identifier written in a subtree (not field or type names)."""
    out: set[str] = set()
    if node is None:
        return out
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            out.add(text(n))
        stack.extend(n.named_children)
    return out


def init_order(specs: list[Node], funcs: dict[str, Node]) -> list[Node]:
    """The var specs in the order gc initialises them."""
    owner = {name: i for i, spec in enumerate(specs) for name in spec_names(spec) if name != "_"}
    reach: dict[str, set[str]] = {}

    def through(fname: str) -> set[str]:
        """Package-level variables a function's body reaches (calls followed)."""
        if fname in reach:
            return reach[fname]
        reach[fname] = set()          # a recursive function reaches nothing more through itself
        found: set[str] = set()
        for ident in identifiers(funcs[fname].child_by_field_name("body")):
            if ident in owner:
                found.add(ident)
            elif ident in funcs and ident != fname:
                found |= through(ident)
        reach[fname] = found
        return found

    deps: list[set[int]] = []
    for i, spec in enumerate(specs):
        names: set[str] = set()
        for ident in identifiers(spec.child_by_field_name("value")):
            if ident in owner:
                names.add(ident)
            elif ident in funcs:
                names |= through(ident)
        deps.append({owner[n] for n in names} - {i})
    done: set[int] = set()
    order: list[Node] = []
    while len(order) < len(specs):
        for i in range(len(specs)):
            if i not in done and deps[i] <= done:
                break
        else:  # a cycle (gc rejects it): the rest in declaration order
            i = min(set(range(len(specs))) - done)
        done.add(i)
        order.append(specs[i])
    return order
