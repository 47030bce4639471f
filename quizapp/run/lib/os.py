"""Package os, as a program that talks to its terminal uses it.

``os.Stdout`` and ``os.Stderr`` write to the run's output, ``os.Stdin``
reads quizapp's standard input, ``os.Args`` is fixed (the program's path,
then what ``quizapp run FILE -- ARGS`` passes) and ``os.Exit`` ends the
program at once, deferred calls unrun.
"""

from __future__ import annotations

from typing import Any

from ..errors import CannotRun, GoExit
from ..values import Ptr, Slice
from .util import go_bytes

STDIN, STDOUT, STDERR = 0, 1, 2


def _file(fd: int) -> Any:
    def make(m: Any) -> Ptr:
        files = m.lib_state.setdefault("files", {})
        for key, f in files.items():
            if f == fd:
                return m.lib_state["file_ptrs"][key]
        cell = [None]
        p = Ptr(cell, 0)
        files[id(cell)] = fd
        m.lib_state.setdefault("file_ptrs", {})[id(cell)] = p
        return p
    return make


def fd_of(m: Any, p: Any) -> int | None:
    if p is None:
        return None
    return m.lib_state.get("files", {}).get(id(p.c))


def _write(m: Any, args: list) -> list:
    fd = fd_of(m, args[0])
    data = args[1] if isinstance(args[1], bytes) else go_bytes(args[1])
    if fd == STDOUT:
        m.out.write_out(data)
    elif fd == STDERR:
        m.out.write_err(data)
    else:
        raise CannotRun(None, "writing to a file other than standard output or error")
    return [len(data), None]


def read_stdin(m: Any, n: int) -> bytes:
    data = m.stdin[m.stdin_pos:m.stdin_pos + n]
    m.stdin_pos += len(data)
    return data


def _read(m: Any, args: list) -> list:
    fd = fd_of(m, args[0])
    if fd != STDIN:
        raise CannotRun(None, "reading a file other than standard input")
    buf: Slice = args[1]
    data = read_stdin(m, buf.len)
    if not data and buf.len:
        from .io import eof
        return [0, eof(m)]
    buf.arr[buf.off:buf.off + len(data)] = list(data)
    return [len(data), None]


def _exit(m: Any, args: list) -> None:
    m.out.flush()
    raise GoExit(args[0] & 0xFF)


def _args(m: Any) -> Slice:
    vals = list(m.args)
    return Slice(vals, 0, len(vals), len(vals))


def _getenv(m: Any, args: list) -> Any:
    raise CannotRun(None, "os.Getenv (the environment differs from run to run)")


def _err(name: str, text: bytes) -> Any:
    def make(m: Any) -> Any:
        v = m.lib_state.get("os." + name)
        if v is None:
            from .errors import new_error
            v = m.lib_state["os." + name] = new_error(text)
        return v
    return make


NATIVES = {
    "var:os.ErrNotExist": _err("ErrNotExist", b"file does not exist"),
    "var:os.ErrExist": _err("ErrExist", b"file already exists"),
    "var:os.ErrPermission": _err("ErrPermission", b"permission denied"),
    "var:os.ErrClosed": _err("ErrClosed", b"file already closed"),
    "var:os.Stdout": _file(STDOUT),
    "var:os.Stderr": _file(STDERR),
    "var:os.Stdin": _file(STDIN),
    "var:os.Args": _args,
    "os.Exit": _exit,
    "os.Getenv": _getenv,
    "(*os.File).Write": _write,
    "(*os.File).WriteString": _write,
    "(*os.File).Read": _read,
}
