"""The analyzer's front door: Go source in, an ``Analysis`` out."""

from __future__ import annotations

import gc
import logging
import queue
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

from tree_sitter import Node

from .check.checker import check_file, is_unused
from .devirtualize.devirtualize import devirtualize
from .errors import AnalysisError, CompileError, GoSyntaxError, GoTypeError, Pos, Unsupported
from .escape.analyzer import analyze_batches
from .inline.generated import GeneratedPlan, unplaced
from .inline.inliner import Inliner
from .ir.program import Program
from .ir.reassign import Oracles
from .ir.scc import bottom_up
from .noder.package import lower_file
from .report.builds import BuildPairs, pair_sites
from .report.bounds import MESSAGE as BOUNDS_MESSAGE
from .report.bounds import bounds_lines
from .report.diagnostics import Diag, Reporter
from .report.sites import Site
from .syntax.branches import check_branches
from .syntax.directives import directives
from .syntax.header import header_error
from .syntax.nodes import text
from .syntax.parser import parse, raise_first_error, tree
from .types.stdlib import StdTypes
from .types.stdpaths import import_errors, imports_of

MAX_SOURCE_BYTES = 4 * 1024 * 1024
"""Larger files are refused with a clear message rather than analysed for minutes."""

log = logging.getLogger(__name__)
R = TypeVar("R")


@dataclass(frozen=True)
class UnsupportedConstruct:
    """A construct the analyzer cannot judge; nothing it affects is reported."""

    pos: Pos
    what: str


@dataclass
class Analysis:
    """Everything the analyzer decided about one file."""

    sites: list[Site] = field(default_factory=list)
    unsupported: list[UnsupportedConstruct] = field(default_factory=list)
    _diags: list[Diag] = field(default_factory=list, repr=False)
    program: Program | None = field(default=None, repr=False)
    """The lowered program: functions and their typed IR, for memory diagrams."""
    inlined: list[tuple[Pos, str]] = field(default_factory=list)
    """With inlining on: every call gc inlines, as its position and the function called."""
    warnings: list[CompileError] = field(default_factory=list)
    """Errors gc would give that the caller asked to hear as warnings (``warn_unused``)."""

    def diagnostics(self, path: str = "./main.go", level: int = 1, *,
                    mutations_calls: bool = False) -> list[str]:
        """The lines ``go build -gcflags='-m[=level] -l'`` prints for a file at ``path``
        (``mutations_calls``: with ``-d=escapemutationscalls``, which adds the mutator
        and callee slots of parameter summaries)."""
        return [d.render(path) for d in self._diags
                if (d.level == level if d.raw or d.exact else d.level <= level)
                and (d.mutations is None or d.mutations == mutations_calls)]


def analyze(source: str | bytes, *, inline: bool = False, warn_unused: bool = False) -> Analysis:
    """Analyse one Go file. Raises ``GoSyntaxError``/``GoTypeError`` for invalid Go.

    With ``inline`` the answers are those of ``-m`` with inlining on (gc's
    default); without, those of ``-m -l``. With ``warn_unused``, unused
    variables and imports (gc's "declared and not used", "imported and not
    used") are ``Analysis.warnings`` instead of errors: the sandbox's code
    fragments are analysed while a learner is still writing them.
    """
    data = source.encode("utf-8") if isinstance(source, str) else source
    if len(data) > MAX_SOURCE_BYTES:
        raise AnalysisError(Pos(1, 1), f"file too large to analyse ({len(data)} bytes; "
                            f"the limit is {MAX_SOURCE_BYTES})")
    head = header_error(data)
    if head is not None:
        raise GoSyntaxError(head.pos, head.message, [head])
    if b"\x00" in data:
        nuls = [CompileError(_byte_pos(data, i), "invalid NUL character")
                for i in range(len(data)) if data[i] == 0]
        raise GoSyntaxError(nuls[0].pos, nuls[0].message, nuls[:10])
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GoSyntaxError(_byte_pos(data, exc.start), "invalid UTF-8 encoding") from None
    return on_deep_stack(_pipeline, data, inline, warn_unused)


