"""How the analyzer judges programs gc rejects: the invalid corpus, per kind of mistake.

For every ``tests/analysis/check/invalid/*.go`` (grouped by the kind its
first line names) and ``tests/analysis/check/reported/*.go``, the analyzer's
verdict against the stored ``NAME.err`` (what ``go build`` printed, written by
``scripts/label_invalid.py``): *rejected* (the analyzer raised ``InvalidGo``),
*first exact* (its first line is gc's first line: position and message),
*all exact* (every line gc printed, in order). Crashes are counted apart.

    python scripts/invalid_report.py [--verbose] [NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import analyze  # noqa: E402
from quizapp.analysis.errors import InvalidGo  # noqa: E402

CHECK = ROOT / "tests" / "analysis" / "check"
REPORTED = "reported"


@dataclass
class Verdict:
    """The analyzer's answer for one program next to gc's."""

    path: Path
    kind: str
    expected: list[str]
    got: list[str]
    rejected: bool
    crashed: bool

    @property
    def first_exact(self) -> bool:
        return self.rejected and bool(self.got) and self.got[0] == self.expected[0]

    @property
    def all_exact(self) -> bool:
        return self.rejected and self.got == self.expected


def kind_of(path: Path) -> str:
    """The kind a program's first line names (``// kind: unused-var``); reproducers are ``reported``."""
    if path.parent.name == REPORTED:
        return REPORTED
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    return first.split(":", 1)[1].split()[0] if first.startswith("// kind:") else "?"


def judge(path: Path) -> Verdict:
    expected = path.with_suffix(".err").read_text().splitlines()
    kind = kind_of(path)
    try:
        a = analyze(path.read_bytes())
    except InvalidGo as exc:
        return Verdict(path, kind, expected, exc.lines("./main.go"), True, False)
    except Exception as exc:  # noqa: BLE001 - a crash is a finding here
        return Verdict(path, kind, expected, [f"CRASH {type(exc).__name__}: {exc}"], False, True)
    got = a.diagnostics("./main.go", 1) + [f"unsupported: {u.pos}: {u.what}" for u in a.unsupported]
    return Verdict(path, kind, expected, got or ["(accepted)"], False, False)


def programs(names: list[str]) -> list[Path]:
    paths = sorted((CHECK / "invalid").glob("*.go")) + sorted((CHECK / REPORTED).glob("*.go"))
    if names:
        wanted = {n.removesuffix(".go") for n in names}
        paths = [p for p in paths if p.stem in wanted]
    return paths


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}% ({a}/{b})" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="show every program not exact")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    verdicts = [judge(p) for p in programs(args.names)]
    kinds: dict[str, list[Verdict]] = {}
    for v in verdicts:
        kinds.setdefault(v.kind, []).append(v)
        if args.verbose and not v.all_exact:
            print(f"--- {v.path.parent.name}/{v.path.name}")
            for line in v.expected:
                print(f"  gc:   {line}")
            for line in v.got:
                print(f"  ours: {line}")
    print(f"{'kind':18s} {'rejected':>16s} {'first exact':>16s} {'all exact':>16s}")
    for kind in sorted(kinds, key=lambda k: (k == REPORTED, k)):
        vs = kinds[kind]
        print(f"{kind:18s} {pct(sum(v.rejected for v in vs), len(vs)):>16s} "
              f"{pct(sum(v.first_exact for v in vs), len(vs)):>16s} "
              f"{pct(sum(v.all_exact for v in vs), len(vs)):>16s}")
    corpus = [v for v in verdicts if v.kind != REPORTED]
    print(f"{'invalid corpus':18s} {pct(sum(v.rejected for v in corpus), len(corpus)):>16s} "
          f"{pct(sum(v.first_exact for v in corpus), len(corpus)):>16s} "
          f"{pct(sum(v.all_exact for v in corpus), len(corpus)):>16s}")
    crashes = sum(v.crashed for v in verdicts)
    print(f"crashes: {crashes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
