"""gc's ``instantiation cycle``: an instance that needs a bigger instance of itself.

``g[T]`` calling ``g[[]T]`` would instantiate forever; the lowering keeps a
stack of the instances being lowered and refuses one that grows an argument
of an instance of the same declaration already on it.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from tree_sitter import Node

from ..errors import GoTypeError
from ..syntax.nodes import named_children, pos_of, text
from ..types import model as T


def type_size(t: T.Type) -> int:
    """How many type constructors make up ``t`` (a shape counts as what it stands for).

    An instance that needs an instance of itself with a bigger type argument
    would go on forever: that is gc's instantiation cycle."""
    n = 0
    work = [t]
    while work and n < 10_000:
        x = work.pop()
        n += 1
        if isinstance(x, T.Named):
            if getattr(x, "is_shape", False) and x.underlying is not None:
                work.append(x.underlying)
            work.extend(getattr(x, "targs", None) or [])
        elif isinstance(x, (T.Pointer, T.Slice, T.Array, T.Chan)):
            work.append(x.elem)
        elif isinstance(x, T.Map):
            work.extend((x.key, x.elem))
        elif isinstance(x, T.Struct):
            work.extend(f.type for f in x.fields)
        elif isinstance(x, T.Signature):
            work.extend(p.type for p in x.params + x.results)
        elif isinstance(x, T.Tuple):
            work.extend(x.types)
    return n


@contextmanager
def instantiation(stack: list[tuple[object, list[T.Type]]], g: object, node: Node,
                  targs: list[T.Type]) -> Iterator[None]:
    """Lowering one instance of ``g`` (declared at ``node``) with ``targs``."""
    for other, old in stack:
        if other is not g:
            continue
        for i, (new_t, old_t) in enumerate(zip(targs, old)):
            if type_size(new_t) > type_size(old_t):
                tps = node.child_by_field_name("type_parameters")
                names = [n for d in named_children(tps) for n in d.children_by_field_name("name")]
                at = names[i] if i < len(names) else node
                raise GoTypeError(pos_of(at), f"instantiation cycle: {text(at)} instantiated as "
                                  f"{T.type_string(new_t).replace('go.shape.', '')}")
    stack.append((g, targs))
    try:
        yield
    finally:
        stack.pop()
