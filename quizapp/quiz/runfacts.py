"""What a question's program does at run time: where Go really allocates, per site and per call.

The escape analysis says where a value would live; the running program can
differ (``run/allocs.py``): an escaping box of a small integer costs nothing,
a ``make`` that does not escape still comes from the heap past gc's 32-byte
stack buffer. These facts are never typed into a pack: the question's
program is run once by the interpreter with a tracer, every object it makes
is tied to the site that made it (and to the calls on the stack when it was
made), and ``run.allocs.allocates`` says whether Go allocated it.

From that one run come the *run-time notes* (a site whose verdict and
run-time allocation differ, said in both languages) and the allocations
per call of each function (the answer of an ``allocs`` question).
``bench/runtime_notes.py`` checks both against Go's own counts.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..analysis import Analysis, Verdict
from ..run.allocs import CLOCK_SPAN_NOTE, MOVE2HEAP_NOTE, STACK_BUFFER_NOTE, allocations_per_line, mallocs
from ..run.lib.time import ClockSpan
from ..run.trace import BudgetSpent, Tracer

BUDGET = 200_000
"""Steps one run may take; a longer program gets no run-time facts (never half of them)."""


class NoteKind(str, Enum):
    """How a site's run-time allocation differs from its verdict (closed set)."""

    NOTHING_ALLOCATED = "nothing-allocated"   # escapes, but Go never allocated it
    SOMETIMES = "sometimes"                   # escapes, allocated on some of its runs only
    HEAP_AT_RUN_TIME = "heap-at-run-time"     # does not escape, yet allocated on the heap
    SHARED = "shared"                         # moved to the heap in one allocation with another
    COPIED_OUT = "copied-out"                 # escapes, built in the stack buffer, copied out once


# Why Go allocated or not, as run/allocs.py notes it: (pattern, English, Chinese).
_WHY: list[tuple[str, str, str]] = [
    (r"a constant: ", "a constant is boxed as read-only data", "常量装箱时直接指向只读数据"),
    (r"but zero-size: ", "a zero-size value: the interface points at `runtime.zerobase`",
     "大小为零的值：接口直接指向 `runtime.zerobase`"),
    (r"a one-byte value: ", "a one-byte value: Go uses its static table of values",
     "单字节的值：Go 使用运行时的静态值表"),
    (r"a one-byte string: ", "a one-byte string: Go points it into its static table of byte values",
     "单字节的字符串：Go 直接指向运行时的静态字节表"),
    (r"(?:the string|the slice) is (\d+) bytes, over",
     "it is {0} bytes, over the 32-byte buffer gc gives a conversion on the stack",
     "它有 {0} 字节，超过了 Go 编译器（gc）在栈上为转换准备的 32 字节缓冲区"),
    (r"it holds (\d+) runes, over",
     "it holds {0} runes, over the 32-rune buffer gc gives a conversion on the stack",
     "它有 {0} 个 rune，超过了 Go 编译器（gc）在栈上为转换准备的 32 个 rune 的缓冲区"),
    (r"a read-only global: ", "a read-only global: the interface points at it",
     "只读的全局变量：接口直接指向它"),
    (r"a zero value known at compile time: ",
     "a zero value known at compile time: the interface points at `runtime.zeroVal`",
     "编译期已知的零值：接口直接指向 `runtime.zeroVal`"),
    (r"a value known at compile time: ",
     "a value known at compile time: the interface points at a read-only copy",
     "编译期已知的值：接口指向一份只读副本"),
    (r"the value (\d+) is below 256: ", "the value {0} is below 256: Go uses its static table of small values",
     "值 {0} 小于 256：Go 使用运行时的小整数静态表"),
    (r"the values (.+) are below 256", "the values {0} are below 256: Go uses its static table of small values",
     "值 {0} 都小于 256：Go 使用运行时的小整数静态表"),
    (r"the empty string: ", "the empty string: Go uses its zero value", "空字符串：Go 直接用零值"),
    (r"a nil slice: ", "a nil slice: Go uses its zero value", "nil 切片：Go 直接用零值"),
    (r"holds nothing \(zero bytes\)", "it holds zero bytes: Go returns `runtime.zerobase`",
     "它占零字节：Go 直接返回 `runtime.zerobase`"),
    (r"captures nothing: ", "it captures nothing: Go uses a static function value",
     "它不捕获任何变量：Go 使用静态的函数值"),
    (r"is zero-size: ", "it is zero-size: Go returns `runtime.zerobase`",
     "它的大小为零：Go 直接返回 `runtime.zerobase`"),
    (r"append grew it past", "append grew it past gc's 32-byte stack buffer, so `growslice` allocated "
     "it on the heap", "append 把它扩容到超过 Go 编译器（gc）的 32 字节栈上缓冲区，`growslice` 在堆上分配了它"),
    (r"its size \((\d+) bytes\) is only known at run time",
     "its size ({0} bytes) is known only at run time and does not fit gc's 32-byte stack buffer",
     "它的大小（{0} 字节）要到运行时才知道，放不进 Go 编译器（gc）的 32 字节栈上缓冲区"),
    (r"its sizes \((.+) bytes\) are only known at run time",
     "its sizes ({0} bytes) are known only at run time and do not fit gc's 32-byte stack buffer",
     "它的大小（{0} 字节）要到运行时才知道，放不进 Go 编译器（gc）的 32 字节栈上缓冲区"),
    (r"stack buffer for this append", "append used gc's 32-byte stack buffer, with nothing allocated",
     "append 用的是 Go 编译器（gc）的 32 字节栈上缓冲区，没有分配"),
    (r"gc copies it to the heap \(move2heap\)", "the appends used a stack buffer, and gc copies the slice to "
     "the heap where it is handed out", "append 先用栈上缓冲区，切片被交出去时 Go 编译器（gc）再把它复制到堆上"),
    (r"allocated together with (\S+?):", "it shares one allocation with {0}: gc puts small variables "
     "without pointers together", "它和 {0} 共用一次分配：Go 编译器（gc）把不含指针的小变量放在一起"),
]
ZERO_SIZE_VAR = ("a zero-size variable: Go allocates nothing (`runtime.zerobase`)",
                 "大小为零的变量：Go 不分配内存（`runtime.zerobase`）")


