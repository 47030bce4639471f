"""Package time on a virtual clock.

``time.Sleep`` parks the goroutine until every other goroutine is blocked
and then moves the clock to its deadline; ``Now``, ``Since`` and ``Sub``
read that clock, so a program's timing is reproducible (the wall-clock
date is not: formatting a ``Time`` is refused). Timers and tickers send
on their channels when the clock reaches them.
"""

from __future__ import annotations

from typing import Any

from ...analysis.types import model as T
from ..errors import CannotRun
from ..values import Ptr, zero
from .gotypes import std_type
from .util import Fields

SECOND = 1_000_000_000


def duration_string(d: int) -> bytes:
    """``time.Duration.String``: 1.5s, 100ms, 2h0m0s, 0s."""
    neg = d < 0
    u = -d if neg else d
    u &= (1 << 64) - 1

    def frac(v: int, prec: int) -> tuple[str, int]:
        out = ""
        printing = False
        for _ in range(prec):
            digit = v % 10
            printing = printing or digit != 0
            if printing:
                out = str(digit) + out
            v //= 10
        if printing:
            out = "." + out
        return out, v
    if u < SECOND:
        if u == 0:
            return b"0s"
        if u < 1000:
            unit, prec = "ns", 0
        elif u < 1_000_000:
            unit, prec = "\u00b5s", 3
        else:
            unit, prec = "ms", 6
        f, v = frac(u, prec)
        s = f"{v}{f}{unit}"
    else:
        f, v = frac(u, 9)
        s = f"{v % 60}{f}s"
        v //= 60
        if v > 0:
            s = f"{v % 60}m" + s
            v //= 60
            if v > 0:
                s = f"{v}h" + s
    return (("-" if neg else "") + s).encode()


class ClockSpan(int):
    """A span read from the virtual clock (``Since``, ``Until``, ``Sub``). Between two readings
    with no ``Sleep`` the virtual clock says 0, where a real machine takes tens or thousands of
    nanoseconds: whether Go boxes the span for free (below 256) cannot be known from the run,
    so the interpreter never claims it does (``run/allocs.py``)."""


def _time_value(m: Any, ns: int) -> list:
    """A Time holding only a monotonic reading (ext), which is all Sub and Since use."""
    t = std_type(m, "time", "Time")
    v = zero(t)
    p = Ptr(v, 0)
    f = Fields(p, t)
    f["ext"] = ns
    f["wall"] = 1 << 63     # hasMonotonic: ext is the monotonic clock
    return v


def _mono(m: Any, tv: list) -> int:
    t = std_type(m, "time", "Time")
    return Fields(Ptr(tv, 0), t)["ext"]


def _now(m: Any, a: list) -> list:
    return _time_value(m, m.sched.now)


def _sleep(m: Any, a: list) -> None:
    m.sched.sleep(a[0])


def _timer_chan(m: Any, t: T.Type) -> Any:
    et = std_type(m, "time", "Time")
    return m.chans.make(1, lambda: zero(et), et)


def _after(m: Any, a: list) -> Any:
    ch = _timer_chan(m, std_type(m, "time", "Time"))
    when = m.sched.now + max(a[0], 0)

    def fire() -> None:
        if len(ch.buf) < ch.cap or ch.recvq:
            m.chans.send(ch, _time_value(m, when))
    m.sched.after(a[0], fire)
    return ch


def _new_timer(m: Any, a: list, ticker: bool = False) -> Ptr:
    tt = std_type(m, "time", "Ticker" if ticker else "Timer")
    v = zero(tt)
    p = Ptr(v, 0)
    f = Fields(p, tt)
    ch = _timer_chan(m, tt)
    f["C"] = ch
    st = m.lib_state.setdefault("timers", {})
    rec = {"active": True, "period": a[0] if ticker else 0, "gen": 0, "keep": v}
    st[id(v)] = rec
    if ticker and a[0] <= 0:
        from ..panics import plain
        raise plain("non-positive interval for NewTicker")
    _arm(m, ch, rec, a[0])
    return p


def _arm(m: Any, ch: Any, rec: dict, delay: int) -> None:
    rec["gen"] += 1
    gen = rec["gen"]

    def fire() -> None:
        if not rec["active"] or rec["gen"] != gen:
            return
        when = m.sched.now
        if len(ch.buf) < ch.cap or ch.recvq:
            m.chans.send(ch, _time_value(m, when))
        if rec["period"]:
            _arm(m, ch, rec, rec["period"])
        else:
            rec["active"] = False
    m.sched.after(delay, fire)


def _timer_rec(m: Any, p: Ptr) -> dict:
    return m.lib_state.get("timers", {}).get(id(p.c), {"active": False, "gen": 0})


def _stop(m: Any, a: list) -> bool:
    rec = _timer_rec(m, a[0])
    was = rec.get("active", False)
    rec["active"] = False
    return was


def _unsupported(name: str) -> Any:
    def f(m: Any, a: list) -> Any:
        raise CannotRun(None, f"{name} (it reads the wall clock or the local time zone)")
    return f


NATIVES = {
    "time.Now": _now,
    "time.Since": lambda m, a: ClockSpan(m.sched.now - _mono(m, a[0])),
    "time.Until": lambda m, a: ClockSpan(_mono(m, a[0]) - m.sched.now),
    "time.Sleep": _sleep,
    "time.After": _after,
    "time.Tick": lambda m, a: Fields(_new_timer(m, a, ticker=True), std_type(m, "time", "Ticker"))["C"],
    "time.NewTimer": _new_timer,
    "time.NewTicker": lambda m, a: _new_timer(m, a, ticker=True),
    "(*time.Timer).Stop": _stop,
    "(*time.Ticker).Stop": lambda m, a: (_stop(m, a), None)[1],
    "time.Time.Sub": lambda m, a: ClockSpan(_mono(m, a[0]) - _mono(m, a[1])),
    "time.Time.Format": _unsupported("time.Time.Format"),
    "time.Time.String": _unsupported("time.Time.String"),
    "time.Time.Unix": _unsupported("time.Time.Unix"),
    "time.Duration.String": lambda m, a: duration_string(a[0]),
    "time.Duration.Seconds": lambda m, a: _float_units(a[0], SECOND),
    "time.Duration.Milliseconds": lambda m, a: _tdiv(a[0], 1_000_000),
    "time.Duration.Microseconds": lambda m, a: _tdiv(a[0], 1000),
    "time.Duration.Nanoseconds": lambda m, a: a[0],
    "time.Duration.Minutes": lambda m, a: _float_units(a[0], 60 * SECOND),
    "time.Duration.Hours": lambda m, a: _float_units(a[0], 3600 * SECOND),
}


def _tdiv(a: int, b: int) -> int:
    """Go's integer division: truncated toward zero."""
    q = abs(a) // b
    return q if a >= 0 else -q


def _float_units(d: int, unit: int) -> float:
    """``float64(d/unit) + float64(d%unit)/unit``, as Duration.Seconds and friends compute it."""
    whole = _tdiv(d, unit)
    rest = d - whole * unit
    return float(whole) + rest / float(unit)
