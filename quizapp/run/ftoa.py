"""Floating-point numbers printed digit for digit as Go's strconv prints them.

The digits come from the exact decimal value of the float: the shortest
digit string that still reads back as the same float (for float32 too,
whose neighbours are farther apart), or the exact value rounded half to
even at a fixed precision. The layouts are strconv's ``%e``, ``%f`` and
``%g`` (``%v`` and ``println`` use the shortest ``%g``).
"""

from __future__ import annotations

import math
import struct
from functools import lru_cache

_F64 = (52, 11, -1023)
_F32 = (23, 8, -127)


class Decimal:
    """A non-negative decimal 0.d1d2... × 10^dp; ``digits`` has no trailing zeros."""

    __slots__ = ("d", "dp", "trunc")

    def __init__(self, digits: str, dp: int) -> None:
        digits = digits.rstrip("0")
        self.d = digits
        self.dp = dp if digits else 0
        self.trunc = False

    @classmethod
    def of(cls, mant: int, exp2: int) -> Decimal:
        """The exact decimal of mant × 2^exp2."""
        if mant == 0:
            return cls("", 0)
        if exp2 >= 0:
            s = str(mant << exp2)
            return cls(s, len(s))
        s = str(mant * 5 ** (-exp2))
        return cls(s, len(s) + exp2)

    def should_round_up(self, nd: int) -> bool:
        if nd < 0 or nd >= len(self.d):
            return False
        if self.d[nd] == "5" and nd + 1 == len(self.d):
            if self.trunc:
                return True
            return nd > 0 and (ord(self.d[nd - 1]) - 48) % 2 == 1
        return self.d[nd] >= "5"

    def round(self, nd: int) -> None:
        if nd < 0 or nd >= len(self.d):
            return
        if self.should_round_up(nd):
            self.round_up(nd)
        else:
            self.round_down(nd)

    def round_down(self, nd: int) -> None:
        if nd < 0 or nd >= len(self.d):
            return
        self.d = self.d[:nd].rstrip("0")
        if not self.d:
            self.dp = 0

    def round_up(self, nd: int) -> None:
        if nd < 0 or nd >= len(self.d):
            return
        i = nd - 1
        while i >= 0 and self.d[i] == "9":
            i -= 1
        if i < 0:
            self.d = "1"
            self.dp += 1
            return
        self.d = self.d[:i] + chr(ord(self.d[i]) + 1)


def _bits(v: float, single: bool) -> tuple[bool, int, int]:
    """(negative, mantissa with the implicit bit, exponent) as strconv's genericFtoa sees them."""
    mantbits, expbits, bias = _F32 if single else _F64
    if single:
        b = struct.unpack("<I", struct.pack("<f", v))[0]
    else:
        b = struct.unpack("<Q", struct.pack("<d", v))[0]
    neg = bool(b >> (mantbits + expbits))
    exp = (b >> mantbits) & ((1 << expbits) - 1)
    mant = b & ((1 << mantbits) - 1)
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << mantbits
    return neg, mant, exp + bias


def _shortest(mant: int, exp: int, single: bool) -> Decimal:
    mantbits, _, bias = _F32 if single else _F64
    d = Decimal.of(mant, exp - mantbits)
    if mant == 0:
        return d
    minexp = bias + 1
    upper = Decimal.of(mant * 2 + 1, exp - mantbits - 1)
    if mant > (1 << mantbits) or exp == minexp:
        mantlo, explo = mant - 1, exp
    else:
        mantlo, explo = mant * 2 - 1, exp - 1
    lower = Decimal.of(mantlo * 2 + 1, explo - mantbits - 1)
    inclusive = mant % 2 == 0
    upperdelta = 0
    ui = 0
    while True:
        mi = ui - upper.dp + d.dp
        if mi >= len(d.d):
            return d
        li = ui - upper.dp + lower.dp
        lch = lower.d[li] if 0 <= li < len(lower.d) else "0"
        m = d.d[mi] if mi >= 0 else "0"
        u = upper.d[ui] if ui < len(upper.d) else "0"
        okdown = lch != m or (inclusive and li + 1 == len(lower.d))
        if upperdelta == 0 and ord(m) + 1 < ord(u):
            upperdelta = 2
        elif upperdelta == 0 and m != u:
            upperdelta = 1
        elif upperdelta == 1 and (m != "9" or u != "0"):
            upperdelta = 2
        okup = upperdelta > 0 and (inclusive or upperdelta > 1 or ui + 1 < len(upper.d))
        if okdown and okup:
            d.round(mi + 1)
            return d
        if okdown:
            d.round_down(mi + 1)
            return d
        if okup:
            d.round_up(mi + 1)
            return d
        ui += 1