def why_text(note: str, lang: str) -> str:
    """A note of ``run/allocs.py`` in the learner's language ("" when it says nothing known)."""
    for pat, en, zh in _WHY:
        m = re.search(pat, note)
        if m:
            return (zh if lang.startswith("zh") else en).format(*m.groups())
    return ""


@dataclass(frozen=True)
class RuntimeNote:
    """A site whose run-time allocation differs from its verdict, with why."""

    kind: NoteKind
    made: int              # times the site made memory in the run
    allocated: int         # ... of which Go allocated on the heap
    notes: tuple[str, ...]  # run/allocs.py's notes of the objects, distinct, in run order

    def why(self, lang: str) -> str:
        seen: list[str] = []
        for n in _grouped(self.notes, lang):
            t = why_text(n, lang) if n else ZERO_SIZE_VAR[lang.startswith("zh")]
            if t and t not in seen:
                seen.append(t)
        return ("；" if lang.startswith("zh") else "; ").join(seen)

    def text(self, lang: str) -> str:
        why, zh = self.why(lang), lang.startswith("zh")
        n, k = self.made, self.allocated
        tail = ((f"：{why}" if zh else f": {why}") if why else "") + "。" if zh else \
            (f": {why}" if why else "") + "."
        if self.kind is NoteKind.NOTHING_ALLOCATED:
            return "逃逸了，但运行时 Go 并不分配内存" + tail if zh else \
                "Escapes, but Go allocates nothing at run time" + tail
        if self.kind is NoteKind.SOMETIMES:
            return (f"逃逸了，但运行时它执行的 {n} 次里 Go 只分配了 {k} 次；其余几次" + tail if zh else
                    f"Escapes, but at run time Go allocated it only {k} of the {n} times it ran; "
                    "the other times" + tail)
        if self.kind is NoteKind.COPIED_OUT:
            grew = (f"；append 自己在执行的 {n} 次里分配了 {k} 次" if zh else
                    f"; append itself allocated {k} of the {n} times it ran") if k else ""
            return ("逃逸了，但 append 先写进 Go 编译器（gc）的 32 字节栈上缓冲区，切片被交出去时编译器才把它复制到堆上，"
                    f"只分配一次{grew}。" if zh else
                    "Escapes, but the appends first fill gc's 32-byte stack buffer; gc copies the slice "
                    f"to the heap once, where it is handed out{grew}.")
        if self.kind is NoteKind.SHARED:
            return "被移到堆上，但不单独分配" + tail if zh else \
                "Moved to the heap, but not allocated on its own" + tail
        if k == n:
            return "没有逃逸，但运行时它分配在堆上" + tail if zh else \
                "Does not escape, but at run time it is allocated on the heap" + tail
        return (f"没有逃逸，但运行时它执行的 {n} 次里有 {k} 次分配在堆上" + tail if zh else
                f"Does not escape, but at run time it was allocated on the heap {k} of the {n} "
                "times it ran" + tail)


