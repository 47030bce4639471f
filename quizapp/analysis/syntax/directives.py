"""Compiler directives (``//go:noinline``, ``//go:noescape``, ...) and gc's errors about them.

gc's scanner hands every ``//go:`` comment to the compiler, which collects
them until the parser gives them to the declaration that follows (the
package clause, an import, const, type or var spec, a function); at the
end of any other form they are reported as "misplaced compiler directive".
Those errors, and a directive not alone on its line or one reserved for
the runtime or the standard library, are found while parsing: gc prints
them with the type checker's. Once types check, gc's IR writer refuses
what a declaration cannot carry (``//go:noinline`` on a var, ``//go:noescape``
on a function with a body, ``//go:linkname`` without ``import "unsafe"``);
the checker adds those last (``Directives.late``).

A directive word gc does not know (``//go:generate``, a misspelling) is
silently ignored, as gc ignores it. ``//go:embed`` is not modelled (the go
command resolves its files before compiling), and ``//go:uintptrkeepalive``
is accepted as in the standard library (gc's ``-std``, with which Go's own
escape tests use it).
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, field
from enum import Enum, IntFlag

from tree_sitter import Node

from ..errors import CompileError, Pos
from .nodes import pos_of, text


class Flag(IntFlag):
    """gc's pragma flags (``ir.PragmaFlag``), the ones a directive word sets."""

    NONE = 0
    BUILD = 1 << 0
    NOESCAPE = 1 << 1
    NORACE = 1 << 2
    NOSPLIT = 1 << 3
    NOINLINE = 1 << 4
    NOCHECKPTR = 1 << 5
    SYSTEMSTACK = 1 << 6
    NOWRITEBARRIER = 1 << 7
    NOWRITEBARRIERREC = 1 << 8
    YESWRITEBARRIERREC = 1 << 9
    CGO_UNSAFE_ARGS = 1 << 10
    UINTPTR_KEEPALIVE = 1 << 11
    UINTPTR_ESCAPES = 1 << 12
    REGISTER_PARAMS = 1 << 13


VERBS: dict[str, Flag] = {
    "go:build": Flag.BUILD,
    "go:noescape": Flag.NOESCAPE,
    "go:norace": Flag.NORACE,
    "go:nosplit": Flag.NOSPLIT | Flag.NOCHECKPTR,
    "go:noinline": Flag.NOINLINE,
    "go:nocheckptr": Flag.NOCHECKPTR,
    "go:systemstack": Flag.SYSTEMSTACK,
    "go:nowritebarrier": Flag.NOWRITEBARRIER,
    "go:nowritebarrierrec": Flag.NOWRITEBARRIERREC | Flag.NOWRITEBARRIER,
    "go:yeswritebarrierrec": Flag.YESWRITEBARRIERREC,
    "go:cgo_unsafe_args": Flag.CGO_UNSAFE_ARGS | Flag.NOCHECKPTR,
    "go:uintptrkeepalive": Flag.UINTPTR_KEEPALIVE,
    "go:uintptrescapes": Flag.UINTPTR_ESCAPES | Flag.UINTPTR_KEEPALIVE,
    "go:registerparams": Flag.REGISTER_PARAMS,
}
"""Each word's flags (``go:nointerface`` sets none without the fieldtrack experiment)."""

FUNC_FLAGS = functools.reduce(operator.or_, VERBS.values()) & ~Flag.BUILD
"""What a function declaration may carry."""

RUNTIME_ONLY = Flag.SYSTEMSTACK | Flag.NOWRITEBARRIER | Flag.NOWRITEBARRIERREC | \
    Flag.YESWRITEBARRIERREC

MISPLACED = "misplaced compiler directive"


class Owner(Enum):
    """What takes a directive: the file, a declaration, a function, or nothing (misplaced)."""

    FILE = "file"
    DECL = "decl"
    FUNC = "func"
    NONE = "none"


