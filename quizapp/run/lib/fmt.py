"""Package fmt: Print, Println, Printf and their S- and F- forms, and Errorf.

The format string is read as fmt's ``doPrintf`` reads it (flags, argument
indexes, ``*`` widths, the error strings for missing and extra arguments);
each argument is printed by ``fmtcore.Printer``.
"""

from __future__ import annotations

from typing import Any

from ...analysis.types import model as T
from ..errors import CannotRun
from ..text import decode_rune
from ..values import Iface, Slice
from .util import items
from .errors import new_error, wrap_error
from .fmtcore import Printer


def _args(s: Slice) -> list[Any]:
    return items(s, T.ANY_TYPE)


def do_print(p: Printer, args: list[Any]) -> None:
    prev_string = False
    for i, a in enumerate(args):
        is_string = a is not None and a.t.under is T.STRING or (
            a is not None and isinstance(a.t.under, T.Basic) and a.t.under.info is T.BasicInfo.STRING)
        if i > 0 and not is_string and not prev_string:
            p.write(" ")
        p.print_arg(a, "v")
        prev_string = is_string


def do_println(p: Printer, args: list[Any]) -> None:
    for i, a in enumerate(args):
        if i:
            p.write(" ")
        p.print_arg(a, "v")
    p.write("\n")


def _parsenum(s: bytes, i: int, end: int) -> tuple[int, bool, int]:
    num = 0
    isnum = False
    while i < end and 0x30 <= s[i] <= 0x39:
        if num > 1_000_000:
            return 0, False, end
        num = num * 10 + s[i] - 0x30
        isnum = True
        i += 1
    return num, isnum, i


def _int_from_arg(args: list[Any], n: int) -> tuple[int, bool, int]:
    if n < len(args):
        a = args[n]
        num, ok = 0, False
        if a is not None and isinstance(a.t.under, T.Basic) and a.t.under.is_integer():
            v = a.v
            if -(1 << 63) <= v < (1 << 63):
                num, ok = v, True
        if num > 1_000_000 or num < -1_000_000:
            num, ok = 0, False
        return num, ok, n + 1
    return 0, False, n


def do_printf(p: Printer, fmt: bytes, args: list[Any]) -> None:
    end = len(fmt)
    argnum = 0
    after_index = False
    reordered = False
    i = 0

    def arg_number(argnum: int, i: int) -> tuple[int, int, bool]:
        nonlocal reordered, good
        if i >= end or fmt[i] != 0x5B:   # '['
            return argnum, i, False
        reordered = True
        j = i + 1
        while j < end and fmt[j] != 0x5D:
            j += 1
        if j >= end:
            good = False
            return argnum, i + 1, False
        num, ok, newi = _parsenum(fmt, i + 1, j)
        if not ok or newi != j:
            good = False
            return argnum, j + 1, False
        idx = num - 1
        if 0 <= idx < len(args):
            return idx, j + 1, True
        good = False
        return argnum, j + 1, True

    while i < end:
        good = True
        last = i
        while i < end and fmt[i] != 0x25:   # '%'
            i += 1
        if i > last:
            p.write(fmt[last:i])
        if i >= end:
            break
        i += 1
        p.clear()
        simple_done = False
        while i < end:
            c = chr(fmt[i])
            if c == "#":
                p.sharp = True
            elif c == "0":
                p.zero = True
            elif c == "+":
                p.plus = True
            elif c == "-":
                p.minus = True
            elif c == " ":
                p.space = True
            else:
                if "a" <= c <= "z" and argnum < len(args):
                    if c in "wv":
                        if c == "w":
                            p.wrapped.append(argnum)
                        p.sharp_v, p.sharp = p.sharp, False
                        p.plus_v, p.plus = p.plus, False
                    p.print_arg(args[argnum], c)
                    argnum += 1
                    i += 1
                    simple_done = True
                break
            i += 1
        if simple_done:
            continue
        argnum, i, after_index = arg_number(argnum, i)
        if i < end and fmt[i] == 0x2A:    # '*'
            i += 1
            p.wid, p.wid_present, argnum = _int_from_arg(args, argnum)
            if not p.wid_present:
                p.write("%!(BADWIDTH)")
            if p.wid < 0:
                p.wid = -p.wid
                p.minus = True
                p.zero = False
            after_index = False
        else:
            p.wid, p.wid_present, i = _parsenum(fmt, i, end)
            if after_index and p.wid_present:
                good = False
        if i + 1 < end and fmt[i] == 0x2E:    # '.'
            i += 1
            if after_index:
                good = False
            argnum, i, after_index = arg_number(argnum, i)
            if i < end and fmt[i] == 0x2A:
                i += 1
                p.prec, p.prec_present, argnum = _int_from_arg(args, argnum)
                if p.prec < 0:
                    p.prec = 0
                    p.prec_present = False
                if not p.prec_present:
                    p.write("%!(BADPREC)")
                after_index = False
            else:
                p.prec, p.prec_present, i = _parsenum(fmt, i, end)
                if not p.prec_present:
                    p.prec = 0
                    p.prec_present = True
        if not after_index:
            argnum, i, after_index = arg_number(argnum, i)
        if i >= end:
            p.write("%!(NOVERB)")
            break
        r, size = decode_rune(fmt, i)
        verb = chr(r)
        i += size
        if verb == "%":
            p.write("%")
        elif not good:
            p.write("%!" + verb + "(BADINDEX)")
        elif argnum >= len(args):
            p.write("%!" + verb + "(MISSING)")
        else:
            if verb in "wv":
                if verb == "w":
                    p.wrapped.append(argnum)
                p.sharp_v, p.sharp = p.sharp, False
                p.plus_v, p.plus = p.plus, False
            p.print_arg(args[argnum], verb)
            argnum += 1
    if not reordered and argnum < len(args):
        p.clear()
        p.write("%!(EXTRA ")
        from ..rtypes import type_name
        for k, a in enumerate(args[argnum:]):
            if k:
                p.write(", ")
            if a is None:
                p.write("<nil>")
            else:
                p.write(type_name(a.t) + "=")
                p.print_arg(a, "v")
        p.write(")")
    p.reordered = reordered  # type: ignore[attr-defined]


