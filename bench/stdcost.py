"""The cost oracle over the standard library: each body the data carries, lowered and
measured by the analyzer's cost model, against gc's recorded cost.

Every function gc can inline carries its source (``PATH.inline.json``) and
gc's cost from the packages' own ``-m=2`` build. This lowers each body as the
inliner would (``noder.stdbodies``), measures it (``inline.inlinable``,
callees charged with their recorded costs, as gc charges them), and prints
the share whose cost equals gc's, the bodies the lowering cannot follow
(unsupported, by reason) and the first differences. A body that instantiates
generic code is unsupported at a call (gc compiles those instances in the
user's package); it is lowered all the same, and measured with its instances.
So is a body calling a method of a generic type's instance (``sync.Map``'s
``HashTrieMap[any, any]``, ``atomic.Pointer[T]``): the method is lowered from
its source for that instance. The first line counts them all ("in all").

    python bench/stdcost.py [--verbose] [PKG ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis.errors import NOPOS, AnalysisError, Unsupported  # noqa: E402
from quizapp.analysis.inline.inlinable import Inlinability  # noqa: E402
from quizapp.analysis.ir.reassign import Oracles  # noqa: E402
from quizapp.analysis.noder.package import lower_file  # noqa: E402
from quizapp.analysis.syntax.parser import parse  # noqa: E402
from quizapp.analysis.types import model as T  # noqa: E402
from quizapp.analysis.types.stdlib import index, inline_bodies, package_data  # noqa: E402


class _Quiet:
    """An inlining reporter that keeps nothing (the costs are on the functions)."""

    def can_inline(self, fn, name, cost, level1=True) -> None: ...
    def can_inline_level1(self, fn, name) -> None: ...
    def cannot_inline(self, fn, name, reason) -> None: ...
    def inlining_call(self, pos, name) -> None: ...
    def considered_big(self, fn, name) -> None: ...
    def recursive_cycle(self, pos, name, caller) -> None: ...


@dataclass
class Result:
    equal: list[str] = field(default_factory=list)
    differ: list[tuple[str, int, int | None, str]] = field(default_factory=list)
    unsupported: list[tuple[str, str]] = field(default_factory=list)
    crashes: list[tuple[str, str]] = field(default_factory=list)
    generic: list[tuple[str, int, int | None]] = field(default_factory=list)
    """Bodies unsupported because they instantiate generic code, measured all the same
    (their instances first): name, gc's cost, ours."""

    @property
    def measured(self) -> int:
        """Bodies lowered as a call inlines them and measured."""
        return len(self.equal) + len(self.differ)

    @property
    def measured_in_all(self) -> int:
        """Bodies measured, those that instantiate generic code too."""
        return self.measured + sum(1 for _, _, got in self.generic if got is not None)

    @property
    def equal_in_all(self) -> int:
        """Bodies whose cost equals gc's, those that instantiate generic code too."""
        return len(self.equal) + sum(1 for _, want, got in self.generic if want == got)


def external(uni, path: str, key: str):
    """The external function of ``path``'s ``F`` or ``T.M``, as a program's call reaches it."""
    if "." not in key:
        return uni.member(path, key, exported_only=False)
    tname, mname = key.split(".", 1)
    named = uni.named_type(path, tname)
    assert isinstance(named, T.Named)
    m = named.methods[mname]
    return m.get() if hasattr(m, "get") else m


def oracle(paths: list[str] | None = None) -> Result:
    """Measure every body of ``paths`` (default: every package with bodies)."""
    prog = lower_file(parse(b"package main\n\nfunc main() {}\n"))
    uni = prog.universe
    res = Result()
    inl = Inlinability(Oracles(), _Quiet())
    for path in paths or sorted(index()["packages"]):
        if package_data(path) is None:
            continue
        for key in sorted(inline_bodies(path)):
            name = f"{path}.{key}"
            try:
                fn = external(uni, path, key)
                body = uni.bodies.get(fn, NOPOS)
            except (Unsupported, AnalysisError) as exc:
                what = exc.what if isinstance(exc, Unsupported) else str(exc)
                res.unsupported.append((name, what))
                generic = uni.bodies.instantiating(fn)
                if generic is not None:
                    res.generic.append(_measure_generic(inl, name, fn, *generic))
                continue
            except Exception as exc:     # noqa: BLE001 - counted and shown, never hidden
                res.crashes.append((name, f"{type(exc).__name__}: {exc}"))
                continue
            inl.check(body)
            want = fn.inl_cost
            got = body.inl_cost
            if body.inl_unknown:
                res.unsupported.append((name, "a callee's cost is unknown"))
            elif got is not None and got == want:
                res.equal.append(name)
            else:
                res.differ.append((name, want or -1, got, body.inl_reason))
    return res


def _measure_generic(inl: Inlinability, name: str, fn, body, instances) -> tuple[str, int, int | None]:
    """The cost of a body that instantiates generic code: its instances measured first,
    the last made first (a callee is made after its caller)."""
    for inst in reversed(instances):
        inl.check(inst)
    inl.check(body)
    return name, fn.inl_cost, None if body.inl_unknown else body.inl_cost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("packages", nargs="*")
    args = ap.parse_args(argv)
    res = oracle(args.packages or None)
    total = res.measured + len(res.unsupported) + len(res.crashes)
    print(f"bodies: {total}; lowered and measured: {res.measured_in_all} in all; cost equal to "
          f"gc's: {res.equal_in_all} in all ({100.0 * res.equal_in_all / max(total, 1):.1f}% of all)")
    print(f"  pasted at a call: {res.measured} measured, {len(res.equal)} equal "
          f"({100.0 * len(res.equal) / max(res.measured, 1):.1f}% of those measured)")
    print(f"unsupported at a call: {len(res.unsupported)}")
    reasons = Counter(_reason(w) for _, w in res.unsupported)
    for why, n in reasons.most_common(15):
        print(f"  {n:5d}  {why}")
    same = sum(1 for _, want, got in res.generic if want == got)
    print(f"  of them instantiating generic code, lowered and measured all the same: "
          f"{len(res.generic)}, cost equal to gc's: {same}")
    for name, want, got in res.generic:
        if want != got:
            print(f"    {name}: gc {want}, analyzer {got}")
    print(f"crashes: {len(res.crashes)}")
    for name, what in res.crashes[: (len(res.crashes) if args.verbose else 10)]:
        print(f"  {name}: {what[:150]}")
    print(f"costs differing: {len(res.differ)}")
    for name, want, got, why in res.differ[: (len(res.differ) if args.verbose else 25)]:
        print(f"  {name}: gc {want}, analyzer {got} {why}")
    return 0


def _reason(what: str) -> str:
    """An unsupported reason without the names that make each one unique."""
    return what.split(": ", 1)[-1][:90]


if __name__ == "__main__":
    sys.exit(main())