@dataclass
class Directive:
    pos: Pos                # where gc places it: just after the ``//``
    text: str               # the comment's text after ``//``
    flag: Flag
    owner: Owner
    decl: Node | None       # the function declaration it belongs to, for FUNC


@dataclass
class Directives:
    """gc's errors about a file's directives: while parsing, and once types check."""

    early: list[CompileError] = field(default_factory=list)
    late: list[CompileError] = field(default_factory=list)


_START = re.compile(rb"//go:|/\*go:")
_SPECS = frozenset({"var_spec", "const_spec", "type_spec", "type_alias", "import_spec"})


def directives(source: bytes, root: Node) -> Directives:
    """gc's errors about the ``//go:`` directives of a parsed file."""
    out = Directives()
    if b"go:" not in source:
        return out
    found: list[Directive] = []
    links: list[tuple[Pos, list[str]]] = []
    for m in _START.finditer(source):
        i = m.start()
        node = root.descendant_for_byte_range(i, i + 1)
        if node is None or node.type != "comment" or node.start_byte != i:
            continue
        raw = source[i + 2:node.end_byte - (2 if source[i + 1:i + 2] == b"*" else 0)]
        txt = raw.decode("utf-8", "replace").rstrip("\r")
        pos = Pos(node.start_point[0] + 1, node.start_point[1] + 3)
        line_start = source.rfind(b"\n", 0, i) + 1
        if source[line_start:i].strip(b" \t\r"):
            out.early.append(CompileError(pos, MISPLACED))  # not alone on its line
            continue
        words = txt.split()
        verb = txt.split(" ", 1)[0]
        if verb in ("go:linkname", "go:linknamestd") and " " in txt:
            if not 2 <= len(words) <= 3:
                out.early.append(CompileError(pos, f"usage: //{words[0]} localname [linkname]"))
            else:
                links.append((pos, words))
            continue
        if verb in ("go:wasmimport", "go:wasmexport") and " " in txt or verb == "go:embed":
            _usage(out, pos, verb, words)
            continue
        if verb.startswith("go:cgo_") and not (verb == "go:cgo_import_dynamic" and len(words) >= 4):
            out.early.append(CompileError(pos, f"//{txt} only allowed in cgo-generated code"))
        flag = VERBS.get(verb, Flag.NONE)
        if flag & RUNTIME_ONLY:
            out.early.append(CompileError(pos, f"//{verb} only allowed in runtime"))
        if flag:
            owner, decl = _owner(source, root, node.end_byte)
            found.append(Directive(pos, txt, flag, owner, decl))
    for d in found:
        if d.owner is Owner.NONE:
            out.early.append(CompileError(d.pos, MISPLACED))
        elif d.flag & ~_allowed(d.owner):
            out.late.append(CompileError(d.pos, MISPLACED))
    out.late.extend(_func_errors(found))
    out.late.extend(_linkname_errors(root, links))
    out.early.sort(key=lambda e: (e.pos.line, e.pos.col))
    out.late.sort(key=lambda e: (e.pos.line, e.pos.col))
    return out


def _usage(out: Directives, pos: Pos, verb: str, words: list[str]) -> None:
    want = {"go:wasmimport": (3, "importmodule importname"), "go:wasmexport": (2, "exportname")}
    if verb == "go:embed":
        if len(words) < 2:
            out.early.append(CompileError(pos, "usage: //go:embed pattern..."))
    elif len(words) != want[verb][0]:
        out.early.append(CompileError(pos, f"usage: //{verb} {want[verb][1]}"))


def _allowed(owner: Owner) -> Flag:
    return {Owner.FILE: Flag.BUILD, Owner.FUNC: FUNC_FLAGS}.get(owner, Flag.NONE)