def sprint(m: Any, args: list) -> bytes:
    p = Printer(m)
    do_print(p, _args(args[0]))
    return bytes(p.buf)


def sprintln(m: Any, args: list) -> bytes:
    p = Printer(m)
    do_println(p, _args(args[0]))
    return bytes(p.buf)


def sprintf(m: Any, args: list) -> bytes:
    p = Printer(m)
    do_printf(p, args[0], _args(args[1]))
    return bytes(p.buf)


def errorf(m: Any, args: list) -> Iface:
    p = Printer(m)
    p.wrap_errs = True
    a = _args(args[1])
    do_printf(p, args[0], a)
    s = bytes(p.buf)
    if not p.wrapped:
        return new_error(s)
    from ..rtypes import implements
    wrapped = sorted(set(p.wrapped)) if getattr(p, "reordered", False) else p.wrapped
    errs = []
    seen_prev = None
    for k in wrapped:
        if k == seen_prev:
            continue
        seen_prev = k
        e = a[k]
        if e is not None and implements(e.t, T.ERROR_TYPE):
            errs.append(e)
        elif len(p.wrapped) == 1:
            errs.append(None)
    return wrap_error(s, errs)


def _stdout(m: Any, b: bytes) -> list:
    m.out.write_out(b)
    return [len(b), None]


def fwrite(m: Any, w: Any, b: bytes) -> list:
    """Write to an io.Writer: the process's own files directly, anything else through Write."""
    if w is None:
        from ..panics import nil_deref
        raise nil_deref()
    fd = m.lib_state.get("files", {}).get(id(w.v.c)) if isinstance(w, Iface) and \
        hasattr(w.v, "c") else None
    if fd == 1:
        m.out.write_out(b)
        return [len(b), None]
    if fd == 2:
        m.out.write_err(b)
        return [len(b), None]
    if fd is not None:
        raise CannotRun(None, "writing to a file")
    from .util import byte_slice
    return m.call_method(w, "Write", [byte_slice(b)])


NATIVES = {
    "fmt.Print": lambda m, a: _stdout(m, sprint(m, a)),
    "fmt.Println": lambda m, a: _stdout(m, sprintln(m, a)),
    "fmt.Printf": lambda m, a: _stdout(m, sprintf(m, a)),
    "fmt.Sprint": sprint,
    "fmt.Sprintln": sprintln,
    "fmt.Sprintf": sprintf,
    "fmt.Errorf": errorf,
    "fmt.Fprint": lambda m, a: fwrite(m, a[0], sprint(m, a[1:])),
    "fmt.Fprintln": lambda m, a: fwrite(m, a[0], sprintln(m, a[1:])),
    "fmt.Fprintf": lambda m, a: fwrite(m, a[0], sprintf(m, a[1:])),
    "fmt.Append": lambda m, a: _append(a[0], sprint(m, a[1:])),
    "fmt.Appendln": lambda m, a: _append(a[0], sprintln(m, a[1:])),
    "fmt.Appendf": lambda m, a: _append(a[0], sprintf(m, a[1:])),
}


def _append(s: Slice, b: bytes) -> Slice:
    raise CannotRun(None, "fmt.Append")
