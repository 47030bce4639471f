"""Go's own escape tests, scored against the analyzer the way Go's test driver scores gc.

    python bench/goescape.py DIR [--scorer errorcheck.py] [--keep REGEXP] [--show-misses]

DIR holds the Go repository's ``test/escape*.go``-style files (``// errorcheck
-0 -m -l`` headers, ``// ERROR "regexp"`` comments); the scorer is the
errorcheck script that applies Go's matching rules (by default
``DIR/../tools/errorcheck.py``). Each file is analysed by ``quizapp analyze
{flags} -- FILE`` with the header's -m/-l flags (``--keep`` widens that, e.g.
to pass ``-d=escapemutationscalls``). Prints every file's score, then the
totals the project tracks: files whose header has ``-l`` (inlining off)
without bounds.go (bounds-check lines are not escape analysis), and the
inlining files. Nothing in the project's tests depends on DIR.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NOT_ESCAPE = {"bounds.go"}
"""Files whose expectations are about other passes (bounds-check elimination)."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, metavar="DIR")
    ap.add_argument("--scorer", type=Path, help="errorcheck.py (default: DIR/../tools/errorcheck.py)")
    ap.add_argument("--keep", default=r"-m(=\d+)?|-l(=\d+)?",
                    help="header flags passed to quizapp analyze (errorcheck's --keep)")
    ap.add_argument("--show-misses", action="store_true", help="list every missed expectation")
    ap.add_argument("--timeout", type=float, default=60.0, help="per-file timeout in seconds")
    args = ap.parse_args(argv)
    scorer = args.scorer or args.dir.resolve().parent / "tools" / "errorcheck.py"
    if not scorer.is_file():
        print(f"goescape: no scorer at {scorer} (use --scorer)", file=sys.stderr)
        return 2
    cmd = f"{sys.executable} -m quizapp.cli analyze {{flags}} -- {{file}}"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        proc = subprocess.run(
            [sys.executable, str(scorer), "--cmd", cmd, f"--keep={args.keep}", "--json", str(out),
             "--timeout", str(args.timeout), *(["--show-misses"] if args.show_misses else []),
             str(args.dir)],
            cwd=ROOT, capture_output=True, text=True)
        sys.stdout.write(proc.stdout)
        if not out.exists():
            sys.stderr.write(proc.stderr)
            return 2
        data = json.loads(out.read_text())
    buckets: dict[str, list[int]] = {"-l": [0, 0], "inlining": [0, 0]}
    missing: dict[str, list[str]] = {"-l": [], "inlining": []}
    for f in data["files"]:
        if f["status"] == "SKIP":
            continue
        name = Path(f["file"]).name
        key = "-l" if any(x.startswith("-l") for x in f["flags"]) else "inlining"
        if name in NOT_ESCAPE:
            continue
        buckets[key][0] += f["matched"]
        buckets[key][1] += f["expected"]
        if f["missed"]:
            missing[key].append(f"{name} {f['missed']}")

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else "n/a"
    print(f"files with -l (inlining off), bounds.go left out: {pct(*buckets['-l'])}; "
          f"missed in: {', '.join(missing['-l']) or 'none'}")
    print(f"files with inlining on: {pct(*buckets['inlining'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