@dataclass
class CallAllocs:
    """A function's calls in the run: the heap allocations each made (its callees' included)."""

    function: str
    per_call: list[int] = field(default_factory=list)
    sites: dict[str, list[int]] = field(default_factory=dict)   # site key -> [made, allocated]
    library: list[str] = field(default_factory=list)            # library calls made inside it
    clocked: bool = False    # a call boxed a clock span, or a small value made after one was read

    def count(self) -> int | None:
        """The allocations of every call, when all calls made the same number."""
        return self.per_call[0] if self.per_call and len(set(self.per_call)) == 1 else None


@dataclass
class RunFacts:
    """What one run of a question's program showed."""

    notes: dict[str, RuntimeNote] = field(default_factory=dict)    # site key -> note
    calls: dict[str, CallAllocs] = field(default_factory=dict)     # function name -> its calls
    per_line: dict[int, int] = field(default_factory=dict)        # heap allocations by line
    error: str = ""                    # why there are no facts ("" when the run was used)


class _CallTracer(Tracer):
    """A tracer that ties every object to the calls on the stack when it was made."""

    def __init__(self, budget: int) -> None:
        super().__init__(budget)
        self.call_of: dict[int, tuple[str, int]] = {}     # frame id -> (function, call number)
        self.calls: dict[str, CallAllocs] = {}
        self.made_in: list[tuple[Any, list[tuple[str, int]]]] = []
        self.clock_from: int | None = None    # made_in's length when the clock was first read

    def attach(self, m: Any) -> None:
        super().attach(m)
        reg = self.registry
        add = reg.add

        def traced_add(*args: Any, **kw: Any) -> Any:
            before = reg.next
            info = add(*args, **kw)
            fr = kw.get("fr")
            if reg.next != before and fr is not None and fr.g is not None:
                self.made_in.append((info, self._active(fr.g)))
            return info
        reg.add = traced_add

    def _active(self, g: Any) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for f in g.frames:
            c = self.call_of.get(f.id)
            if c is not None and all(c[0] != o[0] for o in out):   # a recursion counts once
                out.append(c)
        return out

    def on_call(self, fr: Any) -> None:
        calls = self.calls.setdefault(fr.code.name, CallAllocs(fr.code.name))
        self.call_of[fr.id] = (fr.code.name, len(calls.per_call))
        calls.per_call.append(0)
        super().on_call(fr)

    def native_call(self, code: Any, g: Any, args: list, inlined_at: Any = None) -> Any:  # noqa: D102
        for name, _ in self._active(g):       # (see Tracer's)
            lib = self.calls[name].library
            if code.name not in lib:
                lib.append(code.name)
        out = super().native_call(code, g, args, inlined_at)  # type: ignore[misc]
        if isinstance(out, ClockSpan) and self.clock_from is None:
            # the virtual clock's spans are right after a Sleep, but a span of a few nanoseconds
            # is whatever the real machine takes: whether Go boxes a value made from it for free
            # (below 256) is unknown from here on, so no note and no count rests on that
            self.clock_from = len(self.made_in)
        return out

    def facts(self, analysis: Analysis) -> RunFacts:
        """The notes and counts, once the run is over (a note may change until then)."""
        by_site: dict[str, list[Any]] = {}
        for info in self.registry.objs.values():
            if info.site is not None and info.kind != "runtime":
                by_site.setdefault(info.site.key, []).append(info)
        unknown: set[str] = set()       # sites whose run-time allocation rests on the clock
        for k, (info, active) in enumerate(self.made_in):
            n = mallocs(info)
            if info.note == CLOCK_SPAN_NOTE or (self.clock_from is not None and k >= self.clock_from
                                                and _VALUE.search(info.note or "")):
                if info.site is not None:
                    unknown.add(info.site.key)
                for name, _ in active:
                    self.calls[name].clocked = True
            for name, i in active:
                calls = self.calls[name]
                calls.per_call[i] += n
                if info.site is not None:
                    made = calls.sites.setdefault(info.site.key, [0, 0])
                    made[0] += 1
                    made[1] += n
        moved = {i.owner for i in self.registry.objs.values() if i.note == MOVE2HEAP_NOTE}
        notes = {}
        for key, infos in by_site.items():
            if key in unknown:
                continue
            note = site_note(infos, moved)
            if note is not None:
                notes[key] = note
        return RunFacts(notes, self.calls, allocations_per_line(self.registry))


