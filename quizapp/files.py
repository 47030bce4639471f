"""Reading the user's files with a bound.

A path can name something endless (``/dev/zero``), huge (a sparse file of
terabytes) or not a file at all. Every file the app reads on a user's say
(a Go program, a pack) is read through ``read_bounded``: never more than
one byte past the size we accept, so a refusal costs nothing.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class TooLarge(OSError):
    """The file is larger than what we accept; ``limit`` says how much that is."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit_text(limit)}", str(path))
        self.path = path
        self.limit = limit


def limit_text(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    return f"{n / 1024:g} KB"


def writable_target(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (its folder is missing or read-only), or None."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return "is a folder"
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "permission denied"
    return None


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; raises ``TooLarge`` past ``limit`` bytes, ``OSError`` otherwise.

    Only regular files and character devices are read (a FIFO could block forever)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)   # opening a FIFO must not wait for a writer
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "is a directory", str(path))
        raise OSError(22, "not a regular file", str(path))
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb", buffering=0) as f:
        chunks = []
        size = 0
        while size <= limit:
            chunk = f.read(min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > limit:
        raise TooLarge(path, limit)
    return b"".join(chunks)