def _pipeline(data: bytes, inline: bool, warn_unused: bool) -> Analysis:
    """The stages in order; an analyzer failure becomes an unsupported construct, never a crash."""
    try:
        return _stages(data, inline, warn_unused)
    except AnalysisError:
        raise
    except RecursionError:
        return _cannot_judge("nesting deeper than the analyzer can follow")
    except MemoryError:
        return _cannot_judge("the program needs more memory than the analyzer may use")
    except Exception as exc:  # noqa: BLE001 - a bug must not pass for an answer
        log.info("analyzer failure", exc_info=True)
        return _cannot_judge(f"this program (internal error: {type(exc).__name__}: {exc})")


def _cannot_judge(what: str) -> Analysis:
    return Analysis(unsupported=[UnsupportedConstruct(Pos(1, 1), what)])


def _stages(data: bytes, inline: bool, warn_unused: bool) -> Analysis:
    try:
        root = parse(data)
    except GoSyntaxError:
        _raise_import_errors(tree(data))   # the go command loads the imports before gc parses
        raise
    _raise_import_errors(root)
    marks = directives(data, root)
    if any(path == "C" for _, path in imports_of(root)):
        # cgo rewrites the file: the lowering judges such files (unsupported where it cannot)
        errors, too_many = [], None
    else:
        errors, too_many = check_file(root, package_name(root), check_branches(root) + marks.early,
                                      late=marks.late)
    warnings: list[CompileError] = []
    if warn_unused:
        warnings = [e for e in errors if is_unused(e)]
        errors = [e for e in errors if not is_unused(e)]
    if errors:
        raise GoTypeError(errors[0].pos, errors[0].message, errors, too_many, warnings)
    if root.has_error:
        raise_first_error(data, root)  # a type as an argument the checker did not refuse
    prog = lower_file(root)
    reporter = Reporter(level=2)
    plan: GeneratedPlan | None = None
    if inline:
        inliner = Inliner(prog, reporter, reporter.front_line, prog.unsupported)
        inliner.run()
        plan = inliner.generated
        inlined_to = len(reporter.out)
        blocks = bottom_up(prog.all_funcs())
    else:
        blocks = bottom_up(prog.all_funcs())
        devirtualize(blocks, reporter.front_line, prog.unsupported)
    starts: list[int] = []

    def note_batch(block: list) -> None:
        # where each batch's lines begin: the generated code's go between them
        starts.append(len(reporter.out))

    complete = analyze_batches(blocks, Oracles(), reporter, note_batch)
    universe = prog.universe
    if plan is not None and universe is not None and universe.generated \
            and plan.problem is not None:
        # the data's lines were measured for each item's code alone; where they go among
        # the program's (and other items') is not known
        prog.unsupported.append(Unsupported(Pos(1, 1), "code gc generates in this package for "
                                            + ", ".join(universe.generated) + " "
                                            + plan.problem))
    elif complete and plan is not None and not place_generated_escape(reporter, plan, prog,
                                                                      starts):
        prog.unsupported.append(Unsupported(Pos(1, 1), "code gc generates in this package for "
                                            + ", ".join(universe.generated) + " "
                                            + unplaced(prog)))
    elif complete and plan is not None:
        # gc's order with inlining on: the generated code's escape lines among the batches
        # (its method wrappers' last), then walk's, the program's own before the generated
        # code's; its inlining decisions and calls are the inliner's, but for those in its
        # method wrappers, which follow the program's
        place_wrapper_calls(reporter, plan, inlined_to)
        for pos in bounds_lines(prog.compile_order()):
            reporter.line(pos, BOUNDS_MESSAGE)
        for level in (1, 2):
            for line in plan.own(level, "walk") + plan.wrappers(level, "walk"):
                reporter.generated_line(level, line)
    elif complete:
        # gc's order: escape analysis's lines (the generated code's after the program's),
        # then walk's, the program's own before the generated code's
        for part in ("escape", "walk"):
            if part == "walk":
                for pos in bounds_lines(prog.compile_order()):
                    reporter.line(pos, BOUNDS_MESSAGE)
            for level in (1, 2):
                for line in generated_part(universe, level, part):
                    reporter.generated_line(level, line)
    result = Analysis(sites=reporter.sites, _diags=reporter.out, program=prog, warnings=warnings,
                      inlined=reporter.inlined)
    seen: set[tuple[Pos, str]] = set()
    for u in sorted(_all_unsupported(prog), key=lambda u: (u.pos.line, u.pos.col)):
        key = (u.pos, u.what)
        if key not in seen:
            seen.add(key)
            result.unsupported.append(UnsupportedConstruct(u.pos, u.what))
    return result


