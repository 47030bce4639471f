"""fmt's printer (``pp`` and ``fmt`` in fmt/print.go and fmt/format.go), over interpreter values.

Values come with their Go type, so the printer walks them as fmt's
reflection does: ``%v`` of structs (``{1 2}``, ``{X:1 Y:2}`` with ``+``),
pointers to composites at the top level (``&{...}``), maps in sorted key
order, nested interfaces by their dynamic value, and the ``Error`` and
``String`` methods of any value fmt may call them on (not through an
unexported field). Flags, widths and precisions follow fmt's rules, and a
wrong verb prints ``%!d(string=hi)`` as fmt does.
"""

from __future__ import annotations

import math
from functools import cmp_to_key
from typing import Any, Callable

from ...analysis.types import model as T
from ..errors import CannotRun, GoPanic, RuntimeErr
from ..printing import container_address, fake_address
from ..rtypes import find_method, method_set_has, type_name
from .fmtformat import LDIGITS, UDIGITS, Fmt, go_quote
from ..values import Iface, Ptr, Slice, field_offsets, is_aggregate, width



def _signed(t: T.Type) -> bool:
    u = t.under
    return isinstance(u, T.Basic) and u.info is T.BasicInfo.INT


class Printer(Fmt):
    """One ``pp``: fmt's flags and buffer, and the machine for method calls."""

    def __init__(self, m: Any) -> None:
        super().__init__()
        self.m = m
        self.erroring = False
        self.panicking = False
        self.wrap_errs = False
        self.wrapped: list[int] = []
        self.methods = True               # False: never call String/Error (diagrams)
        self.limit = 0                    # > 0: stop listing elements past this many bytes
        addr = container_address(m)
        self.address_of: Callable[[Any], int] = lambda v: address_of(v, addr)

    # ------------------------------------------------------------ print.go
    def bad_verb(self, t: T.Type | None, v: Any, verb: str, arg: bool = True) -> None:
        self.erroring = True
        self.write("%!" + verb + "(")
        if t is None:
            self.write("<nil>")
        else:
            self.write(type_name(t) + "=")
            if arg:
                self.print_arg(Iface(t, v), "v")
            else:
                self.print_value(t, v, "v", 0, True)
        self.write(")")
        self.erroring = False

    def fmt_integer_verb(self, t: T.Type, v: int, verb: str) -> None:
        signed = _signed(t)
        if verb == "v":
            if self.sharp_v and not signed:
                self.fmt0x64(v, True)
            else:
                self.fmt_integer(v, 10, signed, verb, LDIGITS)
        elif verb == "d":
            self.fmt_integer(v, 10, signed, verb, LDIGITS)
        elif verb == "b":
            self.fmt_integer(v, 2, signed, verb, LDIGITS)
        elif verb in "oO":
            self.fmt_integer(v, 8, signed, verb, LDIGITS)
        elif verb == "x":
            self.fmt_integer(v, 16, signed, verb, LDIGITS)
        elif verb == "X":
            self.fmt_integer(v, 16, signed, verb, UDIGITS)
        elif verb == "c":
            self.fmt_c(v)
        elif verb == "q":
            self.fmt_qc(v)
        elif verb == "U":
            self.fmt_unicode(v)
        else:
            self.bad_verb(t, v, verb, arg=False)

    def fmt0x64(self, v: int, leading: bool) -> None:
        sharp = self.sharp
        self.sharp = leading
        self.fmt_integer(v, 16, False, "v", LDIGITS)
        self.sharp = sharp

    def fmt_float_verb(self, t: T.Type, v: float, size: int, verb: str) -> None:
        if verb == "v":
            self.fmt_float(v, size, "g", -1)
        elif verb in ("b", "g", "G", "x", "X"):
            if verb in "bxX":
                raise CannotRun(None, f"fmt verb %{verb} on a float")
            self.fmt_float(v, size, verb, -1)
        elif verb in "feE":
            self.fmt_float(v, size, verb, 6)
        elif verb == "F":
            self.fmt_float(v, size, "f", 6)
        else:
            self.bad_verb(t, v, verb, arg=False)

    def fmt_complex_verb(self, t: T.Type, v: complex, size: int, verb: str) -> None:
        if verb in ("v", "b", "g", "G", "x", "X", "f", "F", "e", "E"):
            old = self.plus
            self.write("(")
            self.fmt_float_verb(t, v.real, size // 2, verb)
            self.plus = True
            self.fmt_float_verb(t, v.imag, size // 2, verb)
            self.write("i)")
            self.plus = old
        else:
            self.bad_verb(t, v, verb, arg=False)

    def fmt_string_verb(self, t: T.Type | None, v: bytes, verb: str) -> None:
        if verb == "v":
            if self.sharp_v:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == "s":
            self.fmt_s(v)
        elif verb == "x":
            self.fmt_sbx(v, LDIGITS)
        elif verb == "X":
            self.fmt_sbx(v, UDIGITS)
        elif verb == "q":
            self.fmt_q(v)
        else:
            self.bad_verb(t, v, verb, arg=False)

    def fmt_bytes(self, b: bytes | None, verb: str, tstring: str) -> bool:
        if verb in "vd":
            if self.sharp_v:
                self.write(tstring)
                if b is None:
                    self.write("(nil)")
                    return True
                self.write("{")
                for i, c in enumerate(b):
                    if i:
                        self.write(", ")
                    self.fmt0x64(c, True)
                self.write("}")
            else:
                self.write("[")
                for i, c in enumerate(b or b""):
                    if i:
                        self.write(" ")
                    self.fmt_integer(c, 10, False, verb, LDIGITS)
                self.write("]")
            return True
        if verb == "s":
            self.pad(self.truncate(b or b""))
        elif verb == "x":
            self.fmt_sbx(b or b"", LDIGITS)
        elif verb == "X":
            self.fmt_sbx(b or b"", UDIGITS)
        elif verb == "q":
            self.fmt_q(b or b"")
        else:
            return False
        return True

    def fmt_pointer(self, t: T.Type, v: Any, verb: str) -> None:
        u = self.address_of(v)
        if verb == "v":
            if self.sharp_v:
                self.write("(" + type_name(t) + ")(")
                if u == 0:
                    self.write("nil")
                else:
                    self.fmt0x64(u, True)
                self.write(")")
            elif u == 0:
                self.pad("<nil>")
            else:
                self.fmt0x64(u, not self.sharp)
        elif verb == "p":
            self.fmt0x64(u, not self.sharp)
        elif verb in "bodxX":
            self.fmt_integer_verb(T.UINTPTR, u, verb)
        else:
            self.bad_verb(t, v, verb, arg=False)

    # ------------------------------------------------------------ methods
    def handle_methods(self, t: T.Type, v: Any, verb: str) -> bool:
        if self.erroring or not self.methods:
            return False
        if verb == "w":
            if not (method_set_has(t, "Error")) or not self.wrap_errs:
                self.bad_verb(t, v, verb)
                return True
            verb = "v"
        if method_set_has(t, "Format") and find_method(t, "Format") is not None:
            raise CannotRun(None, f"fmt.Formatter on {type_name(t)}")
        if self.sharp_v:
            if _string_method(t, "GoString"):
                self.fmt_s(self.call(t, v, "GoString", verb))
                return True
            return False
        if verb in "vsxXq":
            for name in ("Error", "String"):
                if _string_method(t, name):
                    try:
                        s = self.m.call_method(Iface(t, v), name, [])
                    except GoPanic as p:
                        self.catch_panic(t, v, verb, name, p)
                        return True
                    self.fmt_string_verb(None, s, verb)
                    return True
        return False

    def call(self, t: T.Type, v: Any, name: str, verb: str) -> bytes:
        try:
            return self.m.call_method(Iface(t, v), name, [])
        except GoPanic as p:
            self.catch_panic(t, v, verb, name, p)
            return b""

    def catch_panic(self, t: T.Type, v: Any, verb: str, method: str, p: GoPanic) -> None:
        if isinstance(t.under, T.Pointer) and v is None:
            self.write("<nil>")
            return
        if self.panicking:
            raise p
        saved = (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp,
                 self.space, self.zero, self.plus_v, self.sharp_v, self.wid, self.prec)
        self.clear()
        self.write(f"%!{verb}(PANIC={method} method: ")
        self.panicking = True
        if p.value is None:
            self.write("<nil>")
        else:
            self.print_arg(p.value, "v")
        self.panicking = False
        self.write(")")
        (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp, self.space,
         self.zero, self.plus_v, self.sharp_v, self.wid, self.prec) = saved

    # ------------------------------------------------------------ arguments and values
    def print_arg(self, arg: Iface | None, verb: str) -> None:
        if arg is None:
            if verb in "Tv":
                self.pad("<nil>")
            else:
                self.bad_verb(None, None, verb)
            return
        t, v = arg.t, arg.v
        if verb == "T":
            self.fmt_s(type_name(t).encode())
            return
        if verb == "p":
            self.fmt_pointer(t, v, "p")
            return
        u = t.under
        if isinstance(t, T.Basic):
            self.print_value(t, v, verb, 0, True)
            return
        if isinstance(u, T.Slice) and T.is_byte(u.elem) and not isinstance(t, T.Named):
            b = None if v.arr is None else bytes(v.arr[v.off:v.off + v.len])
            if not self.fmt_bytes(b, verb, "[]byte"):
                self.print_value(t, v, verb, 0, True)
            return
        if not self.handle_methods(t, v, verb):
            self.print_value(t, v, verb, 0, True, top=True)

    def print_value(self, t: T.Type, v: Any, verb: str, depth: int, can_iface: bool,
                    top: bool = False) -> None:
        if depth > 0 and can_iface and self.handle_methods(t, v, verb):
            return
        if isinstance(v, RuntimeErr):
            # A run-time error's payload is native: with methods off (diagrams) show
            # the text its Error method returns rather than the raw payload.
            from ..panics import error_text
            self.fmt_s(error_text(v).encode())
            return
        u = t.under
        if isinstance(u, T.Basic):
            info = u.info
            if info is T.BasicInfo.BOOL:
                if verb in "tv":
                    self.pad("true" if v else "false")
                else:
                    self.bad_verb(t, v, verb, arg=False)
            elif info in (T.BasicInfo.INT, T.BasicInfo.UINT):
                self.fmt_integer_verb(t, v, verb)
            elif info is T.BasicInfo.FLOAT:
                self.fmt_float_verb(t, v, 32 if u.name == "float32" else 64, verb)
            elif info is T.BasicInfo.COMPLEX:
                self.fmt_complex_verb(t, v, 64 if u.name == "complex64" else 128, verb)
            elif info is T.BasicInfo.STRING:
                self.fmt_string_verb(t, v, verb)
            else:
                self.fmt_pointer(t, v, verb)
            return
        if isinstance(u, T.Map):
            self.print_map(t, u, v, verb, depth, can_iface)
            return
        if isinstance(u, T.Struct):
            if self.sharp_v:
                self.write(type_name(t))
            self.write("{")
            offs = 0
            for i, f in enumerate(u.fields):
                fw = width(f.type)
                if i:
                    self.write(", " if self.sharp_v else " ")
                if self.plus_v or self.sharp_v:
                    self.write(f.name + ":")
                fv = v[offs:offs + fw] if is_aggregate(f.type) else v[offs]
                ft = f.type
                fcan = can_iface and _exported(f)
                if isinstance(ft.under, T.Interface) and fv is not None:
                    ft, fv = fv.t, fv.v
                self.print_value(ft, fv, verb, depth + 1, fcan)
                offs += fw
            self.write("}")
            return
        if isinstance(u, T.Interface):
            if v is None:
                if self.sharp_v:
                    self.write(type_name(t) + "(nil)")
                else:
                    self.write("<nil>")
            else:
                self.print_value(v.t, v.v, verb, depth + 1, can_iface)
            return
        if isinstance(u, (T.Array, T.Slice)):
            self.print_list(t, u, v, verb, depth, can_iface)
            return
        if isinstance(u, T.Pointer):
            if top and depth == 0 and v is not None:
                et = u.elem
                eu = et.under
                if isinstance(eu, (T.Array, T.Slice, T.Struct, T.Map)):
                    self.write("&")
                    ew = width(et)
                    ev = v.c[v.o:v.o + ew] if is_aggregate(et) else v.c[v.o]
                    self.print_value(et, ev, verb, depth + 1, can_iface)
                    return
            self.fmt_pointer(t, v, verb)
            return
        self.fmt_pointer(t, v, verb)

    def print_list(self, t: T.Type, u: T.Type, v: Any, verb: str, depth: int, can_iface: bool
                   ) -> None:
        et = u.elem  # type: ignore[attr-defined]
        w = width(et)
        agg = is_aggregate(et)
        if isinstance(u, T.Slice):
            items = [] if v.arr is None else v.arr[v.off:v.off + v.len * w] if w else []
            n = v.len
            is_nil = v.arr is None
        else:
            items = v
            n = u.length  # type: ignore[attr-defined]
            is_nil = False
        if verb in "sqxX" and T.is_byte(et):
            self.fmt_bytes(bytes(items), verb, type_name(t))
            return
        if self.sharp_v:
            self.write(type_name(t))
            if isinstance(u, T.Slice) and is_nil:
                self.write("(nil)")
                return
            self.write("{")
            sep = ", "
        else:
            self.write("[")
            sep = " "
        limit = self.limit
        for i in range(n):
            if i:
                if limit and len(self.buf) > limit:
                    break           # the caller cuts the text here anyway
                self.write(sep)
            ev = items[i * w:i * w + w] if agg else (items[i] if w else None)
            self.print_value(et, ev, verb, depth + 1, can_iface)
        self.write("}" if self.sharp_v else "]")

    def print_map(self, t: T.Type, u: T.Map, v: Any, verb: str, depth: int, can_iface: bool
                  ) -> None:
        if self.sharp_v:
            self.write(type_name(t))
            if v is None:
                self.write("(nil)")
                return
            self.write("{")
        else:
            self.write("map[")
        entries = [] if v is None else [(e[0], e[1]) for e in v.d.values()]
        entries.sort(key=cmp_to_key(lambda a, b: compare(u.key, a[0], b[0])))
        for i, (k, val) in enumerate(entries):
            if i:
                if self.limit and len(self.buf) > self.limit:
                    break
                self.write(", " if self.sharp_v else " ")
            self.print_value(u.key, k, verb, depth + 1, can_iface)
            self.write(":")
            self.print_value(u.elem, val, verb, depth + 1, can_iface)
        self.write("}" if self.sharp_v else "]")


def _exported(f: T.Field) -> bool:
    name = f.name
    if f.embedded:
        base = f.type.elem if isinstance(f.type, T.Pointer) else f.type
        name = getattr(base, "name", name)
    return bool(name) and name[0].isupper()


def _string_method(t: T.Type, name: str) -> bool:
    if not method_set_has(t, name):
        return False
    sel = find_method(t, name)
    sig = sel.method.sig
    return not sig.params and len(sig.results) == 1 and sig.results[0].type.under is T.STRING


def address_of(v: Any, addr: Callable[[Any], int] = fake_address) -> int:
    """The address ``%p`` prints for a pointer, slice, map, channel or func (``addr``: where
    a container lives)."""
    if v is None:
        return 0
    if isinstance(v, Ptr):
        return addr(v.c) + v.o * 8
    if isinstance(v, Slice):
        return 0 if v.arr is None else addr(v.arr) + v.off * 8
    return addr(v)


def compare(t: T.Type, a: Any, b: Any) -> int:
    """fmtsort's ordering of map keys."""
    u = t.under
    if isinstance(u, T.Basic):
        if u.info is T.BasicInfo.COMPLEX:
            return _cmp_float(a.real, b.real) or _cmp_float(a.imag, b.imag)
        if u.info is T.BasicInfo.FLOAT:
            return _cmp_float(a, b)
        return (a > b) - (a < b)
    if isinstance(u, (T.Pointer, T.Chan)) or u is T.UNSAFE_POINTER:
        raise CannotRun(None, "printing a map keyed by pointers or channels (its order "
                        "depends on addresses)")
    if isinstance(u, T.Struct):
        off = 0
        for f in u.fields:
            fw = width(f.type)
            fa = a[off:off + fw] if is_aggregate(f.type) else a[off]
            fb = b[off:off + fw] if is_aggregate(f.type) else b[off]
            c = compare(f.type, fa, fb)
            if c:
                return c
            off += fw
        return 0
    if isinstance(u, T.Array):
        w = width(u.elem)
        agg = is_aggregate(u.elem)
        for i in range(u.length):
            ea = a[i * w:i * w + w] if agg else a[i * w]
            eb = b[i * w:i * w + w] if agg else b[i * w]
            c = compare(u.elem, ea, eb)
            if c:
                return c
        return 0
    if isinstance(u, T.Interface):
        if a is None or b is None:
            return (a is not None) - (b is not None)
        from ..rtypes import identical
        if not identical(a.t, b.t):
            raise CannotRun(None, "printing a map whose interface keys have different dynamic "
                            "types (Go orders them by type descriptor address)")
        return compare(a.t, a.v, b.v)
    return 0


def _cmp_float(a: float, b: float) -> int:
    an, bn = math.isnan(a), math.isnan(b)
    if an or bn:
        return 0 if an and bn else (-1 if an else 1)
    return (a > b) - (a < b)


__all__ = ["Printer", "go_quote", "field_offsets"]