def site_note(infos: list[Any], moved: set[int] = frozenset()) -> RuntimeNote | None:  # type: ignore[assignment]
    """The note of a site that made ``infos`` (registry entries), when run time differs;
    ``moved``: the frames where gc copied a slice out of its stack buffer (move2heap)."""
    site = infos[0].site
    made = len(infos)
    allocated = sum(1 for i in infos if mallocs(i))
    heap = site.verdict is Verdict.HEAP
    quiet = [i.note for i in infos if not mallocs(i)]
    loud = [i.note for i in infos if mallocs(i)]
    if heap and any(i.note == STACK_BUFFER_NOTE and i.owner in moved for i in infos):
        return RuntimeNote(NoteKind.COPIED_OUT, made, allocated, (STACK_BUFFER_NOTE, MOVE2HEAP_NOTE))
    if heap and any("allocated together with" in n for n in quiet):
        return RuntimeNote(NoteKind.SHARED, made, allocated, _distinct(quiet))
    if heap and allocated < made:
        kind = NoteKind.NOTHING_ALLOCATED if allocated == 0 else NoteKind.SOMETIMES
        return RuntimeNote(kind, made, allocated, _distinct(quiet))
    if not heap and allocated:
        return RuntimeNote(NoteKind.HEAP_AT_RUN_TIME, made, allocated, _distinct(loud))
    return None


_VALUE = re.compile(r"the value (\d+) is below 256")
_SIZE = re.compile(r"its size \((\d+) bytes\) is only known at run time")


def _grouped(notes: tuple[str, ...], lang: str) -> list[str]:
    """The notes with the values of one kind said together: ``the values 0, 100 are below 256``."""
    sep = "、" if lang.startswith("zh") else ", "
    out: list[str] = []
    for pat, plural in ((_VALUE, "the values {} are below 256"),
                        (_SIZE, "its sizes ({} bytes) are only known at run time")):
        found = [m.group(1) for n in notes if (m := pat.search(n))]
        if len(found) > 1:
            out.append(plural.format(sep.join(dict.fromkeys(found))))
        notes = tuple(n for n in notes if not (len(found) > 1 and pat.search(n)))
    return list(notes) + out


def _distinct(notes: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(notes))


_cache: OrderedDict[str, RunFacts] = OrderedDict()
_lock = threading.Lock()
CACHE_SIZE = 256


def run_facts(code: str, analysis: Analysis) -> RunFacts:
    """The run-time facts of ``code`` (analysed as ``analysis``), cached per code text.

    A program the interpreter cannot run to its end within ``BUDGET`` steps gets no
    facts, only the reason: a note from half a run could be wrong."""
    with _lock:
        hit = _cache.get(code)
    if hit is not None:
        return hit
    facts = _run(analysis)
    with _lock:
        _cache[code] = facts
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return facts


def _run(analysis: Analysis) -> RunFacts:
    from ..run.machine import Machine
    if analysis.program is None or analysis.program.unsupported or analysis.unsupported:
        return RunFacts(error="the analyzer cannot judge all of the program")
    tracer = _CallTracer(BUDGET)
    try:
        res = Machine(analysis, tracer=tracer).run()
    except RecursionError:
        return RunFacts(error="the program nests too deeply to run here")
    if isinstance(res.error, BudgetSpent):
        return RunFacts(error=f"the program runs longer than {BUDGET} steps")
    if res.error is not None:
        return RunFacts(error=str(res.error))
    return tracer.facts(analysis)
