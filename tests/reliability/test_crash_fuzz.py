"""A bounded sample of the crash fuzzer (``bench/crashfuzz.py`` runs 10,000 inputs).

300 inputs from a fixed seed (byte noise, token mutations, grammar-generated
programs with a share broken on purpose, and the crash inputs of earlier
runs), each analysed in a worker process under the app's limits: every one
must get a clean answer (judged, invalid with a positioned line, or
unsupported and named). The worker's time limit is the guard; no timing is
asserted.
"""

from __future__ import annotations

from collections import Counter

from bench import crashfuzz
from quizapp.worker import Limits, Worker

SEED = 20261204
N = 300


def test_no_crash_in_the_sample() -> None:
    todo = crashfuzz.inputs(SEED, N)
    kinds = Counter(kind for kind, _ in todo)
    assert len(todo) == N and set(kinds) == {"seeds", "bytes", "tokens", "grammar"}
    crashes = []
    statuses: Counter[int] = Counter()
    with Worker(Limits(seconds=60)) as worker:
        for i, (kind, data) in enumerate(todo):
            o = crashfuzz.run_one(worker, data)
            statuses[o.status] += 1
            if o.status < 0:
                crashes.append(f"input {i} ({kind}): {o.detail}")
    assert not crashes, "\n".join(crashes)
    assert statuses[0] > 30 and statuses[2] > 30      # the sample holds both valid and invalid Go


def test_inputs_are_the_same_for_the_same_seed() -> None:
    assert crashfuzz.inputs(7, 40) == crashfuzz.inputs(7, 40)
    assert crashfuzz.inputs(7, 40) != crashfuzz.inputs(8, 40)
