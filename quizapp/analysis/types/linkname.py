"""Types spelled as gc spells them in shape and dictionary names.

An instance of generic code is named after the *shapes* of its type
arguments (``Swap[go.shape.struct { ID int "json:\\"id\\""; main.name string }]``)
and called with a dictionary named after the type arguments themselves
(``&.dict.Box[main.Config]``). Those names use the linker's spelling of
types, not the IR printer's: named types qualified by their package path
(``net/netip.Addr``, ``main.User``), ``byte`` and ``rune`` as ``uint8`` and
``int32``, unexported field and method names qualified by their package
path, struct tags quoted.
"""

from __future__ import annotations

from . import constant as C
from . import model as T


def link_string(t: T.Type, home: str) -> str:
    """``t`` in link spelling; ``home`` is the analysed file's package path (``main``)."""
    if isinstance(t, T.Named):
        return _named(t, home)
    if isinstance(t, T.Basic):
        if T.is_byte(t):
            return "uint8"
        if T.is_rune(t):
            return "int32"
        return t.name
    if isinstance(t, T.Pointer):
        return "*" + link_string(t.elem, home)
    if isinstance(t, T.Slice):
        return "[]" + link_string(t.elem, home)
    if isinstance(t, T.Array):
        return f"[{t.length}]" + link_string(t.elem, home)
    if isinstance(t, T.Map):
        return f"map[{link_string(t.key, home)}]{link_string(t.elem, home)}"
    if isinstance(t, T.Chan):
        inner = link_string(t.elem, home)
        if t.dir is T.ChanDir.BOTH and isinstance(t.elem, T.Chan) and t.elem.dir is T.ChanDir.RECV:
            inner = f"({inner})"
        return f"{t.dir.value} {inner}"
    if isinstance(t, T.Struct):
        if not t.fields:
            return "struct {}"
        return "struct { " + "; ".join(_field(f, home) for f in t.fields) + " }"
    if isinstance(t, T.Signature):
        return "func" + _signature(t, home)
    if isinstance(t, T.Interface):
        ms = t.all_methods()
        if not ms:
            return "interface {}"
        return "interface { " + "; ".join(
            _qualified(m.name, "", home) + _signature(m.sig, home) for m in ms) + " }"
    if isinstance(t, T.Tuple):
        return "(" + ", ".join(link_string(x, home) for x in t.types) + ")"
    return T.type_string(t)


def _named(t: T.Named, home: str) -> str:
    if getattr(t, "is_shape", False) or t is T.ERROR_TYPE:
        return t.name
    targs = getattr(t, "link_targs", None) or getattr(t, "targs", None)
    if targs is not None:
        origin = getattr(t, "origin", None)
        base = getattr(origin, "name", None) or t.name.split("[", 1)[0]
        path = getattr(origin, "path", "") or t.path or home
        return f"{path}.{base}[{','.join(link_string(a, home) for a in targs)}]"
    return f"{t.path or home}.{t.name}"


def _qualified(name: str, pkg: str, home: str) -> str:
    return name if T.is_exported(name) else f"{pkg or home}.{name}"


def _field(f: T.Field, home: str) -> str:
    if f.embedded:
        base = f.type.elem if isinstance(f.type, T.Pointer) else f.type
        s = link_string(f.type, home)
        if getattr(base, "targs", None) is not None:
            # the field's name is not the type's (node vs node[K,V]): gc says which
            s = f"{_qualified(f.name, f.pkg, home)} = {s}"
    else:
        s = f"{_qualified(f.name, f.pkg, home)} {link_string(f.type, home)}"
    if f.tag:
        s += " " + C.quote_string(f.tag)
    return s


def _signature(sig: T.Signature, home: str) -> str:
    ps = []
    for i, p in enumerate(sig.params):
        if sig.variadic and i == len(sig.params) - 1 and isinstance(p.type, T.Slice):
            ps.append("..." + link_string(p.type.elem, home))
        else:
            ps.append(link_string(p.type, home))
    out = "(" + ", ".join(ps) + ")"
    if len(sig.results) == 1:
        out += " " + link_string(sig.results[0].type, home)
    elif sig.results:
        out += " (" + ", ".join(link_string(r.type, home) for r in sig.results) + ")"
    return out
