"""The analyzer's front door: Go source in, an ``Analysis`` out."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from .devirtualize.devirtualize import devirtualize
from .errors import AnalysisError, GoSyntaxError, Pos, Unsupported
from .escape.analyzer import analyze_batches
from .inline.inliner import Inliner
from .ir.program import Program
from .ir.reassign import Oracles
from .ir.scc import bottom_up
from .noder.package import lower_file
from .report.builds import BuildPairs, pair_sites
from .report.diagnostics import Diag, Reporter
from .report.sites import Site
from .syntax.parser import parse

MAX_SOURCE_BYTES = 4 * 1024 * 1024
"""Larger files are refused with a clear message rather than analysed for minutes."""


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

    def diagnostics(self, path: str = "./main.go", level: int = 1) -> list[str]:
        """The lines ``go build -gcflags='-m[=level] -l'`` prints for a file at ``path``."""
        return [d.render(path) for d in self._diags
                if (d.level == level if d.raw or d.exact else d.level <= level)]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector waits while a file is analysed: the IR is one large graph
    made at once, which the collector would walk again and again (half the time of a big
    file); what the analysis leaves is collected afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def analyze(source: str | bytes, *, inline: bool = False) -> Analysis:
    """Analyse one Go file. Raises ``GoSyntaxError``/``GoTypeError`` for invalid Go.

    With ``inline`` the answers are those of ``-m`` with inlining on (gc's
    default); without, those of ``-m -l``.
    """
    with _collector_paused():
        return _analyze(source, inline)


def _analyze(source: str | bytes, inline: bool) -> Analysis:
    data = source.encode("utf-8") if isinstance(source, str) else source
    if len(data) > MAX_SOURCE_BYTES:
        raise AnalysisError(Pos(1, 1), f"file too large to analyse ({len(data)} bytes; "
                            f"the limit is {MAX_SOURCE_BYTES})")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GoSyntaxError(_byte_pos(data, exc.start), "invalid UTF-8 encoding") from None
    root = parse(data)
    prog = lower_file(root)
    reporter = Reporter(level=2)
    if inline:
        Inliner(prog, reporter, reporter.front_line, prog.unsupported).run()
        blocks = bottom_up(prog.all_funcs())
    else:
        blocks = bottom_up(prog.all_funcs())
        devirtualize(blocks, reporter.front_line, prog.unsupported)
    complete = analyze_batches(blocks, Oracles(), reporter)
    if inline and prog.universe is not None and prog.universe.generated:
        # the data holds the -l lines of that code; with inlining gc prints others
        prog.unsupported.append(Unsupported(Pos(1, 1), "code gc generates in this package for "
                                            + ", ".join(prog.universe.generated)
                                            + " (its lines with inlining on)"))
    elif complete and prog.universe is not None:
        for level in (1, 2):
            for line in prog.universe.generated_lines(level):
                reporter.generated_line(level, line)
    result = Analysis(sites=reporter.sites, _diags=reporter.out, program=prog,
                      inlined=reporter.inlined)
    seen: set[tuple[Pos, str]] = set()
    for u in sorted(_all_unsupported(prog), key=lambda u: (u.pos.line, u.pos.col)):
        key = (u.pos, u.what)
        if key not in seen:
            seen.add(key)
            result.unsupported.append(UnsupportedConstruct(u.pos, u.what))
    return result


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


def _all_unsupported(prog: Program) -> list[Unsupported]:
    return list(prog.unsupported)


def _byte_pos(data: bytes, offset: int) -> Pos:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return Pos(line, col)