def _owner(source: bytes, root: Node, after: int) -> tuple[Owner, Node | None]:
    """Who takes a directive whose comment ends at byte ``after``: gc's parser gives it to
    the declaration the next token starts; any other token ends its chance."""
    j = _next_token(source, after)
    if j >= len(source):
        return Owner.NONE, None
    leaf = root.descendant_for_byte_range(j, j + 1)
    if leaf is None:
        return Owner.NONE, None
    t = leaf.type
    parent = leaf.parent
    if t == "package":
        return Owner.FILE, None
    if t in ("import", "var", "const", "type"):
        k = _next_token(source, leaf.end_byte)
        return (Owner.NONE, None) if source[k:k + 1] == b"(" else (Owner.DECL, None)
    if t == "func":
        if parent is not None and parent.type in ("function_declaration", "method_declaration"):
            return Owner.FUNC, parent
        return Owner.NONE, None
    node: Node | None = leaf
    while node is not None and node.start_byte == j:
        if node.type in _SPECS:
            return Owner.DECL, None
        node = node.parent
    return Owner.NONE, None


def _next_token(source: bytes, i: int) -> int:
    n = len(source)
    while i < n:
        c = source[i:i + 1]
        if c in b" \t\r\n":
            i += 1
        elif source.startswith(b"//", i):
            j = source.find(b"\n", i)
            i = n if j < 0 else j + 1
        elif source.startswith(b"/*", i):
            j = source.find(b"*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    return i


def _decl_pos(decl: Node) -> Pos:
    """gc's position of a function declaration: its receiver's ``(`` or its name."""
    recv = decl.child_by_field_name("receiver")
    at = recv if recv is not None else decl.child_by_field_name("name")
    return pos_of(at if at is not None else decl)


def _func_errors(found: list[Directive]) -> list[CompileError]:
    flags: dict[int, tuple[Node, Flag]] = {}
    for d in found:
        if d.owner is Owner.FUNC and d.decl is not None:
            prev = flags.get(d.decl.id, (d.decl, Flag.NONE))[1]
            flags[d.decl.id] = (d.decl, prev | d.flag)
    out = []
    for decl, flag in flags.values():
        name = decl.child_by_field_name("name")
        if name is not None and text(name) == "_":
            continue  # gc writes no blank function, so checks none
        if decl.child_by_field_name("body") is not None and flag & Flag.NOESCAPE:
            out.append(CompileError(_decl_pos(decl),
                                    "can only use //go:noescape with external func implementations"))
    return out


def _linkname_errors(root: Node, links: list[tuple[Pos, list[str]]]) -> list[CompileError]:
    if not links:
        return []
    unsafe = any(text(p) in ('"unsafe"', "`unsafe`") for p in _import_paths(root))
    declared = _package_funcs_and_vars(root)
    out: list[CompileError] = []
    seen: set[str] = set()
    for pos, words in links:
        d, local = words[0], words[1]
        remote = words[2] if len(words) == 3 else ""
        if not unsafe:
            msg = f'//{d} only allowed in Go files that import "unsafe"'
        elif "[" in remote and "]" in remote:
            msg = f"//{d} reference of an instantiation is not allowed"
        elif local not in declared:
            msg = f"//{d} must refer to declared function or variable"
        elif local in seen:
            msg = f"duplicate //{d} for {local}"
        else:
            seen.add(local)
            continue
        out.append(CompileError(pos, msg))
    return out


def _import_paths(root: Node) -> list[Node]:
    out = []
    for c in root.named_children:
        if c.type == "import_declaration":
            stack = [c]
            while stack:
                n = stack.pop()
                if n.type == "import_spec":
                    p = n.child_by_field_name("path")
                    if p is not None:
                        out.append(p)
                else:
                    stack.extend(n.named_children)
    return out


def _package_funcs_and_vars(root: Node) -> set[str]:
    names: set[str] = set()
    for c in root.named_children:
        if c.type == "function_declaration":
            name = c.child_by_field_name("name")
            if name is not None:
                names.add(text(name))
        elif c.type == "var_declaration":
            stack = [c]
            while stack:
                n = stack.pop()
                if n.type == "var_spec":
                    names.update(text(x) for x in n.children_by_field_name("name"))
                else:
                    stack.extend(n.named_children)
    return names
