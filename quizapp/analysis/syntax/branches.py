"""Labels, break, continue, goto and fallthrough, checked as gc's parser checks them.

gc checks branches per function body while parsing (before types): a
``break`` needs an enclosing loop, switch or select, a ``continue`` a loop,
a labelled one a label on such a statement ("invalid break label L"); a
``goto`` must not jump into a block or over a variable declaration; a
label must be used; ``fallthrough`` only ends a non-final expression-switch
case. These errors are not syntax errors: gc goes on to check types and
prints both, sorted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from ..errors import FILE, CompileError, Pos
from .nodes import named_children, pos_of, specs_of, text

FUNCS = ("function_declaration", "method_declaration", "func_literal")
SWITCHES = ("expression_switch_statement", "type_switch_statement")
CASES = ("expression_case", "default_case", "type_case", "communication_case")


@dataclass
class Block:
    parent: Block | None
    start: Pos
    lstmt: Node | None          # the labelled statement this block belongs to


@dataclass
class Label:
    block: Block
    stmt: Node                  # the labeled_statement
    used: bool = False


@dataclass
class Targets:
    breaks: Node | None = None      # for, switch or select
    continues: Node | None = None   # for
    case_index: int = -1
    case_count: int = 0


@dataclass
class LabelScope:
    errors: list[CompileError] = field(default_factory=list)
    labels: dict[str, Label] = field(default_factory=dict)

    def err(self, pos: Pos, msg: str) -> None:
        self.errors.append(CompileError(pos, msg))


BRANCHY = re.compile(rb"\b(break|continue|goto|fallthrough)\b|"
                     rb"^[ \t]*(?!case\b|default\b)[A-Za-z_]\w*[ \t]*:(?!=)", re.M)
"""A branch keyword or what may be a label: only declarations with one need checking."""
LABELISH = re.compile(rb"^[ \t]*(?!case\b|default\b)[A-Za-z_]\w*[ \t]*:(?!=)", re.M)
"""BRANCHY's second half: with no branch keyword in a file, whether BRANCHY finds anything."""


def check_branches(root: Node, only: set[Pos] | None = None) -> list[CompileError]:
    """The branch errors of every function body in the file (``only`` those opening at these
    positions, when tree-sitter read them without error), in gc's report order."""
    source = root.text or b""
    if not (b"break" in source or b"continue" in source or b"goto" in source
            or b"fallthrough" in source) and LABELISH.search(source) is None:
        return []   # (most files: two quick searches instead of BRANCHY's scan)
    marks = [m.start() for m in BRANCHY.finditer(source)]
    if not marks:
        return []
    out: list[CompileError] = []
    for decl in root.named_children:
        if not any(decl.start_byte <= i < decl.end_byte for i in marks):
            continue
        stack = [decl]
        while stack:
            n = stack.pop()
            if n.type in FUNCS:
                body = n.child_by_field_name("body")
                if body is not None and (only is None or pos_of(body) in only and not body.has_error):
                    out.extend(_check_body(body))
            stack.extend(reversed(n.named_children))
    return out


def _check_body(body: Node) -> list[CompileError]:
    ls = LabelScope()
    fwd = _block(ls, None, Targets(), None, pos_of(body), _stmts(body))
    for g in fwd:
        name = _label_of(g)
        lab = ls.labels.get(name)
        if lab is not None:
            lab.used = True
            ls.err(_label_pos(g), f"goto {name} jumps into block starting at {FILE}:{lab.block.start}")
        else:
            ls.err(_label_pos(g), f"label {name} not defined")
    for name, lab in ls.labels.items():
        if not lab.used:
            ls.err(pos_of(lab.stmt.child_by_field_name("label")), f"label {name} defined and not used")
    return ls.errors


def _stmts(block: Node) -> list[Node]:
    """A block's statements, trailing empty ones dropped (they do not count for fallthrough)."""
    out: list[Node] = []
    for c in block.named_children:
        if c.type == "statement_list":
            out.extend(s for s in c.named_children if s.type != "comment")
    while out and out[-1].type == "empty_statement":
        out.pop()
    return out


def _label_of(s: Node) -> str:
    ln = next((c for c in s.named_children if c.type == "label_name"), None)
    return text(ln) if ln is not None else ""


def _label_pos(s: Node) -> Pos:
    ln = next((c for c in s.named_children if c.type == "label_name"), None)
    return pos_of(ln) if ln is not None else pos_of(s)


