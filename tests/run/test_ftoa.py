"""Float printing digit for digit: strconv's shortest and fixed-precision formats.

Python's ``repr`` prints the same shortest round-tripping digits as Go's
``strconv.FormatFloat(x, 'g', -1, 64)`` and its ``%e``/``%f`` round the exact
binary value half to even as strconv's decimal does, so a fixed-seed sample of
doubles is checked against Python; Go's own spelling of exponents and
special values is checked on the corpus by the differential tests.
"""

from __future__ import annotations

import math
import random
import struct

import pytest

from quizapp.run.ftoa import format_float


def _doubles(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(x):
            out.append(x)
    out += [rng.uniform(-1e6, 1e6) for _ in range(n // 4)] + [rng.randint(-10**9, 10**9) / 1000
                                                              for _ in range(n // 4)]
    return out


def _shortest_digits(text: str) -> tuple[str, int]:
    """(digits, decimal exponent) of a shortest representation, however it is spelled."""
    mant, _, exp = text.lower().lstrip("-").partition("e")
    whole, _, frac = mant.partition(".")
    digits = (whole + frac).lstrip("0")
    point = len(whole) + (int(exp) if exp else 0) - (len(whole + frac) - len((whole + frac).lstrip("0")))
    return digits.rstrip("0") or "0", point


def test_shortest_digits_match_round_tripping_repr() -> None:
    for x in _doubles(3000, 1):
        got = format_float(x, "e", -1)
        assert float(got) == x
        assert _shortest_digits(got) == _shortest_digits(repr(x)), x


@pytest.mark.parametrize("prec", [0, 1, 3, 6, 17])
def test_fixed_precision_rounds_the_exact_value_half_to_even(prec: int) -> None:
    for x in _doubles(600, prec + 7):
        assert format_float(x, "e", prec) == f"{x:.{prec}e}", x
        if abs(x) < 1e30:
            assert format_float(x, "f", prec) == f"{x:.{prec}f}", x


def test_float32_shortest_round_trips_in_single_precision() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        bits = rng.getrandbits(32)
        x = struct.unpack("<f", struct.pack("<I", bits))[0]
        if not math.isfinite(x):
            continue
        text = format_float(x, "g", -1, 32)
        back = struct.unpack("<f", struct.pack("<f", float(text)))[0]
        assert back == x, (x, text)
        # one digit fewer, correctly rounded, no longer gives the same float32
        digits, _ = _shortest_digits(text)
        if len(digits) > 1:
            shorter = float(f"{x:.{len(digits) - 2}e}")
            assert struct.unpack("<f", struct.pack("<f", shorter))[0] != x, (x, text)


def test_negative_zero_keeps_its_sign_after_positive_zero() -> None:
    assert [format_float(0.0), format_float(-0.0), format_float(-0.0, "f", 2)] == ["0", "-0", "-0.00"]
