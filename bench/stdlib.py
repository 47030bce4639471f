"""The standard-library data: its size on disk and in a wheel, and the time to load a package.

The analyzer reads one package's file the first time a program imports it
(``types.stdlib.package_data``). For every package this measures that
load (fresh cache, median of N), and prints the median, p95 and the
slowest packages; the same for the files of bodies gc can inline (read
only with inlining on: ``types.stdlib.inline_bodies``); then the data's
size raw and deflated as a wheel stores it.

    python bench/stdlib.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis.types import stdlib  # noqa: E402

DATA = ROOT / "quizapp" / "analysis" / "data" / "stdlib"


def load_ms(path: str, repeat: int) -> tuple[float, float]:
    """Median wall and CPU time of loading ``path``'s data (CPU time is what the load costs
    on an idle machine; wall time also counts other processes on a shared one)."""
    wall, cpu = [], []
    for _ in range(repeat):
        stdlib.package_data.cache_clear()
        t, c = time.perf_counter(), time.process_time()
        stdlib.package_data(path)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    stdlib.index()
    index_ms = (time.perf_counter() - t) * 1000
    paths = sorted(stdlib.index()["packages"])
    both = {p: load_ms(p, args.repeat) for p in paths}
    print(f"packages: {len(paths)}; index.json loaded in {index_ms:.2f} ms")
    for label, k in (("wall", 0), ("CPU", 1)):
        ordered = sorted(t[k] for t in both.values())
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(f"load one package ({label} time): median {statistics.median(ordered):.2f} ms, "
              f"p95 {p95:.2f} ms, max {ordered[-1]:.2f} ms")
    for p in sorted(both, key=lambda p: both[p][0], reverse=True)[:5]:
        size = (DATA / (p.replace("/", "-") + ".json")).stat().st_size
        print(f"  {p:28s} {both[p][0]:6.2f} ms wall {both[p][1]:6.2f} ms CPU  {size / 1024:7.1f} KiB")
    bodies = sorted(p for p in paths if (DATA / (p.replace("/", "-") + ".inline.json")).exists())
    times = []
    for p in bodies:
        runs = []
        for _ in range(args.repeat):
            stdlib.inline_bodies.cache_clear()
            t = time.perf_counter()
            stdlib.inline_bodies(p)
            runs.append((time.perf_counter() - t) * 1000)
        times.append((statistics.median(runs), p))
    times.sort()
    print(f"load one package's inlinable bodies (wall time, {len(bodies)} packages, with inlining "
          f"on only): median {statistics.median(t for t, _ in times):.2f} ms, "
          f"max {times[-1][0]:.2f} ms ({times[-1][1]})")
    files = sorted(DATA.glob("*.json"))
    raw = sum(f.stat().st_size for f in files)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            z.write(f, f.name)
    print(f"data: {len(files)} files, {raw / 1e6:.2f} MB raw, {len(buf.getvalue()) / 1e6:.2f} MB "
          f"deflated (what a wheel adds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
