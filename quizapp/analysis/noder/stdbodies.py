"""Standard-library bodies gc inlines, lowered from their source when first needed.

A call gc inlines into the user's package pastes the callee's body there,
and what that body allocates or moves is decided, and printed, in the
caller: ``&errors.errorString{...} escapes to heap`` at the call of
``errors.New``, ``bytes.b.buf`` for a ``bytes.Buffer`` method. The data
holds the source of every function gc can inline (``PATH.inline.json``);
``Bodies.get`` lowers one as an ordinary function of its own package, as
``generics`` lowers a standard-library instance: parsed at its real line
and column (positions at ``$GOROOT``), names resolved in its file's scope
(qualified names, unexported objects, ``unsafe``, constant-false
``race.Enabled`` whose branches the lowering drops), its variables named
after its package (``bytes.b``). What the lowering cannot follow is
unsupported at the call, never guessed.
"""

from __future__ import annotations

from typing import Any

from ..errors import AnalysisError, Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import pos_of, pragmas
from ..types.model import IncompleteType
from ..types.stdlib import inline_bodies, package_name
from .stdnames import qualify_vars


class Bodies:
    """The bodies one analysis lowered, by the external function they stand for."""

    def __init__(self, uni: Any) -> None:
        self.uni = uni
        self.keys: dict[int, tuple[str, str]] = {}      # id(external) -> (path, "F" | "T.M")
        self.done: dict[int, ir.Func | Unsupported] = {}
        self.generic: dict[int, tuple[ir.Func, list[ir.Func]]] = {}

    def note(self, fn: ir.Func, entry: dict[str, Any]) -> None:
        """``fn`` (another package's function, with its ``home_path`` and ``std_key``) may
        have a body in the data."""
        if entry.get("body"):
            self.keys[id(fn)] = (fn.home_path, fn.std_key)  # type: ignore[attr-defined]

    def has(self, fn: ir.Func) -> bool:
        return id(fn) in self.keys

    def get(self, fn: ir.Func, pos: Pos) -> ir.Func:
        """The lowered body standing for ``fn``; raises Unsupported (at ``pos``, the call) when
        the data has none or the lowering cannot follow it."""
        got = self.done.get(id(fn))
        if got is None:
            try:
                got = self.lower(fn, pos)
            except Unsupported as exc:
                got = exc
            except (AnalysisError, IncompleteType, RecursionError) as exc:
                # the library's own code is valid Go: what fails is the analyzer's reading
                got = Unsupported(pos, f"the body of {fn.name} ({type(exc).__name__}: {exc})")
            self.done[id(fn)] = got
        if isinstance(got, Unsupported):
            raise Unsupported(pos, got.what)
        return got

    def lower(self, fn: ir.Func, pos: Pos) -> ir.Func:
        where = self.keys.get(id(fn))
        if where is None:
            raise Unsupported(pos, f"the body of {fn.name} (not in the data)")
        path, key = where
        src = inline_bodies(path).get(key)
        if src is None:
            raise Unsupported(pos, f"the body of {package_name(path)}.{key} (not in the data)")
        uni = self.uni
        lw = uni.lowerer
        decl = uni.source.declaration(src)
        home = uni.home(path, src)
        recv = decl.child_by_field_name("receiver") if decl.type == "method_declaration" else None
        body = ir.Func(_local_name(fn.name), pos_of(decl.child_by_field_name("name")), fn.sig)
        if recv is not None:
            body.decl_pos = pos_of(recv)
        body.pragmas = pragmas(decl)
        body.imported = True  # type: ignore[attr-defined]
        body.home_path = path  # type: ignore[attr-defined]
        body.stands_for = fn  # type: ignore[attr-defined]
        saved = _ProgramState(lw)
        uni.in_body += 1
        try:
            with lw.instantiating(home, key, "", pos), \
                    lw.fresh_lowering(uni.source.file_scope(path, src), home):
                lw.lower_func(body, decl.child_by_field_name("parameters"),
                              decl.child_by_field_name("result"), recv,
                              decl.child_by_field_name("body"))
                qualify_vars(body, home)
        finally:
            uni.in_body -= 1
            made = saved.restore(lw)
        if made:
            # gc compiles those instances in the user's package: not modelled under inlining.
            # The body and its instances are kept for the cost oracle (``instantiating``).
            exc = Unsupported(pos, f"the body of {fn.name}, which instantiates generic code")
            self.generic[id(fn)] = (body, made)
            raise exc
        return body

    def instantiating(self, fn: ir.Func) -> tuple[ir.Func, list[ir.Func]] | None:
        """A body that lowered but instantiates generic code (unsupported at a call): the
        body, and the instances it made, in the order they were made."""
        return self.generic.get(id(fn))


class _ProgramState:
    """What the lowering keeps for the whole program, as it was before a body is lowered.

    A body is lowered while the program is inlined, and many in one analysis:
    the instances it makes (of generic code, or of a generic type's methods)
    are its own, kept with it, never the program's (which would compile and
    print them) nor a later body's (which would find them made and so seem to
    instantiate nothing)."""

    LISTS = ("refs", "inst_events", "generated_uses", "extra_instances", "type_instances",
             "pending_methods")

    def __init__(self, lw: Any) -> None:
        self.instances = set(lw.instances)
        self.lengths = {name: len(getattr(lw, name)) for name in self.LISTS}

    def restore(self, lw: Any) -> list[ir.Func]:
        """Put the program's state back (its lists in place: the program shares them);
        the instances made meanwhile, in the order they were made."""
        made = [f for k, f in lw.instances.items() if k not in self.instances]
        for k in [k for k in lw.instances if k not in self.instances]:
            del lw.instances[k]
        for name, n in self.lengths.items():
            del getattr(lw, name)[n:]
        return made


def _local_name(name: str) -> str:
    """An external function's name without its package: ``errors.New`` is ``New`` in
    package errors, ``(*strings.Builder).Len`` is ``(*Builder).Len`` in package strings."""
    if name.startswith("(*"):
        return "(*" + name[2:].split(".", 1)[1]
    return name.split(".", 1)[1]
