"""quizapp.files: a user's file is read with a bound, and what cannot be written is said first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.files import TooLarge, read_bounded, writable_target


def test_reads_small_files_and_refuses_past_the_bound(tmp_path: Path) -> None:
    p = tmp_path / "a.go"
    p.write_bytes(b"x" * 100)
    assert read_bounded(p, 100) == b"x" * 100
    with pytest.raises(TooLarge) as caught:
        read_bounded(p, 99)
    assert caught.value.strerror == "larger than 99 bytes" and caught.value.filename == str(p)


def test_endless_devices_huge_sparse_files_fifos_and_folders(tmp_path: Path) -> None:
    with pytest.raises(TooLarge):
        read_bounded(Path("/dev/zero"), 1 << 20)
    sparse = tmp_path / "sparse"
    with open(sparse, "wb") as f:
        f.truncate(1 << 40)
    with pytest.raises(TooLarge):
        read_bounded(sparse, 1 << 20)
    os.mkfifo(tmp_path / "fifo")                 # opening it must not wait for a writer
    with pytest.raises(OSError, match="not a regular file"):
        read_bounded(tmp_path / "fifo", 10)
    with pytest.raises(IsADirectoryError):
        read_bounded(tmp_path, 10)


def test_writable_target(tmp_path: Path) -> None:
    assert writable_target(tmp_path / "out.png") is None
    assert writable_target(tmp_path / "no" / "out.png") == f"the folder {tmp_path / 'no'} does not exist"
    assert writable_target(tmp_path) == "is a folder"
