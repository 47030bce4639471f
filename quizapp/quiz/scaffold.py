"""Creating and installing packs."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import PackProblems, QuizError
from ..files import read_bounded
from .loader import MAX_PACK_BYTES, RESERVED_PREFIX, load_pack, user_dir
from .validate import validate

TEMPLATE = '''# A question pack for Stack or Heap. See docs/pack-format.md for every field.
format = 2
id = "{pack_id}"
version = "1.0.0"
title = {{ en = "My pack", zh = "我的题库" }}
description = {{ en = "What this pack teaches, in a sentence or two.", zh = "用一两句话说明这个题库讲什么。" }}
authors = ["Your Name"]
go = "go1.27.3"
flags = "-m -l"
category = "custom"

[[questions]]
id = "return-address"
kind = "where"
difficulty = "easy"
principles = ["sharing-up"]
title = {{ en = "Returning an address", zh = "返回局部变量的地址" }}
prompt = {{ en = "Where does x live?", zh = "x 分配在栈上还是堆上？" }}
code = """
package main

func f() *int {{
	x := 42
	return &x
}}

func main() {{ _ = f() }}
"""
explanation = {{ en = "x is returned by address, so it outlives f: the compiler moves it to the heap (`moved to heap: x`).", zh = "x 的地址被返回，f 返回后它仍要使用，所以编译器把它移到堆上（`moved to heap: x`）。" }}
'''


def starter_id(path: Path) -> str:
    """A valid pack id made from a file name: ASCII letters and digits kept, the rest dashes."""
    stem = path.name[:-len(path.suffix)] if path.suffix else path.name
    chars = [ch if (ch.isascii() and ch.isalnum()) or ch in "._-" else "-" for ch in stem.lower()]
    pack_id = re.sub(r"-{2,}", "-", "".join(chars)).strip("-._")[:64].rstrip("-._")
    if not pack_id or pack_id.startswith(RESERVED_PREFIX):
        pack_id = ("my-" + pack_id)[:64].rstrip("-._") if pack_id else "my-pack"
    return pack_id


def new_pack(path: Path) -> str:
    """Write a starter pack (never overwrites an existing file); returns its pack id."""
    if path.exists():
        raise QuizError(f"{path} already exists; choose another name")
    pack_id = starter_id(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as f:
            f.write(TEMPLATE.format(pack_id=pack_id))
    except OSError as exc:
        raise QuizError(f"cannot write {path}: {exc.strerror or exc}") from None
    return pack_id


@dataclass(frozen=True)
class Installed:
    """What ``install_pack`` did: the installed file, and whether anything changed."""

    path: Path
    changed: bool = True


def install_pack(path: Path, upgrade: bool = False, dest: Path | None = None) -> Installed:
    """Validate a pack and copy it into the user's pack folder (progress is keyed on its ids).

    The copy is written beside its target and renamed over it, so a failure
    leaves the installed packs as they were; installing the file that is
    already installed changes nothing."""
    if path.is_dir():
        raise QuizError(f"{path} is a folder; install one pack file (.toml)")
    if not path.exists():
        raise QuizError(f"{path}: no such file")
    report = validate([path])
    if report.problems:
        raise PackProblems("the pack has problems:\n" + "\n".join(str(p) for p in report.problems))
    pack, _ = load_pack(path)
    if pack is None:
        raise PackProblems(f"{path} could not be read")
    target_dir = dest or user_dir()
    target = target_dir / f"{pack.id}.toml"
    replaced: list[Path] = []
    if target_dir.is_dir():
        for existing in sorted(target_dir.glob("*.toml")):
            other, _ = load_pack(existing)
            if other is None or other.id != pack.id:
                continue
            if _same_file(existing, path):
                return Installed(existing, changed=False)
            if not upgrade:
                raise QuizError(f"a pack with id {pack.id!r} is already installed ({existing}); "
                                "use --upgrade to replace it")
            replaced.append(existing)
    tmp_name = None
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target_dir, prefix=".install-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(read_bounded(path, MAX_PACK_BYTES))
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise QuizError(f"cannot install into {target_dir}: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
    for old in replaced:
        if not _same_file(old, target):
            old.unlink(missing_ok=True)
    return Installed(target)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False
