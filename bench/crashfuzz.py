"""Crash fuzzing: hostile inputs must get an answer, never a traceback, a hang or a blow-up.

Inputs come in fixed shares from fixed seeds:

- ``bytes``: a corpus program with byte-level noise (flips, inserts, deletes,
  chunks duplicated or cut, invalid UTF-8, NUL bytes);
- ``tokens``: a corpus program with token mutations (a token replaced by
  one from the pool, deleted, duplicated, or two swapped);
- ``grammar``: a program from ``bench.fuzzgen`` (valid Go), a fixed share
  of them then broken by one token mutation;
- ``seeds``: the inputs of earlier fuzz runs (``tests/reliability/data/fuzz``).

Each input is analysed as ``quizapp analyze -m=2 -l`` and ``analyze -m``
(with inlining) would (in a worker process with the app's limits) and classified by what the command would
do: exit 0 (judged), 2 (invalid Go, one positioned line) or 3 (unsupported,
named). A *crash* is anything else: an exception out of the analyzer, an
"internal error" the analyzer had to swallow, a message without a sane
position, a worker that died, ran out of memory or time. Inputs over
``SLOW`` seconds are counted too. Crashing inputs are saved under
``bench/out/crashfuzz/``.

    python bench/crashfuzz.py --n 10000 --seed 1        # the long run
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fuzzgen import generate  # noqa: E402
from quizapp.worker import Limits, Worker, WorkerError  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"
SEEDS = ROOT / "tests" / "reliability" / "data" / "fuzz"
OUT = ROOT / "bench" / "out" / "crashfuzz"
SLOW = 5.0
SHARES = (("bytes", 0.3), ("tokens", 0.3), ("grammar", 0.4))
BROKEN_GRAMMAR = 0.3
"""The share of grammar-generated programs broken by a token mutation (invalid Go on purpose)."""
TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/'
                   r"|[A-Za-z_]\w*|\d[\w.]*|\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|[-+*/%&|^<>=!:]=|"
                   r"\+\+|--|<<|>>|&\^|\s+|.", re.S)
EXTRA_TOKENS = ["func", "{", "}", "(", ")", "[", "]", "*", "&", "go", "defer", "chan", "map",
                "interface{}", "struct{}", "...", "<-", "type", "var", "const", "return", "new",
                "make", "append", "nil", "_", ";", "\n", "1 << 62", "-1", "1e400", '"x"', "'x'",
                "iota", "range", "goto", "L:", "fallthrough", "switch", "select", "any", "T"]


@dataclass(frozen=True)
class Outcome:
    """What the command would do with one input."""

    status: int              # 0, 2 or 3; -1 for a crash
    detail: str              # the first line of the answer, or why it is a crash
    seconds: float


def corpus_programs() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.go"))]


def seed_inputs() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SEEDS.glob("*.go"))]


def tokens(src: str) -> list[str]:
    return TOKEN.findall(src)


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        i = rng.randrange(len(b) + 1) if b else 0
        if op == 0 and b:
            b[min(i, len(b) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif op == 2 and b:
            del b[i:i + rng.randint(1, 16)]
        elif op == 3 and b:
            j = rng.randrange(len(b))
            chunk = b[j:j + rng.randint(1, 64)]
            b[i:i] = chunk * rng.randint(1, 8)
        elif op == 4:
            del b[i:]
        else:
            b[i:i] = rng.choice([b"\x00", b"\xff\xfe", b"\xc3", "\u202e".encode(), b"\r"])
    return bytes(b)


def mutate_tokens(rng: random.Random, src: str, pool: list[str]) -> str:
    toks = tokens(src)
    if not toks:
        return src
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(toks))
        op = rng.randrange(4)
        if op == 0:
            toks[i] = rng.choice(pool) if rng.random() < 0.7 else rng.choice(EXTRA_TOKENS)
        elif op == 1:
            del toks[i]
        elif op == 2:
            toks.insert(i, toks[i])
        else:
            j = rng.randrange(len(toks))
            toks[i], toks[j] = toks[j], toks[i]
        if not toks:
            break
    return "".join(toks)


def inputs(seed: int, n: int) -> list[tuple[str, bytes]]:
    """``n`` inputs (kind, bytes), the same for the same seed; the seed inputs come first."""
    rng = random.Random(seed)
    programs = corpus_programs()
    pool = [t for p in programs[:80] for t in tokens(p) if not t.isspace()]
    out: list[tuple[str, bytes]] = [("seeds", s) for s in seed_inputs()][:n]
    kinds = [k for k, _ in SHARES]
    weights = [w for _, w in SHARES]
    while len(out) < n:
        kind = rng.choices(kinds, weights)[0]
        if kind == "bytes":
            out.append((kind, mutate_bytes(rng, rng.choice(programs).encode())))
        elif kind == "tokens":
            out.append((kind, mutate_tokens(rng, rng.choice(programs), pool).encode()))
        else:
            src, _ = generate(rng.randrange(1 << 30))
            if rng.random() < BROKEN_GRAMMAR:
                src = mutate_tokens(rng, src, pool)
            out.append((kind, src.encode()))
    return out


POSITIONED = re.compile(r"^\d+(:\d+)?: \S")    # gc drops columns from 255 on


def judge(data: bytes) -> tuple[int, str]:
    """The worker's job: what ``quizapp analyze -m=2 -l`` would answer (status, first line).

    The same input is analysed with inlining too (``analyze -m``, the default): a crash there
    is a crash, and both must agree on whether the input is valid Go."""
    plain, inlined = _judge(data, inline=False), _judge(data, inline=True)
    for status, detail in (plain, inlined):
        if status < 0:
            return status, detail
    if (plain[0] == 2) != (inlined[0] == 2):
        return -1, f"with inlining the verdict on validity differs: {plain[1]!r} / {inlined[1]!r}"
    return plain


def _judge(data: bytes, inline: bool) -> tuple[int, str]:
    from quizapp.analysis import AnalysisError, analyze
    try:
        a = analyze(data, inline=inline)
    except AnalysisError as exc:
        line = f"{exc.pos}: {exc.message}"
        n_lines = data.count(b"\n") + 1
        if not POSITIONED.match(line) or "\n" in exc.message or not 1 <= exc.pos.line <= n_lines + 1:
            return -1, f"badly positioned error: {line!r}"
        return 2, line
    for level in (1, 2):
        a.diagnostics("./main.go", level)
    [(s.name, s.verdict, s.reasons, s.flow) for s in a.sites]
    if a.unsupported:
        u = a.unsupported[0]
        if "internal error" in u.what or "nesting deeper" in u.what or "memory" in u.what:
            return -1, f"{u.pos}: unsupported: {u.what}" + (" (inlining)" if inline else "")
        return 3, f"{u.pos}: unsupported: {u.what}"
    return 0, ""


def run_one(worker: Worker, data: bytes) -> Outcome:
    from bench import crashfuzz          # the job by its module's name, even when run as a script
    t = time.monotonic()
    try:
        status, detail = worker.call(crashfuzz.judge, data)
    except WorkerError as exc:
        status, detail = -1, f"{type(exc).__name__}: {exc}"
    return Outcome(status, detail, time.monotonic() - t)


def signature(detail: str) -> str:
    """Crashes grouped by their kind of message, without positions and names."""
    s = re.sub(r"\d+:\d+", "L:C", detail)
    return re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", s)[:120]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before an input is a hang")
    args = ap.parse_args(argv)
    todo = inputs(args.seed, args.n)
    OUT.mkdir(parents=True, exist_ok=True)
    statuses: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    slow: list[tuple[float, int]] = []
    times: list[float] = []
    start = time.monotonic()
    with Worker(Limits(seconds=args.timeout)) as worker:
        for i, (kind, data) in enumerate(todo):
            o = run_one(worker, data)
            times.append(o.seconds)
            statuses[{0: "exit 0", 2: "exit 2", 3: "exit 3"}.get(o.status, "crash")] += 1
            if o.seconds > SLOW:
                slow.append((o.seconds, i))
            if o.status < 0:
                crashes[signature(o.detail)] += 1
                (OUT / f"crash_{args.seed}_{i}.go").write_bytes(data)
                (OUT / f"crash_{args.seed}_{i}.txt").write_text(f"{kind}\n{o.detail}\n", encoding="utf-8")
            if (i + 1) % 500 == 0:
                print(f"  {i + 1} inputs, {sum(crashes.values())} crashes, "
                      f"{time.monotonic() - start:.0f} s", flush=True)
    times.sort()
    print(f"crash fuzz: {len(todo)} inputs (seed {args.seed}), {time.monotonic() - start:.0f} s")
    print("  kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(k for k, _ in todo).items())))
    print("  answers: " + ", ".join(f"{k} {n}" for k, n in sorted(statuses.items())))
    print(f"  crashes: {sum(crashes.values())}")
    for sig, n in crashes.most_common(20):
        print(f"    {n:5d}  {sig}")
    print(f"  time per input: median {times[len(times) // 2]:.3f} s, p99 "
          f"{times[int(len(times) * 0.99)]:.3f} s, max {times[-1]:.2f} s; over {SLOW:g} s: {len(slow)}")
    for secs, i in sorted(slow, reverse=True)[:10]:
        print(f"    input {i}: {secs:.1f} s")
    return 1 if crashes or slow else 0


if __name__ == "__main__":
    sys.exit(main())
