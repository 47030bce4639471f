"""Goroutines and a deterministic scheduler, as go1.27.3 schedules them with one P.

Each goroutine runs on a Python thread of its own, but only one runs at a
time: the running goroutine hands the baton on only when it blocks, yields
(``runtime.Gosched``) or ends, exactly where Go's scheduler would switch
with ``GOMAXPROCS=1``. Who runs next follows Go's run queue: a goroutine
made ready (by ``go``, by a channel operation, by an unlock) takes the
``runnext`` slot, pushing the previous occupant to the back of the queue;
the next to run is ``runnext``, else the head of the queue.

Time is virtual: a sleeping goroutine wakes when every other goroutine is
blocked, with the clock moved to its deadline. When everything is blocked
and no timer is pending, the program ends as Go's does: ``fatal error: all
goroutines are asleep - deadlock!``, exit status 2.
"""

from __future__ import annotations

import heapq
import threading
from collections import deque
from enum import Enum
from typing import Any, Callable

from .errors import GoExit, Killed

MAX_GOROUTINES = 10000
THREAD_STACK = 64 * 1024 * 1024


class GStatus(Enum):
    RUNNABLE = "runnable"
    RUNNING = "running"
    WAITING = "waiting"
    DEAD = "dead"


class G:
    """A goroutine: its frames, its baton and what it waits for."""

    def __init__(self, gid: int, start: Callable[[G], None]) -> None:
        self.id = gid
        self.start = start
        self.frames: list = []
        self.sem = threading.Semaphore(0)
        self.status = GStatus.RUNNABLE
        self.reason = ""
        self.thread: threading.Thread | None = None
        self.panics: list = []          # panics in progress, oldest first
        self.defer_depth = -1           # frame depth of the deferred call that may recover
        self.defer_panic: Any = None
        self.sel_val: Any = None        # a value handed over by a channel operation
        self.sel_ok = True
        self.created_at: Any = None     # position of the go statement
        self.go_func: Any = None        # the func value the go statement started (alive with it)
        self.fault_pos: Any = None      # innermost position of an error unwinding this goroutine
        self.range_exit: Any = None     # a labelled break/continue leaving a range-over-func body

    def __repr__(self) -> str:
        return f"G{self.id}({self.status.value})"


class Deadlock(Exception):
    """Every goroutine is blocked and no timer can wake one."""

    traced = False               # its step is recorded (at the innermost frame it leaves)