def _block(ls: LabelScope, parent: Block | None, ctx: Targets, lstmt: Node | None, start: Pos,
           body: list[Node]) -> list[Node]:
    b = Block(parent, start, lstmt)
    var_pos: Pos | None = None
    var_name = ""
    fwd: list[Node] = []
    bad: list[Node] = []

    def inner(t: Targets, start: Pos, stmts: list[Node]) -> None:
        fwd.extend(_block(ls, b, t, lstmt, start, stmts))

    for idx, stmt in enumerate(body):
        lstmt = None
        s = stmt
        while True:
            k = s.type
            if k == "var_declaration":
                spec = next((c for c in specs_of(s, "var_spec")), None)
                if spec is not None:
                    first = next((c for c in spec.children_by_field_name("name") if c.is_named), None)
                    if first is not None:
                        var_pos, var_name = pos_of(first), text(first)
                        bad = list(fwd)
            elif k == "labeled_statement":
                label = s.child_by_field_name("label")
                name = text(label)
                inner_stmt = next((c for c in named_children(s) if c.type != "label_name"), None)
                if name != "_":
                    lab = ls.labels.get(name)
                    if lab is not None:
                        ls.err(pos_of(label), f"label {name} already defined at "
                                              f"{FILE}:{pos_of(lab.stmt.child_by_field_name('label'))}")
                    else:
                        lab = Label(b, s)
                        ls.labels[name] = lab
                    keep = []
                    for g in fwd:
                        if _label_of(g) == name:
                            lab.used = True
                            if var_pos is not None and any(g is x for x in bad):
                                ls.err(_label_pos(g), f"goto {name} jumps over declaration of "
                                                      f"{var_name} at {FILE}:{var_pos}")
                        else:
                            keep.append(g)
                    fwd[:] = keep
                    lstmt = s
                if inner_stmt is None:
                    break
                s = inner_stmt
                continue
            elif k in ("break_statement", "continue_statement", "goto_statement"):
                name = _label_of(s)
                if not name:
                    if k == "break_statement" and ctx.breaks is None:
                        ls.err(pos_of(s), "break is not in a loop, switch, or select")
                    elif k == "continue_statement" and ctx.continues is None:
                        ls.err(pos_of(s), "continue is not in a loop")
                elif k == "goto_statement":
                    if not _goto_target(ls, b, name):
                        fwd.append(s)
                else:
                    t = _enclosing(ls, b, name)
                    verb = "break" if k == "break_statement" else "continue"
                    if t is None:
                        ls.err(_label_pos(s), f"{verb} label not defined: {name}")
                    elif t is False or not _valid_target(t, verb):
                        ls.err(_label_pos(s), f"invalid {verb} label {name}")
            elif k == "fallthrough_statement":
                msg = "fallthrough statement out of place"
                ok = False
                if ctx.breaks is not None and ctx.breaks.type in SWITCHES:
                    if ctx.breaks.type == "type_switch_statement":
                        msg = "cannot fallthrough in type switch"
                    elif ctx.case_index < 0 or idx + 1 < len(body):
                        pass
                    elif ctx.case_index + 1 == ctx.case_count:
                        msg = "cannot fallthrough final case in switch"
                    else:
                        ok = True
                if not ok:
                    ls.err(pos_of(s), msg)
            elif k == "short_var_declaration":
                op = next((c for c in s.children if c.type == ":="), s)
                var_pos = pos_of(op)
                var_name = _list_text(s.child_by_field_name("left"))
                bad = list(fwd)
            elif k == "block":
                inner(Targets(ctx.breaks, ctx.continues), pos_of(s), _stmts(s))
            elif k == "if_statement":
                t = Targets(ctx.breaks, ctx.continues)
                cons = s.child_by_field_name("consequence")
                if cons is not None:
                    inner(t, pos_of(cons), _stmts(cons))
                alt = s.child_by_field_name("alternative")
                if alt is not None:
                    inner(t, pos_of(alt), [alt])
            elif k == "for_statement":
                body_node = s.child_by_field_name("body")
                if body_node is not None:
                    inner(Targets(s, s), pos_of(body_node), _stmts(body_node))
            elif k in SWITCHES or k == "select_statement":
                cases = [c for c in s.named_children if c.type in CASES]
                for i, cc in enumerate(cases):
                    t = Targets(s, ctx.continues, i if k != "select_statement" else -1, len(cases))
                    inner(t, pos_of(cc), _stmts(cc))
            break
    return fwd


def _list_text(node: Node | None) -> str:
    if node is None:
        return ""
    return ", ".join(text(c) for c in named_children(node)) if node.type == "expression_list" \
        else text(node)


def _goto_target(ls: LabelScope, b: Block, name: str) -> bool:
    lab = ls.labels.get(name)
    if lab is None:
        return False
    lab.used = True
    blk: Block | None = b
    while blk is not None:
        if lab.block is blk:
            return True
        blk = blk.parent
    return False


def _enclosing(ls: LabelScope, b: Block, name: str) -> Node | bool | None:
    """The labelled statement enclosing ``b`` with that label; False when the label is elsewhere."""
    lab = ls.labels.get(name)
    if lab is None:
        return None
    lab.used = True
    blk: Block | None = b
    while blk is not None:
        if blk.lstmt is lab.stmt:
            return lab.stmt
        blk = blk.parent
    return False


def _valid_target(lstmt: Node, verb: str) -> bool:
    inner = next((c for c in named_children(lstmt) if c.type != "label_name"), None)
    if inner is None:
        return False
    if verb == "break":
        return inner.type in ("for_statement", "select_statement") + SWITCHES
    return inner.type == "for_statement"