def generated_part(universe: StdTypes | None, level: int, part: str) -> list[str]:
    """The lines of the code gc generates in the package (``Universe.generated``) that come in
    ``part`` of gc's ``-l`` output (``escape`` or ``walk``)."""
    if universe is None or not universe.generated:
        return []
    return [ln for ln in universe.generated_lines(level)
            if ln.endswith(BOUNDS_MESSAGE) == (part == "walk")]


def place_generated_escape(reporter: Reporter, plan: GeneratedPlan, prog: Program,
                           starts: list[int]) -> bool:
    """Put the generated code's escape lines among the batches' (``starts``: where each
    batch's lines begin in ``reporter.out``): each piece before the batches the bottom-up
    visit meets after its slot in the package's functions, its method wrappers' at the end.
    False when a block's halves fall apart and their lines cannot be told apart."""
    funcs = prog.all_funcs()
    if not plan.place("escape", "escape", lambda k: len(bottom_up(funcs[:k]))):
        return False
    end = len(reporter.out)
    for n in sorted(plan.at["escape"], reverse=True):
        made = len(reporter.out)
        plan.emit(reporter, "escape", n, "escape")
        lines = reporter.out[made:]
        del reporter.out[made:]
        at = starts[n] if n < len(starts) else end
        reporter.out[at:at] = lines
    for level in (1, 2):
        for line in plan.wrappers(level, "escape"):
            reporter.generated_line(level, line)
    return True


def place_wrapper_calls(reporter: Reporter, plan: GeneratedPlan, end: int) -> None:
    """Put the calls in the method wrappers gc makes for the generated code after the
    inliner's lines (``reporter.out[:end]``): gc makes the program's wrappers first (it meets
    the program's types before those of the standard library's code it reads). The
    generated code's own decisions and calls are the inliner's (``inline.generated``)."""
    made = len(reporter.out)
    for level in (1, 2):
        for line in plan.wrappers(level, "calls"):
            reporter.generated_line(level, line)
    new = reporter.out[made:]
    del reporter.out[made:]
    reporter.out[end:end] = new


@dataclass
class Builds:
    """A file analysed in both builds: ``-m -l`` and the default build (inlining on), with
    each site paired with its counterparts (``report.builds``)."""

    no_inline: Analysis
    default: Analysis
    pairs: BuildPairs

    @property
    def complete(self) -> bool:
        """Both builds were judged in full (a pairing with unsupported parts is partial)."""
        return not self.no_inline.unsupported and not self.default.unsupported


def analyze_builds(source: str | bytes) -> Builds:
    """Analyse ``source`` with inlining off and on, and pair the sites of the two builds."""
    a = analyze(source)
    b = analyze(source, inline=True)
    return Builds(a, b, pair_sites(a.sites, b.sites, b.inlined))
def _raise_import_errors(root: Node) -> None:
    """What the go command says of imports that are not packages; the file goes no further."""
    loading = import_errors(root, package_name(root) or "main")
    if loading:
        raise GoTypeError(loading[0].pos, loading[0].message, loading[:10])