class Scheduler:
    """The run queue, the timers and the baton passing between goroutine threads."""

    def __init__(self, on_end: Callable[[], None]) -> None:
        self.runnext: G | None = None
        self.runq: deque[G] = deque()
        self.globq: deque[G] = deque()    # where Gosched puts a goroutine
        self.current: G | None = None
        self.all: dict[int, G] = {}
        self.timers: list[tuple[int, int, Callable[[], None]]] = []
        self.now = 0                    # virtual nanoseconds since the program started
        self.seq = 0
        self.next_id = 1
        self.killed = False
        self.on_end = on_end
        self.switches = 0
        self.tracer: Any = None
        self._threads: list[threading.Thread] = []

    # ------------------------------------------------------------ goroutines
    def new(self, start: Callable[[G], None]) -> G:
        live = sum(1 for g in self.all.values() if g.status is not GStatus.DEAD)
        if live >= MAX_GOROUTINES:
            from .errors import CannotRun
            raise CannotRun(None, f"more than {MAX_GOROUTINES} goroutines alive at once")
        g = G(self.next_id, start)
        self.next_id += 1
        self.all[g.id] = g
        return g

    def spawn(self, start: Callable[[G], None]) -> G:
        """``go f()``: a new goroutine, put in ``runnext``."""
        g = self.new(start)
        self.ready(g)
        return g

    def ready(self, g: G) -> None:
        """Make ``g`` runnable in the ``runnext`` slot (Go's ``goready``)."""
        g.status = GStatus.RUNNABLE
        g.reason = ""
        if self.runnext is not None:
            self.runq.append(self.runnext)
        self.runnext = g

    def ready_global(self, g: G) -> None:
        """Runnable on the global queue, behind every locally queued goroutine."""
        g.status = GStatus.RUNNABLE
        g.reason = ""
        self.globq.append(g)

    # ------------------------------------------------------------ switching
    def park(self, reason: str) -> None:
        """The current goroutine blocks until someone makes it ready."""
        g = self.current
        assert g is not None
        g.status = GStatus.WAITING
        g.reason = reason
        self.schedule()

    def gosched(self) -> None:
        g = self.current
        assert g is not None
        self.ready_global(g)
        self.schedule()

    def exit_current(self) -> None:
        """The current goroutine has ended: run the next one; this thread then finishes."""
        g = self.current
        assert g is not None
        g.status = GStatus.DEAD
        g.frames = []
        self.schedule()

    def pick(self) -> G:
        while True:
            if self.runnext is not None:
                g, self.runnext = self.runnext, None
                return g
            if self.runq:
                return self.runq.popleft()
            if self.globq:
                self.runq.extend(self.globq)
                self.globq.clear()
                continue
            if not self.timers:
                raise Deadlock()
            self.fire_timers()

    def fire_timers(self) -> None:
        when, _, fn = heapq.heappop(self.timers)
        self.now = max(self.now, when)
        fn()
        while self.timers and self.timers[0][0] <= self.now:
            _, _, fn = heapq.heappop(self.timers)
            fn()

    def schedule(self) -> None:
        me = self.current
        assert me is not None
        nxt = self.pick()
        if nxt is me:
            me.status = GStatus.RUNNING
            return
        self.switches += 1
        self.current = nxt
        nxt.status = GStatus.RUNNING
        if self.tracer is not None and nxt.frames:
            self.tracer.on_switch(nxt)
        if nxt.thread is None:
            self._start_thread(nxt)
        else:
            nxt.sem.release()
        if me.status is GStatus.DEAD:
            return
        me.sem.acquire()
        if self.killed:
            raise Killed()

    def _start_thread(self, g: G) -> None:
        old = threading.stack_size()
        try:
            threading.stack_size(THREAD_STACK)
            t = threading.Thread(target=self._thread_main, args=(g,), daemon=True,
                                 name=f"goroutine-{g.id}")
        finally:
            threading.stack_size(old)
        g.thread = t
        self._threads.append(t)
        t.start()

    def _thread_main(self, g: G) -> None:
        if self.killed:
            return
        try:
            g.start(g)
        except (Killed, GoExit):
            pass

    # ------------------------------------------------------------ the whole run
    def run_main(self, start: Callable[[G], None], done: threading.Event) -> G:
        """Start the main goroutine on its own thread; the caller waits on ``done``."""
        g = self.new(start)
        self.current = g
        g.status = GStatus.RUNNING
        self._start_thread(g)
        return g

    def kill_all(self) -> None:
        """The program has ended: wake every parked goroutine so its thread unwinds."""
        self.killed = True
        for g in list(self.all.values()):
            if g.status is not GStatus.DEAD and g.thread is not None:
                g.sem.release()
        for t in self._threads:
            if t is not threading.current_thread():
                t.join(timeout=5)

    # ------------------------------------------------------------ timers
    def after(self, delay_ns: int, fn: Callable[[], None]) -> None:
        self.seq += 1
        heapq.heappush(self.timers, (self.now + max(delay_ns, 0), self.seq, fn))

    def sleep(self, delay_ns: int) -> None:
        g = self.current
        assert g is not None
        if delay_ns <= 0:
            return
        self.after(delay_ns, lambda: self.ready(g))
        self.park("sleep")

    def blocked(self) -> list[G]:
        return [g for g in self.all.values() if g.status is GStatus.WAITING]