def _fmt_e(neg: bool, d: Decimal, prec: int, ch: str) -> str:
    out = ["-"] if neg else []
    out.append(d.d[0] if d.d else "0")
    if prec > 0:
        out.append(".")
        more = d.d[1:min(len(d.d), prec + 1)]
        out.append(more)
        out.append("0" * (prec - len(more)))
    out.append(ch)
    exp = d.dp - 1 if d.d else 0
    sign = "-" if exp < 0 else "+"
    exp = abs(exp)
    out.append(sign)
    out.append(f"{exp:02d}")
    return "".join(out)


def _fmt_f(neg: bool, d: Decimal, prec: int) -> str:
    out = ["-"] if neg else []
    if d.dp > 0:
        m = min(len(d.d), d.dp)
        out.append(d.d[:m])
        out.append("0" * (d.dp - m))
    else:
        out.append("0")
    if prec > 0:
        out.append(".")
        frac = []
        for i in range(1, prec + 1):
            j = d.dp + i - 1
            frac.append(d.d[j] if 0 <= j < len(d.d) else "0")
        out.append("".join(frac))
    return "".join(out)


def format_float(v: float, fmt: str = "g", prec: int = -1, bitsize: int = 64) -> str:
    """``strconv.FormatFloat(v, fmt, prec, bitsize)`` for fmt in e, E, f, g, G."""
    if v == 0.0:              # the cache's keys compare 0.0 == -0.0: keep the sign out of it
        return _format(v, fmt, prec, bitsize)
    return _format_cached(float(v), fmt, prec, bitsize)


@lru_cache(maxsize=4096)
def _format_cached(v: float, fmt: str, prec: int, bitsize: int) -> str:
    return _format(v, fmt, prec, bitsize)


def _format(v: float, fmt: str, prec: int, bitsize: int) -> str:
    if bitsize == 32:
        from .arith import f32
        v = f32(v)            # FormatFloat(x, ..., 32) prints float32(x): beyond its range, Inf
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    single = bitsize == 32
    neg, mant, exp = _bits(v, single)
    mantbits = (_F32 if single else _F64)[0]
    shortest = prec < 0
    if shortest:
        d = _shortest(mant, exp, single)
        if fmt in "eE":
            prec = max(len(d.d) - 1, 0)
        elif fmt == "f":
            prec = max(len(d.d) - d.dp, 0)
        else:
            prec = len(d.d)
    else:
        d = Decimal.of(mant, exp - mantbits)
        if fmt == "f":
            d.round(d.dp + prec)
        else:
            digits = prec + 1 if fmt in "eE" else max(prec, 1)
            if fmt in "gG" and prec == 0:
                prec = 1
            d.round(digits)
    if fmt in "eE":
        return _fmt_e(neg, d, prec, fmt)
    if fmt == "f":
        return _fmt_f(neg, d, prec)
    if fmt in "gG":
        eprec = prec
        if eprec > len(d.d) and len(d.d) >= d.dp:
            eprec = len(d.d)
        if shortest:
            eprec = 6
        e = d.dp - 1
        if e < -4 or e >= eprec:
            if prec > len(d.d):
                prec = len(d.d)
            return _fmt_e(neg, d, prec - 1, "e" if fmt == "g" else "E")
        if prec > d.dp:
            prec = len(d.d)
        return _fmt_f(neg, d, max(prec - d.dp, 0))
    raise ValueError(f"format {fmt!r}")


def format_complex(c: complex, fmt: str = "g", prec: int = -1, bitsize: int = 128) -> str:
    """``strconv.FormatComplex``: ``(re+imi)``."""
    half = 32 if bitsize == 64 else 64
    re = format_float(c.real, fmt, prec, half)
    im = format_float(c.imag, fmt, prec, half)
    if im[0] not in "+-":
        im = "+" + im
    return f"({re}{im}i)"
