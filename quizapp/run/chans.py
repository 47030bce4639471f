"""Channels and ``select``, following the runtime's ``chan.go`` and ``select.go``.

A send hands its value straight to a waiting receiver (who becomes
``runnext``), else fills the buffer, else blocks; a receive takes from a
waiting sender (through the buffer when there is one), else from the
buffer, else reports a closed channel, else blocks. ``close`` wakes every
waiter in the order the runtime does (readers first, then writers, pushed
on a list and popped back off). ``select`` polls its cases in source order
(Go polls in a random order: a program whose output depends on it is not
deterministic) and otherwise waits on all of them at once.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable

from .errors import GoPanic
from .sched import G, Scheduler


class Waiter:
    """A goroutine queued on a channel; ``sel`` is shared by all cases of one select."""

    __slots__ = ("g", "value", "ok", "sel", "case", "closed")

    def __init__(self, g: G, value: Any = None, sel: SelWait | None = None, case: int = -1) -> None:
        self.g = g
        self.value = value
        self.ok = True
        self.sel = sel
        self.case = case
        self.closed = False


class SelWait:
    """One blocked select: which case fired, with what."""

    __slots__ = ("fired", "case", "value", "ok", "closed")

    def __init__(self) -> None:
        self.fired = False
        self.case = -1
        self.value: Any = None
        self.ok = True
        self.closed = False


class Chan:
    """A channel value: element zero, capacity, buffer and wait queues."""

    __slots__ = ("cap", "buf", "recvq", "sendq", "closed", "zero", "elem", "id", "__weakref__")

    def __init__(self, cap: int, zero: Callable[[], Any], elem: Any, cid: int) -> None:
        self.cap = cap
        self.buf: deque[Any] = deque()
        self.recvq: deque[Waiter] = deque()
        self.sendq: deque[Waiter] = deque()
        self.closed = False
        self.zero = zero
        self.elem = elem
        self.id = cid


def _plain_panic(msg: str) -> GoPanic:
    from .panics import plain
    return plain(msg)


def _dequeue(q: deque[Waiter]) -> Waiter | None:
    """The first waiter still waiting (a select that already fired is skipped)."""
    while q:
        w = q.popleft()
        if w.sel is None:
            return w
        if not w.sel.fired:
            w.sel.fired = True
            w.sel.case = w.case
            return w
    return None


def _finish(w: Waiter, value: Any, ok: bool) -> None:
    if w.sel is not None:
        w.sel.value, w.sel.ok = value, ok
    else:
        w.value, w.ok = value, ok


class Channels:
    """Channel operations of one run, performed by the running goroutine."""

    def __init__(self, sched: Scheduler) -> None:
        self.s = sched
        self.next_id = 1
        self.tracer: Any = None

    def _step(self, event: str, ch: Chan | None = None, v: Any = None) -> None:
        if self.tracer is not None:
            self.tracer.on_chan(event, None, ch, v)

    def make(self, cap: int, zero: Callable[[], Any], elem: Any) -> Chan:
        c = Chan(cap, zero, elem, self.next_id)
        self.next_id += 1
        return c

    def send(self, ch: Chan | None, v: Any) -> None:
        self._step("send", ch, v)
        s = self.s
        if ch is None:
            s.park("chan send (nil chan)")
            raise AssertionError("a nil channel never wakes")  # pragma: no cover
        if ch.closed:
            raise _plain_panic("send on closed channel")
        w = _dequeue(ch.recvq)
        if w is not None:
            _finish(w, v, True)
            s.ready(w.g)
            return
        if len(ch.buf) < ch.cap:
            ch.buf.append(v)
            return
        g = s.current
        me = Waiter(g, v)  # type: ignore[arg-type]
        ch.sendq.append(me)
        s.park("chan send")
        if me.closed:
            raise _plain_panic("send on closed channel")

    def recv(self, ch: Chan | None) -> tuple[Any, bool]:
        self._step("recv")
        s = self.s
        if ch is None:
            s.park("chan receive (nil chan)")
            raise AssertionError("a nil channel never wakes")  # pragma: no cover
        w = _dequeue(ch.sendq)
        if w is not None:
            if ch.cap == 0:
                v = w.value
            else:
                v = ch.buf.popleft()
                ch.buf.append(w.value)
            s.ready(w.g)
            return v, True
        if ch.buf:
            return ch.buf.popleft(), True
        if ch.closed:
            return ch.zero(), False
        g = s.current
        me = Waiter(g)  # type: ignore[arg-type]
        ch.recvq.append(me)
        s.park("chan receive")
        return me.value, me.ok

    def close(self, ch: Chan | None) -> None:
        self._step("close")
        if ch is None:
            raise _plain_panic("close of nil channel")
        if ch.closed:
            raise _plain_panic("close of closed channel")
        ch.closed = True
        glist: list[G] = []
        while True:
            w = _dequeue(ch.recvq)
            if w is None:
                break
            _finish(w, ch.zero(), False)
            glist.append(w.g)
        while True:
            w = _dequeue(ch.sendq)
            if w is None:
                break
            w.closed = True
            if w.sel is not None:
                w.sel.closed = True
            glist.append(w.g)
        for g in reversed(glist):
            self.s.ready(g)

    # ------------------------------------------------------------ select
    def ready_case(self, ch: Chan | None, send: bool) -> bool:
        if ch is None:
            return False
        if send:
            return ch.closed or any(_live(w) for w in ch.recvq) or len(ch.buf) < ch.cap
        return any(_live(w) for w in ch.sendq) or bool(ch.buf) or ch.closed

    def select(self, cases: list[tuple[bool, Chan | None, Any]], has_default: bool
               ) -> tuple[int, Any, bool]:
        """Run a select: (case index or -1 for default, received value, ok)."""
        self._step("select")
        for i, (send, ch, v) in enumerate(cases):
            if self.ready_case(ch, send):
                if send:
                    self.send(ch, v)
                    return i, None, True
                val, ok = self.recv(ch)
                return i, val, ok
        if has_default:
            return -1, None, True
        s = self.s
        g = s.current
        sw = SelWait()
        waiters = []
        for i, (send, ch, v) in enumerate(cases):
            if ch is None:
                continue
            w = Waiter(g, v, sel=sw, case=i)  # type: ignore[arg-type]
            (ch.sendq if send else ch.recvq).append(w)
            waiters.append((ch, w))
        s.park("select" if cases else "select (no cases)")
        for ch, w in waiters:
            for q in (ch.sendq, ch.recvq):
                if w in q:
                    q.remove(w)
        if sw.closed:
            raise _plain_panic("send on closed channel")
        return sw.case, sw.value, sw.ok


def _live(w: Waiter) -> bool:
    return w.sel is None or not w.sel.fired
