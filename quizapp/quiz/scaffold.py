"""Creating and installing packs."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import QuizError
from .loader import load_pack, user_dir
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


def new_pack(path: Path) -> None:
    """Write a starter pack; never overwrites an existing file."""
    if path.exists():
        raise QuizError(f"{path} already exists; choose another name")
    pack_id = "".join(ch if ch.isalnum() else "-" for ch in path.stem.lower()).strip("-") or "my-pack"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:
        f.write(TEMPLATE.format(pack_id=pack_id))


def install_pack(path: Path, upgrade: bool = False, dest: Path | None = None) -> Path:
    """Validate a pack and copy it into the user's pack folder (progress is keyed on its ids)."""
    report = validate([path])
    if report.problems:
        raise QuizError("the pack has problems:\n" + "\n".join(str(p) for p in report.problems))
    pack, _ = load_pack(path)
    assert pack is not None
    target_dir = dest or user_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    for existing in sorted(target_dir.glob("*.toml")):
        other, _ = load_pack(existing)
        if other is not None and other.id == pack.id:
            if not upgrade:
                raise QuizError(f"a pack with id {pack.id!r} is already installed ({existing}); "
                                "use --upgrade to replace it")
            existing.unlink()
    target = target_dir / f"{pack.id}.toml"
    shutil.copyfile(path, target)
    return target