def package_name(root: Node) -> str:
    """The name the file's package clause gives ("" when there is none)."""
    for c in root.named_children:
        if c.type == "package_clause":
            inner = [x for x in c.named_children if x.type == "package_identifier"]
            return text(inner[0]) if inner else ""
    return ""


# ---------------------------------------------------------------- deep-stack threads
# The stages recurse once per nesting level of the source, and thousands of else-ifs,
# summed terms or nested func literals are valid Go: the main thread's stack is too small.

DEEP_STACK_BYTES = 256 * 1024 * 1024
"""Each analysis thread's stack. Only the pages actually touched are ever committed."""
DEEP_RECURSION_LIMIT = 200_000
"""Python frames allowed on that stack; deeper still, the analysis says unsupported."""
KEEP_AFTER_SECONDS = 0.05
"""A thread whose call took longer ends: a call this short cannot have touched more than a
few megabytes of stack."""
MAX_IDLE = 4
"""Threads kept waiting (the app analyses in a few threads at most at once)."""

_Job = tuple[Callable[..., Any], tuple[object, ...]]


class _Runner:
    """One deep-stack thread: it runs the calls handed to it, one at a time, until told to end.

    Starting a thread with a large stack costs about a tenth of a millisecond, as much as a
    twentieth of a small program's whole analysis, so an idle one waits for the next call.
    One whose call ran long may have touched much of its stack, and the pages it touched
    stay committed while it lives: it ends instead of waiting."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.results: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        thread = threading.Thread(target=self._serve, name="analysis", daemon=True)
        with _state_lock:     # the stack size is process-wide: set it for this thread only
            old = threading.stack_size(DEEP_STACK_BYTES)
            try:
                thread.start()
            finally:
                threading.stack_size(old)

    def _serve(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            fn, args = job
            try:
                out: tuple[bool, Any] = (True, fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                out = (False, exc)
            self.results.put(out)
            del job, fn, args, out      # nothing of the call outlives it here

    def call(self, fn: Callable[..., R], args: tuple[object, ...]) -> tuple[bool, Any]:
        self.jobs.put((fn, args))
        return self.results.get()

    def end(self) -> None:
        self.jobs.put(None)


_state_lock = threading.Lock()
_idle: list[_Runner] = []
_deep_calls = 0
_saved_limit = 0
_collector_was_on = True


def on_deep_stack(fn: Callable[..., R], *args: object) -> R:
    """``fn(*args)`` on a thread with a deep stack, a high recursion limit and the cycle collector paused.

    The analysis builds millions of small objects that live until it ends:
    Python's cycle collector would walk them again and again (a 50,000-line
    file spent half its time there). The limit and the collector are
    process-wide, so they are changed while any such call runs and put back
    when the last one ends; reference counting still frees what is dropped.
    The threads are daemons, so a program that is quitting never waits for them.
    """
    global _deep_calls, _saved_limit, _collector_was_on
    with _state_lock:
        if _deep_calls == 0:
            _saved_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_saved_limit, DEEP_RECURSION_LIMIT))
            _collector_was_on = gc.isenabled()
            gc.disable()
        _deep_calls += 1
        runner = _idle.pop() if _idle else None
    started = time.monotonic()
    try:
        if runner is None:
            runner = _Runner()
        ok, value = runner.call(fn, args)
    finally:
        with _state_lock:
            _deep_calls -= 1
            if _deep_calls == 0:
                sys.setrecursionlimit(_saved_limit)
                if _collector_was_on:
                    gc.enable()
            if runner is not None:
                if time.monotonic() - started <= KEEP_AFTER_SECONDS and len(_idle) < MAX_IDLE:
                    _idle.append(runner)
                else:
                    runner.end()
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


def _all_unsupported(prog: Program) -> list[Unsupported]:
    return list(prog.unsupported)


def _byte_pos(data: bytes, offset: int) -> Pos:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return Pos(line, col)
