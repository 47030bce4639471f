"""Packages sync and sync/atomic on the interpreter's scheduler.

A Mutex, RWMutex, WaitGroup, Once or Cond is found by its address (the
pointer its methods receive); its waiting goroutines park and are made
ready as the runtime's semaphores would: an unlock readies the first
waiter (who then competes for the lock, as in Go's normal mode), a
WaitGroup reaching zero readies every waiter. Atomic operations are plain
ones here: only one goroutine runs at a time.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from ...analysis.types import model as T
from ..arith import wrapper
from ..errors import CannotRun, GoExit
from ..panics import nil_deref, plain
from ..values import Ptr
from .gotypes import std_type
from .util import Fields


class _Lock:
    __slots__ = ("keep", "locked", "readers", "writer_waiting", "waiters", "rwaiters", "count",
                 "done", "running")

    def __init__(self, keep: list) -> None:
        self.keep = keep
        self.locked = False
        self.readers = 0
        self.writer_waiting = 0
        self.waiters: deque[Any] = deque()
        self.rwaiters: deque[Any] = deque()
        self.count = 0
        self.done = False
        self.running = False


def state(m: Any, p: Ptr | None) -> _Lock:
    if p is None:
        raise nil_deref()
    table = m.lib_state.setdefault("sync", {})
    key = (id(p.c), p.o)
    st = table.get(key)
    if st is None or st.keep is not p.c:
        st = table[key] = _Lock(p.c)
    return st


def slot_of(t: T.Type, path: list[str]) -> int:
    """The flat slot offset of a nested field (``["mu", "state"]``) inside a value of type ``t``."""
    from .util import field_layout
    off = 0
    for name in path:
        off += field_layout(t)[name][0]
        t = next(f.type for f in t.under.fields if f.name == name)  # type: ignore[attr-defined]
    return off


def mirror(m: Any, p: Ptr, tname: str, path: list[str], value: int) -> None:
    """Keep a primitive's own fields as Go's would be, so printing it shows the same state."""
    t = std_type(m, "sync", tname)
    p.c[p.o + slot_of(t, path)] = value


def fatal(m: Any, msg: str) -> None:
    m.out.write_err(f"fatal error: {msg}\n".encode())
    raise GoExit(2)


# ---------------------------------------------------------------- Mutex

def lock(m: Any, a: list) -> None:
    st = state(m, a[0])
    s = m.sched
    while st.locked:
        st.waiters.append(s.current)
        _mirror_mutex(m, a[0], st)
        s.park("sync.Mutex.Lock")
    st.locked = True
    _mirror_mutex(m, a[0], st)


def _mirror_mutex(m: Any, p: Ptr, st: _Lock) -> None:
    mirror(m, p, "Mutex", ["mu", "state"], (1 if st.locked else 0) | (len(st.waiters) << 3))


def unlock(m: Any, a: list) -> None:
    st = state(m, a[0])
    if not st.locked:
        fatal(m, "sync: unlock of unlocked mutex")
    st.locked = False
    if st.waiters:
        m.sched.ready(st.waiters.popleft())
    _mirror_mutex(m, a[0], st)


def try_lock(m: Any, a: list) -> bool:
    st = state(m, a[0])
    if st.locked:
        return False
    st.locked = True
    _mirror_mutex(m, a[0], st)
    return True


# ---------------------------------------------------------------- RWMutex

def rw_lock(m: Any, a: list) -> None:
    st = state(m, a[0])
    s = m.sched
    st.writer_waiting += 1
    while st.locked or st.readers:
        st.waiters.append(s.current)
        s.park("sync.RWMutex.Lock")
    st.writer_waiting -= 1
    st.locked = True


def rw_unlock(m: Any, a: list) -> None:
    st = state(m, a[0])
    if not st.locked:
        fatal(m, "sync: Unlock of unlocked RWMutex")
    st.locked = False
    s = m.sched
    if st.rwaiters:
        while st.rwaiters:
            s.ready(st.rwaiters.popleft())
    elif st.waiters:
        s.ready(st.waiters.popleft())


def r_lock(m: Any, a: list) -> None:
    st = state(m, a[0])
    s = m.sched
    while st.locked or st.writer_waiting:
        st.rwaiters.append(s.current)
        s.park("sync.RWMutex.RLock")
    st.readers += 1


def r_unlock(m: Any, a: list) -> None:
    st = state(m, a[0])
    if st.readers <= 0:
        fatal(m, "sync: RUnlock of unlocked RWMutex")
    st.readers -= 1
    if st.readers == 0 and st.waiters:
        m.sched.ready(st.waiters.popleft())


# ---------------------------------------------------------------- WaitGroup

def wg_add(m: Any, p: Ptr, delta: int) -> None:
    st = state(m, p)
    st.count += delta
    if st.count < 0:
        raise plain("sync: negative WaitGroup counter")
    if st.count == 0:
        s = m.sched
        while st.waiters:
            s.ready(st.waiters.popleft())
    _mirror_wg(m, p, st)


def _mirror_wg(m: Any, p: Ptr, st: _Lock) -> None:
    mirror(m, p, "WaitGroup", ["state", "v"], ((st.count & 0xFFFFFFFF) << 32) | len(st.waiters))


def wg_wait(m: Any, a: list) -> None:
    st = state(m, a[0])
    s = m.sched
    while st.count > 0:
        st.waiters.append(s.current)
        _mirror_wg(m, a[0], st)
        s.park("sync.WaitGroup.Wait")
    _mirror_wg(m, a[0], st)


def wg_go(m: Any, a: list) -> None:
    p, f = a
    wg_add(m, p, 1)
    from ..values import Func

    def body(mm: Any, args: list) -> None:
        try:
            m.call_value(f, [], m.sched.current)
        finally:
            wg_add(m, p, -1)
    m.spawn(Func(native=body, name="sync.(*WaitGroup).Go.func1"), m.call_pos(m.sched.current))


# ---------------------------------------------------------------- Once, Cond

def once_do(m: Any, a: list) -> None:
    st = state(m, a[0])
    if st.done:
        return
    if st.running:
        fatal(m, "all goroutines are asleep - deadlock!")
    st.running = True
    try:
        m.call_value(a[1], [], m.sched.current)
    finally:
        st.done = True
        st.running = False
        mirror(m, a[0], "Once", ["done", "v"], 1)


def new_cond(m: Any, a: list) -> Ptr:
    t = std_type(m, "sync", "Cond")
    from ..values import zero
    p = Ptr(zero(t), 0)
    Fields(p, t)["L"] = a[0]
    return p


def cond_wait(m: Any, a: list) -> None:
    p = a[0]
    lk = Fields(p, std_type(m, "sync", "Cond"))["L"]
    st = state(m, p)
    m.call_method(lk, "Unlock", [])
    st.waiters.append(m.sched.current)
    m.sched.park("sync.Cond.Wait")
    m.call_method(lk, "Lock", [])


def cond_signal(m: Any, a: list, all_: bool) -> None:
    st = state(m, a[0])
    while st.waiters:
        m.sched.ready(st.waiters.popleft())
        if not all_:
            break


# ---------------------------------------------------------------- atomic

def _atomic(kind: str, bits: int, signed: bool) -> dict[str, Any]:
    w = wrapper(bits, signed)
    ty = {("Int", 32): "Int32", ("Int", 64): "Int64", ("Uint", 32): "Uint32",
          ("Uint", 64): "Uint64", ("Uintptr", 64): "Uintptr"}[(kind, bits)]

    def add(p: Ptr, d: int) -> int:
        if p is None:
            raise nil_deref()
        p.c[p.o] = w(p.c[p.o] + d)
        return p.c[p.o]

    def load(p: Ptr) -> int:
        if p is None:
            raise nil_deref()
        return p.c[p.o]

    def store(p: Ptr, v: int) -> None:
        if p is None:
            raise nil_deref()
        p.c[p.o] = v

    def swap(p: Ptr, v: int) -> int:
        old = load(p)
        p.c[p.o] = v
        return old

    def cas(p: Ptr, old: int, new: int) -> bool:
        if load(p) == old:
            p.c[p.o] = new
            return True
        return False

    def field(m: Any, p: Ptr) -> Ptr:
        if p is None:
            raise nil_deref()
        off = Fields(p, std_type(m, "sync/atomic", ty)).lay["v"][0]
        return Ptr(p.c, p.o + off)
    return {
        f"atomic.Add{ty}": lambda m, a: add(a[0], a[1]),
        f"atomic.Load{ty}": lambda m, a: load(a[0]),
        f"atomic.Store{ty}": lambda m, a: store(a[0], a[1]),
        f"atomic.Swap{ty}": lambda m, a: swap(a[0], a[1]),
        f"atomic.CompareAndSwap{ty}": lambda m, a: cas(a[0], a[1], a[2]),
        f"(*atomic.{ty}).Add": lambda m, a: add(field(m, a[0]), a[1]),
        f"(*atomic.{ty}).Load": lambda m, a: load(field(m, a[0])),
        f"(*atomic.{ty}).Store": lambda m, a: store(field(m, a[0]), a[1]),
        f"(*atomic.{ty}).Swap": lambda m, a: swap(field(m, a[0]), a[1]),
        f"(*atomic.{ty}).CompareAndSwap": lambda m, a: cas(field(m, a[0]), a[1], a[2]),
    }


def _bool_field(m: Any, p: Ptr) -> Ptr:
    if p is None:
        raise nil_deref()
    off = Fields(p, std_type(m, "sync/atomic", "Bool")).lay["v"][0]
    return Ptr(p.c, p.o + off)


def _pool_get(m: Any, a: list) -> Any:
    p = a[0]
    st = state(m, p)
    if st.waiters:
        return st.waiters.pop()
    new = Fields(p, std_type(m, "sync", "Pool"))["New"]
    if new is None:
        return None
    return m.call_value(new, [], m.sched.current)


def _unsupported(name: str) -> Any:
    def f(m: Any, a: list) -> Any:
        raise CannotRun(None, f"{name} is not supported by the interpreter")
    return f


NATIVES: dict[str, Any] = {
    "(*sync.Mutex).Lock": lock,
    "(*sync.Mutex).Unlock": unlock,
    "(*sync.Mutex).TryLock": try_lock,
    "(*sync.RWMutex).Lock": rw_lock,
    "(*sync.RWMutex).Unlock": rw_unlock,
    "(*sync.RWMutex).RLock": r_lock,
    "(*sync.RWMutex).RUnlock": r_unlock,
    "(*sync.WaitGroup).Add": lambda m, a: wg_add(m, a[0], a[1]),
    "(*sync.WaitGroup).Done": lambda m, a: wg_add(m, a[0], -1),
    "(*sync.WaitGroup).Wait": wg_wait,
    "(*sync.WaitGroup).Go": wg_go,
    "(*sync.Once).Do": once_do,
    "sync.NewCond": new_cond,
    "(*sync.Cond).Wait": cond_wait,
    "(*sync.Cond).Signal": lambda m, a: cond_signal(m, a, False),
    "(*sync.Cond).Broadcast": lambda m, a: cond_signal(m, a, True),
    "(*sync.Pool).Get": _pool_get,
    "(*sync.Pool).Put": lambda m, a: state(m, a[0]).waiters.append(a[1]) if a[1] is not None else None,
    "(*atomic.Bool).Load": lambda m, a: bool(_bool_field(m, a[0]).c[_bool_field(m, a[0]).o]),
    "(*atomic.Bool).Store": lambda m, a: _bool_store(m, a[0], a[1]),
    "(*atomic.Bool).Swap": lambda m, a: _bool_swap(m, a[0], a[1]),
    "(*atomic.Bool).CompareAndSwap": lambda m, a: _bool_cas(m, a[0], a[1], a[2]),
}
for _kind, _bits, _signed in (("Int", 32, True), ("Int", 64, True), ("Uint", 32, False),
                              ("Uint", 64, False), ("Uintptr", 64, False)):
    NATIVES.update(_atomic(_kind, _bits, _signed))


def _bool_store(m: Any, p: Ptr, v: bool) -> None:
    f = _bool_field(m, p)
    f.c[f.o] = 1 if v else 0


def _bool_swap(m: Any, p: Ptr, v: bool) -> bool:
    f = _bool_field(m, p)
    old = bool(f.c[f.o])
    f.c[f.o] = 1 if v else 0
    return old


def _bool_cas(m: Any, p: Ptr, old: bool, new: bool) -> bool:
    f = _bool_field(m, p)
    if bool(f.c[f.o]) == old:
        f.c[f.o] = 1 if new else 0
        return True
    return False


__all__ = ["T"]
