"""One run of a program: globals, compiled code, goroutines, output and the end of it all.

``Machine.run()`` starts the main goroutine (package initialisation, then
``main.main``), waits until the program ends and returns a ``RunResult``:
the bytes written to standard output and standard error, the exit status
as the built binary's, and, when the interpreter stopped it, why.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from typing import Any, Callable

from ..analysis import Analysis
from ..analysis.errors import Pos
from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .chans import Channels
from .errors import CannotRun, GoExit, GoPanic, Goexit, Killed, RunError, StepLimit, StopRun
from .frames import Code, Frame
from .output import Output
from .panics import nil_deref, plain
from .placement import Placement
from .rtypes import find_method, identical, implements, type_name
from .sched import Deadlock, G, Scheduler
from .sizes import size_classes
from .values import Func, Iface, Ptr, TooLarge, is_aggregate, width, zero

DEFAULT_MAX_STEPS = 50_000_000
ARGV0 = b"/tmp/go-build/main"
"""``os.Args[0]``: fixed, as the path of a binary ``go run`` would have built."""


@dataclass
class RunResult:
    """How a run ended."""

    status: int                      # the exit status the built program would have
    stdout: bytes
    stderr: bytes
    error: RunError | None = None    # set when the interpreter, not the program, stopped the run
    steps: int = 0


class NativeCode:
    """A standard-library function or method implemented in Python."""

    def __init__(self, m: Machine, fn: ir.Func, impl: Callable[..., Any] | None) -> None:
        self.m = m
        self.fn = fn
        self.name = fn.name
        self.impl = impl
        self.ntemps = 0
        self.vars = ([fn.recv] if fn.recv is not None else []) + list(fn.params)

    def invoke(self, g: G, args: list, env: list | None, tdict: dict | None = None,
               inlined_at: Pos | None = None) -> Any:
        if self.impl is None:
            raise CannotRun(self.m.call_pos(g), f"{self.name} is not supported by the interpreter")
        tracer = self.m.tracer
        if tracer is None:
            return self.impl(self.m, args)
        return tracer.native_call(self, g, args, inlined_at)


class Machine:
    """Everything one run of a program needs."""

    def __init__(self, analysis: Analysis, *, args: list[str] | None = None, stdin: bytes = b"",
                 max_steps: int = DEFAULT_MAX_STEPS, tracer: Any = None,
                 stdout_sink: Any = None, stderr_sink: Any = None, path: str = "main.go",
                 default: Analysis | None = None) -> None:
        """``default``: the same file analysed with inlining on; objects are then placed as
        the default build places them, and the calls it inlines are marked on their frames."""
        assert analysis.program is not None
        self.analysis = analysis
        self.prog = analysis.program
        self.path = path
        self.args = [ARGV0] + [a.encode() if isinstance(a, str) else a for a in (args or [])]
        self.stdin = stdin
        self.stdin_pos = 0
        self.max_steps = max_steps
        self.steps = 0
        self.tracer = tracer
        self.out = Output(stdout_sink, stderr_sink)
        self.placement = Placement(analysis, default)
        self.zerobase: list = []
        self._oracles: Any = None
        self.defer_pool = 0                 # freed heap defer records (runtime's deferpool)
        self.heap_defers: dict[int, list] = {}   # id of a deferred func value -> its heap record
        """What every escaping zero-size allocation points to (runtime.zerobase): one address."""
        self.sizes = size_classes()
        self.sched = Scheduler(on_end=lambda: None)
        self.chans = Channels(self.sched)
        self.globals: dict[int, list] = {}
        self.codes: dict[int, Any] = {}
        self.funcs: dict[int, Func] = {}
        self.slice_infos: dict[int, Any] = {}
        self.firsts: dict[int, dict[int, Any]] = {}
        self.lib_state: dict[str, Any] = {}
        self.result: RunResult | None = None
        self.done = threading.Event()
        from .lib import natives
        self.natives = natives()
        if tracer is not None:
            tracer.attach(self)

    # ------------------------------------------------------------ code
    def code_of(self, fn: ir.Func) -> Code:
        c = self.codes.get(id(fn))
        if c is None:
            c = Code(fn, self)
            self.codes[id(fn)] = c
        return c

    def callable_of(self, fn: ir.Func) -> Any:
        if fn.external or fn.body is None and not fn.unsupported and fn.name.startswith("runtime."):
            c = self.codes.get(id(fn))
            if c is None:
                c = NativeCode(self, fn, self.natives.get(fn.name))
                self.codes[id(fn)] = c
            return c
        if fn.unsupported:
            u = fn.unsupported[0]
            raise CannotRun(u.pos, f"{u.what} (unsupported by the analyzer)")
        if fn.body is None:
            raise CannotRun(fn.pos, f"function {fn.name} has no body")
        return self.code_of(fn)

    def func_value(self, fn: ir.Func) -> Func:
        fv = self.funcs.get(id(fn))
        if fv is None:
            fv = Func(code=_Deferred(self, fn), name=fn.name)
            self.funcs[id(fn)] = fv
        return fv

    def compile(self, code: Code) -> None:
        from .funcbody import compile_body
        compile_body(self, code)

    def slice_info(self, fn: ir.Func) -> Any:
        info = self.slice_infos.get(id(fn))
        if info is None:
            from .slicepass import slice_pass
            info = slice_pass(fn)
            self.slice_infos[id(fn)] = info
        return info

    def first_appends(self, fn: ir.Func) -> dict[int, Any]:
        """For each slice of ``fn``, the first append site gc compiles (where the stack store goes)."""
        out = self.firsts.get(id(fn))
        if out is None:
            from .funcbody import first_appends
            out = first_appends(fn)
            self.firsts[id(fn)] = out
        return out

    def oracle(self, fn: ir.Func) -> Any:
        """The reassignment facts of ``fn``'s top-level function (static values)."""
        from .allocs import walk_oracle
        if self._oracles is None:
            self._oracles = {}
        return walk_oracle(self._oracles, fn)

    def alloc_hook(self, node: Any, fn: ir.Func | None = None) -> Callable[[Frame, Any], None] | None:
        """When tracing, what to call with each object the allocation site ``node`` makes."""
        if self.tracer is None:
            return None
        if self.placement.site(node) is None and not (fn is not None and getattr(
                fn, "esc_skipped", False)) and not _makes_chan(node):
            return None     # not an allocation (a pointer-shaped value into an interface...)
        return self.tracer.alloc_hook(node)

    # ------------------------------------------------------------ globals
    def global_cell(self, g: ir.Global) -> list:
        cell = self.globals.get(id(g))
        if cell is None:
            native = self.natives.get("var:" + g.name)
            if native is not None:
                v = native(self)
                cell = v if is_aggregate(g.type) else [v]
            else:
                cell = zero(g.type) if is_aggregate(g.type) else [zero(g.type)]
            self.globals[id(g)] = cell
            self._keep_global = getattr(self, "_keep_global", [])
            self._keep_global.append(g)
            if g.static_value is not None:
                from .funcbody import static_value
                v = static_value(self, g.static_value)
                if is_aggregate(g.type):
                    cell[:] = v
                else:
                    cell[0] = v
                if self.tracer is not None:
                    from .snapshot import static_data
                    static_data(self, self.tracer.registry, g.type, v, g.static_value)
        return cell

    # ------------------------------------------------------------ calls
    def call_value(self, fv: Func | None, args: list, g: G, inlined_at: Pos | None = None) -> Any:
        if fv is None:
            raise nil_deref()
        if fv.native is not None:
            return fv.native(self, args)
        if fv.recv is not None:
            args = fv.recv + args
        return fv.code.invoke(g, args, fv.env, fv.tdict, inlined_at)

    def call_method(self, iv: Iface | None, name: str, args: list) -> Any:
        """An interface method call: find the method on the dynamic type and call it."""
        if iv is None:
            raise nil_deref()
        recv, fn = self.method_receiver(iv, name)
        g = self.sched.current
        tdict = None
        if getattr(fn, "shape_params", None):
            from .generics import make_dict, receiver_targs
            tdict = make_dict(fn, receiver_targs(iv.t) or [], None)
        return self.callable_of(fn).invoke(g, [recv] + args, None, tdict)

    def method_receiver(self, iv: Iface, name: str) -> tuple[Any, ir.Func]:
        t, v = iv.t, iv.v
        sel = find_method(t, name)
        if sel is None:
            raise CannotRun(self.call_pos(self.sched.current),
                            f"method {name} of {type_name(t)} not found")
        from .cexpr import struct_of
        from .values import field_offsets
        loc: tuple[list, int] | None = None
        cur: T.Type = t
        val = v
        for f in sel.path:
            st = struct_of(cur.under.elem if isinstance(cur.under, T.Pointer) else cur)  # type: ignore
            off = field_offsets(st)[f.name]
            fw = width(f.type)
            if isinstance(cur.under, T.Pointer):
                if val is None:
                    raise nil_deref()
                loc = (val.c, val.o + off)
            elif loc is not None:
                loc = (loc[0], loc[1] + off)
            else:
                val = val[off:off + fw] if is_aggregate(f.type) else val[off]
            if loc is not None:
                val = loc[0][loc[1]:loc[1] + fw] if is_aggregate(f.type) else loc[0][loc[1]]
            cur = f.type
        fn = sel.method
        ptr_recv = sel.method_ptr_recv
        cur_is_ptr = isinstance(cur.under, T.Pointer) and not isinstance(cur, T.Named)
        if ptr_recv:
            if cur_is_ptr:
                return val, fn
            if loc is None:
                raise CannotRun(self.call_pos(self.sched.current),
                                f"pointer method {name} on an unaddressable value")
            return Ptr(loc[0], loc[1]), fn
        if cur_is_ptr:
            if val is None:
                base = cur.under.elem  # type: ignore[attr-defined]
                tn = type_name(base)
                pkg, _, short = tn.rpartition(".")
                raise plain(f"value method {tn}.{name} called using nil *{short} pointer")
            ew = width(cur.under.elem)  # type: ignore[attr-defined]
            elem = cur.under.elem  # type: ignore[attr-defined]
            return (val.c[val.o:val.o + ew] if is_aggregate(elem) else val.c[val.o]), fn
        return (val[:] if isinstance(val, list) else val), fn

    def call_pos(self, g: G | None) -> Pos | None:
        if g is None or not g.frames:
            return None
        return g.frames[-1].pos

    # ------------------------------------------------------------ type assertions
    def assertion(self, src: T.Type, target: T.Type) -> Callable[[Any, bool], tuple[Any, bool]]:
        """``x.(T)``: (value, ok); with ``must`` a failure panics as Go's does."""
        from .panics import rpanic
        iface_target = target.is_interface()
        agg = is_aggregate(target)
        src_name = type_name(src) if not isinstance(src.under, T.Interface) or \
            isinstance(src, T.Named) else type_name(src.under)

        def check(v: Any, must: bool) -> tuple[Any, bool]:
            if v is not None:
                if iface_target:
                    if implements(v.t, target):
                        return v, True
                elif identical(v.t, target):
                    return (v.v[:] if agg else v.v), True
            if not must:
                return zero(target), False
            tn = type_name(target)
            if v is None:
                msg = f"interface conversion: {src_name} is nil, not {tn}"
            elif iface_target:
                missing = next(m.name for m in target.under.all_methods()  # type: ignore
                               if not implements_one(v.t, m.name))
                msg = f"interface conversion: {type_name(v.t)} is not {tn}: missing method {missing}"
            else:
                msg = f"interface conversion: {src_name} is {type_name(v.t)}, not {tn}"
            raise rpanic(msg, "assert")
        return check

    def type_test(self, t: T.Type | None) -> Callable[[Any], bool]:
        if t is None:
            return lambda v: v is None
        if t.is_interface():
            return lambda v: v is not None and implements(v.t, t)
        return lambda v: v is not None and identical(v.t, t)

    def dynamic_type(self, t: T.Type, fn: ir.Func) -> T.Type | None:
        """The dynamic type a value of static type ``t`` boxes with (None: decided per call)."""
        from .generics import has_shape
        return None if has_shape(t) else t

    def subst_fn(self, t: T.Type) -> Callable[[Frame], T.Type]:
        from .generics import subst
        return lambda fr: subst(t, fr.tdict)

    # ------------------------------------------------------------ panics
    def recover(self, fr: Frame) -> Any:
        g = fr.g
        p = g.defer_panic
        if p is None or p.recovered or len(g.frames) != g.defer_depth:
            return None
        p.recovered = True
        return p.value

    def run_defers(self, fr: Frame, p: GoPanic | None) -> None:
        """Run ``fr``'s deferred calls, last first; re-raise the panic unless one recovered it."""
        g = fr.g
        defers = fr.defers
        assert defers is not None
        while defers:
            fv = defers.pop()
            if self.heap_defers and self.heap_defers.pop(id(fv), None) is not None:
                self.defer_pool += 1        # popped (and freed) before the call runs
            saved = (g.defer_depth, g.defer_panic)
            if p is not None:
                wrapper = fv.code is not None and isinstance(fv.code, Code) and fv.code.fn.is_wrapper
                g.defer_depth = len(g.frames) + (2 if wrapper else 1)
                g.defer_panic = p
            else:
                g.defer_depth, g.defer_panic = -1, None
            try:
                self.call_value(fv, [], g)
            except GoPanic as q:
                if q.prev is None and p is not None and q is not p:
                    q.prev = p
                p = q
            finally:
                g.defer_depth, g.defer_panic = saved
            if p is not None and p.recovered:
                p = None
        if p is not None:
            raise p

    # ------------------------------------------------------------ goroutines
    def spawn(self, fv: Func | None, pos: Pos) -> None:
        if fv is None:
            raise plain("go of nil func value")
        g = self.sched.spawn(lambda g: self.goroutine_main(g, fv))
        g.created_at = pos
        g.go_func = fv
        if self.tracer is not None:
            self.tracer.on_spawn(g)

    def goroutine_main(self, g: G, fv: Func) -> None:
        try:
            self.call_value(fv, [], g)
        except BaseException as exc:  # noqa: BLE001 - every way out ends here
            if self.handle_exit(g, exc):
                return
        self.goroutine_exit(g)

    def goroutine_exit(self, g: G) -> None:
        try:
            if self.tracer is not None:
                self.tracer.on_goroutine_end(g)
            self.sched.exit_current()
        except Deadlock:
            self.deadlock()
        except BaseException as exc:  # noqa: BLE001
            self.handle_exit(g, exc)

    def handle_exit(self, g: G, exc: BaseException) -> bool:
        """A goroutine's thread stops with ``exc``: end the program accordingly. True if ended."""
        if isinstance(exc, Killed):
            return True
        if isinstance(exc, StopRun):
            self.finish(0)
            return True
        if isinstance(exc, Goexit):
            return False
        if isinstance(exc, GoExit):
            self.finish(exc.code)
        elif isinstance(exc, GoPanic):
            self.fatal_panic(g, exc)
        elif isinstance(exc, Deadlock):
            self.deadlock()
        elif isinstance(exc, RunError):
            if isinstance(exc, CannotRun) and exc.pos is None:
                exc = CannotRun(g.fault_pos, exc.what)
            self.finish(125, exc)
        elif isinstance(exc, TooLarge):
            self.finish(125, CannotRun(g.fault_pos, str(exc)))
        elif isinstance(exc, RecursionError):
            self.finish(125, CannotRun(self.call_pos(g), "calls nested too deep for the interpreter"))
        else:
            import traceback
            detail = "".join(traceback.format_exception(exc))
            err = RunError(f"internal error in the interpreter: {exc!r}")
            err.detail = detail  # type: ignore[attr-defined]
            self.finish(125, err)
        return True

    def deadlock(self) -> None:
        if self.tracer is not None:
            try:
                self.tracer.on_deadlock()
            except (StepLimit, StopRun):
                pass             # the run ends here anyway
        self.out.write_err(b"fatal error: all goroutines are asleep - deadlock!\n")
        self.finish(2)

    def fatal_panic(self, g: G, p: GoPanic) -> None:
        from .panicprint import panic_report
        try:
            text = panic_report(self, g, p)
        except GoPanic:
            text = b"panic: panic while printing panic value\n"
        self.out.write_err(text)
        if self.tracer is not None:
            self.tracer.on_crash(text, g)
        self.finish(2)

    def finish(self, status: int, error: RunError | None = None) -> None:
        if self.result is None:
            self.result = RunResult(status, b"", b"", error)
        self.done.set()

    def main_goroutine(self, g: G) -> None:
        from .funcbody import package_init
        try:
            package_init(self, g)
            main = next((f for f in self.prog.funcs if f.name == "main" and f.recv is None), None)
            if main is None:
                raise CannotRun(None, "no function main")
            self.callable_of(main).invoke(g, [], None)
            self.out.flush()
            self.finish(0)
        except BaseException as exc:  # noqa: BLE001 - every way out ends here
            self.handle_exit(g, exc)

    # ------------------------------------------------------------ the run
    def run(self) -> RunResult:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 60000))
        try:
            self.sched.run_main(self.main_goroutine, self.done)
            self.done.wait()
            self.sched.kill_all()
        finally:
            sys.setrecursionlimit(limit)
        res = self.result
        assert res is not None
        self.out.flush()
        res.stdout = bytes(self.out.stdout)
        res.stderr = bytes(self.out.stderr)
        res.steps = self.steps
        if self.tracer is not None:
            self.tracer.on_end(res)
        return res


def _makes_chan(node: Any) -> bool:
    """``make(chan T)``: gc reports nothing about it, yet it always allocates."""
    return isinstance(node, ir.Builtin) and node.name == "make" and isinstance(node.type.under, T.Chan)


def implements_one(t: T.Type, name: str) -> bool:
    from .rtypes import method_set_has
    return method_set_has(t, name)


class _Deferred:
    """A func value's code, resolved on first call (so that referring to a function never
    compiles it, and an unsupported one fails only if called)."""

    __slots__ = ("m", "fn", "_c")

    def __init__(self, m: Machine, fn: ir.Func) -> None:
        self.m, self.fn, self._c = m, fn, None

    def invoke(self, g: G, args: list, env: list | None, tdict: dict | None = None,
               inlined_at: Pos | None = None) -> Any:
        c = self._c
        if c is None:
            c = self._c = self.m.callable_of(self.fn)
        return c.invoke(g, args, env, tdict, inlined_at)


__all__ = ["Machine", "RunResult", "StepLimit", "Killed"]
